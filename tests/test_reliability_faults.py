"""Faults: SIGKILL mid-ingest, concurrent writers with a reader, migrations from every
revision, a read-only database and a full disk.  Real processes where the fault is a
process fault; in-process injection only where the OS cannot be made to fail."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quotedb import db as qdb
from quotedb.extraction import extract
from quotedb.models import DocumentMeta, Extraction, Quote
from quotedb.curation import set_speaker_kind
from quotedb.store import store_extraction
from conftest import count_documents, invoke

QUOTEDB = [sys.executable, "-m", "quotedb"]
SPEAKERS = ["Maria Lopez", "Ann Lee", "John Smith", "Wei Zhang", "Olga Petrova",
            "Kofi Mensah", "Sara Cohen", "Luis Ortega"]


def write_corpus(folder: Path, n: int, paragraphs: int = 240) -> list[str]:
    """``n`` distinct articles, each with many attributed quotes (so extraction takes
    long enough for a kill to land in the middle of a run)."""
    folder.mkdir(parents=True, exist_ok=True)
    texts = []
    for i in range(n):
        lines = [f"Article {i}: talks continue", ""]
        for j in range(paragraphs):
            who = SPEAKERS[(i + j) % len(SPEAKERS)]
            lines += [f"“We will negotiate round {i}-{j} in good faith,” said {who}, "
                      f"the minister, on Monday.", ""]
        text = "\n".join(lines)
        (folder / f"a{i:03}.txt").write_text(text, encoding="utf-8")
        texts.append(text)
    return texts


def assert_database_sound(db: Path, corpus: list[str]) -> int:
    """integrity_check ok; every stored document is one of the corpus, stored once,
    with exactly the quotes a fresh extraction finds.  Returns the document count."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        tables = {n for (n,) in conn.execute("SELECT name FROM sqlite_master")}
        if "documents" not in tables:
            # killed while the schema was being created: the migration is one
            # transaction, so nothing of it (not even a revision) may be left
            assert not {"quotes", "speakers", "quotes_fts"} & tables, tables
            assert "alembic_version" not in tables or not conn.execute(
                "SELECT * FROM alembic_version").fetchall()
            return 0
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        docs = conn.execute("SELECT id, sha256, text FROM documents").fetchall()
        assert len({sha for _, sha, _ in docs}) == len(docs)
        assert len({text for _, _, text in docs}) == len(docs)
        known = set(corpus)
        for doc_id, _, text in docs:
            assert text in known
            stored = conn.execute(
                "SELECT start_offset, end_offset, text FROM quotes WHERE document_id = ?"
                " ORDER BY start_offset, end_offset", (doc_id,)).fetchall()
            assert stored == [(q.start, q.end, q.text) for q in extract(text).quotes], doc_id
        (fts,) = conn.execute("SELECT COUNT(*) FROM quotes_fts").fetchone()
        (n_quotes,) = conn.execute("SELECT COUNT(*) FROM quotes").fetchone()
        assert fts == n_quotes
        return len(docs)
    finally:
        conn.close()


# --- SIGKILL mid-ingest ----------------------------------------------------------------

@pytest.mark.parametrize("kill_after,jobs", [(0, 1), (2, 1), (9, 2), (16, 1)],
                         ids=["during-start", "after-2-docs", "after-9-docs-jobs2",
                              "after-16-docs"])
