"""Where a reported clause ends (shared by the claims without quote marks and the
quotes that open a clause), and the prefix-tree alternation the cue patterns use."""

from __future__ import annotations

import re

from ...models import Mention
from .. import lexicon as lx
from .tokens import OPENING_MARKS, QMARKS, Tok, finite_verb, participle



_SUBORD = frozenset({"after", "before", "while", "although", "though", "whereas", "when", "since"})

_VERBISH = frozenset({"is", "was", "are", "were", "has", "had", "have", "also", "did", "does", "would",
                      "will", "could", "should", "can", "may", "might", "then", "still", "later"})

# Words that open a noun phrase: after a closing quote mark they start the main clause.
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "both", "several", "many",
                          "some", "most", "few", "all", "no", "each", "every", "other", "others"})

# After ", and", words that open a new subject: with a verb of its own, the writer's
# next clause ("..., and the market did", "..., and his campaign is approaching").
_NEW_SUBJECT = frozenset({"his", "her", "their", "its", "he", "she", "they", "both", "a", "an"})

def _contact_relative(toks: list[Tok], j: int) -> bool:
    """"a plan the senator has since dropped", "a proposal Ruiz backed": a noun, then a
    relative clause without 'that' (its own subject and a past or an auxiliary)."""
    n = len(toks)
    if j + 2 >= n or not toks[j].text.islower() or not toks[j].word:
        return False
    w = toks[j + 1]
    if not (w.low in ("the", "he", "she", "they") or (w.cap and w.low != "i")):
        return False
    for x in toks[j + 2:j + 7]:
        if x.text.islower() and (x.low in lx.AUXILIARIES or x.low in lx.IRREGULAR_PAST or x.low.endswith("ed")):
            return True
        if not x.word:
            return False
    return False


_FRONT_SUBORD = lx.SUBORDINATORS - {"whenever", "whereas"}


def fronting(toks: list[Tok], m: Mention | None) -> tuple[bool, bool]:
    """Whether the reporting clause sits inside a fronted subordinate clause ("A few
    weeks after Obama announced that X, forces ..."): the report ends at the next
    comma; and whether the sentence opens with that subordinator and the reporting
    subject follows within a few words ("When the agency's director, Ana Ruiz, said
    ..."), so a main clause follows the report."""
    if m is None:
        return False, False
    before = [t for t in toks if t.end <= m.start]
    opens = 0 < len(before) <= 8 and before[0].low in _FRONT_SUBORD and before[0].cap \
        and not any(t.text in (".", ";", ":") for t in before)
    return opens or any(t.low in _FRONT_SUBORD for t in before[-2:]), opens


