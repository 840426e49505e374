"""Reported claims: every sentence with a reporting verb is read for a statement made
without quote marks, in the constructions of news English: a clause after its cue
(claim_before), a clause before it (claim_after), "according to" (according_to).

Each claim gets its speaker (a name, a resolved pronoun or role noun, else the noun
phrase itself: "officials", "a spokesperson for the city") and the date of its cue,
never a date inside the claim, which dates the event it reports."""

from __future__ import annotations

import bisect
import re

from ...models import DateRef, Mention, Paragraph, QuoteSpan, Sentence
from .. import lexicon as lx
from .according_to import according_to
from .claim_after import NEXT_REPORT, clause_before
from .claim_before import clause_starts
from .context import LONG_SENTENCE, Context
from .records import Attribution
from .reported import (clause_end, fronting, narrative_adjunct, predicate_opener, second_complement,
                       second_predicate, word_trie)
from .venue import cue_venue
from .resolve import named, resolve
from .subjects import finding_subject, reporting_subject
from .tokens import QMARKS, Tok, finite_verb, noun_state, participle

_CUES = (lx.SPEECH_VERBS | lx.THAT_ONLY_VERBS) - lx.NOUN_LIKE_CUES | lx.NOUN_LIKE_PARTICIPLES
# the noun-like forms are read as cues only after a subject pronoun ("He states that")
_NOUN_FORMS = lx.NOUN_LIKE_CUES - lx.CALL_FORMS - _CUES
_ANCHOR = re.compile(r"\b(?:%s)\b|\b[Aa]ccording to\b|\bcall(?:ed|s|ing)? (?:on|for|upon)\b"
                     % word_trie(_CUES | _NOUN_FORMS | lx.FINDING_VERBS))
_PRONOUN_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii]t|[Ww]e|[Tt]hey|I) $")
_REPORTING = re.compile(r"\b(?:%s)\b" % word_trie(lx.REPORTING_FORMS))
# Cues that may close a sentence after the claim they report ("..., officials said.").
_AFTER_CUES = lx.REPORTING_FORMS | frozenset({"say", "reported", "confirmed", "estimated", "predicted"})
_TO_CUES = lx.TO_VERBS | lx.TO_ALONE_VERBS
_CONTRACTED = frozenset({"he's", "she's", "they're", "they've", "he'd", "she'd", "they'd"}) | lx.FIRST_PERSON_CONTRACTIONS
# A date this close to the cue is the cue's ("said Monday", "on Tuesday told").
_CUE_DATE_REACH = 40


