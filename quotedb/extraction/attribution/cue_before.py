"""A cue before the quote: 'X said “...”', 'according to X, “...”', 'X called it “...”',
and where the reported clause that holds the quote begins."""

from __future__ import annotations

from ...models import Mention, Paragraph, QuoteSpan
from .. import lexicon as lx
from .colon import colon_speaker
from .names import PREPS, cue_subject_before, np_after, np_before
from .runs import split_name
from .subjects import relative_subject, subject_around, wider_unnamed
from .reported import complementiser
from .tokens import QMARKS, Tok, finite_verb, is_adverb, is_cue, noun_state, participle


_OBJ_VERBS = frozenset({"told", "tells", "tell", "asked", "asks", "informed", "assured", "reminded",
                        "warned", "urged", "promised", "telling", "warning", "assuring", "urges",
                        "advised", "advises", "reminds", "ordered", "orders", "instructed", "assures"})

_OBJ_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "reporters", "journalists",
                           "lawmakers", "supporters", "voters", "listeners", "viewers", "students",
                           "crowd", "audience", "parliament", "court", "jurors", "congress"})

_SUBJ_START = frozenset({"he", "she", "it", "they", "we", "i", "there", "this", "these", "those", "the",
                         "a", "an", "his", "her", "its", "their", "our", "my", "some", "many", "all",
                         "no", "every", "each", "both", "any", "another", "several", "most", "your",
                         "nobody", "everyone", "none", "such", "if", "what", "why", "how"})

_PREPOSITIONS = frozenset({"on", "in", "at", "during", "to", "with", "from", "for", "via", "over",
                           "through", "under", "before", "after", "about", "without", "by",
                           "outside", "inside", "near", "amid", "following"})  # "told reporters outside the court that"

_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "recently", "earlier", "later", "again", "also",
                         "repeatedly", "once", "previously", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
                         "last", "this", "week", "weekend", "month", "year", "publicly", "privately", "then", "now",
                         "flatly", "simply", "bluntly", "often", "frequently", "however"})

SAY_VERBS_CLAUSE = frozenset({"said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds",
                              "saying", "telling", "arguing", "noting", "insisting", "claiming",
                              "warning", "adding", "explaining", "suggesting", "writing",
                              "argued", "argues", "claimed", "claims", "insisted", "insists", "warned",
                              "warns", "stated", "states", "declared", "declares", "noted", "notes",
                              "explained", "explains", "contended", "contends", "maintained",
                              "maintains", "suggested", "suggests", "predicted", "predicts",
                              "acknowledged", "acknowledges", "admitted", "admits", "conceded",
                              "concedes", "stressed", "stresses", "complained", "complains",
                              "asserted", "asserts", "alleged", "alleges", "announced", "announces",
                              "reported", "reports", "tweeted", "tweets", "posted", "posts"})


_CLAUSE_OPENERS = frozenset({"it", "he", "she", "they", "we", "i", "there", "it’s", "it's", "he’s", "he's",
                             "she’s", "she's", "is", "was", "are", "were", "will", "would", "has", "had"})

_PLAIN_SAY = frozenset({"said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds",
                        "asked", "asks", "tweeted", "posted", "declared", "replied", "stated"})


