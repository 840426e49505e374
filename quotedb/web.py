"""Browsing the database in Datasette (an optional extra: ``pip install 'quotedb[datasette]'``).

The metadata shipped beside this module names the database ``quotes`` (what
Datasette calls ``quotes.db``); ``serve`` renames it for any other file, so the FTS
settings on ``quote_view`` and the canned queries apply whatever the file is called.
"""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from .db import describe, ensure_head, existing_url, sqlite_path
from .errors import DatabaseError, QuotedbError

METADATA = Path(__file__).with_name("datasette_metadata.json")
DEFAULT_PORT = 8001
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)


def datasette_name(path: str) -> str:
    """The name Datasette gives a database file: its file name without the suffix."""
    return Path(path).stem


def metadata_for(path: str) -> dict:
    """The shipped metadata with its database entry under ``path``'s Datasette name."""
    meta = json.loads(METADATA.read_text(encoding="utf-8"))
    meta["databases"] = {datasette_name(path): meta["databases"]["quotes"]}
    return meta


def datasette_command(db: str | None, *, port: int = DEFAULT_PORT, host: str = "127.0.0.1",
                      metadata_file: str) -> list[str]:
    """The command line that serves ``db``; the database is brought to head first."""
    if importlib.util.find_spec("datasette") is None:
        raise QuotedbError("Datasette is not installed: pip install 'quotedb[datasette]'")
    url = existing_url(db)
    path = sqlite_path(url)
    if path is None:
        raise DatabaseError(f"{describe(url)}: Datasette serves SQLite files only")
    ensure_head(url)
    with open(metadata_file, "w", encoding="utf-8") as f:
        json.dump(metadata_for(path), f)
    return [sys.executable, "-m", "datasette", "serve", path, "--metadata", metadata_file,
            "--host", host, "--port", str(port)]


class _Stopped(Exception):
    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def serve(db: str | None = None, *, port: int = DEFAULT_PORT, host: str = "127.0.0.1") -> int:
    """Run Datasette on ``host:port`` until it stops; returns its exit code.

    Ctrl-C, SIGTERM and SIGHUP stop the Datasette child too (it would otherwise go on
    answering on the port) and remove the temporary metadata folder; the exit code is
    then 128 + the signal number."""
    with tempfile.TemporaryDirectory(prefix="quotedb-datasette-") as tmp:
        command = datasette_command(db, port=port, host=host,
                                    metadata_file=os.path.join(tmp, "metadata.json"))

        def stop(signum, _frame):
            raise _Stopped(signum)

        previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
        proc = None
        try:
            proc = subprocess.Popen(command)
            return proc.wait()
        except KeyboardInterrupt:
            return 128 + signal.SIGINT
        except _Stopped as exc:
            return 128 + exc.signum
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            if proc is not None and proc.poll() is None:
                _stop_child(proc)


def _stop_child(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
