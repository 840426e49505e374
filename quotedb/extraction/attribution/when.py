"""When a statement was made: the date that belongs to it, else the publication date."""

from __future__ import annotations

import bisect

from ...models import DateRef, Paragraph, Sentence
from .context import Context


def date_for(ctx: Context, para: Paragraph, sent: Sentence | None, q_start: int, q_end: int,
             cue_pos: int, post_hi: int = -1) -> DateRef | None:
    """Best date for a statement: a date in its own sentence (outside the quote),
    else the nearest before it in the paragraph, else one that introduced it in
    the previous paragraph, else the publication date."""
    if sent is not None:
        lo, hi = sent.start, max(sent.end, q_end, post_hi)
        i = bisect.bisect_left(ctx.date_starts, lo)
        cands = []
        while i < len(ctx.dates) and ctx.dates[i].start < hi + 120 and ctx.dates[i].start < para.end:
            d = ctx.dates[i]
            if not (q_start <= d.start < q_end):
                cands.append(d)
            i += 1
        if cands:
            ref = cue_pos if cue_pos >= 0 else q_start
            in_sent = [d for d in cands if d.start < hi]
            pool = in_sent or []
            if pool:
                return min(pool, key=lambda d: abs(d.start - ref))
    i = bisect.bisect_left(ctx.date_starts, q_start) - 1
    if i >= 0 and ctx.dates[i].start >= para.start:
        return ctx.dates[i]
    if para.index > 0:
        prev = ctx.paras[para.index - 1]
        if ctx.text[prev.start:prev.end].rstrip().endswith(":") and i >= 0 and ctx.dates[i].start >= prev.start:
            return ctx.dates[i]
    return ctx.pub