def find_clause_start(between: list[Tok], cue: Tok, evaluative: bool = False) -> int | None:
    """Offset of the reported clause that runs from after a cue to a quote ("said
    [on Sunday] [that] the regime “...”"); None when the quote follows the cue
    directly ("said: “", "wrote on Twitter “") so the quote stands alone."""
    n = len(between)
    if n == 0 or between[-1].text in (":", "—", "–") or (between[-1].text == "," and n <= 4):
        return None
    if any(t.text in (".", ";", "!", "?") for t in between):
        return None
    marks = [k for k, t in enumerate(between) if t.text in QMARKS]
    if marks:
        # 'said on “Morning Report” that he would “...”': a title between the cue
        # and its "that"; any other quote before this one stands alone
        k = marks[-1] + 1
        if k + 2 < n and between[k].low in ("and", "but") and between[k + 1].low == "that":
            k += 1  # 'said A was “B” and that the trust was “C”': the second complement's clause
        if k + 1 < n and between[k].low == "that" and any(t.word for t in between[k + 1:]):
            return between[k + 1].start
        return None
    # "told Fox News anchor Megyn Kelly that ...": the first "that" close after the cue
    for k in range(min(n, 10)):
        if between[k].low == "that" and k + 1 < n:
            if k > 0 and between[k - 1].low in ("so", "such", "now", "fact", "idea", "way", "is", "was", "all"):
                break
            start = k + 1
            for j in range(k + 1, n):
                if between[j].low == "that" and between[j - 1].low in ("and", "but", "or", ","):
                    start = j + 1
            if start < n and any(t.word for t in between[start:]):
                return between[start].start
            return None
        if not between[k].word and between[k].text != ",":
            break
        if between[k].low in _CLAUSE_OPENERS or between[k].low in lx.AUXILIARIES or (
                k > 0 and between[k].low == "to" and cue.low not in lx.TO_VERBS) or (
                k > 0 and between[k].text.islower() and between[k].low.endswith("ed") and finite_verb(between, k)):
            break  # "said it’s unrealistic to think that ...": the clause began earlier
    if evaluative and cue.low.startswith("refer") and between[0].low == "to" and n > 2:
        return between[1].start  # 'referred to the governor as “Mr. Tax”': the naming from its object
    if between[0].low == "to" and cue.low in lx.TO_VERBS:
        return between[0].start  # 'vowed to “take our fight” to the states'
    i = skip_adjuncts(between, skip_object(between, cue), n)
    if i >= n:
        return None
    if i == 0 and between[-1].text == "," and between[0].cap and between[0].low not in lx.NON_NAMES:
        j = 0
        while j < n and between[j].cap:
            j += 1
        if j < n and between[j].text == ",":
            return None  # '“A,” said Sherman, speaking of X, “and B”': the cue's subject, inverted
    if 0 < i < n - 1 and between[i - 1].text == "," and _manner_participle(between[i], between[i + 1]):
        return None  # 'she says, pointing at the tray she calls “the swamp”': how she said it
    start = None
    if evaluative or (cue.low in lx.EVAL_VERBS and cue.low not in lx.SPEECH_VERBS):
        start = i
    elif between[i].low == "that":
        start = i + 1
    elif cue.low in SAY_VERBS_CLAUSE and between[i].word and between[i].low not in _PREPOSITIONS \
            and between[i].low not in ("to", "so", "as", "than", "not", "only", "just", "simply"):
        start = i
    if start is not None and not evaluative:
        # coordinated reports: "said (that) A and that “B”" -> the clause of B
        first = start
        for k in range(first, n):
            if between[k].low == "that" and between[k - 1].low in ("and", "but", "or", ","):
                if any(complementiser(between, j) for j in range(start, k - 1)):
                    break  # "said X reassured them that A and that B": B is the inner verb's
                start = k + 1
        if start == n and start > first:
            return between[-1].end  # "... and that “B”": B's clause is the quote itself
    if start is None or start >= n or not any(t.word for t in between[start:]):
        return None
    return between[start].start


def _manner_participle(t: Tok, nxt: Tok) -> bool:
    """A participle set off after the cue with no object ("says, pointing at the tray",
    "said, smiling,") tells how the words were said; one with an object reports them
    ("said, mentioning the album is “...”")."""
    return participle(t) and t.low not in lx.SPEECH_VERBS \
        and (not nxt.word or nxt.low in _PREPOSITIONS or nxt.low in lx.PREPOSITION_WORDS or is_adverb(nxt))


def skip_object(between: list[Tok], cue: Tok) -> int:
    """Index after the object of "told"/"asked"/"warned" ("told reporters", "told Fox
    News", "told the local paper"); 0 for other cues."""
    n = len(between)
    i = 0
    if cue.low in _OBJ_VERBS and i < n:
        if between[0].text.islower() and _media_tail(between, 0):
            i = _media_tail(between, 0)  # "told state media", "told public radio"
        elif between[i].low in _OBJ_PRONOUNS or (between[i].text.islower() and i + 1 < n and (
                between[i].low in lx.GROUP_NOUNS or between[i].low in lx.ORG_NOUNS
                or (between[i].low.endswith("s") and not between[i].low.endswith("ss")))
                and between[i].low not in _SUBJ_START and between[i].low not in lx.NOT_CLAUSE_OPENERS):
            i += 1  # "told reporters", "urged residents", "told court", "reminded customers"
        elif between[i].cap and between[i].low != "i":
            while i < n and (between[i].cap or between[i].possessive):
                i += 1
            if i + 1 < n and between[i].text.islower() and between[i].low in lx.ORG_NOUNS and between[i + 1].cap:
                i += 1  # "told Dutch broadcaster NOS", "told German magazine Der Spiegel"
                while i < n and (between[i].cap or between[i].possessive):
                    i += 1
            i = _media_tail(between, i)  # "told RAI state television that ..."
        elif between[i].low in ("the", "a", "an") or between[i].possessive:
            i += 1
            k = 0
            while i < n and k < 4 and between[i].low not in ("that",) and between[i].low not in _PREPOSITIONS \
                    and between[i].low not in _SUBJ_START:
                i += 1
                k += 1
    return i


