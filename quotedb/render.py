"""The one renderer: rows or a single record as table, json, jsonl or csv.

Rows are streamed for json, jsonl and csv (exports of any size); only the table
needs them all to size its columns.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import sys
import time
from typing import IO, Iterable

FORMATS = ("table", "json", "jsonl", "csv")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_SPACES = re.compile(r"\s+")


def _cell(value, table: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and table:
        return str(round(value, 4))
    if isinstance(value, (list, tuple)):
        if any(isinstance(v, dict) for v in value):
            return "\n".join(_cell(v, table) for v in value)  # one record a line
        return ", ".join(map(str, value))
    if isinstance(value, dict):
        return ", ".join(f"{k}={_cell(v)}" for k, v in value.items())
    return str(value)


def _width(s: str) -> int:
    return len(_ANSI.sub("", s))


def _truncate(s: str, width: int) -> str:
    """Cut ``s`` to ``width`` visible characters, keeping colour codes balanced."""
    if _width(s) <= width:
        return s
    out, seen, pos = [], 0, 0
    for m in _ANSI.finditer(s):
        chunk = s[pos:m.start()]
        if seen + len(chunk) >= width:
            break
        out.append(chunk + m.group())
        seen += len(chunk)
        pos = m.end()
    else:
        chunk = ""
    rest = s[pos:]
    out.append(_ANSI.sub("", rest)[: max(0, width - 1 - seen)] + "…")
    if "\x1b[" in "".join(out):
        out.append("\x1b[0m")
    return "".join(out)


def render(rows: Iterable[dict], fmt: str, *, out: IO[str] | None = None,
           columns: list[str] | None = None, table_columns: list[str] | None = None,
           empty: str = "no results") -> int:
    """Write ``rows``; returns how many.  ``columns`` fixes the csv/table header when
    there may be no rows; ``table_columns`` picks the few a table shows."""
    out = out or sys.stdout
    if fmt == "jsonl":
        n = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
        return n
    if fmt == "json":
        n = 0
        out.write("[")
        for row in rows:
            out.write(("," if n else "") + "\n  " + json.dumps(row, ensure_ascii=False, default=str))
            n += 1
        out.write("\n]\n" if n else "]\n")
        return n
    if fmt == "csv":
        writer, n = None, 0
        for row in rows:
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=columns or list(row), extrasaction="ignore",
                                        lineterminator="\n")
                writer.writeheader()
            writer.writerow({k: _cell(v) for k, v in row.items()})
            n += 1
        if writer is None and columns:
            csv.writer(out, lineterminator="\n").writerow(columns)
        return n
    if fmt == "table":
        rows = list(rows)
        if not rows:
            print(empty, file=sys.stderr)
            return 0
        return _table(rows, table_columns or columns or list(rows[0]), out)
    raise ValueError(f"unknown format {fmt!r}")


def _table(rows: list[dict], cols: list[str], out: IO[str]) -> int:
    cells = [[_SPACES.sub(" ", _cell(r.get(c), table=True)) for c in cols] for r in rows]
    widths = [max([len(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(cols)]
    if out.isatty():
        room = shutil.get_terminal_size().columns - 2 * (len(cols) - 1)
        while sum(widths) > room and max(widths) > 12:
            widest = widths.index(max(widths))
            widths[widest] = max(12, widths[widest] - (sum(widths) - room))
    line = "  ".join(c.upper().ljust(w) for c, w in zip(cols, widths)).rstrip()
    out.write(line + "\n")
    for row in cells:
        parts = []
        for value, w in zip(row, widths):
            value = _truncate(value, w)
            parts.append(value + " " * (w - _width(value)))
        out.write("  ".join(parts).rstrip() + "\n")
    return len(rows)


def render_record(record: dict, fmt: str, *, out: IO[str] | None = None) -> None:
    """One record (show, stats): a json object, or ``key  value`` lines as a table."""
    out = out or sys.stdout
    if fmt == "json":
        out.write(json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "table":
        width = max(map(len, record))
        for key, value in record.items():
            text = _cell(value, table=True)
            if "\n" in text:
                text = text.replace("\n", "\n" + " " * (width + 2))
            out.write(f"{key.ljust(width)}  {text}".rstrip() + "\n")
    else:
        render([record], fmt, out=out)


class Progress:
    """A one-line progress display on a terminal (stderr); silent elsewhere."""

    def __init__(self, stream: IO[str] | None = None, interval: float = 0.2):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.interval = interval
        self.started = self.last = time.monotonic()

    def update(self, summary) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < self.interval:
            return
        self.last = now
        mb = summary.bytes / 1e6
        rate = mb / max(now - self.started, 1e-9)
        self.stream.write(f"\r\x1b[K{summary.documents} documents ({summary.added} added, "
                          f"{summary.skipped} skipped, {summary.failed} failed), "
                          f"{summary.quotes} quotes, {mb:.1f} MB at {rate:.1f} MB/s")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
