"""Noun phrases -> mentions: capitalised runs split into name and role, the subject
before a cue and the speaker after an inverted one."""

from __future__ import annotations

import regex

from ...models import Mention
from .. import lexicon as lx
from ..gender import is_first_name, name_gender
from .tokens import QMARKS, Tok, finite_verb, is_adverb, strip_poss, tokens


def _title_key(t: str) -> str:
    return t.lower().rstrip(".")


def _is_name_tok(t: Tok) -> bool:
    return t.cap and t.word and strip_poss(t.low) not in lx.NON_NAMES or t.text.startswith("@")


def _particles_lead_surname(toks: list[Tok], i: int) -> bool:
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
        if _particles_lead_surname(toks, 0):
            break  # "van Dijk", "De Bruyne": the particle belongs to the surname
        toks = toks[1:]
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
    if len(toks) == 1:
        w = strip_poss(toks[0].low)
        if w in lx.GROUP_NOUNS:
            return Mention(start, end, surface, None, w, "group")
        if w in lx.ROLE_NOUNS:
            return Mention(start, end, surface, None, w, "role")
        if w in lx.ORG_NOUNS:
            return Mention(start, end, surface, None, w, "orgrole")
    if toks[0].text.startswith("@") and len(toks) == 1:
        return Mention(start, end, surface, toks[0].text[1:], None, "person")
    lows = [strip_poss(_title_key(t.text)) for t in toks]
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
    while rest and rest[0].low in lx.NAME_CONNECTORS and not _particles_lead_surname(rest, 0):
        rest = rest[1:]
    if not rest:
        return None
    if len(rest) >= 3 and _common_word_before_first_name(rest):
        rest = rest[1:]  # "Vintner Paolo Greco", "Organizer Ann Lee": a capitalised role
    name = strip_poss(text[rest[0].start:rest[-1].end])
    role_toks = [t for t in toks if t.end <= rest[0].start]
    role = " ".join(strip_poss(t.text) for t in role_toks if not t.possessive) or None
    if role:
        role = role.lower()
    return Mention(start, end, surface, name, role, "person")


def _affiliation_at(toks: list[Tok]) -> int | None:
    """The index of the "of" in "Jane Foley of Rabobank", "Analyst Neil Wilson of Bank
    of America": a person named in full (a known first name, then one or two more
    words) before it, an employer after it; None otherwise ("Bank of England", "Duke
    of Edinburgh", "Secretary of State" have no first name before their "of")."""
    for i in range(2, min(len(toks) - 1, 7)):
        if toks[i].low != "of":
            continue
        k = 0
        while k < i and _title_key(toks[k].text) in lx.TITLES:
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
                and _title_key(w) not in lx.TITLES) or (
                w == "." and i > 0 and len(toks[i - 1].text) > 2 and toks[i - 1].text[-1].islower()
                and _title_key(toks[i - 1].text) not in lx.TITLES):
            toks = toks[i + 1:]
            break
    while len(toks) > 1 and toks[0].low.endswith(("-based", "-born", "-area", "-led", "-owned", "-run")):
        toks = toks[1:]
    return toks


def _common_word_before_first_name(run: list[Tok]) -> bool:
    """A run whose second word is a known first name and whose first word is not one
    (nor a particle or an initial) starts with a capitalised common noun, a role."""
    first, second = run[0], run[1]
    if first.low in lx.SURNAME_PARTICLES or len(first.text) < 3 or not first.text[1:].islower():
        return False
    if not second.text[1:].islower() or name_gender(second.text) is None:
        return False
    return name_gender(first.text) is None


def _title_list_goes_on(toks: list[Tok], lo: int, k: int) -> int | None:
    """When the chunk before the comma at ``k`` opens with a title ("Minister of
    Transport, Ports and Coastal Affairs,"), the chunk after it is the title's tail:
    the index of the comma before the title, else None."""
    if k < lo or toks[k].text != ",":
        return None
    i = k - 1
    while i >= lo and toks[i].text not in (",", ";", ":", ".", "—", "–") and k - i < 12:
        i -= 1
    if i + 1 < k and toks[i + 1].cap and _title_key(toks[i + 1].text) in lx.TITLES \
            and i >= lo and toks[i].text == ",":
        return i
    return None


