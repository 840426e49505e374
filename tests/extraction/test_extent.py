"""The extent of a statement around a quoted fragment: the reported clause it sits in.

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check


CLAUSES = [
    # the reported clause a quoted fragment sits in: after "said", "that", a
    # participle, an infinitive; ending at a second report or a subordinate clause
    ("Mayor Dan Cole said the bridge was “a disgrace” and would close for a month.",
     [("the bridge was “a disgrace”", "Dan Cole", "indirect"), ("would close for a month", "Dan Cole", "indirect")]),
    ("Ana Ruiz attacked the plan on Monday, saying it was “dead on arrival.”",
     [("it was “dead on arrival.", "Ana Ruiz", None)]),
    ("Tom Reed vowed to “fight for every vote” in the state.",
     [("to “fight for every vote” in the state", "Tom Reed", "mixed")]),
    ("Lin Wu said the deal was “fragile” and then tweeted that it was over.",
     [("the deal was “fragile”", "Lin Wu", None), ("it was over", "Lin Wu", None)]),
]


@pytest.mark.parametrize("text,expected", CLAUSES)
def test_extent(text, expected):
    check(text, expected)
