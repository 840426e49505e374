"""The stretch of masked text one quote's attribution reads: the tokens of its sentence
before it and after it, bounded so the cost per quote stays constant."""

from __future__ import annotations

from typing import NamedTuple

from ...models import Paragraph, QuoteSpan, Sentence
from .context import Context
from .tokens import Tok

WINDOW_BEFORE = 260
WINDOW_AFTER = 220


class QuoteWindow(NamedTuple):
    """``pre``/``post``: the tokens before the opening and after the closing mark;
    ``close``: the closing mark (the quote's end when unclosed); ``post_hi``: where
    ``post`` stops; ``body``: the quote's text (its word count is taken only by the
    filters that need it)."""

    para: Paragraph
    end_para: Paragraph
    sent: Sentence | None
    csent: Sentence | None
    close: int
    post_hi: int
    pre: list[Tok]
    post: list[Tok]
    body: str


def quote_window(ctx: Context, q: QuoteSpan) -> QuoteWindow:
    text = ctx.text
    para = ctx.paras[q.paragraph]
    end_para = ctx.paras[q.end_paragraph]
    sent = ctx.sentence_at(q.open_at)
    s_lo = sent.start if sent is not None else para.start
    pre_lo = max(s_lo, q.open_at - WINDOW_BEFORE, para.start)
    pre = ctx.window(pre_lo, q.open_at)  # shared with every stage: each sentence tokenised once
    close = q.close_at if q.close_at >= 0 else q.end
    csent = ctx.sentence_at(close) if q.close_at >= 0 else None
    s_end = csent.end if csent is not None else end_para.end
    if csent is not None and s_end <= close + 2:
        nxt = ctx.sentence_at(s_end + 1)
        if nxt is not None and nxt.paragraph == csent.paragraph and nxt.start > close:
            s_end = nxt.end
    post_hi = min(s_end, close + WINDOW_AFTER, end_para.end)
    post = ctx.window(close + 1, post_hi) if q.close_at >= 0 else []
    return QuoteWindow(para, end_para, sent, csent, close, post_hi, pre, post, text[q.start:q.end])
