"""A colon introduction: Q&A transcripts written "Name: “...”".

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check


COLON = [
    ("Interview with Ngozi Okafor.\n\nOkafor: “We started with nothing.”\n\nOkafor: “Now we export to ten countries.”",
     [("We started with nothing.", "Ngozi Okafor", "direct"), ("Now we export to ten countries.", "Ngozi Okafor", "direct")]),
]


@pytest.mark.parametrize("text,expected", COLON)
def test_colon(text, expected):
    check(text, expected)
