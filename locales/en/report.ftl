# Impact report for funders: sections, templates, kinds of basis.

report-section-question = The question and its purpose
report-section-theory = Our theory of change and where our accountability ends
report-section-reach = What we did and whom we reached
report-section-changes = What changed
report-section-unexpected = Unexpected and negative effects
report-section-contribution = Our contribution: the story, the evidence and other explanations
report-section-value = What it is worth
report-section-learning = What we learned and will change
report-section-methods = Methods and limitations
report-template-municipality = Municipality (Wmo, youth care)
report-template-fund = Fund
report-template-flemish = Flemish government (reporting round)
report-basis-measured = measured
report-basis-self_reported = self-reported
report-basis-estimated = estimated
report-basis-borrowed = borrowed from another source
report-period-order = The end date is before the start date.
