"""Speaker resolution: pronouns, role nouns and organisation nouns -> the named mention
they stand for; the subject of a sentence."""

from __future__ import annotations

import regex

from ...models import Mention, Sentence
from .. import lexicon as lx
from ..gender import agrees, is_first_name, matches, name_gender
from .context import Context
from .names import person_noun
from .runs import DEFINITE_BEFORE, RUN, split_cached
from .tokens import OPENING_MARKS, strip_poss


def _personish(ctx: Context, m: Mention) -> bool:
    if m.kind != "person":
        return False
    if m.role or " " in (m.name or ""):
        return True
    last = (m.name or "").lower()
    return any(a.name and a.name.lower().endswith(last) and " " in a.name for _, a in ctx.attributed[-50:]) or \
        bool(ctx.fuller(m.name or "")) or ctx.by_first_name(m.name or "") is not None or is_first_name(m.name or "")


_ROLE_BEFORE = regex.compile(r"(?:^|[\s(])(?:the\s+|a\s+|an\s+)?(?P<r>(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+),?\s+$")

_ROLE_AFTER = regex.compile(r",\s+(?:the|a|an|its|his|her)\s+(?P<r>(?:[\p{L}\-’']+\s+){0,4}?[\p{Ll}\-]+)"
                            r"(?:\s*[,.;]|\s+(?:at|of|for|with|from|in|on)\s)")  # "an epidemiologist at the X"


def _role_near(masked: str, a: Mention) -> str | None:
    """The role written around a name: "the trade minister, Hugo Lind", "Hugo Lind,
    the trade minister," or "trade minister Hugo Lind"."""
    m = _ROLE_BEFORE.search(masked, max(0, a.start - 50), a.start)
    if m and m.group("r").split()[-1] in lx.ROLE_NOUNS:
        return m.group("r")
    m = _ROLE_AFTER.match(masked, a.end, min(len(masked), a.end + 80))
    if m and any(w in lx.ROLE_NOUNS or person_noun(w) for w in m.group("r").lower().split()):
        return m.group("r")
    return None


def resolve(ctx: Context, m: Mention | None, pos: int) -> Mention | None:
    """Pronouns and role nouns -> the named mention they stand for."""
    if m is None:
        return None
    if m.kind == "pronoun":
        want_group = m.pronoun in lx.GROUP_PRONOUNS
        a = _antecedent(ctx, pos, m.pronoun == "it", want_group, m.pronoun)
        if a is None:
            return None
        return Mention(m.start, m.end, m.surface, a.name, None if want_group else a.role, a.kind)
    if m.kind in ("role", "orgrole") and m.role in lx.DOCUMENT_NOUNS:
        a = _issuer(ctx, m, pos)
        if a is not None:
            return Mention(m.start, m.end, m.surface, a.name, a.role, a.kind)
    if m.kind in ("role", "orgrole"):
        first = m.surface.split(" ", 1)[0].lower()
        # "her office": hers, not the last organisation with "office" in its name; "a
        # former defense official" is somebody new, not the last official named
        a = None
        if first not in lx.POSSESSIVE_DETERMINERS and first not in ("a", "an", "one"):
            a = _role_holder(ctx, m.role or "", m.start, m.kind == "orgrole", _modifiers(m.surface, m.role or "")) \
                or _side_counsel(ctx, m.role or "", m.start)
        if a is None and m.kind == "role" and m.role not in lx.CONTEST_ROLES and _epithet_noun(m.role) \
                and "'s " not in m.surface and "’s " not in m.surface and (
                m.surface[:4].lower() == "the " or DEFINITE_BEFORE.search(
                ctx.masked, max(0, m.start - 40), m.start)):
            # "Schuh is aware ... “...,” the bespectacled professor said"; an age or a
            # nationality is nobody's post: the person last named, when the subject is none
            a = a or _epithet_of(ctx, pos, m.role.endswith("year-old") or m.role in lx.DEMONYM_NOUNS)
        if a is None and m.kind == "orgrole" and m.role in lx.ORG_SELF_NOUNS \
                and m.surface[:4].lower() == "the ":
            # "Acme Corp ... the company said": no organisation named with the noun
            # itself, so the one last named, as "it" would be resolved ("his
            # organization" belongs to its possessor and is left alone)
            a = _antecedent(ctx, pos, True, False)
        if a is None:
            return m
        return Mention(m.start, m.end, m.surface, a.name, a.role, a.kind)
    return m