def test_sigkill_mid_ingest_loses_nothing_and_rerun_completes(tmp_path, kill_after, jobs):
    corpus = write_corpus(tmp_path / "corpus", 20)
    db = tmp_path / "t.db"
    proc = subprocess.Popen(QUOTEDB + ["ingest", str(tmp_path / "corpus"), "--db", str(db),
                                       "--jobs", str(jobs)],
                            cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if (kill_after == 0 and db.exists()) or (kill_after and count_documents(db) >= kill_after):
            break
        time.sleep(0.002)
    assert proc.poll() is None, "ingest finished before it could be killed: corpus too small"
    os.killpg(proc.pid, signal.SIGKILL)  # the command and its extraction workers
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    stored_before = assert_database_sound(db, corpus) if db.exists() else 0
    assert stored_before < len(corpus)
    if kill_after:
        assert stored_before >= kill_after

    rerun = subprocess.run(QUOTEDB + ["ingest", str(tmp_path / "corpus"), "--db", str(db)],
                           cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    assert (f"{len(corpus) - stored_before} documents added, {stored_before} skipped"
            in rerun.stdout)
    assert assert_database_sound(db, corpus) == len(corpus)  # documents lost: 0


def _reextracted(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("SELECT COUNT(*) FROM documents WHERE ingested_at > '2000-01-01'"
                            ).fetchone()[0]
    finally:
        conn.close()


def test_sigkill_during_force_reextraction_keeps_every_document_whole(tmp_path):
    """--force replaces a document's quotes in place: killed half-way, every document
    still has one complete set of quotes (old or new), never none or both."""
    corpus = write_corpus(tmp_path / "corpus", 12)
    db = tmp_path / "t.db"
    assert invoke("ingest", tmp_path / "corpus", "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("UPDATE documents SET ingested_at = '2000-01-01'")  # to see re-extraction
    conn.commit()
    conn.close()
    proc = subprocess.Popen(QUOTEDB + ["ingest", str(tmp_path / "corpus"), "--force", "--db",
                                       str(db)], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        if _reextracted(db) >= 3:
            break
        time.sleep(0.002)
    assert proc.poll() is None, "the --force run finished before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert assert_database_sound(db, corpus) == len(corpus)


@pytest.mark.parametrize("jobs", [1, 2])
def test_ctrl_c_mid_ingest_stops_cleanly(tmp_path, jobs):
    """SIGINT to the whole process group, as a terminal sends it: one line, exit 130,
    no traceback from the command or its workers, only whole documents stored."""
    corpus = write_corpus(tmp_path / "corpus", 20)
    db = tmp_path / "t.db"
    proc = subprocess.Popen(QUOTEDB + ["ingest", str(tmp_path / "corpus"), "--db", str(db),
                                       "--jobs", str(jobs)], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline and count_documents(db) < 3:
        time.sleep(0.002)
    assert proc.poll() is None
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err.strip() == "quotedb: interrupted"
    stored = assert_database_sound(db, corpus)
    assert 3 <= stored < len(corpus)
    rerun = invoke("ingest", tmp_path / "corpus", "--db", db)
    assert rerun.exit_code == 0 and f"{stored} skipped" in rerun.stdout
    assert assert_database_sound(db, corpus) == len(corpus)


class _InterruptedAfter:
    """A connection whose call into SQLite for ``sql`` completes and then Ctrl-C is
    raised, as CPython raises a pending KeyboardInterrupt when a C call returns."""

    def __init__(self, conn, sql: str):
        self._conn, self._sql = conn, sql

    def execute(self, sql, *args):
        result = self._conn.execute(sql, *args)
        if sql == self._sql:
            raise KeyboardInterrupt
        return result

    def __getattr__(self, name):
        return getattr(self._conn, name)


@pytest.mark.parametrize("sql, stored", [("BEGIN IMMEDIATE", 0), ("COMMIT", 1)])
def test_ctrl_c_as_a_transaction_begins_or_commits_leaves_none_open(tmp_path, sql, stored):
    """Regression (a CI run of test_ctrl_c_mid_ingest_stops_cleanly exited 1, not 130):
    an interrupt landing just after BEGIN left the connection inside a transaction, so
    the speaker rules that an interrupted ingest still runs failed on their own BEGIN."""
    db = qdb.open_database(f"sqlite:///{tmp_path / 't.db'}")
    real = db.conn
    db.conn = _InterruptedAfter(real, sql)
    with pytest.raises(KeyboardInterrupt):
        with db.transaction():
            db.execute("INSERT INTO speakers (name, name_key, kind) VALUES ('Ann Lee', 'ann lee', 'person')")
    db.conn = real
    assert not real.in_transaction
    with db.transaction():  # the next transaction starts
        assert db.scalar("SELECT COUNT(*) FROM speakers") == stored
    db.close()


# --- concurrent writers and a reader -------------------------------------------------

def test_two_ingests_and_a_reader_at_once(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 40)
    db = tmp_path / "t.db"
    assert invoke("db", "upgrade", "--db", db).exit_code == 0
    files = sorted(str(p) for p in (tmp_path / "corpus").iterdir())
    # opposite orders, so the two really write at the same time and meet in the middle
    writers = [subprocess.Popen(QUOTEDB + ["ingest", *order, "--db", str(db)],
                                cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True) for order in (files, files[::-1])]
    reads = 0
    while any(w.poll() is None for w in writers) or reads < 2:
        r = subprocess.run(QUOTEDB + ["who-said", "negotiate", "--format", "json", "--db",
                                      str(db)], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
        assert "locked" not in r.stderr
        json.loads(r.stdout)
        reads += 1
    added = []
    for w in writers:
        out, err = w.communicate(timeout=60)
        assert w.returncode == 0, err
        assert "locked" not in err and "Traceback" not in err
        added.append(int(out.split()[0]))  # "N documents added" (or "1 document")
    assert sum(added) == len(corpus)  # each document added by exactly one of the two
    assert min(added) > 0, "the two writers did not overlap"
    assert assert_database_sound(db, corpus) == len(corpus)


# --- migrations ----------------------------------------------------------------------

def _revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(qdb.alembic_config("sqlite://"))
    return [r.revision for r in reversed(list(script.walk_revisions()))]  # base -> head


def _snapshot(path: Path) -> dict[str, set[tuple]]:
    """Every user table as a set of rows (name-sorted columns), FTS shadow tables and
    Alembic's own table excluded."""
    conn = sqlite3.connect(path)
    try:
        tables = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%fts%' AND name != 'alembic_version'")]
        out = {}
        for t in tables:
            cols = sorted(c[1] for c in conn.execute(f'PRAGMA table_info("{t}")'))
            out[t] = {tuple(zip(cols, row)) for row in conn.execute(
                f"SELECT {', '.join(repr(c).replace(chr(39), chr(34)) for c in cols)} FROM \"{t}\"")}
        return out
    finally:
        conn.close()


def _fill(path: Path, decision: bool = False) -> None:
    said = [("We will negotiate in good faith", "Maria Lopez", 1),
            ("Not under pressure", "Ann Lee", 2), ("Talks resume Monday", "Maria Lopez", 3)]
    text = "Migrations\n\n" + "".join(f"“{q},” said {w}.\n\n" for q, w, _ in said)
    quotes, pos = [], len("Migrations\n\n")
    for q, w, para in said:
        quotes.append(Quote(start=pos + 1, end=pos + 1 + len(q), text=q, kind="direct",
                            paragraph=para, speaker=w, speaker_kind="person",
                            speaker_aliases=(w, w.split()[-1]), speaker_mention=w, cue="said",
                            confidence=0.9))
        pos += len(f"“{q},” said {w}.\n\n")
    with qdb.open_database(str(path)) as database:
        store_extraction(database, source="m.txt", extractor_version="test",
                         extraction=Extraction(text=text, meta=DocumentMeta(title="Migrations"),
                                               quotes=tuple(quotes)))
        if decision:  # a row for speaker_decisions (0008); a downgrade below it drops them
            set_speaker_kind(database, "Ann Lee", "person")


def _contained(old: dict[str, set[tuple]], new: dict[str, set[tuple]]) -> None:
    """Every row at the old revision is at head, on the columns the old one had."""
    for table, rows in old.items():
        assert table in new, f"table {table} lost"
        new_rows = {tuple(c for c in row if c[0] in {k for k, _ in next(iter(rows))})
                    for row in new[table]} if rows else set()
        assert rows <= new_rows, f"rows of {table} changed"


@pytest.mark.parametrize("revision", _revisions())
def test_a_database_at_every_revision_upgrades_to_head_with_its_rows(tmp_path, revision):
    """Rows are made at head by the library, taken down to ``revision`` (what that
    revision can hold), copied into a database *created* at ``revision``, then that
    database is upgraded to head by an ordinary command."""
    source = tmp_path / "source.db"
    _fill(source, decision=True)
    qdb.downgrade(qdb.resolve_url(str(source)), revision)
    at_revision = _snapshot(source)
    assert at_revision and all(at_revision.values()), "no rows to carry"

    created = tmp_path / "created.db"
    qdb.upgrade(qdb.resolve_url(str(created)), revision)
    conn = sqlite3.connect(created)
    conn.execute("PRAGMA foreign_keys = OFF")
    for table, rows in at_revision.items():
        for row in rows:
            cols = [c for c, _ in row]
            conn.execute(f'INSERT INTO "{table}" ({", ".join(cols)}) VALUES '
                         f'({", ".join("?" * len(cols))})', [v for _, v in row])
    conn.commit()
    conn.close()

    for path in (source, created):
        r = invoke("stats", "--format", "json", "--db", path)  # any command upgrades
        assert r.exit_code == 0, r.stderr
        assert qdb.current_revision(qdb.resolve_url(str(path))) == qdb.HEAD_REVISION
        _contained(at_revision, _snapshot(path))
        r = invoke("who-said", "negotiate", "--format", "json", "--db", path)
        assert [row["speaker"] for row in json.loads(r.stdout)] == ["Maria Lopez"]


def _fill_many(path: Path, n: int) -> None:
    """One document with ``n`` quotes by 200 speakers, so a migration takes a while."""
    said = [(f"We will negotiate point {i} with care", f"Person{i % 200} Name") for i in range(n)]
    text, quotes = "Many\n\n", []
    for i, (q, w) in enumerate(said):
        start = len(text) + 1
        text += f"“{q},” said {w}.\n\n"
        quotes.append(Quote(start=start, end=start + len(q), text=q, kind="direct",
                            paragraph=i + 1, speaker=w, speaker_kind="person",
                            speaker_aliases=(w,), speaker_mention=w, cue="said", confidence=0.9))
    with qdb.open_database(str(path)) as database:
        store_extraction(database, source="many.txt", extractor_version="test",
                         extraction=Extraction(text=text, meta=DocumentMeta(title="Many"),
                                               quotes=tuple(quotes)))


def test_sigkill_during_a_migration_leaves_the_old_or_the_new_schema(tmp_path):
    """A schema upgrade is one transaction: killed at any moment, the database is at
    the old revision or at head, with every row, and the next command finishes it."""
    import shutil

    revisions = _revisions()
    if len(revisions) < 2:
        pytest.skip("one revision: there is no upgrade to interrupt")
    seed = tmp_path / "seed.db"
    _fill_many(seed, 3000)
    qdb.downgrade(qdb.resolve_url(str(seed)), revisions[0])
    old = _snapshot(seed)

    def upgrade_copy(name: str, kill_after: float | None) -> Path:
        path = tmp_path / name
        shutil.copy(seed, path)
        start = time.monotonic()
        proc = subprocess.Popen(QUOTEDB + ["db", "upgrade", "--db", str(path)], cwd=tmp_path,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wal = Path(str(path) + "-wal")
        if kill_after is None:
            assert proc.wait(timeout=120) == 0, proc.stderr.read()
        else:  # at the time given, or once the migration has written 64 KB (kill_after 0)
            while proc.poll() is None and (time.monotonic() - start < kill_after if kill_after
                                           else not (wal.exists() and wal.stat().st_size > 65536)):
                time.sleep(0.002)
            if not kill_after:
                assert proc.poll() is None, "the upgrade finished before it could be killed"
            proc.kill()  # a time-based kill may land after the end: any outcome must hold
            proc.wait(timeout=30)
        upgrade_copy.seconds = time.monotonic() - start
        return path

    upgrade_copy("full.db", None)
    full = upgrade_copy.seconds
    for fraction in (0, 0.7):
        path = upgrade_copy(f"killed-{fraction}.db", full * fraction)
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
        assert qdb.current_revision(qdb.resolve_url(str(path))) in (revisions[0],
                                                                    qdb.HEAD_REVISION)
        _contained(old, _snapshot(path))
        r = invoke("stats", "--format", "json", "--db", path)
        assert r.exit_code == 0, r.stderr
        assert json.loads(r.stdout)["quotes"] == 3000
        _contained(old, _snapshot(path))


def test_downgrade_upgrade_round_trips_through_every_revision(tmp_path):
    path = tmp_path / "t.db"
    url = qdb.resolve_url(str(path))
    _fill(path)
    head_schema = _schema(path)
    before = _snapshot(path)
    for revision in reversed(_revisions()):  # head, ..., first
        qdb.downgrade(url, revision)
        qdb.upgrade(url)
        assert _schema(path) == head_schema
        assert _snapshot(path) == before, f"rows changed by a round trip through {revision}"
    qdb.downgrade(url, "base")
    assert qdb.current_revision(url) is None
    qdb.upgrade(url)
    assert _schema(path) == head_schema
    _fill(path)  # the rebuilt schema takes data again
    assert invoke("who-said", "negotiate", "--db", path).exit_code == 0


def _schema(path: Path) -> set[tuple]:
    """Every schema object; a table's definition as its sorted lines, since a batch
    migration may list the same constraints in another order."""
    conn = sqlite3.connect(path)
    try:
        return {(type_, name, tuple(sorted(line.strip().rstrip(",")
                                           for line in (sql or "").splitlines())))
                for type_, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master")}
    finally:
        conn.close()


# --- read-only database, full disk -----------------------------------------------------

GOOD = "Talks\n\n“We will negotiate in good faith,” said Maria Lopez, the minister.\n"
GOOD_QUOTE = "We will negotiate in good faith,"


def _one_clear_line(r) -> str:
    assert r.exit_code == 1, r.output
    assert "Traceback" not in r.output
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("quotedb: "), r.stderr
    return lines[0]


def test_read_only_database_gives_a_clear_error(tmp_path, monkeypatch):
    """In process: as root every connection is opened with ``mode=ro`` (what SQLite
    does for a file it may not write); the real thing is the next test."""
    db = tmp_path / "ro" / "t.db"
    db.parent.mkdir()
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert invoke("ingest", tmp_path / "a.txt", "--db", db).exit_code == 0
    (tmp_path / "c.txt").write_text(GOOD.replace("Maria Lopez", "John Smith"), encoding="utf-8")
    assert invoke("ingest", tmp_path / "c.txt", "--db", db).exit_code == 0
    (tmp_path / "b.txt").write_text(GOOD.replace("Maria", "Ana"), encoding="utf-8")
    before = _snapshot(db)
    os.chmod(db, 0o444)
    os.chmod(db.parent, 0o555)
    try:
        if os.geteuid() == 0:
            # root writes through file modes: open every connection read-only instead,
            # which is what SQLite does for a file it may not write
            real_connect = sqlite3.connect

            def read_only(database, *args, uri=False, **kwargs):
                if not uri and str(database) != ":memory:":
                    database, uri = f"file:{database}?mode=ro", True
                return real_connect(database, *args, uri=uri, **kwargs)

            monkeypatch.setattr(qdb.sqlite3, "connect", read_only)
        line = _one_clear_line(invoke("ingest", tmp_path / "b.txt", "--db", db))
        assert "read-only" in line and str(db) in line
        line = _one_clear_line(invoke("speakers", "merge", "Maria Lopez", "John Smith", "--db", db))
        assert "read-only" in line
        r = invoke("who-said", "negotiate", "--format", "json", "--db", db)
        if os.geteuid() == 0 or r.exit_code == 0:
            assert r.exit_code == 0  # reading still works
            assert {row["quote"] for row in json.loads(r.stdout)} == {GOOD_QUOTE}
        else:  # a WAL file in a folder nobody may write can be unreadable: say so clearly
            _one_clear_line(r)
    finally:
        os.chmod(db.parent, 0o755)
        os.chmod(db, 0o644)
    assert _snapshot(db) == before


def _unprivileged() -> list[str]:
    """A command prefix that drops root, so file modes really stop writes."""
    if os.geteuid() != 0:
        return []
    import shutil

    if shutil.which("setpriv"):
        return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    pytest.skip("running as root without setpriv: file modes cannot stop writes")


@pytest.mark.parametrize("folder_mode", [0o555, 0o777], ids=["file-and-folder", "file-only"])
def test_read_only_file_as_an_ordinary_user(folder_mode):
    """chmod 444 on the file (and 555 on its folder), commands run by a user who may
    not write: writes fail with one clear line, data unchanged; reads work when
    SQLite may create its shared-memory file beside the database."""
    import tempfile

    prefix = _unprivileged()
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        os.chmod(tmp, 0o755)  # pytest's own tmp_path is private to root
        work = Path(tmp)
        (work / "a.txt").write_text(GOOD, encoding="utf-8")
        (work / "b.txt").write_text(GOOD.replace("Maria Lopez", "John Smith"), encoding="utf-8")
        os.chmod(work / "b.txt", 0o644)
        db = work / "ro" / "t.db"
        db.parent.mkdir()
        assert invoke("ingest", work / "a.txt", "--db", db).exit_code == 0
        before = _snapshot(db)
        os.chmod(db, 0o444)
        os.chmod(db.parent, folder_mode)
        try:
            def run(*args):
                return subprocess.run(prefix + QUOTEDB + [*args, "--db", str(db)], cwd=work,
                                      capture_output=True, text=True, timeout=60)

            r = run("ingest", str(work / "b.txt"))
            assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
            (line,) = r.stderr.splitlines()
            assert "read-only" in line and str(db) in line
            r = run("speakers", "merge", "Maria Lopez", "Lopez")
            assert r.returncode == 1 and len(r.stderr.splitlines()) == 1, r.stderr
            r = run("who-said", "negotiate", "--format", "json")
            if folder_mode == 0o777:
                assert r.returncode == 0, r.stderr
                assert {row["quote"] for row in json.loads(r.stdout)} == {GOOD_QUOTE}
            else:
                assert r.returncode in (0, 1) and len(r.stderr.splitlines()) <= 1, r.stderr
        finally:
            os.chmod(db.parent, 0o755)
            os.chmod(db, 0o644)
        assert _snapshot(db) == before


def test_full_disk_gives_a_clear_error_and_no_partial_document(tmp_path, monkeypatch):
    """A real SQLITE_FULL: the test caps the file at its current size plus a few
    pages on every connection quotedb opens (no tmpfs can be mounted here)."""
    db = tmp_path / "t.db"
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert invoke("ingest", tmp_path / "a.txt", "--db", db).exit_code == 0
    before = _snapshot(db)
    real_pragmas = qdb._sqlite_pragmas

    def capped(conn):
        real_pragmas(conn)
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(qdb, "_sqlite_pragmas", capped)
    big = "Big\n\n" + "".join(f"“We will negotiate point {i} with care,” said Ann Lee.\n\n"
                              for i in range(3000))
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    line = _one_clear_line(invoke("ingest", tmp_path / "big.txt", "--db", db))
    assert "disk is full" in line and str(db) in line
    monkeypatch.undo()
    assert _snapshot(db) == before  # the failed document left nothing behind
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


# --- odd database paths, runaway queries ---------------------------------------------

@pytest.mark.parametrize("name", ["a#b.db", "c?d.db", "e%20f.db", "g h.db", "ü;'x\".db"])
def test_database_paths_with_url_characters_are_one_file(tmp_path, name):
    """'?', '#', '%' and quotes in a file name are part of the name: migrations, the
    writer and the read-only `sql` connection all open that one file."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    db = tmp_path / name
    assert invoke("ingest", tmp_path / "a.txt", "--db", db).exit_code == 0
    r = invoke("sql", "SELECT COUNT(*) AS n FROM documents", "--format", "csv", "--db", db)
    assert r.exit_code == 0 and r.stdout.split() == ["n", "1"], r.output
    assert invoke("db", "path", "--db", db).stdout.strip() == str(db)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".txt"
                  and not p.name.endswith(("-wal", "-shm"))) == [name]


def test_ctrl_c_stops_a_runaway_sql_query(tmp_path):
    db = tmp_path / "t.db"
    assert invoke("db", "upgrade", "--db", db).exit_code == 0
    proc = subprocess.Popen(QUOTEDB + ["sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                       "SELECT x + 1 FROM c) SELECT COUNT(*) FROM c",
                                       "--db", str(db)],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    time.sleep(1.0)
    assert proc.poll() is None
    proc.send_signal(signal.SIGINT)
    try:
        out, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover - the failure being tested for
        proc.kill()
        pytest.fail("`quotedb sql` ignored Ctrl-C")
    assert proc.returncode in (1, 130)
    assert len(err.splitlines()) == 1 and "interrupted" in err
