"""Reported speech without quote marks ('X said (that) ...', 'according to X, ...') and
where a reported clause ends."""

from __future__ import annotations

import bisect
import re

from ...models import Mention, QuoteSpan, Sentence
from .. import lexicon as lx
from .context import Context
from .filters import word_count
from .names import np_after, np_before
from .records import Attribution
from .resolve import resolve
from .tokens import Tok, tokens
from .when import date_for


_ING_PREPOSITIONS = frozenset({"including", "regarding", "concerning", "following", "excluding",
                               "considering", "involving", "during", "notwithstanding", "barring"})

_SUBORD = frozenset({"after", "before", "because", "while", "although", "though", "whereas", "when", "since"})

_VERBISH = frozenset({"is", "was", "are", "were", "has", "had", "have", "also", "did", "does", "would",
                      "will", "could", "should", "can", "may", "might", "then", "still", "later"})

_FRONT_SUBORD = frozenset({"after", "when", "as", "because", "since", "while", "although", "though",
                           "if", "before", "until", "once", "whether", "unless"})


def fronted(toks: list[Tok], m: Mention | None) -> bool:
    """True when the reporting clause sits inside a fronted subordinate clause
    ("A few weeks after Obama announced that X, forces ..."): the report ends at
    the next comma."""
    if m is None:
        return False
    prev = [t for t in toks if t.end <= m.start][-2:]
    return any(t.low in _FRONT_SUBORD for t in prev)


def clause_end(toks: list[Tok], i: int, hi_pos: int, stop_at_comma: bool = False) -> int:
    """Offset where a reported clause starting at token ``i`` ends: the sentence end,
    a semicolon, a new report ("..., adding"), a second predicate of the reporting
    subject ("but indicated ...") or a subordinate clause with its own named
    subject ("after President X re-iterated ...")."""
    end = toks[i].end if i < len(toks) else hi_pos
    n = len(toks)
    for k in range(i, n):
        t = toks[k]
        if t.start >= hi_pos:
            break
        if t.text == ";" or (t.text in (".", "!", "?", "…") and t.end >= hi_pos - 1):
            break
        nxt = toks[k + 1] if k + 1 < n else None
        if k > i + 2 and nxt is not None and _new_predicate(toks, k, nxt):
            break
        if t.text == "," and k > i + 2 and _comma_ends(toks, i, k, nxt, stop_at_comma):
            break
        if (k > i + 2 or t.text == ",") and _new_report(toks, i, k, nxt):
            break
        if t.text not in (",", ".", "!", "?", "…", ":", "—", "–", "(") or t.text == ")":
            end = t.end
        elif t.text in ("!", "?", "…") and k == n - 1:
            end = t.end
    return end


def _new_predicate(toks: list[Tok], k: int, nxt: Tok) -> bool:
    """"but indicated ...": a second predicate of the reporting subject; "after
    President X ...": a subordinate clause with its own named subject."""
    t = toks[k]
    n = len(toks)
    if t.low == "but":
        w = toks[k + 2] if nxt.low in ("also", "then", "later") and k + 2 < n else nxt
        if w.text.islower() and (w.low in _VERBISH or w.low in lx.SPEECH_VERBS or w.low.endswith("ed")) \
                and w.low not in ("also", "then", "later", "still"):
            return True
    if t.low in _SUBORD and ((nxt.cap and nxt.low not in ("i", "the", "this", "that", "a", "an")
                              and nxt.low[:3] not in lx.MONTHS and nxt.low not in lx.WEEKDAYS)
                             or nxt.low in ("he", "she", "they", "we")):
        return True
    return False


