"""Security: user text is never SQL or FTS5 syntax, `quotedb sql` cannot change the
database, and folder ingest stays inside the folder and out of symlink loops."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from quotedb import db as qdb
from quotedb.db import open_database
from quotedb.models import DocumentMeta, Extraction, Quote
from quotedb.store import store_extraction
from conftest import invoke

MARK = "Zq9x"  # appears in hostile input; must never appear in SQL text
HOSTILE_NAME = f"O'Brien {MARK} -- NEAR"  # odd, but it could be a name
# not a name at all: refused as a speaker (the quote is kept, unattributed)
JUNK_NAME = f"O'Brien \"{MARK}\"; DROP TABLE quotes; -- (NOT) NEAR*"
HOSTILE_QUERIES = [
    'negotiate"', '"', "'", '""', "'';", ";", "; DROP TABLE quotes; --",
    "' OR 1=1 --", "NOT", "NOT negotiate", "negotiate NOT", "AND", "OR", "NEAR",
    "NEAR(negotiate talks)", "negotiate NEAR/2 talks", "*", "negot*", "^negotiate",
    "text:negotiate", "quotes_fts:negotiate", "rank:1", "(", ")", "((negotiate",
    "{text} : negotiate", "-negotiate", "+", "%", "_", "\\", "\x00", "negotiate\x00",
    f"{MARK}'); DELETE FROM quotes; --", "ñégotiate", "🙂",
]


def fingerprint(db: Path) -> str:
    """Everything stored, schema included, as one hash."""
    conn = sqlite3.connect(db)
    try:
        h = hashlib.sha256()
        for line in conn.iterdump():
            h.update(line.encode("utf-8", "surrogatepass"))
        h.update(str(conn.execute("PRAGMA user_version").fetchone()).encode())
        h.update(str(conn.execute("PRAGMA journal_mode").fetchone()).encode())
        return h.hexdigest()
    finally:
        conn.close()


def _quote(text, start, speaker, paragraph):
    return Quote(start=start, end=start + len(text), text=text, kind="direct",
                 paragraph=paragraph, speaker=speaker, speaker_kind="person",
                 speaker_aliases=(speaker,), speaker_mention=speaker, cue="said", confidence=0.9)


@pytest.fixture
def hostile_db(tmp_path, monkeypatch):
    """A database whose speaker names are hostile; every SQL string the library runs
    on it is recorded."""
    statements: list[str] = []
    for method in ("rows", "execute", "executemany"):
        original = getattr(qdb.SQLiteDatabase, method)

        def recording(self, sql, *args, _original=original, **kwargs):
            statements.append(sql)
            return _original(self, sql, *args, **kwargs)

        monkeypatch.setattr(qdb.SQLiteDatabase, method, recording)
    db = tmp_path / "t.db"
    said = [("We will not negotiate under pressure", HOSTILE_NAME),
            ("The talks were negotiated in bad faith", "Maria Lopez"),
            (f"Robert'); DROP TABLE speakers;-- {MARK}", "Ann \"Bobby\" Tables"),
            ("Nobody said this", JUNK_NAME)]
    text, quotes = "Hostile\n\n", []
    for i, (q, who) in enumerate(said):
        start = len(text) + 1
        text += f"“{q},” said {who}.\n\n"
        quotes.append(_quote(q, start, who, i + 1))
    with open_database(str(db)) as database:
        store_extraction(database, source=f"{MARK}'; --.txt",
                         extraction=Extraction(text=text, meta=DocumentMeta(title=f"T {MARK}'"),
                                               quotes=tuple(quotes)),
                         extractor_version="test")
    return db, statements


def test_hostile_searches_never_raise_and_never_change_data(hostile_db):
    db, statements = hostile_db
    before = fingerprint(db)
    for q in HOSTILE_QUERIES:
        r = invoke("who-said", "--format", "json", "--db", db, "--", q)
        assert r.exit_code in (0, 1), (q, r.output)
        if r.exit_code == 1:
            assert r.stderr.startswith("quotedb: ") and len(r.stderr.splitlines()) == 1, q
        r = invoke("who-said", "--raw", "--format", "json", "--db", db, "--", q)
        assert r.exit_code in (0, 1), (q, r.output)
        if r.exit_code == 1:
            assert r.stderr.startswith("quotedb: ") and len(r.stderr.splitlines()) == 1, q
    for q in HOSTILE_QUERIES:
        for cmd in (["quotes", "--speaker", q], ["export", "--speaker", q],
                    ["who-said", "negotiate", "--speaker", q]):
            r = invoke(*cmd, "--db", db)
            assert r.exit_code in (0, 1) and "Traceback" not in r.output, (cmd, r.output)
    assert fingerprint(db) == before
    assert len(statements) > 100  # the recorder saw the queries
    assert not [s for s in statements if MARK in s], "user text was spliced into SQL"


def test_operators_are_searched_as_words(hostile_db):
    db, _ = hostile_db
    import json

    def found(q):
        r = invoke("who-said", q, "--format", "json", "--db", db)
        assert r.exit_code == 0, r.stderr
        return sorted(row["quote"] for row in json.loads(r.stdout))

    assert found("NOT negotiate") == ["We will not negotiate under pressure"]
    assert found('negotiate"') == sorted(["We will not negotiate under pressure",
                                          "The talks were negotiated in bad faith"])
    assert found("DROP TABLE") == [f"Robert'); DROP TABLE speakers;-- {MARK}"]
    assert found("text:negotiate") == []  # "text" is a word here, not a column filter


def test_hostile_speaker_names_round_trip(hostile_db):
    import json

    db, statements = hostile_db
    r = invoke("quotes", "--speaker", HOSTILE_NAME, "--format", "json", "--db", db)
    assert r.exit_code == 0, r.stderr
    assert [row["quote"] for row in json.loads(r.stdout)] == ["We will not negotiate under pressure"]
    r = invoke("speakers", "--format", "json", "--db", db)
    names = [row["name"] for row in json.loads(r.stdout)]
    assert HOSTILE_NAME in names and JUNK_NAME not in names
    r = invoke("sql", "SELECT speaker FROM quote_view WHERE quote = 'Nobody said this'",
               "--format", "json", "--db", db)
    assert json.loads(r.stdout) == [{"speaker": None}]
    r = invoke("speakers", "merge", "Maria Lopez", HOSTILE_NAME, "--db", db)
    assert r.exit_code == 0, r.stderr
    r = invoke("quotes", "--speaker", "Maria Lopez", "--format", "json", "--db", db)
    assert len(json.loads(r.stdout)) == 2
    conn = sqlite3.connect(db)
    tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert {"quotes", "speakers", "documents", "speaker_aliases"} <= tables
    assert not [s for s in statements if MARK in s]


REFUSED = [
    "INSERT INTO speakers (name, name_key, kind) VALUES ('x', 'x', 'person')",
    "UPDATE quotes SET text = 'changed'",
    "DELETE FROM quotes",
    "REPLACE INTO speakers (id, name, name_key, kind) VALUES (1, 'x', 'x', 'person')",
    "WITH q AS (SELECT 1) DELETE FROM documents",
    "DROP TABLE quotes",
    "DROP VIEW quote_view",
    "ALTER TABLE quotes ADD COLUMN x",
    "CREATE TABLE t (x)",
    "CREATE TEMP TABLE t (x)",
    "CREATE INDEX ix ON quotes(text)",
    "CREATE TRIGGER tr AFTER INSERT ON quotes BEGIN DELETE FROM quotes; END",
    "ATTACH DATABASE 'other.db' AS other",
    "ATTACH ':memory:' AS m",
    "DETACH DATABASE main",
    "PRAGMA journal_mode=DELETE",
    "PRAGMA user_version=5",
    "PRAGMA query_only=OFF",
    "PRAGMA foreign_keys=OFF",
    "PRAGMA writable_schema=ON",
    "UPDATE sqlite_master SET sql = 'x' WHERE name = 'quotes'",
    "PRAGMA optimize",
    "PRAGMA wal_checkpoint(TRUNCATE)",
    "VACUUM",
    "VACUUM INTO 'copy.db'",
    "REINDEX",
    "ANALYZE",
    "BEGIN",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('delete-all')",
    "SELECT load_extension('/tmp/x.so')",
    "SELECT 1; DROP TABLE quotes",
]


def test_sql_refuses_every_write_and_leaves_the_database_unchanged(hostile_db, tmp_path):
    db, _ = hostile_db
    before = fingerprint(db)
    for statement in REFUSED:
        r = invoke("sql", statement, "--db", db)
        assert r.exit_code == 1, (statement, r.output)
        assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith("quotedb: "), statement
        assert any(w in r.stderr for w in ("read-only", "refused", "one statement",
                                           "may not be modified")), \
            (statement, r.stderr)
        assert "Traceback" not in r.output
    assert fingerprint(db) == before
    assert not (tmp_path / "copy.db").exists() and not (tmp_path / "other.db").exists()
    # reads, read-only pragmas and the view still work
    r = invoke("sql", "SELECT COUNT(*) AS n FROM quote_view", "--format", "csv", "--db", db)
    assert r.exit_code == 0 and r.stdout.split() == ["n", "4"]
    r = invoke("sql", "PRAGMA integrity_check", "--format", "csv", "--db", db)
    assert r.exit_code == 0 and "ok" in r.stdout
    r = invoke("sql", "PRAGMA user_version", "--format", "csv", "--db", db)
    assert r.exit_code == 0


def _tree(tmp_path: Path):
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    outside = tmp_path / "outside"
    outside.mkdir()
    for i, folder in enumerate((root, root / "sub", outside)):
        (folder / f"doc{i}.txt").write_text(
            f"Doc {i}\n\n“Statement number {i},” said Maria Lopez.\n", encoding="utf-8")
    os.symlink("..", root / "sub" / "loop")            # cycle to the root
    os.symlink(root / "sub", root / "sub" / "self")     # cycle to itself
    os.symlink(outside, root / "out-dir")               # folder outside
    os.symlink(outside / "doc2.txt", root / "out.txt")  # file outside
    os.symlink(root, outside / "back")                  # outside leads back in
    os.symlink(root / "sub" / "doc1.txt", root / "alias.txt")  # file inside, twice
    os.symlink(tmp_path / "nowhere", root / "broken.txt")
    return root


def _docs(db: Path) -> list[str]:
    """The first line of every stored document (a symlinked duplicate of a file is
    stored once, under whichever name was read first)."""
    conn = sqlite3.connect(db)
    try:
        return sorted(t.split("\n", 1)[0] for (t,) in conn.execute("SELECT text FROM documents"))
    finally:
        conn.close()


def test_folder_ingest_survives_symlink_cycles_and_stays_inside(tmp_path):
    root = _tree(tmp_path)
    db = tmp_path / "t.db"
    r = invoke("ingest", root, "--db", db)
    assert r.exit_code == 0, r.stderr
    assert _docs(db) == ["Doc 0", "Doc 1"]
    assert "1 skipped (already stored)" in r.stdout  # alias.txt: doc1.txt once more
    assert "out.txt" in r.stderr and "--follow-symlinks" in r.stderr
    assert "broken.txt" in r.stderr


def test_follow_symlinks_reaches_outside_and_still_terminates(tmp_path):
    root = _tree(tmp_path)
    db = tmp_path / "t.db"
    r = invoke("ingest", root, "--follow-symlinks", "--db", db)
    assert r.exit_code == 0, r.stderr
    assert _docs(db) == ["Doc 0", "Doc 1", "Doc 2"]