def _name_chunk(chunk: list[Tok], text: str) -> Mention | None:
    """An appositive between commas that is itself a name ("the Keyhan", "Zarif")."""
    c = chunk
    if c and c[0].low == "the":
        c = c[1:]
    if not c or len(c) > 8 or not c[0].cap or not c[-1].cap:
        return None
    for t in c:
        if not (t.cap or t.low in lx.NAME_CONNECTORS or t.text in "()"):
            return None
    if strip_poss(c[0].low) in lx.NON_NAMES and len(c) == 1:
        return None
    m = split_name(c, text)
    if m is not None and m.kind == "person" and any(t.low == "and" for t in c):
        return None  # "Minister of Innovation, Science and Economic Development": a title's tail
    return m


def _abbreviation_stop(toks: list[Tok], k: int) -> bool:
    """Whether the full stop ``toks[k]`` closes an abbreviation inside an appositive
    ("R-Ky.,", "of Flint, Mich.,", "D-N.Y."): written onto a short capitalised word
    and followed at once by more punctuation or letters, never by a space."""
    if toks[k].text != "." or k == 0 or k + 1 >= len(toks):
        return False
    p = toks[k - 1]
    return p.end == toks[k].start and toks[k + 1].start == toks[k].end and p.text[:1].isupper() \
        and len(p.text) <= 8


_PLACE_PREPS = frozenset({"from", "in", "of", "near", "outside", "at"})


def _place_goes_on(toks: list[Tok], lo: int, k: int) -> bool:
    """Whether the comma at ``k`` follows a place named after a preposition ("a farmer
    from Sumter,", "the state capital, Salem" after "outside of"), so that the
    capitalised chunk after it continues the place."""
    if k - 2 < lo or toks[k].text != ",":
        return False
    i = k - 1
    while i >= lo and k - i <= 3 and toks[i].cap:
        i -= 1
    return i < k - 1 and i >= lo and toks[i].low in _PLACE_PREPS


_PARTY_STATE = regex.compile(r"[DRI]-[A-Z][A-Za-z]*$")


def _descriptor_before(toks: list[Tok], lo: int, j: int) -> int | None:
    """When the tokens ending at ``j`` are an appositive that only describes a person
    (an age "22", a home town "of Flint", a state "Mich.", a party "R-Ky."), the index
    of the delimiter before them; else None."""
    k = j
    while k >= lo and (toks[k].text not in (",", ";", ":", "—", "–", ".", "!", "?")
                       or _abbreviation_stop(toks, k)) and j - k < 6:
        k -= 1
    if k < lo or k == j:
        return None
    chunk = toks[k + 1:j + 1]
    words = [t for t in chunk if t.text != "."]
    if len(words) == 1 and (words[0].text.isdigit() or _PARTY_STATE.match(words[0].text)
                            or (len(chunk) == 2 and chunk[1].text == "." and words[0].text[:1].isupper())):
        return k
    if chunk[0].low in ("of", "from") and len(words) > 1 and all(t.cap for t in words[1:]):
        return k
    if chunk[0].low in ("a", "an", "the") and k - 1 >= lo and toks[k - 1].cap and toks[k - 1].word:
        return k  # "Dana Holt, a farmer from Sumter, South Carolina, says"
    return None


def _relative_before(toks: list[Tok], lo: int, k: int) -> int | None:
    """The index of a "who"/"which" opening the clause that ends at the comma ``k``
    (within a few words of the clause start), else None."""
    for i in range(k - 1, max(lo - 1, k - 16), -1):
        t = toks[i]
        if t.low in ("who", "which") and t.text.islower():
            return i if i - 1 >= lo and toks[i - 1].text == "," else None
        if t.text in (";", ":", ".", "!", "?") or t.text in QMARKS:
            return None
    return None


