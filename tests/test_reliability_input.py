"""Bad input through `quotedb ingest` / `quotedb extract`: every bad file is skipped
with one line naming it and the reason, the batch goes on, the exit code is 1 when
anything failed; odd encodings and line endings are decoded and stored faithfully."""

from __future__ import annotations

import codecs
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from quotedb.extraction import extract
from conftest import invoke

GOOD = "Talks resume\n\n“We will negotiate in good faith,” said Maria Lopez, the foreign minister.\n"
GOOD_QUOTE = "We will negotiate in good faith,"

# name -> bytes; every one of these must be skipped with a reason, never stored
BAD_INPUTS = {
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
    "nul.txt": b"Some text\x00with a NUL byte in the middle.\n",
    "empty.txt": b"",
    "blank.txt": b"   \n\t\r\n  \n",
    "bad-utf8-bom.txt": codecs.BOM_UTF8 + b"caf\xc3 \xff\xfe broken",
    "bad-utf16.txt": codecs.BOM_UTF16_LE + b"a\x00b\x00\x00\xd8",  # lone surrogate, odd length
    # binary without a single NUL byte: no text encoding may claim it
    "gif.txt": b"GIF89a\x01\x01\x01\x80\xff\xff\xff" + bytes(range(1, 256)) * 8,
    "noise.txt": bytes((i * 7919 + 13) % 127 + 129 for i in range(4000)),
}


def rows(db: Path, sql: str, params=()):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def stored_docs(db: Path) -> dict[str, str]:
    return {Path(src).name: text for src, text in rows(db, "SELECT source, text FROM documents")}


def stored_quotes(db: Path, name: str) -> list[tuple[int, int, str]]:
    return rows(db, "SELECT q.start_offset, q.end_offset, q.text FROM quotes q JOIN documents d"
                    " ON d.id = q.document_id WHERE d.source LIKE ? ORDER BY q.start_offset",
                ("%/" + name,))


def assert_matches_fresh_extraction(db: Path, name: str, text: str) -> None:
    """The stored quotes are exactly what the extractor finds in the decoded text,
    and every offset points at the stored text."""
    got = stored_quotes(db, name)
    want = [(q.start, q.end, q.text) for q in extract(text).quotes]
    assert got == want
    for start, end, quote in got:
        assert text[start:end] == quote


def test_bad_files_are_skipped_one_line_each_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in BAD_INPUTS.items():
        (folder / name).write_bytes(data)
    (folder / "good1.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good2.md").write_text(GOOD.replace("Maria Lopez", "Ann Lee"), encoding="utf-8")
    db = tmp_path / "t.db"
    r = invoke("ingest", folder, "--db", db)
    assert r.exit_code == 1
    for name in BAD_INPUTS:
        lines = [line for line in r.stderr.splitlines() if name in line]
        assert len(lines) == 1, (name, r.stderr)
        assert lines[0].startswith("quotedb: ") and len(lines[0]) < 200
    reasons = {name: next(line for line in r.stderr.splitlines() if name in line)
               for name in BAD_INPUTS}
    assert "binary" in reasons["image.txt"] and "binary" in reasons["nul.txt"]
    assert "empty" in reasons["empty.txt"] and "whitespace" in reasons["blank.txt"]
    assert "Traceback" not in r.stderr
    assert f"2 documents added, 0 skipped (already stored), {len(BAD_INPUTS)} failed" in r.stdout
    assert sorted(stored_docs(db)) == ["good1.txt", "good2.md"]


def test_bad_input_in_a_real_process_gives_no_traceback(tmp_path):
    """The same through the installed entry point (stdin included): plain lines only."""
    for name, data in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    args = [sys.executable, "-m", "quotedb", "ingest", *sorted(BAD_INPUTS), "good.txt", "-",
            "missing.txt", "--db", "t.db"]
    p = subprocess.run(args, cwd=tmp_path, input=b"\x00\x01\x02binary on stdin",
                       capture_output=True, timeout=60)
    err = p.stderr.decode()
    assert p.returncode == 1, err
    assert "Traceback" not in err
    assert len(err.splitlines()) == len(BAD_INPUTS) + 2  # + stdin + missing.txt
    assert "quotedb: -: binary" in err and "missing.txt: no such file" in err
    assert b"1 document added" in p.stdout


