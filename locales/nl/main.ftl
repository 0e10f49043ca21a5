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
error-page-too-large-title = Te groot
error-page-too-large-text = Wat je verstuurde is te groot: tekst tot 1 MB, een bijlage tot 20 MB. Maak het kleiner en probeer het opnieuw.
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

## Leerateliers
home-ateliers = Leerateliers
home-themes = Professionaliseringsthema's
atelier-kind = Leeratelier
atelier-stage-line = Fase: { $stage }
atelier-member-count = { $count ->
    [one] één deelnemer
   *[other] { $count } deelnemers
}
atelier-members-only = alleen voor deelnemers
atelier-themes = Thema's
atelier-question = Kennisvraag
atelier-mine = Jouw deelname
atelier-mine-active = Je doet mee als { $role }.
atelier-mine-participation = Je doet mee aan: { $list }.
atelier-mine-requested = Je hebt gevraagd om mee te doen. Een leerfacilitator bekijkt je aanvraag.
atelier-mine-declined = Je aanvraag is niet goedgekeurd.
atelier-withdraw = Aanvraag intrekken
atelier-leave = Stoppen met dit leeratelier
atelier-join-heading-open = Doe mee
atelier-join-heading-approval = Vraag om mee te doen
atelier-join-intro-open = Iedereen kan meedoen aan dit leeratelier. Kies hoe je wilt meedoen.
atelier-join-intro-approval = Een leerfacilitator bekijkt je aanvraag. Kies hoe je wilt meedoen en vertel eventueel waarom.
atelier-participation-legend = Hoe wil je meedoen?
participation-meetings = bijeenkomsten
participation-public-events = publieke evenementen
participation-online = online platform
atelier-join-message = Bericht aan de leerfacilitator (niet verplicht)
atelier-join-submit-open = Meedoen
atelier-join-submit-approval = Aanvraag versturen
atelier-login-to-join = Log in om mee te doen
atelier-by-invitation = Meedoen kan alleen met een uitnodiging van een leerfacilitator.
atelier-members-only-text = Wat dit leeratelier deelt, is alleen zichtbaar voor deelnemers.
atelier-requests = Aanvragen om mee te doen
atelier-requests-none = Er zijn geen open aanvragen.
atelier-decision-message = Bericht aan { $name } (niet verplicht)
atelier-approve = { $name } toelaten
atelier-decline = { $name } afwijzen
atelier-members = Deelnemers
atelier-members-none = Nog geen deelnemers.
atelier-members-all = Alle { $count } deelnemers
atelier-members-title = Deelnemers van { $atelier }
atelier-col-role = Rol
atelier-col-participation = Doet mee aan
atelier-stage-heading = Fase: { $stage }
atelier-stage-history = Verloop van de fases
atelier-stage-new = Nieuwe fase
atelier-stage-reason = Waarom deze fase?
atelier-stage-reason-hint = Eén of twee zinnen. Deelnemers zien dit in de geschiedenis.
atelier-stage-submit = Fase opslaan
error-participation-none = Kies minstens één manier van meedoen.

## Fases van een leergemeenschap (Wenger)
stage-potential = Mogelijkheid
stage-coalescing = Samenkomen
stage-maturing = Groeien
stage-stewardship = Onderhouden
stage-transformation = Omvormen
stage-potential-activities = Mensen ontdekken een gedeelde vraag en vinden elkaar. Typisch: verkennende gesprekken, de kennisvraag samen scherp maken, kijken wie er al mee bezig is.
stage-coalescing-activities = De groep vormt zich: vertrouwen opbouwen, eerste bijeenkomsten, afspraken over hoe je samen leert. Typisch: kennismaken met elkaars praktijk, een eerste gezamenlijke casus.
stage-maturing-activities = De groep groeit en maakt haar focus en grenzen duidelijk. Typisch: kennis ordenen, instrumenten ontwikkelen, nieuwe deelnemers inwerken, een leeragenda maken.
stage-stewardship-activities = De groep houdt haar kennis actueel en haar stem hoorbaar. Typisch: kennisproducten bijwerken, delen buiten de groep, nieuwe vragen ophalen uit de praktijk.
stage-transformation-activities = De groep verandert ingrijpend: ze splitst, gaat samen met een andere groep of rondt af. Typisch: oogsten wat er geleerd is, kennis overdragen, afscheid nemen.

## Geven en nemen
reciprocity-new = Je bent net begonnen in dit leeratelier.
reciprocity-mostly-taking = Je haalt vooral kennis op. Dat is waardevol; anderen leren ook graag van jou.
reciprocity-balanced = Je brengt en haalt ongeveer evenveel.
reciprocity-mostly-giving = Je brengt veel in. Dank je wel!
reciprocity-suggest-tell-use = Vertel hoe je een instrument dat je downloadde hebt gebruikt.
reciprocity-suggest-answer = Beantwoord een vraag van iemand anders.
reciprocity-suggest-improve = Verbeter of vul een kennisproduct aan dat je las.
reciprocity-suggest-host = Organiseer een bijeenkomst over iets wat je weet.
reciprocity-suggest-share-lesson = Deel één les uit je eigen praktijk.

flash-stage-changed = De fase is opgeslagen.
flash-joined = Welkom! Je doet nu mee.
flash-join-requested = Je aanvraag is verstuurd. Je krijgt bericht als een leerfacilitator heeft beslist.
flash-left = Je doet niet meer mee. Wat je hebt bijgedragen, blijft staan.
flash-request-approved = De aanvraag is goedgekeurd. We hebben de persoon een bericht gestuurd.
flash-request-declined = De aanvraag is afgewezen. We hebben de persoon een bericht gestuurd.

mail-join-approved-subject = Je doet mee met { $atelier }
mail-join-approved-body =
    Beste { $name },

    Je aanvraag om mee te doen met het leeratelier { $atelier } is goedgekeurd. Welkom!

    { $message }

    Groet,
    Leeratelier
mail-join-declined-subject = Je aanvraag voor { $atelier }
mail-join-declined-body =
    Beste { $name },

    Je aanvraag om mee te doen met het leeratelier { $atelier } is niet goedgekeurd.

    { $message }

    Groet,
    Leeratelier

## Geven en nemen: eigen balans
reciprocity-heading = Geven en nemen
reciprocity-private = Alleen jij ziet dit. Er is geen ranglijst.
reciprocity-given = gebracht: { $points } punten
reciprocity-taken = gehaald: { $points } punten
reciprocity-suggestion = Een idee:

