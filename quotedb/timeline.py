"""Who said what over time: statements and quotes per day, week, month or year.

The counting lives here; ``quotedb timeline`` renders it as a terminal bar chart,
rows (json, csv) or a chart file (quotedb.chart).  A statement (one quotation
however many articles report it) counts once, in the period of the earliest date
any matching report gives; each quote (one report) counts in the period of its own
date.  Dates too coarse for the period (a bare year when counting months) and dates
without a year are left out and counted in ``undated``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from .db import Database, and_all, in_list
from .errors import QueryError
from .models import PERIODS
from .queries import _filters, fts_rows, match_expression, resolve_speaker

ALL = "all speakers"


@dataclass(frozen=True, slots=True)
class Point:
    period: str  # 2020-01-24, 2020-W04, 2020-01 or 2020
    series: str  # a speaker's name, or ALL
    statements: int
    quotes: int


@dataclass(frozen=True)
class Timeline:
    by: str
    words: str | None
    series: tuple[str, ...]
    points: tuple[Point, ...]  # every period from the first to the last, for each series
    undated: int  # matching quotes whose date does not say the period

    def rows(self) -> list[dict]:
        return [{"period": p.period, "speaker": p.series, "statements": p.statements,
                 "quotes": p.quotes} for p in self.points]

    def periods(self) -> list[str]:
        return list(dict.fromkeys(p.period for p in self.points))

    def title(self) -> str:
        what = f" matching “{self.words}”" if self.words else ""
        who = " by speaker" if self.series != (ALL,) else ""
        return f"Statements per {self.by}{what}{who}"


def period_of(date: str | None, by: str) -> str | None:
    """The period holding an ISO date, or None when the date is too coarse for it."""
    if not date or not date[:4].isdigit():
        return None
    if by == "year":
        return date[:4]
    if by == "month":
        return date[:7] if len(date) >= 7 else None
    if len(date) < 10:
        return None
    if by == "day":
        return date[:10]
    year, week, _ = dt.date.fromisoformat(date[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def _period_range(first: str, last: str, by: str) -> list[str]:
    """Every period from ``first`` to ``last``, so a chart shows the quiet ones too."""
    if by == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    if by == "month":
        y, m = int(first[:4]), int(first[5:7])
        out = []
        while f"{y:04d}-{m:02d}" <= last:
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out
    if by == "week":
        day = dt.date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
        end = dt.date.fromisocalendar(int(last[:4]), int(last[6:]), 1)
        step = dt.timedelta(days=7)
    else:
        day, end, step = dt.date.fromisoformat(first), dt.date.fromisoformat(last), dt.timedelta(days=1)
    out = []
    while day <= end:
        out.append(period_of(day.isoformat(), by))
        day += step
    return out


def timeline(db: Database, words: str | None = None, *, speakers: list[str] | tuple = (),
             by: str = "month", raw: bool = False, since: str | None = None,
             until: str | None = None, kind: str | None = None) -> Timeline:
    """Statements and quotes per period matching ``words`` (as who-said reads them;
    none: every quote), one series per speaker named (none: one series, all speakers)."""
    if by not in PERIODS:
        raise QueryError(f"--by {by!r}: choose one of {', '.join(PERIODS)}")
    where, params = _filters(db, None, since, until, kind)
    if words is not None and words.strip():
        where.append(_search_condition(db, words, raw, params))
    series_of: dict[int, str] = {}
    for name in speakers:
        ids = resolve_speaker(db, name)  # as --speaker everywhere: ambiguous or unknown is an error
        label = db.scalar("SELECT name FROM speakers WHERE id = :id", {"id": ids[0]}) \
            if len(ids) == 1 else name
        for i in ids:
            series_of[i] = label
    if series_of:
        names, bound = in_list("sp", list(series_of))
        where.append(f"q.speaker_id IN ({names})")
        params.update(bound)
    rows = fts_rows(db, words or "", "SELECT q.id AS id, q.date_said AS date, q.statement_id AS statement_id,"
                    " q.speaker_id AS speaker_id FROM quotes AS q WHERE 1 = 1"
                    f"{and_all(where)}", params)
    labels = tuple(dict.fromkeys(series_of.values())) or (ALL,)
    quotes = {s: Counter() for s in labels}
    first_period: dict[tuple[str, object], str] = {}
    undated = 0
    for r in rows:
        period = period_of(r["date"], by)
        if period is None:
            undated += 1
            continue
        series = series_of.get(r["speaker_id"], ALL)
        quotes[series][period] += 1
        key = (series, r["statement_id"] if r["statement_id"] is not None else ("q", r["id"]))
        if key not in first_period or period < first_period[key]:
            first_period[key] = period
    statements = {s: Counter() for s in labels}
    for (series, _), period in first_period.items():
        statements[series][period] += 1
    seen = sorted({p for c in quotes.values() for p in c})
    periods = _period_range(seen[0], seen[-1], by) if seen else []
    points = tuple(Point(p, s, statements[s][p], quotes[s][p]) for p in periods for s in labels)
    return Timeline(by=by, words=words or None, series=labels, points=points, undated=undated)


def _search_condition(db: Database, words: str, raw: bool, params: dict) -> str:
    if db.dialect == "postgresql":
        params["tl_words"] = words
        tsquery = "websearch_to_tsquery" if raw else "plainto_tsquery"
        return f"q.text_search @@ {tsquery}('english', :tl_words)"
    params["tl_match"] = match_expression(words, raw)
    return "q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :tl_match)"
