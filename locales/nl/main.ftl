# Leeratelier — Nederlandse teksten (B1). Elke sleutel staat ook in ../en/main.ftl.

## Algemeen
skip-to-content = Naar de inhoud
nav-label = Hoofdmenu
nav-home = Start
nav-account = Mijn account
nav-admin = Beheer
nav-logout = Uitloggen
nav-login = Inloggen
nav-register = Account maken
footer-text = Leeratelier — samen leren hoe je de impact van sociaal werk in beeld brengt.

## Formulieren
form-problems = Er ging iets mis
form-error-prefix = Fout:
form-error-title-prefix = Fout:
error-required = Vul dit veld in.
error-too-long = Gebruik hoogstens { $limit } tekens.
error-email = Vul een e-mailadres in zoals naam@voorbeeld.nl.
error-choice = Kies een van de mogelijkheden.
error-password-short = Kies een wachtwoord van minstens { $limit } tekens.
error-password-is-email = Kies een wachtwoord dat niet gelijk is aan je e-mailadres.
error-email-taken = Er is al een account met dit e-mailadres. Log in of vraag een nieuw wachtwoord aan.
error-password-wrong = Dit is niet je huidige wachtwoord.
error-login-failed = Het e-mailadres of het wachtwoord klopt niet.
error-throttled = Te veel pogingen. Wacht een kwartier en probeer het dan opnieuw.
error-invitation-invalid = Je kunt alleen een account maken met een geldige uitnodiging. Deze link is onbekend, al gebruikt of verlopen.

## Foutpagina's
error-page-bad-request-title = Dit verzoek begrijpen we niet
error-page-bad-request-text = Er ging iets mis met wat je browser stuurde. Ga terug en probeer het opnieuw.
error-page-forbidden-title = Geen toegang
error-page-forbidden-text = Je hebt geen toegang tot deze pagina.
error-page-csrf-title = Probeer het nog een keer
error-page-csrf-text = Het formulier was verlopen, bijvoorbeeld omdat de pagina lang open stond. Er is niets opgeslagen. Ga terug, vul het formulier opnieuw in en verstuur het nog een keer.
error-page-csrf-retry = Open de pagina opnieuw
error-page-not-found-title = Pagina niet gevonden
error-page-not-found-text = Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.
error-page-too-large-title = Te veel tekst
error-page-too-large-text = Wat je verstuurde is te groot. Maak het korter en probeer het opnieuw.
error-page-too-many-title = Even geduld
error-page-too-many-text = Er kwamen te veel verzoeken tegelijk. Probeer het over een paar minuten opnieuw.
error-page-internal-title = Er ging iets mis bij ons
error-page-internal-text = Dit is onze fout, niet de jouwe. Probeer het later opnieuw. Blijft het misgaan? Geef dan de code hieronder door aan de beheerder.
error-page-home = Naar de startpagina
error-page-request-id = Code van dit verzoek: { $id }

## Startpagina
home-title = Start
home-heading = Hoe breng je de impact van het sociaal werk in beeld?
home-lead = In leerateliers werken sociaal werkers, beleidsmedewerkers, onderzoekers, docenten en studenten samen aan kennis en instrumenten die de impact van sociaal werk zichtbaar maken: voor jezelf, voor burgers en voor de financier.
home-register = Account maken
home-login = Inloggen
home-welcome = Welkom terug, { $name }.
home-members = Deelnemers
demo-heading = Demo-accounts
demo-text = Dit is een demonstratie. Log in met een van deze accounts om rond te kijken. Gebruik dit nooit voor echte gegevens.
demo-col-who = Wie
demo-admin = beheerder

## Velden
label-email = E-mailadres
label-password = Wachtwoord
label-new-password = Nieuw wachtwoord
label-current-password = Huidig wachtwoord
label-display-name = Naam
label-organisation-optional = Organisatie (niet verplicht)
label-background = Achtergrond
label-language = Taal
hint-display-name = Zo zien andere deelnemers je.
hint-password = Minstens 12 tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.

