"""Noun phrases -> mentions: the subject before a cue, the speaker after an inverted
one, appositives and the unnamed noun phrases that speak (capitalised runs are split
into name and role by ``runs``)."""

from __future__ import annotations

import regex

from ...models import Mention
from .. import lexicon as lx
from ..gender import is_first_name
from .runs import is_name_tok, particles_lead_surname, title_key, split_name
from .tokens import QMARKS, Tok, finite_verb, is_adverb, is_cue, strip_poss
def title_list_goes_on(toks: list[Tok], lo: int, k: int, portfolio: bool = False) -> int | None:
    """When the chunk before the comma at ``k`` opens with a title ("Minister of
    Transport, Ports and Coastal Affairs,"), the chunk after it is the title's tail:
    the index of the comma before the title (``lo - 1`` when the chunk opens the span),
    else None. With ``portfolio`` the title must have one ("for"/"of") and may follow
    a capitalised word ("Federal Minister for Housing, Urban Development and Building
    Vera Lind"), as before a name; the comma must be there without it."""
    if k < lo or toks[k].text != ",":
        return None
    i = k - 1
    while i >= lo and toks[i].text not in (",", ";", ":", ".", "—", "–") and k - i < 12:
        i -= 1
    if not ((i >= lo and toks[i].text == ",") or (portfolio and i < lo)) or i + 1 >= k:
        return None
    if not portfolio:
        return i if toks[i + 1].cap and title_key(toks[i + 1].text) in lx.TITLES else None
    # a capitalised word may come first ("Federal Minister"), not a possessor or an
    # article ("Portugal’s Secretary of State, Ana X,", "the State Department's X")
    heads = (i + 1, i + 2) if toks[i + 1].cap and not toks[i + 1].possessive \
        and toks[i + 1].low not in lx.ARTICLES else (i + 1,)
    if any(x + 1 < k and toks[x].cap and title_key(toks[x].text) in lx.TITLES and toks[x + 1].low in ("for", "of")
           for x in heads):
        return i
    return None


def _name_chunk(chunk: list[Tok], text: str) -> Mention | None:
    """An appositive between commas that is itself a name ("the Keyhan", "Zarif",
    "hooker Dylan Okafor")."""
    c = chunk
    if c and c[0].low == "the":
        c = c[1:]
    while len(c) > 2 and c[0].text.islower() and (c[0].low in lx.ROLE_NOUNS or c[0].low in lx.TITLES):
        c = c[1:]  # ", hooker Dylan Okafor,": the post before the name
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


def place_goes_on(toks: list[Tok], lo: int, k: int) -> bool:
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


# Pronouns that are subjects wherever they stand ("In a 2017 interview she said"); "it"
# may be an object ("called it said").
_NOMINATIVE = frozenset({"he", "she", "they", "we"})