def np_before(toks: list[Tok], lo: int, hi: int, text: str) -> Mention | None:
    """The noun phrase ending just before token ``hi`` (the subject of a cue)."""
    j = hi - 1
    while j >= lo and is_adverb(toks[j]):
        j -= 1
    for _ in range(5):
        if j >= lo and toks[j].text in (",", "—", "–"):
            delim = toks[j].text
            k = j - 1
            while k >= lo and (toks[k].text not in (",", ";", ":", "—", "–", ".", "!", "?")
                               or _abbreviation_stop(toks, k)) and j - k < 30:
                k -= 1
            chunk = toks[k + 1:j]
            m = _name_chunk(chunk, text)
            if m is not None and _place_goes_on(toks, lo, k):
                m = None  # "from Sumter, South Carolina,": a place's state, not a name
            title_comma = _title_list_goes_on(toks, lo, k)
            if title_comma is not None:
                j = title_comma  # "Minister of Transport, Ports and Coastal Affairs,": a title's tail
                continue
            if m is not None and m.name:
                r = _relative_before(toks, lo, k)
                if r is not None:
                    # "Mike Orr, who lives outside the capital, Salem, said": the
                    # name is inside the relative clause; the subject comes before it
                    outer = np_before(toks, lo, r, text)
                    if outer is not None and outer.name:
                        return outer
                return m
            if k >= lo and toks[k].text == delim:
                j = k - 1
                while j >= lo and is_adverb(toks[j]):
                    j -= 1
                d = _descriptor_before(toks, lo, j)
                if d is not None and toks[d].text == delim:
                    j = d  # "Cory Dunn, 22, of Flint, Mich., said": age, town, state, party
                continue
            return None
        break
    if j < lo:
        return None
    t = toks[j]
    if t.low in lx.PRONOUNS and (j == lo or not toks[j - 1].word or toks[j - 1].text.endswith(".") or toks[j - 1].low in ("and", "but", "that", "so", "as", "when", "then", "which", "because", "where", "while", "since",
                                                                                 "though", "although", "whereas", "after", "before", "yet", "what")
                                 or toks[j - 1].text in ",;:"):
        return Mention(t.start, t.end, t.text, None, None, "pronoun", t.low)
    if t.text == ")":
        k = j - 1
        while k >= lo and j - k < 8 and toks[k].text != "(":
            k -= 1
        if k < lo or toks[k].text != "(":
            return None
        j = k - 1
        if j < lo:
            return None
        t = toks[j]
    if t.cap and t.word:
        return _capitalised_np(toks, lo, j, text)
    return _common_np(toks, lo, j, text)


def _capitalised_np(toks: list[Tok], lo: int, j: int, text: str) -> Mention | None:
    """The capitalised run ending at token ``j`` with any lower-case role words before it."""
    i = j
    while i - 1 >= lo:
        p = toks[i - 1]
        if p.cap and p.word:
            i -= 1
        elif (p.low in lx.NAME_CONNECTORS or p.low in lx.SURNAME_PARTICLES) and i - 2 >= lo \
                and toks[i - 2].cap and toks[i - 2].word and p.low not in ("and", "on", "the"):
            i -= 1
        elif p.text.islower() and p.low in lx.SURNAME_PARTICLES:
            k = i - 1  # "... van Dijk said": particles with no first name before them
            while k - 1 >= lo and toks[k - 1].text.islower() and toks[k - 1].low in lx.SURNAME_PARTICLES:
                k -= 1
            if _particles_lead_surname(toks, k):
                i = k
            break
        else:
            break
    run = toks[i:j + 1]
    m = split_name(run, text)
    if m is None:
        return None
    # lower-case role words before the name: "foreign minister Zarif", "midfielder X"
    k = i - 1
    roles = []
    while k >= lo and toks[k].text.islower() and (toks[k].low in lx.TITLES or toks[k].low in lx.ROLE_NOUNS) and len(roles) < 4:
        roles.append(toks[k].text)
        k -= 1
    if roles and m.kind == "person":
        role = " ".join(reversed(roles)) + ((" " + m.role) if m.role else "")
        m = Mention(m.start, m.end, m.surface, m.name, role.lower(), m.kind)
    if not roles and i - 2 >= lo and toks[i - 1].low == "and" and toks[i - 2].cap:
        both = _pair(toks, lo, i - 2, m, text)
        if both is not None:
            return both
    return m