def _media_tail(between: list[Tok], i: int) -> int:
    """Index after the lower-case words that make an outlet's name a medium ("RAI state
    television", "ZDF public television", "Radio Nord's news website"); ``i`` if none."""
    k = i
    while k < len(between) and k - i < 3 and between[k].low in lx.MEDIA_MODIFIERS:
        k += 1
    return k + 1 if k < len(between) and between[k].low in lx.MEDIA_HEADS else i


def skip_adjuncts(between: list[Tok], i: int, n: int) -> int:
    """Index after the prepositional phrases, time words and commas from ``i`` ("on
    Sunday", "in an interview", "last week,")."""
    for _ in range(8):
        if i >= n:
            break
        t = between[i]
        if t.low in _PREPOSITIONS:
            i += 1
            if i < n and between[i].low in lx.NP_DETERMINERS:
                i += 1
            elif i + 1 < n and between[i].low in ("that", "this", "these", "those") and between[i + 1].text.islower() \
                    and between[i + 1].low not in lx.PRONOUNS and between[i + 1].low not in ("the", "a", "an"):
                i += 1  # "claimed in that speech the cost ...": a demonstrative, no complementiser
            k = 0
            while i < n and k < 4 and between[i].low != "that" and between[i].low not in _PREPOSITIONS \
                    and between[i].low not in ("the", "a", "an", "he", "she", "they", "we", "it", "i"):
                i += 1
                k += 1
            continue
        if t.low in _TIME_WORDS or t.text == ",":
            i += 1
            continue
        if i > 0 and between[i - 1].text == "," and i + 1 < n and between[i + 1].text == "," and participle(t):
            i += 2  # "told Ann Vale, prosecuting, that ...": counsel's role in a court report
            continue
        break
    return i


def _name_shortly_before(pre: list[Tok], c: int, masked: str) -> Mention | None:
    """A subject separated from its verb by a short phrase ("Trump in his speech
    called ..."): the nearest capitalised run within six words, not after a
    preposition."""
    j = c - 1
    while j >= 0 and c - j <= 6 and pre[j].word:
        if pre[j].cap and (j == 0 or pre[j - 1].low not in PREPS):
            k = j
            while k + 1 < c and pre[k + 1].cap:
                k += 1
            if j > 0 and pre[j - 1].cap:
                j -= 1
                continue
            return split_name(pre[j:k + 1], masked)
        j -= 1
    return None


# Before a cue word, these make it a noun ("the charge", "a claim", "his warning").
_NOUN_DETS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that"})


def pre_cue(pre: list[Tok], masked: str, para: Paragraph, q: QuoteSpan, subject=lambda: None):
    """(mention, cue, cue offset, that-clause start, colon intro, cue adjacent).
    ``subject`` gives the sentence subject on demand (it is needed rarely)."""
    n = len(pre)
    colon = n > 0 and pre[-1].text == ":"
    # Q&A "Name: “...”" at the start of a paragraph; "@handle:“...”"
    if colon and n >= 2:
        found = colon_speaker(pre, masked, para)
        if found is not None:
            return found
    first = None
    for c in range(n - 1, -1, -1):
        t = pre[c]
        is_acc = t.low == "according" and c + 1 < n and pre[c + 1].low == "to"
        is_eval = t.text.islower() and t.low in lx.EVAL_VERBS and (
            t.low not in lx.SPEECH_VERBS or find_clause_start(pre[c + 1:], t) is None)
        if not ((t.text.islower() and is_cue(t)) or is_acc or is_eval) or noun_state(pre, c):
            continue
        if c > 0 and pre[c - 1].text.islower() and pre[c - 1].low in lx.REPORTING_FORMS and t.low.endswith("s"):
            continue  # "said orders would ...": the reported clause's subject, not a second cue
        if c == n - 1 and c > 0 and not is_acc and (pre[c - 1].possessive or pre[c - 1].low in _NOUN_DETS):
            continue  # "calling Ruiz's charge “...”": the noun the quote describes, not its cue
        if c > 0 and t.low in ("call", "calls") and (pre[c - 1].low in lx.CALL_NOUN_MODIFIERS or pre[c - 1].low in _NOUN_DETS):
            continue  # "on an earnings call that ...": the noun
        if is_eval:
            found = _evaluative(pre, c, masked, subject, colon)
            if found is not None:
                return found
            if t.low not in lx.SPEECH_VERBS:
                continue
        if t.low in lx.THAT_ONLY_VERBS and not any(x.low == "that" for x in pre[c + 1:c + 8]):
            continue
        m = _cue_subject(pre, c, is_acc, masked, subject)
        if m is None:
            if t.low in ("said", "says", "told", "wrote", "added") or is_acc:
                return _unnamed_report(pre, c, is_acc, colon)
            if t.low.endswith("ing") and c > 0 and pre[c - 1].text == "," \
                    and all(x.text in (",", ":") for x in pre[c + 1:]):
                break  # '..., he sounded a rare note, saying, “...”': the participle's quote, no earlier cue's
            continue
        between = pre[c + 1:]
        that_at = find_clause_start(between, t)
        adj = colon or not between or between[-1].text in ",:" or (
            len(between) <= 4 and t.low in _PLAIN_SAY)
        if between and between[-1].low == "that":
            adj = True
        found = (m, t.text, t.start, that_at, colon, adj)
        if that_at is None and not adj and first is None:
            first = found  # an earlier cue may govern the clause this quote sits in
            continue
        if first is not None and that_at is None:
            return first
        return found
    if first is not None:
        return first
    return None, None, -1, None, colon, False