def clause_end(toks: list[Tok], i: int, hi_pos: int, stop_at_comma: bool = False,
               main_follows: bool = False, text: str | None = None) -> int:
    """Offset where a reported clause starting at token ``i`` ends: the sentence end,
    a semicolon, a new report ("..., adding"), a second predicate of the reporting
    subject ("but indicated ...") or a subordinate clause with its own named
    subject ("after President X re-iterated ..."). ``text`` (the unmasked text)
    shows the punctuation inside quotes: a gerund right after a quote closed
    without a comma continues the clause ('would “look into” releasing ...')."""
    end = toks[i].end if i < len(toks) else hi_pos
    n = len(toks)
    infinitive = i < n and toks[i].low == "to"
    modal = False  # "said it would close and proposed ...": a past tense after a modal is the speaker's act
    inner = False
    for k in range(i, n):
        t = toks[k]
        if t.start >= hi_pos:
            break
        if t.text == ";" or (t.text in (".", "!", "?", "…") and t.end >= hi_pos - 1):
            break
        modal = modal or t.low in lx.MODALS
        nxt = toks[k + 1] if k + 1 < n else None
        if k > i + 2 and nxt is not None and _new_predicate(toks, k, nxt):
            break
        if t.low == "that" and k > i and not inner:
            inner = complementiser(toks, k)  # "assured them that A and that B": the inner verb's
        if k > i + 2 and t.low in ("and", "but") and nxt is not None and nxt.low == "that" and not inner \
                and complementiser(toks, k + 1):
            break  # "said A and that B": two statements
        if k > i + 2 and t.low == "and" and nxt is not None and nxt.low in ("has", "have") and k + 2 < n \
                and toks[k + 2].text.islower() and toks[k + 2].low.endswith("ed"):
            break  # "... and has expressed support for ...": the reporting subject's record
        if (infinitive or modal) and k > i + 2 and t.low in ("and", "but") and nxt is not None and nxt.text.islower() \
                and (nxt.low.endswith("ed") or nxt.low in lx.IRREGULAR_PAST):
            break  # "urged them to vote and proposed ...": a past tense is the speaker's next act
        if nxt is not None and k > i + 1 and t.text in QMARKS and t.text not in "“„«‘" and (
                (participle(nxt) and (text is None or text[t.start - 1] in ",.!?;:…")) or _next_act(toks, k + 1)):
            end = t.end
            break  # '... “worst mayor in history,” linking to ...': the writer's participle;
            # 'called her “third-rate” and boycotted ...': the speaker's next act
        if t.text == "," and k > i + 2 and _comma_ends(toks, i, k, nxt, stop_at_comma):
            break
        if main_follows and k > i + 1 and t.text in QMARKS and t.text not in "“„«‘" and nxt is not None \
                and (nxt.cap or nxt.low in lx.SUBJECT_OPENERS or nxt.low in _DETERMINERS):
            end = t.end
            break  # 'When X said the plan was “a mess,” the council ...': the comma is inside the quote
        if t.text in ("—", "–") and k > i + 3 and nxt is not None and (
                _dash_comment(toks, k, nxt, hi_pos) or (
                    _next_act(toks, k + 1) and toks[k + 2].low not in ("his", "her", "their", "its"))):
            break  # '... — and he singled out ...': the writer's next clause
        if (k > i + 2 or t.text == ",") and _new_report(toks, i, k, nxt):
            break
        if t.text not in (",", ".", "!", "?", "…", ":", "—", "–", "(") or t.text == ")":
            end = t.end
        elif t.text in ("!", "?", "…") and k == n - 1:
            end = t.end
    return end


# An adjunct of the writer's right after a quoted fragment: 'said she had “played the
# match of her life” after knocking out ...', 'expects “a tough game” this time'
_ADJUNCT_AFTER = re.compile(r"[”\"’']?[ \t]*(?:after|following|before|amid|when(?![ \t]+it[ \t]+comes)"
                            r"|this[ \t]+(?:year|time|season|week|month|weekend))\b")


def narrative_adjunct(masked: str, pos: int, clause_start: int) -> bool:
    """Whether a time or circumstance adjunct follows the quote ending at ``pos``: it
    places the event the writer narrates, not what was said; unless the clause before
    holds a modal ("said prices would “fall sharply” after the vote": the speaker's)."""
    return _ADJUNCT_AFTER.match(masked, pos) is not None and not any(
        t in lx.MODALS for t in masked[clause_start:pos].lower().split())


_COORDINATORS = frozenset({"and", "but", "or"})


def second_complement(toks: list[Tok], j: int) -> bool:
    """Whether the "that" at ``j``, after "and", "but" or "or", opens another clause of
    the same report ("said A and that B")."""
    return j > 0 and toks[j - 1].low in _COORDINATORS and complementiser(toks, j)


def second_predicate(toks: list[Tok], s: int, end: int) -> int | None:
    """Index of the "and"/"but" that opens a second predicate of a reported clause's
    subject ("said it was “cooperating fully” and had placed the officer on leave",
    "said it would attend but would not bargain"): FORMAT.md's two statements. The
    clause before it has its own finite verb; the predicate opens with an auxiliary."""
    for k in range(s + 3, len(toks) - 1):
        if toks[k].start >= end:
            break
        if predicate_opener(toks, k) and toks[k + 1].start < end and any(
                toks[j].text.islower() and finite_verb(toks, j) for j in range(s + 1, k)):
            return k
    return None


