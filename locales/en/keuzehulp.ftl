# Keuzehulp: reasons, notes and drafted key questions.

## Place in the package
keuzehulp-slot-monitoring = Always needed: you keep track of what you do and whom you reach. This is the basis for everything else (steps 1 to 3 of the impact staircase).
keuzehulp-slot-counting = Counting: this measures change in numbers over time.
keuzehulp-slot-telling = Telling: stories and experiences show what numbers miss. Counting and telling belong together.
keuzehulp-slot-understanding = Understanding causes: you check whether the change is due to your work, as far as your answers allow.
keuzehulp-slot-judging = Coming to a judgement: what do the findings mean together, and is it good enough?
keuzehulp-slot-value = Value in money: your funder asks for it.
keuzehulp-slot-reporting = Sharing and using: you share the findings and put them to use.

## Why this suggestion
keuzehulp-why-purpose-learning = This method suits learning and improving.
keuzehulp-why-purpose-accountability = This method suits accountability to a funder.
keuzehulp-why-purpose-knowledge = This method suits building knowledge.
keuzehulp-why-participatory = The people it is about take part in the evaluation themselves, which helps you learn together.
keuzehulp-why-numbers = Funders usually expect at least some numbers, and this method provides them.
keuzehulp-why-locus-individual = This method fits change in people's own trajectories.
keuzehulp-why-locus-community = This method fits change in a group, neighbourhood or community.
keuzehulp-why-locus-actors = This method fits change in other actors: partners, organisations or policy.
keuzehulp-why-ceiling-plausibility = This method makes it plausible that your work helped, which is as far as your answers reach now.
keuzehulp-why-ceiling-contribution = This method builds a well-founded story of your contribution and checks other explanations.
keuzehulp-why-ceiling-attribution = This method compares with a group that does not get your approach, which you asked for and have the means for.
keuzehulp-why-ceiling-descriptive = This method describes what changes.
keuzehulp-why-next-step = This helps you take the next step on the evidence ladder.
keuzehulp-why-light = This method is light enough for the few hours a month you have.
keuzehulp-why-unexpected = Open questions also bring out unintended and negative effects.
keuzehulp-why-for-whom = This method shows for whom and in which situations your work helps.
keuzehulp-why-money = This method expresses value in money, as your funder asks.
keuzehulp-why-counterfactual = This method takes into account what would have happened anyway.
keuzehulp-why-follow-up = This method can also show effects after the work has ended.
keuzehulp-why-rigour = This method is systematic enough to build knowledge that others can use.

## Watch out
keuzehulp-caution-locus_individual = The change sits in individual trajectories. This method looks wider, so plan how to include individuals.
keuzehulp-caution-locus_community = The change sits in a community. This method looks at individuals, so do not simply add up their results as community change.
keuzehulp-caution-locus_actors = The change sits in other actors. Check that this method reaches them.
keuzehulp-caution-purpose_learning = The purpose is learning. Keep it light and use the findings in the team.
keuzehulp-caution-purpose_accountability = On its own, this method is not enough for accountability. Combine it with numbers and agree with the funder what counts.
keuzehulp-caution-purpose_knowledge = To build knowledge, write down carefully how you did it.
keuzehulp-caution-looks_for_negative = This method tends to bring out what went well. So ask explicitly about negative and unintended effects.
keuzehulp-caution-low_capacity = This takes more time than you have. Keep it small or spread it over the year.
keuzehulp-caution-no_research_partner = This goes better with an experienced evaluator. Ask the university of applied sciences or a research partner for support.
keuzehulp-caution-no_admin_data = You need data you do not have yet. Check early whether you can get it.
keuzehulp-caution-sensitive_data = The group is vulnerable or the setting is privacy-sensitive. Ask for consent, collect no names and store data safely.
keuzehulp-caution-no_money_question = Nobody asks for value in money. Only use this if it helps your own conversations.
keuzehulp-caution-early_practice = Your approach is not described yet. Describe it first, or the results will be hard to interpret.