## Dashboard voor leerfacilitatoren
dashboard-link = Dashboard voor leerfacilitatoren
dashboard-title = Dashboard: { $atelier }
dashboard-open-requests = { $count ->
    [one] één open aanvraag
   *[other] { $count } open aanvragen
}
dashboard-backgrounds = Deelnemers naar achtergrond
dashboard-backgrounds-desc = Aantal deelnemers van { $atelier } per beroepsachtergrond.
dashboard-participation = Manier van meedoen
dashboard-participation-desc = Aantal deelnemers van { $atelier } dat meedoet aan bijeenkomsten, publieke evenementen en het online platform.
dashboard-activity = Activiteit
dashboard-activity-desc = Aantal vastgelegde activiteiten in { $atelier } per periode van dertig dagen.
dashboard-col-members = Deelnemers
dashboard-col-period = Periode
dashboard-col-activities = Activiteiten
dashboard-period-now = afgelopen { $days } dagen
dashboard-period-ago = { $from }–{ $to } dagen geleden
dashboard-reciprocity = Geven en nemen, samen
dashboard-reciprocity-intro = Opgeteld voor alle deelnemers. Je ziet niet wie wat brengt of haalt: het gaat om de groep.
dashboard-given = Samen gebracht (punten)
dashboard-taken = Samen gehaald (punten)
dashboard-members-new = Deelnemers die net begonnen zijn
dashboard-members-taking = Deelnemers die vooral halen
dashboard-members-balanced = Deelnemers in evenwicht
dashboard-members-giving = Deelnemers die vooral brengen

## Leeratelier maken en bewerken
home-new-atelier = Nieuw leeratelier
atelier-new-title = Nieuw leeratelier
atelier-edit-title = Leeratelier bewerken
atelier-edit-heading = { $atelier } bewerken
atelier-edit-link = Leeratelier bewerken
atelier-field-name = Naam
atelier-field-question-hint = De gedeelde vraag waar het leeratelier aan werkt.
atelier-field-description = Beschrijving (niet verplicht)
atelier-field-visibility = Wie mag de pagina zien?
atelier-field-join-policy = Hoe doen mensen mee?
visibility-public = Iedereen, ook zonder account
visibility-members = Alleen deelnemers
join-policy-open = Iedereen met een account kan meteen meedoen
join-policy-approval = Na goedkeuring door een leerfacilitator
join-policy-invitation = Alleen met een uitnodiging
atelier-save = Opslaan
flash-atelier-saved = Het leeratelier is opgeslagen.
error-name-letters = Gebruik ook letters of cijfers in de naam.
error-name-taken = Er is al een leeratelier met deze naam.

## Agenda
agenda-heading = Agenda
agenda-intro = Deelnemers stellen onderwerpen voor en steunen elkaars voorstellen. Een leerfacilitator zet een onderwerp op de agenda of sluit het af met een reden.
agenda-none = Er zijn nog geen voorstellen.
agenda-proposed-by = voorgesteld door { $name }
agenda-supporters = { $count ->
    [one] één deelnemer steunt dit
   *[other] { $count } deelnemers steunen dit
}
agenda-support = Steun “{ $title }”
agenda-unsupport = Trek steun in voor “{ $title }”
agenda-note = Toelichting bij “{ $title }”
agenda-note-hint = Bij afsluiten verplicht: waarom niet? Bij op de agenda zetten: wanneer, als je dat al weet.
agenda-schedule = Op de agenda
agenda-close = Afsluiten
agenda-scheduled = Op de agenda
agenda-closed = Afgesloten
agenda-propose = Onderwerp voorstellen
agenda-title = Onderwerp
agenda-why = Waarom dit onderwerp? (niet verplicht)
agenda-propose-submit = Voorstellen
flash-topic-proposed = Je voorstel staat op de lijst. Je steunt het zelf al.
flash-support-saved = Je steun is aangepast.
flash-topic-decided = Het besluit is opgeslagen.

## Uitnodigen voor een leeratelier
atelier-invite-heading = Iemand uitnodigen
atelier-invite-intro = We sturen een link waarmee deze persoon meedoet, ook als die nog geen account heeft. De link werkt veertien dagen en één keer.
invitation-title = Uitnodiging
invitation-for = Je bent uitgenodigd voor het leeratelier { $atelier }.
invitation-accept = Uitnodiging aannemen
invitation-need-account = Maak eerst een account of log in. Daarna kom je terug op deze pagina.
invitation-gone = Deze uitnodiging werkt niet meer. Ze is al gebruikt of ouder dan veertien dagen. Vraag de leerfacilitator om een nieuwe.
mail-atelier-invite-subject = Uitnodiging voor het leeratelier { $atelier }
mail-atelier-invite-body =
    Hallo,

    { $inviter } nodigt je uit voor het leeratelier { $atelier } op Leeratelier.
    De vraag waar het leeratelier aan werkt: { $question }

    Neem de uitnodiging aan via deze link. Heb je nog geen account, dan maak je dat eerst.
    De link werkt veertien dagen en maar een keer:

    { $link }

    Groet,
    Leeratelier

## Deelnemers en profielen
nav-members = Deelnemers
members-title = Deelnemers
members-intro = Vind collega's uit de werkplaats. Je ziet alleen wat iemand zelf laat zien.
members-filter = Deelnemers zoeken
members-any-background = Alle achtergronden
members-ask-about = Vraag mij over
members-filter-submit = Zoeken
members-count = { $count ->
    [one] één deelnemer gevonden
   *[other] { $count } deelnemers gevonden
}
label-bio = Over mij (niet verplicht)
hint-expertise = Onderwerpen waar anderen je over mogen vragen, met komma's ertussen. Bijvoorbeeld: schuldhulp, verhalen verzamelen.
label-who-sees = Wie ziet wat?
hint-who-sees = Je naam is altijd zichtbaar voor ingelogde deelnemers. Je e-mailadres ziet niemand, tenzij je dat hier kiest.
label-email-visibility = E-mailadres
label-organisation-visibility = Organisatie
label-background-visibility = Achtergrond
label-expertise-visibility = Over mij en "vraag mij over"
label-ateliers-visibility = Leerateliers waar ik aan meedoe
field-visibility-private = Alleen ik
field-visibility-members = Ingelogde deelnemers
field-visibility-public = Iedereen
label-attribution = Hoe staan mijn bijdragen op het platform?
attribution-name = Met mijn naam
attribution-anonymous = Als "een deelnemer", zonder naam
profile-view-own = Bekijk hoe anderen je profiel zien
error-tag-too-long = Maak elk onderwerp hoogstens { $limit } tekens lang.
error-too-many-tags = Noem hoogstens { $limit } onderwerpen.
atelier-col-actions = Acties
atelier-remove = { $name } verwijderen
flash-member-removed = De deelnemer is verwijderd. Wat die bijdroeg, blijft staan.