def reported_claims(ctx: Context, spans: list[QuoteSpan],
                    found: list[Attribution]) -> tuple[list[Attribution], set[tuple[int, int]]]:
    """Statements without quote marks that no quote already covers, and the quoted
    fragments (start, end) whose reported clause was found around them: a clause
    mostly unquoted is one indirect statement ('said he planned to fight “waste” in
    every agency'), the fragment alone is not."""
    taken = sorted((a.start, a.end) for a in found)
    fragments = [a for a in found if _fragment(ctx.text, a)]
    fragment_cues = {a.cue_pos: a for a in fragments}
    # a cue whose quote's clause stops at "and that" or a second predicate reports a
    # further clause: 'said A was “B” and that C', 'said A had “B” and would C' (not
    # '“...,” she said and hung up')
    used_cues = {a.cue_pos for a in found if a.cue_pos >= 0 and not _reports_on(ctx, a.end)
                 and not _reported_before(ctx, a)} - fragment_cues.keys()
    swallowed: set[tuple[int, int]] = set()
    said: dict[int, list[Attribution]] = {}  # statements so far by paragraph, for dates carried on
    for a in sorted(found, key=lambda a: a.start):
        said.setdefault(a.paragraph, []).append(a)
    out: list[Attribution] = []
    for si, anchors in _cue_sentences(ctx, used_cues, fragment_cues).items():
        sent = ctx.sents[si]
        if sent.end - sent.start > LONG_SENTENCE or _is_teaser(ctx, sent):
            continue
        toks = ctx.window(sent.start, sent.end)
        for c, t in enumerate(toks):
            if t.start not in anchors:
                continue
            for m, cs, ce in _claims_at(ctx, sent, toks, c):
                while ce > cs and ctx.text[ce - 1] in " ,;:—–-":
                    ce -= 1
                while cs < ce and ctx.text[cs] in " ,;:—–-":
                    cs += 1  # 'said that, “...” against'
                if ce - cs < 12 and len(ctx.masked[cs:ce].split()) < 3:
                    continue  # ("he was gay" is a statement; "a deal" is not)
                inside: list[Attribution] = []
                if _overlaps(taken, cs, ce):
                    inside = _inside(ctx.text, fragments, taken, cs, ce, t.start)
                    if not inside:
                        continue
                    last = max(f.end for f in inside)
                    if last < ce and narrative_adjunct(ctx.masked, last, cs):
                        if 2 * sum(f.end - f.start for f in inside) >= last - cs:
                            continue  # the quoted part is most of what was said: the fragment stands
                        ce = last
                elif t.start in fragment_cues and cs < t.start \
                        and _quote_follows(ctx.text, t.end, fragment_cues[t.start].start):
                    continue  # the cue's quote is its statement: 'X, who ..., told Y in June “...”'
                a = _claim(ctx, sent, toks, c, m, cs, ce, said)
                if a.mention is None or not a.mention.name:
                    continue  # nobody to hold it: "They are saying that ..." with no antecedent
                for f in inside:
                    swallowed.add((f.start, f.end))
                    taken.remove((f.start, f.end))
                    if f.cue_pos == a.cue_pos and f.mention is not None and f.mention.name:
                        a = a._replace(mention=f.mention)
                out.append(a)
                said.setdefault(a.paragraph, []).append(a)
                bisect.insort(taken, (cs, ce))
    return out, swallowed


def _fragment(text: str, a: Attribution) -> bool:
    """A quote read as the whole statement (direct) or as a clause mostly quoted
    (mixed), its cue before it or none, not closed by its own comma ('claimed that
    “...,” one of ...'): a longer reported clause may hold it."""
    return a.kind in ("direct", "mixed") and a.cue_pos < a.start and a.end - a.start < 200 \
        and text[a.end - 1] not in ",;:"


def _reports_on(ctx: Context, pos: int) -> bool:
    """Whether the statement ending at ``pos`` is followed by a further clause of its
    report: "and that C" or a second predicate ("and would C")."""
    head = ctx.masked[pos:pos + 8]
    if "and" not in head and "but" not in head:
        return False  # most statements end a sentence: no tokens needed
    toks = ctx.window(pos, min(len(ctx.masked), pos + 80))
    k = 0
    while k < len(toks) and (toks[k].text in QMARKS or toks[k].text == ","):
        k += 1
    return k + 1 < len(toks) and (second_complement(toks, k + 1) or predicate_opener(toks, k))


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but)\b")
_CONJ_BETWEEN = re.compile(r"\b(?:and|but)\b")
_RELATIVE_CUE = re.compile(r"\b(?:that|what)\s+\S+\s*$")


def _reported_before(ctx: Context, a: Attribution) -> bool:
    """Whether the statement ``a`` is the second of its cue's report, so that the cue
    still reports a first one: 'said that A and that B “...”', 'said A but would not
    “B”' (the token predicates of _reports_on, read before the statement)."""
    if a.cue_pos < 0 or a.start - a.cue_pos < 12:
        return False
    toks = ctx.window(max(a.cue_pos, a.start - 40), min(len(ctx.masked), a.start + 20))
    i = next((x for x, t in enumerate(toks) if t.start >= a.start), len(toks))
    j = i - 1
    while j >= 0 and (toks[j].text in QMARKS or toks[j].text == ","):
        j -= 1
    return (j >= 1 and second_complement(toks, j)) or (i >= 1 and predicate_opener(toks, i - 1))


