"""Reported claims without quote marks, second round (issue 11): numbers inside the
clause, market copy, and the other constructions added after the first round.

Golden (text, expected) rows of invented sentences, one news convention each. expected
lists every statement the extractor must report, in order, as (exact text, speaker,
kind); nothing else may be reported.
"""

import pytest

from golden import check_exact


# a decimal or grouped number is one word: the clause goes on past it
NUMBERS = [
    ("Tom Vale said the province’s offer of $2.5 million has done nothing for the mill.",
     [("the province’s offer of $2.5 million has done nothing for the mill", "Tom Vale", "indirect")]),
    ("Port manager Ilka Moen said 1,200 containers were stuck at the quay.",
     [("1,200 containers were stuck at the quay", "Ilka Moen", "indirect")]),
]

# market copy: "added 0.4 per cent" is a price move, not a statement
MARKETS = [
    ("Oslo's main index added 0.4 per cent to 1,106.10 while the krone rose 0.3 per cent.", []),
    ("The Halden Composite adds 12 points in early trading.", []),
    ("Tom Vale added 40 families were moved from the valley.",
     [("40 families were moved from the valley", "Tom Vale", "indirect")]),
]

# a reported clause that opens with its subordinate clause
SUBORDINATE_FIRST = [
    ("Candidate Mira Olsen said if elected, she would freeze council rents.",
     [("if elected, she would freeze council rents", "Mira Olsen", "indirect")]),
    ("Fire chief Olu Adeyemi said when the wind turned, the crews pulled back to the road.",
     [("when the wind turned, the crews pulled back to the road", "Olu Adeyemi", "indirect")]),
    # no comma and main clause after the subordinate one: no clause
    ("Fire chief Olu Adeyemi said as much at the meeting.", []),
]

# the clause that holds a quoted fragment starts at the cue's own "that": past a quoted
# title between them, and not at a "that" nested inside the clause
FRAGMENT_CLAUSE = [
    ("Tom Vale said on “Morning Report” that he would “take a look” at the harbour plan.",
     [("he would “take a look” at the harbour plan", "Tom Vale", "indirect")]),
    ("Tom Vale said ferry owners often fail to understand that there are “no quiet seasons.”",
     [("ferry owners often fail to understand that there are “no quiet seasons.", "Tom Vale", "indirect")]),
    ("Tom Vale said the ferry owners are confident that the season will be “a record one” for the port.",
     [("the ferry owners are confident that the season will be “a record one” for the port",
       "Tom Vale", "indirect")]),
    ("Rep. Ana Ruiz said Tom Vale reassured them that the port would reopen and that workers “would not be forgotten.”",
     [("Tom Vale reassured them that the port would reopen and that workers “would not be forgotten.", "Ana Ruiz",
       "indirect")]),
    ("Ana Ruiz said in a statement released Monday that the port “would not be sold.”",
     [("the port “would not be sold.", "Ana Ruiz", "mixed")]),
    # a verb that takes "to" keeps its "that" after the infinitive
    ("Mayor Rita Chen urged residents to ensure that the “boil water” order is followed.",
     [("the “boil water” order is followed", "Rita Chen", "indirect")]),
]

# "called on X to ...": a demand reported as the infinitive after its addressee
CALL_ON = [
    ("The union has called on Ottawa to scrap the new rules for seasonal workers.",
     [("to scrap the new rules for seasonal workers", "The union", "indirect")]),
    ("Tom Vale called for the council to reopen the ferry terminal.",
     [("to reopen the ferry terminal", "Tom Vale", "indirect")]),
    # a noun phrase alone, or a phone call on a day, reports no demand
    ("Tom Vale called for an inquiry into the ferry fire.", []),
    ("Residents called on Friday to complain about the noise.", []),
]

# an infinitive report ends where the speaker's next act in the past tense begins
INFINITIVE_END = [
    ("Tom Vale urged residents to stay indoors and closed the harbour road.",
     [("to stay indoors", "Tom Vale", "indirect")]),
    ("Tom Vale urged residents to stay indoors and keep their windows shut.",
     [("to stay indoors and keep their windows shut", "Tom Vale", "indirect")]),
]

