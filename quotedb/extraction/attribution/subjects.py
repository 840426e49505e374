"""Who stands before a reporting verb: a name or pronoun (names.np_before), an unnamed
noun phrase ("a spokesperson for the city", "Some economists", "Police"), or, for a
second predicate ("thanked the crew and said", ", saying"), the sentence's subject.

An unnamed speaker is kept as its noun phrase: "officials" and "a justice official"
are what the article says, and better than no speaker or a wrong name."""

from __future__ import annotations

from ...models import Mention, Sentence
from .. import lexicon as lx
from ..gender import is_first_name
from .context import Context
from .names import cue_subject_before, named_before_appositives, np_before, place_goes_on
from .resolve import sentence_subject
from .tokens import QMARKS, Tok, finite_verb, is_adverb, noun_head

# Words that open a noun phrase (articles, quantifiers, possessive determiners).
_DETERMINERS = frozenset({
    "the", "a", "an", "some", "many", "several", "most", "few", "other", "others", "both",
    "all", "his", "her", "its", "their", "our", "this", "these", "those", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds",
    "thousands", "another", "various", "numerous",
})
# What may stand just before a subject: a sentence or clause boundary.
_BOUNDARY = frozenset({",", ";", ":", "—", "–", "(", "and", "but", "that", "while", "as",
                       "because", "when", "after", "before", "since", "though", "although",
                       "if", "so", "yet", "where", "whereas", "meanwhile", "however", "also"})
# One prepositional phrase may hang on the head: "a spokesperson for the city".
_NP_PREPS = frozenset({"for", "of", "at", "with", "from", "in", "on", "to"})  # "an adviser to the mayor"
# Heads that are never speakers.
_NOT_HEADS = lx.PRONOUNS | lx.AUXILIARIES | frozenset({
    "who", "which", "that", "what", "it", "this", "there", "here", "one", "none", "also",
    "not", "never", "only", "just", "even", "and", "but", "or", "nor", "then", "now", "than",
    "time", "times", "way", "day", "days", "week", "year", "years", "month", "months",
    "ago", "long", "repeatedly", "previously", "again", "too", "well",
}) | lx.PREPOSITION_WORDS
_SECOND_PREDICATE = frozenset({"and", "but", "also", "yet"})
# A person's employer or home after the name: "Jo Bell of the Tenants Union", "Ed Moya at Oanda".
_AFFILIATION_PREPS = frozenset({"of", "from", "at", "with"})


def reporting_subject(ctx: Context, sent: Sentence, toks: list[Tok], c: int) -> Mention | None:
    """The subject of the reporting verb at ``toks[c]``."""
    masked = ctx.masked
    cue = toks[c]
    j = c - 1
    while j >= 0 and is_adverb(toks[j]):
        j -= 1
    if j > 0 and cue.low.endswith("ing") and toks[j].text in QMARKS and ctx.text[toks[j].start - 1] == ",":
        # 'called it “a missed opportunity,” adding that ...': US style closes the quote
        # on the comma that ends the clause; the speaker is that of the verb before it
        o = next((k for k in range(j - 1, max(-1, j - 4), -1) if toks[k].text in QMARKS), None)
        m = cue_subject_before(toks, o, masked) if o is not None else None
        return m if m is not None else opening_subject(ctx, sent, cue.start)
    if j >= 0 and (toks[j].low in _SECOND_PREDICATE or (toks[j].text == "," and (
            cue.low.endswith("ing") or toks[j + 1].low == "then"))):  # ", then admitted that ..."
        if cue.low.endswith("s") and cue.low not in lx.REPORTING_FORMS and toks[c - 1].low != "then":
            return None  # "the actions and demands that ...": a noun, not a second verb
        if toks[j].text == ",":
            m = cue_subject_before(toks, j, masked)
            if m is not None:
                return m  # "..., Law said, noting that ...": the speaker of that cue
        return opening_subject(ctx, sent, cue.start)
    return relative_subject(toks, c, masked) or subject_before(toks, c, masked)


