"""Reported claims without quote marks, and the person behind each statement (issue 11).

Golden (text, expected) rows of invented sentences, one news convention each. expected
lists every statement the extractor must report, in order, as (exact text, speaker,
kind); nothing else may be reported. A speaker of None means no speaker can be named.
"""

import pytest

from golden import check_exact
from quotedb.extraction import extract


# "X said CLAUSE": a complement without "that", whatever its first word
ZERO_THAT = [
    ("Port manager Ilka Moen said cargo traffic fell 12 per cent in March.",
     [("cargo traffic fell 12 per cent in March", "Ilka Moen", "indirect")]),
    ("Ilka Moen runs the harbour. Moen said 40 crew members were laid off.",
     [("40 crew members were laid off", "Ilka Moen", "indirect")]),
    ("Ilka Moen runs the harbour. She said there's no timetable for the repairs.",
     [("there's no timetable for the repairs", "Ilka Moen", "indirect")]),
    ("Vintner Paolo Greco says frost destroyed half of this year's grapes.",
     [("frost destroyed half of this year's grapes", "Paolo Greco", "indirect")]),
    ("Halvard Bank said Westmoor Mining had repaid the loan in full.",
     [("Westmoor Mining had repaid the loan in full", "Halvard Bank", "indirect")]),
    # something between the verb and the clause
    ("Teodor Baran said Monday the plant would reopen in June.",
     [("the plant would reopen in June", "Teodor Baran", "indirect")]),
    ("Nadia Sorel told the inquiry the alarm had been switched off for weeks.",
     [("the alarm had been switched off for weeks", "Nadia Sorel", "indirect")]),
    ("Nadia Sorel told reporters on Thursday that the audit found no fraud.",
     [("the audit found no fraud", "Nadia Sorel", "indirect")]),
    ("Fire chief Olu Adeyemi said in a statement the blaze was started deliberately.",
     [("the blaze was started deliberately", "Olu Adeyemi", "indirect")]),
    ("Mayor Rita Chen urged residents to stay off the roads overnight.",
     [("to stay off the roads overnight", "Rita Chen", "indirect")]),
    # a weaker verb reports a clause when a short subject and an auxiliary follow it ...
    ("Lina Berg suggested Omar Haddad was hiding the figures.",
     [("Omar Haddad was hiding the figures", "Lina Berg", "indirect")]),
    # ... not when a noun phrase object does
    ("Lina Berg suggested a short delay to the vote.", []),
]

# clause first, the cue after it
CUE_AFTER = [
    ("The ferry terminal will close for two weeks in May, port manager Ilka Moen said.",
     [("The ferry terminal will close for two weeks in May", "Ilka Moen", "indirect")]),
    ("Three more wells were contaminated, said Rafael Ortiz, the district's water inspector.",
     [("Three more wells were contaminated", "Rafael Ortiz", "indirect")]),
    ("Rafael Ortiz inspects the wells. The pumps failed twice last winter, he said.",
     [("The pumps failed twice last winter", "Rafael Ortiz", "indirect")]),
    ("Turnout was the lowest in two decades, officials said Sunday.",
     [("Turnout was the lowest in two decades", "officials", "indirect")]),
    ("The new drug shortened hospital stays by a third, researchers reported.",
     [("The new drug shortened hospital stays by a third", "researchers", "indirect")]),
    # a dateline is not part of the claim
    ("LISBON — Two tankers collided off the coast early Tuesday, the navy said.",
     [("Two tankers collided off the coast early Tuesday", "the navy", "indirect")]),
]

ACCORDING_TO = [
    ("According to the county coroner, the driver died at the scene.",
     [("the driver died at the scene", "the county coroner", "indirect")]),
    ("Exports of rapeseed doubled last year, according to Nordgrain Cooperative.",
     [("Exports of rapeseed doubled last year", "Nordgrain Cooperative", "indirect")]),
    # a document someone wrote speaks for its authors; data speaks for no one
    ("Heading\n\nMoths in upland bogs are shrinking by a tenth each decade, according to a study published on Tuesday.",
     [("Moths in upland bogs are shrinking by a tenth each decade", "a study", "indirect")]),
    ("Heading\n\nAccording to the lawsuit, the landlord ignored eleven repair requests.",
     [("the landlord ignored eleven repair requests", "the lawsuit", "indirect")]),
    ("Heading\n\nThe senator led among older voters, according to exit polls.", []),
    # "It found that" after a sentence that opens with the study
    ("Heading\n\nThe survey, run by two universities, followed 900 households. It found that "
     "renters moved twice as often as owners.",
     [("renters moved twice as often as owners", "The survey", "indirect")]),
    ("Heading\n\nThe council built a depot. It found that the soil was poor.", []),
    # the role's name in apposition is the source; a capitalised clause subject is not
    ("Heading\n\nAccording to his agent, Marta Quell, Brand has refused three offers.",
     [("Brand has refused three offers", "Marta Quell", "indirect")]),
    ("Heading\n\nAccording to the minister, Quebec City will get the money first.",
     [("Quebec City will get the money first", "the minister", "indirect")]),
    # a nationality before a lower-case noun is no name
    ("According to the Latvian ministry, some 900 boats would lose their licences.",
     [("some 900 boats would lose their licences", "the Latvian ministry", "indirect")]),
]


def test_according_to_names_a_source_not_a_venue():
    (q,) = extract("According to the Estonian Maritime Administration, the port will reopen.").quotes
    assert q.speaker == "Estonian Maritime Administration" and q.venue is None

# the subject apart from its verb, and reports after another predicate
SUBJECT_APART = [
    ("Bram Okafor took over the club in 2016. Okafor, who has coached youth teams for years, "
     "said the squad needs a new goalkeeper.",
     [("the squad needs a new goalkeeper", "Bram Okafor", "indirect")]),
    ("Greta Lund criticised the plan, saying it would cost too much.",
     [("it would cost too much", "Greta Lund", "indirect")]),
    ("Ada Novak thanked the volunteers and said the shelter would reopen on Monday.",
     [("the shelter would reopen on Monday", "Ada Novak", "indirect")]),
    ("Finance minister Karin Holt has said the tax will not rise before the election.",
     [("the tax will not rise before the election", "Karin Holt", "indirect")]),
]

