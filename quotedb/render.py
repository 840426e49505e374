"""The one renderer: rows or a single record as table, json, jsonl or csv.

Rows are streamed for json, jsonl and csv (exports of any size); only the table
needs them all to size its columns.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sys
import time
from typing import IO, Iterable

from .errors import QueryError

FORMATS = ("table", "json", "jsonl", "csv")
PIPE_WIDTH = 100  # a table written to a file or pipe, when $COLUMNS does not say
WRAP_COLUMNS = ("quote", "text", "context")  # the column that gets the room and wraps
CUT_FIRST = ("title", "document", "aliases")  # cut before any other column
SOFT_WRAP = ("speaker", "name", "date")  # wrap at spaces rather than being cut
FLOORS = {"speaker": 12, "name": 12, "date": 11}  # narrowest a column gets (else 8)
WRAP_COMFORT = 40  # the quote's width before columns other than CUT_FIRST are cut
WRAP_MIN = 20
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_SPACES = re.compile(r"\s+")


def plural(n: int, word: str, words: str | None = None) -> str:
    """``1 document``, ``2 documents``, ``0 documents``."""
    return f"{n} {word if n == 1 else words or word + 's'}"


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


def _take(s: str, n: int) -> tuple[str, str]:
    """Split ``s`` after ``n`` visible characters; colour codes stay with their text."""
    seen, pos = 0, 0
    for m in _ANSI.finditer(s):
        if seen + (m.start() - pos) >= n:
            break
        seen += m.start() - pos
        pos = m.end()
    cut = pos + (n - seen)
    return s[:cut], s[cut:]


def _truncate(s: str, width: int) -> str:
    """Cut ``s`` to ``width`` visible characters, keeping colour codes balanced."""
    if _width(s) <= width:
        return s
    head = _take(s, max(0, width - 1))[0] + "…"
    return head + "\x1b[0m" if "\x1b[" in head else head


def _wrap(s: str, width: int) -> list[str]:
    """Greedy word wrap to ``width`` visible characters (words longer than a line are
    split); a colour left open at a line end is closed there and reopened below."""
    if _width(s) <= width:
        return [s]
    width = max(1, width)
    lines: list[str] = []
    line, used = "", 0
    for word in s.split(" "):
        w = _width(word)
        if line and used + 1 + w <= width:
            line, used = f"{line} {word}", used + 1 + w
            continue
        if line:
            lines.append(line)
        while w > width:
            head, word = _take(word, width)
            lines.append(head)
            w = _width(word)
        line, used = word, w
    lines.append(line)
    opened = ""
    for i, text in enumerate(lines):
        text = opened + text
        codes = _ANSI.findall(text)
        opened = codes[-1] if codes and codes[-1] != "\x1b[0m" else ""
        lines[i] = text + ("\x1b[0m" if opened else "")
    return lines


def table_width(out: IO[str]) -> int:
    """Columns to fit: the terminal's on a terminal, else ``$COLUMNS`` or 100, so a
    table piped to a file or a pager stays readable."""
    if out.isatty():
        return shutil.get_terminal_size().columns
    try:
        return max(20, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return PIPE_WIDTH


def pick_columns(wanted: str | list[str] | None, available: list[str]) -> list[str] | None:
    """``--columns a,b,c`` checked against the columns a command has."""
    if not wanted:
        return None
    names = [c.strip() for c in wanted.split(",")] if isinstance(wanted, str) else list(wanted)
    names = [c for c in names if c]
    unknown = [c for c in names if c not in available]
    if unknown or not names:
        raise QueryError(f"--columns {','.join(unknown) or wanted!r}: choose from "
                         f"{','.join(available)}")
    return names


def render(rows: Iterable[dict], fmt: str, *, out: IO[str] | None = None,
           columns: list[str] | None = None, table_columns: list[str] | None = None,
           select: list[str] | None = None, wide: bool = False,
           width: int | None = None, empty: str = "no results") -> int:
    """Write ``rows``; returns how many.  ``columns`` fixes the csv/table header when
    there may be no rows; ``table_columns`` picks the few a table shows; ``select``
    (``--columns``) picks the fields of every format.  A table fits ``width``
    (default: :func:`table_width`) unless ``wide``."""
    out = out or sys.stdout
    if select:
        columns = table_columns = select
        if fmt != "table":  # a table keeps whole rows: a date still knows its source
            rows = ({c: r.get(c) for c in select} for r in rows)
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
        cols = table_columns or columns or list(rows[0])
        return _table(rows, cols, out, None if wide else (width or table_width(out)),
                      drop=not select)
    raise ValueError(f"unknown format {fmt!r}")


def _display(row: dict, col: str) -> str:
    value = row.get(col)
    if col == "date" and value and row.get("date_source") == "published":
        return f"{value} (published)"  # the article's date standing in, not said on
    return _SPACES.sub(" ", _cell(value, table=True))


def fit_widths(cols: list[str], natural: list[int], room: int,
               drop: bool = False) -> tuple[list[int], int | None]:
    """Column widths within ``room`` (gaps excluded) and the index of the column that
    wraps.  The wrapping column (the quote) gets the room: columns in ``CUT_FIRST``
    (titles, sources) are cut first, down to their floor, as far as the quote needs;
    the others (speaker...) only while the quote would get fewer than ``WRAP_COMFORT``
    characters, widest first; the quote never gets fewer than ``WRAP_MIN``.  With
    ``drop``, a CUT_FIRST column is left out (width 0) rather than leave the quote
    under ``WRAP_COMFORT``."""
    widths = list(natural)
    if sum(widths) <= room:
        return widths, None
    wrap = next((cols.index(c) for c in WRAP_COLUMNS if c in cols),
                max(range(len(cols)), key=lambda i: natural[i]))
    floors = [min(natural[i], max(len(c) if c not in SOFT_WRAP else 0, FLOORS.get(c, 8)))
              for i, c in enumerate(cols)]

    def others() -> int:
        return sum(w for i, w in enumerate(widths) if i != wrap)

    for c in CUT_FIRST:
        if c in cols and cols.index(c) != wrap and others() + natural[wrap] > room:
            i = cols.index(c)
            widths[i] = max(floors[i], widths[i] - (others() + natural[wrap] - room))
    want = min(natural[wrap], WRAP_COMFORT)
    while others() + want > room:
        cuttable = [i for i in range(len(cols)) if i != wrap and widths[i] > floors[i]]
        if not cuttable:
            break
        widths[max(cuttable, key=lambda j: widths[j] - floors[j])] -= 1
    widths[wrap] = max(min(natural[wrap], room - others()), min(natural[wrap], WRAP_MIN))
    if drop and widths[wrap] < want:
        for c in CUT_FIRST:
            if c in cols and cols.index(c) != wrap:
                i = cols.index(c)
                rest, w = fit_widths(cols[:i] + cols[i + 1:], natural[:i] + natural[i + 1:],
                                     room + 2, drop)
                return rest[:i] + [0] + rest[i:], None if w is None else (w + (w >= i))
    return widths, wrap


def _table(rows: list[dict], cols: list[str], out: IO[str], width: int | None,
           drop: bool = False) -> int:
    cells = [[_display(r, c) for c in cols] for r in rows]
    natural = [max([len(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(cols)]
    if width is None:
        widths, wrap = natural, None
    else:
        widths, wrap = fit_widths(cols, natural, width - 2 * (len(cols) - 1), drop)
    shown = [i for i, w in enumerate(widths) if w > 0]
    out.write("  ".join(cols[i].upper().ljust(widths[i]) for i in shown).rstrip() + "\n")
    blocks = []
    for row in cells:
        parts = [_wrap(row[i], widths[i]) if i == wrap or cols[i] in SOFT_WRAP
                 else [_truncate(row[i], widths[i])] for i in shown]
        sizes = [widths[i] for i in shown]
        height = max(map(len, parts))
        blocks.append(["  ".join(
            (p[k] if k < len(p) else "") + " " * (w - _width(p[k] if k < len(p) else ""))
            for p, w in zip(parts, sizes)).rstrip() for k in range(height)])
    spaced = any(len(b) > 1 for b in blocks)  # a blank line between wrapped rows
    for n, block in enumerate(blocks):
        if spaced and n:
            out.write("\n")
        out.write("".join(line + "\n" for line in block))
    return len(rows)


def bar_chart(rows: list[dict], out: IO[str] | None = None, *, width: int | None = None,
              label: str = "statements", also: str = "quotes") -> None:
    """A terminal bar chart: one line per period and series, bars scaled to the
    largest ``label`` count; the period is written once for its series."""
    out = out or sys.stdout
    width = width or table_width(out)
    several = len({r["speaker"] for r in rows}) > 1  # else no series column
    series_width = max(len(str(r["speaker"])) for r in rows) if several else 0
    period_width = max(len(r["period"]) for r in rows)
    top = max(r[label] for r in rows) or 1
    numbers = len(f"{top} ({max(r[also] for r in rows)} {also})")
    room = max(10, width - period_width - series_width - numbers - 6)
    previous = None
    for r in rows:
        bar = "█" * round(r[label] / top * room) if r[label] else ""
        period = r["period"] if r["period"] != previous else ""
        previous = r["period"]
        count = f"{r[label]} ({r[also]} {also})" if r[also] != r[label] else str(r[label])
        series = f"{str(r['speaker']).ljust(series_width)}  " if several else ""
        out.write(f"{period.ljust(period_width)}  {series}"
                  f"{bar}{' ' if bar else ''}{count if r[also] else ''}".rstrip() + "\n")


def render_record(record: dict, fmt: str, *, out: IO[str] | None = None) -> None:
    """One record (show, stats): a json object, or ``key  value`` lines as a table."""
    out = out or sys.stdout
    if fmt == "json":
        out.write(json.dumps(record, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt == "table":
        width = max(map(len, record))
        room = max(WRAP_MIN, table_width(out) - width - 2)
        for key, value in record.items():
            text = _cell(value, table=True)
            if key == "date" and value and record.get("date_source") == "published":
                text = _display(record, key)
            lines = [w for line in text.split("\n") for w in _wrap(_SPACES.sub(" ", line), room)]
            text = ("\n" + " " * (width + 2)).join(lines)
            out.write(f"{key.ljust(width)}  {text}".rstrip() + "\n")
    else:
        render([record], fmt, out=out)


def _rate(per_second: float) -> str:
    if per_second >= 1e6:
        return f"{per_second / 1e6:.2f} MB/s"
    return f"{per_second / 1e3:.1f} kB/s"


class Progress:
    """Ingest progress on stderr.  On a terminal: a bar (rich) with the documents
    done out of the total, documents and MB per second, quotes so far and the time
    left; problem lines print above it.  Elsewhere nothing while it runs;
    :meth:`timing` gives the elapsed time and rates for the closing summary line."""

    def __init__(self, stream: IO[str] | None = None, total: int | None = None):
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.total = total
        self.started = time.monotonic()
        self._bar = None
        self._task = None

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, TaskProgressColumn,
                                   TextColumn, TimeRemainingColumn)
        from rich.progress import Progress as Bar

        self._bar = Bar(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("documents"), TaskProgressColumn(),
                        TextColumn("{task.fields[rates]}"), TextColumn("ETA"),
                        TimeRemainingColumn(), console=Console(file=self.stream),
                        transient=True, redirect_stdout=False, redirect_stderr=False)
        self._task = self._bar.add_task("ingest", total=self.total, rates="")
        self._bar.start()

    def update(self, summary) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            self._start()
        elapsed = max(time.monotonic() - self.started, 1e-9)
        self._bar.update(self._task, completed=summary.documents,
                         rates=f"{summary.documents / elapsed:.1f} docs/s, "
                               f"{_rate(summary.bytes / elapsed)}, "
                               f"{plural(summary.quotes, 'quote')}")

    def note(self, line: str) -> None:
        """A line (a problem with one file) above the bar, or plainly without one."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def timing(self, summary) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return (f"in {elapsed:.1f} s ({summary.documents / elapsed:.1f} documents/s, "
                f"{_rate(summary.bytes / elapsed)})")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