def _quote_follows(text: str, cue_end: int, quote_start: int) -> bool:
    """The cue's quote comes right after it and its addressee ('told reporters, “'),
    not after a conjunction ('Lee said, but “...”')."""
    return quote_start - cue_end <= 40 and not _CONJ_BETWEEN.search(text, cue_end, quote_start)


def _inside(text: str, fragments: list[Attribution], taken: list[tuple[int, int]], s: int, e: int,
            cue_pos: int) -> list[Attribution]:
    """The fragments a claim from ``s`` to ``e`` holds when they are all it overlaps,
    come with no cue, this claim's, one in a relative clause inside it ('a plan
    that she said would “...”', 'what he calls “...”') or a noun read as a cue inside
    it ('that his comments “...”'), and make up under half of it; else nothing."""
    inside = [f for f in fragments if f.start < e and s < f.end]
    if not inside or any(f.start < s or f.end > e + 2 or (f.cue_pos not in (-1, cue_pos) and not (
            s < f.cue_pos and (_RELATIVE_CUE.search(text, max(s, f.cue_pos - 25), f.cue_pos)
                               or (f.cue or "").lower() in lx.NOUN_LIKE_CUES))) for f in inside) \
            or 2 * sum(f.end - f.start for f in inside) >= e - s:
        return []
    overlapping = sum(1 for ts, te in taken if ts < e and s < te)
    return inside if overlapping == len(inside) else []


def reports_speech(ctx: Context, para: Paragraph) -> bool:
    """Whether a paragraph holds a reporting verb: the quote that follows it alone
    continues a statement, it is no subheading."""
    return _REPORTING.search(ctx.masked, para.start, para.end) is not None


def _cue_sentences(ctx: Context, used_cues: set[int], fragment_cues: dict[int, Attribution]) -> dict[int, set[int]]:
    """The sentences holding a lower-case reporting verb or "according to" that did
    not already attribute a quote (or only a fragment its clause may hold, not one
    right after it: 'said: “...”'), each with the offsets of those cues."""
    found: dict[int, set[int]] = {}
    masked = ctx.masked
    for m in _ANCHOR.finditer(masked):
        pos = m.start()
        if m.group() in _NOUN_FORMS and not _PRONOUN_BEFORE.search(masked, max(0, pos - 5), pos):
            continue
        if pos in used_cues or not _viable(masked, m.group(), pos, m.end()):
            continue
        f = fragment_cues.get(pos)
        if f is not None and not masked[m.end():f.start - 1].strip(" ,:") and ctx.text[f.start - 1:f.start] in QMARKS:
            continue  # 'said: “...”' (not 'said the cuts were “...” and that ...')
        si = ctx.sentence_index(pos)
        if si >= 0:
            found.setdefault(si, set()).add(pos)
    return found


def _viable(masked: str, cue: str, start: int, end: int) -> bool:
    """A cheap look at the text around a cue before its sentence is tokenised: a
    claim needs "that" or "to" after it, a verb that takes a clause without "that",
    or a comma before it (the clause first); "according to" always qualifies."""
    if cue[0] in "aA":
        return True
    after = masked[end:end + 90]
    if cue[:4] == "call":
        return " to " in after[:50]
    if " that " in after or cue in lx.ZERO_THAT_ANY_OPENER or cue in lx.ZERO_THAT_VERBS:
        return True
    if cue in _AFTER_CUES and "," in masked[max(0, start - 90):start]:
        return True
    return cue in _TO_CUES and " to " in after[:60]


