"""The Spark job's ordering and the loader's errors, without Spark."""

from __future__ import annotations

import pytest

from quotedb.sources import SourceDoc, iter_sources
from quotedb.spark_job import Root, input_key, local_path, root_of


def test_input_key_sorts_a_folder_as_ingest_walks_it(tmp_path):
    names = ["b.txt", "a.txt", "Z.md", "a b.txt", "sub/c.txt", "sub/a.txt", "sub/deeper/x.txt",
             "sub-2/a.txt", "sub2/a.txt", "ab/a.txt", "a/z.txt", "sub/zz.txt", "é.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("“Words,” he said.", encoding="utf-8")
    walked = [item.source for item in iter_sources([str(tmp_path)]) if isinstance(item, SourceDoc)]
    root = Root("file:" + str(tmp_path), 0, True)
    by_key = sorted(walked, key=lambda p: input_key(root, "file:" + p, 0))
    assert by_key == walked and len(walked) == len(names)


def test_a_file_belongs_to_the_first_argument_naming_it():
    roots = {r.uri: r for r in [Root("file:/c/x.txt", 2, False), Root("file:/c", 1, True),
                                Root("hdfs://nn/crawl", 0, True)]}
    assert root_of("file:/c/x.txt", roots).index == 1
    assert root_of("file:/c/d/y.txt", roots).index == 1
    assert root_of("hdfs://nn/crawl/part-1.jsonl", roots).index == 0
    assert root_of("file:/elsewhere/y.txt", roots) is None
    assert local_path("file:///c/x.txt") == local_path("file:/c/x.txt") == "/c/x.txt"
    assert local_path("s3a://bucket/a.txt") == "s3a://bucket/a.txt"


def test_load_of_a_folder_not_written_by_the_job_is_one_line(cli, tmp_path):
    (tmp_path / "out" / "documents").mkdir(parents=True)
    r = cli("load", tmp_path / "out", "--db", tmp_path / "t.db")
    assert r.exit_code == 1
    assert r.stderr.strip() == f"quotedb: {tmp_path / 'out'}: no quotes/ folder (not written by quotedb spark?)"
    r = cli("load", tmp_path / "nowhere", "--db", tmp_path / "t.db")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and "no documents/ folder" in r.stderr


def test_load_of_a_corrupt_parquet_file_is_one_line(cli, tmp_path):
    pytest.importorskip("pyarrow", reason="pyarrow not installed (pip install '.[spark]')")
    for name in ("documents", "quotes"):
        (tmp_path / "out" / name).mkdir(parents=True)
    (tmp_path / "out" / "documents" / "part-0.parquet").write_bytes(b"PAR1 not really")
    r = cli("load", tmp_path / "out", "--db", tmp_path / "t.db")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1
    assert "part-0.parquet: unreadable Parquet" in r.stderr


def _dataset(root, docs: list[dict], quotes: list[dict]) -> None:
    """A minimal documents/ + quotes/ pair with the columns the loader reads."""
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install '.[spark]')")
    import pyarrow as pa

    from quotedb.bulkload import _Doc, _QuoteRow

    for name, rows, row in (("documents", docs, _Doc), ("quotes", quotes, _QuoteRow)):
        (root / name).mkdir(parents=True)
        table = pa.Table.from_pylist([{f: r.get(f) for f in row._fields} for r in rows],
                                     schema=_schema(pa, row))
        pq.write_table(table, root / name / "part-0.parquet")


def _schema(pa, row):
    types = {"start_offset": pa.int32(), "end_offset": pa.int32(), "paragraph_index": pa.int32(),
             "quote_count": pa.int32(), "confidence": pa.float64(),
             "speaker_aliases": pa.list_(pa.string())}
    return pa.schema([(f, types.get(f, pa.string())) for f in row._fields])


