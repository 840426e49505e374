"""Two ingest processes and a reader on one (new) database at once: no "database is
locked", every document stored exactly once."""

from __future__ import annotations

import subprocess
import sys
import sqlite3
import time


def quotedb(*args):
    return subprocess.Popen([sys.executable, "-m", "quotedb", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_concurrent_writers_and_a_reader(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(30):
        (corpus / f"{i:02}.txt").write_text(
            f"Story {i}\n\n“We will negotiate about item {i} today,” Jane Doe said.\n")
    db = tmp_path / "shared.db"
    writers = [quotedb("ingest", corpus, "--db", db), quotedb("ingest", corpus, "--db", db, "--jobs", "2")]
    readers = []
    while any(w.poll() is None for w in writers) or not readers:
        if not db.exists():  # readers never create a database: wait for an ingest to
            time.sleep(0.02)
            continue
        reader = quotedb("who-said", "negotiate", "--db", db, "--format", "json")
        reader.wait(timeout=60)
        readers.append(reader)
    outputs = [w.communicate(timeout=120) for w in writers]
    for w, (out, err) in zip(writers, outputs):
        assert w.returncode == 0, err
        assert "locked" not in err
    for r in readers:
        out, err = r.communicate()
        assert r.returncode == 0, err
    added = sum(int(out.split()[0]) for out, _ in outputs)
    assert added == 30
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*), COUNT(DISTINCT sha256) FROM documents").fetchone() == (30, 30)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
