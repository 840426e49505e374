"""Names and roles: titles split from names, organisations kept whole, surname particles.

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check


NAMES = [
    ("“We will win,” the Iranian Foreign Minister Reza Karimi said.",
     [("We will win,", "Reza Karimi", "direct")]),
    # organisation names that start with a word that is also a title stay whole
    ("“Nobody should be surprised,” the National Archive said in a statement.",
     [("Nobody should be surprised,", "National Archive", "direct")]),
    ("“It is a question of trust,” a spokesperson for the Energy Agency said.",
     [("It is a question of trust,", "Energy Agency", "direct")]),
    # lower-case surname particles when the first name is left out
    ("“We were not sharp enough,” van Loon told reporters after the match.",
     [("We were not sharp enough,", "van Loon", "direct")]),
    ("“It was a fair result,” said de Wilde.", [("It was a fair result,", "de Wilde", "direct")]),
    ("“We will appeal,” von der Heide said.", [("We will appeal,", "von der Heide", "direct")]),
    ("“We were lucky,” De Wilde said.", [("We were lucky,", "De Wilde", "direct")]),
    # "ten" before a plural is a count, not a particle: the group is the speaker
    ("“We will fight this,” ten Democrats said in a letter.", [("We will fight this,", "Democrats", "direct")]),
]


@pytest.mark.parametrize("text,expected", NAMES)
def test_names(text, expected):
    check(text, expected)