# a clause holding a quoted fragment ends at the closing mark when a conjunction
# opens the speaker's next act or a clause with its own subject
AFTER_FRAGMENT = [
    ("Tom Vale called her “third-rate” and boycotted the meeting.",
     [("her “third-rate”", "Tom Vale", "mixed")]),
    ("Tom Vale said the toll is “a disgrace,” but he voted for it.",
     [("the toll is “a disgrace,”", "Tom Vale", "indirect")]),
    ("Tom Vale said the toll is “a disgrace” and needs to go.",
     [("the toll is “a disgrace” and needs to go", "Tom Vale", "indirect")]),
    # a time or circumstance adjunct after the fragment narrates the event: what was
    # said stops at the quote (its kind read without the adjunct) ...
    ("Lina Sorel said she had “run the race of my life” after beating the favourite by a whole second in Oslo.",
     [("she had “run the race of my life”", "Lina Sorel", "mixed")]),
    ("Coach Dan Rhee praised his players’ “refusal to give up” following a late equaliser from the bench.",
     [("his players’ “refusal to give up”", "Dan Rhee", "mixed")]),
    ("Tom Vale said the board had acted “in good faith” before the tenants filed their complaint in court.",
     [("the board had acted “in good faith”", "Tom Vale", "indirect")]),
    ("Owen Pryce said the van had been “floating like a rubber duck” when the crews reached it.",
     [("the van had been “floating like a rubber duck”", "Owen Pryce", "mixed")]),
    ("Tom Vale said there was a “real gap in skills” when it comes to hiring welders.",
     [("there was a “real gap in skills” when it comes to hiring welders", "Tom Vale", "indirect")]),
    # ... unless a modal makes it part of the prediction, or it concedes ("despite")
    ("Tom Vale said prices would “fall sharply” after the harvest comes in next month.",
     [("prices would “fall sharply” after the harvest comes in next month", "Tom Vale", "indirect")]),
    ("Tom Vale said the port is “doing fine” despite a weak quarter for its container business.",
     [("the port is “doing fine” despite a weak quarter for its container business", "Tom Vale", "indirect")]),
]

# a reported clause stops before the writer's comparison, a place's relative clause
# and a second report with its own subject
CLAUSE_END = [
    ("Most riders say they trust the new timetable, compared with 40 per cent last spring.",
     [("they trust the new timetable", "Most riders", "indirect")]),
    ("Most riders said they were worried about fares, and many bus drivers said the service had declined.",
     [("they were worried about fares", "Most riders", "indirect"),
      ("the service had declined", "many bus drivers", "indirect")]),
    ("Tom Vale said the ferry sailed late and the crew said nothing.",
     [("the ferry sailed late", "Tom Vale", "indirect")]),
]

# a single dash before an appositive or a participle opens the writer's comment; a
# pair of dashes sets off a parenthesis inside the clause
DASHES = [
    ("Tom Vale said the harbour plan was “a real mess” — a remark that angered the council.",
     [("the harbour plan was “a real mess”", "Tom Vale", "indirect")]),
    ("Tom Vale said the ferry would run all winter — prompting cheers from the islanders.",
     [("the ferry would run all winter", "Tom Vale", "indirect")]),
    ("Tom Vale said the plant — a 1950s building — will close in May.",
     [("the plant — a 1950s building — will close in May", "Tom Vale", "indirect")]),
]

# a report inside a sentence-initial subordinate clause ends where the main clause
# begins, even when the comma hides inside the closing quote
FRONTED = [
    ("When the port’s director, Ana Ruiz, said the ferry had no “safety problem,” several inspectors walked out.",
     [("the ferry had no “safety problem,”", "Ana Ruiz", "indirect")]),
    ("When Tom Vale said the ferry would stop, the islanders protested.",
     [("the ferry would stop", "Tom Vale", "indirect")]),
    # mid-sentence "when": no main clause follows the report
    ("Tom Vale had a strong night, when many commentators called him “the calm one” amid the shouting.",
     [("him “the calm one”", "many commentators", "mixed")]),  # "amid ...": the writer's adjunct
]

