"""Embedded social posts signed "— Name (@handle) Month D, YYYY".

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check
from quotedb.extraction import extract


EMBEDDED = [
    ("Ports reopen at dawn, crews ready. — Harbor Authority (@harborauth) March 3, 2023",
     [("Ports reopen at dawn, crews ready.", "Harbor Authority", "embedded")]),
    # the signature on a line of its own under the post (an embed's blockquote as text)
    ("The singer answered on Tuesday.\n\nI make music for the fans, not the critics.\n\n"
     "— Lana Reyes (@lanareyes) July 2, 2024",
     [("I make music for the fans, not the critics.", "Lana Reyes", "embedded")]),
    # a signature alone with no post before it is nothing
    ("— Lana Reyes (@lanareyes) July 2, 2024", []),
]


@pytest.mark.parametrize("text,expected", EMBEDDED)
def test_embedded(text, expected):
    check(text, expected)


def test_embedded_post_handle_and_date():
    text = "#News @mhassan:“Enough is enough.” pic.twitter.com/x — Rights Desk (@rightsdesk) December 3, 2019"
    (q,) = extract(text).quotes
    assert q.text == "Enough is enough."
    assert q.speaker == "mhassan"
    assert q.date.value == "2019-12-03"