def _pair(toks: list[Tok], lo: int, j: int, right: Mention, text: str) -> Mention | None:
    """"Tore Dahl and Lena Abreu said": two people named in full, one speaker group."""
    if right.kind != "person" or not right.name or " " not in right.name:
        return None
    i = j
    while i - 1 >= lo and toks[i - 1].cap and toks[i - 1].word and j - i < 3:
        i -= 1
    left = split_name(toks[i:j + 1], text)
    if left is None or left.kind != "person" or not left.name or " " not in left.name \
            or not (is_first_name(left.name.split()[0]) or is_first_name(right.name.split()[0])):
        return None
    name = f"{left.name} and {right.name}"
    return Mention(left.start, right.end, text[left.start:right.end], name, None, "group")


# Words that end a noun phrase on its left: conjunctions, subordinators, auxiliaries.
_NP_STOPS = lx.FUNCTION_WORDS | lx.AUXILIARIES | frozenset({"while", "whereas", "also", "then", "said", "says",
                                                           "what", "whatever", "who", "whom", "which", "that", "i"})


def _common_np(toks: list[Tok], lo: int, j: int, text: str) -> Mention | None:
    """A lower-case noun phrase ending at token ``j``: "the minister", "Russia's foreign
    ministry", "officials"."""
    t = toks[j]
    head = t.low
    base = head[:-1] if head.endswith("s") else head
    if t.text.islower() and (head in lx.ROLE_NOUNS or head in lx.ORG_NOUNS or head in lx.GROUP_NOUNS
                             or base in lx.ROLE_NOUNS or person_noun(base)):
        i = j
        while i - 1 >= lo and i > j - 5:
            p = toks[i - 1]
            if p.low in lx.NP_DETERMINERS:
                i -= 1
                break
            if p.possessive or (p.word and (p.text.islower() or p.cap) and p.low not in _NP_STOPS
                                and not (p.text.islower() and finite_verb(toks, i - 1))):
                i -= 1
                if p.possessive:
                    # "the Prime Minister's official spokesman", "the prime minister's
                    # spokesman": the possessor whole, a name or a post
                    whole = p.cap or strip_poss(p.low) in lx.TITLES or strip_poss(p.low) in lx.ROLE_NOUNS
                    while whole and i - 1 >= lo and toks[i - 1].word and (
                            toks[i - 1].cap or toks[i - 1].low in lx.TITLES) and toks[i - 1].low != "the":
                        i -= 1
                    if whole and i - 1 >= lo and toks[i - 1].low == "the":
                        i -= 1
                    break
                continue
            break
        surface = text[toks[i].start:t.end]
        if head in lx.GROUP_NOUNS or (head.endswith("s") and base in lx.ROLE_NOUNS):
            kind = "group"
        elif head in lx.ORG_NOUNS:
            kind = "orgrole"
        else:
            kind = "role"
        return Mention(toks[i].start, t.end, surface, None, head, kind)
    return None


# "the 37-year-old", "a 19-year-old": news copy's epithet of age for a person just named
_AGE_EPITHET = regex.compile(r"\d{1,3}-year-old$")


def person_noun(word: str) -> bool:
    """A lower-case noun that names a person outside the role lexicon: a field's
    practitioner ("epidemiologist", "statistician") or an age ("the 37-year-old")."""
    return word.endswith(lx.PERSON_NOUN_ENDINGS) or _AGE_EPITHET.match(word) is not None


def _role_word(t: Tok) -> bool:
    return t.low in lx.TITLES or strip_poss(t.low) in lx.ROLE_NOUNS or (t.low.endswith("s") and t.low[:-1] in lx.ROLE_NOUNS)


