"""The store alone: MB/s of store_extraction() into a new SQLite database, one process,
and where the time goes, statement by statement.

    .venv/bin/python benchmarks/store_speed.py [DIR] [--what-if no-fts|one-transaction|no-indexes] [--cache-mb N]

DIR defaults to the 5 MB synthetic corpus (generated if missing).  Every document is
extracted first (not timed), then stored exactly as `quotedb ingest --jobs 1` stores
it.  The --what-if variants change the database or the transactions to show what a
design change would buy; they are measurements, not options of quotedb.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import pathlib
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotedb.consolidation import consolidate  # noqa: E402
from quotedb.db import open_database  # noqa: E402
from quotedb.extraction import EXTRACTOR_VERSION, extract  # noqa: E402
from quotedb.ingest import tune_writer  # noqa: E402
from quotedb.speakerdb import SpeakerBatch  # noqa: E402
from quotedb.store import store_extraction  # noqa: E402


class _TimedConnection:
    """sqlite3.Connection stand-in that adds each statement's wall time to a table."""

    def __init__(self, conn, seconds: dict, calls: collections.Counter):
        self._conn, self._seconds, self._calls = conn, seconds, calls

    def _timed(self, method, sql, params):
        key = " ".join(sql.split())[:72]
        t0 = time.perf_counter()
        try:
            return method(sql, params)
        finally:
            self._seconds[key] += time.perf_counter() - t0
            self._calls[key] += 1

    def execute(self, sql, params=()):
        return self._timed(self._conn.execute, sql, params)

    def executemany(self, sql, params):
        return self._timed(self._conn.executemany, sql, params)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?")
    ap.add_argument("--what-if", choices=["no-fts", "one-transaction", "no-indexes"])
    ap.add_argument("--cache-mb", type=int, help="SQLite page cache for the run (default: SQLite's 2 MB)")
    a = ap.parse_args()
    if a.dir is None:
        import perf

        a.dir = str(perf.corpus(mb=5, seed=1) / "docs")
    paths = sorted(pathlib.Path(a.dir).rglob("*.txt"))
    if not paths:
        sys.exit(f"no .txt files in {a.dir}")
    extractions = [(str(p), extract(p.read_text(encoding="utf-8", errors="replace"))) for p in paths]
    size = sum(len(ex.text.encode("utf-8")) for _, ex in extractions)

    with tempfile.TemporaryDirectory(prefix="quotedb-store-") as tmp:
        db = open_database(f"sqlite:///{tmp}/store.db")
        tune_writer(db)  # as ingest() sets it
        if a.cache_mb:
            db.execute(f"PRAGMA cache_size = {-1024 * a.cache_mb}")
        if a.what_if == "no-fts":
            db.execute("DROP TRIGGER quotes_fts_ai")
        if a.what_if == "no-indexes":
            for row in list(db.rows("SELECT name FROM sqlite_master WHERE type = 'index'"
                                    " AND tbl_name = 'quotes' AND sql IS NOT NULL")):
                db.execute(f'DROP INDEX "{row["name"]}"')
        seconds: dict = collections.defaultdict(float)
        calls: collections.Counter = collections.Counter()
        raw = db.conn
        db.conn = _TimedConnection(raw, seconds, calls)
        outer = contextlib.nullcontext()
        if a.what_if == "one-transaction":
            db.transaction = lambda: contextlib.nullcontext(db)
            outer = _one_transaction(db)
        t0, c0 = time.perf_counter(), time.process_time()
        speakers = SpeakerBatch()  # one batch, consolidated at the end, as ingest() does
        with outer:
            for source, ex in extractions:
                store_extraction(db, source=source, extraction=ex, extractor_version=EXTRACTOR_VERSION,
                                 speakers=speakers)
            with db.transaction():
                consolidate(db, speakers)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        db.conn = raw
        db.close()

    quotes = sum(len(ex.quotes) for _, ex in extractions)
    print(f"{len(extractions)} documents, {size / 1e6:.2f} MB, {quotes} quotes"
          f"{', what if ' + a.what_if if a.what_if else ''}: "
          f"{size / 1e6 / wall:.2f} MB/s wall ({wall:.2f} s), {size / 1e6 / cpu:.2f} MB/s CPU ({cpu:.2f} s)")
    in_sql = sum(seconds.values())
    print(f"inside SQLite calls: {in_sql:.2f} s ({100 * in_sql / wall:.0f}%)")
    for key, s in sorted(seconds.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {s:6.3f} s {100 * s / wall:4.0f}% {calls[key]:7d} x  {key}")


@contextlib.contextmanager
def _one_transaction(db):
    db.execute("BEGIN IMMEDIATE")
    yield
    db.execute("COMMIT")


if __name__ == "__main__":
    main()
