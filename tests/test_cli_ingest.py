"""`quotedb ingest` and `quotedb extract` through the CLI, on temporary databases."""

from __future__ import annotations

import os
import sqlite3

import pytest

import quotedb.ingest

ARTICLES = {
    "talks.txt": "Talks resume\n\n“We will negotiate with anyone who comes to the table,” Jane Doe said.\n\n"
                 "The meeting ended late.\n",
    "budget.txt": "Budget news\n\n“The budget is balanced for the first time in a decade,” "
                  "Robert Miller said.\n",
    "sub/weather.md": "# Weather\n\n“It will rain all week in the northern valleys,” Anna Berg said.\n",
}


def write_corpus(root):
    for name, text in ARTICLES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def dump(db_path):
    """Everything a user could observe, minus timestamps."""
    conn = sqlite3.connect(db_path)
    try:
        return {
            "documents": conn.execute("SELECT id, source, sha256, text FROM documents ORDER BY id").fetchall(),
            "quotes": conn.execute("SELECT * FROM quotes ORDER BY id").fetchall(),
            "speakers": conn.execute("SELECT * FROM speakers ORDER BY id").fetchall(),
            "aliases": conn.execute("SELECT * FROM speaker_aliases ORDER BY id").fetchall(),
        }
    finally:
        conn.close()


def test_ingest_folder_then_again_changes_nothing(cli, tmp_path, db_path):
    corpus = write_corpus(tmp_path / "corpus")
    first = cli("ingest", corpus, "--db", db_path)
    assert first.exit_code == 0, first.stderr
    assert first.stdout.startswith("3 documents added, 0 skipped")
    before = dump(db_path)
    assert len(before["documents"]) == 3 and len(before["quotes"]) >= 3
    second = cli("ingest", corpus, "--db", db_path)
    assert second.exit_code == 0
    assert second.stdout.startswith("0 documents added, 3 skipped")
    assert "0 quotes added" in second.stdout
    assert dump(db_path) == before


def test_force_re_extracts_in_place(cli, tmp_path, db_path):
    corpus = write_corpus(tmp_path / "corpus")
    cli("ingest", corpus, "--db", db_path)
    before = dump(db_path)
    result = cli("ingest", corpus, "--db", db_path, "--force")
    assert result.exit_code == 0 and "3 re-extracted" in result.stdout
    after = dump(db_path)
    assert after["documents"] == before["documents"]
    assert after["quotes"] == before["quotes"]  # ids included: `show ID` still works


def test_bad_files_are_reported_one_line_each_and_the_rest_goes_in(cli, tmp_path, db_path):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_bytes(b" \n\n\t ")
    (corpus / "binary.txt").write_bytes(b"GIF89a\x00\x01\x02")
    result = cli("ingest", corpus, tmp_path / "missing.txt", "--db", db_path)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4
    reasons = {os.path.basename(line.split(": ")[1]): line for line in lines}
    assert "binary" in reasons["binary.txt"] and "empty" in reasons["empty.txt"]
    assert "whitespace" in reasons["blank.txt"] and "no such file" in reasons["missing.txt"]
    assert all(line.startswith("quotedb: ") for line in lines)
    assert result.stdout.startswith("3 documents added, 0 skipped (already stored), 4 failed")


def test_max_bytes_limit_is_reported(cli, tmp_path, db_path):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "huge.txt").write_text("word " * 1000)
    result = cli("ingest", corpus, "--db", db_path, "--max-bytes", "2K")
    assert result.exit_code == 1
    assert "huge.txt: 4.9 KB is larger than --max-bytes 2.0 KB" in result.stderr
    assert "3 documents added" in result.stdout
    assert cli("ingest", corpus, "--max-bytes", "lots", "--db", db_path).exit_code == 1