## Werkplaats beheren
home-manage-werkplaats = Werkplaats en thema's beheren
werkplaats-settings-title = Werkplaats beheren
werkplaats-settings-about = Over de werkplaats
werkplaats-themes-intro = Professionaliseringsthema's lopen door leerateliers heen. Koppel ze aan een leeratelier op de pagina van dat leeratelier.
werkplaats-theme-form = Thema { $name }
werkplaats-theme-save = { $name } opslaan
werkplaats-theme-new = Nieuw thema
werkplaats-theme-add = Thema toevoegen
flash-theme-saved = Het thema is opgeslagen.
error-theme-taken = Er is al een thema met deze naam.
admin-werkplaats-heading = Nieuwe werkplaats
admin-werkplaats-intro = Eén platform kan meerdere werkplaatsen hebben, bijvoorbeeld voor een landelijk netwerk. Jij wordt coördinator van de nieuwe werkplaats.
admin-werkplaats-submit = Werkplaats maken
flash-werkplaats-created = De werkplaats is gemaakt.
error-werkplaats-taken = Er is al een werkplaats met deze naam.

## Kennisbank
nav-knowledge = Kennisbank
pagination-label = Pagina's
someone = Een deelnemer
knowledge-title = Kennisbank
knowledge-intro = Artikelen, werkvormen, methoden, praktijkvoorbeelden, publicaties en verslagen uit de leerateliers. Zoek op een woord of kies een filter.
knowledge-search-title = Zoeken naar “{ $query }”
knowledge-search-label = Zoek in de kennisbank
knowledge-search-submit = Zoeken
knowledge-search-hint = Bijvoorbeeld: methoden, verhalen, gemeenten. Je vindt ook andere vormen van een woord.
knowledge-new-title = Nieuw kennisproduct
knowledge-new-atelier = Voor welk leeratelier?
knowledge-new-start = Begin met schrijven
knowledge-work-heading = Mijn concepten en reviews
knowledge-facets-heading = Filters
knowledge-facets-clear = Alle filters weghalen
knowledge-facet-selected = Gekozen:
knowledge-facet-type = Soort
knowledge-facet-atelier = Leeratelier
knowledge-facet-theme = Thema
knowledge-facet-tag = Onderwerp
knowledge-facet-language = Taal
knowledge-facet-year = Jaar
knowledge-latest = Nieuw in de kennisbank
knowledge-results-count = { $count ->
    [0] Geen resultaten
    [one] 1 resultaat
   *[other] { $count } resultaten
}
knowledge-results-more = Meer dan { $count } resultaten
knowledge-nothing-searchable = Je zoekvraag bevat geen woorden waarop we kunnen zoeken. Probeer een ander woord.
knowledge-no-results = Niets gevonden. Probeer een ander woord of haal een filter weg.
knowledge-feed-link = Volg nieuwe kennisproducten (Atom-feed)
knowledge-kind-artikel = Artikel
knowledge-kind-tool = Tool of werkvorm
knowledge-kind-methode = Methode
knowledge-kind-casus = Praktijkvoorbeeld
knowledge-kind-publicatie = Publicatie
knowledge-kind-verslag = Verslag
knowledge-status-draft = Concept
knowledge-status-review = In review
knowledge-status-published = Gepubliceerd
knowledge-status-archived = Gearchiveerd
knowledge-status-draft-explained = Dit is een concept. Alleen jij, de gevraagde reviewers en de leerfacilitatoren zien het. Vraag reviewers om mee te lezen als het klaar is.
knowledge-status-review-explained = Dit kennisproduct wacht op review. Reviewers geven hun opmerkingen; een leerfacilitator publiceert het.
knowledge-status-published-explained = Dit kennisproduct is gepubliceerd. Elke wijziging wordt een nieuwe versie.
knowledge-status-archived-explained = Dit kennisproduct is gearchiveerd. Het is nog te lezen, maar je vindt het niet meer bij het zoeken.
knowledge-visibility-public = Iedereen, ook zonder account
knowledge-visibility-werkplaats = Deelnemers van de werkplaats
knowledge-visibility-atelier = Alleen deelnemers van dit leeratelier
content-language-nl = Nederlands
content-language-en = Engels
knowledge-edit-title = Kennisproduct bewerken
knowledge-preview-heading = Voorbeeld
knowledge-field-title = Titel
knowledge-field-kind = Soort
knowledge-field-summary = Samenvatting
knowledge-field-summary-hint = Eén of twee zinnen: waar gaat het over en voor wie is het?
knowledge-field-body = Tekst
knowledge-field-body-hint = Je kunt Markdown gebruiken: ## voor een kopje, * voor een opsomming, **vet** en [tekst](https://adres) voor een link.
knowledge-practical-legend = Voor tools en methoden
knowledge-practical-hint = Vul dit alleen in bij een tool, werkvorm of methode.
knowledge-field-purpose = Doel
knowledge-field-duration = Duur
knowledge-field-group_size = Groepsgrootte
knowledge-field-materials = Benodigdheden
knowledge-field-target_group = Doelgroep
knowledge-field-authors = Auteurs
knowledge-field-authors-hint = Zoals je geciteerd wilt worden, bijvoorbeeld: S. de Wit, A. Verbeek.
knowledge-field-organisations = Organisaties die meewerkten
knowledge-field-tags = Onderwerpen
knowledge-field-tags-hint = Scheid onderwerpen met een komma, bijvoorbeeld: wijkteam, verhalen.
knowledge-field-themes = Thema's
knowledge-field-visibility = Wie mag dit lezen als het gepubliceerd is?
knowledge-field-language = Taal van de tekst
knowledge-field-licence = Licentie
knowledge-field-message = Wat heb je veranderd?
knowledge-field-message-hint = Een korte toelichting voor de versiegeschiedenis.
knowledge-save = Opslaan
knowledge-save-draft = Opslaan als concept
knowledge-preview = Voorbeeld bekijken
knowledge-published-on = Gepubliceerd op
knowledge-updated-on = Laatst bijgewerkt
knowledge-source = Bron
knowledge-links-label = Bij dit kennisproduct
knowledge-edit-link = Bewerken
knowledge-history-link = { $count ->
    [one] Versiegeschiedenis (1 versie)
   *[other] Versiegeschiedenis ({ $count } versies)
}
knowledge-markdown-link = Download als Markdown
knowledge-print-link = Afdrukbare versie
knowledge-workflow-heading = Status
knowledge-no-reviewers = Er zijn nog geen andere deelnemers in dit leeratelier die je om een review kunt vragen.
knowledge-reviewers-legend = Wie vraag je om mee te lezen?
knowledge-submit = Vraag om review
knowledge-publish = Publiceren
knowledge-return = Terugsturen naar de auteur
knowledge-archive = Archiveren
knowledge-review-heading = Review
knowledge-reviewers-asked = Gevraagd om mee te lezen:
knowledge-verdict-legend = Jouw oordeel
knowledge-verdict-comment-choice = Alleen een opmerking
knowledge-verdict-approve-choice = Klaar om te publiceren
knowledge-verdict-changes-choice = Eerst aanpassen
knowledge-verdict-approve = Klaar om te publiceren
knowledge-verdict-changes = Eerst aanpassen
knowledge-comment-label = Opmerking
knowledge-comment-submit = Opmerking plaatsen
knowledge-history-title = Versiegeschiedenis
knowledge-history-caption = Alle gepubliceerde versies, de nieuwste bovenaan
knowledge-compare-from = Vergelijk versie
knowledge-compare-to = met versie
knowledge-compare-submit = Vergelijken
knowledge-revision = Versie
knowledge-revision-name = Versie { $number }
knowledge-revision-when = Datum
knowledge-revision-who = Door
knowledge-revision-message = Toelichting
knowledge-revision-actions = Terugzetten
knowledge-revision-current = Huidige versie
knowledge-restore = Zet versie { $number } terug
knowledge-compare-title = Versies vergelijken
knowledge-compare-from-line = Van versie { $number }
knowledge-compare-to-line = naar versie { $number }.
knowledge-compare-legend = Doorgestreepte regels zijn weggehaald, onderstreepte regels zijn toegevoegd.
knowledge-compare-same = Deze versies zijn gelijk.
knowledge-diff-added = Toegevoegd:
knowledge-diff-removed = Weggehaald:
knowledge-revision-edited = Bijgewerkt
knowledge-revision-published = Gepubliceerd
knowledge-revision-restored = Versie { $number } teruggezet
error-reviewer-none = Kies minstens één reviewer.
mail-review-asked-subject = Wil je meelezen: { $title }
mail-review-asked-body = { $who } vraagt je om mee te lezen met “{ $title }”.

    Lees het concept en geef je opmerkingen:
    { $link }
