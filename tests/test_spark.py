"""`quotedb spark` then `quotedb load` gives what `quotedb ingest` gives.

One SparkSession (local[2]) and one job for the module, over the seeds, a synthetic
corpus in nested folders, JSON Lines and CSV dumps mapped with --field, a web page and
a few unusable inputs.  Skipped, with the reason, without pyspark or Java.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEEDS, count_documents
from scale_helpers import snapshot
from test_cli_corpora import PAGE
from quotedb.db import open_database
from quotedb.ingest import ingest
from quotedb.statements import statement_key
from quotedb.identity import name_key

_GEN = Path(__file__).resolve().parents[1] / "benchmarks" / "generate.py"
_spec = importlib.util.spec_from_file_location("bench_generate", _GEN)
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)


def _problem() -> str | None:
    if importlib.util.find_spec("pyspark") is None or importlib.util.find_spec("pyarrow") is None:
        return "pyspark/pyarrow not installed (pip install '.[spark]')"
    if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
        return "no Java runtime for Spark (.ci/run installs Debian's default-jre-headless)"
    return None


PROBLEM = _problem()
pytestmark = pytest.mark.skipif(PROBLEM is not None, reason=PROBLEM or "")
FIELDS = {"text": "body", "published": "date"}


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("quotedb-tests")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.sql.shuffle.partitions", "4").getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    """Inputs as a user would pass them: folders, a glob, dumps and a page."""
    root = tmp_path_factory.mktemp("corpus")
    generate.write_corpus(root / "synthetic", articles=48, seed=5, gold=False)
    extra = root / "synthetic" / "docs" / "0000" / "later"
    extra.mkdir()
    (extra / "a-late.txt").write_text(generate.article(5, 900)[0], encoding="utf-8")
    (root / "synthetic" / "docs" / "notes.dat").write_text("not an article", encoding="utf-8")
    (root / "synthetic" / "docs" / ".hidden.txt").write_text("“Hidden,” she said.", encoding="utf-8")
    (root / "synthetic" / "docs" / "empty.txt").write_text("   \n", encoding="utf-8")
    dumps = root / "dumps"
    dumps.mkdir()
    seed_text = sorted(SEEDS.glob("*.txt"))[1].read_text(encoding="utf-8")
    lines = []
    for i in range(6):
        text, g = generate.article(6, i)
        lines.append(json.dumps({"body": text, "title": g["title"], "date": g["published"]}))
    lines[2:2] = ["", "{not json", json.dumps({"title": "no body"}),
                  json.dumps({"body": seed_text, "date": "Tue, 28 Jan 2020 10:00:00 GMT"})]
    (dumps / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    import csv

    with open(dumps / "archive.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["body", "title", "date"])
        for i in range(4):
            text, g = generate.article(7, i)
            w.writerow([text, g["title"], g["published"]])
        w.writerow([seed_text, "reprint", ""])  # the same text again: stored once
    page = root / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    return [str(SEEDS), str(root / "synthetic"), str(dumps / "*.jsonl"),
            str(dumps / "archive.csv"), str(page), str(root / "missing.txt")]


@pytest.fixture(scope="module")
def job(spark, corpus, tmp_path_factory):
    from quotedb.spark_job import run

    out = tmp_path_factory.mktemp("parquet") / "out"
    problems = []
    summary = run(corpus, str(out), fields=FIELDS, spark=spark,
                  on_problem=lambda s, r, f: problems.append((s, r, f)))
    return out, summary, problems


@pytest.fixture(scope="module")
def ingested(corpus, tmp_path_factory):
    db = str(tmp_path_factory.mktemp("ingest") / "ingest.db")
    problems = []
    summary = ingest(corpus, db=db, fields=FIELDS,
                     on_problem=lambda s, r, f: problems.append((s, r, f)))
    return db, summary, problems


def test_load_gives_the_database_ingest_gives(job, ingested, tmp_path):
    out, summary, _ = job
    db, ingest_summary, _ = ingested
    loaded = str(tmp_path / "loaded.db")
    from quotedb.bulkload import load

    result = load(str(out), db=loaded, batch_docs=7)
    assert result.added == ingest_summary.added > 60
    assert result.skipped == ingest_summary.skipped == 2  # the seed reprinted in both dumps
    assert result.quotes == ingest_summary.quotes == summary.quotes - _reprint_quotes(out)
    want, got = snapshot(db), snapshot(loaded)
    for table in want:
        assert got[table] == want[table], table
    assert len(want["statements"]) > 100 and any(s[2] > 1 for s in want["statements"])


def _reprint_quotes(out) -> int:
    import pyarrow.parquet as pq

    docs = pq.read_table(out / "documents", columns=["sha256", "quote_count"]).to_pylist()
    seen, extra = set(), 0
    for d in docs:
        extra += d["quote_count"] if d["sha256"] in seen else 0
        seen.add(d["sha256"])
    return extra


def test_unusable_inputs_are_reported_as_ingest_reports_them(job, ingested):
    _, summary, problems = job
    _, ingest_summary, ingest_problems = ingested
    assert sorted(problems) == sorted(ingest_problems)
    assert summary.failed == ingest_summary.failed == 4  # empty file, bad JSON, no body, missing
    assert any("invalid JSON" in r for _, r, _ in problems)


def test_parquet_holds_the_database_columns_with_keys_computed(job):
    import pyarrow.parquet as pq

    out, summary, _ = job
    docs = {d["input_key"]: d for d in pq.read_table(out / "documents").to_pylist()}
    quotes = pq.read_table(out / "quotes").to_pylist()
    assert len(quotes) == summary.quotes > 500
    for col in ("start_offset", "end_offset", "kind", "speaker_mention", "role", "cue", "venue",
                "date_said", "date_precision", "date_source", "confidence", "statement_key",
                "speaker_name_key", "extractor_version", "document_sha256"):
        assert col in quotes[0]
    for q in quotes:
        doc = docs[q["document_input_key"]]
        assert doc["sha256"] == q["document_sha256"]
        assert doc["text"][q["start_offset"]:q["end_offset"]] == q["text"]
        assert q["statement_key"] == statement_key(q["text"])
        assert q["speaker_name_key"] == (name_key(q["speaker"]) or None)
    assert any(q["date_source"] == "published" for q in quotes)
    for part in (out / "documents").glob("*.parquet"):  # each sorted: quotedb load merges them
        keys = pq.read_table(part, columns=["input_key"]).column(0).to_pylist()
        assert keys == sorted(keys)


def test_load_is_idempotent_and_leaves_the_schema_alembic_made(job, ingested, tmp_path):
    from quotedb.bulkload import load

    out, _, _ = job
    loaded, fresh = str(tmp_path / "twice.db"), str(tmp_path / "fresh.db")
    load(str(out), db=loaded)
    before = snapshot(loaded)
    again = load(str(out), db=loaded, batch_docs=5)
    assert (again.added, again.quotes) == (0, 0) and again.skipped > 60
    assert snapshot(loaded) == before
    open_database(fresh).close()

    def schema(path):  # lines sorted: Alembic's batch mode orders table constraints at random
        conn = sqlite3.connect(path)
        try:
            return sorted((t, n, sorted((sql or "").splitlines())) for t, n, sql in conn.execute(
                "SELECT type, name, sql FROM sqlite_master"))
        finally:
            conn.close()

    assert schema(loaded) == schema(fresh)
    def found(path, word, table="quotes"):  # both FTS5 indexes are built in bulk
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            # rank 1: the index is checked against the table it indexes
            conn.execute(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)")
            return sorted(t for (t,) in conn.execute(
                f"SELECT t.text FROM {table}_fts JOIN {table} AS t ON t.id = {table}_fts.rowid"
                f" WHERE {table}_fts MATCH ?", (word,)))
        finally:
            conn.close()

    for table in ("quotes", "statements"):
        for word in ("negotiate", "minister", "budget"):
            assert found(loaded, word, table) == found(ingested[0], word, table)
        assert found(loaded, "negotiate", table)


def test_load_onto_an_ingested_database_skips_its_articles_and_joins_its_speakers(
        job, ingested, corpus, tmp_path):
    """Seeds ingested first (as the first input they are first in ingest's order too):
    the load skips them and links its quotes to their speakers and statements."""
    from quotedb.bulkload import load

    out, _, _ = job
    db = str(tmp_path / "mixed.db")
    first = ingest([corpus[0]], db=db)
    result = load(str(out), db=db, batch_docs=13)
    assert first.added == 5 and result.skipped == 5 + ingested[1].skipped
    assert result.added == ingested[1].added - 5
    assert snapshot(db) == snapshot(ingested[0])


def test_sigkill_mid_load_loses_nothing_and_rerun_completes(job, ingested, tmp_path):
    out, _, _ = job
    db = tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "quotedb", "load", str(out), "--db", str(db), "--batch", "1"]
    proc = subprocess.Popen(cmd, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline and count_documents(db) < 6:
        time.sleep(0.002)
    assert proc.poll() is None, "the load finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        stored = conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        orphans = conn.execute("SELECT COUNT(*) FROM quotes WHERE document_id NOT IN"
                               " (SELECT id FROM documents)").fetchone()[0]
    finally:
        conn.close()
    assert 6 <= stored < ingested[1].added and orphans == 0
    rerun = subprocess.run(cmd, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{ingested[1].added - stored} documents added" in rerun.stdout
    assert snapshot(str(db)) == snapshot(ingested[0])


def test_load_into_postgresql_gives_the_same_database(job, ingested):
    import test_postgres as pg

    if pg.PROBLEM:
        pytest.skip(pg.PROBLEM)
    import uuid

    from quotedb.bulkload import load

    out, _, _ = job
    name, fresh = (f"quotedb_load_{uuid.uuid4().hex[:8]}" for _ in range(2))
    pg._admin(f"CREATE DATABASE {name}")
    pg._admin(f"CREATE DATABASE {fresh}")
    try:
        url = pg._url_of(name)
        first = load(str(out), db=url, batch_docs=9)
        again = load(str(out), db=url)
        assert first.added == ingested[1].added and again.added == 0
        assert snapshot(url) == snapshot(ingested[0])
        database = open_database(url)
        try:
            hits = database.scalar("SELECT COUNT(*) FROM quotes"
                                   " WHERE text_search @@ websearch_to_tsquery('english', 'negotiate')")
            # ids were taken from the sequences in blocks: the next row gets a new one
            behind = [t for t in ("documents", "statements", "quotes", "speakers", "speaker_aliases")
                      if database.scalar(f"SELECT MAX(id) FROM {t}") > database.scalar(
                          f"SELECT last_value FROM {t}_id_seq")]
        finally:
            database.close()
        assert hits >= 1 and behind == []
        # the first batch dropped and remade indexes and foreign keys: all back as Alembic made them
        assert _pg_schema(url) == _pg_schema(pg._url_of(fresh))
    finally:
        pg._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        pg._admin(f"DROP DATABASE IF EXISTS {fresh} WITH (FORCE)")


def _pg_schema(url: str) -> list[tuple]:
    database = open_database(url)
    try:
        return sorted(tuple(r.values()) for r in database.rows(
            "SELECT tablename AS t, indexname AS n, indexdef AS d FROM pg_indexes"
            " WHERE schemaname = current_schema() UNION ALL"
            " SELECT CAST(conrelid AS regclass)::text, conname, pg_get_constraintdef(oid)"
            " FROM pg_constraint WHERE connamespace = CAST(current_schema() AS regnamespace)"))
    finally:
        database.close()
