"""Capitalised runs -> names: a run of capitalised words ("Iranian Foreign Minister
Mohammad Javad Zarif", "Jane Foley of Rabobank", "Bank of England") split into the
name, the role before it and the kind of thing it names; and the patterns that find
such runs in the masked text. Memoised: every stage asks about the same names."""

from __future__ import annotations

import regex

from ...models import Mention
from .. import lexicon as lx
from ..gender import is_first_name, name_gender
from .tokens import Tok, strip_poss, tokens


def title_key(t: str) -> str:
    return t.lower().rstrip(".")


def is_name_tok(t: Tok) -> bool:
    return t.cap and t.word and strip_poss(t.low) not in lx.NON_NAMES or t.text.startswith("@")


def particles_lead_surname(toks: list[Tok], i: int) -> bool:
    """True when ``toks[i]`` starts a run of surname particles followed by a capitalised
    surname ("van der Berg", "ten Hag", "De Rossi"). A capitalised "Ten"/"Ter" is the
    number at the start of a sentence, and "ten Democrats" is a count, not a name."""
    k = i
    while k < len(toks) and k - i < 3 and toks[k].low in lx.SURNAME_PARTICLES:
        k += 1
    if k == i or k >= len(toks) or not toks[k].cap or not toks[k].word:
        return False
    if toks[i].low in lx.AMBIGUOUS_PARTICLES:
        surname = strip_poss(toks[k].low)
        return toks[i].text.islower() and not surname.endswith("s") and surname not in lx.NON_NAMES \
            and surname not in lx.GROUP_NOUNS and surname not in lx.ROLE_NOUNS
    return True


# Both memos are cleared when full: names repeat mostly within a document, and each
# entry is a few hundred bytes, so 50,000 of them made every ingest worker ~40 MB larger
# on a 500 MB corpus (peak RSS of the process tree over its 250 MB budget).
_MEMO_MAX = 4096
_RUN_CACHE: dict = {}


def split_name(toks: list[Tok], text: str) -> Mention | None:
    """A capitalised run ("Iranian Foreign Minister Mohammad Javad Zarif") split into
    name and role; organisations keep their whole name. Memoised on the run's text and
    token offsets (every stage asks again about the same names; the memo is bounded)."""
    if not toks:
        return None
    s0 = toks[0].start
    key = (text[s0:toks[-1].end], *[t.start - s0 for t in toks], *[t.end - s0 for t in toks])
    hit = _RUN_CACHE.get(key, False)
    if hit is False:
        hit = _split_name(toks, text)
        if hit is not None:
            hit = _shifted(hit, -s0)
        if len(_RUN_CACHE) > _MEMO_MAX:
            _RUN_CACHE.clear()
        _RUN_CACHE[key] = hit
    return _shifted(hit, s0) if hit is not None else None


# "the " opening a noun phrase that ends where the search ends: "the Spaniard", "the
# 24-year-old Brazilian", "the lanky, bespectacled professor"
DEFINITE_BEFORE = regex.compile(r"\b(?i:the)\s+(?:[\p{Ll}\p{Nd}][\p{L}\p{Nd}\-]*,?\s+){0,3}$")


def _shifted(m: Mention, by: int) -> Mention:
    return Mention(m.start + by, m.end + by, m.surface, m.name, m.role, m.kind, m.pronoun)


