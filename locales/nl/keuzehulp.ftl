# Keuzehulp: reasons, notes and drafted key questions.

## Plaats in het pakket
keuzehulp-slot-monitoring = Altijd nodig: je houdt bij wat je doet en wie je bereikt. Dat is de basis voor al het andere (trede 1 tot 3 van de impacttrap).
keuzehulp-slot-counting = Tellen: hiermee meet je in cijfers hoe iets verandert in de loop van de tijd.
keuzehulp-slot-telling = Vertellen: verhalen en ervaringen laten zien wat cijfers missen. Tellen en vertellen horen samen.
keuzehulp-slot-understanding = Oorzaken begrijpen: je gaat na of de verandering door jullie werk komt, voor zover jullie antwoorden dat toelaten.
keuzehulp-slot-judging = Tot een oordeel komen: wat betekenen de uitkomsten samen, en is het goed genoeg?
keuzehulp-slot-value = Waarde in geld: jullie financier vraagt daarnaar.
keuzehulp-slot-reporting = Delen en gebruiken: je deelt de uitkomsten en gaat ermee aan de slag.

## Waarom dit voorstel
keuzehulp-why-purpose-learning = Deze methode past bij leren en verbeteren.
keuzehulp-why-purpose-accountability = Deze methode past bij verantwoording aan een financier.
keuzehulp-why-purpose-knowledge = Deze methode past bij kennis opbouwen.
keuzehulp-why-participatory = De mensen om wie het gaat, doen zelf mee aan de evaluatie. Zo leren jullie samen.
keuzehulp-why-numbers = Financiers verwachten meestal ten minste een paar cijfers. Deze methode levert die.
keuzehulp-why-locus-individual = Deze methode past bij verandering in het eigen traject van mensen.
keuzehulp-why-locus-community = Deze methode past bij verandering in een groep, buurt of gemeenschap.
keuzehulp-why-locus-actors = Deze methode past bij verandering bij andere partijen: partners, organisaties of beleid.
keuzehulp-why-ceiling-plausibility = Deze methode maakt aannemelijk dat jullie werk heeft geholpen. Verder kun je met jullie antwoorden nu niet gaan.
keuzehulp-why-ceiling-contribution = Deze methode maakt een onderbouwd verhaal over jullie bijdrage. Ze kijkt ook naar andere verklaringen.
keuzehulp-why-ceiling-attribution = Deze methode vergelijkt met een groep die jullie aanpak niet krijgt. Daar vroeg je om, en je hebt er de middelen voor.
keuzehulp-why-ceiling-descriptive = Deze methode beschrijft wat er verandert.
keuzehulp-why-next-step = Hiermee zet je de volgende stap op de effectladder.
keuzehulp-why-light = Deze methode is licht genoeg voor de paar uur per maand die jullie hebben.
keuzehulp-why-unexpected = Open vragen brengen ook onbedoelde en negatieve effecten naar boven.
keuzehulp-why-for-whom = Deze methode laat zien voor wie en in welke situaties jullie werk helpt.
keuzehulp-why-money = Deze methode drukt de waarde uit in geld, zoals jullie financier vraagt.
keuzehulp-why-counterfactual = Deze methode houdt rekening met wat er ook zonder jullie werk was gebeurd.
keuzehulp-why-follow-up = Deze methode kan ook effecten laten zien nadat het werk is afgelopen.
keuzehulp-why-rigour = Deze methode is grondig genoeg om kennis op te bouwen waar anderen iets aan hebben.

