"""A reported clause before its cue: 'CLAUSE, the county engineer said [Monday].' and
the inverted 'CLAUSE, said Tom Vale, the county engineer.' The clause runs from the
start of the sentence to the comma (furniture.py blanks datelines and section labels)."""

from __future__ import annotations

from ...models import Mention
from .. import lexicon as lx
from .names import (name_first_token, named_before_appositives, np_after, np_before, only_modifiers,
                    role_before_name, title_list_goes_on)
from .subjects import unnamed_np
from .tokens import QMARKS, Tok, finite_verb, participle, strip_poss

# Words a tail after the cue may hold besides prepositional phrases and names:
# time expressions and manner adverbs ("said Sunday", "said in a statement").
_TAIL_WORDS = frozenset({"yesterday", "today", "tonight", "earlier", "later", "last", "this", "next",
                         "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
                         "recently", "also", "again", "then", "now", "previously", "separately",
                         "in", "on", "at", "from", "during", "via", "after", "before", "to", "with",
                         "the", "a", "an", "his", "her", "its", "their", "statement", "interview",
                         "release", "email", "e-mail", "conference", "news", "briefing", "ago",
                         "when", "asked", "by", "phone", "telephone"})
NEXT_REPORT = frozenset({"adding", "saying", "noting", "according", "citing", "explaining",
                          "arguing", "insisting", "referring", "pointing", "calling", "though",
                          "although", "but", "and", "while", "who", "which"})


def clause_before(toks: list[Tok], c: int, masked: str) -> tuple[Mention, int, int] | None:
    """(speaker, clause start, clause end) when the cue at ``c`` closes the sentence
    after a clause; None otherwise."""
    k = c - 1
    while k >= 0 and c - k <= 10 and toks[k].text != ",":
        if toks[k].text in QMARKS or toks[k].text in (".", ";", ":", "!", "?", "(", ")"):
            return None
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    if k + 1 == c:
        # ", said Tom Vale, the county engineer."; "told" never inverts: what follows it is
        # whom the words were told to
        m = np_after(toks, c + 1, len(toks), masked) if toks[c].low not in lx.TELL_FORMS else None
        if m is not None and m.kind != "pronoun" and only_modifiers(toks, c + 1, m.start):
            after = next((i for i in range(c + 1, len(toks)) if toks[i].start >= m.end), len(toks))
            if after < len(toks) and toks[after].text == ",":
                after = _skip_appositive(toks, after)
        else:
            found = _named_in_apposition(toks, k, c, masked)  # ", the mayor, Ann Lee, said."
            if found is None:
                found = _named_before_appositives(toks, k, masked)  # ", Ann Lee, head of X, a Y, said."
            if found is None:
                return None
            m, k = found
            after = _object_end(toks, c)
    else:
        title = title_list_goes_on(toks, 0, k, portfolio=True)  # "CLAUSE, Minister for Housing, Urban ... Ana Ruiz said"
        titled = title is not None and title >= 0  # the words before the name are its title
        k = title if titled else k
        m = np_before(toks, k + 1, c, masked) or unnamed_np(toks, k + 1, c, masked)
        if m is None or not (only_modifiers(toks, k + 1, m.start) or (titled and m.kind == "person" and m.name)):
            return None
        after = _object_end(toks, c)
    if not _tail(toks, after):
        return None
    s = clause_first_token(toks, k)
    if s is None or sum(1 for t in toks[s:k] if t.word) < 4:
        return None
    if any(t.text in QMARKS for t in toks[s:k]):
        return None
    seg = next((j + 1 for j in range(k - 1, s, -1) if toks[j].text == ","), s)
    if toks[seg].low in lx.SUBORDINATORS or (toks[seg].low == "even" and toks[seg + 1].low in lx.SUBORDINATORS):
        return None  # "Though the move was seamless, he said, ...": the opener of what follows the cue
    return m, toks[s].start, toks[k].start