## Not suggested: does not fit your answers
keuzehulp-avoid-locus_individual = This method is not suited to change in individual trajectories.
keuzehulp-avoid-locus_community = This method is not suited to change in a group or community.
keuzehulp-avoid-locus_actors = This method is not suited to change in other actors.
keuzehulp-avoid-purpose_learning = This method is not suited when learning is the main purpose.
keuzehulp-avoid-purpose_accountability = This method is not suited to accountability to a funder.
keuzehulp-avoid-purpose_knowledge = This method is not suited to building knowledge.
keuzehulp-avoid-looks_for_negative = This method looks mainly at what goes well, and you want to see negative and unintended effects too.
keuzehulp-avoid-low_capacity = This is too much work for the few hours a month you have.
keuzehulp-avoid-no_research_partner = This needs a research partner or external evaluator, and you do not have one.
keuzehulp-avoid-no_admin_data = This needs administrative data that you have no access to.
keuzehulp-avoid-sensitive_data = This is too risky for a vulnerable group or a privacy-sensitive setting.
keuzehulp-avoid-no_money_question = Nobody asks for a value in money.
keuzehulp-avoid-early_practice = First describe and underpin your approach. This method comes later on the evidence ladder.

## Not suggested: other reasons
keuzehulp-not-beyond-asked = This method aims at a stronger claim about cause and effect than you need.
keuzehulp-not-evidence-first = Your approach is not yet described and underpinned well enough for this claim about cause and effect. Take the earlier steps first.
keuzehulp-not-beyond-means = This claim about cause and effect needs more time, money or expertise than you have.
keuzehulp-not-effort = This takes more work than your time and budget allow.
keuzehulp-not-skills = This needs skills that the team does not have and cannot hire.
keuzehulp-not-group = This needs at least { $limit } participants or cases.

## Notes on the whole package
keuzehulp-note-describe-first = Your approach is not yet (well) described. Describe it first and draw a theory of change; methods about cause and effect come later.
keuzehulp-note-lowered-evidence = You asked for a stronger claim about your contribution. First the approach must be described and underpinned, so for now the package aims lower.
keuzehulp-note-lowered-means = You asked for a stronger claim, but with your time, money and skills the package aims lower. A research partner could change that.
keuzehulp-note-negative = You did not choose to look for negative or unintended effects. The definition of impact includes them, so the plan asks about them anyway.
keuzehulp-note-money = A ratio in money depends on estimates. Never compare such ratios between organisations, and always show the sensitivity analysis (what changes if an estimate turns out differently).
keuzehulp-note-next-e1 = Next step on the evidence ladder: describe your approach well (goal, target group, way of working and conditions).
keuzehulp-note-next-e2 = Next step: underpin why the approach works, with a theory of change and literature.
keuzehulp-note-next-e3 = Next step: show that people change in the direction you intend (first indications).
keuzehulp-note-next-e4 = Next step: make your contribution plausible and check which other explanations there are.
keuzehulp-note-next-e5 = Next step: together with a research partner, compare with a group that does not get the approach.
keuzehulp-note-next-e6 = Next step: have others repeat and study the approach independently elsewhere.

## Drafted evaluation questions
keuzehulp-keq-main = Which { $facets } changes do { $who } experience in { $change } { $timing } { $what }?
keuzehulp-keq-main-indirect = Which { $facets } changes do { $who } experience, directly and indirectly (via their network or neighbourhood), in { $change } { $timing } { $what }?
keuzehulp-facets-both = positive and negative, intended and unintended
keuzehulp-facets-negative = positive and negative
keuzehulp-facets-unintended = intended and unintended
keuzehulp-facets-none = intended
keuzehulp-timing-during = during
keuzehulp-timing-after = after
keuzehulp-timing-after-months = up to { $months } months after
keuzehulp-timing-both = during and after
keuzehulp-timing-both-months = during and up to { $months } months after
keuzehulp-keq-reach = Whom do we reach with { $what }, and whom among { $who } do we not (yet) reach?
keuzehulp-keq-contribution = How plausible is it that { $what } contributed to { $change }, next to { $others }, and what would have happened without it?
keuzehulp-others-unknown = other people and organisations
keuzehulp-keq-attribution = How much difference does { $what } make for { $change } among { $who }, compared with a similar group without it?
keuzehulp-keq-for-whom = For whom, in which situations and how does { $what } work, and for whom not?
keuzehulp-keq-negative = Which unintended or negative effects does { $what } have, and for whom?
keuzehulp-keq-value = What is the social value of { $what } relative to what it costs, and how sure are we of that?
keuzehulp-keq-judge-learning = Is what we achieve good enough by our own standard ({ $good }), and what do we want to do differently?
keuzehulp-keq-judge-accountability = Does { $what } meet the agreed standard ({ $good }), and how do we explain where it does not?
keuzehulp-keq-judge-knowledge = What does this teach us about when { $what } meets the standard ({ $good }), that others can use too?
