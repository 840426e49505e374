"""Extraction throughput: MB/s of extract() over a corpus of .txt files, one process.

    .venv/bin/python benchmarks/extract_speed.py [DIR] [--repeat N] [--installed]

DIR defaults to ../shared/gold/polnear/texts (or the repository's seeds/). The
checkout's source is timed unless --installed, which times the quotedb the Python
running this script has installed: after `pip install .`, the compiled extractor
(setup.py). Run it with that environment's python:

    python3 -m venv /tmp/q && /tmp/q/bin/pip install . && /tmp/q/bin/python benchmarks/extract_speed.py --installed
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    default = ROOT.parent / "shared" / "gold" / "polnear" / "texts"
    ap.add_argument("dir", nargs="?", default=str(default if default.is_dir() else ROOT / "seeds"))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--installed", action="store_true", help="time the installed quotedb, not the checkout's source")
    a = ap.parse_args()
    if not a.installed:
        sys.path.insert(0, str(ROOT))
    from quotedb.extraction import build, extract, pipeline
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(pathlib.Path(a.dir).rglob("*.txt"))]
    if not texts:
        print(f"no .txt files in {a.dir}")
        return
    size = sum(len(t.encode("utf-8")) for t in texts) * a.repeat
    quotes = 0
    # steady state: tables loaded on first use (compiled patterns, the first-name list)
    # are a per-process start-up cost, paid once by each ingest worker, not per MB
    c_start = time.process_time()
    extract("Ann Lee runs the port. “We are ready,” she said. Officials said the ferry resumes.")
    start_up = time.process_time() - c_start
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(a.repeat):
        for t in texts:
            quotes += len(extract(t).quotes)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    # CPU time is the fairer figure on a shared machine; wall time is printed too
    print(f"{len(texts) * a.repeat} documents, {size / 1e6:.2f} MB, {quotes} quotes: "
          f"{size / 1e6 / dc:.2f} MB/s CPU ({dc:.2f} s), {size / 1e6 / dt:.2f} MB/s wall ({dt:.2f} s);"
          f" first-use start-up {start_up:.2f} s CPU; {build()} ({pathlib.Path(pipeline.__file__).parents[1]})")


if __name__ == "__main__":
    main()