# two complements of one verb are two statements
TWO_REPORTS = [
    ("Judge Ruth Amsel said that the evidence was thin and that the trial would go ahead.",
     [("the evidence was thin", "Ruth Amsel", "indirect"),
      ("the trial would go ahead", "Ruth Amsel", "indirect")]),
    # ... with no "that" before the first, and with a quotation in either
    ("The council said the bridge would close in May and that repairs would take a year.",
     [("the bridge would close in May", "The council", "indirect"), ("repairs would take a year", "The council", "indirect")]),
    ("The union said the offer was “an insult” and that members would vote on a strike next week.",
     [("the offer was “an insult”", "The union", "indirect"),
      ("members would vote on a strike next week", "The union", "indirect")]),
    ("Judge Ines Ruiz told reporters the ruling was “deeply flawed,” but that she would not appeal it.",
     [("the ruling was “deeply flawed,”", "Ines Ruiz", "indirect"), ("she would not appeal it", "Ines Ruiz", "indirect")]),
    ("The mayor said that “we will rebuild” and that the city had the money to do it.",
     [("we will rebuild", "The mayor", "mixed"), ("the city had the money to do it", "The mayor", "indirect")]),
    ("Rosa Conti told Radio Nord the tower fell and that “almost every house has cracks”.",
     [("the tower fell", "Rosa Conti", "indirect"), ("almost every house has cracks", "Rosa Conti", "mixed")]),
    # ... but "and that" after an inner verb's "that" is the inner verb's
    ("Mayor Rosa Conti said Tom Berg assured them that the bridge would hold and that repairs would follow.",
     [("Tom Berg assured them that the bridge would hold and that repairs would follow", "Rosa Conti", "indirect")]),
    # an outlet named with its medium ("RAI state television") is the addressee; the
    # noun "state" reports nothing
    ("The mayor, Rosa Conti, told RAI state television that the bell tower had fallen and that "
     "“almost every house has cracks”.",
     [("the bell tower had fallen", "Rosa Conti", "indirect"), ("almost every house has cracks", "Rosa Conti", "mixed")]),
    ("Rosa Conti told state media the road would reopen in May.",
     [("the road would reopen in May", "Rosa Conti", "indirect")]),
    # a noun that is also a reporting verb opens the clause after "said" ("said orders would ...")
    ("Ruth Kale said orders would bottom out in May and that a recovery would come “by the autumn at the latest”.",
     [("orders would bottom out in May", "Ruth Kale", "indirect"),
      ("a recovery would come “by the autumn at the latest”", "Ruth Kale", "mixed")]),
    # a plural noun opening the second clause, its verb further on
    ("The diocese said its relief arm had opened a fund and that parishes across the valley would collect food.",
     [("its relief arm had opened a fund", "The diocese", "indirect"),
      ("parishes across the valley would collect food", "The diocese", "indirect")]),
    ("Karin Holt said the plan failed and that matters a great deal.",
     [("the plan failed and that matters a great deal", "Karin Holt", "indirect")]),
    # "and that" opening a clause of the writer's: a demonstrative subject
    ("Karin Holt said the plan failed and that was the end of it.",
     [("the plan failed and that was the end of it", "Karin Holt", "indirect")]),
    # US style closes a quote on the comma that ends its clause: the participle after
    # it reports for the speaker of the verb before the quote
    ('Sen. Ann Lee, D-Ore., called it "a missed chance," adding that farmers were still waiting for help.',
     [('it "a missed chance,"', "Ann Lee", "mixed"), ("farmers were still waiting for help", "Ann Lee", "indirect")]),
    # "..., she said in a statement, adding that X was “...”": the speaker of that cue, not X
    ("Ilse Moen defended the levy. “It is fair,” she said in a statement, adding that Oslo was "
     "“open to changes on timing, not on the goal”.",
     [("It is fair,", "Ilse Moen", "direct"),
      ("Oslo was “open to changes on timing, not on the goal”", "Ilse Moen", "mixed")]),
    ("Tom Vale described the deal as “a good start,” noting that talks would go on in May.",
     [("the deal as “a good start,”", "Tom Vale", "indirect"), ("talks would go on in May", "Tom Vale", "indirect")]),
]

# groups, organisations and unnamed people make statements too: the speaker is the
# organisation, or the noun phrase itself when nothing names it
UNNAMED = [
    # a relative clause set off by commas between the speaker and the cue
    ("Another Tory backbencher, who asked not to be named, said the budget had been rushed.",
     [("the budget had been rushed", "Another Tory backbencher", "indirect")]),
    # the whole noun phrase, its "of" phrase and a count included
    ("In a statement, the families of the three climbers said the search had ended too soon.",
     [("the search had ended too soon", "the families of the three climbers", "indirect")]),
    ("The relatives of the victims said: “We wanted a full inquiry.”",
     [("We wanted a full inquiry.", "The relatives of the victims", "direct")]),
    ("“We wanted a full inquiry,” the relatives of the victims said.",
     [("We wanted a full inquiry,", "the relatives of the victims", "direct")]),
    ("Some economists say the recession is already over.",
     [("the recession is already over", "Some economists", "indirect")]),
    ("Police said the driver was not injured.",
     [("the driver was not injured", "Police", "indirect")]),
    ("A spokesperson for the city said the pool would stay closed until June.",
     [("the pool would stay closed until June", "A spokesperson for the city", "indirect")]),
    ("Farmers told the committee on Friday that the drought had cut yields by half.",
     [("the drought had cut yields by half", "Farmers", "indirect")]),
    # a habitual stance is no statement made at a time
    ("Economists have always argued that the tariff hurts consumers.", []),
    ("For years, residents have said the crossing is dangerous.", []),
    ("Westgrid Holdings cut power to 9,000 homes. The company said the outage could last three days.",
     [("the outage could last three days", "Westgrid Holdings", "indirect")]),
]

# the clause's extent
EXTENT = [
    # through abbreviations and dashes, to the end of the sentence
    ("Analyst Mei Tan said U.S. sales fell 4 per cent — the worst quarter since 2009.",
     [("U.S. sales fell 4 per cent — the worst quarter since 2009", "Mei Tan", "indirect")]),
    # not into a participle clause or a "despite" phrase of the writer's
    ("Mei Tan said the plant will close in March, citing weak demand.",
     [("the plant will close in March", "Mei Tan", "indirect")]),
    ("Mei Tan said demand was recovering, despite a weak first quarter.",
     [("demand was recovering", "Mei Tan", "indirect")]),
]

# not statements
NOT_STATEMENTS = [
    ("READ MORE: Council says harbour tax will rise", []),
    ("Paolo Greco said goodbye to his staff on Friday.", []),
    ("Paolo Greco said nothing about the sale.", []),
    ("What Greco said surprised the board.", []),
    ("Greco spoke at length about the harvest.", []),
    ("Said to be worth two million euros, the painting sold in minutes.", []),
]



# the person behind a quote
SPEAKERS = [
    # titles, affiliations and appositives give the person, not the organisation
    ("“We are ready,” Lakeshore Transit board chair Omar Qureshi said Saturday.",
     [("We are ready,", "Omar Qureshi", "direct")]),
    ("“Prices will fall,” Omar Qureshi, an economist at Coastal University, said.",
     [("Prices will fall,", "Omar Qureshi", "direct")]),
    ("Harbour Authority chair Lena Ortiz said the docks were safe.",
     [("the docks were safe", "Lena Ortiz", "indirect")]),
    # a quote with no cue continues the speaker of the statement before it
    ("Nurse Petra Holm says staffing improved.\n\n“Last winter we had beds in the hallways.”",
     [("staffing improved", "Petra Holm", "indirect"),
      ("Last winter we had beds in the hallways.", "Petra Holm", "direct")]),
    # a pronoun takes the subject of the nearest sentence that fits, not the nearest name
    ("Kevin Marsh founded the dairy with help from his friend Tomas Brandt. "
     "“We started with four cows,” he said.",
     [("We started with four cows,", "Kevin Marsh", "direct")]),
    # gender agreement where the first name tells it
    ("Helen Park met Victor Stone on Friday. “We agreed on nothing,” she said.",
     [("We agreed on nothing,", "Helen Park", "direct")]),
    ("Helen Park met Victor Stone on Friday. “It was a waste of time,” he said.",
     [("It was a waste of time,", "Victor Stone", "direct")]),
    # a first-name-only mention links to the full name given earlier
    ("Vice-President Wang Lihua spoke in Geneva. “Trade is not a weapon,” Wang said.",
     [("Trade is not a weapon,", "Wang Lihua", "direct")]),
    # an unnamed official stays a noun phrase, never a pronoun or nothing
    ("“Most requests are granted,” a justice official said.",
     [("Most requests are granted,", "a justice official", "direct")]),
]



