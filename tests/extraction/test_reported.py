"""Reported speech without quote marks: 'X said (that) ...', 'according to X, ...'; where
the reported clause ends.

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check
from quotedb.extraction import extract


REPORTED = [
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
    # a group speaker reports a claim too, kept as its noun phrase (issue 11) ...
    ("Critics said on Monday that the plan was too expensive.",
     [("the plan was too expensive", "Critics", "indirect")]),
    # ... but a stance held over time is no statement made
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


@pytest.mark.parametrize("text,expected", REPORTED)
def test_reported(text, expected):
    check(text, expected)


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
