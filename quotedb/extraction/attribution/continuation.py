"""A quote with no cue of its own: the subject of its sentence, else the speaker it
continues (the previous quote in the paragraph, the paragraph before, a paragraph
ending with a colon, the sentence before)."""

from __future__ import annotations

import bisect

import regex

from ...models import Mention, QuoteSpan
from .context import Context
from .names import RUN, split_cached
from .records import Attribution
from .resolve import sentence_subject
from .window import QuoteWindow


def continued_speaker(ctx: Context, q: QuoteSpan, w: QuoteWindow, colon_intro: bool,
                      last_by_para: dict[int, Attribution], prev_para_speaker: dict[int, Mention],
                      strong: bool) -> tuple[Mention | None, bool]:
    """(mention, strong) for a quote that no cue attributed."""
    masked, sent, para = ctx.masked, w.sent, w.para
    mention = None
    subj = sentence_subject(ctx, sent, q.open_at) if sent is not None else None
    lastq = last_by_para.get(q.paragraph)
    if colon_intro and subj is not None:
        mention = subj
        strong = True
    elif subj is not None and sent is not None and sent.start < q.open_at - 2:
        mention = subj
    elif lastq is not None and lastq.mention is not None:
        mention = lastq.mention
    elif q.open_at == para.start and q.paragraph - 1 in prev_para_speaker:
        mention = prev_para_speaker[q.paragraph - 1]
    elif q.open_at == para.start and q.paragraph > 0:
        # the subject of the paragraph before: a colon introduces the quote; else the
        # person the paragraph was about goes on speaking ("X lost a patient. / “...”")
        prevp = ctx.paras[q.paragraph - 1]
        ps = ctx.sentence_at(prevp.end - 1)
        if ps is not None:
            mention = sentence_subject(ctx, ps, prevp.end)
            strong = masked[prevp.start:prevp.end].rstrip().endswith(":")
    else:
        # speaker introduced in the sentence before ("the minister was blunt. “...”")
        si = ctx.sentence_index(q.open_at)
        if si > 0 and ctx.sents[si - 1].paragraph == q.paragraph:
            mention = sentence_subject(ctx, ctx.sents[si - 1], q.open_at)
    return mention, strong


def carry_speakers(ctx: Context, out: list[Attribution]) -> list[Attribution]:
    """A quote left with no cue and no speaker is signed on the line after it ("— Ann
    Lee, Boston"), else continues the statement before it: in its paragraph, or when
    it opens its paragraph, in the paragraph before ("Nurse Petra Holm says staffing
    improved. / “Last winter we had ...”"), or two paragraphs before when the one
    between names nobody else: news copy does not repeat the cue for each paragraph
    of one person's words."""
    last: Attribution | None = None
    for n, a in enumerate(out):
        if a.mention is None and a.cue is None and a.kind == "direct":
            signed = _signature(ctx, a)
            if signed is not None:
                out[n] = a = a._replace(mention=signed, confidence=min(a.confidence, 0.7))
            elif last is not None and last.mention is not None and last.mention.name and _follows(ctx, last, a):
                out[n] = a._replace(mention=last.mention, confidence=min(a.confidence, 0.5))
                continue
        if a.mention is not None and a.mention.name:
            last = a
    return out


# "- Bernie Sanders." / "—President Ann Lee, tweeting after the debate." under a quote
_SIGNATURE = regex.compile(r"[ \t]*[-—–][ \t]*(?=\p{Lu})")


def _signature(ctx: Context, a: Attribution) -> Mention | None:
    """The name on a short line opening with a dash right after the paragraph the
    quote ends, as fact-checks and quote boxes sign a quotation."""
    i = bisect.bisect_right(ctx.para_starts, a.end) - 1
    if i < 0 or i + 1 >= len(ctx.paras):
        return None
    para, nxt = ctx.paras[i], ctx.paras[i + 1]
    if ctx.text[a.end:para.end].strip(" \t\"'“”‘’.,") or nxt.end - nxt.start > 150:
        return None
    d = _SIGNATURE.match(ctx.masked, nxt.start, nxt.end)
    if d is None:
        return None
    r = RUN.match(ctx.masked, d.end(), nxt.end)
    m = split_cached(ctx.masked, r.start(), r.group()) if r is not None else None
    return m if m is not None and m.name and m.kind in ("person", "organization") else None


def _follows(ctx: Context, prev: Attribution, a: Attribution) -> bool:
    if prev.paragraph == a.paragraph:
        return True
    opens = ctx.masked[ctx.paras[a.paragraph].start:a.start].strip() in ("", "“", '"', "‘", "'", "«")
    if prev.paragraph == a.paragraph - 1:
        return opens
    return opens and prev.paragraph == a.paragraph - 2 and _names_nobody_else(ctx, a.paragraph - 1, prev.mention)


def _names_nobody_else(ctx: Context, pi: int, m: Mention) -> bool:
    """Whether paragraph ``pi`` holds no quote and names no person but ``m``."""
    p = ctx.paras[pi]
    if any(ch in ctx.text[p.start:p.end] for ch in "“”\"«»"):
        return False
    words = set((m.name or "").split())
    for r in RUN.finditer(ctx.masked, p.start, p.end):
        men = split_cached(ctx.masked, r.start(), r.group())
        if men is not None and men.name and men.kind == "person" and not set(men.name.split()) <= words:
            return False
    return True