def _role_then_name(toks: list[Tok], seg: list[Tok], j: int, hi: int, text: str) -> Mention | None:
    """An inverted cue whose role noun is followed by the name in apposition:
    "said the club's manager, Ann Lee." / "said its chief executive, Tom Berg, on"."""
    if j + 1 >= hi or toks[j].text != "," or any(t.cap for t in seg):
        return None
    if strip_poss(seg[-1].low) not in lx.ROLE_NOUNS and seg[-1].low not in lx.TITLES:
        return None
    e = j + 1
    while e < hi and e - j <= 5 and (_is_name_tok(toks[e]) or (
            toks[e].low in lx.NAME_CONNECTORS and e + 1 < hi and toks[e + 1].cap)):
        e += 1
    if e == j + 1 or e - j > 5:
        return None
    if e < hi and toks[e].text not in (".", ",", ";", "!", "?", "—", "–") and toks[e].text not in QMARKS:
        return None
    m = split_name(toks[j + 1:e], text)
    if m is None or m.kind != "person":
        return None
    role = " ".join(t.low for t in seg if t.low in lx.ROLE_NOUNS or t.low in lx.TITLES)
    return Mention(m.start, m.end, m.surface, m.name, role or m.role, m.kind)


def np_after(toks: list[Tok], i: int, hi: int, text: str) -> Mention | None:
    """The noun phrase starting at token ``i`` (inverted "said Smith", "admits
    midfielder John Smith", "said the minister")."""
    if i >= hi:
        return None
    t = toks[i]
    if t.low in lx.PRONOUNS:
        return Mention(t.start, t.end, t.text, None, None, "pronoun", t.low)
    j = i
    while j < hi and j - i < 12:
        tj = toks[j]
        if tj.text in (",", ".", ";", ":", "!", "?", "—", "–", "(") or tj.text in QMARKS:
            break
        if tj.low in ("in", "on", "at", "during", "after", "before", "to", "when", "while", "who", "which", "that", "from", "via", "as"):
            if not (tj.low == "on" and j > i and strip_poss(toks[j - 1].low) in lx.ORG_WORDS
                    and j + 1 < hi and toks[j + 1].cap):
                break  # "the National Institute on Drug Abuse" keeps its "on"
        j += 1
    if j == i:
        return None
    seg = toks[i:j]
    named = _role_then_name(toks, seg, j, hi, text)
    if named is not None:
        return named
    # the capitalised run after any lower-case role words ("admits midfielder
    # Jonas Berg", "said Representative Ann Lee earlier this month")
    k = 0
    while k < len(seg) and not seg[k].cap and (seg[k].low in lx.TITLES or seg[k].low in lx.ROLE_NOUNS
                                               or seg[k].low in ("the", "a", "an", "former", "new")):
        k += 1
    e = k
    while e < len(seg) and (seg[e].cap or (seg[e].low in lx.NAME_CONNECTORS and e + 1 < len(seg) and seg[e + 1].cap
                                           and (seg[e].low not in ("and", "on", "the")
                                                or (seg[e].low == "on" and strip_poss(seg[e - 1].low) in lx.ORG_WORDS)))
                            or (seg[e].low in lx.SURNAME_PARTICLES and _particles_lead_surname(seg, e))):
        e += 1
    if e < len(seg) - 2 and seg[e].low == "and" and seg[e + 1].cap:
        e2 = e + 1  # "says Heart and Stroke senior manager Erin Kim": an organisation's "and"
        while e2 < len(seg) and seg[e2].cap:
            e2 += 1
        if e2 < len(seg) and seg[e2].text.islower() and _role_word(seg[e2]):
            e = e2
    run = seg[k:e]
    if run and e < len(seg) and seg[e].text.islower() and _role_word(seg[e]):
        r = e
        while r < len(seg) and seg[r].text.islower() and _role_word(seg[r]):
            r += 1
        if r < len(seg) and seg[r].cap:
            k, run = r, seg[r:]  # "says MaRS director Adam Lee": the person, not the organisation
            while len(run) > 1 and not run[-1].cap:
                run = run[:-1]
        elif r == len(seg):
            return np_before(seg, 0, len(seg), text)  # "a senior Democratic aide": no name
    if not run:
        # the name may end the segment after other words: "said the club's owner Ann Lee"
        k = len(seg)
        while k > 0 and (seg[k - 1].cap or (seg[k - 1].low in lx.NAME_CONNECTORS and k - 2 >= 0 and seg[k - 2].cap)):
            k -= 1
        run = seg[k:]
    if run:
        m = split_name(run, text)
        if m is None:
            return None
        roles = [x.text for x in seg[:k] if x.text.islower() and (x.low in lx.TITLES or x.low in lx.ROLE_NOUNS)]
        if roles and m.kind == "person":
            role = " ".join(roles) + ((" " + m.role) if m.role else "")
            m = Mention(m.start, m.end, text[seg[0].start:m.end], m.name, role.lower(), m.kind)
        return m
    return np_before(seg, 0, len(seg), text)