def test_extractor_crash_fails_only_that_document(cli, tmp_path, db_path, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus")
    real = quotedb.ingest.extract_document

    def flaky(doc):
        if "budget" in doc.text:
            raise TimeoutError("regex timed out")
        return real(doc)

    monkeypatch.setattr(quotedb.ingest, "extract_document", flaky)
    result = cli("ingest", corpus, "--db", db_path)
    assert result.exit_code == 1
    assert "budget.txt: extraction failed: TimeoutError: regex timed out" in result.stderr
    assert result.stdout.startswith("2 documents added, 0 skipped (already stored), 1 failed")
    # the failed document was not stored, so a later run picks it up
    monkeypatch.setattr(quotedb.ingest, "extract_document", real)
    assert cli("ingest", corpus, "--db", db_path).stdout.startswith("1 document added, 2 skipped")


def test_parallel_ingest_stores_the_same_as_serial(cli, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    for i in range(12):
        (corpus / f"extra{i:02}.txt").write_text(
            f"Item {i}\n\n“Number {i} is the answer to the question,” Jane Doe said.\n")
    serial, parallel = str(tmp_path / "serial.db"), str(tmp_path / "parallel.db")
    assert cli("ingest", corpus, "--db", serial).exit_code == 0
    assert cli("ingest", corpus, "--db", parallel, "--jobs", "2").exit_code == 0
    a, b = dump(serial), dump(parallel)
    assert a["quotes"] == b["quotes"] and a["speakers"] == b["speakers"]
    assert [d[2] for d in a["documents"]] == [d[2] for d in b["documents"]]


def test_a_dying_worker_fails_one_document_and_the_batch_goes_on(cli, tmp_path, db_path, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "poison.txt").write_text("POISON\n\n“Bad,” Jane Doe said.\n")
    real = quotedb.ingest.extract_document

    def killer(doc):
        if "POISON" in doc.text:
            os._exit(3)  # the worker process dies as if killed
        return real(doc)

    monkeypatch.setattr(quotedb.ingest, "extract_document", killer)
    result = cli("ingest", corpus, "--db", db_path, "--jobs", "2")
    assert result.exit_code == 1
    assert "poison.txt: the extractor process died" in result.stderr
    assert result.stdout.startswith("3 documents added, 0 skipped (already stored), 1 failed")


def test_stdin_and_globs(cli, tmp_path, db_path):
    corpus = write_corpus(tmp_path / "corpus")
    result = cli("ingest", "-", "--db", db_path, input=ARTICLES["talks.txt"])
    assert result.exit_code == 0 and result.stdout.startswith("1 document added")
    result = cli("ingest", str(corpus / "**" / "*.txt"), "--db", db_path)
    assert result.stdout.startswith("1 document added, 1 skipped")  # talks.txt came via stdin
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT source FROM documents ORDER BY id").fetchall()[0] == ("<stdin>",)
    conn.close()


def test_no_progress_bar_when_not_a_terminal(cli, tmp_path, db_path):
    result = cli("ingest", write_corpus(tmp_path / "corpus"), "--db", db_path)
    assert "\r" not in result.stderr and "\x1b" not in result.stderr + result.stdout


def test_database_env_var_and_default_path(cli, tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus")
    assert cli("ingest", corpus).exit_code == 0
    assert (tmp_path / "quotes.db").exists()
    monkeypatch.setenv("QUOTEDB_DB", str(tmp_path / "env.db"))
    assert cli("ingest", corpus).exit_code == 0
    assert (tmp_path / "env.db").exists()


@pytest.mark.parametrize("jobs", ["1", "2"])  # with workers, the database opens once they run
def test_unwritable_database_is_one_clear_line(cli, tmp_path, jobs):
    corpus = write_corpus(tmp_path / "corpus")
    result = cli("ingest", corpus, "--db", tmp_path / "no" / "such" / "dir" / "q.db", "--jobs", jobs)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "does not exist" in result.stderr
    assert result.stdout == ""  # nothing was stored, so no "stopped:" summary


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_database_file_is_a_clear_error(cli, tmp_path, db_path):
    corpus = write_corpus(tmp_path / "corpus")
    cli("ingest", corpus / "talks.txt", "--db", db_path)
    os.chmod(db_path, 0o444)
    result = cli("ingest", corpus, "--db", db_path)
    assert result.exit_code == 1 and "read-only" in result.stderr


def test_extract_emits_the_scorer_contract(cli, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    os.chdir(tmp_path)
    result = cli("extract", "corpus/talks.txt", "corpus/sub/weather.md", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = result.jsonl()
    assert rows, "the unmistakable quotes must be found"
    keys = ["doc", "start", "end", "text", "kind", "speaker", "speaker_mention", "role", "cue",
            "venue", "date", "date_precision", "confidence"]
    for row in rows:
        assert list(row) == keys
        text = (tmp_path / row["doc"]).read_text(encoding="utf-8")
        assert text[row["start"]:row["end"]] == row["text"]
    assert {r["doc"] for r in rows} <= {"corpus/talks.txt", "corpus/sub/weather.md"}
    assert any(r["speaker"] == "Jane Doe" and "negotiate" in r["text"] for r in rows)


def test_extract_reports_bad_files_and_continues(cli, tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    (corpus / "bin.txt").write_bytes(b"\x00\x01")
    result = cli("extract", corpus / "bin.txt", corpus / "talks.txt")
    assert result.exit_code == 1
    assert "bin.txt: binary file" in result.stderr
    assert result.jsonl() and all(r["doc"].endswith("talks.txt") for r in result.jsonl())


def _documents(db_path):
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    finally:
        conn.close()


def test_full_disk_is_one_clear_line_and_no_partial_document(cli, tmp_path, db_path, monkeypatch):
    import quotedb.db as qdb

    corpus = write_corpus(tmp_path / "corpus")
    assert cli("ingest", corpus / "talks.txt", "--db", db_path).exit_code == 0
    real = qdb._sqlite_pragmas

    def nearly_full(conn):
        real(conn)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(qdb, "_sqlite_pragmas", nearly_full)
    (corpus / "big.txt").write_text("“We will negotiate,” Jane Doe said.\n\n" + "filler text " * 20000)
    result = cli("ingest", corpus / "big.txt", "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "the disk is full" in result.stderr
    assert _documents(db_path) == 1


def test_read_only_database_is_one_clear_line(cli, tmp_path, db_path, monkeypatch):
    import quotedb.db as qdb

    corpus = write_corpus(tmp_path / "corpus")
    assert cli("ingest", corpus / "talks.txt", "--db", db_path).exit_code == 0
    real_connect = qdb.sqlite3.connect

    def read_only(path, *args, **kwargs):
        if not str(path).startswith("file:"):
            path, kwargs["uri"] = f"file:{path}?mode=ro", True
        return real_connect(path, *args, **kwargs)

    monkeypatch.setattr(qdb.sqlite3, "connect", read_only)
    result = cli("ingest", corpus, "--db", db_path)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "read-only" in result.stderr
    monkeypatch.undo()
    assert _documents(db_path) == 1


def test_a_record_the_schema_rejects_fails_only_its_document(cli, tmp_path, db_path, monkeypatch):
    from quotedb.models import Quote

    corpus = write_corpus(tmp_path / "corpus")
    real = quotedb.ingest.extract_document

    def odd(doc):
        ex = real(doc)
        if "budget" in doc.text:
            bad = Quote(start=0, end=1, text=doc.text[:1], kind="prophecy", paragraph=0)
            return type(ex)(text=ex.text, meta=ex.meta, quotes=ex.quotes + (bad,))
        return ex

    monkeypatch.setattr(quotedb.ingest, "extract_document", odd)
    result = cli("ingest", corpus, "--db", db_path)
    assert result.exit_code == 1
    assert "budget.txt: not stored: CHECK constraint failed" in result.stderr
    assert result.stdout.startswith("2 documents added, 0 skipped (already stored), 1 failed")
    assert _documents(db_path) == 2


def test_chunks_keep_input_order_and_a_dying_worker_fails_only_its_document(cli, tmp_path, db_path, monkeypatch):
    """Workers take several documents per task: a worker that dies takes a whole
    chunk down, and every other document of it must still be stored, in input order,
    beside an unreadable file that never reaches a worker."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(11):
        (corpus / f"doc{i:02}.txt").write_text(f"Note {i}\n\n“Figure {i} stands,” Ruth Amble said.\n")
    (corpus / "doc04.txt").write_text("POISON\n\n“Bad,” Ruth Amble said.\n")
    (corpus / "doc07.txt").write_bytes(b"PK\x03\x04\x00\x00\x01\x02binary\x00\x00")
    real = quotedb.ingest.extract_document

    def killer(doc):
        if "POISON" in doc.text:
            os._exit(3)
        return real(doc)

    monkeypatch.setattr(quotedb.ingest, "extract_document", killer)
    monkeypatch.setattr(quotedb.ingest, "CHUNK", 3)
    result = cli("ingest", corpus, "--db", db_path, "--jobs", "2")
    assert result.exit_code == 1
    assert "doc04.txt: the extractor process died" in result.stderr
    assert "doc07.txt" in result.stderr
    assert result.stdout.startswith("9 documents added, 0 skipped (already stored), 2 failed")
    conn = sqlite3.connect(db_path)
    stored = [os.path.basename(s) for (s,) in conn.execute("SELECT source FROM documents ORDER BY id")]
    conn.close()
    assert stored == [f"doc{i:02}.txt" for i in range(11) if i not in (4, 7)]


def test_speakers_are_consolidated_along_a_run_and_the_same_as_at_its_end(cli, tmp_path, monkeypatch):
    """A long ingest runs the whole-database speaker rules along the run (here every
    CONSOLIDATE_EVERY documents, their cost not waited for: readers see folded
    speakers, a killed run leaves little undone): the speakers come out as one
    consolidation at the end makes them."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = ["“The pier will reopen,” Maria Lindqvist said.", "“We are on schedule,” Lindqvist said.",
             "“Funding is secured,” Maria Lindqvist said.", "“Ferries run at dawn,” Tomas Brekke said.",
             "“Repairs took weeks,” Brekke said.", "“The tide helped,” Lindqvist said."]
    for i, line in enumerate(lines):
        (corpus / f"n{i}.txt").write_text(f"Harbour note {i}\n\n{line}\n")
    tables = []
    for every in (1, 500):
        monkeypatch.setattr(quotedb.ingest, "CONSOLIDATE_EVERY", every)
        monkeypatch.setattr(quotedb.ingest, "CONSOLIDATE_SHARE", float("inf"))  # never waits
        db = str(tmp_path / f"every{every}.db")
        assert cli("ingest", corpus, "--db", db).exit_code == 0
        conn = sqlite3.connect(db)
        tables.append(sorted(conn.execute(
            "SELECT s.name, s.kind, s.ambiguous, count(q.id) FROM speakers AS s"
            " LEFT JOIN quotes AS q ON q.speaker_id = s.id GROUP BY s.id").fetchall()))
        conn.close()
    assert tables[0] == tables[1]
    assert ("Maria Lindqvist", "person", 0, 4) in tables[0]  # the bare surname went to her


def test_consolidation_waits_for_enough_documents_and_pays_for_its_cost(monkeypatch):
    """The rules run CONSOLIDATE_EVERY documents apart at least, and after a run that
    took d seconds not before d / CONSOLIDATE_SHARE seconds have passed."""
    clock = [100.0]
    monkeypatch.setattr(quotedb.ingest.time, "monotonic", lambda: clock[0])
    monkeypatch.setattr(quotedb.ingest, "CONSOLIDATE_EVERY", 3)
    monkeypatch.setattr(quotedb.ingest, "CONSOLIDATE_SHARE", 0.1)
    pace = quotedb.ingest._Pace()
    assert [pace.due() for _ in range(3)] == [False, False, True]

    def two_seconds_of_rules():
        clock[0] += 2.0
        return "batch"
    assert pace.timed(two_seconds_of_rules) == "batch"
    assert [pace.due() for _ in range(5)] == [False, False, False, False, False]  # 20 s owed
    clock[0] += 19.9
    assert not pace.due()
    clock[0] += 0.1
    assert pace.due()


def test_head_start_queue_shrinks_back_without_running_the_workers_dry(monkeypatch):
    """While the writer opens the database the workers get HEAD_START chunks each; the
    queue then shrinks to 4 per worker by one chunk for every two the writer takes, so
    new work keeps arriving, and every result still comes back in input order."""
    from concurrent.futures import Future

    in_flight, most = [0], []

    class Pool:
        def submit(self, fn, work):
            in_flight[0] += 1
            most.append(in_flight[0])
            done = Future()
            done.set_result([("ok", t) for t in work])
            return done

        def shutdown(self, **_):
            pass

    monkeypatch.setattr(quotedb.ingest._Parallel, "_new_pool", lambda self: Pool())
    monkeypatch.setattr(quotedb.ingest, "HEAD_START", 6)
    parallel = quotedb.ingest._Parallel(2, chunk=2)
    out = []
    for task, result in parallel.map(range(100), head_start=True):
        if len(out) % 2 == 0:  # a chunk taken: one fewer in flight
            in_flight[0] -= 1
        out.append((task, result))
    assert [t for t, _ in out] == list(range(100))
    assert all(r == ("ok", t) for t, r in out)
    assert max(most) == 12  # HEAD_START chunks for each of the 2 workers
    assert most[12] == 12 and most[-1] <= 8  # refilled at once, then back to 4 per worker


def test_parallel_reingest_does_not_extract_stored_documents_again(cli, tmp_path, db_path, monkeypatch):
    """Workers skip a file whose text is already stored before extracting it: running
    ingest again over a grown folder extracts only the new files."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        (corpus / f"old{i}.txt").write_text(f"Depot note {i}\n\n“Bay {i} is open,” Ines Marr said.\n")
    assert cli("ingest", corpus, "--db", db_path, "--jobs", "2").exit_code == 0
    (corpus / "new.txt").write_text("Depot note 9\n\n“Bay 9 is shut,” Ines Marr said.\n")
    real = quotedb.ingest.extract_document

    def only_new(doc):
        assert "Bay 9" in doc.text, f"extracted a stored document again: {doc.source}"
        return real(doc)

    monkeypatch.setattr(quotedb.ingest, "extract_document", only_new)
    result = cli("ingest", corpus, "--db", db_path, "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("1 document added, 6 skipped (already stored), 0 failed")


def test_workers_yield_the_cpu_to_the_writer(cli, tmp_path, db_path, monkeypatch):
    """Issue 13: the single writer is the bottleneck on reprint-heavy news, so the
    extraction workers run at WORKER_NICENESS above it (and SCHED_IDLE on Linux) and
    take only what it leaves."""
    corpus = write_corpus(tmp_path / "corpus")
    seen = tmp_path / "niceness"
    real = quotedb.ingest.extract_document

    def noting(doc):
        with open(seen, "a") as f:
            policy = os.sched_getscheduler(0) if hasattr(os, "SCHED_IDLE") else None
            f.write(f"{os.getpid()} {os.nice(0)} {policy}\n")
        return real(doc)

    monkeypatch.setattr(quotedb.ingest, "extract_document", noting)
    writer = os.nice(0)
    assert cli("ingest", corpus, "--db", db_path, "--jobs", "2").exit_code == 0
    lines = [line.split() for line in seen.read_text().splitlines()]
    assert lines and all(int(pid) != os.getpid() for pid, _, _ in lines)  # extracted in workers
    assert {int(n) for _, n, _ in lines} == {min(19, writer + quotedb.ingest.WORKER_NICENESS)}
    if hasattr(os, "SCHED_IDLE"):  # Linux: they run only when a core is otherwise idle
        assert {p for _, _, p in lines} == {str(os.SCHED_IDLE)}
        assert os.sched_getscheduler(0) != os.SCHED_IDLE
    assert os.nice(0) == writer  # the writer's own priority is left alone