# one-syllable cue verbs double their last consonant ("dubbed", "slammed", "ripped")
DOUBLED = [
    ("Tom Vale dubbed her speech a “press conference.”",
     [("her speech a “press conference.", "Tom Vale", "mixed")]),
    ("Tom Vale slammed the plan as “a gift to developers.”",
     [("the plan as “a gift to developers.", "Tom Vale", "mixed")]),
]

# cue verbs of manner (issue 11's list)
MANNER_CUES = [
    ("Ana Ruiz lost the vote. “This is a disgrace,” she fumed.",
     [("This is a disgrace,", "Ana Ruiz", "direct")]),
    ("“We have never had a better season on the island,” gushed Tom Vale.",
     [("We have never had a better season on the island,", "Tom Vale", "direct")]),
    ("Ana Ruiz interjected: “That is not what the report says.”",
     [("That is not what the report says.", "Ana Ruiz", "direct")]),
]

# after a plain verb of saying, "she believes ..." is what was said; a quantity opens
# a clause like any subject
SAID_BELIEF = [
    ("Ana Wang told reporters she believes the tunnel will open on time.",
     [("she believes the tunnel will open on time", "Ana Wang", "indirect")]),
    ("Tom Vale said earlier Monday that it was up to the council, but added that he hoped it would be done quickly.",
     [("it was up to the council", "Tom Vale", "indirect"),
      ("he hoped it would be done quickly", "Tom Vale", "indirect")]),
    ("The port official told reporters more than 90 per cent of the permits were approved.",
     [("more than 90 per cent of the permits were approved", "The port official", "indirect")]),
    # a weaker cue before a belief reports a thought
    ("Ana Wang suggested that she thought the tunnel would open on time.", []),
]

# the verb of a zero-"that" clause right after a parenthetical, or after a name
ZERO_THAT_VERB = [
    ("Police said Karl Dorn, 46, abandoned his own pickup.",
     [("Karl Dorn, 46, abandoned his own pickup", "Police", "indirect")]),
    ("Tom Vale said the province is doing well, saying New Brunswick holds a lower debt than Quebec.",
     [("the province is doing well", "Tom Vale", "indirect"),
      ("New Brunswick holds a lower debt than Quebec", "Tom Vale", "indirect")]),
]

# a relative clause set off by commas inside the reported clause does not end it;
# one at its end does
RELATIVE_INSIDE = [
    ("Tom Vale said the ferry operator, which lost money for years, is now profitable.",
     [("the ferry operator, which lost money for years, is now profitable", "Tom Vale", "indirect")]),
    ("Tom Vale said he met Ana Ruiz, who runs the port, and she agreed.",
     [("he met Ana Ruiz", "Tom Vale", "indirect")]),
]

# the reason the speaker gives is part of the claim; a later event with its own
# subject is not
REASON = [
    ("Ana Wang said she can win the riding because she has lived there for 20 years.",
     [("she can win the riding because she has lived there for 20 years", "Ana Wang", "indirect")]),
    ("Ana Wang said the bridge would close after Tom Vale signed the order.",
     [("the bridge would close", "Ana Wang", "indirect")]),
]

# "this weekend" between the cue and its clause or after a closing cue; an adverb
# before the writer's participle
WEEKEND = [
    ("The mayor told residents this weekend she would consider it a personal insult if they moved away.",
     [("she would consider it a personal insult if they moved away", "The mayor", "indirect")]),
    ("The ferry will run all winter, the mayor said last weekend.",
     [("The ferry will run all winter", "the mayor", "indirect")]),
    ("The mayor said the ferry will run all winter, implicitly ending the talks.",
     [("the ferry will run all winter", "The mayor", "indirect")]),
]

# objects that are no clauses: a gerund after "reported", a noun phrase after
# "announced", a noun after a determiner
NOT_CLAUSES = [
    ("The following year, Halden Oil reported receiving $300 million in insurance payments.", []),
    ("Halden Oil said continuing political risk continues to hurt its output.",
     [("continuing political risk continues to hurt its output", "Halden Oil", "indirect")]),
    ("The Liberal Party announced a policy that diverged sharply from those of its rivals.", []),
    ("Scott Barlow writes exclusively for our subscribers at Inside the Market.", []),
    ("The film only tells part of the story of how Tom Vale chose to leave the harbour.", []),
    ("Tom Vale said the way the council handled the vote was unfair.",
     [("the way the council handled the vote was unfair", "Tom Vale", "indirect")]),
]

