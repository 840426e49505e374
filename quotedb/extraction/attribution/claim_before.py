"""A reported clause after its cue: 'X said (that) CLAUSE', 'told police the door was
open', 'said Monday the deal was off', 'urged the council to act', and "said that A
and that B" (two statements)."""

from __future__ import annotations

from .. import lexicon as lx
from .cue_before import skip_adjuncts, skip_object
from .reported import complementiser, second_complement
from .tokens import QMARKS, Tok, finite_verb, is_cue, participle

# Before "that", a word that makes it a relative pronoun or a demonstrative ("so that",
# "the fact that", "is that") rather than the complementiser of the cue.
_NOT_COMPLEMENTISER = frozenset({"so", "such", "now", "fact", "idea", "way", "is", "was", "all", ","})
# Subordinators that may open a reported clause before its main clause ("said if
# elected, she would ...", "says when prices rise, sales fall").
# ("said after the vote ..." and "said before ..." time the saying; "whether" is a question)
_SUBORDINATORS = lx.SUBORDINATORS - {"after", "before", "whereas", "whether"}
_CONTRACTED_SUBJECTS = frozenset({"there's", "there’s", "it's", "it’s", "he's", "he’s", "she's", "she’s",
                                  "they're", "they’re", "we're", "we’re", "i'm", "i’m", "that's", "that’s"})


def clause_starts(toks: list[Tok], c: int) -> list[int]:
    """Token indexes where the clauses reported by the cue at ``c`` begin (one per
    "that" of "said that A and that B"); [] when the cue reports no clause."""
    n = len(toks)
    cue = toks[c]
    if c + 1 < n and toks[c + 1].text == "," and not (c + 2 < n and toks[c + 2].low == "however"):
        return []  # "X added, referring to ...": the cue's sentence part ends there ("states, however, that" goes on)
    if c + 2 < n and toks[c + 1].low in ("out", "back") and toks[c + 2].word:
        c += 1  # "pointed out that ...", "fired back that ...": the verb's particle
    rest = toks[c + 1:]
    i = skip_object(rest, cue) + c + 1
    if i < n and toks[i].low == "to" and (cue.low in lx.TO_ALONE_VERBS or (cue.low in lx.TO_VERBS and i > c + 1)):
        if i + 1 < n and toks[i + 1].low in lx.TALK_INFINITIVES:
            return []  # "agreed to talk on condition that ...": the act of speaking, no content
        return [i]  # "urged residents to stay indoors", "vowed to fight on"
    if cue.low in lx.TO_VERBS:
        to = _infinitive_after_object(toks, c)
        if to is not None:
            return [to]  # "warned state election officials to ..."
    i = skip_adjuncts(rest, i - c - 1, len(rest)) + c + 1
    if i >= n or any(t.text in QMARKS for t in toks[c + 1:i]):
        return []
    if toks[i].low == "that":
        before = toks[i - 1]
        if before.text == "," and i >= 3 and (
                toks[i - 2].low == "however" or (participle(toks[i - 2]) and toks[i - 3].text == ",")):
            before = toks[i - 2]  # "states, however, that", "told Ann Vale, prosecuting, that"
        if before.low in _NOT_COMPLEMENTISER or before.low in lx.NOUN_COMPLEMENT_HEADS or i + 1 >= n:
            return []  # (", that" is a relative's)
        return [i + 1] + _more_complements(toks, i + 2)
    if cue.low in lx.ZERO_THAT_ANY_OPENER and _subordinate_first(toks, i):
        return [i]  # "said if elected, he would ...": the clause opens with its condition
    # after "say" and "tell" an "-ing" word opens a subject ("said rising rents drove
    # ..."); after "reported", "admitted", "denied" it is a gerund object
    if clause_like(toks, i, any_opener=cue.low in lx.ZERO_THAT_ANY_OPENER, gerund_ok=cue.low in lx.SAY_TELL_FORMS) and (
            cue.low in lx.ZERO_THAT_ANY_OPENER or cue.low in lx.ZERO_THAT_VERBS):
        return [i] + _more_complements(toks, i + 1)
    return []


def _more_complements(toks: list[Tok], lo: int) -> list[int]:
    """Where the further clauses of "said (that) A and that B" begin, up to the
    sentence's end (past quotations: 'said A was “B” and that C')."""
    out = []
    for k in range(lo, len(toks)):
        low = toks[k].low
        if low != "that":
            if low in (";", ".", "!", "?"):
                break
            continue
        if second_complement(toks, k):
            out.append(k + 1)
        elif not out and toks[k - 1].low not in ("and", "but", "or") and complementiser(toks, k) \
                and any(t.text.islower() and (is_cue(t) or t.low in lx.ASSURING_VERBS) for t in toks[lo - 1:k]):
            break  # "said X assured them that A and that B": B is the inner verb's (not "agencies that bill")
    return out