## Let op
keuzehulp-caution-locus_individual = De verandering zit in het traject van individuele mensen. Deze methode kijkt breder, dus plan hoe je ook individuen meeneemt.
keuzehulp-caution-locus_community = De verandering zit in een gemeenschap. Deze methode kijkt naar individuen, dus tel hun resultaten niet zomaar op tot verandering in de gemeenschap.
keuzehulp-caution-locus_actors = De verandering zit bij andere partijen. Ga na of je hen met deze methode bereikt.
keuzehulp-caution-purpose_learning = Het doel is leren. Houd het licht en gebruik de uitkomsten in het team.
keuzehulp-caution-purpose_accountability = Voor verantwoording is deze methode alleen niet genoeg. Combineer haar met cijfers en spreek met de financier af wat telt.
keuzehulp-caution-purpose_knowledge = Wil je kennis opbouwen? Schrijf dan zorgvuldig op hoe je het gedaan hebt.
keuzehulp-caution-looks_for_negative = Deze methode brengt vooral naar boven wat goed ging. Vraag daarom ook gericht naar negatieve en onbedoelde effecten.
keuzehulp-caution-low_capacity = Dit kost meer tijd dan jullie hebben. Houd het klein of spreid het over het jaar.
keuzehulp-caution-no_research_partner = Dit gaat beter met iemand die ervaring heeft met evalueren. Vraag steun aan de hogeschool of een onderzoekspartner.
keuzehulp-caution-no_admin_data = Je hebt gegevens nodig die je nog niet hebt. Ga op tijd na of je eraan kunt komen.
keuzehulp-caution-sensitive_data = De groep is kwetsbaar of de situatie is gevoelig voor privacy. Vraag toestemming, verzamel geen namen en bewaar gegevens veilig.
keuzehulp-caution-no_money_question = Niemand vraagt naar waarde in geld. Gebruik dit alleen als het jullie helpt in je eigen gesprekken.
keuzehulp-caution-early_practice = Jullie aanpak is nog niet beschreven. Beschrijf die eerst, anders zijn de resultaten moeilijk te begrijpen.

## Niet voorgesteld: past niet bij jullie antwoorden
keuzehulp-avoid-locus_individual = Deze methode is niet geschikt voor verandering in het traject van individuele mensen.
keuzehulp-avoid-locus_community = Deze methode is niet geschikt voor verandering in een groep of gemeenschap.
keuzehulp-avoid-locus_actors = Deze methode is niet geschikt voor verandering bij andere partijen.
keuzehulp-avoid-purpose_learning = Deze methode is niet geschikt als leren het belangrijkste doel is.
keuzehulp-avoid-purpose_accountability = Deze methode is niet geschikt voor verantwoording aan een financier.
keuzehulp-avoid-purpose_knowledge = Deze methode is niet geschikt om kennis op te bouwen.
keuzehulp-avoid-looks_for_negative = Deze methode kijkt vooral naar wat goed gaat, en jullie willen ook negatieve en onbedoelde effecten zien.
keuzehulp-avoid-low_capacity = Dit is te veel werk voor de paar uur per maand die jullie hebben.
keuzehulp-avoid-no_research_partner = Hiervoor heb je een onderzoekspartner of externe evaluator nodig, en die hebben jullie niet.
keuzehulp-avoid-no_admin_data = Hiervoor heb je registratiegegevens nodig waar jullie geen toegang toe hebben.
keuzehulp-avoid-sensitive_data = Dit is te riskant voor een kwetsbare groep of een situatie die gevoelig is voor privacy.
keuzehulp-avoid-no_money_question = Niemand vraagt naar een waarde in geld.
keuzehulp-avoid-early_practice = Beschrijf en onderbouw eerst jullie aanpak. Deze methode komt later op de effectladder.

## Niet voorgesteld: andere redenen
keuzehulp-not-beyond-asked = Deze methode wil een sterkere uitspraak doen over oorzaak en gevolg dan jullie nodig hebben.
keuzehulp-not-evidence-first = Jullie aanpak is nog niet goed genoeg beschreven en onderbouwd voor zo'n uitspraak over oorzaak en gevolg. Zet eerst de eerdere stappen.
keuzehulp-not-beyond-means = Zo'n uitspraak over oorzaak en gevolg vraagt meer tijd, geld of kennis dan jullie hebben.
keuzehulp-not-effort = Dit kost meer werk dan jullie tijd en budget toelaten.
keuzehulp-not-skills = Hiervoor zijn vaardigheden nodig die het team niet heeft en ook niet kan inhuren.
keuzehulp-not-group = Hiervoor zijn minstens { $limit } deelnemers of casussen nodig.