# "pointed out that": the particle before the clause; "the theory that": a noun's own
# complement, cited rather than asserted
PARTICLE_AND_NOUN = [
    ("Tom Vale pointed out that the currents are moving slower.",
     [("the currents are moving slower", "Tom Vale", "indirect")]),
    ("As an example, Tom Vale pointed to the theory that the currents are moving slower.", []),
]

# a pronoun fused with its auxiliary before the cue
CONTRACTED = [
    ("Ana Ruiz runs the port. She’s said the ferry will return in May.",
     [("the ferry will return in May", "Ana Ruiz", "indirect")]),
    ("Tom Vale runs the port. He's predicting the ferry will return in May.",
     [("the ferry will return in May", "Tom Vale", "indirect")]),
]

# an evaluative verb's verdict ends the clause at a comma inside its closing mark or a dash after it,
# unless more quoted verdicts follow
VERDICT_COMMA = [
    ('Tom Vale called the mayor "very flexible," a nod to her change of heart on the ferry.',
     [('the mayor "very flexible,"', "Tom Vale", "mixed")]),
    ("Tom Vale called the mayor “the next Lincoln” – the president he admires most.",
     [("the mayor “the next Lincoln”", "Tom Vale", "mixed")]),
    ('Tom Vale called the mayor "a liar," a "cheat" and "unfit" in his speech.',
     [('the mayor "a liar," a "cheat" and "unfit" in his speech', "Tom Vale", "indirect")]),
]

# ", a plan the council has dropped": a noun with a relative clause lacking 'that' is the writer's gloss
CONTACT_RELATIVE = [
    ("Tom Vale said the ferry should stay public, a plan the council has since dropped.",
     [("the ferry should stay public", "Tom Vale", "indirect")]),
    ("Tom Vale said the ferry should stay public, a proposal Ana Ruiz backed in May.",
     [("the ferry should stay public", "Tom Vale", "indirect")]),
    ("Tom Vale said they bought a boat, a Harbour Class ketch, last May.",
     [("they bought a boat, a Harbour Class ketch, last May", "Tom Vale", "indirect")]),
]

# ", but Democrats have ..." (a named group with its own verb) is the writer's clause; a modal may still be reported
BUT_NAMED = [
    ("Tom Vale argued that the ferry should stay public, but Harbour Party members have pushed for a sale.",
     [("the ferry should stay public", "Tom Vale", "indirect")]),
    ("Tom Vale said the ferry would stay public, but Lisbon would pay for it.",
     [("the ferry would stay public, but Lisbon would pay for it", "Tom Vale", "indirect")]),
]

# ", and his/her/their ..." with its own verb is the writer's next clause
AND_POSSESSIVE = [
    ("Tom Vale runs the port. He's suggesting that the ferry should stay public, and his staff is asking "
     "islanders to sign a petition.",
     [("the ferry should stay public", "Tom Vale", "indirect")]),
    ("Tom Vale said the ferry would stay public, and the fares would fall.",
     [("the ferry would stay public, and the fares would fall", "Tom Vale", "indirect")]),
    ("Port lawyers said they would miss the deadline, and requested another month.",
     [("they would miss the deadline", "Port lawyers", "indirect")]),
    ("Tom Vale said the ferry would stay public and proposed a new toll.",
     [("the ferry would stay public", "Tom Vale", "indirect")]),
    ("Tom Vale said the ferry stayed public and earned money.",
     [("the ferry stayed public and earned money", "Tom Vale", "indirect")]),
    ("Tom Vale said he ran for mayor because the council failed, and he decided to stay.",
     [("he ran for mayor because the council failed", "Tom Vale", "indirect")]),
]

