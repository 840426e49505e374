"""Alembic owns the schema: fresh upgrade, round trips with data, models agree."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from conftest import REPO
from quotedb import db as qdb
from quotedb.schema import is_managed_elsewhere, metadata


def _objects(path):
    conn = sqlite3.connect(path)
    try:
        return {name: type_ for name, type_ in conn.execute(
            "SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
    finally:
        conn.close()


def test_upgrade_creates_the_schema_on_an_empty_file(db_path):
    open(db_path, "wb").close()
    url = qdb.resolve_url(db_path)
    assert qdb.current_revision(url) is None
    qdb.upgrade(url)
    assert qdb.current_revision(url) == qdb.HEAD_REVISION
    objects = _objects(db_path)
    for table in ("documents", "speakers", "speaker_aliases", "quotes", "quotes_fts"):
        assert objects[table] == "table"
    assert objects["quote_view"] == "view"
    assert {"quotes_fts_ai", "quotes_fts_ad", "quotes_fts_au"} <= set(objects)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    fts_sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").fetchone()[0]
    assert 'content="quotes"' in fts_sql  # the layout Datasette detects
    conn.close()


def test_head_constant_matches_the_migration_scripts():
    assert qdb.HEAD_REVISION == qdb.head_revision()


def test_models_and_migrations_agree(db_path):
    url = qdb.resolve_url(db_path)
    qdb.upgrade(url)
    engine = qdb.make_engine(url)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_name": lambda name, type_, parent: not (
                type_ == "table" and is_managed_elsewhere(name)),
        })
        diff = compare_metadata(ctx, metadata)
    engine.dispose()
    assert diff == []


def test_downgrade_to_base_and_up_again(filled_db):
    url = qdb.resolve_url(filled_db)
    qdb.downgrade(url, "base")
    assert set(_objects(filled_db)) == {"alembic_version"}
    qdb.upgrade(url)
    conn = sqlite3.connect(filled_db)
    assert conn.execute("SELECT COUNT(*) FROM quotes").fetchone() == (0,)
    conn.close()


def test_upgrade_at_head_keeps_rows_and_fts(filled_db):
    url = qdb.resolve_url(filled_db)
    qdb.upgrade(url)
    qdb.ensure_head(url)
    conn = sqlite3.connect(filled_db)
    assert conn.execute("SELECT COUNT(*) FROM quotes").fetchone() == (5,)
    assert conn.execute(
        "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'negotiate'").fetchone() == (3,)
    conn.close()


def test_fts_triggers_follow_updates_and_deletes(filled_db):
    conn = sqlite3.connect(filled_db)
    conn.execute("UPDATE quotes SET text = 'pineapple diplomacy' WHERE id = 1")
    conn.execute("DELETE FROM quotes WHERE id = 2")
    conn.commit()

    def match(q):
        return conn.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?", (q,)).fetchall()

    assert match("pineapple") == [(1,)]
    assert match("thanks") == []
    assert (1,) not in match("sanctions")
    conn.close()


def test_alembic_command_line_config_uses_the_same_resolver(tmp_path, monkeypatch):
    from alembic import command
    from alembic.config import Config

    target = tmp_path / "via-env.db"
    monkeypatch.setenv("QUOTEDB_DB", str(target))
    cfg = Config(str(REPO / "alembic.ini"))
    command.upgrade(cfg, "head")
    assert qdb.current_revision(qdb.resolve_url(str(target))) == qdb.HEAD_REVISION


def test_rows_survive_a_downgrade_and_upgrade_of_later_revisions(filled_db):
    """Round trip from head to the first revision and back keeps the data (with one
    revision this is the no-op case; it becomes meaningful with the second)."""
    url = qdb.resolve_url(filled_db)
    qdb.downgrade(url, "0001")
    qdb.upgrade(url)
    conn = sqlite3.connect(filled_db)
    assert conn.execute("SELECT COUNT(*) FROM documents").fetchone() == (3,)
    conn.close()


def test_0007_adds_exactly_the_statements_index_and_fills_it(filled_db):
    url = qdb.resolve_url(filled_db)
    qdb.downgrade(url, "0006")
    before = _objects(filled_db)
    qdb.upgrade(url, "0007")
    after = _objects(filled_db)
    added = set(after) - set(before)
    assert set(before) <= set(after)
    assert added == {"statements_fts", "statements_fts_ai", "statements_fts_ad", "statements_fts_au",
                     "statements_fts_config", "statements_fts_data", "statements_fts_docsize",
                     "statements_fts_idx"}
    conn = sqlite3.connect(filled_db)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'statements_fts'").fetchone()[0]
    assert 'content="statements"' in sql and "porter unicode61 remove_diacritics 2" in sql
    # existing statements are indexed (backfill), exactly the rows of the table
    assert conn.execute("SELECT COUNT(*) FROM statements_fts WHERE statements_fts MATCH 'negotiate'"
                        ).fetchone() == conn.execute(
        "SELECT COUNT(*) FROM statements WHERE text LIKE '%negotiat%'").fetchone() != (0,)
    conn.execute("INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)")
    conn.close()
    qdb.downgrade(url, "0006")
    assert _objects(filled_db) == before