mail-review-comment-subject = Nieuwe opmerking bij { $title }
mail-review-comment-body = { $who } plaatste een opmerking bij “{ $title }”.

    Lees de opmerking:
    { $link }
flash-item-created = Je concept is opgeslagen.
flash-item-saved = Je wijzigingen zijn opgeslagen.
flash-item-submitted = De reviewers hebben een bericht gekregen.
flash-comment-saved = Je opmerking is geplaatst.
flash-item-published = Het kennisproduct is gepubliceerd.
flash-item-returned = Het kennisproduct is teruggestuurd naar de auteur.
flash-item-archived = Het kennisproduct is gearchiveerd.
flash-revision-restored = De oudere versie is teruggezet als nieuwste versie.
atelier-knowledge-heading = Kennis uit dit leeratelier
atelier-knowledge-empty = Er is nog geen gepubliceerde kennis.
atelier-knowledge-new = Schrijf een kennisproduct
atelier-knowledge-all = Alles van dit leeratelier in de kennisbank
atelier-knowledge-feed = Atom-feed van dit leeratelier

## Bijlagen
attachments-heading = Bijlagen
attachments-none = Er zijn nog geen bijlagen.
attachments-remove = Verwijderen
attachments-file-label = Bestand toevoegen
attachments-file-hint = Toegestaan: { $types }. Hoogstens { $megabytes } MB. Zet geen gegevens van cliënten in een bijlage.
attachments-submit = Bijlage uploaden
attachment-error-missing = Kies een bestand om te uploaden.
attachment-error-empty = Het bestand is leeg.
attachment-error-too-large = Het bestand is te groot. Een bijlage mag hoogstens 20 MB zijn.
attachment-error-type = Dit soort bestand kan niet als bijlage. Kies een PDF, een Office- of OpenDocument-bestand, een afbeelding (PNG, JPEG) of tekst (TXT, MD, CSV).
attachment-error-disguised = De inhoud van het bestand past niet bij de naam (bijvoorbeeld een programma met “.pdf” erachter). Sla het opnieuw op in het juiste formaat.
attachment-error-too-many = Dit kennisproduct heeft al het hoogste aantal bijlagen. Verwijder er eerst een.
flash-attachment-added = De bijlage is toegevoegd.
flash-attachment-removed = De bijlage is verwijderd.

## Collecties
knowledge-collections-link = Collecties: kennis bij elkaar gezet
collections-title = Collecties
collections-intro = Leerfacilitatoren zetten kennisproducten in een logische volgorde bij elkaar, zoals “Impact: aan de slag”. Je ziet in een collectie alleen wat je mag lezen.
collections-none = Er zijn nog geen collecties.
collections-new-heading = Nieuwe collectie
collections-field-atelier = Leeratelier
collections-field-title = Titel
collections-field-description = Beschrijving
collections-field-description-hint = Waarvoor is deze collectie en hoe gebruik je haar? Markdown mag.
collections-create = Collectie maken
collections-by-atelier = Samengesteld door leeratelier { $atelier }
collections-items-heading = In deze collectie
collections-items-none = Deze collectie bevat nog geen kennisproducten die je kunt lezen. Voeg ze toe vanaf de pagina van een gepubliceerd kennisproduct.
collections-move-up = Omhoog
collections-move-down = Omlaag
collections-remove-item = Uit collectie halen
collections-manage-heading = Collectie beheren
collections-manage-hint = Kennisproducten voeg je toe vanaf hun eigen pagina. Verwijderen haalt alleen de collectie weg; de kennisproducten blijven bestaan.
collections-save = Opslaan
collections-delete = Collectie verwijderen
collections-of-item-heading = Collecties
collections-add-label = Toevoegen aan collectie
collections-add-submit = Toevoegen
collection-error-unpublished = Alleen gepubliceerde kennisproducten kunnen in een collectie.
flash-collection-created = De collectie is gemaakt. Voeg kennisproducten toe vanaf hun pagina.
flash-collection-saved = De collectie is bijgewerkt.
flash-collection-deleted = De collectie is verwijderd.
flash-collection-item-added = Het kennisproduct staat nu in de collectie.