## Achtergronden en rollen
background-sociaal-werker = Sociaal werker
background-beleidsmedewerker = Beleidsmedewerker
background-onderzoeker = Onderzoeker
background-docent = Docent
background-student = Student
background-ervaringsdeskundige = Ervaringsdeskundige
background-anders = Anders
role-member = deelnemer
role-facilitator = leerfacilitator
role-coordinator = coördinator

## Account maken
register-title = Account maken
register-intro = Met een account doe je mee aan de leerateliers, het forum en de bijeenkomsten.
register-closed = Nieuwe accounts kunnen alleen met een uitnodiging. Vraag een beheerder van de werkplaats om een uitnodiging.
register-have-account = Heb je al een account? Log in.
register-submit = Account maken

## Inloggen
login-title = Inloggen
login-submit = Inloggen
login-forgot = Wachtwoord vergeten?
login-no-account = Nog geen account? Maak er een.

## Wachtwoord vergeten
reset-request-title = Wachtwoord vergeten
reset-request-intro = Vul je e-mailadres in. Je krijgt een link waarmee je een nieuw wachtwoord kiest. De link werkt één uur.
reset-request-submit = Stuur mij een link
reset-request-sent = Als er een account is met { $email }, dan hebben we daar een link naartoe gestuurd. Kijk ook in je map met ongewenste mail. De link werkt één uur.
reset-back-to-login = Terug naar inloggen
reset-title = Nieuw wachtwoord kiezen
reset-expired = Deze link werkt niet meer. Hij is al gebruikt of ouder dan een uur.
reset-ask-again = Vraag een nieuwe link aan
reset-submit = Wachtwoord opslaan

## Account
profile-title = Mijn account
profile-email = Je logt in met { $email }.
profile-submit = Opslaan
profile-change-password = Wachtwoord wijzigen
password-title = Wachtwoord wijzigen
password-intro = Na het wijzigen word je op al je andere apparaten uitgelogd.
password-submit = Wachtwoord wijzigen

## Beheer
admin-title = Beheer
admin-registration-heading = Nieuwe deelnemers
admin-registration-legend = Wie mag een account maken?
admin-registration-open = Iedereen
admin-registration-invitation = Alleen wie een uitnodiging heeft
admin-save = Opslaan
admin-invite-heading = Iemand uitnodigen
admin-invite-intro = We sturen een link waarmee deze persoon een account maakt. De link werkt veertien dagen en één keer.
admin-invite-submit = Uitnodiging sturen
admin-open-invitations = Uitnodigingen die nog niet gebruikt zijn
admin-invitation-line = { $email },
admin-invitation-until = geldig tot { $date }

## Meldingen
flash-registered = Welkom! Je account is klaar.
flash-logged-in = Je bent ingelogd.
flash-logged-out = Je bent uitgelogd.
flash-password-changed = Je wachtwoord is gewijzigd. Op je andere apparaten ben je uitgelogd.
flash-profile-saved = Je gegevens zijn opgeslagen.
flash-password-reset = Je nieuwe wachtwoord is opgeslagen en je bent ingelogd.
flash-invited = De uitnodiging is verstuurd.
flash-settings-saved = De instelling is opgeslagen.

## E-mail
mail-reset-subject = Nieuw wachtwoord voor Leeratelier
mail-reset-body =
    Beste { $name },

    Iemand (hopelijk jij) vroeg een nieuw wachtwoord aan voor je account bij Leeratelier.
    Kies een nieuw wachtwoord via deze link. De link werkt een uur en maar een keer:

    { $link }

    Heb je dit niet gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft hetzelfde.

    Groet,
    Leeratelier
mail-invite-subject = Uitnodiging voor Leeratelier
mail-invite-body =
    Hallo,

    { $inviter } nodigt je uit voor Leeratelier, het platform van de leerateliers.
    Maak je account via deze link. De link werkt veertien dagen en maar een keer:

    { $link }

    Groet,
    Leeratelier