## Opmerkingen over het hele pakket
keuzehulp-note-describe-first = Jullie aanpak is nog niet (goed) beschreven. Beschrijf die eerst en teken een veranderingstheorie; methoden over oorzaak en gevolg komen later.
keuzehulp-note-lowered-evidence = Jullie willen een sterkere uitspraak over jullie bijdrage. Eerst moet de aanpak beschreven en onderbouwd zijn, dus het pakket mikt voorlopig lager.
keuzehulp-note-lowered-means = Jullie willen een sterkere uitspraak, maar met jullie tijd, geld en vaardigheden mikt het pakket lager. Een onderzoekspartner kan dat veranderen.
keuzehulp-note-negative = Jullie kozen er niet voor om naar negatieve of onbedoelde effecten te kijken. Volgens de definitie van impact horen die er wel bij, dus het plan vraagt er toch naar.
keuzehulp-note-money = Een verhouding in geld hangt af van schattingen. Vergelijk zo'n verhouding nooit tussen organisaties en laat altijd de gevoeligheidsanalyse zien (wat er verandert als een schatting anders uitvalt).
keuzehulp-note-next-e1 = Volgende stap op de effectladder: beschrijf jullie aanpak goed (doel, doelgroep, werkwijze en voorwaarden).
keuzehulp-note-next-e2 = Volgende stap: onderbouw waarom de aanpak werkt, met een veranderingstheorie en literatuur.
keuzehulp-note-next-e3 = Volgende stap: laat zien dat mensen veranderen in de richting die jullie willen (eerste aanwijzingen).
keuzehulp-note-next-e4 = Volgende stap: maak jullie bijdrage aannemelijk en ga na welke andere verklaringen er zijn.
keuzehulp-note-next-e5 = Volgende stap: vergelijk samen met een onderzoekspartner met een groep die de aanpak niet krijgt.
keuzehulp-note-next-e6 = Volgende stap: laat anderen de aanpak elders onafhankelijk herhalen en onderzoeken.

## Voorstellen voor evaluatievragen
keuzehulp-keq-main = Welke { $facets } veranderingen ervaren { $who } op het gebied van { $change } { $timing } { $what }?
keuzehulp-keq-main-indirect = Welke { $facets } veranderingen ervaren { $who } direct en indirect (via hun netwerk of buurt) op het gebied van { $change } { $timing } { $what }?
keuzehulp-facets-both = positieve én negatieve, bedoelde én onbedoelde
keuzehulp-facets-negative = positieve én negatieve
keuzehulp-facets-unintended = bedoelde én onbedoelde
keuzehulp-facets-none = bedoelde
keuzehulp-timing-during = tijdens
keuzehulp-timing-after = na afloop van
keuzehulp-timing-after-months = tot { $months } maanden na
keuzehulp-timing-both = tijdens en na
keuzehulp-timing-both-months = tijdens en tot { $months } maanden na
keuzehulp-keq-reach = Wie bereiken we met { $what }, en wie van { $who } bereiken we (nog) niet?
keuzehulp-keq-contribution = Hoe aannemelijk is het dat { $what } heeft bijgedragen aan { $change }, naast { $others }, en wat was er zonder gebeurd?
keuzehulp-others-unknown = andere mensen en organisaties
keuzehulp-keq-attribution = Hoeveel verschil maakt { $what } voor { $change } bij { $who }, vergeleken met een soortgelijke groep zonder deze aanpak?
keuzehulp-keq-for-whom = Voor wie, in welke situaties en hoe werkt { $what }, en voor wie niet?
keuzehulp-keq-negative = Welke onbedoelde of negatieve effecten heeft { $what }, en voor wie?
keuzehulp-keq-value = Wat is de maatschappelijke waarde van { $what } in verhouding tot wat het kost, en hoe zeker zijn we daarvan?
keuzehulp-keq-judge-learning = Is wat we bereiken goed genoeg volgens onze eigen maatstaf ({ $good }), en wat willen we anders doen?
keuzehulp-keq-judge-accountability = Haalt { $what } de afgesproken norm ({ $good }), en hoe verklaren we het waar dat niet zo is?
keuzehulp-keq-judge-knowledge = Wat leren we hieruit over wanneer { $what } de norm ({ $good }) haalt, dat ook anderen kunnen gebruiken?
