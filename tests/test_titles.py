"""Headlines: advert residue, navigation and whole paragraphs are not titles."""

from __future__ import annotations

import pytest

from quotedb.extraction import extract
from quotedb.extraction.titles import title_verdict

VERDICTS = [
    ("Mayor Backs New Tram Line", "title"),
    ("728 x 90", "skip"),
    ("300x250", "skip"),
    ("970 × 250 px", "skip"),
    ("Advertisement", "skip"),
    ("Home | World | Middle East", "skip"),
    ("News › Politics › Transport", "skip"),
    ("Home News Sport Video", "skip"),
    ("Skip to content", "skip"),
    ("Why 5 x 5 grids matter for city planning", "title"),
    ("Bus fares: what changes in May", "title"),
    ("The council met on Tuesday and, after a long debate about the cost of the new tram "
     "line and the closure of two bus depots, voted to delay the decision until spring.", "stop"),
]


@pytest.mark.parametrize("line, verdict", VERDICTS)
def test_title_verdict(line, verdict):
    assert title_verdict(line) == verdict


BODY = "\n\n“We will build it,” the mayor, Ada Stone, said on Monday.\n"


@pytest.mark.parametrize("head, title", [
    ("728 x 90\n\nTram line approved", "Tram line approved"),
    ("Home | City | Transport\n\nAdvertisement\n\nTram line approved", "Tram line approved"),
    ("The council met on Tuesday and, after a long debate about the cost of the new tram line "
     "and the closure of two bus depots, voted to delay the decision until the spring.", None),
    ("# Tram line approved", "Tram line approved"),
])
def test_extracted_titles(head, title):
    assert extract(head + BODY).meta.title == title


def test_seed_titles(seeds_db, cli):
    titles = {r["title"] for r in cli("sql", "SELECT title FROM documents", "--db", seeds_db,
                                      "-f", "json").json()}
    assert "Toxic negotiations and a dead-end for Iran’s regime" in titles
    assert None in titles  # the seed that opens with its first paragraph
    assert all(t is None or len(t) <= 150 for t in titles) and "728 x 90" not in titles
