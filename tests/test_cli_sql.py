"""`quotedb sql`: reads work, anything that could change the database is refused."""

from __future__ import annotations

import sqlite3

import pytest


def test_select_on_the_view(cli, filled_db):
    result = cli("sql", "SELECT speaker, COUNT(*) AS n FROM quote_view GROUP BY speaker ORDER BY n DESC, speaker",
                 "--db", filled_db, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert result.json()[0] == {"speaker": "Mohammad Javad Zarif", "n": 2}


def test_csv_header_even_without_rows(cli, filled_db):
    result = cli("sql", "SELECT id, text FROM quotes WHERE 0", "--db", filled_db, "-f", "csv")
    assert result.stdout == "id,text\n"


def test_read_only_pragmas_and_fts_are_allowed(cli, filled_db):
    cols = cli("sql", "PRAGMA table_info(quotes)", "--db", filled_db, "-f", "json").json()
    assert "speaker_mention" in {c["name"] for c in cols}
    hits = cli("sql", "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'negotiate'",
               "--db", filled_db, "-f", "json").json()
    assert len(hits) == 3


@pytest.mark.parametrize("statement", [
    "INSERT INTO speakers (name, name_key, kind) VALUES ('x', 'x', 'person')",
    "UPDATE quotes SET text = 'changed'",
    "DELETE FROM quotes",
    "DROP TABLE quotes",
    "DROP VIEW quote_view",
    "CREATE TABLE evil (x)",
    "ALTER TABLE quotes ADD COLUMN evil TEXT",
    "ATTACH DATABASE 'other.db' AS other",
    "PRAGMA query_only = OFF",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA user_version = 7",
    "VACUUM",
    "REINDEX",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('delete-all')",
    "WITH x AS (SELECT 1) DELETE FROM quotes",
    "SELECT 1; DELETE FROM quotes",
])
def test_writes_are_refused_with_a_clear_message(cli, filled_db, statement):
    before = _snapshot(filled_db)
    result = cli("sql", statement, "--db", filled_db)
    assert result.exit_code == 1
    assert result.stderr.startswith("quotedb: ")
    assert ("read-only" in result.stderr or "one statement" in result.stderr), result.stderr
    assert "Traceback" not in result.stderr
    assert _snapshot(filled_db) == before


def test_syntax_errors_are_query_errors(cli, filled_db):
    result = cli("sql", "SELEKT 1", "--db", filled_db)
    assert result.exit_code == 1 and result.stderr.startswith("quotedb: SQL error:")


def _snapshot(path):
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT * FROM quotes ORDER BY id").fetchall(),
                conn.execute("SELECT sql FROM sqlite_master ORDER BY name").fetchall(),
                conn.execute("PRAGMA user_version").fetchone(),
                conn.execute("PRAGMA journal_mode").fetchone())
    finally:
        conn.close()
