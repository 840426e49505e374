"""Beyond one machine, measured side by side in one run on this machine:

- `quotedb spark --master local[2]` against `quotedb ingest --jobs 2` (MB/s of article
  text; target: Spark within 20%), with the peak memory of the Spark driver (the
  quotedb process) and of its JVM at two corpus sizes (target: flat);
- `quotedb load` into SQLite against the store phase of `ingest --jobs 1` (the time
  spent in store_extraction, measured in the same process; target >= 3x);
- `quotedb load` into PostgreSQL through COPY (target >= 5 MB/s of article text).

    .venv/bin/python benchmarks/scale.py [--mb 20] [--small-mb 5] [--pg-url URL]
    .venv/bin/python benchmarks/scale.py --only load [--repeat 3]

``--only load`` skips the Spark and ingest --jobs 2 rows and measures the store phase
and the SQLite load (and PostgreSQL, given --pg-url) ``--repeat`` times, alternately,
keeping the fastest of each; the Spark output it loads is cached in
benchmarks/out/spark/ (made once with ``quotedb spark --master local[2]``;
delete it after changing the extractor).

Corpora are perf.py's cached synthetic ones (benchmarks/out/corpus/NNmb-s1).  The
machine is shared: every figure is printed with the load average (1, 5, 15 min) read
just before and after it.  PostgreSQL: `.ci/postgres start 55442` (as root) prints a
URL to pass with --pg-url; without one that row is skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import perf  # noqa: E402  (cached corpora)

PY = sys.executable
QUOTEDB = [PY, "-m", "quotedb"]


def loadavg() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def _children(pid: int) -> list[int]:
    out = []
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                if int((p / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    out.append(int(p.name))
            except (OSError, IndexError, ValueError):
                pass
    return out


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


_TICK = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / _TICK
    except (OSError, IndexError, ValueError):
        return 0.0


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def run_measured(cmd: list[str], env=None) -> dict:
    """Wall time and peak RSS of the command itself, of its JVM (if any) and of all
    its processes together, sampled every 100 ms."""
    peak = {"driver_mb": 0.0, "jvm_mb": 0.0, "all_mb": 0.0}
    cpu: dict[int, float] = {}  # last CPU seconds seen of every process of the tree
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    done = threading.Event()

    def sample():
        while not done.is_set():
            tree, todo = [], [proc.pid]
            while todo:
                pid = todo.pop()
                tree.append(pid)
                todo.extend(_children(pid))
            rss = {pid: _rss_mb(pid) for pid in tree}
            for pid in tree:
                cpu[pid] = max(cpu.get(pid, 0.0), _cpu_s(pid))
            jvm = sum(v for pid, v in rss.items() if "java" in _cmdline(pid).split(" ")[0])
            peak["driver_mb"] = max(peak["driver_mb"], rss.get(proc.pid, 0.0))
            peak["jvm_mb"] = max(peak["jvm_mb"], jvm)
            peak["all_mb"] = max(peak["all_mb"], sum(rss.values()))
            done.wait(0.1)

    before = loadavg()
    t0 = time.perf_counter()
    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    cpu_s = sum(cpu.values())  # sampled every 100 ms: the last tenth of a second is missed
    done.set()
    thread.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-2000:]}")
    return {"seconds": round(seconds, 2), "cpu_s": round(cpu_s, 2), "stdout": out.strip().splitlines()[-1:] or [""],
            "load_before": before, "load_after": loadavg(),
            **{k: round(v, 1) for k, v in peak.items()}}


_STORE_PHASE = r"""
import json, sys, time
import quotedb.ingest as ing
spent = [0.0, 0.0]
def timed(real):
    def run(*a, **k):
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            return real(*a, **k)
        finally:
            spent[0] += time.perf_counter() - t0
            spent[1] += time.process_time() - c0
    return run
ing.store_extraction = timed(ing.store_extraction)
ing.consolidate = timed(ing.consolidate)  # the run's speaker rules, once at its end
t0 = time.perf_counter()
s = ing.ingest([sys.argv[1]], db=sys.argv[2], jobs=1)
print(json.dumps({"total": time.perf_counter() - t0, "store": spent[0], "store_cpu": spent[1], "added": s.added,
                  "quotes": s.quotes, "bytes": s.bytes}))