def _comma_ends(toks: list[Tok], i: int, k: int, nxt: Tok | None, stop_at_comma: bool) -> bool:
    """Whether the comma at ``k`` ends the clause: the writer's own clause, a comma
    splice or a non-restrictive relative clause follows."""
    n = len(toks)
    if stop_at_comma:
        return True
    if nxt is not None and nxt.low in ("but", "yet") and k + 2 < n and toks[k + 2].low in lx.SUBJECT_OPENERS:
        return True  # ", but she has bristled at ...": the writer's own clause
    if nxt is not None and nxt.low in lx.SUBJECT_OPENERS and nxt.text.islower() and k > i + 4 \
            and toks[i].low not in _SUBORD and toks[i].low not in ("if", "unless", "once", "as", "until") \
            and k + 2 < n and toks[k + 2].text.islower() and toks[k + 2].word:
        return True  # a comma splice: ", they still trail men in ..."
    if nxt is not None and nxt.low in ("while", "whereas", "though", "although", "a", "an", "who", "whom", "whose", "which"):
        return True
    return False


def _new_report(toks: list[Tok], i: int, k: int, nxt: Tok | None) -> bool:
    """Whether a new report starts at ``k`` (", adding", "and then tweeted that", "and
    Trump vowed to"), or a dash or a participle clause (", citing ...") ends this one."""
    t = toks[k]
    n = len(toks)
    if t.low in ("adding", "saying", "noting", "arguing", "insisting", "claiming") and k > i + 2:
        return True
    if t.low in ("and", "but") and k > i + 2 and nxt is not None:
        after = [x for x in toks[k + 1:k + 5] if x.low not in ("then", "also", "later")]
        # a second report: "and then tweeted that", "and Trump vowed to"
        if after and after[0].text.islower() and after[0].low in lx.SPEECH_VERBS:
            return True
        if after and after[0].cap and any(x.text.islower() and x.low in lx.SPEECH_VERBS for x in after[1:4]):
            return True
    if t.text in ("—", "–") and k > i + 2:
        return True
    if t.text == "," and nxt is not None and nxt.text.islower() and nxt.low.endswith("ing") and len(nxt.low) > 5 \
            and nxt.low not in _ING_PREPOSITIONS \
            and k + 2 < n and toks[k + 2].word:
        return True
    if t.text == "," and nxt is not None and nxt.low in ("adding", "saying", "according", "noting", "arguing", "insisting", "claiming"):
        return True
    return False