def _claims_at(ctx: Context, sent: Sentence, toks: list[Tok], c: int) -> list[tuple[Mention | None, int, int]]:
    """(speaker mention, start, end) of each claim reported by the cue at ``c``."""
    t = toks[c]
    masked = ctx.masked
    if t.low == "according":
        if c + 1 < len(toks) and toks[c + 1].low == "to":
            got = according_to(toks, c, masked, sent.end)
            return [got] if got else []
        return []
    if t.low in lx.CALL_FORMS:
        return _call_on(ctx, sent, toks, c)
    finding = _finding_noun(toks, c) if t.low in lx.FINDING_VERBS else None
    carried = None
    if t.low in lx.FINDING_VERBS and t.low not in _CUES:
        if finding is None and c == 1 and toks[0].low == "it":
            carried = _document_before(ctx, sent)  # "The research followed 412 birds. It found that ..."
        if (finding is None and carried is None) or not any(x.low == "that" for x in toks[c + 1:c + 3]):
            return []  # a finding needs its "that" ("found the door open" reports nothing)
    elif (t.low not in _CUES and not _pronoun_verb(toks, c)) \
            or _unreal(toks, c) or _market_move(toks, c) or noun_state(toks, c) \
            or (c + 1 < len(toks) and toks[c + 1].low in lx.NON_REPORTING_PARTICLES) or (
            t.low in lx.NOUN_LIKE_PARTICIPLES and (c == 0 or toks[c - 1].text != ",")):
        return []
    if c > 1 and toks[c - 1].low in lx.SUBJECT_OPENERS and toks[c - 2].low == "what" \
            and not any(x.low == "that" for x in toks[c + 1:c + 3]):
        return []  # "for what it says about America": a free relative, no report
    got = clause_before(toks, c, masked) if t.low in _AFTER_CUES else None
    if got is not None:
        rest = _after_mid_cue(ctx, sent, toks, c, got[0])
        return [got, rest] if rest is not None else [got]
    if t.low in lx.THAT_ONLY_VERBS and not any(x.low == "that" for x in toks[c + 1:c + 8]):
        return []
    starts = [s for s in clause_starts(toks, c) if t.low in lx.REPORTING_FORMS or not _belief(toks, s)]
    if not starts or _habitual(toks, c):
        return []
    m = carried or _contracted_subject(toks, c) or reporting_subject(ctx, sent, toks, c)
    if m is None and finding is not None and c - finding < 14:
        m = finding_subject(toks, finding, masked)  # "A Morning Consult poll found that ..." (not past a clause)
    if m is None or m.start >= t.start or (m.kind == "pronoun" and m.pronoun in ("i", "we")):
        return []  # "I write this because ...": the author, whom the text does not name
    out = []
    # "Podesta, who said the plan was vetted, said ...": a report inside a relative clause
    # set off by commas ends at its closing comma, where the main clause goes on
    front = (True, True) if c > 1 and toks[c - 1].low in ("who", "which") and toks[c - 2].text == "," \
        else fronting(toks, m)
    for n, s in enumerate(starts):
        end = clause_end(toks, s, sent.end, *front, ctx.text)
        if n + 1 < len(starts):
            end = min(end, toks[starts[n + 1] - 2].start)  # before "and that"
        for ps, pe in _predicates(ctx, sent, toks, m, s, end):
            if sum(1 for x in toks[ps:] if x.word and x.end <= pe) >= 2:
                out.append((m, toks[ps].start, pe))
    return out


def _predicates(ctx: Context, sent: Sentence, toks: list[Tok], m: Mention, s: int,
                end: int) -> list[tuple[int, int]]:
    """(first token, end offset) of each statement in the reported clause from token
    ``s`` to ``end``: two when a second predicate of its subject follows ("said it was
    A and had B"; "said it would attend but would not B", where the clause ended at
    the "but"), as FORMAT.md counts them."""
    k = second_predicate(toks, s, end)
    if k is not None:
        return [(s, toks[k - 1].end), (k + 1, end)]
    k = next((j for j in range(s, len(toks)) if toks[j].start >= end), None)
    if k is not None and k > s + 2 and predicate_opener(toks, k):
        return [(s, end), (k + 1, clause_end(toks, k + 1, sent.end, *fronting(toks, m), ctx.text))]
    return [(s, end)]


