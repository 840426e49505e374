"""A quote with no cue of its own: the subject of its sentence, else the speaker it
continues (the previous quote in the paragraph, the paragraph before, a paragraph
ending with a colon, the sentence before)."""

from __future__ import annotations

import bisect

import regex

from ...models import Mention, QuoteSpan
from .context import Context
from .runs import RUN, split_cached
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
        signed = _signature(ctx, a) if a.cue is None and a.kind == "direct" else None
        if signed is not None:
            out[n] = a = a._replace(mention=signed, confidence=max(a.confidence, 0.7))
        elif a.mention is None and a.cue is None and a.kind == "direct" and last is not None \
                and last.mention is not None and last.mention.name and _follows(ctx, last, a):
            out[n] = a._replace(mention=last.mention, confidence=min(a.confidence, 0.5))
            continue
        if a.mention is not None and a.mention.name:
            last = a
    return out


# "- Bernie Sanders." / "—President Ann Lee, tweeting after the debate." under a quote
_SIGNATURE = regex.compile(r"[^\S\n]*[-—–―][^\S\n]*(?=\p{Lu})")  # no-break spaces too
_CLOSING = regex.compile(r"[\"'“”‘’.,!?]*")


def _signature(ctx: Context, a: Attribution) -> Mention | None:
    """The name a quotation is signed with, as fact-checks and quote boxes do: its own
    last line ("...\nAnn Lee, Harbour Institute."), a dash at the end of its line
    ("“...” ― Ann Lee") or a short dashed line right after its paragraph ("- Bernie
    Sanders.")."""
    masked, text = ctx.masked, ctx.text
    k = _CLOSING.match(text, a.end).end()
    if text[k:k + 1] == "\n":
        # a quote box whose next line is its credit: "“...\nDana Lund, Harbour Institute.”"
        e = text.find("\n", k + 1)
        e = len(text) if e < 0 else e
        r = RUN.match(text, k + 1, e) if e - k < 120 and text[k + 1:e].rstrip()[-1:] in "\"”'’" else None
        if r is not None and text[r.end():r.end() + 1] == ",":  # ... closed by the quote's own mark
            m = split_cached(text, r.start(), r.group())
            if m is not None and m.kind == "person" and m.name and " " in m.name:
                return m
    i = bisect.bisect_right(ctx.para_starts, a.end) - 1
    if i < 0:
        return None
    para = ctx.paras[i]
    after = _CLOSING.match(masked, a.end, para.end).end()
    line_end = masked.find("\n", after, para.end)
    line_end = para.end if line_end < 0 else line_end
    if after < line_end:
        lo, hi = after, line_end  # "“...” ― Ann Lee" closing its line
    elif i + 1 < len(ctx.paras) and ctx.paras[i + 1].end - ctx.paras[i + 1].start <= 150 \
            and not masked[after:para.end].strip():
        lo, hi = ctx.paras[i + 1].start, ctx.paras[i + 1].end
    else:
        return None
    d = _SIGNATURE.match(masked, lo, hi)
    if d is None:
        return None
    r = RUN.match(masked, d.end(), hi)
    if r is None or masked[r.end():hi].strip().strip(".") and masked[r.end()] != ",":
        return None  # the name closes the line or an appositive follows it
    m = split_cached(masked, r.start(), r.group())
    return m if m is not None and m.name and m.kind in ("person", "organization") else None


def _follows(ctx: Context, prev: Attribution, a: Attribution) -> bool:
    if prev.paragraph == a.paragraph:
        return True
    opens = ctx.masked[ctx.paras[a.paragraph].start:a.start].strip() in ("", "“", '"', "‘", "'", "«")
    if prev.paragraph == a.paragraph - 1:
        return opens
    return opens and prev.paragraph == a.paragraph - 2 and _names_nobody_else(ctx, a.paragraph - 1, prev.mention)


_QUOTE_MARK = regex.compile("[“”\"«»]")


def _names_nobody_else(ctx: Context, pi: int, m: Mention) -> bool:
    """Whether paragraph ``pi`` holds no quote and names no person but ``m``."""
    p = ctx.paras[pi]
    if _QUOTE_MARK.search(ctx.text, p.start, p.end):
        return False
    words = set((m.name or "").split())
    for r in RUN.finditer(ctx.masked, p.start, p.end):
        men = split_cached(ctx.masked, r.start(), r.group())
        if men is not None and men.name and men.kind == "person" and not set(men.name.split()) <= words:
            return False
    return True