def word_trie(words) -> str:
    """An alternation of literal words as a prefix tree ("sa(?:id|ys?)"), longest
    first: the engine tries one branch per character instead of every word at
    every position (three times faster over a whole document than "said|says|...")."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body
    return emit(tree)


_ANY_CUE = lx.SPEECH_VERBS | lx.THAT_ONLY_VERBS

_THAT_ANCHOR = re.compile(
    r"\b(?:that\b|[Aa]ccording to\b|%s\s+(?=%s\b))"
    % (word_trie(lx.ZERO_THAT_VERBS), word_trie((lx.CLAUSE_OPENERS - {"i"}) | {"I"})))


def reported_claims(ctx: Context, spans: list[QuoteSpan], found: list[Attribution]) -> list[Attribution]:
    """Reported speech without quote marks: 'X said (that) ...', 'according to X, ...'."""
    masked = ctx.masked
    out: list[Attribution] = []
    taken = sorted((a.start, a.end) for a in found)
    starts = [s for s, _ in taken]

    def overlaps(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, e) - 1
        while i >= 0 and taken[i][1] > s - 2000:
            if taken[i][0] < e and s < taken[i][1]:
                return True
            i -= 1
        return False

    seen, todo = _anchored_sentences(ctx)
    for sent in todo:
        if sent.end - sent.start > 3000:
            continue
        first, last = seen[ctx.sentence_index(sent.start)]
        # only the stretch around the anchors: subject and cue before, clause after
        wlo = sent.start if first - sent.start <= 200 else first - 200
        toks = tokens(masked, wlo, min(sent.end, last + 320))
        n = len(toks)
        for c, t in enumerate(toks):
            if not (t.text.islower() and (t.low in lx.SPEECH_VERBS or t.low in lx.THAT_ONLY_VERBS) or (t.low == "according" and c + 1 < n and toks[c + 1].low == "to")):
                continue
            if t.low == "according":
                got = _according_to(toks, c, sent, masked)
                cue = "according to"
            else:
                got = _said_that(toks, c, sent, masked)
                cue = t.text
            if got is None:
                continue
            m, cs, ce = got
            if ce is None or ce - cs < 12 or overlaps(cs, ce):
                continue
            r = resolve(ctx, m, t.start)
            if r is None or not r.name or r.kind == "group":
                continue
            para = ctx.paras[sent.paragraph]
            date = date_for(ctx, para, sent, cs, ce, t.start)
            out.append(Attribution(cs, ce, "indirect", sent.paragraph, r, cue, None, date, 0.6, t.start))
            ctx.attributed.append((t.start, r))
            break
    return out


def _anchored_sentences(ctx: Context) -> tuple[dict[int, list[int]], list[Sentence]]:
    """The sentences holding an anchor ("that" after a reporting verb, "according to",
    a zero-"that" verb before a clause opener), in order, with the span from their
    first anchor's start to their last anchor's end."""
    masked = ctx.masked
    seen: dict[int, list[int]] = {}
    todo: list[Sentence] = []
    for tm in _THAT_ANCHOR.finditer(masked):
        if tm.group() == "that":
            # cheap check before tokenising the sentence: a reporting verb among
            # the few words before "that"
            before = masked[max(0, tm.start() - 80):tm.start()].split()[-9:]
            if not any(w.strip(",;:").lower() in _ANY_CUE for w in before):
                continue
        si = ctx.sentence_index(tm.start())
        if si < 0:
            continue
        if si not in seen:
            seen[si] = [tm.start(), tm.end()]
            todo.append(ctx.sents[si])
        else:
            seen[si][1] = tm.end()
    return seen, todo


def _according_to(toks: list[Tok], c: int, sent: Sentence, masked: str):
    """(speaker, clause start, clause end) for "according to X, ..." opening the
    sentence or ", according to X" after the clause; None otherwise."""
    n = len(toks)
    m = np_after(toks, c + 2, n, masked)
    if m is None:
        return None
    k = c + 2
    while k < n and toks[k].text != ",":
        k += 1
    if k < n and k > c + 2 and c <= 1:
        cs, ce = toks[k + 1].start if k + 1 < n else sent.end, None
        ce = clause_end(toks, k + 1, sent.end) if k + 1 < n else sent.end
    elif c > 2 and toks[c - 1].text == ",":
        cs, ce = toks[0].start, toks[c - 1].start
    else:
        return None
    return m, cs, ce


def _said_that(toks: list[Tok], c: int, sent: Sentence, masked: str):
    """(speaker, clause start, clause end) for 'X said (that) ...' with the cue at
    ``c``; None when no reported clause follows or no subject precedes."""
    t = toks[c]
    n = len(toks)
    that = None
    for k in range(c + 1, min(n, c + 9)):
        if toks[k].low == "that":
            that = k
            break
        if not toks[k].word and toks[k].text not in (",", "’s", "'s"):
            break
    if that is None:
        # zero "that": 'Smith said the talks had failed'
        opener = toks[c + 1] if c + 1 < n else None
        if not (t.low in lx.ZERO_THAT_VERBS and opener is not None
                and (opener.text.islower() or opener.text == "I")
                and (opener.low in lx.SUBJECT_OPENERS
                     or (opener.low in lx.CLAUSE_OPENERS and t.low in lx.SAY_FORMS))):
            return None
        that = c
    if that + 2 >= n:
        return None
    if that > c and (toks[that - 1].text == "," or any(x.low in ("so", "such", "now", "fact", "idea", "way", "is", "was") for x in toks[that - 1:that])):
        return None
    m = np_before(toks, 0, c, masked)
    if m is None or (m.kind == "pronoun" and m.pronoun in lx.GROUP_PRONOUNS):
        return None
    cs = toks[that + 1].start
    ce = clause_end(toks, that + 1, sent.end, fronted(toks, m))
    if that == c and (ce is None or word_count(masked[cs:ce]) < 4):
        return None
    return m, cs, ce
