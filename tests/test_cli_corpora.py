"""Real corpora in: saved web pages (trafilatura) and JSON Lines / CSV article dumps."""

from __future__ import annotations

import io
import json
import sqlite3

import pytest

from quotedb.errors import InputError
from quotedb.sources import Problem, SourceDoc, iso_date, parse_fields, read_jsonl

PAGE = """<!DOCTYPE html><html lang="en"><head>
<title>Harbour deal | The Coastal Ledger</title>
<link rel="canonical" href="https://ledger.example.org/2021/03/harbour-deal">
<meta name="author" content="Priya Fenwick">
<meta property="article:published_time" content="2021-03-09T07:30:00+00:00">
<meta property="og:title" content="Port authority ready to negotiate harbour deal">
</head><body>
<nav><a href="/">Home</a> | <a href="/business">Business</a> | <a href="/login">Sign in</a></nav>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies.</div>
<article>
<h1>Port authority ready to negotiate harbour deal</h1>
<p>The port authority said on Monday that it would reopen talks with the shipping
companies after a week of strikes that left containers stacked along the quay.</p>
<p>“We are prepared to negotiate a new harbour agreement before the summer season,”
Marta Oyelaran, the authority's chief executive, told reporters at the terminal.</p>
<p>Union leaders welcomed the offer but said any deal would have to protect the jobs
of the crane operators who walked out last week over new rostering rules.</p>
</article>
<aside>Most read: Ten gardens to visit this spring</aside>
<footer>Copyright 2021 The Coastal Ledger. All rights reserved. Subscribe today.</footer>
</body></html>
"""


def _db_rows(db_path, sql):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def test_html_page_main_text_and_metadata_are_stored(cli, db_path, tmp_path):
    (tmp_path / "harbour.html").write_text(PAGE, encoding="utf-8")
    result = cli("ingest", "harbour.html", "--db", db_path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("1 document added")
    [doc] = _db_rows(db_path, "SELECT * FROM documents")
    assert doc["title"] == "Port authority ready to negotiate harbour deal"
    assert doc["author"] == "Priya Fenwick"
    assert doc["published"] == "2021-03-09"
    assert doc["url"] == "https://ledger.example.org/2021/03/harbour-deal"
    text = doc["text"]
    assert "prepared to negotiate" in text
    for boilerplate in ("Sign in", "cookies", "Copyright", "<p>", "Ten gardens"):
        assert boilerplate not in text
    quotes = _db_rows(db_path, "SELECT * FROM quotes")
    assert quotes, "the quotation in the article body was not found"
    for q in quotes:  # offsets refer to the extracted text that is stored
        assert text[q["start_offset"]:q["end_offset"]] == q["text"]
    rows = cli("who-said", "negotiate", "--db", db_path, "-f", "json").json()
    assert rows and rows[0]["speaker"] == "Marta Oyelaran"
    view = _db_rows(db_path, "SELECT document_url FROM quote_view")
    assert view[0]["document_url"] == doc["url"]


def test_html_offsets_match_extract_command(cli, tmp_path):
    (tmp_path / "harbour.htm").write_text(PAGE, encoding="utf-8")
    rows = cli("extract", "harbour.htm", "-f", "jsonl").jsonl()
    assert rows and all(r["doc"] == "harbour.htm" for r in rows)
    assert any("harbour agreement" in r["text"] for r in rows)


def test_html_without_an_article_is_one_failure_line(cli, db_path, tmp_path):
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body>"
                                         "<script>var page = 1;</script></body></html>")
    (tmp_path / "good.html").write_text(PAGE, encoding="utf-8")
    result = cli("ingest", "empty.html", "good.html", "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "quotedb: empty.html: no article text found in the HTML page, skipped"]
    assert result.stdout.startswith("1 document added, 0 skipped (already stored), 1 failed")


DUMP = [
    {"body": "“The bridge will reopen in May,” said Tomasz Wielgosz, the city engineer.",
     "headline": "Bridge to reopen", "link": "https://paper.example/bridge",
     "date": "2022-04-11T09:15:00Z", "byline": "Ana Ruiz"},
    "this line is not JSON",
    {"body": 17},
    {"headline": "no text here"},
    {"body": "“We will not negotiate over the budget,” Councillor Ines Marlow said.",
     "date": "Tue, 12 Apr 2022 10:00:00 GMT"},
]
FIELDS = ["--field", "text=body", "--field", "title=headline", "--field", "url=link",
          "--field", "published=date", "--field", "author=byline"]


def _write_dump(path):
    with open(path, "w", encoding="utf-8") as f:
        for record in DUMP:
            f.write((record if isinstance(record, str) else json.dumps(record)) + "\n")
            if record is DUMP[1]:
                f.write("\n")  # blank lines are not records but keep the numbering


def test_jsonl_dump_each_record_a_document_bad_records_named(cli, db_path, tmp_path):
    _write_dump(tmp_path / "dump.jsonl")
    result = cli("ingest", "dump.jsonl", "--db", db_path, *FIELDS)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "quotedb: dump.jsonl#2: invalid JSON (Expecting value: line 1 column 1 (char 0))",
        "quotedb: dump.jsonl#4: field 'body' is not a string",
        "quotedb: dump.jsonl#5: no 'body' field (map another with --field text=NAME)",
    ]
    assert result.stdout.startswith("2 documents added, 0 skipped (already stored), 3 failed")
    docs = _db_rows(db_path, "SELECT source, title, url, published, author FROM documents"
                             " ORDER BY id")
    assert [d["source"].rsplit("/", 1)[1] for d in docs] == ["dump.jsonl#1", "dump.jsonl#6"]
    assert docs[0] == {**docs[0], "title": "Bridge to reopen", "url": "https://paper.example/bridge",
                       "published": "2022-04-11", "author": "Ana Ruiz"}
    assert docs[1]["published"] == "2022-04-12"
    # the record's date reaches the extractor: undated quotes take it
    rows = cli("quotes", "--db", db_path, "-f", "json").json()
    assert {r["date"] for r in rows} == {"2022-04-11", "2022-04-12"}
    assert {r["date_source"] for r in rows} == {"published"}
    again = cli("ingest", "dump.jsonl", "--db", db_path, *FIELDS)
    assert again.stdout.startswith("0 documents added, 2 skipped")