def _split_name(toks: list[Tok], text: str) -> Mention | None:
    toks = _after_sentence_end(toks)
    has_org = any(strip_poss(t.low) in lx.ORG_WORDS for t in toks)
    while toks and (strip_poss(toks[0].low) in lx.NON_NAMES or toks[0].low in lx.NAME_CONNECTORS):
        if has_org and len(toks) > 1 and strip_poss(toks[0].low) in lx.NATIONALITIES:
            break  # "European Commission"
        if toks[0].text == "Jan" and len(toks) > 1 and toks[1].word:
            break  # "Jan de Vries": a first name; the month's abbreviation comes before a day
            # ("April Ryan" stays "Ryan": "in April Trump said" reads the same)
        if particles_lead_surname(toks, 0):
            break  # "van Dijk", "De Bruyne": the particle belongs to the surname
        toks = toks[1:]
    if len(toks) > 1 and toks[0].low.endswith("ing") and not is_first_name(toks[0].text) \
            and is_first_name(toks[1].text):
        toks = toks[1:]  # "Having Billy Eichner ...": an opening participle (not "Sterling Ames", "Downing Street")
    while toks and toks[-1].low in lx.NAME_CONNECTORS:
        toks = toks[:-1]
    if not toks:
        return None
    cut = _affiliation_at(toks)
    if cut is not None:
        person = _split_name(toks[:cut], text)  # "Jane Foley of Rabobank": the person
        if person is not None and person.kind == "person":
            return person
    start, end = toks[0].start, toks[-1].end
    surface = text[start:end]
    if len(toks) <= 2 and strip_poss(surface.lower()) in lx.PARTY_MEMBER_NOUNS \
            and DEFINITE_BEFORE.search(text, max(0, start - 40), start):
        return Mention(start, end, surface, None, strip_poss(surface.lower()), "role")  # "the Social Democrat"
    if " & " in surface:
        return Mention(start, end, surface, strip_poss(surface), None, "organization")  # "Marks & Spencer"
    if len(toks) == 1:
        w = strip_poss(toks[0].low)
        if w in lx.GROUP_NOUNS:
            return Mention(start, end, surface, None, w, "group")
        if w in lx.ROLE_NOUNS or w in lx.DEMONYM_NOUNS and DEFINITE_BEFORE.search(
                text, max(0, start - 40), start):
            return Mention(start, end, surface, None, w, "role")  # "the Spaniard": a person just named
        if w in lx.ORG_NOUNS:
            return Mention(start, end, surface, None, w, "orgrole")
    if toks[0].text.startswith("@") and len(toks) == 1:
        return Mention(start, end, surface, toks[0].text[1:], None, "person")
    f = _name_after_portfolio(toks)
    if f is not None:  # "Commissioner for Oceans and Fisheries Katrin Valdmaa"
        return Mention(start, end, surface, strip_poss(text[toks[f].start:end]),
                       text[start:toks[f - 1].end].lower(), "person")
    lows = [strip_poss(title_key(t.text)) for t in toks]
    last_title = -1
    for i, w in enumerate(lows):
        if w in lx.TITLES or (toks[i].possessive and i < len(toks) - 1) or (
                "-" in w and all(x in lx.TITLES for x in w.split("-"))):
            last_title = i  # a possessive at the end is the name's own ("Mayor Ann Lee's")
    if 0 <= last_title == len(toks) - 1 and lows[-1] in lx.DEPARTMENT_WORDS and any(
            w not in lx.TITLES and not t.possessive for w, t in zip(lows, toks)):
        last_title = -1  # "Norlys Energy", "Harbour Trade": a name ending in a title word
        for i, w in enumerate(lows[:-1]):
            if w in lx.TITLES or toks[i].possessive:
                last_title = i
    rest = toks[last_title + 1:]
    rest_lows = lows[last_title + 1:]
    if any(w in lx.ORG_WORDS for w in lows) and (not rest or any(w in lx.ORG_WORDS for w in rest_lows)
                                                  or rest_lows[0] in lx.NAME_CONNECTORS):
        name = strip_poss(surface)
        return Mention(start, end, surface, name, None, "organization")
    if not rest:
        # only title words: "the President" -> a role
        return Mention(start, end, surface, None, surface.lower(), "role")
    if rest and last_title >= 0 and rest[0].low in ("of", "for") and not has_org:
        return Mention(start, end, surface, None, surface.lower(), "role")  # "Minister of Transport"
    while rest and rest[0].low in lx.NAME_CONNECTORS and not particles_lead_surname(rest, 0):
        rest = rest[1:]
    if not rest:
        return None
    for f in range(1, min(4, len(rest) - 1)):
        if not _common_word_before_first_name(rest[f - 1:]):
            continue
        if all(_common_word(t) for t in rest[:f]):
            rest = rest[f:]  # "Vintner Paolo Greco", "Social Care Ann Lee": capitalised common words
        break
    name = strip_poss(text[rest[0].start:rest[-1].end])
    role_toks = [t for t in toks if t.end <= rest[0].start]
    role = " ".join(strip_poss(t.text) for t in role_toks if not t.possessive) or None
    if role:
        role = role.lower()
    return Mention(start, end, surface, name, role, "person")


