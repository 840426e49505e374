"""The one renderer."""

from __future__ import annotations

import io
import json

from quotedb.render import _truncate, _width, render, render_record

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


def test_on_a_terminal_the_table_fits_the_width(monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    rows = [{"speaker": "Jane Doe", "quote": "word " * 40 + "\x1b[1;33mnegotiate\x1b[0m", "id": 1}]
    buf = _Terminal()
    render(rows, "table", out=buf)
    lines = buf.getvalue().splitlines()
    assert all(_width(line) <= 60 for line in lines)
    assert lines[1].rstrip().endswith("1") and "…" in lines[1]