## Forum
nav-forum = Forum
forum-title = Forum
forum-intro = Praat mee in je leerateliers: stel een praktijkvraag, deel wat je ziet, of leg een trage vraag neer die tijd nodig heeft.
forum-no-categories = Je bent nog geen lid van een leeratelier met een forum.
forum-werkplaats-wide = Hele werkplaats
forum-thread-count = { $count ->
    [one] één onderwerp
   *[other] { $count } onderwerpen
}
forum-post-count = { $count ->
    [one] één bericht
   *[other] { $count } berichten
}
forum-last-activity = laatst actief
forum-new-thread = Nieuw onderwerp
forum-no-threads = Hier is nog niets gevraagd of besproken. Begin jij?
forum-answered = beantwoord
forum-locked = gesloten
forum-kind-discussion = Discussie
forum-kind-question = Praktijkvraag
forum-kind-slow = Trage vraag
forum-kind-discussion-hint = Een onderwerp om samen over te praten.
forum-kind-question-hint = Een vraag uit je praktijk. Jij of de leerfacilitator kan een antwoord als nuttig markeren.
forum-kind-slow-hint = Een diepere of ethische vraag die tijd nodig heeft. Wordt nooit "opgelost"; kan op de agenda van een bijeenkomst.
forum-slow-heading = Een trage vraag
forum-slow-prompt = Neem de tijd. Wat roept deze vraag bij je op, welke ervaring of twijfel herken je? Reageren mag ook over een paar dagen; een snel antwoord is hier niet het doel.
forum-go-to-helpful = Naar het nuttige antwoord
forum-edited = bewerkt
forum-helpful-badge = Nuttig antwoord
forum-post-hidden = Dit bericht is verborgen door een leerfacilitator.
forum-appreciate = Waardevol
forum-post-by = bericht van
forum-appreciations = { $count ->
    [one] één keer waardevol gevonden
   *[other] { $count } keer waardevol gevonden
}
forum-mark-helpful = Markeer als nuttig antwoord
forum-edit = Bewerken
forum-reply-heading = Reageren
forum-field-reply = Je reactie
forum-field-body-hint = Markdown mag. Noem geen namen of andere gegevens van cliënten.
forum-reply-submit = Reactie plaatsen
forum-locked-explained = Dit onderwerp is gesloten: er kunnen geen reacties meer bij.
forum-field-title = Titel
forum-field-kind = Soort onderwerp
forum-field-body = Je bericht
forum-start-submit = Onderwerp plaatsen
forum-edit-title = Bericht bewerken
forum-edit-intro = Lezers zien dat je bericht bewerkt is en kunnen de eerdere versie inzien.
forum-edit-submit = Wijziging opslaan
forum-back-to-post = Terug naar het bericht
forum-history-title = Geschiedenis van een bericht
forum-history-current = Huidige versie
forum-history-earlier = Eerdere versies
forum-history-changed-by = Gewijzigd door
forum-error-locked = Dit onderwerp is gesloten: er kunnen geen reacties meer bij.
forum-error-stale-form = Het formulier was verlopen. Kopieer je tekst, laad de pagina opnieuw en probeer het nog een keer.
guard-title = Staan hier gegevens van een cliënt in?
guard-intro = Voordat we je bericht plaatsen, controleren we op gegevens die naar een cliënt kunnen leiden. We zagen:
guard-advice = Maak het bericht anoniem (bijvoorbeeld “een moeder van drie” in plaats van een naam, geen geboortedatum, BSN of adres). Is het geen cliëntgegeven? Vink dan hieronder aan en verstuur opnieuw.
guard-confirm = Ik heb het gecontroleerd: dit zijn geen gegevens over een cliënt.
guard-sign-bsn = iets dat lijkt op een burgerservicenummer
guard-sign-birth-date = iets dat lijkt op een geboortedatum
guard-sign-address = iets dat lijkt op een adres
guard-sign-name = een naam naast zulke gegevens
flash-thread-created = Je onderwerp is geplaatst.
flash-reply-saved = Je reactie is geplaatst.
flash-post-edited = Je wijziging is opgeslagen.
flash-helpful-marked = Het antwoord is gemarkeerd als nuttig.
flash-post-appreciated = Dank je: de schrijver ziet dat je dit waardevol vond.
knowledge-kind-bericht = Forumbericht
knowledge-kind-evenement = Evenement
forum-new-category = Nieuwe categorie
forum-queue-title = Meldingen voor moderatie
forum-queue-empty = Er zijn geen open meldingen.
forum-flagged-by = gemeld door
forum-already-hidden = al verborgen
forum-flag = Melden
forum-flag-reason = Waarom meld je dit bericht?
forum-flag-submit = Melding versturen
forum-hide = Verbergen
forum-restore = Weer tonen
forum-lock = Onderwerp sluiten
forum-unlock = Onderwerp heropenen
forum-move = Verplaatsen
forum-move-to = Verplaatsen naar categorie
forum-moderation-heading = Moderatie
forum-moderation-reason = Reden (wordt vastgelegd in het logboek)
forum-harvest = Oogsten als kennisproduct
forum-harvest-explained = Maak van dit onderwerp een concept-verslag in de kennisbank, met een link terug. Je bewerkt het concept voordat het gepubliceerd wordt.
forum-harvested-in = Geoogst in de kennisbank
forum-harvest-intro = Geoogst uit het forumonderwerp [{ $title }]({ $link }). Bewerk dit concept: vat samen wat het gesprek opleverde en haal weg wat niet gedeeld hoort te worden.
forum-harvest-summary = Wat een gesprek in het forum opleverde.
forum-error-harvest-werkplaats = Alleen onderwerpen uit een leeratelier kunnen worden geoogst.
forum-log-title = Moderatielogboek
forum-log-empty = Er is nog niets gemodereerd in dit onderwerp.
forum-log-when = Wanneer
forum-log-who = Wie
forum-log-what = Wat
forum-log-why = Waarom
forum-log-post = bericht
forum-back-to-thread = Terug naar het onderwerp
forum-action-hide = Bericht verborgen
forum-action-restore = Bericht weer getoond
forum-action-lock = Onderwerp gesloten
forum-action-unlock = Onderwerp heropend
forum-action-move = Onderwerp verplaatst
forum-field-category-name = Naam
forum-field-category-description = Waar gaat het hier over? (één zin)
forum-category-create = Categorie maken
flash-post-flagged = Dank je. De leerfacilitator bekijkt je melding.
flash-post-hidden = Het bericht is verborgen.
flash-post-restored = Het bericht is weer zichtbaar.
flash-thread-locked = Het onderwerp is gesloten.
flash-thread-unlocked = Het onderwerp is heropend.
flash-thread-moved = Het onderwerp is verplaatst.
flash-thread-harvested = Het concept staat klaar in de kennisbank. Bewerk het en vraag om review.
flash-category-created = De categorie is gemaakt.
forum-unread = { $count ->
    [one] één nieuw bericht
   *[other] { $count } nieuwe berichten
}
forum-new-badge = Nieuw
nav-notifications = Meldingen
nav-notifications-unread = ongelezen
forum-watch-thread = Volgen
forum-unwatch-thread = Niet meer volgen
forum-watch-category = Categorie volgen
forum-unwatch-category = Categorie niet meer volgen
notifications-title = Meldingen
notifications-unread = { $count ->
    [0] Je hebt geen nieuwe meldingen.
    [one] Je hebt één nieuwe melding.
   *[other] Je hebt { $count } nieuwe meldingen.
}
notifications-none = Nog geen meldingen. Je krijgt ze als iemand je noemt (met @ en je naam), reageert op je onderwerp, of schrijft in iets dat je volgt.
notifications-mark-read = Alles als gelezen markeren
notification-kind-mention = Je werd genoemd
notification-kind-reply = Reactie op je onderwerp
notification-kind-watched_thread = Nieuw in een onderwerp dat je volgt
notification-kind-watched_category = Nieuw in een categorie die je volgt
notifications-digest-heading = Overzicht per e-mail
notifications-digest-legend = Hoe vaak wil je een overzicht van je meldingen per e-mail?
notifications-digest-save = Opslaan
digest-off-choice = Nooit (standaard)
digest-daily-choice = Elke dag
digest-weekly-choice = Elke week
digest-daily = dagelijks
digest-weekly = wekelijks
digest-off = nooit
digest-subject = { $count ->
    [one] Eén nieuwe melding in je leerateliers
   *[other] { $count } nieuwe meldingen in je leerateliers
}
digest-body = Nieuw in je leerateliers sinds je vorige overzicht:

    { $items }

    Je krijgt dit overzicht { $frequency }. Afmelden met één klik: { $unsubscribe }
    Instellingen: { $settings }