def predicate_opener(toks: list[Tok], k: int) -> bool:
    """An "and"/"but" with an auxiliary after it and no subject between ("and had
    placed", "but would not"): a second predicate of the subject before (not the
    present perfect: "and has backed ..." is the speaker's record, the writer's)."""
    if k + 1 >= len(toks) or toks[k].low not in ("and", "but"):
        return False
    w = toks[k + 1]
    if w.low in ("also", "then", "still") and k + 2 < len(toks):
        w = toks[k + 2]
    return w.text.islower() and w.low in lx.PREDICATE_AUXILIARIES


def complementiser(toks: list[Tok], j: int) -> bool:
    """Whether the "that" at ``j`` opens a clause ("that the bridge would hold", "that
    “...”"), not a demonstrative subject ("that was the end of it") or a relative
    pronoun ("the States that left")."""
    if j + 1 >= len(toks) or toks[j].low != "that":
        return False
    w = toks[j + 1]
    if w.text in OPENING_MARKS or (w.text == "," and j + 2 < len(toks) and toks[j + 2].text in OPENING_MARKS):
        return True  # 'that “...”', 'that, “to date, ...”'
    if not w.word or w.low in lx.AUXILIARIES:
        return False
    if not finite_verb(toks, j + 1):
        return True
    # "and that parishes across the region would collect ...": a plural noun with its
    # verb further on, not "and that matters"
    for k in range(j + 2, min(len(toks), j + 8)):
        if not toks[k].word:
            return False
        if toks[k].low in lx.AUXILIARIES:
            return True
    return False


def _next_act(toks: list[Tok], j: int) -> bool:
    """"and boycotted ...", "but he gave ...", "and his aides have ...": after a closing
    quote mark, a conjunction opening a new predicate or a clause with its own subject."""
    if j + 1 >= len(toks) or toks[j].low not in ("and", "but"):
        return False
    w = toks[j + 1]
    if not (w.text.islower() or w.text == "I") or not w.word:
        return False  # "and I believe him": the writer's or interviewee's own clause
    return w.low in lx.SUBJECT_OPENERS or w.low in ("his", "her", "their", "its") or (
        w.low.endswith("ed") and len(w.low) > 4) or w.low in lx.IRREGULAR_PAST


def _dash_comment(toks: list[Tok], k: int, nxt: Tok, hi_pos: int) -> bool:
    """"... — a play on words with ...", "... — asserting that ...", "... — although
    ...": a single dash before an appositive, a participle or a concession opens the
    writer's comment (a pair of
    dashes sets off a parenthesis inside the clause)."""
    if any(x.text in ("—", "–") for x in toks[k + 1:] if x.start < hi_pos):
        return False
    if nxt.low in ("although", "though", "whereas") or (
            nxt.low in ("even", "just") and k + 2 < len(toks) and toks[k + 2].low == "as"):
        return True  # '... — although the photo did not show ...': the writer's caveat
    return nxt.low in ("a", "an", "except") or participle(nxt) or nxt.low in lx.ING_GLOSS_PRONOUNS


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
    if nxt is not None and nxt.low in ("but", "yet") and k + 3 < n and toks[k + 2].cap and toks[k + 2].low != "i":
        for j in range(k + 3, min(n, k + 6)):
            if toks[j].text.islower() and (toks[j].low in lx.AUXILIARIES or toks[j].low in lx.IRREGULAR_PAST) \
                    and toks[j].low not in lx.MODALS:
                return True  # ", but Democrats have pushed ...": a named group's own clause, the writer's
            if not toks[j].word:
                break
    if nxt is not None and nxt.low in lx.SUBJECT_OPENERS and nxt.text.islower() and k > i + 4 \
            and toks[i].low not in _SUBORD and toks[i].low not in ("if", "unless", "once", "as", "until") \
            and k + 2 < n and toks[k + 2].text.islower() and toks[k + 2].word:
        return True  # a comma splice: ", they still trail men in ..."
    if nxt is not None and nxt.low in ("who", "whom", "whose", "which") and _relative_inside(toks, k):
        return False  # "that Pagliano, who invoked the Fifth, is now cooperating": the subject's relative
    if nxt is not None and nxt.low in ("while", "whereas", "though", "although", "who", "whom", "whose", "which",
                                       "despite", "notwithstanding", "where", "compared", "when"):
        return True
    if nxt is not None and nxt.low == "as" and k + 2 < n and toks[k + 2].low in ("is", "was", "has", "had", "often",
                                                                                    "usual", "usually", "always"):
        return True  # ", as was the case with ...": the writer's comment
    if nxt is not None and nxt.low == "even" and k + 2 < n and toks[k + 2].low == "as":
        return True  # ", even as a strike deadline loomed": the writer's contrast
    if nxt is not None and nxt.low in ("a", "an") and any(x.low in lx.GLOSS_NOUNS for x in toks[k + 2:k + 4]):
        return True  # ", a swipe at ...": the writer's gloss on the statement
    if nxt is not None and nxt.low in ("a", "an") and _contact_relative(toks, k + 2):
        return True  # ", a plan the senator has since dropped": the writer's gloss on the statement
    if nxt is not None and nxt.low in ("a", "an") and any(x.low in ("that", "which", "who") for x in toks[k + 2:k + 6]):
        return True  # ", a move that ...": the writer's comment on the claim
    if nxt is not None and nxt.low == "and" and k + 3 < n and toks[k + 2].text.islower() and (
            toks[k + 2].low.endswith("ed") or toks[k + 2].low in lx.IRREGULAR_PAST):
        return True  # ", and requested another month": the reporting subject's next act
    if nxt is not None and nxt.low == "and" and k + 3 < n and toks[k + 2].low in _NEW_SUBJECT:
        for j in range(k + 3, min(n, k + 6)):
            if toks[j].text.islower() and (toks[j].low in lx.AUXILIARIES or toks[j].low in lx.IRREGULAR_PAST
                                           or (toks[j].low.endswith("ed") and len(toks[j].low) > 4)):
                return True  # ", and his campaign is approaching ...": the writer's next sentence part
            if not toks[j].word:
                break
    return False