def relative_subject(toks: list[Tok], c: int, masked: str) -> Mention | None:
    """The subject before a relative clause that ends at the cue ``toks[c]`` ("An
    official with the agency who was in court told ...", "Another backbencher, who
    asked not to be named, said"), else None."""
    rel = next((k for k in range(c - 1, max(0, c - 20), -1) if toks[k].low in ("who", "which", "whose")), None)
    if rel is not None and toks[rel].low == "whose" and not (
            rel > 1 and toks[rel - 1].text == "," and (toks[c - 1].text == "," or toks[c - 1].text in QMARKS)):
        return None  # "the hacker whose work revealed that": the verb's subject is "work"
    if rel is not None and rel == c - 1 and rel > 1:
        # "MP Ann Lee, who said she would ...": the relative pronoun is the cue's subject
        comma = toks[rel - 1].text == ","
        m = (named_before_appositives(toks, rel - 1, masked) if comma else None) \
            or np_before(toks, 0, rel - 1 if comma else rel, masked)
        first = next((i for i in range(rel) if toks[i].start >= m.start), rel) if m is not None else rel
        if first > 0 and toks[first - 1].text == "," and place_goes_on(toks, 0, first - 1):
            return None  # "from Englewood, New Jersey, who said": the place's tail, not the speaker
        return m if m is not None and m.name and m.kind in ("person", "organization") else None
    while rel is not None and rel > 2 and toks[rel - 1].low in ("and", "or") and toks[rel - 2].text == ",":
        # "A driver who was behind the lorry, and who asked not to be named, told": the first relative
        first = next((k for k in range(rel - 3, max(0, rel - 20), -1) if toks[k].low in ("who", "which")), None)
        if first is None:
            break
        rel = first
    if rel is not None and rel > 1 and toks[rel - 1].text == "," and (
            toks[c - 1].text == "," or (toks[c - 1].text in QMARKS and toks[rel].low == "whose")):
        rel -= 1  # the clause set off by commas ('whose slogan is “Go,” said': the comma inside the mark)
    if rel is None or rel == 0 or not (toks[rel - 1].word or toks[rel].text == ","):
        return None
    named = _named_before_appositive(toks, rel, masked)
    if named is not None:
        return named  # "Tia Lund, an economist who studies ports, noted ..."
    return subject_before(toks, rel, masked)


def _named_before_appositive(toks: list[Tok], rel: int, masked: str) -> Mention | None:
    """The person named before an appositive that a relative clause ends at ``rel``
    ("Tia Lund, an economist who ...", "Berg, a nine-time All-Star who ...")."""
    for k in range(rel - 1, max(1, rel - 10), -1):
        t = toks[k]
        if t.text in (",", ";", ":", ".") or t.text in QMARKS:
            return None
        if t.low in ("a", "an", "the") and toks[k - 1].text == ",":
            m = np_before(toks, 0, k - 1, masked)
            return m if m is not None and m.name and m.kind == "person" else None
    return None


def wider_unnamed(toks: list[Tok], lo: int, c: int, masked: str, m: Mention) -> Mention:
    """An unnamed speaker's whole noun phrase when ``m`` is only its tail ("the
    families of the victims", not "the victims")."""
    u = unnamed_np(toks, lo, c, masked)
    return u if u is not None and u.start < m.start and u.end >= m.end and u.role != m.role else m


def _document_before(toks: list[Tok], j: int) -> bool:
    """Whether the words ending at ``toks[j]`` are a subject that names a document
    ("A statement", "a letter signed", "The memo sent to staff"), not a verb's object
    ("denied a report from ...")."""
    for i in range(j, max(-1, j - 5), -1):
        t = toks[i]
        if not t.word:
            return False
        if t.low in lx.DOCUMENT_NOUNS:
            d = next((k for k in range(i - 1, max(-1, i - 4), -1) if toks[k].low in ("a", "an", "the", "this")), None)
            return d is not None and (d == 0 or toks[d - 1].text in (",", ";", ":") or toks[d - 1].text in QMARKS
                                      or toks[d - 1].low in _BOUNDARY)
    return False


