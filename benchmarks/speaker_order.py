"""Is the speakers table the same whatever order the articles are ingested in?

Extracts a folder once (PolNeAR's texts in ../shared by default), stores the extractions
in file order, reversed and shuffled into fresh databases, and compares the speakers
tables: each row's name, kind, ambiguous flag and the quotes (document hash, offset) on it.
Each document is stored as a batch of its own (consolidated after it), except in the
"reversed, one batch" run, stored as ``quotedb ingest`` stores a run (one consolidation
at the end).

    python benchmarks/speaker_order.py [DIR] [--shuffles 2]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from quotedb.consolidation import consolidate  # noqa: E402
from quotedb.db import open_database  # noqa: E402
from quotedb.extraction import extract  # noqa: E402
from quotedb.speakerdb import SpeakerBatch  # noqa: E402
from quotedb.store import store_extraction  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "polnear" / "texts"


def speakers_table(path: str) -> set:
    conn = sqlite3.connect(path)
    table = set()
    for sid, name, kind, amb in conn.execute("SELECT id, name, kind, ambiguous FROM speakers"):
        quotes = frozenset(conn.execute(
            "SELECT d.sha256, q.start_offset FROM quotes AS q JOIN documents AS d"
            " ON d.id = q.document_id WHERE q.speaker_id = ?", (sid,)).fetchall())
        if quotes:
            table.add((name, kind, amb, quotes))
    conn.close()
    return table


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default=str(DEFAULT))
    ap.add_argument("--shuffles", type=int, default=2)
    args = ap.parse_args()
    files = sorted(p for p in Path(args.folder).iterdir() if p.suffix in (".txt", ".md"))
    if not files:
        sys.exit(f"no articles in {args.folder}")
    docs = [(p.name, extract(p.read_text(encoding="utf-8", errors="replace"))) for p in files]
    orders = {"file order": docs, "reversed": docs[::-1], "reversed, one batch": docs[::-1]}
    for seed in range(1, args.shuffles + 1):
        shuffled = list(docs)
        random.Random(seed).shuffle(shuffled)
        orders[f"shuffle {seed}"] = shuffled
    tables = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, ordered in orders.items():
            path = str(Path(tmp) / f"{len(tables)}.db")
            batch = SpeakerBatch() if "one batch" in label else None
            with open_database(path) as db:
                for name, ex in ordered:
                    store_extraction(db, source=name, extraction=ex, extractor_version="order",
                                     speakers=batch)
                if batch is not None:
                    with db.transaction():
                        consolidate(db, batch)
            tables[label] = speakers_table(path)
    first = tables["file order"]
    print(f"{len(files)} articles, {len(first)} speakers with quotes (file order)")
    for label, table in tables.items():
        if label != "file order":
            diff = sorted((r[0], len(r[3])) for r in first ^ table)
            print(f"{label:20} {'same' if not diff else f'{len(diff)} rows differ: {diff[:6]}'}")


if __name__ == "__main__":
    main()