digest-item-mention = { $who } noemde je in “{ $title }”
digest-item-reply = { $who } reageerde op je onderwerp “{ $title }”
digest-item-watched-thread = { $who } schreef in “{ $title }”
digest-item-watched-category = { $who } schreef in “{ $title }”
unsubscribe-title = Afmelden voor het overzicht per e-mail
unsubscribe-ask = Wil je geen overzicht van je meldingen meer per e-mail? Je meldingen blijven in de app staan.
unsubscribe-submit = Afmelden
unsubscribe-done = Je bent afgemeld. Je krijgt geen overzicht meer per e-mail. Je kunt dit na inloggen weer aanzetten bij Meldingen.
unsubscribe-unknown = Deze afmeldlink kennen we niet (meer): je bent misschien al afgemeld, of de link komt uit een ouder overzicht. Log in en kies bij Meldingen hoe vaak je een overzicht wilt.
flash-notifications-read = Alle meldingen staan op gelezen.
flash-digest-saved = Je keuze is opgeslagen.
flash-watch-saved = Je keuze is opgeslagen.
forum-quote = Citeren
forum-quote-intro = @{ $who } schreef:
forum-put-on-agenda = Op de agenda van een bijeenkomst zetten
forum-agenda-description = Trage vraag uit het forum: { $link }
flash-put-on-agenda = De trage vraag staat nu bij de voorgestelde onderwerpen voor de agenda.
forum-log-in-to-reply = Log in om te reageren.
forum-join-to-reply = Alleen leden van dit leeratelier kunnen hier reageren. Word lid via de pagina van het leeratelier.
forum-history-shielded = Deze eerdere versie is afgeschermd: ze leek gegevens van een cliënt te bevatten. Alleen de schrijver en de leerfacilitatoren zien haar.
forum-manage-category = Categorie beheren
forum-delete-category = Categorie verwijderen
forum-delete-category-hint = Alleen een lege categorie kan weg. Verplaats eerst de onderwerpen naar een andere categorie.
forum-category-order-hint = Zet deze categorie hoger of lager in de lijst van het atelier.
forum-category-up = Hoger in de lijst
forum-category-down = Lager in de lijst
forum-error-category-not-empty = Deze categorie heeft nog onderwerpen. Verplaats ze eerst naar een andere categorie.
flash-category-saved = De categorie is bijgewerkt.
flash-category-deleted = De categorie is verwijderd.
flash-category-moved = De volgorde van de categorieën is aangepast.
forum-harvest-posts = Welke berichten neem je mee?