def _relative_inside(toks: list[Tok], k: int) -> bool:
    """A relative clause set off by commas inside the reported clause: the next comma
    is followed by the clause's own verb."""
    for j in range(k + 2, min(len(toks) - 1, k + 22)):
        t = toks[j]
        if t.text in (";", ".", "!", "?", "—", "–") or t.text in QMARKS:
            return False
        if t.text == ",":
            v = toks[j + 1]
            return v.text.islower() and (v.low in lx.AUXILIARIES or v.low in lx.IRREGULAR_PAST) \
                and v.low not in ("had", "did", "do")
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
        if after and after[0].text.islower() and after[0].low in lx.SPEECH_VERBS and not (
                after[0].low in lx.NOUN_LIKE_CUES and len(after) > 1 and after[1].text.islower()
                and after[1].word and after[1].low not in ("that", "to")):
            return True  # (not "with the FBI and state regulators": a noun before a noun)
        if after and after[0].cap and any(x.text.islower() and x.low in lx.SPEECH_VERBS for x in after[1:4]):
            return True
        # "and more than 4 in 10 said ...": a second report with its own subject
        for j in range(k + 2, min(n, k + 8)):
            x = toks[j]
            if not x.word or x.low in ("that", "who", "which", "and", "but"):
                break
            if x.text.islower() and x.low in lx.REPORTING_FORMS:
                return True
    if t.text == "," and nxt is not None and (participle(nxt) or nxt.low in lx.ING_GLOSS_PRONOUNS) \
            and k + 2 < n and toks[k + 2].word:
        return True  # ", citing ...", ", something he denied": the writer's clause ends the report
    if t.text == "," and nxt is not None and nxt.text.islower() and nxt.low.endswith("ly") and k + 2 < n \
            and participle(toks[k + 2]):
        return True  # ", implicitly putting his name on the line": the writer's participle
    if t.text == "," and nxt is not None and nxt.low in ("adding", "saying", "according", "noting", "arguing", "insisting", "claiming"):
        return True
    if t.text == "," and nxt is not None and nxt.low == "then" and k + 2 < n and toks[k + 2].text.islower() \
            and toks[k + 2].low in lx.SPEECH_VERBS:
        return True  # ", then admits that ...": the subject's next report
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