# a reported clause mostly unquoted holds its quoted fragments: one indirect statement,
# not the fragment alone; a quote that is its cue's whole statement stays apart
FRAGMENT_INSIDE = [
    ("Ana Ruiz said that, “the board will defend itself” against the claims of the fishermen and their union.",
     [("“the board will defend itself” against the claims of the fishermen and their union", "Ana Ruiz",
       "indirect")]),
    ("Tom Vale said the port has won back two shipping lines after a plan that he said would “sink the harbour.”",
     [("the port has won back two shipping lines after a plan that he said would “sink the harbour", "Tom Vale",
       "indirect")]),
    ("Ana Ruiz told reporters that the ferry would run again and that “nobody will be left behind.”",
     [("the ferry would run again", "Ana Ruiz", "indirect"), ("nobody will be left behind.", "Ana Ruiz", "mixed")]),
    # a noun read as the fragment's cue ('tweet') is part of the clause, not a report of its own
    # (the quote's own 'that' clause now: its end keeps the quote's full stop)
    ("Ana Ruiz told the Ledger Tuesday that Vale’s tweet “was a lie.”",
     [("Vale’s tweet “was a lie.", "Ana Ruiz", "indirect")]),
    ("Tom Vale, who chairs the port board, told the Ledger, “We are ready for the season.”",
     [("We are ready for the season.", "Tom Vale", "direct")]),
    ("Tom Vale claimed on Monday that “the ferry has never lost money,” and a former board member said the "
     "accounts showed otherwise.",
     [("the ferry has never lost money,", "Tom Vale", "mixed"),
      ("the accounts showed otherwise", "a former board member", "indirect")]),
]

# a quote opening a clause without "that" right after its cue, past an adverb or a day
QUOTE_OPENS_AFTER_ADVERB = [
    ("Ana Ruiz has said repeatedly “the next council” should decide the fate of the ferry.",
     [("the next council” should decide the fate of the ferry", "Ana Ruiz", "indirect")]),
    ("Ana Ruiz said Monday “the next council” should decide the fate of the ferry.",
     [("the next council” should decide the fate of the ferry", "Ana Ruiz", "indirect")]),
    # a quote that is a whole sentence after "said quietly:" opens no clause
    ("Ana Ruiz said quietly: “The next council will decide the fate of the ferry.”",
     [("The next council will decide the fate of the ferry.", "Ana Ruiz", "direct")]),
]

# verbs of praise and blame (lexicon EVAL_VERBS) put a quoted fragment in a reported clause
PRAISE_BLAME = [
    ("Mayor Rita Chen lauded the harbour crews in her annual address for keeping the port “open through every storm.”",
     [("the harbour crews in her annual address for keeping the port “open through every storm.", "Rita Chen",
       "indirect")]),
]

# a gerund right after a quote closed without a comma goes on with the clause (with the
# comma, '“...,” linking to', it is the writer's participle); '— and he ...' after a
# single dash is the writer's next clause, '— and her ...' still a phrase of the clause
GERUND_AFTER_QUOTE = [
    ("Ana Ruiz said she would “certainly look into” releasing the harbour accounts to the public.",
     [("she would “certainly look into” releasing the harbour accounts to the public", "Ana Ruiz", "indirect")]),
    ("Tom Vale berated the ferry board for its “sleepy” handling of the winter timetable and the late repairs.",
     [("the ferry board for its “sleepy” handling of the winter timetable and the late repairs", "Tom Vale",
       "indirect")]),
    ("Tom Vale said the board was misled by “outsiders” running the port — and he named the former chair as the cause.",
     [("the board was misled by “outsiders” running the port", "Tom Vale", "indirect")]),
    ("Ana Ruiz says the new ferry has helped her reach the mainland clinic — and her sister in town.",
     [("the new ferry has helped her reach the mainland clinic — and her sister in town", "Ana Ruiz", "indirect")]),
]

