"""The CLI against a real PostgreSQL server: same migrations, tsvector search, queries.

Needs QUOTEDB_TEST_PG_URL (a database URL whose user may CREATE DATABASE), e.g. from
``.ci/postgres start``; skipped with the reason otherwise.  Each test gets a fresh
database of its own.
"""

from __future__ import annotations

import inspect
import json
import os
import uuid

import pytest

import test_cli_corpora as cli_corpora
import test_cli_query as cli_query
import test_statements as statements
from conftest import SEEDS, article, fill, store
from quotedb import db as qdb

PG_URL = os.environ.get("QUOTEDB_TEST_PG_URL")


def _server_problem() -> str | None:
    if not PG_URL:
        return ("no PostgreSQL server: set QUOTEDB_TEST_PG_URL=postgresql://USER@127.0.0.1:PORT/DB "
                "(`.ci/postgres start` runs a throwaway one)")
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install '.[postgres]')"
    try:
        psycopg.connect(qdb.driver_url(PG_URL).replace("+psycopg", ""), connect_timeout=5).close()
    except psycopg.Error as exc:
        return f"PostgreSQL at {qdb.describe(PG_URL)} is not reachable: {str(exc).strip()[:200]}"
    return None


PROBLEM = _server_problem()
pytestmark = pytest.mark.skipif(PROBLEM is not None, reason=PROBLEM or "")


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL.replace("postgres://", "postgresql://", 1), autocommit=True) as conn:
        conn.execute(sql)


def _url_of(name: str) -> str:
    return PG_URL.rpartition("/")[0] + "/" + name


