"""Reliability report (issue 5): runs the reliability suite and the cases too slow
for it, and prints the numbers the README quotes.

    .venv/bin/python benchmarks/reliability_report.py              # suite + 50 MB one-line file
    .venv/bin/python benchmarks/reliability_report.py --big-mb 0   # suite only (~30 s)

Counts come from the suite itself: every bad input the input tests feed the CLI,
every fault the fault tests inject (one per collected fault test, plus the regex
timeout).  Documents lost is 0 exactly when every fault test passed, since each of
them checks that no document is missing, partial or duplicated.  Writes
benchmarks/out/reliability-DATE.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TESTS = REPO / "tests"
FILES = ["test_reliability_input.py", "test_reliability_faults.py",
         "test_reliability_security.py", "test_reliability_regex.py"]


def run_suite() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        xml = Path(tmp) / "junit.xml"
        t = time.monotonic()
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               f"--junitxml={xml}", *(str(TESTS / f) for f in FILES)],
                              cwd=REPO, capture_output=True, text=True)
        seconds = time.monotonic() - t
        cases = []
        for case in ET.parse(xml).iter("testcase"):
            outcome = "passed"
            for child in case:
                if child.tag in ("failure", "error"):
                    outcome = "failed"
                elif child.tag == "skipped":
                    outcome = "xfail" if "xfail" in (child.get("type") or "") else "skipped"
            cases.append((case.get("classname", ""), case.get("name", ""), outcome))
    return {"seconds": round(seconds, 1), "returncode": proc.returncode, "cases": cases,
            "tail": proc.stdout.strip().splitlines()[-1:] if proc.stdout else []}


def bad_input_count() -> int:
    """Distinct bad or odd inputs the input tests hand to the CLI: one per test or
    parameter, the batch tests counted by the files in their batch."""
    sys.path.insert(0, str(TESTS))
    import test_reliability_input as t  # noqa: PLC0415

    batch_tests = {"test_bad_files_are_skipped_one_line_each_and_the_batch_goes_on": 0,
                   "test_bad_input_in_a_real_process_gives_no_traceback": 2,  # stdin, missing
                   "test_extract_command_reports_bad_files_and_still_prints_the_good": 0,
                   "test_reingesting_bad_and_good_files_is_idempotent": 0,
                   "test_default_max_bytes_is_sensible": 0,
                   "test_file_over_max_bytes_is_reported_and_the_rest_go_in": 3}
    total = len(t.BAD_INPUTS)
    for name, fn in vars(t).items():
        if not name.startswith("test_") or not callable(fn):
            continue
        if name in batch_tests:
            total += batch_tests[name]
            continue
        marks = [m for m in getattr(fn, "pytestmark", []) if m.name == "parametrize"]
        total += sum(len(m.args[1]) for m in marks) if marks else 1
    return total


def big_file(mb: int) -> dict:
    """One line of ``mb`` MB of attributed quotes through `quotedb ingest`."""
    sentence = "“We will talk,” said Maria Lopez, the minister, as the talks went on and on. "
    count = mb * 1024 * 1024 // len(sentence.encode())
    with tempfile.TemporaryDirectory() as tmp:
        path, db = Path(tmp) / "line.txt", Path(tmp) / "t.db"
        with open(path, "w", encoding="utf-8") as fh:
            for _ in range(count // 1000):
                fh.write(sentence * 1000)
            fh.write(sentence * (count % 1000))
        t = time.monotonic()
        err = Path(tmp) / "stderr"
        with open(err, "wb") as fh:
            proc = subprocess.Popen([sys.executable, "-m", "quotedb", "ingest", str(path),
                                     "--max-bytes", f"{mb + 1}MB", "--db", str(db)],
                                    stdout=subprocess.DEVNULL, stderr=fh)
            _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak RSS
        seconds = time.monotonic() - t
        code = os.waitstatus_to_exitcode(status)
        out = {"mb": mb, "exit": code, "seconds": round(seconds, 1),
               "peak_rss_mb": round(usage.ru_maxrss / 1024),
               "stderr": err.read_text(errors="replace").strip()[-300:]}
        if code == 0:
            conn = sqlite3.connect(db)
            (text,) = conn.execute("SELECT text FROM documents").fetchone()
            spans = conn.execute("SELECT start_offset, end_offset, text FROM quotes").fetchall()
            conn.close()
            n, bad = len(spans), sum(text[s:e] != q for s, e, q in spans)
            out.update(quotes=n, expected_quotes=count, bad_offsets=bad)
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--big-mb", type=int, default=50, help="size of the one-line file (0: skip)")
    args = ap.parse_args()
    suite = run_suite()
    by_file: dict[str, list[str]] = {}
    for cls, _name, outcome in suite["cases"]:
        by_file.setdefault(cls.rsplit(".", 1)[-1], []).append(outcome)
    faults = [o for cls, name, o in suite["cases"]
              if cls.endswith("test_reliability_faults") and not name.startswith("test_database_paths")]
    report = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "suite_seconds": suite["seconds"],
        "tests": {f: {o: outs.count(o) for o in sorted(set(outs))} for f, outs in by_file.items()},
        "bad_inputs_tried": bad_input_count(),
        "faults_injected": len(faults) + 1,  # + the regex timeout (in the regex tests)
        "documents_lost": 0 if faults and all(o == "passed" for o in faults) else "unknown",
        "suite_result": suite["tail"],
    }
    if args.big_mb:
        report["one_line_file"] = big_file(args.big_mb)
    out = REPO / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / f"reliability-{dt.date.today()}.json").write_text(json.dumps(report, indent=2))
    print(json.dumps(report, indent=2))
    sys.exit(0 if suite["returncode"] == 0 else 1)


if __name__ == "__main__":
    os.environ.pop("QUOTEDB_DB", None)
    main()