def _name_after_portfolio(toks: list[Tok]) -> int | None:
    """Where the person's name starts after a title with its portfolio ("EU Commissioner
    for Oceans and Fisheries Katrin Valdmaa", "Minister for Housing Ana Ruiz"): a title
    or role word, "for" or "of", capitalised words, then a first name and a surname."""
    if len(toks) < 5:
        return None
    h = next((i for i, t in enumerate(toks[:3]) if strip_poss(t.low) in lx.TITLES
              or strip_poss(t.low) in lx.ROLE_NOUNS), None)
    if h is None or len(toks) < h + 5 or toks[h + 1].low not in ("for", "of"):
        return None
    for f in range(h + 3, len(toks) - 1):
        if is_first_name(toks[f].text) and toks[f].low not in lx.NON_NAMES:
            return f if all(t.cap for t in toks[f:]) else None
    return None


def _affiliation_at(toks: list[Tok]) -> int | None:
    """The index of the "of" in "Jane Foley of Rabobank", "Analyst Neil Wilson of Bank
    of America": a person named in full (a known first name, then one or two more
    words) before it, an employer after it; None otherwise ("Bank of England", "Duke
    of Edinburgh", "Secretary of State" have no first name before their "of")."""
    for i in range(2, min(len(toks) - 1, 7)):
        if toks[i].low != "of":
            continue
        k = 0
        while k < i and title_key(toks[k].text) in lx.TITLES:
            k += 1
        head = toks[k:i]
        if 2 <= len(head) <= 3 and is_first_name(head[0].text) and toks[i + 1].cap and not any(
                strip_poss(t.low) in lx.ORG_WORDS or t.possessive for t in head):
            return i
        return None
    return None


def _after_sentence_end(toks: list[Tok]) -> list[Tok]:
    """The run's tokens after the last one that ends a sentence ("Davos, Switzerland.
    Wang" -> "Wang"), and without leading "-based"/"-born" modifiers ("Calgary-based
    Suncor" -> "Suncor")."""
    for i in range(len(toks) - 2, -1, -1):
        w = toks[i].text
        if (w.endswith(".") and len(w) > 3 and w[:-1].isalpha() and w[-2].islower()
                and title_key(w) not in lx.TITLES) or (
                w == "." and i > 0 and len(toks[i - 1].text) > 2 and toks[i - 1].text[-1].islower()
                and title_key(toks[i - 1].text) not in lx.TITLES):
            toks = toks[i + 1:]
            break
    while len(toks) > 1 and toks[0].low.endswith(("-based", "-born", "-area", "-led", "-owned", "-run")):
        toks = toks[1:]
    return toks


def _common_word(t: Tok) -> bool:
    """A capitalised word that is no first name, particle or initial."""
    return t.low not in lx.SURNAME_PARTICLES and len(t.text) >= 3 and t.text[1:].islower() \
        and name_gender(t.text) is None


def _common_word_before_first_name(run: list[Tok]) -> bool:
    """A run whose second word is a known first name and whose first word is not one
    (nor a particle or an initial) starts with a capitalised common noun, a role."""
    second = run[1]
    return _common_word(run[0]) and second.text[1:].islower() and name_gender(second.text) is not None


# never from inside a word, a hashtag or a link ("iOS", "#DuncanBC", "twitter.com/W0k")
RUN = regex.compile(r"(?<![\w#@/.])(?:@\w{1,40}|[\p{Lu}][\p{L}\p{M}'’.\-]{0,40})(?:[ \t]+(?:(?:%s)[ \t]+)?[\p{Lu}][\p{L}\p{M}'’.\-]{0,40}){0,8}"
                    % "|".join(sorted(lx.RUN_CONNECTORS)))



# (?r): matched backwards from the surname, not tried at every start of the 80 characters
RUN_TAIL = regex.compile(r"(?r)(?:[\p{Lu}][\p{L}\p{M}'’.\-]{0,40}[ \t]+(?:(?:%s)[ \t]+)?){1,5}$"
                         % "|".join(sorted(lx.RUN_CONNECTORS - {"of"})))


_SPLIT_CACHE: dict = {}


def split_cached(masked: str, start: int, run: str) -> Mention | None:
    """split_name for a capitalised run, memoised on the run's text (names repeat
    within and across documents; the memo is bounded)."""
    hit = _SPLIT_CACHE.get(run, False)
    if hit is False:
        hit = _split_name(tokens(run, 0, len(run)), run)
        if len(_SPLIT_CACHE) > _MEMO_MAX:
            _SPLIT_CACHE.clear()
        _SPLIT_CACHE[run] = hit
    return _shifted(hit, start) if hit is not None else None