def _epithet_noun(role: str | None) -> bool:
    """A noun news copy uses for a person just named ("the professor", "the 37-year-old",
    "the Spaniard"): the role lexicon's, not any agent noun ("the developer" is as
    often a company)."""
    return bool(role) and (role in lx.ROLE_NOUNS or role in lx.DEMONYM_NOUNS or role in lx.PARTY_MEMBER_NOUNS
                           or person_noun(role))


def _epithet_of(ctx: Context, pos: int, last_named: bool = False) -> Mention | None:
    """The person a definite role noun with no holder named stands for: the subject of
    the sentence before, in the same or the previous paragraph ("McCallum claimed ...
    But the mayor claimed ..."), as news copy varies a name with a description; past
    sentences of quotation alone, the person the quotation before cites ("“...,” Holm
    said. “...” / Asked why, the Swede said ...")."""
    si = ctx.sentence_index(pos)
    j = si - 1
    while j >= 0 and ctx.sents[si].paragraph - ctx.sents[j].paragraph <= 1:
        a = ctx.speaker_at(j) or ctx.subject_at(j) or _cited_in(ctx, ctx.sents[j])
        if a is not None:
            if a.kind == "person" and _personish(ctx, a):
                return a
            # "Rovers levelled ... before Obi rose highest ... “...,” said the 24-year-old"
            return _last_person(ctx, ctx.sents[j]) if last_named else None
        if not _quotation_only(ctx, ctx.sents[j]):
            return None
        j -= 1
    return None


def _last_person(ctx: Context, s: Sentence) -> Mention | None:
    """The person named last in sentence ``s`` by a name the text gives in full, not as
    a possessor ("before Obi rose to meet Liam Archer’s corner": Obi)."""
    found = None
    for r in RUN.finditer(ctx.masked, s.start, min(s.end, s.start + 2000)):
        men = split_cached(ctx.masked, r.start(), r.group())
        if men is not None and men.kind == "person" and men.name and _personish(ctx, men) \
                and not men.surface.endswith(("'s", "’s")):
            found = men
    return found


def _cited_in(ctx: Context, s: Sentence) -> Mention | None:
    """The person a sentence that opens with a quotation cites ("“...,” Holm said.")."""
    if ctx.masked[s.start:s.start + 1] not in OPENING_MARKS:
        return None
    best = None
    for p, a in ctx.attributed[-200:]:  # quotes in order, then claims: not sorted
        if s.start <= p < s.end and a.kind == "person" and a.name and (best is None or p > best[0]):
            best = (p, a)
    return best[1] if best else None


def _quotation_only(ctx: Context, s: Sentence) -> bool:
    """A sentence with nothing outside its quote marks (the quoted text is masked)."""
    body = ctx.masked[s.start:s.end].strip()
    return len(body) > 2 and body[0] in OPENING_MARKS and not any(
        ch.isalpha() and ch != "x" for ch in body)


_POSSESSOR_PRONOUN = {"his": "he", "her": "she", "its": "it", "their": "they"}


def _issuer(ctx: Context, m: Mention, pos: int) -> Mention | None:
    """Who issued the document that "said" something: the person a possessive stands
    for ("her statement" -> she), else the speaker just before ("... said in a
    statement. The statement also said ...")."""
    words = m.surface.split()
    named = [w for w in words[1:-1] if w[:1].isupper()]
    if named and words[0].lower() in ("the", "a", "an", "this", "that"):
        name = " ".join(named)  # "The RCMP statement said": the RCMP's
        return Mention(m.start, m.end, m.surface, name, None, "organization")
    first = words[0].lower()
    before = ctx.masked[max(0, m.start - 24):m.start].split()
    if before and before[-1].lower() in lx.ISSUING_VERBS:
        si = ctx.sentence_index(m.start)  # "Acme issued a statement saying ...": Acme's
        a = ctx.subject_before(si, m.start) if si >= 0 else None
        if a is not None and a.kind == "pronoun":
            return _antecedent(ctx, a.start, a.pronoun == "it", a.pronoun in lx.GROUP_PRONOUNS, a.pronoun)
        if a is not None and a.name:
            return a
    if first in _POSSESSOR_PRONOUN:
        p = _POSSESSOR_PRONOUN[first]
        return _antecedent(ctx, pos, p == "it", p == "they", p)
    if first in ("the", "this", "that"):
        for p, a in reversed(ctx.attributed[-20:]):
            if p < pos and pos - p < 1500 and a.name and not (
                    a.kind == "unnamed" and a.surface.rsplit(" ", 1)[-1].lower() in lx.FINDING_NOUNS):
                return a  # (a survey issues no report)
    return None


