# Impactrapportage voor financiers: secties, sjablonen, soorten onderbouwing.

report-section-question = De vraag en het doel
report-section-theory = Onze veranderingstheorie en waar onze verantwoordelijkheid ophoudt
report-section-reach = Wat we deden en wie we bereikten
report-section-changes = Wat er veranderde
report-section-unexpected = Onverwachte en negatieve effecten
report-section-contribution = Onze bijdrage: het verhaal, het bewijs en andere verklaringen
report-section-value = Wat het waard is
report-section-learning = Wat we leerden en gaan veranderen
report-section-methods = Methoden en beperkingen
report-template-municipality = Gemeente (Wmo, jeugd)
report-template-fund = Fonds
report-template-flemish = Vlaamse overheid (rapporteringsronde)
report-basis-measured = gemeten
report-basis-self_reported = zelf gerapporteerd
report-basis-estimated = geschat
report-basis-borrowed = ontleend aan een andere bron
report-period-order = De einddatum ligt voor de begindatum.