def test_a_year_in_the_clause_before_the_cue_is_not_the_cues_date():
    """'..., which his father founded in 1961, and argued that ...': the year belongs to the
    relative clause before ', and', not to the report."""
    text = ("Owen Marsh spoke on Monday. In an interview, Marsh said he had no regrets about selling the mill, "
            "which his father founded in 1961, and argued that the sale had saved forty jobs.")
    q = next(q for q in extract(text, published="2025-03-05").quotes if q.text.startswith("the sale"))
    assert q.date is None or q.date.value != "1961"


def test_reported_claim_is_dated_by_its_cue_not_by_the_event_it_reports():
    text = ("Published Wednesday, March 4, 2020.\n\n"
            "Transport minister Elin Dahl said Tuesday the road will reopen on Friday.")
    (q,) = extract(text, published="2020-03-04").quotes
    assert q.text == "the road will reopen on Friday"
    assert q.date is not None and q.date.value == "2020-03-03"


# the date of a claim's cue: the adverbial that opens the sentence, however long the subject;
# after the cue rather than in the subject's relative clause
OPENING_PHRASE_DATES = [
    # a date after the cue outranks one in the subject's relative clause, which stays the
    # claim's date when it is the only one
    ("Mayor Ines Brandt, who vetoed the plan in October, told reporters on Tuesday that the vote was void.",
     "2025-06-10"),
    ("Cole Vance, who was stacking sandbags on Monday, said the river had never been so high.", "2025-06-09"),
    ("Later on Tuesday, the harbour authority's former finance director, Odile Marchetti, "
     "told the tribunal she had never signed the contracts.", "2025-06-10"),
    ("Speaking at the depot on Monday, Chief Inspector Ruairi Flannagan of the county's "
     "road policing unit, which ran the checks, said nine drivers had been charged.", "2025-06-09"),
    ("In an interview with Radio Lune on Monday, the agency's long-serving director of "
     "research, Paulette Ostrowski, said the trial would be extended.", "2025-06-09"),
]


@pytest.mark.parametrize("text,expected", OPENING_PHRASE_DATES)
def test_opening_phrase_dates_the_claim(text, expected):
    (q,) = extract(text, published="2025-06-12").quotes  # a Thursday
    assert q.date is not None and q.date.value == expected


# page furniture, pronoun chains and long appositives (issue 11)
FURNITURE_AND_CHAINS = [
    # a photo caption's names are never antecedents, its credit never a speaker
    ("Tilda Varga runs the ferry company.\n\nMarco Bellini / The Canadian Press Tilda Varga, left, "
     "greets passengers in Halifax on Monday.\n\n“We added two crossings,” she said.",
     [("We added two crossings,", "Tilda Varga", "direct")]),
    # a teaser line is a link, not a statement
    ("WATCH: Mayor says the ferry will run all winter\n\nThe ferry carried 9,000 people in May.", []),
    # "He said ... Bruno Falk, ...": the next "he" is still the first man
    ("Anton Weiss took over the bakery in 2010.\n\nHe said the oven, built by his friend, "
     "Bruno Falk, still works.\n\n“It bakes 400 loaves a night,” he said.",
     [("the oven, built by his friend, Bruno Falk, still works", "Anton Weiss", "indirect"),
      ("It bakes 400 loaves a night,", "Anton Weiss", "direct")]),
    # a pronoun after an introductory phrase is the sentence's subject
    ("Lotte Brandt trained nurses for decades. Early in her career, she lost a patient.\n\n"
     "“You never forget the first one.”",
     [("You never forget the first one.", "Lotte Brandt", "direct")]),
    # "it" stands for an organisation named without an organisation word
    ("Nordvik Hydro restored power to 4,000 homes. “Crews will work through the night,” it said.",
     [("Crews will work through the night,", "Nordvik Hydro", "direct")]),
    # a long appositive between the name and a closing cue
    ("“Rates will stay high,” Ines Moreau, chief economist at Harwell & Pike Inc., said on Friday.",
     [("Rates will stay high,", "Ines Moreau", "direct")]),
]



# evaluative constructions: the object and its quoted label are the statement
EVALUATIVE = [
    ("The dockers' union praised the contract, calling it “a fair day's pay at last.”",
     [("it “a fair day's pay at last.", "The dockers' union", "mixed")]),
    ("In a post, Ruth Lang called Tom Bell the “slowest mayor in history,” linking to a study.",
     [("Tom Bell the “slowest mayor in history,”", "Ruth Lang", "mixed")]),
    # an unnamed subject owns a label only with a naming verb, not with a charge
    ("The party accused its rivals of collusion with the “enemy.”", []),
]



# who the words belong to: organisations' full names, documents' issuers, relative clauses
WHOSE_WORDS = [
    ("“Demand will recover,” says Harbor Labs director Ada Quist.",
     [("Demand will recover,", "Ada Quist", "direct")]),
    ("Rents rose 9 per cent, according to a senior city planner who asked not to be named.",
     [("Rents rose 9 per cent", "a senior city planner", "indirect")]),
    ("Mira Lenz resigned on Friday. “I leave with my head high,” her statement said.",
     [("I leave with my head high,", "Mira Lenz", "direct")]),
    ("An inspector with the Coastal Fisheries Board who visited the site told reporters the nets were illegal.",
     [("the nets were illegal", "An inspector with the Coastal Fisheries Board", "indirect")]),
    ("Orvik Shipping Co. cut 200 jobs. Orvik said demand for freight had collapsed.",
     [("demand for freight had collapsed", "Orvik Shipping Co", "indirect")]),
    ("Tom Vale, Minister of Transport, Ports and Coastal Affairs, said the ferry fares would fall.",
     [("the ferry fares would fall", "Tom Vale", "indirect")]),
    # an acronym or a capital inside one word names an organisation "the agency" can be
    ("Commuters waited for hours on Monday. MetroLink restored service at noon. "
     "“Crews replaced a signal,” the agency said.",
     [("Crews replaced a signal,", "MetroLink", "direct")]),
    # a document named with its issuer speaks for the issuer
    ("“The review found no misconduct,” the OPCC statement said.",
     [("The review found no misconduct,", "OPCC", "direct")]),
]



