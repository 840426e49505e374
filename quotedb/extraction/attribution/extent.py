"""How much of the text a quote's statement covers, and its kind: the quote alone
(direct), or the reported clause it sits in (mixed when the quoted part is at least
half of the clause, else indirect)."""

from __future__ import annotations

from ...models import Mention, QuoteSpan
from .. import lexicon as lx
from .context import Context
from .cue_before import SAY_VERBS_CLAUSE
from .cues import Cues
from .reported import clause_end, fronting, narrative_adjunct, second_complement, second_predicate
from .tokens import QMARKS, is_adverb, is_cue
from .window import QuoteWindow


def quote_opens_clause(c: Cues, mention: Mention | None, w: QuoteWindow) -> bool:
    """'said that “we need more information” about how ...', 'says “the wind is at our
    backs” despite ...': the quote opens a clause that goes on."""
    pre, post, am, acue = w.pre, w.post, c.am, c.acue
    return bool(am is not None and mention is am and pre and (
        pre[-1].low == "that" or (acue.lower() in SAY_VERBS_CLAUSE and _right_after(pre, acue.lower())))
        and post and post[0].word and c.pm is None and w.body[-1:] not in ",.;:!?…"
        and not post[0].low.endswith("ing") and post[0].low not in lx.SPEECH_VERBS
        and not second_complement(post, 1))  # 'said that “A” and that B'


_WHEN_WORDS = frozenset({"on", "last", "night", "week", "morning", "afternoon", "evening"})


def _right_after(pre: list, cue: str) -> bool:
    """The quote follows the cue, at most past an adverb or a day ('has said
    repeatedly “...” should', 'said Monday “...” would')."""
    for k in range(len(pre) - 1, max(-1, len(pre) - 5), -1):
        t = pre[k]
        if t.low == cue:
            return True
        if not (t.text.islower() or t.low in lx.WEEKDAYS) or not (
                is_adverb(t) or t.low in lx.WEEKDAYS or t.low in _WHEN_WORDS):
            return False
    return False


def fragment_clause(c: Cues, cue: str | None, w: QuoteWindow, q: QuoteSpan,
                    clause_start: int) -> tuple[int, int]:
    """(clause start, clause end or -1) for a fragment inside a sentence that ends with
    its attribution: 'Teachers are “very, very pro-Bernie,” Kilfoyle said.'"""
    clause_end_at = -1
    pre = w.pre
    if clause_start < 0 and _split_by_cue(c, cue, w):
        return w.sent.start, q.end
    if clause_start < 0 and c.pm is not None and cue == c.pcue and not c.colon_intro and not c.intro_next:
        words = [t for t in pre if t.word]
        if len(words) >= 3 and not (pre[-1].text in (":", ",") and len(words) < 3) \
                and not any(t.text.islower() and is_cue(t) for t in pre):
            clause_start = words[0].start
            clause_end_at = q.end
        if c.tail_comma > 0:
            clause_start = words[0].start if len(words) >= 3 else q.start
            clause_end_at = c.tail_comma
    return clause_start, clause_end_at


def _split_by_cue(c: Cues, cue: str | None, w: QuoteWindow) -> bool:
    """'Sooner or later, the governor told reporters, “it starts to pay off.”': a short
    opening phrase before the attribution, and the quote, in lower case after the
    cue's comma, completes it; the statement is the whole sentence."""
    am, pre = c.am, w.pre
    if am is None or cue is None or cue != c.acue or c.pm is not None or w.sent is None \
            or not w.body[:1].islower() or len(pre) < 4 or pre[-1].text != ",":
        return False
    before = [t for t in pre if w.sent.start <= t.start < am.start]
    between = [t for t in pre if t.start >= am.end]
    return 3 <= len(before) <= 9 and before[-1].text == "," and before[0].word and len(between) <= 4 \
        and between[0].text == cue and not any(not t.word for t in before[:-1])


