"""Gender of first names for pronoun agreement: gender-guesser's list, with a name that
one sex bears in English-speaking countries and the other elsewhere left neutral.

Golden rows: (first name, expected gender) and (text, expected) as in golden.check."""

import pytest

from golden import check
from quotedb.extraction.gender import agrees, is_first_name, name_gender

FIRST_NAMES = [
    ("John", "m"), ("Anna", "f"), ("Lee", "m"),
    # male in France, female in the US and Britain: says nothing in this news
    ("Patrice", None), ("Jean", None), ("Carol", None),
    # not a name in the list
    ("Zxqv", None), ("", None),
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


PRONOUNS = [
    # a neutral first name does not stop "she" from reaching the person just named
    ("Nurse Ana Lind opened the new ward on Monday. Patrice Moreau, director of the stroke"
     " network, spoke next. “The spouse often has to stop working,” she said.",
     [("The spouse often has to stop working,", "Patrice Moreau", "direct")]),
]


@pytest.mark.parametrize("text,expected", PRONOUNS)
def test_pronouns(text, expected):
    check(text, expected)