# datelines and digest labels are no names; a sentence end splits a capitalised run
LABELS = [
    ("HARBOUR WATCH: Port operator Keelson Holdings met on Monday. The company said freight rose "
     "4 per cent.",
     [("freight rose 4 per cent", "Keelson Holdings", "indirect")]),
    ("OSLO — Norlys Energy cut its forecast. “Demand is soft,” it said.",
     [("Demand is soft,", "Norlys Energy", "direct")]),
    ("Vice-President Tan Wei spoke in Davos, Switzerland. Tan said trade would recover.",
     [("trade would recover", "Tan Wei", "indirect")]),
    # a Reuters dateline with its date and a lone hyphen; live blogs' time stamps
    ("LONDON, March 3 (Reuters) - Oil output fell in February, the ministry said.",
     [("Oil output fell in February", "the ministry", "indirect")]),
    ("PARIS, 12 June (AFP) - Grain exports rose for a third month, the ministry said.",
     [("Grain exports rose for a third month", "the ministry", "indirect")]),
    ("10:42pm: Turnout is up sharply in the north, officials said.",
     [("Turnout is up sharply in the north", "officials", "indirect")]),
    ("14.02 BST “Conditions will be dangerous,” the forecaster said.",
     [("Conditions will be dangerous,", "the forecaster", "direct")]),
    # a number opening a sentence is no time stamp
    ("12 people were hurt in the crash, police said.", [("12 people were hurt in the crash", "police", "indirect")]),
]

# the speaker between the clause and the cue, with their post set off by commas; a
# closing "told" names its audience, which is never the speaker
APPOSITION_AFTER = [
    ("Fares will rise next year, the mayor, Ann Lee, said.", [("Fares will rise next year", "Ann Lee", "indirect")]),
    ("Fares will rise next year, the city's mayor, Ann Lee, said on Monday.",
     [("Fares will rise next year", "Ann Lee", "indirect")]),
    ("Fares will rise next year, Ann Lee, the mayor, said.", [("Fares will rise next year", "Ann Lee", "indirect")]),
    ("The bridge will close for a month, the county's chief engineer, Dr Tom Vale, told the council.",
     [("The bridge will close for a month", "Tom Vale", "indirect")]),
    ("The defendant had lied about his income, the prosecutor told the jury.",
     [("The defendant had lied about his income", "the prosecutor", "indirect")]),
    ("The new force will train local police, Defence Minister Ana Ruiz told a Senate panel on Wednesday.",
     [("The new force will train local police", "Ana Ruiz", "indirect")]),
    ("After the last vote of the long session, Tom Vale told a joke about the budget.", []),
    # the object of "told" may name an outlet by what it is before its name
    ("Farm Minister Piet Adema told Dutch broadcaster NOS that the government was open to talks.",
     [("the government was open to talks", "Piet Adema", "indirect")]),
    # a demonstrative after the cue's preposition is no complementiser; a unit speaks for its organisation
    ("Mayor Doug Vale claimed in that speech the cost could fall if crews worked at night.",
     [("the cost could fall if crews worked at night", "Doug Vale", "indirect")]),
    ("Delta Bank's security unit said in a statement on Friday that the threats came from one group.",
     [("the threats came from one group", "Delta Bank's security unit", "indirect")]),
]


# the second style set's conventions (session 12): a parenthetical holding an
# appositive, titles hyphenated after their head, unnamed sources with their phrase,
# a dateline's lone hyphen after its region, a firm's "&", a surname's gender read
# from its full name, a question's auxiliary that is no first name
STYLE_SET_TWO = [
    # a second predicate of the reported clause's subject, opened by an auxiliary, is a
    # second statement (FORMAT.md: 'said it “A” but would not B')
    ("Harbour master Ines Dahl said the pier was safe and had been inspected twice this winter.",
     [("the pier was safe", "Ines Dahl", "indirect"), ("had been inspected twice this winter", "Ines Dahl", "indirect")]),
    ("The union said it would join the talks on Monday but would not accept a pay freeze.",
     [("it would join the talks on Monday", "The union", "indirect"),
      ("would not accept a pay freeze", "The union", "indirect")]),
    # ... also after a quoted fragment in the first predicate
    ("Harbour master Ines Dahl said the pier by the harbour was “perfectly sound” and had been inspected twice this winter.",
     [("the pier by the harbour was “perfectly sound”", "Ines Dahl", "indirect"),
      ("had been inspected twice this winter", "Ines Dahl", "indirect")]),
    ("The council said it had ‘listened carefully’ to residents and would scrap the scheme in May.",
     [("it had ‘listened carefully’ to residents", "The council", "indirect"),
      ("would scrap the scheme in May", "The council", "indirect")]),
    ("Ines Dahl said the pier is safe and will reopen on Friday.",
     [("the pier is safe", "Ines Dahl", "indirect"), ("will reopen on Friday", "Ines Dahl", "indirect")]),
    # one subject's verbs joined without an auxiliary, and a second subject, stay one statement
    ("Ines Dahl said the tide rose and flooded the lower car park.",
     [("the tide rose and flooded the lower car park", "Ines Dahl", "indirect")]),
    ("Ines Dahl said the pier was safe and the ferries would run.",
     [("the pier was safe and the ferries would run", "Ines Dahl", "indirect")]),
    # a party member named by the party; a title with its portfolio before the name
    # an age stands for the person last named (not as a possessor) when the sentence
    # before has no person for its subject
    ("Corran led through Ellis Varga. Rovers levelled before Kian Obi, on for eight minutes, rose to meet "
     "Liam Archer’s corner.\n\n“I just attacked the ball,” said the 24-year-old.",
     [("I just attacked the ball,", "Kian Obi", "direct")]),
    # a role noun finds its holder in an appositive with a phrase after it ("Dr X, an
    # epidemiologist at Y"); an indefinite one ("a spokeswoman for the council") is
    # somebody new, not the last holder named
    ("The study was led by Dr Felix Amundsen, an epidemiologist at the Reinholt Institute. The team adjusted for age.\n\n"
     "Some bias was likely to remain, the epidemiologist said.",
     [("Some bias was likely to remain", "Felix Amundsen", "indirect")]),
    ("Spokeswoman Dana Holt said the mayor was busy. Later, a spokeswoman for the council said the vote would go ahead.",
     [("the mayor was busy", "Dana Holt", "indirect"),
      ("the vote would go ahead", "a spokeswoman for the council", "indirect")]),
    # an inverted cue between two pieces of one quotation: the name after "said" is its
    # subject, not the start of a reported clause
    ("“We know this river,” said Ana Vale, speaking of the floods, “and we have learned to respect it.”",
     [("We know this river,", "Ana Vale", "direct"), ("and we have learned to respect it.", "Ana Vale", "direct")]),
    ("“The risk,” said Tom Reed, an economist at Harbor Bank, “is that rates stay high for a decade.”",
     [("The risk,", "Tom Reed", "direct"), ("is that rates stay high for a decade.", "Tom Reed", "direct")]),
    # a company name closing in a plural of its trade speaks whole
    ("Kestrel Bay Ferries said the crossing would reopen on Friday.",
     [("the crossing would reopen on Friday", "Kestrel Bay Ferries", "indirect")]),
    # ... and a portfolio listed with commas ("for Housing, Urban Development and Building")
    ("Rents will be capped from May, Federal Minister for Housing, Urban Development and Building Vera Lind said.",
     [("Rents will be capped from May", "Vera Lind", "indirect")]),
    ("Federal Minister for Housing, Urban Development and Building Vera Lind said rents would be capped from May.",
     [("rents would be capped from May", "Vera Lind", "indirect")]),
    ("The cap will apply from May, Housing Minister Vera Lind said on Thursday.\n\n"
     "“A flat let to tourists is a flat lost to a nurse,” the Social Democrat told broadcaster Radio Nord.",
     [("The cap will apply from May", "Vera Lind", "indirect"),
      ("A flat let to tourists is a flat lost to a nurse,", "Vera Lind", "direct")]),
    ("“The quota is final,” EU Commissioner for Trade and Industry Marta Kowal told reporters.",
     [("The quota is final,", "Marta Kowal", "direct")]),
    ("“The wards are full,” Secretary of State for Health and Social Care Ann Lee said.",
     [("The wards are full,", "Ann Lee", "direct")]),
    ("Mara Hollis said the bakery, together with a flower shop owned by her cousin, Ada Moss, kept the street alive.",
     [("the bakery, together with a flower shop owned by her cousin, Ada Moss, kept the street alive", "Mara Hollis", "indirect")]),
    ("The editor-in-chief said the paper would appeal the ruling.",
     [("the paper would appeal the ruling", "The editor-in-chief", "indirect")]),
    ("The former sergeant-at-arms of the assembly said Monday he would not run again.",
     [("he would not run again", "The former sergeant-at-arms of the assembly", "indirect")]),
    ("Three people familiar with the talks said the merger would be announced next week.",
     [("the merger would be announced next week", "Three people familiar with the talks", "indirect")]),
    ("Officials briefed on the plan said it would cost $2 billion.",
     [("it would cost $2 billion", "Officials briefed on the plan", "indirect")]),
    ("An adviser to the governor said the veto was certain.",
     [("the veto was certain", "An adviser to the governor", "indirect")]),
    ("AUSTIN, Texas - Norvel Foods on Tuesday cut its forecast, but warned that the drought would raise costs.",
     [("the drought would raise costs", "Norvel Foods", "indirect")]),
    ("Mara Quist opened Birch & Rye in 2019. Birch & Rye seats 30. The menu changes weekly, she says.",
     [("The menu changes weekly", "Mara Quist", "indirect")]),
    ("Dr Lena Varga leads the lab.\n\n“She never stops,” says Dr Samuel Obi. “That is the whole story,” Obi says.\n\n"
     "She argues that the funding model is broken.",
     [("She never stops,", "Samuel Obi", "direct"), ("That is the whole story,", "Samuel Obi", "direct"),
      ("the funding model is broken", "Lena Varga", "indirect")]),
    ("Senator Ruth Harlan toured the plant. Does Harlan, like her rivals, favour the tax? She said she would decide in May.",
     [("she would decide in May", "Ruth Harlan", "indirect")]),
]


