"""Tokens of a bounded window of the masked text, and the small predicates on them."""

from __future__ import annotations

import re

from .. import lexicon as lx


# The tokenizer runs on every attribution window, so it uses the standard library's
# engine (about twice as fast as `regex` on this simple alternation). The leading
# lookahead lets a space fail once instead of once per alternative (a third faster).
_TOK = re.compile(
    r"(?=\S)(?:@\w{1,40}"
    r"|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Adm|St|Jr|Sr|Rev|Hon|Inc|Corp|Co|Ltd|Bros"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.(?=[\s,;:])"
    r"|[A-ZÀ-ÖØ-Þ](?:\.[A-ZÀ-ÖØ-Þ])+\.?"
    r"|[A-ZÀ-ÖØ-Þ]\.(?=\s)"
    r"|\d+(?:[.,]\d+)+(?![\w'’\-])"
    r"|[^\W_](?:[\w'’\-]{0,60}[^\W_])?"
    r"(?:\.(?:[a-z][a-z0-9]*|[A-Z][A-Z0-9]+)(?=[\s,;:)’”\"'.]|$))*"  # "e.GO’s", "Amazon.com": one word
    r"(?:['’]s?)?"
    r"|[,:;()\[\]—–―%]|[.!?…]+|[“”„«»\"]|(?<!\w)[‘’'](?!\w)"
    r"|(?<=\s)--?(?=\s))"  # a dash typed as a spaced hyphen: read as "—"
)


QMARKS = frozenset("“”„«»\"‘’'")
# Marks that open a quotation (straight ones open and close).
OPENING_MARKS = lx.OPEN_ONLY + "\"'"
# Words that open a noun phrase object: after a name, "holds a" / "owns the" read as
# a verb ("New Brunswick holds a lower debt").
_DETS = frozenset({"a", "an", "the", "our", "their", "his", "her", "its", "my", "your", "this", "these",
                   "those", "every", "each", "some", "many", "several", "no"})
_NP_OPENERS = frozenset({"a", "an", "the", "no", "its", "his", "her", "their", "more", "fewer", "less"})


class Tok:
    """A token of a bounded window: offsets, text, lower-cased text (computed once).
    Built straight from the tokenizer's match: one call per token, no argument tuple."""

    __slots__ = ("start", "end", "text", "low", "cap", "word")

    def __init__(self, m: re.Match):
        self.start, self.end = m.span()
        self.text = text = m[0]
        self.low = text.lower()
        c = text[0]
        if c in "-―":  # a spaced hyphen or a horizontal bar: a dash
            self.text = self.low = "—"
        self.cap = c.isupper() or c == "@"
        self.word = self.cap or c.isalnum()

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("'s", "’s", "s'", "s’")) and len(self.text) > 2


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    return list(map(Tok, _TOK.finditer(text, lo, hi)))


def strip_poss(s: str) -> str:
    for suf in ("'s", "’s"):
        if s.endswith(suf):
            return s[: -len(suf)]
    return s


def is_cue(t: Tok) -> bool:
    return t.low in lx.SPEECH_VERBS or t.low in lx.THAT_ONLY_VERBS


def noun_state(toks: list[Tok], c: int) -> bool:
    """Whether "state" at ``c`` modifies the noun after it instead of reporting."""
    return toks[c].low == "state" and c + 1 < len(toks) and toks[c + 1].text.islower() \
        and toks[c + 1].word and toks[c + 1].low not in lx.STATE_VERB_NEXT


def is_adverb(t: Tok) -> bool:
    return t.text.islower() and (t.low in lx.SKIP_BEFORE_CUE or (
        t.low.endswith("ly") and len(t.low) > 4 and t.low not in lx.LY_NOUNS))


def participle(t: Tok) -> bool:
    """A present participle ("escalating", "pointing"), not a preposition or noun in "-ing"."""
    return t.text.islower() and t.low.endswith("ing") and len(t.low) > 5 and t.low not in lx.ING_NON_PARTICIPLES


def noun_head(low: str) -> str:
    """The word a hyphenated title is headed by ("sergeant-at-arms" -> "sergeant",
    "president-elect" -> "president"); the word itself otherwise."""
    if "-" not in low:
        return low
    parts = low.split("-")
    if (len(parts) > 2 and parts[1] in lx.COMPOUND_LINKS) or parts[-1] in lx.COMPOUND_POSTMODIFIERS:
        return parts[0]
    return low


def finite_verb(toks: list[Tok], k: int) -> bool:
    """Whether ``toks[k]`` reads as a finite verb: an auxiliary or an irregular past;
    a regular past after its subject ("the plant closed", not "when asked"); a
    third-person "-s" form after its noun and before its object or adjunct
    ("service resumes Friday", "the squad needs a goalkeeper", not "black voters,")."""
    w = toks[k].low
    if w in lx.AUXILIARIES or w in lx.IRREGULAR_PAST:
        return True
    if w in lx.PREPOSITION_WORDS or w in lx.NOT_CLAUSE_OPENERS or k == 0 or noun_head(w) != w:
        return False
    prev = toks[k - 1]
    if not prev.word or prev.low in lx.FUNCTION_WORDS or prev.low in lx.PREPOSITION_WORDS or prev.low in _DETS \
            or prev.low in lx.NUMBER_WORDS:
        return False  # after a determiner or a number a word is a noun ("our subscribers at", "six residents")
    if w.endswith("ed") and len(w) > 4:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if not (w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s")) and len(w) > 3
            and (prev.text.islower() or (prev.cap and k > 1 and nxt is not None and nxt.low in _NP_OPENERS))
            and not prev.low.endswith(("ed", "ing"))):
        return False
    if is_adverb(prev):
        return True  # "still works", "now needs"
    return nxt is not None and nxt.word and (
        nxt.cap or nxt.text[0].isdigit() or nxt.low in ("the", "a", "an", "to", "that", "its", "his", "her", "their",
                                                        "no", "more", "up", "down", "out", "back", "off")
        or nxt.low in lx.PREPOSITION_WORDS or nxt.low in lx.WEEKDAYS or nxt.low.endswith("ly"))
