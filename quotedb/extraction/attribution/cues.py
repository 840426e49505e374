"""The cues around one quote, read after it and before it, and which of them names
its speaker."""

from __future__ import annotations

from typing import NamedTuple

from ...models import Mention, QuoteSpan
from .context import Context
from .cue_after import post_cue, tail_attribution
from .cue_before import pre_cue
from .subjects import opening_subject
from .window import QuoteWindow


class Cues(NamedTuple):
    """``pm``: the speaker of a cue after the quote (``pcue`` at ``pcue_pos``; ``intro_next``
    when that cue introduces the next quote; ``tail_comma`` when it closes a sentence of
    further reported text); ``am``: the speaker of a cue before it (``that_at``: where
    its reported clause starts; ``colon_intro``: a colon before the quote; ``adj``: the
    cue is right before the quote)."""

    pm: Mention | None
    pcue: str | None
    pcue_pos: int
    intro_next: bool
    tail_comma: int
    am: Mention | None
    acue: str | None
    acue_pos: int
    that_at: int | None
    colon_intro: bool
    adj: bool


def read_cues(ctx: Context, q: QuoteSpan, w: QuoteWindow) -> Cues:
    masked, sent, post = ctx.masked, w.sent, w.post
    # (1) post-quote cue: ', Smith said' / ', said Smith' / ', he added'
    pm, pcue, pcue_pos, intro_next = post_cue(post, masked)
    tail_comma = -1
    if pm is None and post and post[0].word:
        tail = tail_attribution(post, masked)
        if tail is not None:
            pm, pcue, pcue_pos, tail_comma = tail
    # (2) pre-quote cue
    fallback = (lambda: opening_subject(ctx, sent, q.open_at)) if sent is not None else (lambda: None)
    am, acue, acue_pos, that_at, colon_intro, adj = pre_cue(w.pre, masked, w.para, q, fallback)
    if pm is not None and w.body[-1:] in ".!?…" and w.csent is not None and w.csent.end <= w.close + 2:
        # the quote closed its sentence: a cue after it belongs to the next
        # sentence unless it simply tags this one ('“...?” she asked.')
        after = [t for t in post if t.start > pcue_pos][:2]
        if am is not None or any(t.low == "that" for t in after) or (after and after[0].text == ":"):
            pm = None
    return Cues(pm, pcue, pcue_pos, intro_next, tail_comma, am, acue, acue_pos, that_at, colon_intro, adj)


def choose_speaker(c: Cues) -> tuple[Mention | None, str | None, int, bool, int]:
    """(mention, cue, cue offset, strong, clause start): the cue after the quote wins
    unless it introduces the next one; a pronoun after yields to a name before when
    the quote sits in a clause reported before it."""
    mention: Mention | None = None
    cue: str | None = None
    cue_pos = -1
    strong = False
    clause_start = -1
    if c.pm is not None and not c.intro_next:
        mention, cue, cue_pos, strong = c.pm, c.pcue, c.pcue_pos, True
        if c.am is not None and c.that_at is not None:
            # '... said that X has “...,” he said': the clause reported before
            clause_start = c.that_at
            if mention.kind == "pronoun":
                mention, cue, cue_pos = c.am, c.acue, c.acue_pos
    elif c.am is not None:
        mention, cue, cue_pos, strong = c.am, c.acue, c.acue_pos, c.adj
        if c.that_at is not None:
            clause_start = c.that_at
    elif c.pm is not None:
        mention, cue, cue_pos = c.pm, c.pcue, c.pcue_pos
    return mention, cue, cue_pos, strong, clause_start