def _named_in_apposition(toks: list[Tok], k: int, c: int, masked: str) -> tuple[Mention, int] | None:
    """(speaker, comma ending the clause) for "CLAUSE, the city's mayor, Ann Lee, said"
    and "CLAUSE, Ann Lee, the mayor, said": a person and their post, each set off by
    commas, between the clause and the cue."""
    m = np_before(toks, 0, c, masked)
    if m is None or m.kind != "person" or not m.name:
        return None
    first = name_first_token(toks, m)
    if first is None:
        return None
    last = next(i for i in range(first, k + 1) if toks[i].end >= m.end)
    if last + 1 < k and toks[last + 1].text == ",":
        # the name first, its post after it: np_before read past the post
        return (m, first - 1) if first > 0 and toks[first - 1].text == "," else None
    for r in range(first - 2, max(0, first - 11), -1):
        if toks[r].text == ",":
            named = role_before_name(toks, r + 1, m)
            return (named, r) if named is not None else None
    return None


def _named_before_appositives(toks: list[Tok], k: int, masked: str) -> tuple[Mention, int] | None:
    """(speaker, comma ending the clause) for "CLAUSE, Ann Lee, head of roads at the
    Transport Board, an agency of the city, said"."""
    m = named_before_appositives(toks, k, masked)
    first = name_first_token(toks, m) if m is not None else None
    if first is None or first < 1 or toks[first - 1].text != ",":
        return None
    return m, first - 1


def _object_end(toks: list[Tok], c: int) -> int:
    """Index after the addressee of a closing "told" ("told reporters", "told the jury",
    "told staff"): whom the words were told to, before any time or place."""
    i = c + 1
    if toks[c].low not in lx.TELL_FORMS or i >= len(toks) or not toks[i].text.islower():
        return i
    if toks[i].low in lx.NP_DETERMINERS or toks[i].possessive:
        i += 1
    k = i
    while k < len(toks) and k - i < 3 and toks[k].word and toks[k].low not in lx.PREPOSITION_WORDS \
            and toks[k].low not in _TAIL_WORDS:
        k += 1
    if k == i or strip_poss(toks[k - 1].low) not in lx.ADDRESSEES:
        return c + 1  # "told a joke", "told the story of ...": what was told, no audience
    return k


def _skip_appositive(toks: list[Tok], i: int) -> int:
    """Index after ", the district's water inspector" (to the next comma or the end)."""
    j = i + 1
    while j < len(toks) and toks[j].text not in (",", ".", "!", "?", ";") and j - i < 14:
        if toks[j].text in QMARKS:
            return len(toks) + 1
        j += 1
    return j


def _tail(toks: list[Tok], i: int) -> bool:
    """Whether only time words, short prepositional phrases and names follow the cue
    to the sentence end (or to a participle that starts another report)."""
    n = len(toks)
    j, words = i, 0
    while j < n:
        t = toks[j]
        if t.text in (".", "!", "?", "…"):
            return all(not x.word for x in toks[j + 1:])
        if t.text == ",":
            if j + 1 < n and (toks[j + 1].low in NEXT_REPORT or participle(toks[j + 1])):
                return True  # ", adding ...", ", escalating a dispute ...": another report, the writer's clause
            j += 1
            continue
        words += 1
        if words > 10:
            return False
        if t.low in lx.PREPOSITION_WORDS:
            k = j + 1  # "in a statement", "from his office in Ottawa", "to reporters"
            while k < n and k - j <= 4 and toks[k].word and (toks[k].cap or toks[k].low in _TAIL_WORDS or (
                    toks[k].text.islower() and not finite_verb(toks, k) and toks[k].low not in lx.PREPOSITION_WORDS
                    and (toks[k - 1].low in lx.NP_DETERMINERS or toks[k - 1].low == t.low))):
                k += 1
            if k == j + 1:
                return False
            words += k - j - 1
            j = k
            continue
        if t.low in _TAIL_WORDS or t.cap or t.text[0].isdigit() or t.low in lx.WEEKDAYS or \
                (t.text.islower() and t.low.endswith("ly") and len(t.low) > 4):
            j += 1
            continue
        return False
    return True


def clause_first_token(toks: list[Tok], k: int) -> int | None:
    """Index of the clause's first token: the sentence's first word (datelines and
    section labels are blanked before attribution reads the text: furniture.py)."""
    return 0 if k > 0 and toks[0].word else None
