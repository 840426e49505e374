"""Attribution golden tables: invented sentences per news convention, negatives included.

Each row: (text, expected) where expected lists (quoted text fragment, speaker, kind)
for every statement the extractor must report, in order; nothing else may be reported.
A speaker of None means "no speaker can be named".
"""

import pytest

from quotedb.extraction import extract


def run(text):
    return [(q.text, q.speaker, q.kind) for q in extract(text).quotes]


def check(text, expected):
    got = run(text)
    assert len(got) == len(expected), (text, got)
    for (gt, gs, gk), (et, es, ek) in zip(got, expected):
        assert et in gt, (text, got)
        assert gs == es, (text, got)
        if ek is not None:
            assert gk == ek, (text, got)


WIRE = [
    # AP style: quote first, then the cue
    ('WASHINGTON (AP) — The senator spoke on Tuesday.\n\n"We will not back down," Maria Lopez said.',
     [("We will not back down,", "Maria Lopez", "direct")]),
    # inverted cue with an appositive
    ('"The numbers are clear," said Tom Reed, a spokesman for the agency.',
     [("The numbers are clear,", "Tom Reed", "direct")]),
    ('"We will see," said Representative Felix Gallo earlier this month.',
     [("We will see,", "Felix Gallo", "direct")]),
    ("“The rules are clear,” the European Commission said in a statement.",
     [("The rules are clear,", "European Commission", "direct")]),
    ("“We will win,” the Iranian Foreign Minister Reza Karimi said.",
     [("We will win,", "Reza Karimi", "direct")]),
    # "X said:" and "X told Y:"
    ("Governor Ana Ruiz said: “The budget is balanced.”", [("The budget is balanced.", "Ana Ruiz", "direct")]),
    ("Ana Ruiz told the assembly: “We have no more money.”", [("We have no more money.", "Ana Ruiz", "direct")]),
    # appositive between subject and cue
    ("Peter Hall, a senior fellow at the Lakeside Institute, said “the plan cannot work.”",
     [("the plan cannot work.", "Peter Hall", None)]),
    # press statement by an organisation
    ('"We regret the delay," Northwind Airlines said in a statement.',
     [("We regret the delay,", "Northwind Airlines", "direct")]),
    # organisation names that start with a word that is also a title stay whole
    ("“Nobody should be surprised,” the National Archive said in a statement.",
     [("Nobody should be surprised,", "National Archive", "direct")]),
    ("“It is a question of trust,” a spokesperson for the Energy Agency said.",
     [("It is a question of trust,", "Energy Agency", "direct")]),
]

SPORTS = [
    ("“We were second best and we know it,” admits midfielder Jonas Berg.",
     [("We were second best and we know it,", "Jonas Berg", "direct")]),
    ("“I just wanted to score,” Leo Marsh, 24, said after the match.",
     [("I just wanted to score,", "Leo Marsh", "direct")]),
    # lower-case surname particles when the first name is left out
    ("“We were not sharp enough,” van Loon told reporters after the match.",
     [("We were not sharp enough,", "van Loon", "direct")]),
    ("“It was a fair result,” said de Wilde.", [("It was a fair result,", "de Wilde", "direct")]),
    ("“We will appeal,” von der Heide said.", [("We will appeal,", "von der Heide", "direct")]),
    ("“We were lucky,” De Wilde said.", [("We were lucky,", "De Wilde", "direct")]),
    # ... and resolved to the full name written earlier
    ("Coach Pieter ten Kate said on Friday: “We have to improve.” Later ten Kate added: “They know it.”",
     [("We have to improve.", "Pieter ten Kate", "direct"), ("They know it.", "Pieter ten Kate", "direct")]),
    ("Jens van Loon was furious. “We were not good enough,” van Loon said.",
     [("We were not good enough,", "Jens van Loon", "direct")]),
    # the full name written only in a sentence without a quote
    ("Pieter ten Kate joined the club in May.\n\n“We have to improve,” ten Kate said.",
     [("We have to improve,", "Pieter ten Kate", "direct")]),
    ("Anna della Rosa joined the club in May.\n\n“We have to improve,” della Rosa said.",
     [("We have to improve,", "Anna della Rosa", "direct")]),
    # "ten" before a plural is a count, not a particle
    ("“We will fight this,” ten Democrats said in a letter.", [("We will fight this,", None, "direct")]),
]