def _finding_noun(toks: list[Tok], c: int) -> int | None:
    """'The 212-page report found that ...', 'a poll released Monday shows that ...': the
    index of the document or survey noun in the subject of the finding verb at ``c``
    (past an appositive: "The researchers, led by X of Y, found"), else None."""
    for k in range(c - 1, max(-1, c - 20), -1):
        w = toks[k]
        if w.text in (".", ";", ":", "!", "?") or (w.text.islower() and w.low in lx.REPORTING_FORMS):
            return None
        if w.low in lx.FINDING_NOUNS:
            return k
    return None


def _document_before(ctx: Context, sent: Sentence) -> Mention | None:
    """The document or survey that opens the sentence before in the paragraph ("The
    research, published in ..., followed 412 birds."), which a following "It found
    that" stands for."""
    si = ctx.sentence_index(sent.start)
    if si < 1 or ctx.sents[si - 1].paragraph != sent.paragraph:
        return None
    prev = ctx.sents[si - 1]
    toks = ctx.window(prev.start, min(prev.end, prev.start + 60))
    for k in range(min(len(toks), 4)):
        if toks[k].low in lx.FINDING_NOUNS and toks[k].text.islower():
            return finding_subject(toks, k, ctx.masked)
        if not toks[k].word:
            break
    return None


def _pronoun_verb(toks: list[Tok], c: int) -> bool:
    """A reporting form that doubles as a noun, read as the verb after a subject pronoun
    ("He states that ..."), not in a wh-clause ("How he answers that question")."""
    return toks[c].low in lx.NOUN_LIKE_CUES and toks[c].low not in ("answer", "answers") and c > 0 \
        and toks[c - 1].low in lx.SUBJECT_OPENERS and not (c > 1 and toks[c - 2].low in lx.WH_WORDS)


def _unreal(toks: list[Tok], c: int) -> bool:
    """A modal, an infinitive's "to" or a negation before the cue ("will pledge",
    "to make X testify", "did not say"), or the anonymity formula after it: no
    statement was made."""
    if c + 4 < len(toks) and toks[c + 1].low == "not" and toks[c + 2].low == "to" and toks[c + 3].low == "be" \
            and toks[c + 4].low in lx.ANONYMITY_PARTICIPLES:
        return True  # "asked not to be named": the source's wish, no statement
    k = c - 1
    while k >= 0 and c - k <= 3 and toks[k].text.islower() and toks[k].low not in lx.UNREAL_BEFORE_CUE \
            and toks[k].low in lx.SKIP_BEFORE_CUE:
        k -= 1
    return k >= 0 and toks[k].low in lx.UNREAL_BEFORE_CUE and not toks[k].cap  # "Elizabeth May said": a name


def _call_on(ctx: Context, sent: Sentence, toks: list[Tok], c: int) -> list[tuple[Mention | None, int, int]]:
    """"called on the council to reopen the road", "calls for Ottawa to act": a
    demand reported as the infinitive after its addressee."""
    if c + 3 >= len(toks) or toks[c + 1].low not in ("on", "for", "upon") or _unreal(toks, c):
        return []
    to = next((k for k in range(c + 3, min(len(toks) - 1, c + 9)) if toks[k].low == "to"), None)
    if to is None or not toks[to + 1].text.islower() or not toks[to + 1].word or toks[to + 1].low in lx.FUNCTION_WORDS:
        return []
    if any(not x.word or (x.text.islower() and finite_verb(toks, k)) or x.low in lx.WEEKDAYS
           or x.low[:3] in lx.MONTHS for k, x in enumerate(toks[c + 2:to], c + 2)):
        return []  # the addressee is a short noun phrase ("called on Friday to": a phone call)
    m = reporting_subject(ctx, sent, toks, c)
    if m is None or m.start >= toks[c].start or (m.kind == "pronoun" and m.pronoun in ("i", "we")):
        return []
    end = clause_end(toks, to, sent.end, *fronting(toks, m), ctx.text)
    return [(m, toks[to].start, end)] if end > toks[to + 1].start else []


# What opens no second piece after a mid-sentence cue: a new report or the writer's
# clause (as after a closing cue), a relative or a subordinate clause.
_REST_OPENERS_NOT = (NEXT_REPORT - {"and", "but"}) | lx.SUBORDINATORS | {"whom", "whose"}