def subject_before(toks: list[Tok], c: int, masked: str) -> Mention | None:
    """The noun phrase before token ``c``: a name, unless the name is the object of a
    preposition inside a longer subject ("exit polls in Iowa", "An inspector with the
    Fisheries Board"), else an unnamed noun phrase."""
    return subject_around(toks, c, masked, np_before(toks, 0, c, masked))


def subject_around(toks: list[Tok], c: int, masked: str, m: Mention | None) -> Mention | None:
    """subject_before for ``m``, the noun phrase np_before found before token ``c``."""
    if c > 1 and toks[c - 1].text == ",":
        p = named_before_appositives(toks, c - 1, masked)
        if p is not None:
            return p  # "Dr Jo Park, director of the Centre for X, a think tank, said"
    if m is not None and m.name:
        k = next((i for i in range(c) if toks[i].start >= m.start), c)
        while k > 0 and (toks[k - 1].cap or toks[k - 1].low in ("and", "the")):
            k -= 1
        if k > 1 and toks[k - 1].low in ("from", "by") and _document_before(toks, k - 2):
            return m  # "A statement from the EU said", "a letter signed by Ann Lee said"
        if k > 0 and toks[k - 1].low in lx.SUBORDINATORS and toks[c - 1].end <= m.end:
            return m  # "days after Trudeau told reporters ...": the subordinate clause's subject
        if k > 0 and toks[k - 1].low in lx.PREPOSITION_WORDS:
            u = unnamed_np(toks, 0, k - 1, masked)  # "An inspector with the Fisheries Board"
            if u is None:
                return _affiliated_person(toks, k - 1, masked)  # "Jo Bell from the Tenants Union"
            return Mention(u.start, m.end, masked[u.start:m.end], None, u.role, u.kind)
        return m
    if m is not None:
        k = next((i for i in range(c) if toks[i].start >= m.start), c)
        if k > 0 and toks[k - 1].low in ("the", "a", "an"):
            k -= 1
        p = _affiliated_person(toks, k - 1, masked) if k > 1 else None
        if p is not None:
            return p  # "Ruth Okafor of Valley District police said": hers, not the force's
    u = unnamed_np(toks, 0, c, masked)  # "a spokesperson for the city", not "the city"
    return u if u is not None and (m is None or u.start < m.start) else m


def _affiliated_person(toks: list[Tok], k: int, masked: str) -> Mention | None:
    """The person named in full before the preposition at ``k`` that gives their
    employer or home ("Jo Bell of the Tenants Union", "Ed Moya at Oanda"), else None."""
    if toks[k].low not in _AFFILIATION_PREPS:
        return None
    p = np_before(toks, 0, k, masked)
    if p is not None and p.kind == "person" and p.name and " " in p.name and is_first_name(p.name.split()[0]):
        return p
    return None


def opening_subject(ctx: Context, sent: Sentence, before: int) -> Mention | None:
    """The sentence's subject (a leading pronoun or its first name), else the unnamed
    noun phrase it opens with ("The union praised the deal, calling it ...")."""
    m = sentence_subject(ctx, sent, before)
    if m is not None:
        return m
    toks = ctx.window(sent.start, min(sent.end, before))
    for k in range(1, min(len(toks), 9)):
        if toks[k].text.islower() and finite_verb(toks, k):
            return unnamed_np(toks, 0, k, ctx.masked)
    return None