# Session 13: conventions found in the held-out J articles (which became tuning data);
# every row invented.
STYLE_SET_THREE = [
    # a frequency or negation adverb after the subject shows a clause whose verb has no
    # ending to mark it
    ("The ferry captain said most passengers never notice the swell.",
     [("most passengers never notice the swell", "The ferry captain", "indirect")]),
    ("Ruth Amsel told the inquiry the wardens rarely check the gates after dark.",
     [("the wardens rarely check the gates after dark", "Ruth Amsel", "indirect")]),
    ("Ruth Amsel says most visitors never see the archive, and that this is how she likes it.",
     [("most visitors never see the archive", "Ruth Amsel", "indirect"),
      ("this is how she likes it", "Ruth Amsel", "indirect")]),
    # ", then admits that ...": the subject's second report is a second statement
    ("The coach said the squad was fit, then admitted that two players were carrying knocks.",
     [("the squad was fit", "The coach", "indirect"), ("two players were carrying knocks", "The coach", "indirect")]),
    ("Tomas Vilk says he is not nervous, then concedes he has barely slept.",
     [("he is not nervous", "Tomas Vilk", "indirect"), ("he has barely slept", "Tomas Vilk", "indirect")]),
    # "then" as an adjective of the subject is no second report
    ("The council, then led by Ida Brandt, said the depot would close.",
     [("the depot would close", "The council", "indirect")]),
    # a participle without an object after the cue tells how it was said, not what
    ("“Start from the heel,” Vera Lind says, stepping onto a board she calls “the stage”.",
     [("Start from the heel,", "Vera Lind", "direct")]),
    ("“We are nearly there,” Tomas Vilk said, smiling, as the crane swung over the hull.",
     [("We are nearly there,", "Tomas Vilk", "direct")]),
    # ... one with an object reports: 'said, mentioning the line was “...”'
    ("Ruth Amsel spoke on Monday, noting the line was “nowhere near ready” for winter.",
     [("the line was “nowhere near ready” for winter", "Ruth Amsel", "indirect")]),
    # the writer meeting someone ("We spoke to ...") names whom the next "he"/"she" is
    ("We caught up with Dr Oskar Brandt at the dock. He said the hull would be ready by June.",
     [("the hull would be ready by June", "Oskar Brandt", "indirect")]),
    # a person with an employer given by a lower-case body ("of the county police")
    ("Inspector Marta Quist of the county police said the road would stay shut overnight.",
     [("the road would stay shut overnight", "Marta Quist", "indirect")]),
    ("Jonas Hale from the dockers' union said the strike would go ahead.",
     [("the strike would go ahead", "Jonas Hale", "indirect")]),
    # ... not a relative whose possessor is unnamed
    ("The sister of the skipper said the boat had left at dawn.",
     [("the boat had left at dawn", "The sister of the skipper", "indirect")]),
    # "asked not to be named" is the source's wish, no statement; the speaker is the
    # noun phrase before the relative clauses, also when two are coordinated
    ("A nurse who asked not to be named told the Herald the ward was short of staff.",
     [("the ward was short of staff", "A nurse", "indirect")]),
    ("A nurse who works nights, and who asked not to be identified, told the Herald the ward was “at breaking point”.",
     [("the ward was “at breaking point”", "A nurse", "mixed")]),
    # ... and "he"/"she" in the next paragraph is that unnamed speaker
    ("A nurse who asked not to be named told the Herald the ward was “at breaking point”.\n\n"
     "“Nobody has slept properly in weeks,” she said.",
     [("the ward was “at breaking point”", "A nurse", "mixed"),
      ("Nobody has slept properly in weeks,", "A nurse", "direct")]),
    # a participle clause after a closing cue is the writer's, not a second clause
    ("Dock workers at Port Ellery voted to strike, their union said on Monday, deepening a dispute over pay.",
     [("Dock workers at Port Ellery voted to strike", "their union", "indirect")]),
    # ... and a subordinate clause before the cue opens what follows it, no claim
    ("Ida Roe chairs the board. Though the first handover went smoothly, she said, replacing the treasurer "
     "now would be far harder.", []),
    # a Reuters dateline with a state and a date is no part of the claim
    ("AKRON, Ohio, March 3 (Reuters) - Vell Tyre will close its Akron plant, the company said on Tuesday.",
     [("Vell Tyre will close its Akron plant", "Vell Tyre", "indirect")]),
    # "said that A and that B “...”": the quote in B leaves the cue reporting A too
    ("Mayor Ines Rook said on Friday that the budget had been cut twice and that the new levy would raise "
     "“barely enough to fix the roads” this year.",
     [("the budget had been cut twice", "Ines Rook", "indirect"),
      ("the new levy would raise “barely enough to fix the roads” this year", "Ines Rook", "indirect")]),
    # ", and a spokesperson declined ...": a new subject, the writer's clause
    ("The ministry said it was reviewing the contract, and a spokesperson declined to comment further.",
     [("it was reviewing the contract", "The ministry", "indirect")]),
    # "the airline" stands for the company named with the noun's plural ("Airlines")
    ("Coastal Isle Airlines cut two routes. The Civil Aviation Board said it had opened an inquiry. "
     "The airline said the routes would return in May.",
     [("it had opened an inquiry", "Civil Aviation Board", "indirect"),
      ("the routes would return in May", "Coastal Isle Airlines", "indirect")]),
    # "The mayor of X, NAME," is the mayor's name, not a place's state ("of Flint, Mich.")
    ("The mayor of Calvano, Renato Ferri, said the lifts would reopen in June.",
     [("the lifts would reopen in June", "Renato Ferri", "indirect")]),
    ("A farmer from Sumter, South Carolina, said the rain came too late.",
     [("the rain came too late", "A farmer from Sumter", "indirect")]),
    # a sentence that opens "According to X," cites X for the next "she" and "the professor"
    ("Glaciologist Anna Lee said the closure was expected.\n\nAccording to Lee, the glacier has lost most of "
     "its ice.\n\nThe professor added that the melt had grown longer.",
     [("the closure was expected", "Anna Lee", "indirect"), ("the glacier has lost most of its ice", "Anna Lee", "indirect"),
      ("the melt had grown longer", "Anna Lee", "indirect")]),
    # 'said A was “B” and that C was “D,” to ...': the second complement keeps its clause
    ("The keeper, Ada Voss, said the archive had been “ignored for decades” and that the staff were “delighted, "
     "if a little stunned,” to see it on display.",
     [("the archive had been “ignored for decades”", "Ada Voss", "indirect"),
      ("the staff were “delighted, if a little stunned,” to see it on display", "Ada Voss", "indirect")]),
    # "claiming" reports a clause without "that" as "claimed" does
    ("Rovers coach Ian Pell was furious, claiming the second goal should have been ruled out.",
     [("the second goal should have been ruled out", "Ian Pell", "indirect")]),
    # a full stop after the closing mark ends the quote's sentence: the next one's
    # cue is not its cue, and the subject of "was asked" is no speaker anyway
    ("Lena Brant told reporters the vote was “a loss dressed up as a win”. Otto Kamp, leaving the hall, "
     "was asked whether his group would stay.",
     [("the vote was “a loss dressed up as a win”", "Lena Brant", "mixed")]),
    # ", warning that ..." reports, where "a warning that" is a noun
    ("Judge Eva Sand sent the jury home, warning that reports had already appeared online.",
     [("reports had already appeared online", "Eva Sand", "indirect")]),
    ("The agency issued a warning that the dam could fail.", []),
    # "reported a drop ... and said": the subject's next verb, not a clause after "reported"
    ("Harlow Mills reported a 12% fall in annual profit on Tuesday and said it would shut two sites.",
     [("it would shut two sites", "Harlow Mills", "indirect")]),
    ("The chair said the levy and the parking fees would rise in April.",
     [("the levy and the parking fees would rise in April", "The chair", "indirect")]),
    # the person a sentence closes by citing, past a portfolio's comma list, is whom the
    # next epithet stands for ("the Social Democrat"), not the list's tail
    ("The cap will start in May, Federal Minister for Transport, Digital Affairs and Housing Petra Lenz said.\n\n"
     "“We cannot wait another year,” the Social Democrat told broadcaster NordRadio.",
     [("The cap will start in May", "Petra Lenz", "indirect"), ("We cannot wait another year,", "Petra Lenz", "direct")]),
    # a name after a subordinator is its clause's subject ("days after Lund told ...")
    ("The row began two days after Premier Hal Lund told reporters that the ferry fares were too high.",
     [("the ferry fares were too high", "Hal Lund", "indirect")]),
    # "and that," with a comma before the quote is still the second complement
    ("Chief Ana Roe said that the review would take a month and that, “so far, nothing points to misconduct.”",
     [("the review would take a month", "Ana Roe", "indirect"),
      ("so far, nothing points to misconduct.", "Ana Roe", "direct")]),
    # a reporting form that doubles as a noun is the verb after a subject pronoun
    ("Dr Tova Lind studies fraud. She states, however, that most attacks still start with one email.",
     [("most attacks still start with one email", "Tova Lind", "indirect")]),
    ("The governor won easily. How he answers that question will decide the next race.", []),
    # a capitalised "May" or "Will" before the cue is a name, not a modal
    ("Green leader Rhoda May said the party would not field a candidate.",
     [("the party would not field a candidate", "Rhoda May", "indirect")]),
    # "and then quipped to X, “...”": the quote is the second verb's, and a short first
    # clause ("he was tired") is still a statement
    ("Coach Ivo Dale said he was tired and then joked to reporters, “Ask me again in June.”",
     [("he was tired", "Ivo Dale", "indirect"), ("Ask me again in June.", "Ivo Dale", "direct")]),
    # a finite verb after "because" is the subordinate clause's, not a clause after the cue
    ("The official familiar with the talks confirmed the visit on the condition of anonymity because they "
     "were not authorized to discuss it.", []),
    # "agreed to talk ...": the act of speaking, whose content is not given
    ("The former agent agreed to speak on the condition that his surname not be printed.", []),
    ("The union vowed to keep the strike going until March.",
     [("to keep the strike going until March", "The union", "indirect")]),
    # an opening participle is no part of the name after it ("Having Nora Vale ...")
    ("Having Nora Vale on the panel was a coup. “I said yes at once,” she said.",
     [("I said yes at once,", "Nora Vale", "direct")]),
    ("Downing Street said the minister had its full support.",
     [("the minister had its full support", "Downing Street", "indirect")]),
    # "said the Rovers manager, NAME": a team's name before the post, the name after it
    ("“Never a penalty,” said the Ashby manager, Colm Tierney.",
     [("Never a penalty,", "Colm Tierney", "direct")]),
    # a university's campus town after a comma is the place's tail, not a name
    ("Dr. Anika Rao, a botanist at the University of Texas, Austin, said the seeds were viable.",
     [("the seeds were viable", "Anika Rao", "indirect")]),
    ("Dr. Anika Rao, a botanist at the University of Texas, Austin, who was not involved in the work, "
     "called the results “striking”.",
     [("the results “striking”", "Anika Rao", "indirect")]),
    # a profile's subject by a first name the name list lacks: named in full twice and
    # by surname alone, so the first name alone is the same person
    ("Oyunaa Batbold makes saddles in Bergen.\n\nOyunaa Batbold learned from her uncle. Batbold, 52, "
     "works alone. Oyunaa says the leather must rest for a year.\n\nHer apprentice, Kari Holm, sands the trees."
     "\n\nOyunaa is unmoved by the praise. “I just make saddles,” she says.",
     [("the leather must rest for a year", "Oyunaa Batbold", "indirect"),
      ("I just make saddles,", "Oyunaa Batbold", "direct")]),
    # "the company" is never the wire agency or the data vendor the story cites
    ("Vell Tyre Inc cut its forecast. Analysts had expected a rise, according to LSEG data.\n\n"
     "Sales fell 4% in the quarter, the company said.",
     [("Analysts had expected a rise", "LSEG", "indirect"), ("Sales fell 4% in the quarter", "Vell Tyre Inc", "indirect")]),
    # "NAME, who said ...": the relative pronoun's antecedent speaks, and the report ends at
    # the comma where the main clause goes on
    ("The seat is held by MP Ida Farrow, who said she would table a motion next week.",
     [("she would table a motion next week", "Ida Farrow", "indirect")]),
    ("Ida Farrow, who said the vote was rigged, lost her seat in May.",
     [("the vote was rigged", "Ida Farrow", "indirect")]),
    ("Ed Kinney, a farmer from Ames, Iowa, who said the roads were closed, stayed home.",
     [("the roads were closed", "Ed Kinney", "indirect")]),
    # a particle that makes another verb: "wrote off", "called off"
    ("The miner, which wrote off assets worth $2 billion last year, cut its dividend.", []),
    # 'said A but would not “B”': the quote's predicate is a statement of its own, and the
    # first predicate is still reported
    ("Shop steward Ines Arno said the crew would attend the hearing but would not “sign away our overtime.”",
     [("the crew would attend the hearing", "Ines Arno", "indirect"),
      ("would not “sign away our overtime.", "Ines Arno", "mixed")]),
    # a document's or survey's findings are its claims, its noun phrase the speaker when
    # no issuer is named; a finding verb with another subject reports nothing
    ("A parole report found that the inmate posed a low risk and had completed every course.",
     [("the inmate posed a low risk", "A parole report", "indirect"),
      ("had completed every course", "A parole report", "indirect")]),
    ("The 90-page review, titled “Still Waters,” found that the dam had not been inspected since 2011.",
     [("the dam had not been inspected since 2011", "The 90-page review", "indirect")]),
    ("A Harbor Insights poll shows that most residents back the ferry plan.",
     [("most residents back the ferry plan", "A Harbor Insights poll", "indirect")]),
    ("Firefighters found that the door had been forced.", []),
    ("The researchers, led by marine ecologist Dr Ilse Varn of the University of Bergen, found that cod in "
     "the warmest fjords had moved the furthest.",
     [("cod in the warmest fjords had moved the furthest", "The researchers", "indirect")]),
    # counsel's role set off by commas after the addressee (court reports): "told Ann
    # Vale, prosecuting, that ..."
    ("Detective Sergeant Ruari Keane told Orla Brady, prosecuting, that the money was never found.",
     [("the money was never found", "Ruari Keane", "indirect")]),
    # the cue's subject stands for someone named before the cue, not for a name between
    # the cue and a quote in its second complement
    ("Corvane Foods Group cut its forecast.\n\nThe company said sales in its North American unit fell 6% "
     "and that it had “not yet seen the bottom.”",
     [("sales in its North American unit fell 6%", "Corvane Foods Group", "indirect"),
      ("it had “not yet seen the bottom.", "Corvane Foods Group", "mixed")]),
    # a brand written with an inner full stop ("e.GO", "Amazon.com") is one word, no
    # sentence end inside the appositive
    ("“We needed a role model,” Jonas Veit, e.GO’s founder, said at the plant.",
     [("We needed a role model,", "Jonas Veit", "direct")]),
    # "In 2025 he gave evidence, telling ...": a pronoun after an opening phrase with no
    # comma is the sentence's subject, the participle's speaker
    ("Marek Sohl ran the water board.\n\nIn 2024 he gave evidence to the committee, telling members that the "
     "pipes were rotten.",
     [("the pipes were rotten", "Marek Sohl", "indirect")]),
    # ", said NAME had ..." is a clause's subject, not an inverted speaker the next "she" cites
    ("Nora Quayle, for the firm, said Westmoor had since spent £9m on repairs. ‘We are ashamed,’ she said.",
     [("Westmoor had since spent £9m on repairs", "Nora Quayle", "indirect"), ("We are ashamed,", "Nora Quayle", "direct")]),
    # a one-word name the text never gives in full ("Veridane") is no "he"
    ("Tobias Kell runs the firm. Kell said sales had slowed. The pilot tested what Veridane calls “dark-hour "
     "picking,” in which a warehouse runs overnight.\n\n“The robots work,” he said.",
     [("sales had slowed", "Tobias Kell", "indirect"), ("dark-hour picking,", "Veridane", "mixed"),
      ("The robots work,", "Tobias Kell", "direct")]),
    # ... also when the full name appears once but the surname alone twice, and the first
    # name alone reports ("Corisande concedes"); a team named once in full is no one
    ("Corisande Vell casts bells in Ohio. Corisande, 61, runs Vell & Daughters. Vell still works alone.\n\n"
     "Her apprentice, Tamsin Roe, left in 2019. The parting was bitter, Corisande concedes, and for two years "
     "the women did not speak.\n\n“I taught her everything,” she says.",
     [("I taught her everything,", "Corisande Vell", "direct")]),
    # "the hospital's president and CEO, NAME, told X": a post of two roles, then the name
    ("“We have tried everything,” the clinic's president and CEO, Dara Voss, told Radio North.",
     [("We have tried everything,", "Dara Voss", "direct")]),
    # a month's abbreviation is no sentence end, and "an earnings call" is a noun
    ("Owen Tate, the firm's chief executive, told analysts on an Aug. 7 earnings call that the plant had "
     "“no known faults.”",
     [("the plant had “no known faults.", "Owen Tate", "mixed")]),
    # a relative "that" inside the first complement ("agencies that bill ...") leaves a
    # later ", and that B" the outer report's second statement
    ("Lena Voigt said the clinics relied on agencies that charge three times the going rate, and that her "
     "party would cap the fees.",
     [("the clinics relied on agencies that charge three times the going rate", "Lena Voigt", "indirect"),
      ("her party would cap the fees", "Lena Voigt", "indirect")]),
    # a title after a verb that makes or shows a work is no statement, even before a cue
    ("Ana Kerr, who directed “The Long Shore”, says Vilk changed the ending twice.",
     [("Vilk changed the ending twice", "Ana Kerr", "indirect")]),
    ("The actor, who produced “Salt And Iron”, said the sequel was cancelled.",
     [("the sequel was cancelled", "The actor", "indirect")]),
]


