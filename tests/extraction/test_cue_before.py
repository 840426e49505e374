"""A cue before the quote: 'X said: “...”', 'X told Y: “...”', 'X, an appositive, said “...”'.

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check


CUE_BEFORE = [
    # "X said:" and "X told Y:"
    ("Governor Ana Ruiz said: “The budget is balanced.”", [("The budget is balanced.", "Ana Ruiz", "direct")]),
    ("Ana Ruiz told the assembly: “We have no more money.”", [("We have no more money.", "Ana Ruiz", "direct")]),
    # appositive between subject and cue
    ("Peter Hall, a senior fellow at the Lakeside Institute, said “the plan cannot work.”",
     [("the plan cannot work.", "Peter Hall", None)]),
    ("Alan Price said the club was ‘in a mess’ and the owners’ plans were ‘a national embarrassment’.",
     [("in a mess", "Alan Price", None)]),
    # a name inside the speaker's noun phrase: the phrase speaks, as it does for a claim
    ("Analysts at Harbor Bank wrote in a note that the selloff “looks overdone”.",
     [("the selloff “looks overdone”", "Analysts at Harbor Bank", None)]),
    ("A spokesman for Ana Ruiz said: “The senator is on holiday.”",
     [("The senator is on holiday.", "A spokesman for Ana Ruiz", "direct")]),
    ("Jo Bell of the Tenants Union said: “The rent rise is illegal.”",
     [("The rent rise is illegal.", "Jo Bell", "direct")]),
]


@pytest.mark.parametrize("text,expected", CUE_BEFORE)
def test_cue_before(text, expected):
    check(text, expected)