def unnamed_np(toks: list[Tok], lo: int, hi: int, text: str) -> Mention | None:
    """The lower-case noun phrase ending just before token ``hi`` when it stands in
    subject position ("the county engineer", "Some farmers", "Police", "a spokesperson
    for the city"); None for anything else."""
    j = hi - 1
    while j >= lo and is_adverb(toks[j]):
        j -= 1
    if j < lo or not _head(toks, j, lo):
        return None
    h = j
    i = _np_start(toks, lo, j)
    if i - 2 >= lo and toks[i - 1].low in _NP_PREPS and _head(toks, i - 2, lo):
        h = i - 2  # "a spokesperson for the city": the person, of the city
        i = _np_start(toks, lo, h)
        if h > i and toks[h].low in lx.POSTMODIFIER_ADJECTIVES:
            h -= 1  # "two people familiar with the matter": the people
    head = toks[h]
    # the postmodifier is no verb: "officials briefed on the plan"
    skip = h + 1 if h < j and toks[h + 1].low in lx.POSTMODIFIER_ADJECTIVES else -1
    if not speaker_noun(head.low) or any(finite_verb(toks, k) for k in range(max(i, 1), j + 1)
                                         if k != skip and toks[k].text.islower()):
        return None
    if i > lo and toks[i - 1].low not in _BOUNDARY and toks[i - 1].text not in QMARKS:
        return None
    if toks[i].low not in _DETERMINERS and i > lo and head.text.islower() and head.low not in lx.GROUP_NOUNS \
            and not head.low.endswith("s"):
        return None  # a bare singular noun ("mayor said") is a headline, not a subject
    surface = text[toks[i].start:toks[j].end]
    low = noun_head(head.low)
    if low in lx.GROUP_NOUNS or (low.endswith("s") and not low.endswith("ss")):
        kind = "group"
    elif low in lx.ORG_NOUNS:
        kind = "orgrole"
    else:
        kind = "role"
    return Mention(toks[i].start, toks[j].end, surface, None, low, kind)


def _head(toks: list[Tok], j: int, lo: int) -> bool:
    """Whether ``toks[j]`` can end a speaker's noun phrase."""
    t = toks[j]
    if not t.word or t.text[0].isdigit() or t.low in _NOT_HEADS or t.possessive:
        return False
    if is_adverb(t):
        return False
    if t.text.islower():
        return True
    # "Police said", "Officials say": a group noun capitalised at the start
    return t.low in lx.GROUP_NOUNS and (j == lo or toks[j - 1].low in _BOUNDARY or toks[j - 1].low in _DETERMINERS)


def _np_start(toks: list[Tok], lo: int, j: int) -> int:
    """Index of the first token of the noun phrase whose head is ``toks[j]``: back
    over modifiers to a determiner, a possessor or the start."""
    i = j
    while i - 1 >= lo and j - i < 5:
        p = toks[i - 1]
        if p.low in _DETERMINERS:
            if p.low in lx.NUMBER_WORDS and i - 2 >= lo and toks[i - 2].low in lx.NP_DETERMINERS:
                return i - 2  # "the six residents", "their two sons"
            return i - 1
        if p.possessive:
            i -= 1
            if i - 1 >= lo and toks[i - 1].low in ("the", "a", "an"):
                return i - 1
            return i
        if (p.word and p.low not in _NOT_HEADS and p.low not in _BOUNDARY and p.low not in lx.SPEECH_VERBS) \
                or p.low in lx.NUMBER_WORDS or p.text.isdigit():  # "the six residents", "the 40 tenants"
            i -= 1
            continue
        break
    return i


def speaker_noun(low: str) -> bool:
    """Whether a common noun can name who spoke: a group, role or organisation noun
    of the lexicon, or an agent noun ("forecasters", "economist", "residents")."""
    low = noun_head(low)
    base = low[:-1] if low.endswith("s") else low
    return low in lx.GROUP_NOUNS or low in lx.ROLE_NOUNS or base in lx.ROLE_NOUNS or low in lx.ORG_NOUNS \
        or low in lx.ORG_WORDS or (low.endswith(lx.PERSON_NOUN_SUFFIXES) and not low.endswith("ing")
                                   and len(low) > 4)


def finding_subject(toks: list[Tok], k: int, masked: str) -> Mention:
    """The document or survey noun phrase whose noun is ``toks[k]``, as written ("A
    Morning Consult poll", "The 212-page report"), from its determiner to its noun."""
    s = k
    while s > 0 and s > k - 5 and toks[s - 1].word and (toks[s - 1].cap or toks[s - 1].text.islower()) \
            and toks[s - 1].low not in lx.PREPOSITION_WORDS and not finite_verb(toks, s - 1):
        s -= 1
        if toks[s].low in lx.NP_DETERMINERS:
            break
    surface = masked[toks[s].start:toks[k].end]
    return Mention(toks[s].start, toks[k].end, surface, surface, None, "unnamed")
