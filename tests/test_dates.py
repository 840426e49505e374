"""Publication dates from bylines/datelines, and dates near statements."""

from quotedb.extraction.dates import find_dates, find_published, parse_iso
from quotedb.extraction import extract
from quotedb.extraction.segment import paragraphs


def pub(text):
    ref = find_published(text, paragraphs(text))
    return ref.value if ref else None


PUBLISHED = [
    ("Headline\n\nWritten by Jane Roe on 28 January 2020 .\n\nBody.", "2020-01-28"),
    ("Title\n\nIran, June 8, 2019 - Officials met.", "2019-06-08"),
    ("WASHINGTON, March 3, 2023 — The Senate voted.", "2023-03-03"),
    ("Title\nPublished 16 November 2022\nText.", "2022-11-16"),
    ("By Sam Hill | Jan. 5, 2021\n\nText.", "2021-01-05"),
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", None),
    ("Nothing dated here at all.", None),
]


def test_published_table():
    for text, expected in PUBLISHED:
        assert pub(text) == expected, text


def values(text, published=None):
    ref = parse_iso(published)
    return [(d.value, d.precision, d.source) for d in find_dates(text, 0, len(text), ref)]


def test_explicit_dates_and_precision():
    assert values("on September 1, 2019 and 5 November 2018") == [
        ("2019-09-01", "day", "explicit"), ("2018-11-05", "day", "explicit")]
    assert values("arrested in July 2018") == [("2018-07", "month", "explicit")]
    assert values("said in 2019 that") == [("2019", "year", "explicit")]
    assert values("on January 9th during a speech") == [("XXXX-01-09", "day", "explicit")]


def test_year_inferred_from_publication():
    assert values("On January 24, he spoke.", "2020-01-28") == [("2020-01-24", "day", "explicit")]
    # a month after publication belongs to the year before
    assert values("On December 30, he spoke.", "2020-01-28") == [("2019-12-30", "day", "explicit")]


def test_relative_dates():
    # 2020-01-28 is a Tuesday
    assert values("on Tuesday", "2020-01-28")[0][:2] == ("2020-01-28", "day")
    assert values("on Monday", "2020-01-28")[0][:2] == ("2020-01-27", "day")
    assert values("yesterday", "2020-01-28")[0][:2] == ("2020-01-27", "day")
    assert values("last week", "2020-01-28")[0][:2] == ("2020-01-21", "day")
    assert values("two years ago", "2020-01-28")[0] == ("2018", "year", "relative")
    assert values("last month", "2020-01-28")[0][:2] == ("2019-12", "month")
    assert values("on Tuesday") == []  # no anchor: no guess


def test_next_day_chains_off_the_date_just_mentioned():
    got = values("On January 24, A spoke. The next day, B replied. On the same day, C wrote.")
    assert [v for v, _, _ in got] == ["XXXX-01-24", "XXXX-01-25", "XXXX-01-25"]
    assert got[1][2] == "relative"


def test_quote_date_prefers_its_own_sentence_then_paragraph_then_publication():
    text = ("Written by Ann Lee on 10 March 2021.\n\n"
            "“We agree,” Tom Ash said on March 2.\n\n"
            "On March 5, Eva Lind spoke. “We disagree,” she said.\n\n"
            "“No comment,” Ian Roe said.")
    qs = extract(text).quotes
    assert [q.date.value for q in qs] == ["2021-03-02", "2021-03-05", "2021-03-10"]
    assert qs[2].date.source == "published"
    assert extract(text).meta.published.value == "2021-03-10"


def test_published_argument_overrides_the_text():
    ex = extract("Written by Ann Lee on 10 March 2021.\n\n“Yes, we will,” Tom Ash said.", published="2021-04-01")
    assert ex.meta.published.value == "2021-04-01"
    assert ex.quotes[0].date.value == "2021-04-01"