def test_extract_command_reports_bad_files_and_still_prints_the_good(tmp_path):
    (tmp_path / "nul.txt").write_bytes(BAD_INPUTS["nul.txt"])
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    r = invoke("extract", tmp_path / "nul.txt", tmp_path / "good.txt", "--format", "jsonl")
    assert r.exit_code == 1
    assert "nul.txt" in r.stderr and "binary" in r.stderr
    records = [json.loads(line) for line in r.stdout.splitlines()]
    assert [rec["text"] for rec in records] == [GOOD_QUOTE]
    assert GOOD[records[0]["start"]:records[0]["end"]] == GOOD_QUOTE


RU = "Переговоры\n\n«Мы будем вести переговоры», — заявил министр Сергей Лавров.\n"
EL = "Διαπραγματεύσεις\n\n«Θα διαπραγματευτούμε», δήλωσε ο υπουργός Νίκος Δένδιας.\n"
CP1252_TEXT = ("Café talks\n\n\x93Nous négocierons \x96 but only in good faith,\x94 said "
               "Zoë Müller, the minister.\n")


@pytest.mark.parametrize("name,data,expected", [
    ("cp1252.txt", CP1252_TEXT.encode("latin-1"),
     CP1252_TEXT.encode("latin-1").decode("cp1252")),
    # a "latin-1" article as such files really are: Windows curly quotes 0x93/0x94
    ("latin1-guillemets.txt",
     "Déjà vu\n\n«Nous négocierons,» a déclaré Zoë Müller, ministre. \x93Well,\x94 said "
     "Jean Dupré.\n".encode("latin-1"),
     "Déjà vu\n\n«Nous négocierons,» a déclaré Zoë Müller, ministre. “Well,” said "
     "Jean Dupré.\n"),
    ("utf8-bom.txt", codecs.BOM_UTF8 + GOOD.encode("utf-8"), GOOD),
    ("utf16-le.txt", GOOD.encode("utf-16"), GOOD),  # native order with its BOM
    ("utf16-be.txt", codecs.BOM_UTF16_BE + GOOD.encode("utf-16-be"), GOOD),
    ("utf32.txt", GOOD.encode("utf-32"), GOOD),
    # other single-byte code pages must not be forced into cp1252
    ("cp1251.txt", RU.encode("cp1251"), RU),
    ("cp1253.txt", EL.encode("cp1253"), EL),
])
def test_encodings_are_decoded_and_offsets_point_into_the_stored_text(tmp_path, name, data,
                                                                     expected):
    (tmp_path / name).write_bytes(data)
    db = tmp_path / "t.db"
    r = invoke("ingest", tmp_path / name, "--db", db)
    assert r.exit_code == 0, r.stderr
    text = stored_docs(db)[name]
    assert text == expected
    assert "\ufeff" not in text and "\x93" not in text
    assert_matches_fresh_extraction(db, name, text)
    if name not in ("cp1251.txt", "cp1253.txt"):
        assert stored_quotes(db, name), "the curly-quoted statement must be found"


@pytest.mark.parametrize("data,expected", [
    # one stray byte must not turn the whole article into Cyrillic or Shift-JIS
    (GOOD.encode("utf-8") + b"\xff\n", GOOD + "\ufffd\n"),
    (GOOD.encode("utf-8")[:-4] + b"\xe2\x80", GOOD[:-4] + "\ufffd"),  # cut-off download
    ("Café “talks”".encode()[:-1] + b"\n\n" + GOOD.encode(), "Café “talks\ufffd\n\n" + GOOD),
])
def test_utf8_with_a_few_broken_bytes_stays_utf8(tmp_path, data, expected):
    (tmp_path / "broken.txt").write_bytes(data)
    db = tmp_path / "t.db"
    r = invoke("ingest", tmp_path / "broken.txt", "--db", db)
    assert r.exit_code == 0, r.stderr
    text = stored_docs(db)["broken.txt"]
    assert text == expected
    assert_matches_fresh_extraction(db, "broken.txt", text)
    assert [q for _, _, q in stored_quotes(db, "broken.txt")] == [GOOD_QUOTE]