def _doc(key: str, sha: str, quotes: int) -> dict:
    return {"input_key": key, "sha256": sha, "source": f"{key}.txt", "text": "“Words,” he said.",
            "extractor_version": "test", "quote_count": quotes}


def _quote(key: str, sha: str) -> dict:
    return {"document_input_key": key, "document_sha256": sha, "text": "Words", "kind": "direct",
            "start_offset": 1, "end_offset": 6, "paragraph_index": 0, "speaker": "Ana Lindqvist",
            "confidence": 0.9, "statement_key": "words"}


@pytest.mark.parametrize("quote_key", ["0-a", "2-c"])  # before the first document, after the last
def test_quotes_of_a_document_missing_from_documents_are_one_line(cli, tmp_path, quote_key):
    quotes = sorted([_quote("1-b", "b" * 64), _quote(quote_key, "f" * 64)],
                    key=lambda q: q["document_input_key"])
    _dataset(tmp_path / "out", [_doc("1-b", "b" * 64, 1)], quotes)
    r = cli("load", tmp_path / "out", "--db", tmp_path / "t.db")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1
    assert r.stderr.strip() == (f"quotedb: quotes/ holds quotes of a document missing from"
                                f" documents/ ({'f' * 64})")


def test_a_document_whose_quotes_are_missing_is_one_line(cli, tmp_path):
    _dataset(tmp_path / "out", [_doc("1-b", "b" * 64, 2)], [_quote("1-b", "b" * 64)])
    r = cli("load", tmp_path / "out", "--db", tmp_path / "t.db")
    assert r.exit_code == 1 and r.stderr.strip() == "quotedb: 1-b.txt: 2 quotes expected in quotes/, 1 found"


def test_a_bad_document_read_ahead_is_reported_after_the_batches_before_it_are_stored(cli, tmp_path):
    """The next batch is read while one is stored: its error still comes where it is."""
    import sqlite3

    _dataset(tmp_path / "out", [_doc("1-a", "a" * 64, 1), _doc("2-b", "b" * 64, 2)],
             [_quote("1-a", "a" * 64), _quote("2-b", "b" * 64)])
    r = cli("load", tmp_path / "out", "--db", tmp_path / "t.db", "--batch", "1")
    assert r.exit_code == 1 and r.stderr.strip() == "quotedb: 2-b.txt: 2 quotes expected in quotes/, 1 found"
    conn = sqlite3.connect(tmp_path / "t.db")
    try:
        assert conn.execute("SELECT sha256 FROM documents").fetchall() == [("a" * 64,)]
    finally:
        conn.close()


def test_a_copy_failing_beside_the_speaker_rules_rolls_its_batch_back(tmp_path):
    """On PostgreSQL the statements and documents are copied from a second thread while
    the speakers are resolved: its error is the batch's, and nothing of it stays."""
    import test_postgres as pg

    if pg.PROBLEM:
        pytest.skip(pg.PROBLEM)
    import uuid

    from quotedb.bulkload import load
    from quotedb.db import open_database
    from quotedb.errors import QuotedbError

    good, bad = _doc("1-a", "a" * 64, 1), _doc("2-b", "b" * 64, 1)
    bad["text"] = "“Words,” he said.\x00"  # PostgreSQL's text holds no NUL: its COPY fails
    _dataset(tmp_path / "out", [good, bad], [_quote("1-a", "a" * 64), _quote("2-b", "b" * 64)])
    name = f"quotedb_load_{uuid.uuid4().hex[:8]}"
    pg._admin(f"CREATE DATABASE {name}")
    try:
        url = pg._url_of(name)
        with pytest.raises(QuotedbError, match="0x00"):
            load(str(tmp_path / "out"), db=url)
        database = open_database(url)
        try:
            counts = [database.scalar(f"SELECT COUNT(*) FROM {t}")
                      for t in ("documents", "statements", "quotes", "speakers")]
        finally:
            database.close()
        assert counts == [0, 0, 0, 0]
    finally:
        pg._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
