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