def test_csv_dump_with_default_names(cli, db_path, tmp_path):
    (tmp_path / "articles.csv").write_text(
        "title,text,url,published\n"
        'Ferry,"“Ferries will run hourly,” the operator said in a statement.",'
        "https://x.example/f,2019-07-02\n"
        "Empty,,https://x.example/e,2019-07-03\n"
        'Rail,"Line one\nLine two: “We are ready to negotiate fares,” Olu Bankole said.",,\n',
        encoding="utf-8")
    result = cli("ingest", "articles.csv", "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["quotedb: articles.csv#2: field 'text' is empty"]
    docs = _db_rows(db_path, "SELECT source, title, url, text FROM documents ORDER BY id")
    assert [d["source"].rsplit("/", 1)[1] for d in docs] == ["articles.csv#1", "articles.csv#3"]
    assert docs[1]["text"].startswith("Line one\nLine two")  # quoted newlines stay in the record
    assert docs[0]["url"] == "https://x.example/f" and docs[1]["url"] is None
    assert cli("who-said", "negotiate", "--db", db_path, "-f", "json").json()[0]["speaker"] == "Olu Bankole"


def test_csv_without_the_text_column_is_one_line(cli, db_path, tmp_path):
    (tmp_path / "bad.csv").write_text("headline,content\nA,B\n", encoding="utf-8")
    result = cli("ingest", "bad.csv", "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "quotedb: bad.csv: no 'text' column (columns: headline, content; map one with "
        "--field text=NAME)"]


def test_dump_records_over_max_bytes_fail_alone_and_the_file_size_does_not_count(cli, db_path,
                                                                                 tmp_path):
    big = "“" + "word " * 400 + ",” Ann Lee said."
    small = "“We will negotiate,” Ann Lee said."
    with open(tmp_path / "d.jsonl", "w") as f:
        for text in (small, big, small + " Again."):
            f.write(json.dumps({"text": text}) + "\n")
    result = cli("ingest", "d.jsonl", "--db", db_path, "--max-bytes", "1K")
    assert result.stderr.splitlines() == [
        "quotedb: d.jsonl#2: record larger than --max-bytes 1.0 KB, skipped"]
    assert result.stdout.startswith("2 documents added")


class _CountingReader(io.RawIOBase):
    """An endless JSON Lines stream that counts how much was read from it."""

    def __init__(self):
        self.served = 0

    def readable(self):
        return True

    def readinto(self, buf):
        line = (json.dumps({"text": f"“Record {self.served},” Ann Lee said."}) + "\n").encode()
        n = min(len(buf), len(line))
        buf[:n] = line[:n]
        self.served += n
        return n


def test_jsonl_is_streamed_record_by_record():
    raw = _CountingReader()
    records = read_jsonl("endless.jsonl", io.BufferedReader(raw, 4096), 1 << 20)
    first = [next(records) for _ in range(3)]
    assert all(isinstance(d, SourceDoc) for d in first)
    assert [d.source for d in first] == [f"endless.jsonl#{n}" for n in (1, 2, 3)]
    assert raw.served < 20_000  # an endless file: only what the first records needed


def test_records_that_are_not_objects_are_problems():
    fh = io.BytesIO(b'["a list"]\n"a string"\n{"text": "\xe2\x80\x9cFine,\xe2\x80\x9d she said."}\n')
    items = list(read_jsonl("x.jsonl", fh, 1000))
    assert [type(i) for i in items] == [Problem, Problem, SourceDoc]
    assert items[0].reason == "not an object but list"


@pytest.mark.parametrize("value, expected", [
    ("2020-01-24", "2020-01-24"),
    ("2020-01-24T10:00:00Z", "2020-01-24"),
    ("2020-01-24 23:59:59+02:00", "2020-01-24"),
    ("2020/1/4", "2020-01-04"),
    ("2020-03", "2020-03"),
    ("2020", "2020"),
    ("Fri, 24 Jan 2020 10:00:00 GMT", "2020-01-24"),
    ("Tue, 03 May 2016 08:15:00 +0200", "2016-05-03"),
    ("May 3, 2016", "2016-05-03"),
    ("3 May 2016", "2016-05-03"),
    ("Tuesday, 3rd May 2016", "2016-05-03"),
    ("Sept. 21, 2019", "2019-09-21"),
    ("December 2019", "2019-12"),
    ("February 30, 2019", None),
    ("2019-02-30", None),
    ("2020-13-01", None),
    ("yesterday", None),
    ("", None),
    (None, None),
    (20200124, None),
])
def test_iso_date(value, expected):
    assert iso_date(value) == expected


def test_a_published_date_not_understood_is_reported_and_the_record_stored(cli, db_path, tmp_path):
    (tmp_path / "d.jsonl").write_text(
        '{"text": "“We will talk,” Ann Lee said.", "published": "May 3, 2016"}\n'
        '{"text": "“We will not,” Bo Chen said.", "published": "the other day"}\n',
        encoding="utf-8")
    result = cli("ingest", "d.jsonl", "--db", db_path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "quotedb: d.jsonl#2: field 'published': date 'the other day' not "
        "understood, ignored"]
    assert result.stdout.startswith("2 documents added")
    dates = cli("sql", "SELECT published FROM documents ORDER BY id", "--db", db_path,
                "-f", "json").json()
    assert dates == [{"published": "2016-05-03"}, {"published": None}]


def test_nul_characters_in_a_record_are_removed_and_reported(cli, db_path, tmp_path):
    """Regression (a stray U+0000 used to fail a whole PostgreSQL batch): the record is
    stored without it, the rest of the dump goes in too, and the note names the record."""
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"text": "\u201cWe will\u0000 talk,\u201d Ann Lee said.", "title": "Talks\u0000"}) + "\n"
        + json.dumps({"text": "\u201cWe will not,\u201d Bo Chen said."}) + "\n", encoding="utf-8")
    result = cli("ingest", "d.jsonl", "--db", db_path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == ["quotedb: d.jsonl#1: 2 NUL characters removed"]
    assert result.stdout.startswith("2 documents added")
    rows = cli("sql", "SELECT title, text FROM documents ORDER BY id", "--db", db_path,
               "-f", "json").json()
    assert rows[0] == {"title": "Talks", "text": "\u201cWe will talk,\u201d Ann Lee said."}
    who = cli("who-said", "talk", "--db", db_path, "-f", "json").json()
    assert [r["speaker"] for r in who] == ["Ann Lee"]


def test_a_utf16_file_holding_nul_characters_is_binary(cli, db_path, tmp_path):
    (tmp_path / "a.txt").write_bytes("\ufeff\u201cFine,\u201d she said.\u0000\u0000".encode("utf-16-le"))
    (tmp_path / "b.txt").write_text("\u201cWe will talk,\u201d Ann Lee said.\n", encoding="utf-8")
    result = cli("ingest", str(tmp_path), "--db", db_path)
    assert result.exit_code == 1  # a file failed; the other still went in
    assert [line.split(": ", 2)[2] for line in result.stderr.splitlines()] == [
        "binary file (contains NUL characters), skipped"]
    assert result.stdout.startswith("1 document added, 0 skipped (already stored), 1 failed")


def test_counts_read_as_english(cli, db_path, tmp_path):
    (tmp_path / "a.txt").write_text("“We will talk,” Ann Lee said.\n", encoding="utf-8")
    assert cli("ingest", "a.txt", "--db", db_path).stdout.startswith(
        "1 document added, 0 skipped (already stored), 0 failed; 1 quote added")


def test_field_mapping_parsing():
    assert parse_fields(["text=body", "Title = headline"]) == {"text": "body", "title": "headline"}
    for bad in (["body"], ["text="], ["colour=red"]):
        with pytest.raises(InputError, match="--field"):
            parse_fields(bad)


def test_bad_field_option_is_a_clear_error(cli, db_path, tmp_path):
    (tmp_path / "a.jsonl").write_text('{"text": "x"}\n')
    result = cli("ingest", "a.jsonl", "--field", "body", "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.startswith("quotedb: --field 'body': use NAME=COLUMN")