# the verdict of an evaluative verb ends at its closing mark when a day or 'during ...'
# follows (when the act took place); any other phrase may still belong to the verdict
VERDICT_THEN_WHEN = [
    ("Tom Vale blasted Ana Ruiz as a “disgrace” Wednesday on the Morning Show.",
     [("Ana Ruiz as a “disgrace”", "Tom Vale", "indirect")]),
    ("Tom Vale called the ferry levy “a fair deal” on Tuesday in his weekly column.",
     [("the ferry levy “a fair deal”", "Tom Vale", "indirect")]),
    ("Tom Vale described the levy as “fair” to every islander.",
     [("the levy as “fair” to every islander", "Tom Vale", "indirect")]),
]

# a dash typed as a spaced hyphen (or two) is a dash; a hyphen inside a word is not
HYPHEN_DASH = [
    ("Tom Vale said the council will help “re-train” dockers - and he made sure to name the night crews.",
     [("the council will help “re-train” dockers", "Tom Vale", "indirect")]),
    ("Tom Vale said the ferry levy was fair -- a claim the union disputes.",
     [("the ferry levy was fair", "Tom Vale", "indirect")]),
    ("Tom Vale said the well-known night ferry would run again.",
     [("the well-known night ferry would run again", "Tom Vale", "indirect")]),
]

# a short opening phrase, the attribution, then a quote in lower case that completes the
# sentence: one statement, the whole sentence; a capital or a longer opening stays apart
OPENING_THEN_QUOTE = [
    ("In the end, Ana Ruiz said, “the ferry will run.”",
     [("In the end, Ana Ruiz said, “the ferry will run.", "Ana Ruiz", "indirect")]),
    ("In the end, Ana Ruiz said, “The ferry will run.”",
     [("The ferry will run.", "Ana Ruiz", "direct")]),
    ("Tom Vale runs the port. The levy was aimed at large shippers, including, he said, “the three biggest lines.”",
     [("the three biggest lines.", "Tom Vale", "direct")]),
]

# ', when ...' after the reported clause is the writer's relative clause on a time
COMMA_WHEN = [
    # ', a swipe at ...': the writer's gloss (lexicon GLOSS_NOUNS)
    ("Tom Vale said the new ferry would “never run late” on his watch, a swipe at the former harbour master.",
     [("the new ferry would “never run late” on his watch", "Tom Vale", "indirect")]),
    # 'and has backed ...': the reporting subject's record, told by the writer
    ("Ana Ruiz said she wants a new ferry for the islands and has backed a toll to pay for it.",
     [("she wants a new ferry for the islands", "Ana Ruiz", "indirect")]),
    # ', as was the case ...': the writer's comment
    ("Tom Vale said the board rarely meets in public, as was the case with Monday's session.",
     [("the board rarely meets in public", "Tom Vale", "indirect")]),
    ("Tom Vale said voters could still change their minds before May 2, when the islands vote on the ferry.",
     [("voters could still change their minds before May 2", "Tom Vale", "indirect")]),
]

# 'though he said ...', 'although she said ...': a pronoun after a concessive
# subordinator is the cue's subject
CONCESSIVE_PRONOUN = [
    ("Mayor Ana Ruiz gave no date for the new bridge, though she said “toll revenue” would cover most of its cost.",
     [("toll revenue” would cover most of its cost", "Ana Ruiz", "indirect")]),
    ("Tom Vale has not said how he will pay for the plan, although he said “new fees” and state grants would do it.",
     [("new fees” and state grants would do it", "Tom Vale", "indirect")]),
    # ', saying, “...”': the quote is the participle's, not an earlier cue's clause
    ("The council chair, Pia Lind, kept her remarks short. And although she thanked the union for its patience, "
     "she struck a modest tone, saying, “I am not sure we earned it.”",
     [("I am not sure we earned it.", "Pia Lind", "direct")]),
]

# a quote closed by two apostrophes ends its sentence like a closing quote mark
APOSTROPHE_QUOTES = [
    ("Tom Vale said every mayor was ''both a builder and a broker.'' Ana Ruiz is a famous example of the second kind.",
     [("every mayor was ''both a builder and a broker.''", "Tom Vale", "indirect")]),
]