BRITISH = [
    ("‘We’ve let the supporters down,’ said manager Alan Price. ‘It’s on me.’",
     [("We’ve let the supporters down,", "Alan Price", "direct"), ("It’s on me.", "Alan Price", None)]),
    ("Alan Price said the club was ‘in a mess’ and the owners’ plans were ‘a national embarrassment’.",
     [("in a mess", "Alan Price", None)]),
    # straight single quotes opening the next sentence; role noun with the name in apposition
    ("LONDON - 'We gave everything,' said the club's manager, Rita Moss. 'It wasn't enough.'",
     [("We gave everything,", "Rita Moss", "direct"), ("It wasn't enough.", "Rita Moss", "direct")]),
    ('"We are on track," said the company\'s chief executive, Omar Haddad, on Monday.',
     [("We are on track,", "Omar Haddad", "direct")]),
    # a short quote alone in a paragraph after a quoted paragraph goes on with its speaker
    ("'We were poor,' said Rita Moss.\n\n'It wasn't good enough.'",
     [("We were poor,", "Rita Moss", "direct"), ("It wasn't good enough.", "Rita Moss", "direct")]),
    # a weekday after the comma is not a name
    ('"It was close," said the minister, Tuesday.', [("It was close,", None, "direct")]),
]

QA = [
    ("Interview with Ngozi Okafor.\n\nOkafor: “We started with nothing.”\n\nOkafor: “Now we export to ten countries.”",
     [("We started with nothing.", "Ngozi Okafor", "direct"), ("Now we export to ten countries.", "Ngozi Okafor", "direct")]),
]

CONTEXT = [
    # speaker from the sentence before, no cue
    ("Finance Minister Clara Stone was blunt. “There is no money left.”",
     [("There is no money left.", "Clara Stone", None)]),
    # pronoun resolved to the person named before, not to names inside quotes
    ("Rafael Ortiz, the mayor, spoke first. “Ask John Doe and Mary Poe,” he said.",
     [("Ask John Doe and Mary Poe,", "Rafael Ortiz", "direct")]),
    # role noun resolved to the person named earlier with that role
    ("The trade minister, Hugo Lind, arrived late.\n\n“We need more time,” the minister said.",
     [("We need more time,", "Hugo Lind", "direct")]),
    # a continuation quote with no cue of its own keeps the speaker
    ("“It was hard,” Sara Kim said. “But we finished.”",
     [("It was hard,", "Sara Kim", "direct"), ("But we finished.", "Sara Kim", None)]),
    # press-release copy: "the company"/"the club"/"the bank" after the organisation is
    # named, though its name does not contain the noun
    ("Halvorsen Industries said on Monday it would close two plants. “This was a difficult decision,”"
     " the company said in a statement.",
     [("This was a difficult decision,", "Halvorsen Industries", "direct")]),
    ("Bramley Rovers dismissed their coach on Sunday.\n\n“We thank him for his service,” the club said.",
     [("We thank him for his service,", "Bramley Rovers", "direct")]),
    ("Kestrel Bank cut its growth forecast. “Risks have risen,” the bank said.",
     [("Risks have risen,", "Kestrel Bank", "direct")]),
    # an organisation inside a prepositional phrase is not the subject it would stand for
    ("Bramley Rovers dismissed their coach. Officials at the Northern Football Association declined to"
     " comment. “We wish him well,” the club said.",
     [("We wish him well,", "Bramley Rovers", "direct")]),
    # a possessor's noun is not resolved to the organisation last named
    ("Halvorsen Industries closed a plant. “We had no warning,” his organization said.",
     [("We had no warning,", None, "direct")]),
    # government nouns are not guessed from the last organisation
    ("Halvorsen Industries closed a plant. “We are monitoring the situation,” the ministry said.",
     [("We are monitoring the situation,", None, "direct")]),
]

INDIRECT = [
    ("Senator Paula Grant said last week that the bill would pass easily.",
     [("the bill would pass easily", "Paula Grant", "indirect")]),
    ("According to Eastfield Police, the suspect fled on foot.",
     [("the suspect fled on foot", "Eastfield Police", "indirect")]),
    ("Mayor Dan Cole told reporters that the bridge would reopen in May.",
     [("the bridge would reopen in May", "Dan Cole", "indirect")]),
    ("Energy Secretary Lin Wu warned that prices could double.",
     [("prices could double", "Lin Wu", "indirect")]),
    # mixed: the quoted fragment inside a reported clause
    ("Lin Wu told the Daily Ledger that the company “will not survive another winter.”",
     [("will not survive another winter.", "Lin Wu", "mixed")]),
    # a vague group speaker is not reported as an indirect claim
    ("Critics have long said that the plan was too expensive.", []),
    # no "that": a subject pronoun or a determiner opens the reported clause
    ("Analyst Rosa Diaz said the selloff could continue into next week.",
     [("the selloff could continue into next week", "Rosa Diaz", "indirect")]),
    ("Coach Ivan Petrov insisted he had never lost faith in the squad.",
     [("he had never lost faith in the squad", "Ivan Petrov", "indirect")]),
    # a non-restrictive relative clause about someone else is not part of the claim
    ("Rosa Diaz said the delay helped Omar Haddad, who had asked for more time.",
     [("the delay helped Omar Haddad", "Rosa Diaz", "indirect")]),
    # the writer's own clause after ", but she ..." or a comma splice is not reported
    ("Rosa Diaz said she would not withdraw from the race, but she has bristled at the question.",
     [("she would not withdraw from the race", "Rosa Diaz", "indirect")]),
    # a fronted condition keeps its main clause
    ("Rosa Diaz said that if the talks collapse next week, they will walk away for good.",
     [("if the talks collapse next week, they will walk away for good", "Rosa Diaz", "indirect")]),
    # noun-phrase objects are not clauses
    ("Senator Paula Grant maintains a large lead in the polls.", []),
    ("Senator Paula Grant stressed the risks of the plan on Sunday.", []),
    ("Paula Grant said the words.", []),
]