def _after_mid_cue(ctx: Context, sent: Sentence, toks: list[Tok], c: int,
                   m: Mention) -> tuple[Mention, int, int] | None:
    """The statement's second piece when its cue stands mid-sentence ("The drugs have
    few uses, he says, and are meant for short-term use"; "It is on his watch, Scheer
    said, that the country is divided"): FORMAT.md's two pieces of a statement split by
    its cue, the speaker's still (not a relative clause or a participle of the writer's)."""
    if m.end > toks[c].start:
        return None  # ", said Tom Vale, a professor at ...": the inverted speaker's appositive follows
    k = next((j for j in range(c + 1, min(len(toks), c + 7)) if toks[j].text == ","), None)
    if k is None or k + 3 >= len(toks) or any(not x.word for x in toks[c + 1:k]):
        return None
    nxt = toks[k + 1]
    after = toks[k + 2] if nxt.low in ("and", "but") else nxt  # (", and as employees worry ...": the writer's)
    if not nxt.word or nxt.text in QMARKS or after.low in _REST_OPENERS_NOT or participle(after):
        return None
    if any(x.text.islower() and x.low in lx.SPEECH_VERBS for x in toks[k + 1:k + 7]):
        return None  # "..., he said, and Ann Lee told ...": another report
    end = clause_end(toks, k + 1, sent.end, *fronting(toks, m), ctx.text)
    if sum(1 for x in toks[k + 1:] if x.word and x.end <= end) < 3:
        return None
    return m, nxt.start, end


def _contracted_subject(toks: list[Tok], c: int) -> Mention | None:
    """"He’s said ...", "She's predicting ...": a pronoun fused with its auxiliary
    right before the cue."""
    if c == 0:
        return None
    p = toks[c - 1]
    low = p.low.replace("’", "'")
    head = low.split("'")[0]
    if low in _CONTRACTED and (c == 1 or not toks[c - 2].word or toks[c - 2].low in ("and", "but")):
        return Mention(p.start, p.start + len(head), p.text[:len(head)], None, None, "pronoun", head)
    return None


def _market_move(toks: list[Tok], c: int) -> bool:
    """"The index added 0.4 per cent to 2,106": a price move in market copy, not a
    statement (a number and its unit right after the cue)."""
    return c + 2 < len(toks) and toks[c + 1].text[0].isdigit() and toks[c + 2].low in lx.MOVE_UNITS


def _habitual(toks: list[Tok], c: int) -> bool:
    """"have long argued", "has always said", "For decades, X has urged": a stance
    held over time, not a statement made (the marker stands in the cue's own clause,
    not in a relative clause about the speaker)."""
    k = c - 1
    while k >= 0 and c - k <= 5 and toks[k].text != ",":
        if toks[k].low in lx.HABITUAL_MARKERS or (toks[k].low == "for" and toks[k + 1].low in lx.HABITUAL_SPANS):
            return True
        k -= 1
    return any(toks[k].low == "for" and toks[k + 1].low in lx.HABITUAL_SPANS for k in range(min(2, c - 1)))


def _belief(toks: list[Tok], s: int) -> bool:
    """A clause opening "he thought that ..." reports a thought, not words (after a
    weaker cue: "said he believes ..." still reports what was said)."""
    return s + 1 < len(toks) and toks[s].low in lx.PRONOUNS and toks[s + 1].low in lx.BELIEF_VERBS


