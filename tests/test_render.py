"""The one renderer."""

from __future__ import annotations

import io
import json

import pytest

from quotedb.errors import QueryError
from quotedb.render import (_ANSI, _truncate, _width, _wrap, fit_widths, pick_columns, render,
                           render_record)

ROWS = [{"id": 1, "speaker": "Jane Doe", "quote": "We will\nnegotiate", "aliases": ["Doe", "J. Doe"],
         "confidence": 0.875, "date": None}]


def out_of(fmt, rows=ROWS, **kw):
    buf = io.StringIO()
    n = render(iter(rows), fmt, out=buf, **kw)
    return n, buf.getvalue()


def test_json_is_a_list_and_jsonl_one_object_a_line():
    n, text = out_of("json")
    assert n == 1 and json.loads(text) == ROWS
    n, text = out_of("jsonl", ROWS * 3)
    assert n == 3 and [json.loads(line) for line in text.splitlines()] == ROWS * 3
    assert json.loads(out_of("json", [])[1]) == []


def test_csv_flattens_lists_and_keeps_full_precision():
    _, text = out_of("csv")
    header, row = text.splitlines()[0], text.splitlines()[1:]
    assert header == "id,speaker,quote,aliases,confidence,date"
    assert "Doe, J. Doe" in text and "0.875" in text and '"We will\nnegotiate"' in text


def test_table_picks_columns_and_puts_each_row_on_one_line():
    _, text = out_of("table", table_columns=["speaker", "quote"])
    lines = text.splitlines()
    assert lines[0].split() == ["SPEAKER", "QUOTE"]
    assert lines[1].startswith("Jane Doe") and "We will negotiate" in lines[1]
    assert len(lines) == 2


def test_truncation_counts_visible_characters_and_closes_colour():
    s = "abc \x1b[1;33mnegotiate\x1b[0m xyz"
    assert _width(s) == 17
    cut = _truncate(s, 8)
    assert _width(cut) == 8 and cut.endswith("\x1b[0m") and cut.count("…") == 1


def test_record_as_table_and_json():
    buf = io.StringIO()
    render_record({"documents": 3, "first_date": None}, "table", out=buf)
    assert buf.getvalue() == "documents   3\nfirst_date\n"
    buf = io.StringIO()
    render_record({"documents": 3}, "json", out=buf)
    assert json.loads(buf.getvalue()) == {"documents": 3}


class _Terminal(io.StringIO):
    def isatty(self):
        return True


def test_on_a_terminal_the_quote_wraps_within_the_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    rows = [{"speaker": "Jane Doe", "quote": "word " * 40 + "\x1b[1;33mnegotiate\x1b[0m", "id": 1}]
    buf = _Terminal()
    render(rows, "table", out=buf)
    lines = buf.getvalue().splitlines()
    assert all(_width(line) <= 60 for line in lines)
    assert lines[1].startswith("Jane Doe") and lines[1].rstrip().endswith("1")
    assert "…" not in buf.getvalue()
    quote = " ".join(_ANSI.sub("", line[10:]).strip().rstrip("1").strip() for line in lines[1:])
    assert quote.split() == ["word"] * 40 + ["negotiate"]
    assert lines[-1].count("\x1b[1;33m") == 1 and lines[-1].endswith("\x1b[0m")


def test_wrap_closes_a_colour_at_the_line_end_and_reopens_it():
    lines = _wrap("aa \x1b[1mbb cc dd\x1b[0m ee", 5)
    assert [_ANSI.sub("", x) for x in lines] == ["aa bb", "cc dd", "ee"]
    assert lines[0].endswith("\x1b[0m") and lines[1].startswith("\x1b[1m")
    assert _wrap("abcdefghij", 4) == ["abcd", "efgh", "ij"]


# (columns, natural widths, room) -> widths: the quote gets the room, titles are cut first
FITS = [
    (["speaker", "quote", "title", "id"], [20, 30, 40, 2], 100, [20, 30, 40, 2]),
    (["speaker", "quote", "title", "id"], [20, 200, 40, 2], 100, [20, 70, 8, 2]),
    (["speaker", "quote", "title", "id"], [20, 50, 40, 2], 100, [20, 50, 28, 2]),
    (["speaker", "date", "quote", "title", "id"], [24, 10, 200, 80, 2], 40, [12, 10, 20, 8, 2]),
    (["speaker", "date", "quote", "title", "id"], [24, 10, 200, 80, 2], 70, [12, 10, 38, 8, 2]),
    (["speaker", "date", "quote", "title", "id"], [24, 10, 200, 80, 2], 110, [24, 10, 66, 8, 2]),
    (["a", "b"], [5, 300], 50, [5, 45]),
]


def test_fit_widths_drops_the_title_before_starving_the_quote():
    cols, natural = ["speaker", "quote", "title", "id"], [30, 200, 80, 2]
    assert fit_widths(cols, natural, 60, drop=True) == ([20, 40, 0, 2], 1)
    assert fit_widths(cols, natural, 60)[0] == [12, 38, 8, 2]


@pytest.mark.parametrize("cols, natural, room, expected", FITS)
def test_fit_widths(cols, natural, room, expected):
    assert fit_widths(cols, natural, room)[0] == expected


def test_piped_tables_fit_columns_or_100(monkeypatch):
    rows = [{"speaker": "Jane Doe", "quote": "long words " * 50, "title": "T" * 90, "id": 7}]
    monkeypatch.delenv("COLUMNS", raising=False)
    _, text = out_of("table", rows)
    assert max(map(len, text.splitlines())) <= 100 and len(text.splitlines()) > 5
    monkeypatch.setenv("COLUMNS", "70")
    _, text = out_of("table", rows)
    assert max(map(len, text.splitlines())) <= 70
    _, text = out_of("table", rows, wide=True)
    assert len(text.splitlines()) == 2 and "T" * 90 in text


def test_select_picks_columns_in_every_format():
    assert out_of("csv", select=["speaker", "id"])[1] == "speaker,id\nJane Doe,1\n"
    assert json.loads(out_of("json", select=["id"])[1]) == [{"id": 1}]
    assert out_of("table", select=["id", "speaker"])[1].splitlines()[0].split() == ["ID", "SPEAKER"]
    assert pick_columns("id, speaker", ["speaker", "id"]) == ["id", "speaker"]
    with pytest.raises(QueryError, match="choose from speaker,id"):
        pick_columns("nope", ["speaker", "id"])


def test_a_published_date_standing_in_is_marked():
    rows = [{"date": "2020-01-28", "date_source": "published", "quote": "x"},
            {"date": "2020-01-24", "date_source": "explicit", "quote": "y"}]
    lines = out_of("table", rows, table_columns=["date", "quote"])[1].splitlines()
    assert lines[1].startswith("2020-01-28 (published)") and "(published)" not in lines[2]
    picked = out_of("table", rows, select=["date", "quote"])[1].splitlines()  # --columns
    assert picked == lines