def _antecedent(ctx: Context, pos: int, want_org: bool, want_group: bool,
                pronoun: str | None = None) -> Mention | None:
    """The named mention a pronoun before ``pos`` refers to: the last speaker of the
    right kind, or the subject of a recent sentence when that is nearer; a person
    whose first name tells a gender must agree with "he"/"she" (when the subject
    does not, the person named in its sentence who does)."""
    best: tuple[int, Mention] | None = None
    lo = pos - 3000
    for p, a in reversed(ctx.attributed[-200:]):
        if p < pos and p > lo and a.name:
            if pronoun in ("he", "she") and a.kind == "unnamed" and a.surface.split(" ", 1)[0].lower() in _ONE \
                    and ctx.sents[ctx.sentence_index(pos)].paragraph - ctx.sents[ctx.sentence_index(p)].paragraph <= 1:
                best = (p, a)  # "A driver who asked not to be named told ... / “...,” he said"
                break
            if want_org and _agency(a):
                continue
            if (want_group and a.kind in ("organization", "group")) or (
                    not want_group and ((a.kind == "organization" or _unpersonal(ctx, a)) if want_org
                                        else a.kind == "person" and (" " in a.name or _personish(ctx, a)))
                    and (want_org or _may_agree(ctx, pronoun, a))):  # (a lone "Veridane" is no "he")
                best = (p, a)
                break
    if want_group:
        return best[1] if best and pos - best[0] < 1500 else None
    si = ctx.sentence_index(pos)
    for j in range(si, -1, -1):
        p = ctx.sents[j].start
        if p >= pos:
            continue
        if p <= lo or (best and p <= best[0]):
            break
        lead = _LEAD_PRONOUN.match(ctx.masked, p, min(ctx.sents[j].end, p + 80))
        if lead is not None and (lead.group("p") or lead.group("p2")).lower() == pronoun:
            continue  # "He said ... Martin Legere, ...": the chain of "he" goes on further back
        if j == si and _ASKED_OPENS.match(ctx.masked, p):
            continue  # "Asked about criticism from X, she said": the one asked, named before
        if j < si and pronoun in ("he", "she"):
            cited = ctx.speaker_at(j) or _role_speaker_in(ctx, j)  # "..., Shibley said. / “...,” he said."
            if cited is not None and cited.kind == "person" and _may_agree(ctx, pronoun, cited):
                best = (p, cited)
                break
        a = ctx.subject_at(j) if j < si else ctx.subject_before(j, pos)
        if want_org:
            if a is not None and not _agency(a) and (a.kind == "organization" or (_unpersonal(ctx, a) and (
                    " " in (a.name or "") or (_opens_clause(ctx, a) and not _place_part(ctx, a))))):
                best = (p, a)
                break
            continue
        if a is None and j < si and pronoun in ("he", "she") and _WRITER_OPENS.match(ctx.masked, p):
            # "We spoke to Dr Pieter Lund. He said ...": the writer meeting the person
            other = _agreeing_person(ctx, j, pos, pronoun)
            if other is not None:
                best = (p, other)
                break
        full = _full_name(ctx, a) if a is not None and a.kind == "person" else None
        if a is not None and a.kind == "person" and pronoun in ("he", "she") and not _known_gender(full):
            other = _agreeing_person(ctx, j, pos, pronoun)  # "Lake Cowichan mayor Rod Peters"
            if other is not None:
                best = (p, other)
                break
        if a is not None and _personish(ctx, a) and agrees(pronoun, full):
            best = (p, a)
            break
        if a is not None and a.kind == "person" and not agrees(pronoun, full):
            other = _agreeing_person(ctx, j, pos, pronoun)
            if other is not None:
                best = (p, other)
                break
    return best[1] if best is not None else None