# session 14: court and wire copy
STYLE_SET_FOUR = [
    # an age after an honorific and a surname is no title's tail
    ("Under questioning, Mr Fennimore, 61, said he had never opened the ledgers.",
     [("he had never opened the ledgers", "Fennimore", "indirect")]),
    # "accepted that" concedes a point in court
    ("In cross-examination, Ms Oduya accepted that the boiler had not been serviced for two years.",
     [("the boiler had not been serviced for two years", "Oduya", "indirect")]),
    ("The club accepted the offer on Friday.", []),
    # ", even as ...": the writer's contrast ends the reported clause
    ("The ministry said it would not intervene in the dispute, even as a strike deadline loomed.",
     [("it would not intervene in the dispute", "The ministry", "indirect")]),
    # "the charity" is the organisation the text introduced as "the ... charity X"
    ("Heading\n\nThe paper ran in Fenland Review. The wildlife charity Marsh Keepers said the study was "
     "sound. The charity, which funded the work, said it would buy more land.",
     [("the study was sound", "Marsh Keepers", "indirect"), ("it would buy more land", "Marsh Keepers", "indirect")]),
    # the outlet a person told is no subject for "the company" to stand for
    ("Heading\n\nBrindle Motors cut its forecast. “It is a pause,” an analyst told the Dunmore Courier.\n\n"
     "The company also said it would keep its dividend.",
     [("It is a pause,", "an analyst", "direct"), ("it would keep its dividend", "Brindle Motors", "indirect")]),
    # a free relative reports nothing; "I’ve" opens no name
    ("Heading\n\nFolk fans like Orr. They love her song, more for what it says about home than what it says about loss.",
     []),
    ("Heading\n\nNot yet. I’ve been writing it down anyway.", []),
    # court style: counsel named by their side is "the prosecutor", whom "she" then continues
    ("Heading\n\nOpening the prosecution case at Tarnby crown court, Helen Voss KC told jurors that the fire "
     "was no accident. The court heard that a neighbour, Ruth Cale, raised the alarm.\n\n"
     "“Without her, three children would have died,” the prosecutor said. She told the jury that the "
     "defendant had bought petrol that night.",
     [("the fire was no accident", "Helen Voss KC", "indirect"),
      ("Without her, three children would have died,", "Helen Voss KC", "direct"),
      ("the defendant had bought petrol that night", "Helen Voss KC", "indirect")]),
    # a cue mid-sentence splits the statement in two pieces, both the speaker's; not an
    # inverted speaker's appositive, a subordinate clause or another report
    ("Heading\n\nNora Hale runs the clinic. The pills have few proper uses, she says, and are meant "
     "for a week at most.",
     [("The pills have few proper uses", "Nora Hale", "indirect"),
      ("and are meant for a week at most", "Nora Hale", "indirect")]),
    ("Heading\n\nThe ferry will run again in June, said Ivo Brandt, a director at the port.",
     [("The ferry will run again in June", "Ivo Brandt", "indirect")]),
    ("Heading\n\nIvo Brandt runs the port. The ferry will run in June, he said, and as workers worry "
     "about jobs, the board will meet.",
     [("The ferry will run in June", "Ivo Brandt", "indirect")]),
    # a contracted first person is the author, no speaker; an aide is a role
    ("Heading\n\nI’ve argued that the plan is flawed.", []),
    ("Heading\n\nTurnout fell sharply, according to a senior Republican aide.",
     [("Turnout fell sharply", "a senior Republican aide", "indirect")]),
    # "told reporters outside the court that": the place between the object and "that"
    ("Her lawyer, Dana Voss, told reporters outside the courthouse that her client would appeal.",
     [("her client would appeal", "Dana Voss", "indirect")]),
    # a place's state before a relative clause is the place's tail, not the subject
    ("The maker, Orrin Valves of Dayton, Ohio, which recalled the part, said it had found no other faults.",
     [("it had found no other faults", "Orrin Valves", "indirect")]),
    # "and state regulators": a reporting verb's noun twin before a noun opens no new report
    ("The utility said it had worked with federal and state regulators and would publish the audit.",
     [("it had worked with federal and state regulators", "The utility", "indirect"),
      ("would publish the audit", "The utility", "indirect")]),
    # organisations' names: a possessive post whole, an "and" before an organisation noun,
    # "Conference" and "Bar" as organisation nouns
    ("The Minister of Justice's office said it was reviewing the verdict.",
     [("it was reviewing the verdict", "The Minister of Justice's office", "indirect")]),
    ("Heading\n\nAccording to Northern Roads and Bridges Corp., repairs would take a year.",
     [("repairs would take a year", "Northern Roads and Bridges Corp.", "indirect")]),
    ("The Western Growers Conference said its members would plant less wheat.",
     [("its members would plant less wheat", "Western Growers Conference", "indirect")]),
    # an organisation's "and" before its noun; a name after "with ... and" is the phrase's
    ("The Nordic Timber and Paper Workers Association said mills would close.",
     [("mills would close", "Nordic Timber and Paper Workers Association", "indirect")]),
    ("Heading\n\nAccording to a filing with the Securities and Exchange Commission, Brindle cut 90 jobs. "
     "The company said sales had doubled.",
     [("Brindle cut 90 jobs", "a filing", "indirect"), ("sales had doubled", "Brindle", "indirect")]),
    ("The Licensed Cab Trade Forum said fares would rise.",
     [("fares would rise", "Licensed Cab Trade Forum", "indirect")]),
    # a quoted fragment in the second predicate: the first is a statement of its own
    ("The board said it was studying the complaint and would \"respond in full\" next month.",
     [("it was studying the complaint", "The board", "indirect"),
      ("would \"respond in full\" next month", "The board", "indirect")]),
    ("In a letter, the trust said it was reviewing its rotas and would \"put patients first.\"",
     [("it was reviewing its rotas", "the trust", "indirect"),
      ("would \"put patients first.", "the trust", "mixed")]),
    # a slogan after "is" in a relative clause set off by commas, the comma inside the mark
    ('Pell, whose campaign slogan is "Roads First, Roads Now," said he would fix the bridge.',
     [("he would fix the bridge", "Pell", "indirect")]),
    # a restrictive "whose": the possessed noun is the verb's subject, nobody named
    ("The analyst whose model first showed that rents would fall was hired by the bank.", []),
]

@pytest.mark.parametrize("text,expected", ZERO_THAT + CUE_AFTER + ACCORDING_TO + SUBJECT_APART + TWO_REPORTS
                         + UNNAMED + EXTENT + NOT_STATEMENTS + SPEAKERS + FURNITURE_AND_CHAINS + EVALUATIVE
                         + WHOSE_WORDS + LABELS + APPOSITION_AFTER + STYLE_SET_TWO + STYLE_SET_THREE + STYLE_SET_FOUR)
def test_golden(text, expected):
    check_exact(text, expected)