"""


def text_mb(db: str) -> float:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT SUM(LENGTH(CAST(text AS BLOB))) FROM documents").fetchone()[0] / 1e6
    finally:
        conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--small-mb", type=float, default=5)
    ap.add_argument("--pg-url", default=os.environ.get("QUOTEDB_BENCH_PG_URL"))
    ap.add_argument("--only", choices=["load"], help="only the store phase and load rows")
    ap.add_argument("--repeat", type=int, default=1, help="runs of the load rows (fastest kept)")
    ap.add_argument("--out", default=str(HERE / "out" / "scale.json"))
    a = ap.parse_args()
    big = perf.corpus(mb=a.mb)
    work = Path(tempfile.mkdtemp(prefix="quotedb-scale-"))
    rows, result = [], {"mb": a.mb, "small_mb": a.small_mb, "nproc": os.cpu_count()}

    def row(name, figure, target, load):
        rows.append((name, figure, target, load))
        print(f"{name:34} {figure:62} {target:16} load {load}", flush=True)

    try:
        if a.only == "load":
            dataset = _cached_spark(big)
            mb = None
        else:
            small = perf.corpus(mb=a.small_mb)
            dataset = work / "big"
            mb = _extraction_rows(a, big, small, work, row, result)
        _load_rows(a, big, dataset, mb, work, row, result)
        result["rows"] = rows
        Path(a.out).parent.mkdir(parents=True, exist_ok=True)
        Path(a.out).write_text(json.dumps(result, indent=1) + "\n")
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _cached_spark(big: Path) -> Path:
    d = HERE / "out" / "spark" / big.name
    if not (d / "_done").exists():
        shutil.rmtree(d, ignore_errors=True)
        subprocess.run(QUOTEDB + ["spark", str(big / "docs"), "--output", str(d), "--master", "local[2]"],
                       cwd=ROOT, check=True, capture_output=True)
        (d / "_done").write_text("")
    return d


def _extraction_rows(a, big: Path, small: Path, work: Path, row, result: dict) -> float:
    """ingest --jobs 2 and spark local[2] on the same corpus, back to back; the corpus's
    MB of article text."""
    ing2 = run_measured(QUOTEDB + ["ingest", str(big / "docs"), "--db", str(work / "j2.db"), "--jobs", "2"])
    mb = text_mb(str(work / "j2.db"))
    ing2["mb_s"] = round(mb / ing2["seconds"], 3)
    row("ingest --jobs 2", f"{ing2['mb_s']} MB/s ({mb:.1f} MB in {ing2['seconds']} s), "
        f"peak {ing2['all_mb']} MB", "", f"{ing2['load_before']} -> {ing2['load_after']}")
    sp = run_measured(QUOTEDB + ["spark", str(big / "docs"), "--output", str(work / "big"),
                                 "--master", "local[2]"])
    sp["mb_s"] = round(mb / sp["seconds"], 3)
    ratio = sp["mb_s"] / ing2["mb_s"]
    row("spark local[2]", f"{sp['mb_s']} MB/s ({sp['seconds']} s, JVM start included; CPU "
        f"{sp['cpu_s']} s vs {ing2['cpu_s']} s) = x{ratio:.2f} of ingest --jobs 2", f">= x0.80 {'PASS' if ratio >= 0.8 else 'FAIL'}",
        f"{sp['load_before']} -> {sp['load_after']}")
    sp_small = run_measured(QUOTEDB + ["spark", str(small / "docs"), "--output", str(work / "small"),
                                       "--master", "local[2]"])
    marginal = (mb - a.small_mb) / max(sp["seconds"] - sp_small["seconds"], 1e-9)
    sp["marginal_mb_s"] = round(marginal, 3)
    row("spark local[2], start-up excluded", f"{marginal:.3f} MB/s (the {a.mb:g} MB run minus the "
        f"{a.small_mb:g} MB run) = x{marginal / ing2['mb_s']:.2f} of ingest --jobs 2",
        f">= x0.80 {'PASS' if marginal / ing2['mb_s'] >= 0.8 else 'FAIL'}",
        f"{sp_small['load_before']} -> {sp_small['load_after']}")
    growth = sp["driver_mb"] / max(sp_small["driver_mb"], 1)
    row("spark driver peak RSS", f"python {sp_small['driver_mb']} -> {sp['driver_mb']} MB, JVM "
        f"{sp_small['jvm_mb']} -> {sp['jvm_mb']} MB ({a.small_mb:g} -> {a.mb:g} MB corpus)",
        f"flat {'PASS' if growth <= 1.1 else 'FAIL'}", f"{sp_small['load_before']} -> {sp['load_after']}")
    result.update(ingest_jobs2=ing2, spark=sp, spark_small=sp_small)
    return mb


def _load_rows(a, big: Path, dataset: Path, mb: float | None, work: Path, row, result: dict) -> None:
    """Store phase of ingest --jobs 1 vs quotedb load into SQLite (fastest of
    ``a.repeat`` alternate runs), then into PostgreSQL."""
    j1 = ld = None
    for _ in range(a.repeat):
        for f in work.glob("j1.db*"):
            f.unlink()
        for f in work.glob("load.db*"):
            f.unlink()
        before = loadavg()
        out = subprocess.run([PY, "-c", _STORE_PHASE, str(big / "docs"), str(work / "j1.db")],
                             cwd=ROOT, capture_output=True, text=True, check=True)
        one = json.loads(out.stdout.strip().splitlines()[-1])
        one["load_before"], one["load_after"] = before, loadavg()
        j1 = one if j1 is None or one["store"] < j1["store"] else j1
        # the schema is made first, as for PostgreSQL: the store phase leaves out ingest's
        # making of it too (Alembic's migrations, ~1.5 s here)
        one = run_measured(QUOTEDB + ["db", "upgrade", "--db", str(work / "load.db")])
        schema_s = one["seconds"]
        one = run_measured(QUOTEDB + ["load", str(dataset), "--db", str(work / "load.db")])
        one["schema_s"] = schema_s
        ld = one if ld is None or one["seconds"] < ld["seconds"] else ld
    mb = mb or text_mb(str(work / "j1.db"))
    j1["store_mb_s"] = round(mb / j1["store"], 3)
    row("ingest --jobs 1 store phase", f"{j1['store_mb_s']} MB/s ({j1['store']:.1f} s of "
        f"{j1['total']:.1f} s; CPU {j1['store_cpu']:.1f} s)", "", f"{j1['load_before']} -> {j1['load_after']}")
    ld["mb_s"] = round(mb / ld["seconds"], 3)
    ratio = ld["mb_s"] / j1["store_mb_s"]
    row("load into SQLite", f"{ld['mb_s']} MB/s ({ld['seconds']} s, start-up included, schema made "
        f"before in {ld['schema_s']} s) = "
        f"x{ratio:.2f} of the store phase; CPU {ld['cpu_s']} s = "
        f"x{j1['store_cpu'] / ld['cpu_s']:.2f}", f">= x3 {'PASS' if ratio >= 3 else 'FAIL'}",
        f"{ld['load_before']} -> {ld['load_after']}")
    result.update(store_phase=j1, load_sqlite=ld)

    # 3. quotedb load into PostgreSQL (COPY)
    if a.pg_url:
        import psycopg

        name = f"quotedb_scale_{os.getpid()}"
        with psycopg.connect(a.pg_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        url = a.pg_url.rpartition("/")[0] + "/" + name
        subprocess.run(QUOTEDB + ["db", "upgrade", "--db", url], cwd=ROOT, check=True,
                       capture_output=True)
        pg = run_measured(QUOTEDB + ["load", str(dataset), "--db", url])
        pg["mb_s"] = round(mb / pg["seconds"], 3)
        row("load into PostgreSQL (COPY)", f"{pg['mb_s']} MB/s ({pg['seconds']} s, GIN index "
            f"kept; client CPU {pg['cpu_s']} s)", f">= 5 MB/s {'PASS' if pg['mb_s'] >= 5 else 'FAIL'}",
            f"{pg['load_before']} -> {pg['load_after']}")
        result["load_postgres"] = pg
        with psycopg.connect(a.pg_url, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


if __name__ == "__main__":
    main()