def _role_speaker_in(ctx: Context, j: int) -> Mention | None:
    """The person the last statement of sentence ``j`` was attributed to through a role
    noun ("“...,” the prosecutor said." -> the prosecutor named before), whom a "she" in
    the next sentence continues."""
    s = ctx.sents[j]
    found = [(p, a) for p, a in ctx.attributed[-200:] if s.start <= p < s.end and a.kind == "person"
             and a.name and a.surface.split(" ", 1)[0] in ("the", "a", "an")]
    return max(found, key=lambda pa: pa[0])[1] if found else None


def _agency(a: Mention) -> bool:
    """A wire agency or data vendor ("according to LSEG data", "told Reuters"): never
    what "the company" or "it" stands for."""
    return (a.name or "").lower() in lx.NEWS_AGENCIES


_ONE = frozenset({"a", "an", "one", "another"})
_ASKED_OPENS = regex.compile(r"\s*(?:When\s+)?(?:%s)\b" % "|".join(w.capitalize() for w in sorted(lx.ASKING_PARTICIPLES)))
_WRITER_OPENS = regex.compile(r"\s*(?:We|I)(?:['’]ve|['’]d|\s+have|\s+had)?\s+\p{Ll}")


def _may_agree(ctx: Context, pronoun: str | None, m: Mention) -> bool:
    """Whether "he"/"she" may stand for a person named by one word: unless every full
    name the text gives that surname (or first name) disagrees ("Okonjo" is Samuel
    Okonjo; one "Clinton" of two may be either)."""
    if not m.name or " " in m.name:
        return agrees(pronoun, m.name)
    fulls = ctx.fuller(m.name) or [ctx.by_first_name(m.name) or ""]  # "Hana" is Hana Vesely
    return any(agrees(pronoun, f) for f in fulls)


def _known_gender(name: str | None) -> bool:
    return bool(name) and " " in name and name_gender(name.split()[0]) is not None


def _full_name(ctx: Context, m: Mention) -> str | None:
    """The name a surname-only mention stands for, written in full elsewhere ("Holm"
    -> "Petra Holm"), so that its first name tells the gender."""
    if not m.name or " " in m.name:
        return m.name
    fuller = ctx.fuller(m.name)
    return fuller[0] if fuller else ctx.by_first_name(m.name) or m.name


def _opens_clause(ctx: Context, m: Mention) -> bool:
    """Whether a mention stands first in its sentence or in the clause after its
    last comma ("Google said ...", "In a memo, Facebook told ..."), as subjects do."""
    # read back from the mention over at most one word: a scan to the last comma or
    # full stop would run to the start of a text that has none, once per mention
    s, i = ctx.masked, m.start
    while i > 0 and s[i - 1].isspace():
        i -= 1
    while i > 0 and not s[i - 1].isspace():
        if s[i - 1] in ",.":
            return True
        i -= 1
    while i > 0 and s[i - 1].isspace():
        i -= 1
    return i == 0 or s[i - 1] in ",."


def _place_part(ctx: Context, m: Mention) -> bool:
    """A one-word name set off by commas after a capitalised word: a place's state or
    country ("in Fairmont, Ohio, and ..."), no subject."""
    s, i = ctx.masked, m.start
    while i > 0 and s[i - 1].isspace():
        i -= 1
    if i < 2 or s[i - 1] != "," or not s[i - 2].isalpha() or s[m.end:m.end + 1] != ",":
        return False
    return s[s.rfind(" ", 0, i - 1) + 1:][:1].isupper()


