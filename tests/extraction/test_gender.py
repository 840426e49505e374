"""Gender of first names for pronoun agreement: gender-guesser's list, with a name that
one sex bears in English-speaking countries and the other elsewhere left neutral.

Golden rows: (first name, expected gender) and (text, expected) as in golden.check."""

import pytest

from golden import check
from quotedb.extraction.gender import agrees, is_first_name, matches, name_gender

FIRST_NAMES = [
    ("John", "m"), ("Anna", "f"), ("Lee", "m"),
    # male in France, female in the US and Britain: says nothing in this news
    ("Patrice", None), ("Jean", None), ("Carol", None),
    # not a name in the list
    ("Zxqv", None), ("", None),
    # mostly one sex: still tells which person to prefer
    ("Hollis", "m"), ("Erin", "f"),
    # diacritics the list spells without
    ("Siân", "f"), ("Zoë", "f"),
]


@pytest.mark.parametrize("first,expected", FIRST_NAMES)
def test_name_gender(first, expected):
    assert name_gender(first) == expected


def test_first_names_of_either_sex_are_still_first_names():
    assert is_first_name("Pat") and name_gender("Pat") is None
    assert is_first_name("Patrice") and is_first_name("John")
    assert not is_first_name("Halvorsen") and not is_first_name("")


def test_agreement_needs_both_genders_known():
    assert agrees("she", "John Hale") is False
    assert agrees("she", "Patrice Hale") is True
    assert agrees("he", "Hale") is True


def test_a_name_mostly_of_one_sex_rules_nobody_out():
    assert agrees("she", "Hollis Penn") is True and agrees("he", "Erin Walsh") is True
    assert matches("he", "Hollis Penn") and not matches("she", "Hollis Penn")
    assert matches("she", "Anna Lind") and not matches("she", "Pat Lind")


PRONOUNS = [
    # a neutral first name does not stop "she" from reaching the person just named
    ("Nurse Ana Lind opened the new ward on Monday. Patrice Moreau, director of the stroke"
     " network, spoke next. “The spouse often has to stop working,” she said.",
     [("The spouse often has to stop working,", "Patrice Moreau", "direct")]),
    # a woman whose first name is mostly a man's: "she" is still the coach just named,
    # not the player quoted two paragraphs before
    ("“We were flat,” said forward Maisie Corrigan.\n\n"
     "Coach Hollis Brandreth, 44, insisted the referee had missed two fouls in the first half.\n\n"
     "She noted that the visitors had rested all week. “They had six days. We had two,” she said.",
     [("We were flat,", "Maisie Corrigan", "direct"),
      ("the referee had missed two fouls in the first half", "Hollis Brandreth", "indirect"),
      ("the visitors had rested all week", "Hollis Brandreth", "indirect"),
      ("They had six days. We had two,", "Hollis Brandreth", "direct")]),
    # "Asked about X, she said": the one asked is the chain's subject, not X
    ("Race director Fiona Garrow defended the course. Asked about criticism from the ambulance chief, "
     "Helen Brandt, who told local radio that the start was too late, she said: “We will review it.”",
     [("the start was too late", "Helen Brandt", "indirect"), ("We will review it.", "Fiona Garrow", "direct")]),
    # a first name alone in apposition is a person "she" can stand for
    ("Aled Moor refereed 300 games. Nia Price, his editor, read the book. That daughter, Siân, "
     "is now 31. She remembers the evenings. “Dad would weed for an hour,” she says.",
     [("Dad would weed for an hour,", "Siân", "direct")]),
    # and a man's pronoun still prefers the man whose name tells it when the subject's does not
    ("Coach Darnell Okafor said he did not blame the referee for the foul called on Terrence Mabb, "
     "though he called it “a harsh whistle”.",
     [("he did not blame the referee for the foul called on Terrence Mabb", "Darnell Okafor", "indirect"),
      ("it “a harsh whistle”", "Darnell Okafor", "mixed")]),
]


@pytest.mark.parametrize("text,expected", PRONOUNS)
def test_pronouns(text, expected):
    check(text, expected)