def cue_subject_before(toks: list[Tok], j: int, masked: str) -> Mention | None:
    """The speaker of a cue closing the words before the comma at ``toks[j]``
    ("Law said," / "said Ann Lee,"), else None."""
    for k in range(j - 1, max(-1, j - 5), -1):
        t = toks[k]
        if not t.word:
            return None
        if t.text.islower() and (t.low in lx.SPEECH_VERBS or t.low in lx.NAMING_VERBS):
            if k + 1 < j and t.low not in lx.NAMING_VERBS and t.low not in lx.TELL_FORMS:
                m = np_after(toks, k + 1, j, masked)
            else:
                # "Ann Lee called it “...”," / "Ann Lee told them,": what follows the verb is
                # its object; the speaker stands before it
                m = np_before(toks, max(0, k - 12), k, masked)
            return m if m is not None and (m.name or m.kind == "pronoun") else None
    return None


# never from inside a word, a hashtag or a link ("iOS", "#DuncanBC", "twitter.com/W0k")
RUN = regex.compile(r"(?<![\w#@/.])(?:@\w{1,40}|[\p{Lu}][\p{L}\p{M}'’.\-]{0,40})(?:[ \t]+(?:(?:%s)[ \t]+)?[\p{Lu}][\p{L}\p{M}'’.\-]{0,40}){0,8}"
                    % "|".join(sorted(lx.RUN_CONNECTORS)))

# A name after one of these is inside a prepositional phrase, not a subject.
PREPS = lx.PREPOSITION_WORDS


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


_NOT_MODIFIERS = frozenset({"and", "but", "or", "which", "who", "whom", "whose", "that", "when", "as",
                            "while", "after", "before", "because", "if", "then", "than", "where"})


def role_before_name(toks: list[Tok], i: int, m: Mention) -> Mention | None:
    """The named speaker of "the city's mayor, Ann Lee, said", with the role set off
    before the name as its own appositive: ``m`` with that role, when the words from
    ``toks[i]`` to the comma before the name only describe a post; else None."""
    k = next((x for x in range(i, len(toks)) if toks[x].start >= m.start), None)
    while k is not None and k > i and toks[k - 1].word and _title_key(toks[k - 1].text) in lx.TITLES:
        k -= 1  # ", Dr Jane Park,": the name's own title
    if m.kind != "person" or k is None or k - i < 2 or k - i > 9 or toks[k - 1].text != ",":
        return None
    words = toks[i:k - 1]
    roles = [t.low for t in words if t.text.islower() and _role_word(t)]
    if not roles or not only_modifiers(toks, i, toks[k - 1].start):
        return None
    role = " ".join(strip_poss(r) for r in roles)
    return Mention(m.start, m.end, m.surface, m.name, role + ((" " + m.role) if m.role else ""), m.kind)


def only_modifiers(toks: list[Tok], i: int, name_start: int) -> bool:
    """Whether the words from ``toks[i]`` up to a name are that name's modifiers
    ("Lakeshore Transit board chair Omar Qureshi", "the club's new manager Ann Lee"),
    not a clause of their own."""
    for k in range(i, len(toks)):
        t = toks[k]
        if t.start >= name_start:
            return True
        if not t.word or t.low in _NOT_MODIFIERS or t.low in lx.AUXILIARIES or (t.text.islower() and (
                t.low in lx.SPEECH_VERBS or (k > i and finite_verb(toks, k)))):
            return False
    return True
