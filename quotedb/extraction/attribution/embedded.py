"""Embedded social posts: a paragraph signed "— Name (@handle) Month D, YYYY"."""

from __future__ import annotations

import bisect
import itertools

import regex

from ...models import Mention, QuoteSpan
from .context import Context
from .records import Attribution


_SIGNATURE = regex.compile(
    r"[—–]\s*(?P<name>[^\n()—–]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})\s*$"
)


# Longer than any post a platform allows (X: 280 characters, 25,000 for paid accounts
# but embeds of those are rare; Threads 500; Bluesky 300), with room for links.
_POST_MAX = 1200
_URL_START = regex.compile(r"\s*(?:https?://|pic\.twitter|#|@)")


def embedded_posts(ctx: Context, spans: list[QuoteSpan]) -> list[Attribution]:
    text = ctx.text
    out: list[Attribution] = []
    from ..dates import _DATE, _resolve  # same expression grammar as the rest
    for p in ctx.paras:
        if p.end - p.start > 5000 or text.find("(@", p.start, p.end) < 0:
            continue
        m = _SIGNATURE.search(text, p.start, p.end)
        if m is None:
            continue
        start = p.start
        if _URL_START.match(text, p.start) and p.index > 0:
            start = ctx.paras[p.index - 1].start
        end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start and p.index > 0:
            # the signature on a line of its own, under the post's text (an embed's
            # blockquote turned into paragraphs)
            prev = ctx.paras[p.index - 1]
            if prev.end - prev.start <= _POST_MAX:
                start, end = prev.start, prev.end
        if end <= start:
            continue
        dm = _DATE.match(text, m.start("date"), m.end("date"))
        date = _resolve(dm, None, None) if dm else None
        name = m.group("name").strip()
        men = Mention(m.start("name"), m.end("name"), name, name, None, "person")
        out.append(Attribution(start, end, "embedded", p.index, men, "posted", "Twitter", date, 0.9, m.start()))
    return out


def _overlaps_any(spans: list[tuple[int, int]], reach: list[int], lo: int, hi: int) -> bool:
    """Whether any of the sorted ``spans`` overlaps [lo, hi): of those starting before
    ``hi``, the furthest end (``reach``, the running maximum of ends) passes ``lo``."""
    i = bisect.bisect_left(spans, (hi,))
    return i > 0 and reach[i - 1] > lo


def post_containing(embeds: list[Attribution], embed_ends: list[int], pos: int) -> Attribution | None:
    """The embedded post a quote starting at ``pos`` lies in (``embed_ends``: the posts'
    ends, increasing)."""
    ei = bisect.bisect_right(embed_ends, pos)  # the first post ending after the quote starts
    if ei < len(embeds) and embeds[ei].start <= pos:
        return embeds[ei]
    return None


def posts_without_quotes(embeds: list[Attribution], found: list[Attribution]) -> list[Attribution]:
    """The posts that overlap none of the statements ``found``."""
    covered = sorted((a.start, a.end) for a in found)
    reach = list(itertools.accumulate((t for _, t in covered), max))
    return [e for e in embeds if not _overlaps_any(covered, reach, e.start, e.end)]
