"""Attribution: who said each quoted span, with which cue, where and when; plus the
statements made without quote marks (indirect claims) and embedded social posts.

Works on the *masked* text (quotations blanked) so that names inside quotes are
never taken for speakers, and on bounded windows around each quote so the cost
stays linear in the length of the document.
"""

from __future__ import annotations

import bisect
import itertools

from ...models import Mention, QuoteSpan
from .. import lexicon as lx
from .context import Context, build_context
from .cue_after import post_cue, tail_attribution
from .cue_before import SAY_VERBS_CLAUSE, pre_cue
from .embedded import embedded_posts, overlaps_any
from .filters import DETERMINERS, JUNK, TITLE_LEAD, title_like, word_count
from .records import Attribution
from .reported import clause_end, fronted, reported_claims
from .resolve import resolve, sentence_subject
from .tokens import is_cue, tokens
from .venue import find_venue
from .when import date_for

__all__ = ["Attribution", "Context", "attribute", "build_context"]


WINDOW_BEFORE = 260
WINDOW_AFTER = 220


def attribute(ctx: Context, spans: list[QuoteSpan]) -> list[Attribution]:
    text, masked = ctx.text, ctx.masked
    out: list[Attribution] = []
    embeds = embedded_posts(ctx, spans)
    embed_ends = [e.end for e in embeds]  # increasing: each post ends inside its own paragraph
    prev_para_speaker: dict[int, Mention] = {}
    last_by_para: dict[int, Attribution] = {}
    for q in spans:
        para = ctx.paras[q.paragraph]
        end_para = ctx.paras[q.end_paragraph]
        sent = ctx.sentence_at(q.open_at)
        s_lo = sent.start if sent is not None else para.start
        pre_lo = max(s_lo, q.open_at - WINDOW_BEFORE, para.start)
        pre = tokens(masked, pre_lo, q.open_at)
        close = q.close_at if q.close_at >= 0 else q.end
        csent = ctx.sentence_at(close) if q.close_at >= 0 else None
        s_end = csent.end if csent is not None else end_para.end
        if csent is not None and s_end <= close + 2:
            nxt = ctx.sentence_at(s_end + 1)
            if nxt is not None and nxt.paragraph == csent.paragraph and nxt.start > close:
                s_end = nxt.end
        post_hi = min(s_end, close + WINDOW_AFTER, end_para.end)
        post = tokens(masked, close + 1, post_hi) if q.close_at >= 0 else []
        body = text[q.start:q.end]
        nwords = word_count(body)

        mention: Mention | None = None
        cue: str | None = None
        cue_pos = -1
        strong = False
        clause_start = -1
        kind = "direct"

        # (1) post-quote cue: ', Smith said' / ', said Smith' / ', he added'
        pm, pcue, pcue_pos, intro_next = post_cue(post, masked)
        tail_comma = -1
        if pm is None and post and post[0].word:
            tail = tail_attribution(post, masked)
            if tail is not None:
                pm, pcue, pcue_pos, tail_comma = tail
        # (2) pre-quote cue
        fallback = (lambda: sentence_subject(ctx, sent, q.open_at)) if sent is not None else (lambda: None)
        am, acue, acue_pos, that_at, colon_intro, adj = pre_cue(pre, masked, para, q, fallback)
        if pm is not None and body[-1:] in ".!?…" and csent is not None and csent.end <= close + 2:
            # the quote closed its sentence: a cue after it belongs to the next
            # sentence unless it simply tags this one ('“...?” she asked.')
            after = [t for t in post if t.start > pcue_pos][:2]
            if am is not None or any(t.low == "that" for t in after) or (after and after[0].text == ":"):
                pm = None
        if pm is not None and not intro_next:
            mention, cue, cue_pos, strong = pm, pcue, pcue_pos, True
            if am is not None and that_at is not None:
                # '... said that X has “...,” he said': the clause reported before
                clause_start = that_at
                if mention.kind == "pronoun":
                    mention, cue, cue_pos = am, acue, acue_pos
        elif am is not None:
            mention, cue, cue_pos, strong = am, acue, acue_pos, adj
            if that_at is not None:
                clause_start = that_at
        elif pm is not None:
            mention, cue, cue_pos = pm, pcue, pcue_pos

        # embedded post containing this quote
        emb = None
        ei = bisect.bisect_right(embed_ends, q.start)  # the first post ending after the quote starts
        if ei < len(embeds) and embeds[ei].start <= q.start:
            emb = embeds[ei]
        if emb is not None and mention is None:
            mention = emb.mention
            cue = "posted"
            strong = True

        if mention is None:
            # colon introduction or no cue: the subject of this sentence, else the
            # speaker of the previous quote in the paragraph, else the paragraph before
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
                prevp = ctx.paras[q.paragraph - 1]
                if masked[prevp.start:prevp.end].rstrip().endswith(":"):
                    ps = ctx.sentence_at(prevp.end - 1)
                    if ps is not None:
                        mention = sentence_subject(ctx, ps, prevp.end)
                        strong = True
            else:
                # speaker introduced in the sentence before ("the minister was blunt. “...”")
                si = ctx.sentence_index(q.open_at)
                if si > 0 and ctx.sents[si - 1].paragraph == q.paragraph:
                    mention = sentence_subject(ctx, ctx.sents[si - 1], q.open_at)

        resolved = resolve(ctx, mention, q.open_at)
        if cue is None and emb is None and q.open_at == para.start and q.close_at >= 0 and nwords <= 8 \
                and not masked[q.close_at + 1:para.end].strip(" .") and q.paragraph - 1 not in last_by_para:
            continue  # a subheading in quote marks between paragraphs of prose

        if clause_start < 0 and am is not None and mention is am and pre and (
                pre[-1].low == "that" or (pre[-1].low == acue.lower() and acue.lower() in SAY_VERBS_CLAUSE)) \
                and post and post[0].word and pm is None and body[-1:] not in ",.;:!?…" \
                and not post[0].low.endswith("ing") and post[0].low not in lx.SPEECH_VERBS:
            # 'said that “we need more information” about how ...', 'says “the wind is
            # at our backs” despite ...': the quote opens a clause that goes on
            clause_start = q.start
        if out and out[-1].kind in ("mixed", "indirect") and out[-1].start <= q.start and q.end <= out[-1].end:
            continue  # a further fragment of a reported clause already emitted
        # a fragment inside a sentence that ends with its attribution:
        # 'Teachers are “very, very pro-Bernie,” Kilfoyle said.'
        clause_end_at = -1
        if clause_start < 0 and pm is not None and cue == pcue and not colon_intro and not intro_next:
            words = [t for t in pre if t.word]
            if len(words) >= 3 and not (pre[-1].text in (":", ",") and len(words) < 3) \
                    and not any(t.text.islower() and is_cue(t) for t in pre):
                clause_start = words[0].start
                clause_end_at = q.end
            if tail_comma > 0:
                clause_start = words[0].start if len(words) >= 3 else q.start
                clause_end_at = tail_comma
        if JUNK.search(body):
            continue
        if post and post[0].low == "by" and len(post) > 2 and pm is None and (
                post[1].cap or (post[1].low == "the" and post[2].cap)):
            continue  # a cited headline: '"Met accused of whitewashing," by the Post's X'

        if title_like(body) and (not strong or (pre and (pre[-1].low in TITLE_LEAD or pre[-1].possessive))):
            continue
        # filter scare quotes and titles
        if clause_start < 0 and cue is None and pre and pre[-1].low in DETERMINERS and nwords <= 4 \
                and body[-1:] not in ".!?…":
            continue  # a quoted noun phrase: 'his “Second Amendment people”', 'a “spouse’s pin”'
        if clause_start < 0:
            if nwords <= 2 and not (strong and (body[-1:] in ".!?…" or body[:1].isupper())):
                continue
            if title_like(body) and not strong:
                continue
            if nwords <= 2 and emb is None and q.close_at >= 0 and not strong:
                continue
        start, end = q.start, q.end
        if clause_start >= 0:
            if clause_end_at >= 0:
                cend = clause_end_at
            else:
                ctoks = tokens(masked, clause_start, min(end_para.end, max(post_hi, q.end) + 600))
                cend = clause_end(ctoks, 0, min(post_hi, csent.end) if csent is not None else end_para.end,
                                   fronted(pre, am) if am is not None and mention is am else False)
            quoted = q.end - q.start
            start = clause_start
            end = max(q.end, min(cend, end_para.end))
            while end > start and text[end - 1] in " ,;:—–":
                end -= 1
            kind = "mixed" if quoted * 2 >= (end - start) else "indirect"
        elif q.paragraph != q.end_paragraph or (pre and pre[-1].low == "that"):
            kind = "direct" if q.paragraph != q.end_paragraph else "mixed"
        elif sent is not None and any(t.word for t in pre[-3:]) and not colon_intro and not (pre and pre[-1].text in ",:") and cue is None:
            kind = "mixed"
        elif am is not None and not adj and not colon_intro:
            kind = "mixed"
        if emb is not None:
            date = emb.date
        else:
            date = date_for(ctx, para, sent, q.start, q.end, cue_pos, post_hi)
        venue = find_venue(masked, cue_pos, min(cue_pos + 120, q.open_at if cue_pos < q.open_at else post_hi)) if cue_pos >= 0 else None
        if emb is not None:
            venue = "Twitter"
        conf = 0.9 if strong and resolved is not None and resolved.name else 0.7 if resolved is not None and resolved.name else 0.4
        a = Attribution(start, end, kind, q.paragraph, resolved, cue, venue, date, conf, cue_pos)
        out.append(a)
        last_by_para[q.paragraph] = a
        for pi in range(q.paragraph, q.end_paragraph + 1):
            last_by_para[pi] = a
        if resolved is not None and resolved.name:
            ctx.attributed.append((q.open_at, resolved))
            prev_para_speaker[q.end_paragraph] = resolved

    if embeds:  # posts with no quote inside
        covered = sorted((a.start, a.end) for a in out)
        reach = list(itertools.accumulate((t for _, t in covered), max))
        out.extend([e for e in embeds if not overlaps_any(covered, reach, e.start, e.end)])
    out.extend(reported_claims(ctx, spans, out))
    out.sort(key=lambda a: a.start)
    return out
