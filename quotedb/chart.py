"""A timeline as a chart file: PNG, SVG, or HTML with the SVG inline (no script, no
network).  Drawn with matplotlib, the optional extra ``plot``."""

from __future__ import annotations

import html
import io
from pathlib import Path

from .errors import QueryError, QuotedbError
from .timeline import Timeline

FORMATS = (".png", ".svg", ".html")
MAX_BARS = 40  # more periods than this are drawn as lines


def write_chart(tl: Timeline, path: str) -> str:
    """Write ``tl`` to ``path`` (its suffix picks the format); returns the format."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise QueryError(f"--output {path}: the file name must end in .png, .svg or .html")
    if not tl.points:
        raise QueryError("nothing to draw: no dated quote matches")
    fig = figure(tl)
    try:
        if suffix == ".png":
            fig.savefig(path, format="png", dpi=150)
        else:
            buf = io.StringIO()
            import matplotlib

            with matplotlib.rc_context({"svg.fonttype": "none"}):  # text stays text
                fig.savefig(buf, format="svg")
            svg = buf.getvalue()
            Path(path).write_text(svg if suffix == ".svg" else _html(tl, svg), encoding="utf-8")
    except OSError as exc:
        raise QuotedbError(f"{path}: cannot write the chart ({exc.strerror or exc})") from None
    return suffix[1:]


def figure(tl: Timeline):
    """The chart: statements per period, one bar (or line) series per speaker, with
    labelled axes, a title and a legend."""
    try:
        from matplotlib.figure import Figure
        from matplotlib.ticker import MaxNLocator
    except ImportError:
        raise QuotedbError("charts need matplotlib: pip install 'quotedb[plot]'") from None
    periods = tl.periods()
    n, k = len(periods), len(tl.series)
    fig = Figure(figsize=(min(14.0, max(7.0, 0.3 * n * k ** 0.5 + 4)), 4.8),
                 layout="constrained")
    ax = fig.add_subplot()
    for i, name in enumerate(tl.series):
        counts = {p.period: p.statements for p in tl.points if p.series == name}
        ys = [counts.get(p, 0) for p in periods]
        if n <= MAX_BARS:
            width = 0.8 / k
            bars = ax.bar([x - 0.4 + width * (i + 0.5) for x in range(n)], ys, width=width,
                          label=name)
            for j, bar in enumerate(bars):
                bar.set_gid(f"series-{i}-{j}")
        else:
            (line,) = ax.plot(range(n), ys, marker="o", markersize=3, label=name)
            line.set_gid(f"series-{i}")
    step = max(1, n // 24)
    ax.set_xticks(range(0, n, step), periods[::step], rotation=45 if n > 8 else 0,
                  ha="right" if n > 8 else "center", rotation_mode="anchor")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    note = (f"\n({tl.undated} matching quotes without a date precise to the {tl.by} are "
            f"left out)") if tl.undated else ""
    ax.set_xlabel(tl.by + note)
    ax.set_ylabel("statements")
    ax.set_title(tl.title())
    ax.legend(title="speaker" if tl.series != ("all speakers",) else None)
    ax.grid(axis="y", alpha=0.3)
    return fig


def _html(tl: Timeline, svg: str) -> str:
    rows = "".join(f"<tr><td>{html.escape(r['period'])}</td><td>{html.escape(r['speaker'])}</td>"
                   f"<td>{r['statements']}</td><td>{r['quotes']}</td></tr>"
                   for r in tl.rows() if r["quotes"])
    title = html.escape(tl.title())
    svg = svg[svg.index("<svg"):]  # drop the XML prologue inside HTML
    return (f"<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}"
            f"</title></head>\n<body>\n<h1>{title}</h1>\n{svg}\n<table>\n<thead><tr><th>period"
            f"</th><th>speaker</th><th>statements</th><th>quotes</th></tr></thead>\n<tbody>"
            f"{rows}</tbody>\n</table>\n</body></html>\n")
