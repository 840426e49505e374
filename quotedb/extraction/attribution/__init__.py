"""Attribution: who said each quoted span, with which cue, where and when; plus the
statements made without quote marks (indirect claims) and embedded social posts.

Works on the *masked* text (quotations blanked) so that names inside quotes are
never taken for speakers, and on bounded windows around each quote so the cost
stays linear in the length of the document. Per quote: window -> cues (before,
after) -> embedded post -> continuation -> resolve -> filters -> extent -> when, venue.
"""

from __future__ import annotations

from ...models import DateRef, Mention, QuoteSpan
from .context import Context, build_context
from .continuation import carry_speakers, continued_speaker
from .cues import choose_speaker, read_cues
from .embedded import embedded_posts, post_containing, posts_without_quotes
from .extent import extent, fragment_clause, quote_opens_clause
from .filters import is_subheading, not_a_statement, single_mark_subheading, word_count
from .records import Attribution
from .claims import reported_claims, reports_speech
from .resolve import named, resolve
from .venue import cue_venue
from .when import date_for
from .window import QuoteWindow, quote_window

__all__ = ["Attribution", "Context", "attribute", "build_context"]


def attribute(ctx: Context, spans: list[QuoteSpan]) -> list[Attribution]:
    out: list[Attribution] = []
    embeds = embedded_posts(ctx, spans)
    embed_ends = [e.end for e in embeds]  # increasing: each post ends inside its own paragraph
    prev_para_speaker: dict[int, Mention] = {}
    last_by_para: dict[int, Attribution] = {}
    for q in spans:
        a = _attribute_quote(ctx, q, embeds, embed_ends, out, last_by_para, prev_para_speaker)
        if a is None:
            continue
        out.append(a)
        last_by_para[q.paragraph] = a
        for pi in range(q.paragraph, q.end_paragraph + 1):
            last_by_para[pi] = a
        resolved = a.mention
        if resolved is not None and resolved.name:
            ctx.attributed.append((q.open_at, resolved))
            prev_para_speaker[q.end_paragraph] = resolved

    if embeds:  # posts with no quote inside
        out.extend(posts_without_quotes(embeds, out))
    claims, swallowed = reported_claims(ctx, spans, out)
    if swallowed:
        out = [a for a in out if (a.start, a.end) not in swallowed]
    out.extend(claims)
    out.sort(key=lambda a: a.start)
    return carry_speakers(ctx, out)


def _attribute_quote(ctx: Context, q: QuoteSpan, embeds: list[Attribution], embed_ends: list[int],
                     out: list[Attribution], last_by_para: dict[int, Attribution],
                     prev_para_speaker: dict[int, Mention]) -> Attribution | None:
    """The statement one quote makes, or None when it is not one."""
    w = quote_window(ctx, q)
    c = read_cues(ctx, q, w)
    mention, cue, cue_pos, strong, clause_start = choose_speaker(c)
    # embedded post containing this quote
    emb = post_containing(embeds, embed_ends, q.start)
    if emb is not None and mention is None:
        mention = emb.mention
        cue = "posted"
        strong = True
    if mention is None:
        mention, strong = continued_speaker(ctx, q, w, c.colon_intro, last_by_para, prev_para_speaker, strong)

    # a cue's subject before the quote stands for someone named before the cue ("the
    # company said ... and that it had “...”": not a name between the cue and the quote)
    resolved = named(resolve(ctx, mention, cue_pos if 0 <= cue_pos < q.open_at else q.open_at))
    if cue is None and emb is None and (single_mark_subheading(ctx.text, ctx.masked, q, w.para) or (
            is_subheading(ctx.text, ctx.masked, q, w.para, last_by_para)
            and not (word_count(w.body) >= 6 and q.paragraph > 0 and reports_speech(ctx, ctx.paras[q.paragraph - 1])))):
        return None
    if clause_start < 0 and quote_opens_clause(c, mention, w):
        clause_start = q.start
    if out and out[-1].kind in ("mixed", "indirect") and out[-1].start <= q.start and q.end <= out[-1].end:
        return None  # a further fragment of a reported clause already emitted
    clause_start, clause_end_at = fragment_clause(c, cue, w, q, clause_start)
    if not_a_statement(w, q, c.pm, cue, strong, clause_start, emb):
        return None
    start, end, kind = extent(ctx, q, w, c, mention, cue, clause_start, clause_end_at)
    date, venue = _date_and_venue(ctx, q, w, cue_pos, emb)
    conf = 0.9 if strong and resolved is not None and resolved.name else 0.7 if resolved is not None and resolved.name else 0.4
    return Attribution(start, end, kind, q.paragraph, resolved, cue, venue, date, conf, cue_pos)


def _date_and_venue(ctx: Context, q: QuoteSpan, w: QuoteWindow, cue_pos: int,
                    emb: Attribution | None) -> tuple[DateRef | None, str | None]:
    """An embedded post's own date and platform; else the statement's date and the
    venue named after its cue."""
    if emb is not None:
        date = emb.date
    else:
        date = date_for(ctx, w.para, w.sent, q.start, q.end, cue_pos, w.post_hi)
    venue = cue_venue(ctx.masked, cue_pos, min(cue_pos + 120, q.open_at if cue_pos < q.open_at else w.post_hi),
                      ctx.fuller)
    if emb is not None:
        venue = "Twitter"
    return date, venue