def _subordinate_first(toks: list[Tok], i: int) -> bool:
    """A reported clause that opens with a subordinate clause ("said when the river
    rose, the pumps failed"): a subordinator, a comma within a few words and a
    finite clause after it."""
    if i >= len(toks) or toks[i].low not in _SUBORDINATORS:
        return False
    for k in range(i + 2, min(len(toks) - 1, i + 16)):
        t = toks[k]
        if t.text in QMARKS or t.text in (";", ".", "!", "?", ":", "(", "—", "–"):
            return False
        if t.text == ",":
            return toks[k + 1].low not in ("and", "but", "or", "which", "who") and clause_like(toks, k + 1)
    return False


def _infinitive_after_object(toks: list[Tok], c: int) -> int | None:
    """The "to" after a bare object of a few lower-case words ("warned state election
    officials to"), or None."""
    for k in range(c + 2, min(len(toks), c + 7)):
        t = toks[k]
        if t.low == "to":
            return k if k + 1 < len(toks) and toks[k + 1].word else None
        if not t.word or not t.text.islower() or finite_verb(toks, k) or t.low in lx.FUNCTION_WORDS:
            return None
    return None


def clause_like(toks: list[Tok], i: int, any_opener: bool = True, gerund_ok: bool = True) -> bool:
    """Whether a finite clause opens at ``toks[i]``: a subject pronoun, or (when
    ``any_opener``) a noun phrase followed by a finite verb before any comma."""
    o = toks[i]
    if not gerund_ok and o.text.islower() and o.low.endswith("ing"):
        return False  # "reported receiving $300 million": a gerund object, not a subject
    if o.low in ("more", "less", "fewer") and i + 2 < len(toks) and toks[i + 1].low == "than" \
            and toks[i + 2].text[0].isdigit():
        o = toks[i + 2]  # "more than 90 per cent of the requests go through": a quantity subject
        i += 2
    if not o.word or o.low in lx.NOT_CLAUSE_OPENERS or o.low in lx.PREPOSITION_WORDS:
        return False
    if i + 1 < len(toks) and toks[i + 1].word and (
            o.low in lx.SUBJECT_OPENERS and o.text != "I" or o.text == "I" or o.low in _CONTRACTED_SUBJECTS):
        return True
    if not any_opener:
        # a weaker verb ("suggested", "maintained") takes a noun-phrase object more
        # often than a clause: only a short subject and an auxiliary or a past tense
        # right after it make one ("suggested Sanders was being hypocritical")
        for k in range(i + 1, min(len(toks), i + 4)):
            w = toks[k]
            if not w.word:
                return False
            if w.text.islower():
                return w.low in lx.AUXILIARIES or w.low in lx.IRREGULAR_PAST or (
                    w.low.endswith("ed") and finite_verb(toks, k))
        return False
    k, n = i + 1, len(toks)
    while k < min(n, i + 24):
        w = toks[k]
        if w.text in (",", "—", "–"):
            if k > i + 1 and _verb_after_parenthetical(toks, k + 1):
                return True  # "..., Martin Legere, gave": the comma closing a parenthetical
            # "the oven, built by his friend, still works": past a parenthetical
            commas = [j for j in range(k + 1, min(n, k + 12)) if toks[j].text == w.text]
            if not commas:
                return False
            k = commas[-1] + 1
            if _verb_after_parenthetical(toks, k):
                return True  # "Karl Dorn, 46, abandoned ...": the verb right after the parenthetical
            continue
        if not w.word or w.low in ("how", "what", "why", "where") or w.low in lx.CLAUSE_SUBORDINATORS:
            return False  # "told part of the story of how he chose ...": the verb is the wh-clause's
        if w.low in ("and", "but") and k + 1 < n and toks[k + 1].text.islower() and (
                (toks[k + 1].low in lx.SPEECH_VERBS and toks[k + 1].low not in lx.NOUN_LIKE_CUES)
                or toks[k + 1].low in lx.AUXILIARIES):
            return False  # "reported a 23% drop on Thursday and said ...": the reporting subject's next verb
        if w.text.islower() and finite_verb(toks, k):
            return True
        if w.low in lx.MID_ADVERBS and k + 1 < n and toks[k + 1].text.islower() and toks[k + 1].word \
                and toks[k + 1].low not in lx.PREPOSITION_WORDS and toks[k + 1].low not in lx.NP_DETERMINERS:
            return True  # "most viewers never notice ...": a verb with no ending to show it
        k += 1
    return False


def _verb_after_parenthetical(toks: list[Tok], k: int) -> bool:
    """A finite verb right after a comma that closes a parenthetical ("Karl Dorn, 46,
    abandoned", "the shop, with its bakery, has closed")."""
    if k >= len(toks):
        return False
    t = toks[k]
    return t.text.islower() and (t.low in lx.AUXILIARIES or t.low in lx.IRREGULAR_PAST
                                 or (t.low.endswith("ed") and len(t.low) > 4))
