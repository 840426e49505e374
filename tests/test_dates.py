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
    # a weekday before the date, on a line of its own or after a byline
    ("Headline\n\nBy Ann Weir, Health Editor\n\nThursday 14 May 2026\n\nText.", "2026-05-14"),
    ("Headline\n\nFriday, October 2, 2026\n\nText.", "2026-10-02"),
    ("Live: strikes spread\n\nStaff reporters | Tuesday 3 March 2026\n\nText.", "2026-03-03"),
    ("Headline\n\nNews desk · 9 June 2025\n\nText.", "2025-06-09"),
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


# conventions found in invented feature, profile and live-blog copy
MONTHS_AND_YEARS = [
    # a month named alone: the publication year, or the one before when it lies ahead
    ("told the council in March that", "2026-06-21", ("2026-03", "month")),
    ("said in November that", "2026-01-22", ("2025-11", "month")),
    ("complained in early February that", "2026-06-21", ("2026-02", "month")),
    ("At the conference last October, she said", "2026-05-18", ("2025-10", "month")),
    ("wrote last April that", "2026-09-05", ("2026-04", "month")),
    # a long month name with its year or day is read whole, not as the month alone
    ("at the opening in September 2024, she said", "2026-03-12", ("2024-09", "month")),
    ("said in November, 2023, that", "2026-03-12", ("2023-11", "month")),
    ("in December 12, 2024 he said", "2026-03-12", ("2024-12-12", "day")),
    ("said this morning that", "2026-03-03", ("2026-03-03", "day")),
    ("told the radio station this afternoon", "2026-03-03", ("2026-03-03", "day")),
    # a year that dates the occasion of a statement
    ("In a 2017 interview with the magazine, she said", "2026-04-09", ("2017", "year")),
    ("in his 2019 speech to the party, he said", "2026-04-09", ("2019", "year")),
]


def test_months_alone_and_years_of_occasions():
    for text, published, expected in MONTHS_AND_YEARS:
        got = values(text, published)
        assert got and got[0][:2] == expected, (text, got)


def test_month_words_that_are_no_dates():
    # "may" the verb, a month with its day (read whole), a year of something else
    assert values("officials may decide soon", "2026-03-03") == []
    # a statement looks back: a month still ahead of publication is last year's
    assert values("she said in June", "2026-03-03")[0][:2] == ("2025-06", "month")
    assert values("she said in May 2024", "2026-03-03")[0][:2] == ("2024-05", "month")
    assert values("she said on March 3", "2026-03-05")[0][:2] == ("2026-03-03", "day")
    assert values("under a 2017 law, he said", "2026-03-05") == []


# capitalised inside a sentence, "Today" and "Tonight" name a programme or a paper
PROGRAMME_NAMES = [
    ("told Radio Kestrel's Harvest Today on Friday that", "2024-06-08", [("2024-06-07", "day")]),
    ("she told USA Today that", "2024-06-08", []),
    ("he told the Tonight show host that", "2024-06-08", []),
    ("Today, the mayor said", "2024-06-08", [("2024-06-08", "day")]),
    ("The vote failed. Tonight the council meets again.", "2024-06-08", [("2024-06-08", "day")]),
    ("she said today that", "2024-06-08", [("2024-06-08", "day")]),
]


def test_programme_names_are_no_dates():
    for text, published, expected in PROGRAMME_NAMES:
        assert [v[:2] for v in values(text, published)] == expected, text


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
