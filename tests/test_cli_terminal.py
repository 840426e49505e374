"""The table as a person sees it: the CLI run in a pseudo-terminal of a given width
on the ingested seeds; every quote must be readable in full in the QUOTE column."""

from __future__ import annotations

import fcntl
import json
import os
import re
import struct
import subprocess
import sys
import termios

import pytest

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def in_terminal(args: list[str], columns: int, exit_code: int = 0) -> str:
    """stdout and stderr of ``quotedb ARGS`` in a pty ``columns`` wide, colours removed."""
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    proc = subprocess.Popen([sys.executable, "-m", "quotedb", *map(str, args)],
                            stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=60) == exit_code
    return ANSI.sub("", b"".join(chunks).decode("utf-8").replace("\r\n", "\n"))


def column_text(table: str, name: str) -> str:
    """Everything written in column ``name`` over all lines, one space between pieces."""
    lines = table.splitlines()
    header = lines[0]
    start = header.index(name)
    following = re.search(r"\s\S", header[start:])
    end = start + following.end() - 1 if following else None
    return " ".join(" ".join(line[start:end].split()) for line in lines[1:] if line.strip())


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("args", [["who-said", "negotiate"], ["quotes", "--speaker", "Khatami"]])
def test_every_quote_is_readable_in_a_terminal(seeds_db, cli, args, columns):
    table = in_terminal([*args, "--db", seeds_db], columns)
    lines = table.splitlines()
    assert lines[0].split()[0] == "SPEAKER"
    assert max(len(line) for line in lines) <= columns
    shown = column_text(table, "QUOTE")
    quotes = cli(*args, "--db", seeds_db, "-f", "json").json()
    assert len(quotes) >= 3
    for q in quotes:
        assert " ".join(q["quote"].split()) in shown
    assert ("TITLE" in lines[0]) == (columns == 120)  # left out when the quote needs the room
    assert shown.count("…") == sum(q["quote"].count("…") for q in quotes)  # nothing cut


def test_columns_and_wide_in_a_terminal(seeds_db):
    table = in_terminal(["who-said", "negotiate", "--columns", "speaker,quote",
                         "--db", seeds_db], 80)
    assert table.splitlines()[0].split() == ["SPEAKER", "QUOTE"]
    wide = in_terminal(["who-said", "negotiate", "--wide", "--db", seeds_db], 80)
    assert max(len(line) for line in wide.splitlines()) > 200  # nothing cut or wrapped
    assert len(wide.splitlines()) == 1 + len(json.loads(subprocess.run(
        [sys.executable, "-m", "quotedb", "who-said", "negotiate", "--db", seeds_db, "-f",
         "json"], capture_output=True, text=True).stdout))