def _sentence_subject(pre: list[Tok], c: int, subject) -> tuple[bool, Mention | None]:
    """Whether the cue at ``c`` takes the sentence's subject, and that subject: a
    participle after a comma or conjunction ("..., saying ...") when the sentence has
    one, a second verb after "and"/"but" ("X conceded that ... Y but implied ...": the
    sentence's subject, not Y) always."""
    if c == 0:
        return False, None
    j = c - 1
    while j > 0 and pre[j].low in ("then", "also", "later"):
        j -= 1
    if pre[j].low in ("and", "but"):
        return True, subject()  # "and then quipped to Colton, “...”"
    if pre[c].low.endswith("ing") and pre[c - 1].low in (",", "by", "while", "after", "before", "when"):
        m = subject()
        return m is not None, m
    return False, None


def _evaluative(pre: list[Tok], c: int, masked: str, subject, colon: bool):
    """'X called the bill “...”', 'described it as “...”': the pre_cue result when the
    evaluative verb at ``c`` has a speaker and a clause, else None."""
    t = pre[c]
    taken, m = _sentence_subject(pre, c, subject)
    if taken:
        pass
    elif c > 1 and pre[c - 1].low == "who":
        m = _relative_antecedent(pre, c, masked)  # "X, who called ..."
    else:
        m = np_before(pre, 0, c, masked) or _name_shortly_before(pre, c, masked)
    start = find_clause_start(pre[c + 1:], t, evaluative=True)
    if m is not None and (m.kind == "pronoun" or m.name or (m.kind in ("group", "role", "orgrole")
                                                         and t.low in lx.NAMING_VERBS)) \
            and m.kind in ("person", "organization", "pronoun", "group", "role", "orgrole") \
            and start is not None:
        return m, t.text, t.start, start, colon, False
    return None


def _relative_antecedent(pre: list[Tok], c: int, masked: str) -> Mention | None:
    """The noun phrase before the "who" at ``c - 1`` ("Quist, who said ...")."""
    return np_before(pre, 0, c - 2 if pre[c - 2].text == "," else c - 1, masked)


def _cue_subject(pre: list[Tok], c: int, is_acc: bool, masked: str, subject) -> Mention | None:
    """The speaker of the cue at ``c``: after "according to", else the subject before it."""
    t = pre[c]
    n = len(pre)
    if is_acc:
        m = np_after(pre, c + 2, n, masked)
    else:
        m = cue_subject_before(pre, c - 1, masked) if c > 0 and t.low.endswith("ing") and pre[c - 1].text == "," \
            else None  # "..., Law said, noting ...": that cue's speaker
        if m is None and c > 1 and pre[c - 1].low in ("who", "whom"):
            # "..., according to Quist, who said data was “...”": the relative's antecedent
            m = _relative_antecedent(pre, c, masked)
            if m is not None and not (m.name and m.kind == "person"):
                m = None
        if m is None:
            taken, m = _sentence_subject(pre, c, subject)
            if not taken:
                m = np_before(pre, 0, c, masked)
                if m is not None and m.name:
                    # "Analysts at Goldman Sachs wrote", "Jo Bell of the Tenants Union said":
                    # the name inside the speaker's noun phrase, as for a claim
                    whole = subject_around(pre, c, masked, m)
                    if whole is not None and whole.start < m.start and (not whole.name or whole.kind == "person"):
                        m = whole
                elif m is not None:
                    m = wider_unnamed(pre, 0, c, masked, m)  # "the families of the victims said"
                elif not any(x.low in ("who", "which") for x in pre[max(0, c - 2):c]):
                    m = relative_subject(pre, c, masked)  # "A driver who asked not to be named told"
        if m is None and c > 0 and pre[c - 1].low == "also":
            m = subject()  # "He called it X, and said ..."
    return m


def _unnamed_report(pre: list[Tok], c: int, is_acc: bool, colon: bool):
    """A report with a speaker we cannot name still delimits the clause."""
    t = pre[c]
    that_at = None if is_acc else find_clause_start(pre[c + 1:], t)
    if that_at is None:
        return None, None, -1, None, colon, False
    return Mention(t.start, t.start, "", None, None, "unknown"), t.text, t.start, that_at, colon, False