@pytest.fixture(scope="session")
def pg_template():
    """A database brought from empty to the schema head once: each test's database is
    a copy of it (much faster than running the migrations again)."""
    name = f"quotedb_template_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}"')
    try:
        qdb.upgrade(_url_of(name))
        yield name
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_db(pg_template):
    """A fresh database at the schema head, with no rows; dropped afterwards."""
    name = f"quotedb_test_{uuid.uuid4().hex[:12]}"
    _admin(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
    try:
        yield _url_of(name)
    finally:
        _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_filled(pg_db):
    return fill(pg_db)


def _cases(module, names):
    """(test function, kwargs) for each named test of ``module``, parametrizations expanded."""
    for name in names:
        fn = getattr(module, name)
        marks = [m for m in getattr(fn, "pytestmark", []) if m.name == "parametrize"]
        if not marks:
            yield pytest.param(fn, {}, id=name)
            continue
        argnames, values = marks[0].args
        argnames = [a.strip() for a in argnames.split(",")] if isinstance(argnames, str) else argnames
        for i, value in enumerate(values):
            value = value if len(argnames) > 1 else (value,)
            yield pytest.param(fn, dict(zip(argnames, value)), id=f"{name}[{i}]")


# The SQLite CLI tests that speak only through the CLI and the library: run as they are.
SUITE = list(_cases(cli_query, [
    "test_who_said_finds_stemmed_words_ranked_with_speakers",
    "test_who_said_matches_all_words",
    "test_who_said_filters",
    "test_bad_filters_are_one_line_errors",
    "test_highlight_only_when_asked",
    "test_table_and_csv_and_jsonl_render_the_same_rows",
    "test_no_results_message_goes_to_stderr",
    "test_quotes_of_a_speaker_in_date_order_aliases_count",
    "test_speakers_lists_counts_and_aliases",
    "test_speakers_merge_through_the_cli",
    "test_show_gives_the_paragraph_and_provenance",
    "test_export_streams_every_quote",
    "test_stats",
    "test_a_publication_date_standing_in_is_told_apart",
    "test_csv_with_no_rows_prints_the_header",
    "test_csv_header_is_the_same_with_rows",
])) + list(_cases(statements, [
    "test_quotebank_dates_for_year_only_and_undated_statements",
    "test_who_said_shows_a_statement_once_with_sources_and_earliest_date",
    "test_limit_counts_statements_not_occurrences",
    "test_show_lists_every_source",
    "test_quotebank_export",
    "test_who_said_gives_each_statement_once_however_often_reprinted",
    "test_who_said_filters_apply_to_the_occurrences_of_a_statement",
])) + list(_cases(cli_corpora, [
    "test_nul_characters_in_a_record_are_removed_and_reported",
]))


@pytest.mark.parametrize("test, params", SUITE)
def test_cli_suite_on_postgres(test, params, cli, pg_db, tmp_path):
    wanted = inspect.signature(test).parameters
    fixtures = {"cli": cli, "db_path": pg_db, "tmp_path": tmp_path}
    if "filled_db" in wanted:
        fixtures["filled_db"] = fill(pg_db)
    test(**{name: fixtures.get(name, params.get(name)) for name in wanted})


def test_timeline_on_postgres(pg_db):
    from quotedb.timeline import timeline

    fill(pg_db)
    with qdb.open_database(pg_db) as database:
        t = timeline(database, "negotiate")
        assert [(p.period, p.statements) for p in t.points] == [("2020-01", 1), ("2020-02", 2)]
        per_speaker = timeline(database, speakers=["Zarif"], by="year")
        assert [(p.series, p.quotes) for p in per_speaker.points] == [("Mohammad Javad Zarif", 2)]


def test_force_keeps_quote_ids_on_postgres(pg_db):
    import dataclasses

    from conftest import article, store

    ex = article(("We will negotiate", "Jane Doe", None), ("Taxes will fall", "Jim Roe", None))
    store(pg_db, ex)
    with qdb.open_database(pg_db) as database:
        before = [r["id"] for r in database.rows("SELECT id FROM quotes ORDER BY id")]
    store(pg_db, dataclasses.replace(ex, quotes=ex.quotes[:1]), force=True)
    with qdb.open_database(pg_db) as database:
        assert [r["id"] for r in database.rows("SELECT id FROM quotes")] == before[:1]
        assert database.scalar("SELECT SUM(sources) FROM statements") == 1


def _one(url, sql, **params):
    with qdb.open_database(url, migrate=False) as database:
        return database.one(sql, params)


def test_migrations_build_the_postgres_search(pg_db):
    url = qdb.resolve_url(pg_db)
    qdb.upgrade(url)
    assert qdb.current_revision(url) == qdb.HEAD_REVISION
    column = _one(url, "SELECT data_type, is_generated FROM information_schema.columns"
                       " WHERE table_name = 'quotes' AND column_name = 'text_search'")
    assert column == {"data_type": "tsvector", "is_generated": "ALWAYS"}
    index = _one(url, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_quotes_text_search'")
    assert "USING gin (text_search)" in index["indexdef"]
    column = _one(url, "SELECT data_type, is_generated FROM information_schema.columns"
                       " WHERE table_name = 'statements' AND column_name = 'text_search'")
    assert column == {"data_type": "tsvector", "is_generated": "ALWAYS"}
    index = _one(url, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_statements_text_search'")
    assert "USING gin (text_search)" in index["indexdef"]
    qdb.downgrade(url, "0006")  # 0007 down: the statements' column and index go, nothing else
    assert _one(url, "SELECT COUNT(*) AS n FROM information_schema.columns"
                     " WHERE table_name = 'statements' AND column_name = 'text_search'")["n"] == 0
    assert _one(url, "SELECT COUNT(*) AS n FROM pg_indexes WHERE indexname = 'ix_quotes_text_search'")["n"] == 1
    qdb.upgrade(url)
    assert _one(url, "SELECT COUNT(*) AS n FROM information_schema.views"
                     " WHERE table_name = 'quote_view'")["n"] == 1


def test_models_and_migrations_agree_on_postgres(pg_db):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from quotedb.schema import is_managed_elsewhere, metadata

    url = qdb.resolve_url(pg_db)
    qdb.upgrade(url)
    engine = qdb.make_engine(url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "include_name": lambda name, type_, parent: not (
                    type_ in ("table", "column", "index") and is_managed_elsewhere(name)),
            })
            diff = compare_metadata(ctx, metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_downgrade_and_upgrade_keep_rows_and_search(cli, pg_filled):
    url = qdb.resolve_url(pg_filled)
    qdb.downgrade(url, "0002")
    assert _one(url, "SELECT COUNT(*) AS n FROM quotes")["n"] == 5
    qdb.upgrade(url)
    assert _one(url, "SELECT COUNT(*) AS n FROM statements")["n"] == 5
    rows = cli("who-said", "negotiate", "--db", pg_filled, "-f", "json").json()
    assert len(rows) == 3
    qdb.downgrade(url, "base")
    assert _one(url, "SELECT COUNT(*) AS n FROM information_schema.tables"
                     " WHERE table_schema = 'public' AND table_name != 'alembic_version'")["n"] == 0
    qdb.upgrade(url)
    assert cli("stats", "--db", pg_filled, "-f", "json").json()["quotes"] == 0


def test_search_columns_follow_updates(cli, pg_filled):
    """Both generated tsvectors (quotes 0004, statements 0007) follow their rows;
    who-said searches the statements'."""
    url = qdb.resolve_url(pg_filled)
    with qdb.open_database(pg_filled) as database:
        with database.transaction():
            sid = database.scalar("SELECT statement_id FROM quotes WHERE id = 1")
            database.execute("UPDATE quotes SET text = 'pineapple diplomacy' WHERE id = 1")
            database.execute("UPDATE statements SET text = 'pineapple diplomacy' WHERE id = :s", {"s": sid})
            database.execute("DELETE FROM quotes WHERE id = 2")
    assert _one(url, "SELECT array_agg(id) AS ids FROM quotes"
                     " WHERE text_search @@ plainto_tsquery('english', 'pineapple')")["ids"] == [1]
    rows = cli("who-said", "pineapple", "--db", pg_filled, "-f", "json").json()
    assert [r["id"] for r in rows] == [1]
    assert cli("who-said", "thanks", "--db", pg_filled, "-f", "json").json() == []


@pytest.mark.parametrize("query", cli_query.test_nasty_queries_never_raise_and_change_nothing
                         .pytestmark[0].args[1])
def test_nasty_queries_on_postgres(cli, pg_filled, query):
    result = cli("who-said", query, "--db", pg_filled, "--format", "json")
    assert result.exit_code in (0, 1)
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) <= 1
    assert _one(pg_filled, "SELECT COUNT(*) AS n FROM quotes")["n"] == 5


def test_raw_search_uses_web_search_syntax(cli, pg_filled):
    rows = cli("who-said", "negotiate -washington", "--raw", "--db", pg_filled, "-f", "json").json()
    assert {r["speaker"] for r in rows} == {"Ali Khamenei", "Mohammad Javad Zarif"}
    assert all("Washington" not in r["quote"] for r in rows)
    either = cli("who-said", "thanks OR economy", "--raw", "--db", pg_filled, "-f", "json").json()
    assert {r["speaker"] for r in either} == {"Donald Trump", "Hassan Rouhani"}
    phrase = cli("who-said", '"bad faith"', "--raw", "--db", pg_filled, "-f", "json").json()
    assert [r["speaker"] for r in phrase] == ["Mohammad Javad Zarif"]


def test_sql_is_read_only_on_postgres(cli, pg_filled):
    ok = cli("sql", "SELECT speaker, COUNT(*) AS n FROM quote_view GROUP BY speaker"
                    " ORDER BY n DESC, speaker", "--db", pg_filled, "-f", "json").json()
    assert ok[0] == {"speaker": "Mohammad Javad Zarif", "n": 2}
    like = cli("sql", "SELECT COUNT(*) AS n FROM quotes WHERE text LIKE '%negotiat%'",
               "--db", pg_filled, "-f", "json").json()
    assert like == [{"n": 2}]
    for statement in ("DELETE FROM quotes", "DROP TABLE quotes", "CREATE TABLE x (a int)",
                      "SELECT 1; DELETE FROM quotes", "COMMIT; DELETE FROM quotes",
                      "UPDATE speakers SET name = 'x'"):
        result = cli("sql", statement, "--db", pg_filled)
        assert result.exit_code == 1, statement
        assert result.stderr.startswith("quotedb: ") and len(result.stderr.splitlines()) == 1
    assert _one(pg_filled, "SELECT COUNT(*) AS n FROM quotes")["n"] == 5
    bad = cli("sql", "SELEC 1", "--db", pg_filled)
    assert bad.exit_code == 1 and bad.stderr.startswith("quotedb: SQL error:")


def test_seeds_end_to_end_on_postgres(cli, pg_db, tmp_path):
    first = cli("ingest", SEEDS, "--db", pg_db, "--jobs", "2")
    assert first.exit_code == 0 and first.stdout.startswith("5 documents added")
    rows = cli("who-said", "negotiate", "--db", pg_db, "-f", "json").json()
    assert rows and all(r["speaker"] and r["speaker"].lower() not in ("he", "she") for r in rows[:3])
    before = cli("export", "--db", pg_db).stdout
    again = cli("ingest", SEEDS, "--db", pg_db)
    assert again.stdout.startswith("0 documents added, 5 skipped")
    assert cli("export", "--db", pg_db).stdout == before
    dump = tmp_path / "d.jsonl"
    dump.write_text(json.dumps({"text": "“We will negotiate,” Ann Lee said.",
                                "url": "https://x.example/1", "published": "2021-05-06"}) + "\n")
    assert cli("ingest", dump, "--db", pg_db).exit_code == 0
    lee = cli("quotes", "--speaker", "Ann Lee", "--db", pg_db, "-f", "json").json()
    assert [(r["date"], r["date_source"]) for r in lee] == [("2021-05-06", "published")]


def test_force_and_statements_on_postgres(pg_db):
    store(pg_db, article(("Only here", "Ann Lee", None), title="Solo"), source="solo.txt")
    extraction = article(("Only here", "Ann Lee", None), title="Solo")
    emptied = type(extraction)(text=extraction.text, meta=extraction.meta, quotes=())
    assert store(pg_db, emptied, source="solo.txt", force=True).status == "replaced"
    assert _one(pg_db, "SELECT COUNT(*) AS n FROM statements")["n"] == 0