## Agenda (events)
nav-agenda = Agenda
calendar-title = Agenda
calendar-intro = Bijeenkomsten, intervisie en openbare evenementen van de werkplaats en haar leerateliers.
calendar-new-event = Nieuw evenement
calendar-empty = Er staan nog geen evenementen gepland.
calendar-feed-heading = Jouw agenda in je eigen kalender
calendar-feed-explained = Met dit geheime adres toont je kalender (Outlook, Google, Apple) alle evenementen waarvoor je je hebt aangemeld. Deel het niet; maak een nieuw adres als het toch bij anderen terechtkwam.
calendar-feed-label = Adres van je agenda-feed
calendar-feed-reset = Nieuw geheim adres maken
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
event-kind-meeting = Bijeenkomst
event-kind-intervision = Intervisie
event-kind-public = Openbaar evenement
event-mode-in_person = Op locatie
event-mode-online = Online
event-mode-hybrid = Hybride
event-cancelled = Geannuleerd
event-cancelled-notice = Dit evenement gaat niet door.
event-when = Wanneer
event-where = Waar
event-online-link = Online deelnemen
event-online-link-hidden = De link zie je hier zodra je je hebt aangemeld.
event-places = Plaatsen
event-places-left = { $count ->
    [one] Nog één plaats vrij
   *[other] Nog { $count } plaatsen vrij
}
event-places-total = { $count } in totaal
event-waiting-count = { $count } op de wachtlijst
event-places-unlimited = Onbeperkt
event-deadline = Aanmelden kan tot
event-organisers = Organisatie
event-add-to-calendar = Zet in je kalender (.ics)
event-rsvp-heading = Aanmelden
event-your-status-going = Je bent aangemeld.
event-your-status-maybe = Je komt misschien.
event-your-status-not_going = Je hebt laten weten dat je niet komt.
event-your-status-waiting = Je staat op de wachtlijst. Komt er een plaats vrij, dan krijg je een mail.
event-your-status-offered = Er is een plaats vrijgekomen voor jou.
event-offer-until = Bevestig vóór { $until }, anders gaat de plaats naar de volgende op de wachtlijst.
event-confirm-offer = Ik kom: plaats bevestigen
event-going = Ik kom
event-join-waiting-list = Vol: zet me op de wachtlijst
event-maybe = Misschien
event-not-going = Ik kom niet
event-log-in-to-register = Log in om je aan te melden
event-registration-closed = Aanmelden is gesloten; afmelden kan nog.
event-registration-closed-or-members = Aanmelden kan niet (meer): het is gesloten of alleen voor leden van het atelier.
event-organise-heading = Organiseren
event-edit = Evenement bewerken
event-export-csv = Deelnemerslijst downloaden (CSV)
event-no-registrations = Nog niemand heeft zich aangemeld.
event-attendees-caption = Aanmeldingen en aanwezigheid
event-check-in = { $name } was er
event-undo-check-in = Toch niet: { $name }
event-cancel-hint = Annuleren laat het evenement staan, gemarkeerd als geannuleerd, en mailt iedereen die zich aanmeldde.
event-cancel = Evenement annuleren
event-status-going = Komt
event-status-maybe = Misschien
event-status-not_going = Komt niet
event-status-waiting = Wachtlijst
event-status-offered = Plaats aangeboden
csv-name = Naam
csv-email = E-mail
csv-organisation = Organisatie
csv-background = Achtergrond
csv-status = Aanmelding
csv-checked-in = Aanwezig
event-present-yes = ja
event-present-no = nee
event-field-title = Titel
event-field-kind = Soort
event-field-mode = Vorm
event-field-date = Datum
event-field-date-hint = Bijvoorbeeld 2026-12-10.
event-field-start = Begintijd
event-field-end = Eindtijd
event-field-time-hint = Bijvoorbeeld 19:30 (Nederlandse tijd).
event-field-end-date = Einddatum (als die anders is)
event-field-end-date-hint = Alleen voor een evenement van meer dagen.
event-field-location = Locatie
event-field-location-hint = Adres of zaal; verplicht als je op locatie bijeenkomt.
event-field-online-url = Link voor online deelnemen
event-field-online-url-hint = Een https-link; alleen wie zich aanmeldt ziet hem.
event-field-capacity = Aantal plaatsen
event-field-capacity-hint = Leeg laten voor onbeperkt. Is het vol, dan komt er een wachtlijst.
event-field-deadline-date = Aanmelden kan tot (datum)
event-field-deadline-hint = Leeg laten: aanmelden kan tot het begin.
event-field-deadline-time = Aanmelden kan tot (tijd)
event-field-description = Beschrijving
event-create = Evenement plannen
error-event-time = Vul een geldige datum en tijd in, zoals 2026-12-10 en 19:30.
error-event-time-skipped = Dit tijdstip bestaat niet: dan gaat de klok een uur vooruit.
error-event-in-past = Deze datum ligt in het verleden.
error-event-end-before-start = Het einde moet na het begin liggen.
error-event-online-url = Geef een https-link voor online deelnemen.
error-event-capacity = Vul een aantal plaatsen van 1 of meer in, of laat het leeg.
error-event-deadline-after-start = Aanmelden moet sluiten vóór het begin.
error-event-cancelled = Dit evenement is geannuleerd.
error-event-registration-closed = Aanmelden is gesloten.
flash-event-created = Het evenement staat in de agenda.
flash-event-saved = De wijzigingen zijn bewaard.
flash-event-cancelled = Het evenement is geannuleerd; wie zich had aangemeld krijgt een mail.
flash-event-going = Je bent aangemeld.
flash-event-waiting = Het is vol: je staat op de wachtlijst.
flash-event-maybe = Genoteerd: misschien.
flash-event-not-going = Genoteerd: je komt niet.
flash-event-checked-in = Aanwezigheid bijgewerkt.
flash-feed-reset = Je hebt een nieuw adres; het oude werkt niet meer.
event-cancelled-subject = Geannuleerd: { $title }
event-cancelled-body = Het evenement "{ $title }" op { $when } gaat niet door.

    { $link }
event-offer-subject = Er is een plaats vrij: { $title }
event-offer-body = Goed nieuws: voor "{ $title }" op { $when } is een plaats vrijgekomen, en die is voor jou. Bevestig binnen twee dagen op de pagina van het evenement; daarna gaat de plaats naar de volgende op de wachtlijst.

    { $link }
