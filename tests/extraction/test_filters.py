"""What is not a statement: subheadings, scare quotes, titles, cited headlines.

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check


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


@pytest.mark.parametrize("text,expected", NEGATIVES)
def test_filters(text, expected):
    check(text, expected)