def np_before(toks: list[Tok], lo: int, hi: int, text: str) -> Mention | None:
    """The noun phrase ending just before token ``hi`` (the subject of a cue)."""
    j = hi - 1
    while j >= lo and is_adverb(toks[j]):
        j -= 1
    for n in range(5):
        if (n or (hi < len(toks) and toks[hi].text == ",")) and j > lo and toks[j].cap and toks[j].text != "," \
                and toks[j - 1].text == "," \
                and place_goes_on(toks, lo, j - 1):
            j -= 1  # "..., University of California, Davis, who ..., called": the place's tail, no name
        if j >= lo and toks[j].text in (",", "—", "–"):
            delim = toks[j].text
            k = j - 1
            while k >= lo and (toks[k].text not in (",", ";", ":", "—", "–", ".", "!", "?")
                               or _abbreviation_stop(toks, k)) and j - k < 30:
                k -= 1
            chunk = toks[k + 1:j]
            m = _name_chunk(chunk, text)
            if m is not None and place_goes_on(toks, lo, k) and not (
                    m.kind == "person" and m.name and " " in m.name and is_first_name(m.name.split()[0])):
                m = None  # "from Sumter, South Carolina,": a place's state, not a name
                # (but "The mayor of Ombrina, Renato Fedrigotti,": the mayor's name)
            # (an age is no title's tail: "Mr Selwood, 58, said")
            title_comma = title_list_goes_on(toks, lo, k) if chunk and chunk[0].cap else None
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
    if t.low in lx.PRONOUNS and (j == lo or t.low in _NOMINATIVE or not toks[j - 1].word or toks[j - 1].text.endswith(".") or toks[j - 1].low in ("and", "but", "that", "so", "as", "when", "then", "which", "because", "where", "while", "since",
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
        elif p.low == "and" and i - 2 >= lo and toks[i - 2].cap and toks[i - 2].word \
                and any(toks[x].low in ("for", "of") for x in range(max(lo, i - 5), i - 2)):
            i -= 1  # "Commissioner for Oceans and Fisheries Katrin Valdmaa": a portfolio's "and"
        elif p.low == "and" and i - 2 >= lo and toks[i - 2].cap and toks[i - 2].word \
                and toks[j].low.rstrip(".") in lx.ORG_WORDS and j - i < 4:
            i -= 1  # "the Austrian Defence and Security Industry Association": an organisation's "and"
        elif p.text.islower() and p.low in lx.SURNAME_PARTICLES:
            k = i - 1  # "... van Dijk said": particles with no first name before them
            while k - 1 >= lo and toks[k - 1].text.islower() and toks[k - 1].low in lx.SURNAME_PARTICLES:
                k -= 1
            if particles_lead_surname(toks, k):
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
    if title_list_goes_on(toks, lo, i - 1, portfolio=True) is not None:
        return None  # "Minister for Housing, Urban Development and Building Ana Ruiz": a portfolio's list
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
                            toks[i - 1].cap or toks[i - 1].low in lx.TITLES or (
                                toks[i - 1].low in ("of", "for") and i - 2 >= lo and toks[i - 2].cap)) \
                            and toks[i - 1].low != "the":
                        i -= 1  # ("the Secretary of State's office": the post whole)
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
    "said the club's manager, Ann Lee." / "said its chief executive, Tom Berg, on" /
    "said the study's lead author, Dr Jo Park,"."""
    if j + 1 >= hi or toks[j].text != "," or (
            any(t.cap for t in seg) and seg[0].low not in ("the", "its", "his", "her", "their")):
        return None  # ("said the Rovers manager, Ann Lee": the team's name modifies the post)
    if strip_poss(seg[-1].low) not in lx.ROLE_NOUNS and seg[-1].low not in lx.TITLES:
        return None
    e = j + 1
    while e < hi and e - j <= 5 and (is_name_tok(toks[e]) or (toks[e].cap and title_key(toks[e].text) in lx.TITLES) or (
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


def _nationality(t: Tok) -> bool:
    """A capitalised adjective of nationality ("Polish", "Danish", "Japanese"), not a
    first name that ends the same way ("Brian", "Julian")."""
    return t.low.endswith(lx.DEMONYM_ENDINGS) and not is_first_name(t.text)


def _org_and(seg: list[Tok], e: int) -> bool:
    """An "and" inside an organisation's name: the capitalised words after it end in
    an organisation noun ("Canada Mortgage and Housing Corp.", "Fish and Wildlife
    Service")."""
    if seg[e].low != "and" or e == 0 or not seg[e - 1].cap:
        return False
    j = e + 1
    while j < len(seg) and j - e <= 4 and seg[j].cap:
        j += 1
    return j > e + 1 and seg[j - 1].low.rstrip(".") in lx.ORG_WORDS


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
        if tj.low in ("in", "on", "at", "during", "after", "before", "to", "when", "while", "who", "which", "that", "from",
                      "via", "as", "with"):
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
    while e < len(seg) and (seg[e].cap or _org_and(seg, e)
                            or (seg[e].low in lx.NAME_CONNECTORS and e + 1 < len(seg) and seg[e + 1].cap
                                and (seg[e].low not in ("and", "on", "the")
                                     or (seg[e].low == "on" and strip_poss(seg[e - 1].low) in lx.ORG_WORDS)))
                            or (seg[e].low in lx.SURNAME_PARTICLES and particles_lead_surname(seg, e))):
        e += 1
    if e < len(seg) - 2 and seg[e].low == "and" and seg[e + 1].cap:
        e2 = e + 1  # "says Heart and Stroke senior manager Erin Kim": an organisation's "and"
        while e2 < len(seg) and seg[e2].cap:
            e2 += 1
        if e2 < len(seg) and seg[e2].text.islower() and _role_word(seg[e2]):
            e = e2
    run = seg[k:e]
    if len(run) == 1 and e < len(seg) and seg[e].text.islower() and _nationality(run[0]):
        return np_before(seg, 0, len(seg), text)  # "according to the Polish ministry": no name
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
    for k in range(j - 1, max(-1, j - 7), -1):
        t = toks[k]
        if not t.word:
            return None
        if t.text.islower() and (t.low in lx.SPEECH_VERBS or t.low in lx.NAMING_VERBS):
            if k + 1 < j and t.low not in lx.NAMING_VERBS and t.low not in lx.TELL_FORMS:
                m = np_after(toks, k + 1, j, masked)  # "said Ann Lee,"
                if (m is None or not (m.name or m.kind == "pronoun")) and t.low in lx.REPORTING_FORMS \
                        and t.low not in lx.NOUN_LIKE_CUES:
                    m = np_before(toks, max(0, k - 12), k, masked)  # "she said in a statement,"
                    if m is not None and m.end < toks[k - 1].end:
                        m = None  # the verb's own subject only
            else:
                # "Ann Lee called it “...”," / "Ann Lee told them,": what follows the verb is
                # its object; the speaker stands before it
                m = np_before(toks, max(0, k - 12), k, masked)
            return m if m is not None and (m.name or m.kind == "pronoun") else None
    return None


# A name after one of these is inside a prepositional phrase, not a subject.
PREPS = lx.PREPOSITION_WORDS


_NOT_MODIFIERS = frozenset({"and", "but", "or", "which", "who", "whom", "whose", "that", "when", "as",
                            "while", "after", "before", "because", "if", "then", "than", "where"})


def name_first_token(toks: list[Tok], m: Mention, lo: int = 0) -> int | None:
    """Index of the first token of the name ``m`` with its own titles (", Dr Jane Park,":
    the "Dr"), not before ``lo``; None when no token starts at or after the name."""
    k = next((x for x in range(lo, len(toks)) if toks[x].start >= m.start), None)
    while k is not None and k > lo and toks[k - 1].word and title_key(toks[k - 1].text) in lx.TITLES:
        k -= 1
    return k


def role_before_name(toks: list[Tok], i: int, m: Mention) -> Mention | None:
    """The named speaker of "the city's mayor, Ann Lee, said", with the role set off
    before the name as its own appositive: ``m`` with that role, when the words from
    ``toks[i]`` to the comma before the name only describe a post; else None."""
    k = name_first_token(toks, m, i)
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
        if t.low == "and" and i < k < len(toks) - 1 and _role_word(toks[k - 1]) and _role_word(toks[k + 1]):
            continue  # "the hospital's president and CEO, Brent Vale": one post
        if not t.word or t.low in _NOT_MODIFIERS or t.low in lx.AUXILIARIES or (t.text.islower() and (
                t.low in lx.SPEECH_VERBS or (k > i and finite_verb(toks, k)))):
            return False
    return True


def named_before_appositives(toks: list[Tok], k: int, masked: str) -> Mention | None:
    """The person named in full before one or two appositives that end at the comma
    ``toks[k]`` ("Jo Park, director of the Centre for X, a think tank, said"): each
    appositive opens in lower case or with an article, and the name stands first in
    its clause."""
    for _ in range(3):
        j = next((i for i in range(k - 1, max(-1, k - 14), -1) if toks[i].text in (",", ";", ":") or toks[i].text in QMARKS), None)
        if j is not None and j > 0 and toks[j].text == "," and toks[j + 1].cap and place_goes_on(toks, 0, j):
            k = j  # "at the University of California, Davis,": the place goes on
            continue
        if j is None or j < 1 or toks[j].text != "," or not (toks[j + 1].text.islower() or toks[j + 1].low in lx.ARTICLES):
            return None
        if any(t.text.islower() and (t.low in lx.AUXILIARIES or is_cue(t)) for t in toks[j + 1:k]):
            return None  # a clause, not an appositive
        p = np_before(toks, 0, j, masked)
        if p is not None and p.kind == "person" and p.name and " " in p.name and is_first_name(p.name.split()[0]):
            i = next((x for x in range(j) if toks[x].start >= p.start), j)
            while i > 0 and toks[i - 1].cap and toks[i - 1].word:
                i -= 1
            if i == 0 or toks[i - 1].text in (",", ";", ":", "(") or toks[i - 1].text in QMARKS:
                return p
            return None
        k = j
    return None