def _unpersonal(ctx: Context, m: Mention) -> bool:
    """A name "it" can stand for: several words, the first no known first name, and
    never a speaker referred to as a person ("BC Hydro", not "Mahathir Mohamad")."""
    words = (m.name or "").split()
    if m.kind != "person" or not words or m.role or is_first_name(words[0]) or (
            len(words) > 2 and is_first_name(words[-2])):
        return False  # "Pat Riley", "Hall of Famer Pat Riley": a first name of either sex
    if " " not in m.name:
        # one word: an acronym ("RCMP") or a capital inside it ("TransLink") names an
        # organisation; so does a word capitalised inside sentences that is no first
        # name and never ends a full name in the text ("Facebook"): news introduces
        # people in full first
        w = m.name
        return (w.isupper() and len(w) > 1) or any(ch.isupper() for ch in w[1:]) or (
            len(w) > 2 and w.isalpha() and not w.endswith(lx.DEMONYM_ENDINGS)
            and not is_first_name(w) and not ctx.fuller(w) and ctx._midcap(w))
    if words[0].isupper() and len(words[0]) > 1 and words[0].isalpha():
        return True  # "BC Hydro", "TD Bank": an acronym opens no person's name
    # a person named as a speaker is no "it"; a speaker only reached through "it" or
    # "the utility" may well be one
    return not any(a.name == m.name and a.kind == "person" and m.name in a.surface for _, a in ctx.attributed[-50:])


def _agreeing_person(ctx: Context, si: int, pos: int, pronoun: str | None) -> Mention | None:
    """The first person named in sentence ``si`` (before ``pos``) whose first name
    agrees with the pronoun by a known gender."""
    s = ctx.sents[si]
    for m in RUN.finditer(ctx.masked, s.start, min(s.end, pos, s.start + 2000)):
        men = split_cached(ctx.masked, m.start(), m.group())
        if men is not None and men.kind == "person" and men.name and " " in men.name \
                and matches(pronoun, men.name):
            return men
    return None


# How far back "the mayor" looks for the mayor named: a long feature names its people
# once near the top (6,000 characters missed GGT's mayor); the 30 tries bound the cost.
_HOLDER_REACH = 20000


def _modifiers(surface: str, head: str) -> frozenset[str]:
    """The words before a role noun that narrow it ("The Florida senator" ->
    {"florida"}; "a spokesperson for the city" -> none)."""
    words = [w.strip(",.").lower() for w in surface.split()]
    if head not in words:
        return frozenset()
    return frozenset(w for w in words[:words.index(head)] if w and w not in lx.NP_DETERMINERS
                     and w not in ("former", "then", "new", "longtime", "veteran", "top", "senior")
                     and not w.endswith(("'s", "’s")))


def _side_counsel(ctx: Context, head: str, pos: int) -> Mention | None:
    """"the prosecutor" in a court report that names counsel by their side ("Opening the
    prosecution case, Jane Roe KC told jurors", "Ann Lee, prosecuting, said"): the
    person named right after the side's word, or right before "prosecuting"."""
    words = lx.COUNSEL_SIDES.get(head)
    if not words:
        return None
    if ctx._lower is None:
        ctx._lower = ctx.masked.lower()
    lo = max(0, pos - _HOLDER_REACH)
    best = None
    for w in words:
        i = ctx._lower.rfind(w, lo, pos)
        for _ in range(5):  # the last few mentions of the side, nearest first
            if i < 0:
                break
            men = _person_near(ctx, max(lo, i - 40), min(pos, i + len(w) + 90))
            if men is not None:
                if best is None or men.start > best.start:
                    best = men
                break
            i = ctx._lower.rfind(w, lo, i)
    return best


def _person_near(ctx: Context, lo: int, hi: int) -> Mention | None:
    """The first person named in full in ``masked[lo:hi]``."""
    for r in RUN.finditer(ctx.masked, lo, hi):
        men = split_cached(ctx.masked, r.start(), r.group())
        if men is not None and men.kind == "person" and men.name and " " in men.name:
            return men
    return None