def test_cp1252_quote_is_extracted_with_its_speaker(tmp_path):
    (tmp_path / "a.txt").write_bytes(CP1252_TEXT.encode("latin-1"))
    db = tmp_path / "t.db"
    assert invoke("ingest", tmp_path / "a.txt", "--db", db).exit_code == 0
    out = invoke("export", "--format", "jsonl", "--db", db)
    recs = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["quote"] for r in recs] == ["Nous négocierons – but only in good faith,"]
    assert recs[0]["speaker"] == "Zoë Müller"


def test_thousands_of_unmatched_quote_marks(tmp_path):
    text = ("Marks everywhere\n\n" + "“" * 3000 + " " + '"' * 3001 + " " + "‘" * 2000
            + "\n\n“We will win,” said Maria Lopez.\n\n" + "” " * 2000 + "«" * 1500 + "\n")
    (tmp_path / "marks.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "t.db"
    r = invoke("ingest", tmp_path / "marks.txt", "--db", db)
    assert r.exit_code == 0, r.stderr
    assert stored_docs(db)["marks.txt"] == text
    assert_matches_fresh_extraction(db, "marks.txt", text)
    assert ("We will win," in [q for _, _, q in stored_quotes(db, "marks.txt")])


def test_quotes_nested_ten_deep(tmp_path):
    opens, closes = "“‘" * 5, "’”" * 5
    inner = "".join(f"{o}level {i} says " for i, o in enumerate(opens)) + "the end"
    text = f"Nesting\n\n{inner}{closes[::-1][::-1]},” said Maria Lopez.\n"
    (tmp_path / "nest.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "t.db"
    assert invoke("ingest", tmp_path / "nest.txt", "--db", db).exit_code == 0
    assert_matches_fresh_extraction(db, "nest.txt", text)


def test_large_single_line_file(tmp_path):
    """1 MB on one line (the 50 MB case is in benchmarks/reliability_report.py)."""
    sentence = "“We will talk,” said Maria Lopez, the minister, as the talks went on and on. "
    count = 1024 * 1024 // len(sentence.encode())
    text = sentence * count
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "t.db"
    r = invoke("ingest", tmp_path / "big.txt", "--db", db)
    assert r.exit_code == 0, r.stderr
    assert stored_docs(db)["big.txt"] == text
    spans = rows(db, "SELECT start_offset, end_offset, text FROM quotes")
    assert len(spans) == count
    assert all(text[s:e] == q for s, e, q in spans)


def test_file_over_max_bytes_is_reported_and_the_rest_go_in(tmp_path):
    (tmp_path / "big.txt").write_text(GOOD * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "t.db"
    r = invoke("ingest", tmp_path / "big.txt", tmp_path / "small.txt", "--max-bytes", "2KB",
               "--db", db)
    assert r.exit_code == 1
    (line,) = [ln for ln in r.stderr.splitlines() if "big.txt" in ln]
    assert "--max-bytes" in line and "2.0 KB" in line
    assert sorted(stored_docs(db)) == ["small.txt"]
    # stdin has no size up front: it is cut off at the limit, not read whole
    r = invoke("ingest", "-", "--max-bytes", "1KB", "--db", db, input=GOOD * 100)
    assert r.exit_code == 1 and "-: larger than --max-bytes" in r.stderr
    r = invoke("ingest", tmp_path / "small.txt", "--max-bytes", "lots", "--db", db)
    assert r.exit_code == 1 and "invalid size 'lots'" in r.stderr


def test_default_max_bytes_is_sensible():
    from quotedb.sources import DEFAULT_MAX_BYTES

    assert 1024 ** 2 <= DEFAULT_MAX_BYTES <= 1024 ** 3


def test_mixed_line_endings_are_stored_as_written(tmp_path):
    text = ("Line endings\r\n\r\n“We will negotiate,” said Maria Lopez.\r\rShe added: "
            "“Not today.”\n\n“Maybe tomorrow,” said Ann Lee.\r\n")
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
    db = tmp_path / "t.db"
    assert invoke("ingest", tmp_path / "crlf.txt", "--db", db).exit_code == 0
    assert stored_docs(db)["crlf.txt"] == text
    assert_matches_fresh_extraction(db, "crlf.txt", text)
    quotes = [q for _, _, q in stored_quotes(db, "crlf.txt")]
    assert "We will negotiate," in quotes and "Maybe tomorrow," in quotes
    # `show` cuts the paragraph at CR CR as well as at blank lines
    (qid,) = rows(db, "SELECT id FROM quotes WHERE text = 'We will negotiate,'")[0]
    shown = json.loads(invoke("show", qid, "--format", "json", "--db", db).stdout)
    assert shown["context"] == "“We will negotiate,” said Maria Lopez."


def test_control_characters_are_kept_and_do_not_break_anything(tmp_path):
    controls = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\n\r") + "\x7f\x85\u2028"
    text = f"Controls {controls}\n\n“We will\x0b negotiate\x1b[31m,” said Maria Lopez.\x0c\n"
    (tmp_path / "ctl.txt").write_bytes(text.encode("utf-8"))
    db = tmp_path / "t.db"
    r = invoke("ingest", tmp_path / "ctl.txt", "--db", db)
    assert r.exit_code == 0, r.stderr
    assert stored_docs(db)["ctl.txt"] == text
    assert_matches_fresh_extraction(db, "ctl.txt", text)
    for fmt in ("table", "json", "csv"):
        assert invoke("who-said", "negotiate", "--format", fmt, "--db", db).exit_code == 0


def test_reingesting_bad_and_good_files_is_idempotent(tmp_path):
    for name, data in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / "t.db"
    first = invoke("ingest", tmp_path, "--db", db)
    second = invoke("ingest", tmp_path, "--db", db)
    assert first.exit_code == second.exit_code == 1
    assert "1 skipped (already stored)" in second.stdout and "0 documents added" in second.stdout
    assert rows(db, "SELECT COUNT(*) FROM documents")[0][0] == 1


@pytest.mark.parametrize("date,expected", [
    ("2020-01-24", "2020-01-24"), ("2020-01-24T10:00:00Z", "2020-01-24"), ("2020-01", "2020-01"),
    ("2020-13-45", None), ("2020-02-30", None), ("99999-01-01", None), ("garbage", None),
    ("", None),
])
def test_front_matter_dates_are_validated(tmp_path, date, expected):
    """A date from front matter is used only when it is a real date: a wrong one is
    worse than none in a database of record."""
    text = f"---\ntitle: Talks\ndate: {date}\n---\n\n“We will talk,” said Maria Lopez.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    db = tmp_path / "t.db"
    r = invoke("ingest", tmp_path / "a.md", "--db", db)
    assert r.exit_code == 0, r.stderr
    assert rows(db, "SELECT title, published FROM documents") == [("Talks", expected)]
    assert rows(db, "SELECT date_said FROM quotes") == [(expected,)]


def test_unclosed_front_matter_is_plain_text(tmp_path):
    text = "---\ntitle: never closed\n\n“We will talk,” said Maria Lopez.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    db = tmp_path / "t.db"
    assert invoke("ingest", tmp_path / "a.md", "--db", db).exit_code == 0
    assert stored_docs(db)["a.md"] == text
    assert_matches_fresh_extraction(db, "a.md", text)