event-guest-intro = Je kunt je aanmelden zonder account: we vragen alleen je naam en e-mailadres.
event-guest-or-log-in = Heb je een account? Log dan in.
event-guest-name = Je naam
event-guest-email = Je e-mailadres
event-guest-email-hint = Je krijgt een mail met een link om je aanmelding te bevestigen.
event-guest-keep-informed = Houd me op de hoogte van volgende evenementen (anders wissen we je gegevens 30 dagen na afloop)
event-guest-submit = Aanmelden
event-guest-page-title = Je aanmelding
event-guest-hello = Hallo { $name }.
event-guest-status-pending = Bevestig je aanmelding met de knop hieronder.
event-guest-status-going = Je bent aangemeld.
event-guest-status-waiting = Het is vol: je staat op de wachtlijst. Komt er een plaats vrij, dan krijg je een mail.
event-guest-status-offered = Er is een plaats vrijgekomen voor jou.
event-guest-status-not_going = Je hebt je afgemeld.
event-guest-status-maybe = Je komt misschien.
event-guest-confirm = Aanmelding bevestigen
event-guest-privacy = We gebruiken je naam en e-mailadres alleen voor dit evenement en wissen ze 30 dagen na afloop, tenzij je vroeg om op de hoogte te blijven.
background-guest = Gast (zonder account)
flash-guest-check-mail = Bijna klaar: bevestig je aanmelding met de link in de mail die we je stuurden.
flash-guest-already-confirmed = Je aanmelding was al bevestigd; er is niets veranderd.
event-guest-confirm-subject = Bevestig je aanmelding: { $title }
event-guest-confirm-body = Je meldde je aan voor "{ $title }" op { $when }. Bevestig je aanmelding (of meld je af) via deze link:

    { $link }

    Heb je je niet aangemeld? Dan kun je deze mail negeren; er gebeurt niets.
calendar-showing-mine = Je ziet de evenementen waarvoor je bent uitgenodigd (naar je manier van deelnemen) en de openbare evenementen.
calendar-show-all = Toon alle evenementen
calendar-show-mine = Toon alleen mijn evenementen
event-invitation-subject = Uitnodiging: { $title }
event-invitation-body = Je bent uitgenodigd voor "{ $title }" op { $when }. Meld je aan (of laat weten dat je niet komt) op de pagina van het evenement:

    { $link }
atelier-events-heading = Bijeenkomsten en evenementen
atelier-events-empty = Er staat nog niets gepland.
atelier-events-feed = Agenda van dit atelier in je kalender (.ics)
notifications-reminders-heading = Herinneringen
notifications-reminders-label = Stuur me een dag voor een evenement waarvoor ik me aanmeldde een herinnering
notifications-reminders-save = Bewaren
flash-reminders-saved = Je keuze voor herinneringen is bewaard.
event-reminder-subject = Morgen: { $title }
event-reminder-body = Een herinnering: morgen, { $when }, is "{ $title }". Kun je toch niet? Meld je dan af, dan gaat je plaats naar iemand op de wachtlijst.

    { $link }
event-session-heading = Intervisie leiden
event-session-format = Werkvorm
event-session-format-none = (nog geen werkvorm)
event-session-run = Sessie leiden (stappen op het scherm)
event-session-step = Stap { $number }
event-session-step-of = Stap { $number } van
event-session-minutes = { $count ->
    [one] één minuut
   *[other] { $count } minuten
}
event-session-steps = Stappen van de sessie
event-session-previous = Vorige stap
event-session-next = Volgende stap
event-session-notes = Aantekeningen (anoniem)
event-session-save-notes = Aantekeningen bewaren
event-report-heading = Verslag van de bijeenkomst
event-report-published = Van dit verslag is een concept in de kennisbank gemaakt.
event-report-open = Open het verslag
event-report-insights = Belangrijkste inzichten
event-report-decisions = Besluiten
event-report-actions = Vervolgacties
event-report-anonymous-hint = Schrijf zonder namen of herkenbare details van cliënten.
event-report-save = Verslag bewaren
event-report-publish-hint = Publiceren maakt een concept-verslag in de kennisbank van het atelier, met de aanwezigheid naar achtergrond, de inzichten, besluiten, acties en aantekeningen. Facilitatoren bepalen daarna wie het kan lezen.
event-report-publish = Verslag publiceren in de kennisbank
event-report-title = Verslag: { $title }
event-report-summary = Verslag van een bijeenkomst van het leeratelier: wie er was, wat we leerden en wat we afspraken.
event-report-intro = Verslag van "{ $title }" ({ $link }).
event-report-attendance = Aanwezig
event-report-attendance-count = { $count ->
    [one] Eén deelnemer.
   *[other] { $count } deelnemers.
}
event-report-notes = Aantekeningen
error-event-report-empty = Vul ten minste de inzichten, besluiten of acties in.
error-event-report-no-atelier = Alleen een evenement van een atelier krijgt een verslag in de kennisbank.
flash-notes-saved = De aantekeningen zijn bewaard.
flash-report-saved = Het verslag is bewaard.
flash-report-published = Het verslag staat als concept in de kennisbank.
event-topics-heading = Agenda van de bijeenkomst
event-topics-none = Er staan nog geen onderwerpen op de agenda.
event-topics-add-label = Voorgesteld onderwerp
event-topics-add = Op de agenda zetten
flash-topic-scheduled = Het onderwerp staat op de agenda van de bijeenkomst.
event-field-repeat = Herhalen
event-repeat-none = Eén keer
event-repeat-weekly = Elke week
event-repeat-biweekly = Elke twee weken
event-repeat-fourweekly = Elke vier weken
event-repeat-monthly-weekday = Elke maand op dezelfde weekdag (bijvoorbeeld elke vierde donderdag)
event-field-repeat-count = Aantal keer
event-field-repeat-count-hint = Hoeveel data, ten hoogste 24. Elke datum krijgt zijn eigen aanmelding.
error-event-repeat-count = Vul een aantal van 1 tot en met { $limit } in.
event-series-heading = Alle data van deze reeks
calendar-list-view = Lijst
calendar-previous-month = Vorige maand
calendar-next-month = Volgende maand
calendar-month-view = Maandoverzicht
weekday-1 = maandag
weekday-1-short = ma
weekday-2 = dinsdag
weekday-2-short = di
weekday-3 = woensdag
weekday-3-short = wo
weekday-4 = donderdag
weekday-4-short = do
weekday-5 = vrijdag
weekday-5-short = vr
weekday-6 = zaterdag
weekday-6-short = za
weekday-7 = zondag
weekday-7-short = zo
event-organiser-add-label = Mede-organisator
event-organiser-add = Toevoegen aan de organisatie
flash-organiser-added = Er is een organisator bijgekomen.
error-event-too-far = Plan een evenement niet verder dan tien jaar vooruit.
error-event-series-skipped = Een van de data valt in het uur dat de klok vooruit gaat; kies een andere tijd.
error-event-report-client-data = Dit lijkt gegevens over een cliënt te bevatten; het verslag is nog niet bewaard.