def _role_holder(ctx: Context, head: str, pos: int, org: bool,
                 mods: frozenset[str] = frozenset()) -> Mention | None:
    """The person last named with role ``head`` before ``pos`` ("the minister" ->
    "Hugo Lind" of "The trade minister, Hugo Lind,"), or for an organisation noun
    the last organisation whose name contains it ("the ministry" -> "Foreign
    Ministry"); with the noun's modifiers in the role too ("the Florida senator" is
    not "Sanders, the senator from Vermont"). Searches back for the word itself, not
    through every name."""
    if not head:
        return None
    if ctx._lower is None:
        ctx._lower = ctx.masked.lower()
    low, masked, k = ctx._lower, ctx.masked, len(head)
    lo = max(0, pos - _HOLDER_REACH)
    i = low.rfind(head, lo, pos)
    tries = 0
    while i >= 0 and tries < 30:
        tries += 1
        if (i == 0 or not low[i - 1].isalnum()) and (i + k >= len(low) or not low[i + k].isalnum() or low[i + k] == "s"):
            best = None
            for r in RUN.finditer(masked, max(0, i - 90), min(len(masked), i + k + 90)):
                men = split_cached(masked, r.start(), r.group())
                if men is None or not men.name:
                    continue
                if org:
                    words = men.name.lower().split()
                    if men.kind == "organization" and (head in words or head + "s" in words):
                        best = men  # "the airline" -> "Prairie Wind Airlines"
                    elif low[max(0, men.start - k - 1):men.start].rstrip() == head and men.name[:1].isupper():
                        best = men  # "the charity" -> "the conservation charity Wings Across Borders"
                elif men.kind == "person":
                    role = men.role
                    if not role or head not in role.lower().split():
                        role = _role_near(masked, men) or role  # "Dr X, an epidemiologist at Y"
                    if role and head in role.lower().split():
                        d = abs(men.start - i)
                        if best is None or d < abs(best.start - i):
                            best = Mention(men.start, men.end, men.surface, men.name, role, "person")
            if best is not None and (org or not mods or mods <= set((best.role or "").lower().replace(",", " ").split())):
                return best
        i = low.rfind(head, lo, i)
    return None


_LEAD_PRONOUN = regex.compile(
    r"\s*(?:(?:(?:But|And|Yet|Still|However|So|Then|Now|Later|Instead),?\s+)?(?P<p>He|She|They|It|We)"
    r"|(?:(?:But|And|Yet|Still|However|So|Then|Now|Later|Instead),?\s+"
    r"|[^,.;:!?“”\"\n]{1,70},\s+"
    r"|(?:In|On|At|During|After|Before|Last|This|Earlier|Since)\s+[^,.;:!?“”\"\n]{1,40}?\s+(?=(?:he|she|they|we)\s+\p{Ll}))"
    r"(?P<p2>he|she|they|it|we))\b")  # "But early on, he did ...", "In a 2021 interview with the Post, she", "In 2025 he gave"


def sentence_subject(ctx: Context, s: Sentence, before: int) -> Mention | None:
    """The subject of a sentence: a leading pronoun, else its first named mention."""
    m = _LEAD_PRONOUN.match(ctx.masked, s.start, min(s.end, before))
    if m is not None:
        g = "p" if m.group("p") else "p2"
        return Mention(m.start(g), m.end(g), m.group(g), None, None, "pronoun", m.group(g).lower())
    si = ctx.sentence_index(s.start)
    if si >= 0 and ctx.sents[si].start == s.start:
        return ctx.subject_before(si, before)
    return None


def named(m: Mention | None, document_speaks: bool = False) -> Mention | None:
    """A mention with a name: an unnamed noun phrase ("officials", "a justice
    official") is named by its own words; a pronoun nothing resolved has none. A
    document whose issuer is not found is no speaker, unless it reports its own
    findings (``document_speaks``: "a probation report found that ...")."""
    if m is None or m.name or m.kind not in ("group", "role", "orgrole") or (
            m.role in lx.DOCUMENT_NOUNS and not document_speaks):
        return m  # "a statement said" with no issuer to be found: no speaker
    surface = strip_poss(m.surface.strip())
    if not surface or (surface.split(" ", 1)[0].lower() in lx.POSSESSIVE_DETERMINERS
                       and (m.kind == "group" or " " not in surface)):
        return m  # "his supporters", "their lawyers": whose, nothing says
    # "his office said" with nothing to say whose: kept as written, as GGT's gold keeps it
    return Mention(m.start, m.end, m.surface, surface, None, "group" if m.kind == "group" else "unnamed")