# 'X met Y and accused Z of “...”': an evaluative verb after 'and'/'but' is a second
# predicate of the sentence's subject, not of the name just before it
SECOND_PREDICATE_EVAL = [
    ("Ana Ruiz met the union leaders on Monday and accused Tom Vale of a “quiet sellout.”",
     [("Tom Vale of a “quiet sellout.", "Ana Ruiz", "indirect")]),
    ("Ana Ruiz conceded that the guard had pushed Tom Vale but implied that it was Vale's fault for \"shoving\" at the gate.",
     [("the guard had pushed Tom Vale", "Ana Ruiz", "indirect"),
      ("it was Vale's fault for \"shoving\" at the gate", "Ana Ruiz", "indirect")]),
]

# a single dash before a concession ('— although', '-- even as') opens the writer's caveat
DASH_CONCESSION = [
    ("Tom Vale said the ferry would keep running -- even as the council closed in on a vote to end it.",
     [("the ferry would keep running", "Tom Vale", "indirect")]),
    ("Ana Ruiz said the delay was the union's fault for \"stalling\" the talks — although the minutes showed no such thing.",
     [("the delay was the union's fault for \"stalling\" the talks", "Ana Ruiz", "indirect")]),
    # a horizontal bar is a dash too
    ("Tom Vale has been pounding the mayor as a “tax addict” ― just as he did with her rival in 2012.",
     [("the mayor as a “tax addict”", "Tom Vale", "indirect")]),
]

# 'referred to X as “...”' names X as an evaluative verb does; the statement starts at X
REFER_AS = [
    ("Ana Ruiz often refers to the ferry as \"the slow boat\" in her speeches.",
     [("the ferry as \"the slow boat\" in her speeches", "Ana Ruiz", "indirect")]),
    ("Tom Vale referred to the \"sunset clause\" in his speech.", []),
]

# 'what he described as “...”': the pronoun after 'what' is the cue's subject
WHAT_PRONOUN = [
    ("Tom Vale spoke first. He spent an hour on what he described as the “brave” choice by the council.",
     [("as the “brave” choice by the council", "Tom Vale", "indirect")]),
]

# more verbs of evaluation (lexicon EVAL_VERBS): 'heralded X as “...”', 'knocked a claim that “...”'
MORE_EVAL = [
    ("Ana Ruiz heralded the deal as a “breakthrough” for the islands.",
     [("the deal as a “breakthrough” for the islands", "Ana Ruiz", "indirect")]),
    ("Tom Vale knocked a claim by the harbour board that the ferry was “fully booked” all summer.",
     [("the ferry was “fully booked” all summer", "Tom Vale", "indirect")]),
]

# a cue word right after a possessor or determiner and right before the quote is the
# noun the quote describes ("calling Ruiz's charge “...”"), not the quote's cue
NOUN_BEFORE_QUOTE = [
    ("Tom Vale responded on Twitter, calling Ruiz's charge “pathetic” and “dangerous.”",
     [("Ruiz's charge “pathetic” and “dangerous", "Tom Vale", "indirect")]),
]


@pytest.mark.parametrize("text,expected", VERDICT_COMMA + CONTACT_RELATIVE + BUT_NAMED + NOUN_BEFORE_QUOTE + MORE_EVAL + WHAT_PRONOUN + REFER_AS + DASH_CONCESSION + SECOND_PREDICATE_EVAL + APOSTROPHE_QUOTES + CONCESSIVE_PRONOUN + COMMA_WHEN + OPENING_THEN_QUOTE + HYPHEN_DASH + VERDICT_THEN_WHEN + GERUND_AFTER_QUOTE + PRAISE_BLAME + QUOTE_OPENS_AFTER_ADVERB + FRAGMENT_INSIDE + AND_POSSESSIVE + CONTRACTED + PARTICLE_AND_NOUN + NOT_CLAUSES + WEEKEND + REASON + RELATIVE_INSIDE + ZERO_THAT_VERB + SAID_BELIEF + MANNER_CUES + DOUBLED + FRONTED + DASHES + CLAUSE_END + AFTER_FRAGMENT + NUMBERS + MARKETS + SUBORDINATE_FIRST + FRAGMENT_CLAUSE + CALL_ON
                         + INFINITIVE_END)
def test_golden(text, expected):
    check_exact(text, expected)