def extent(ctx: Context, q: QuoteSpan, w: QuoteWindow, c: Cues, mention: Mention | None, cue: str | None,
           clause_start: int, clause_end_at: int) -> tuple[int, int, str]:
    """(start, end, kind) of the statement."""
    pre, sent, am = w.pre, w.sent, c.am
    start, end = q.start, q.end
    kind = "direct"
    if clause_start >= 0:
        start, end = _clause_extent(ctx, q, w, c, mention, clause_start, clause_end_at)
        if end > q.end + 1 and (_complement_ends(cue, w, ctx.text[q.end - 1:q.end] == ",")
                                or narrative_adjunct(ctx.masked, q.end, start)):
            end = q.end + 1 if ctx.text[q.end:q.end + 1] in "”\"’'" else q.end
        quoted = q.end - q.start
        kind = "mixed" if quoted * 2 >= (end - start) else "indirect"
    elif q.paragraph != q.end_paragraph or (pre and pre[-1].low == "that"):
        kind = "direct" if q.paragraph != q.end_paragraph else "mixed"
    elif sent is not None and any(t.word for t in pre[-3:]) and not c.colon_intro \
            and not (pre and pre[-1].text in ",:") and cue is None:
        kind = "mixed"
    elif am is not None and not c.adj and not c.colon_intro:
        kind = "mixed"
    return start, end, kind


_WHEN_AFTER = frozenset({"during", "yesterday", "today", "tonight", "earlier", "last"})


def _complement_ends(cue: str | None, w: QuoteWindow, comma_inside: bool = False) -> bool:
    """'blasted Lee as a “disgrace” (on) Monday', 'called him a “clown” during a speech': the
    quote is the verdict of an evaluative verb, and a day or 'during ...' after its
    closing mark places the act, not what was said; so does a comma inside the closing
    mark ('called him “reckless,” a jab at ...') or a dash after it."""
    if cue is None or not w.pre or not w.post:
        return False
    low = cue.lower()
    if low not in lx.EVAL_VERBS:
        return False
    pre = w.pre
    k = len(pre) - 1
    if pre[k].low in ("a", "an", "the") and k > 0:
        k -= 1
    if not (pre[k].low == "as" or (low in lx.NAMING_VERBS and pre[k].word and pre[k].low not in lx.PREPOSITION_WORDS)):
        return False
    post = w.post
    if post[0].text in ("—", "–"):
        return True
    if comma_inside:  # unless a list of verdicts goes on: 'a “liar,” a “cheat” and “unfit”'
        return not any(x.text in QMARKS for x in post[:3])
    return post[0].low in lx.WEEKDAYS or post[0].low in _WHEN_AFTER or (
        post[0].low == "on" and len(post) > 1 and post[1].low in lx.WEEKDAYS)


def _clause_extent(ctx: Context, q: QuoteSpan, w: QuoteWindow, c: Cues, mention: Mention | None,
                   clause_start: int, clause_end_at: int) -> tuple[int, int]:
    """The reported clause around the quote, trailing punctuation dropped."""
    end_para, csent, post_hi, am = w.end_para, w.csent, w.post_hi, c.am
    if clause_end_at >= 0:
        cend = clause_end_at
    else:
        ctoks = ctx.window(clause_start, min(end_para.end, max(post_hi, q.end) + 600))
        own = am is not None and mention is am
        cend = clause_end(ctoks, 0, min(post_hi, csent.end) if csent is not None else end_para.end,
                          *fronting(w.pre, am if own else None), ctx.text)
        k = second_predicate(ctoks, 0, cend)
        if k is not None and ctoks[k].start > q.end:
            cend = ctoks[k - 1].end  # 'said it had “A” and would B': B is a statement of its own
        elif k is not None and ctoks[k + 1].end <= q.open_at:
            clause_start = ctoks[k + 1].start  # 'said it was reviewing A and would “B”': the quote is B's
        elif cend <= q.open_at:
            k = second_predicate(ctoks, 0, q.open_at)
            if k is not None:
                clause_start = ctoks[k + 1].start  # 'said it would attend but would not “B”': the quote is B's
    start = clause_start
    end = max(q.end, min(cend, end_para.end))
    while end > start and ctx.text[end - 1] in " ,;:—–-":
        end -= 1
    while start < q.start and ctx.text[start] in " ,;:—–-":
        start += 1
    if start == q.open_at and end <= q.end + 1:
        start, end = q.start, q.end  # '... and that “B”': the clause is the quote itself
    return start, end