def _claim(ctx: Context, sent: Sentence, toks: list[Tok], c: int, m: Mention | None,
           cs: int, ce: int, said: dict[int, list[Attribution]]) -> Attribution:
    cue = toks[c]
    r = named(resolve(ctx, m, cue.start), document_speaks=cue.low in lx.FINDING_VERBS or (
        cue.low == "according" and m is not None and (m.role or "") in lx.AUTHORED_DOCUMENTS))
    date = _claim_date(ctx, sent, cs, ce, cue) or _carried_date(said, sent.paragraph, cs, r) or ctx.pub
    cue_text = "according to" if cue.low == "according" else cue.text
    venue = cue_venue(ctx.masked, cue.start, cs, ctx.fuller)
    a = Attribution(cs, ce, "indirect", sent.paragraph, r, cue_text, venue, date,
                    0.6 if r is not None and r.name else 0.4, cue.start)
    if r is not None and r.name:
        ctx.attributed.append((cue.start, r))
    return a


def _carried_date(said: dict[int, list[Attribution]], paragraph: int, pos: int,
                  r: Mention | None) -> DateRef | None:
    """The date of the same speaker's statement just before in the paragraph ("Zarif
    said in 2019 that ... He admitted that ..."): one occasion, one date."""
    if r is None or not r.name:
        return None
    for a in reversed(said.get(paragraph, ())):
        if a.start >= pos:
            continue
        if a.mention is not None and a.mention.name == r.name and a.date is not None \
                and a.date.source != "published":
            return a.date
        break
    return None


def _claim_date(ctx: Context, sent: Sentence, cs: int, ce: int, cue: Tok) -> DateRef | None:
    """The date next to the cue in its sentence ("said Monday", "On Tuesday, X
    told"); dates inside the claim date what it reports, not the report."""
    i = bisect.bisect_left(ctx.date_starts, sent.start)
    best = None
    while i < len(ctx.dates) and ctx.dates[i].start < sent.end:
        d = ctx.dates[i]
        i += 1
        if cs <= d.start < ce:
            continue
        gap = d.start - cue.end if d.start >= cue.end else cue.start - d.end
        if d.end <= cue.start and _CLAUSE_BREAK.search(ctx.masked, d.end, cue.start):
            continue  # "founded in 1952, and argued ...": the year is the other clause's
        if gap <= _CUE_DATE_REACH or d.start - sent.start <= 3 or _in_opening_phrase(ctx, sent, d, cue):
            # a date in the subject's relative clause ("X, who signed it in October, told
            # reporters on Monday") yields to one that follows the cue
            rank = gap + (_CUE_DATE_REACH if d.end <= cue.start and _RELATIVE_BEFORE.search(
                ctx.masked, max(sent.start, d.start - 60), d.start) else 0)
            if best is None or rank < best[0]:
                best = (rank, d)
    return best[1] if best is not None else None


_RELATIVE_BEFORE = re.compile(r",\s+(?:who|which)\s[^,]*$")


_OPENING_ADVERBS = frozenset({"later", "earlier"})
_PERFECT_PARTICIPLES = frozenset({"having", "being"})  # "Having resigned in March, she said": the resignation's date


def _in_opening_phrase(ctx: Context, sent: Sentence, d: DateRef, cue: Tok) -> bool:
    """A date in the adverbial that opens the sentence dates its main clause however
    long the subject ("Speaking outside court on Thursday, Detective Sergeant ...
    said"; "Later on Wednesday, the former president ... told")."""
    comma = ctx.masked.find(",", sent.start, cue.start)
    if comma < 0 or d.end > comma:
        return False
    first = ctx.masked[sent.start:d.start].split(None, 1)
    word = first[0].strip("“\"‘'").lower() if first else ""
    return word in lx.PREPOSITION_WORDS or word in _OPENING_ADVERBS or (
        word.endswith("ing") and len(word) > 5 and word not in _PERFECT_PARTICIPLES)


def _is_teaser(ctx: Context, sent: Sentence) -> bool:
    """A "READ MORE:" / "WATCH:" line: a link to another story, not a statement."""
    head = ctx.masked[sent.start:sent.start + 24].lower()
    colon = head.find(":")
    return colon > 0 and head[:colon].strip() in lx.TEASER_LABELS


def _overlaps(taken: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_right(taken, (e,)) - 1
    while i >= 0 and taken[i][1] > s - 3000:
        if taken[i][0] < e and s < taken[i][1]:
            return True
        i -= 1
    return False
