"""Datasette: shipped metadata and canned queries, `quotedb serve`, and a real browser
searching the served database."""

from __future__ import annotations

import html
import importlib.util
import os
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest

from quotedb import web

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HAVE_DATASETTE = importlib.util.find_spec("datasette") is not None


def _canned(name: str) -> str:
    return web.metadata_for("quotes.db")["databases"]["quotes"]["queries"][name]["sql"]


def _run(db_path, sql, **params):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def test_metadata_follows_the_database_file_name():
    meta = web.metadata_for("/data/archive-2020.db")
    assert list(meta["databases"]) == ["archive-2020"]
    tables = meta["databases"]["archive-2020"]["tables"]
    assert tables["quote_view"]["fts_table"] == "quotes_fts"
    assert tables["quote_view"]["fts_pk"] == "quote_id"


def test_canned_query_quotes_by_speaker_uses_aliases(filled_db):
    rows = _run(filled_db, _canned("quotes_by_speaker"), speaker="zarif")
    assert [r["date_said"] for r in rows] == ["2020-02-10", "2020-01-24"]
    assert _run(filled_db, _canned("quotes_by_speaker"), speaker="Nobody") == []


def test_canned_query_search_timeline_counts_as_the_cli(filled_db):
    from quotedb.db import open_database
    from quotedb.timeline import timeline

    rows = _run(filled_db, _canned("search_timeline"), words="negotiate")
    with open_database(filled_db) as database:
        expected = [{"month": r["period"], "statements": r["statements"], "quotes": r["quotes"]}
                    for r in timeline(database, "negotiate").rows() if r["quotes"]]
    assert rows == expected == [{"month": "2020-01", "statements": 1, "quotes": 1},
                                {"month": "2020-02", "statements": 2, "quotes": 2}]


def test_canned_query_speaker_timeline(filled_db):
    rows = _run(filled_db, _canned("speaker_timeline"), speaker="Mohammad Javad Zarif")
    assert [(r["month"], r["quotes"]) for r in rows] == [("2020-01", 1), ("2020-02", 1)]
    assert rows[0]["first_quote"].startswith("We will negotiate")


def test_canned_query_most_quoted_speakers(filled_db):
    rows = _run(filled_db, _canned("most_quoted_speakers"))
    assert rows[0]["speaker"] == "Mohammad Javad Zarif" and rows[0]["quotes"] == 2
    assert rows[0]["articles"] == 2
    assert {r["speaker"] for r in rows} == {"Mohammad Javad Zarif", "Donald Trump",
                                            "Ali Khamenei", "Hassan Rouhani"}


def test_widely_reported_statements_query_runs(filled_db):
    rows = _run(filled_db, _canned("widely_reported_statements"))
    assert len(rows) == 5 and all(r["articles"] == 1 for r in rows)


def test_serve_without_datasette_is_a_clear_error(cli, filled_db, monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(web.importlib.util, "find_spec",
                        lambda name, *a: None if name == "datasette" else real(name, *a))
    result = cli("serve", "--db", filled_db)
    assert result.exit_code == 1
    assert "quotedb: Datasette is not installed: pip install 'quotedb[datasette]'" in result.stderr


@pytest.mark.skipif(not HAVE_DATASETTE, reason="datasette is not installed (pip install '.[datasette]')")
def test_serve_refuses_what_datasette_cannot_open(cli, tmp_path):
    missing = cli("serve", "--db", tmp_path / "none.db")
    assert missing.exit_code == 1 and "no database at " in missing.stderr
    pg = cli("serve", "--db", "postgresql://u@127.0.0.1:1/x")
    assert pg.exit_code == 1 and "Datasette serves SQLite files only" in pg.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(filled_db, tmp_path):
    """``quotedb serve``'s Datasette command, started on loopback."""
    port = _free_port()
    command = web.datasette_command(filled_db, port=port,
                                    metadata_file=str(tmp_path / "metadata.json"))
    assert command[-4:] == ["--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"datasette did not start: {proc.stderr.read().decode()[-500:]}")
                time.sleep(0.2)
        yield base + "/" + web.datasette_name(filled_db)
    finally:
        proc.terminate()
        proc.wait(10)


def _browser_dom(url: str) -> str:
    """The page as headless Chromium rendered it (no network beyond loopback)."""
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--disable-dev-shm-usage", f"--user-data-dir={profile}",
             "--dump-dom", url],
            capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stderr[-500:]
    return result.stdout


def _table_rows(dom: str) -> list[str]:
    body = dom.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in dom else ""
    rows = re.findall(r"<tr.*?</tr>", body, re.S)
    return [html.unescape(re.sub(r"<[^>]+>", " ", r)) for r in rows]


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium browser installed (apt-get install chromium)")
@pytest.mark.skipif(not HAVE_DATASETTE, reason="datasette is not installed (pip install '.[datasette]')")
def test_browser_searches_quotes_in_datasette(served):
    page = _browser_dom(served + "/quote_view")
    form = re.search(r'<form[^>]*action="([^"]*)"[^>]*>.*?</form>', page, re.S)
    assert form and 'name="_search"' in form.group(0)  # the search box is there
    assert len(_table_rows(page)) == 5
    # what submitting "negotiate" in that box (a GET form) loads
    rows = _table_rows(_browser_dom(f"{served}/quote_view?_search=negotiate"))
    assert len(rows) == 3  # negotiate, Negotiations, negotiated: stemmed search
    text = " ".join(rows)
    assert "Mohammad Javad Zarif" in text and "Ali Khamenei" in text
    assert "Rouhani" not in text and "No thanks" not in text
    quotes = _table_rows(_browser_dom(f"{served}/quotes?_search=negotiate"))
    assert len(quotes) == 3
    canned = _table_rows(_browser_dom(f"{served}/most_quoted_speakers"))
    assert canned and "Mohammad Javad Zarif" in canned[0]


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ", 1)[1][0] != "Z"  # a zombie has stopped
    except OSError:
        return False


@pytest.mark.skipif(not HAVE_DATASETTE, reason="datasette is not installed (pip install '.[datasette]')")
@pytest.mark.skipif(not hasattr(os, "getpgid") or not os.path.isdir("/proc"),
                    reason="needs /proc to see the Datasette child")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_serve_stops_datasette_and_cleans_up_on_a_signal(filled_db, tmp_path, signum):
    port = _free_port()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    proc = subprocess.Popen([sys.executable, "-m", "quotedb", "serve", "--port", str(port),
                             "--db", filled_db], env={**os.environ, "TMPDIR": str(tmp)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/-/versions.json"
    children: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"serve did not start: {proc.stderr.read().decode()[-500:]}")
                time.sleep(0.2)
        children = _children(proc.pid)
        assert len(children) == 1 and [p.name for p in tmp.iterdir()][0].startswith("quotedb-datasette-")
        proc.send_signal(signum)  # to quotedb alone, as `kill` or a closing terminal does
        assert proc.wait(timeout=20) == 128 + signum
        assert not _alive(children[0])
        with pytest.raises(OSError):
            urllib.request.urlopen(url, timeout=2)
        assert list(tmp.iterdir()) == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for child in children:  # never leave a server behind, even when the test fails
            if _alive(child):
                os.kill(child, signal.SIGKILL)