EMBEDDED = [
    ("Ports reopen at dawn, crews ready. — Harbor Authority (@harborauth) March 3, 2023",
     [("Ports reopen at dawn, crews ready.", "Harbor Authority", "embedded")]),
]

NEGATIVES = [
    # a quoted subheading between paragraphs of prose
    ("The campaign opened offices across the state in April.\n\n‘Relationships that last.’\n\n"
     "Volunteers knocked on doors every weekend.", []),
    # scare quotes and single words
    ("The party accused its rivals of collusion with the “enemy.”", []),
    ("Some called the move “treason.”", []),
    # a quoted noun phrase after a determiner is a name or a scare quote
    ("She wore a “lucky charm” bracelet to every match.", []),
    # titles of events, songs, books and shows
    ("Thousands attended the annual “Summer of Light” festival in Lyon.", []),
    ("She sang “Blue Harbor Nights” at the gala.", []),
    ("Carson said on NBC’s “Meet the Press.”", []),
    # a cited headline with its byline
    ('Read more: "Harbor city opens new ferry line," by the Gazette\'s Tom Bell.', []),
]

CLAUSES = [
    # the reported clause a quoted fragment sits in: after "said", "that", a
    # participle, an infinitive; ending at a second report or a subordinate clause
    ("Mayor Dan Cole said the bridge was “a disgrace” and would close.",
     [("the bridge was “a disgrace” and would close", "Dan Cole", "indirect")]),
    ("Ana Ruiz attacked the plan on Monday, saying it was “dead on arrival.”",
     [("it was “dead on arrival.", "Ana Ruiz", None)]),
    ("Tom Reed vowed to “fight for every vote” in the state.",
     [("to “fight for every vote” in the state", "Tom Reed", "mixed")]),
    ("Lin Wu said the deal was “fragile” and then tweeted that it was over.",
     [("the deal was “fragile”", "Lin Wu", None)]),
]


@pytest.mark.parametrize("text,expected", WIRE + SPORTS + BRITISH + QA + CONTEXT + INDIRECT + EMBEDDED + NEGATIVES + CLAUSES)
def test_attribution(text, expected):
    check(text, expected)


def test_cue_venue_and_date_are_recorded():
    text = ("Written by A. Writer on 28 January 2020.\n\n"
            "“We talk to everyone,” Lena Fischer told Germany’s Der Spiegel on January 24.")
    (q,) = extract(text).quotes
    assert q.speaker == "Lena Fischer"
    assert q.cue == "told"
    assert q.venue == "Der Spiegel"
    assert q.date is not None and q.date.value == "2020-01-24"
    assert 0.0 <= q.confidence <= 1.0


def test_embedded_post_handle_and_date():
    text = "#News @mhassan:“Enough is enough.” pic.twitter.com/x — Rights Desk (@rightsdesk) December 3, 2019"
    (q,) = extract(text).quotes
    assert q.text == "Enough is enough."
    assert q.speaker == "mhassan"
    assert q.date.value == "2019-12-03"


def test_reported_clause_stops_before_a_non_restrictive_relative_clause():
    quotes = extract("Rosa Diaz said the delay helped Omar Haddad, who had asked for more time.").quotes
    assert [q.text for q in quotes] == ["the delay helped Omar Haddad"]


def test_reported_clause_stops_before_but_with_a_new_subject():
    quotes = extract("Rosa Diaz said she would not withdraw from the race, but she has bristled at the question.").quotes
    assert [q.text for q in quotes] == ["she would not withdraw from the race"]


@pytest.mark.parametrize("words, text, expected", [
    (["say", "says", "said"], "she says he said they say so; sayings", ["says", "said", "say", "say"]),
    (["a", "an", "and"], "and an a ant", ["and", "an", "a", "an"]),  # longest first
    (["told", "tell"], "Tell tolled", []),  # literal and case-sensitive
    (["re.port"], "re.port report", ["re.port"]),  # metacharacters escaped
])
def test_word_trie_matches_what_the_plain_alternation_matches(words, text, expected):
    import re

    from quotedb.extraction.attribution.reported import word_trie

    trie = re.compile(word_trie(words))
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert trie.findall(text) == plain.findall(text) == expected
