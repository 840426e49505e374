"""Attribution: who said each quoted span, with which cue, where and when; plus the
statements made without quote marks (indirect claims) and embedded social posts.

Works on the *masked* text (quotations blanked) so that names inside quotes are
never taken for speakers, and on bounded windows around each quote so the cost
stays linear in the length of the document.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

import regex

from .. import lexicon as lx
from ..dates import find_dates
from ...models import DateRef, Mention, Paragraph, QuoteSpan, Sentence

WINDOW_BEFORE = 260
WINDOW_AFTER = 220

# The tokenizer runs on every attribution window, so it uses the standard library's
# engine (about twice as fast as `regex` on this simple alternation).
_TOK = re.compile(
    r"@\w{1,40}"
    r"|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Capt|Sgt|Adm|St|Jr|Sr|Rev|Hon)\.(?=\s)"
    r"|[A-ZÀ-ÖØ-Þ](?:\.[A-ZÀ-ÖØ-Þ])+\.?"
    r"|[A-ZÀ-ÖØ-Þ]\.(?=\s)"
    r"|[^\W_](?:[\w'’\-]{0,60}[^\W_])?(?:['’]s?)?"
    r"|[,:;()\[\]—–]|[.!?…]+|[“”„«»\"]|(?<!\w)[‘’'](?!\w)"
)
_QMARKS = frozenset("“”„«»\"‘’'")


class Tok:
    """A token of a bounded window: offsets, text, lower-cased text (computed once)."""

    __slots__ = ("start", "end", "text", "low", "cap", "word")

    def __init__(self, start: int, end: int, text: str):
        self.start = start
        self.end = end
        self.text = text
        self.low = text.lower()
        c = text[0]
        self.cap = c.isupper() or c == "@"
        self.word = self.cap or c.isalnum()

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"

    @property
    def possessive(self) -> bool:
        return self.text.endswith(("'s", "’s", "s'", "s’")) and len(self.text) > 2


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in _TOK.finditer(text, lo, hi)]


def _strip_poss(s: str) -> str:
    for suf in ("'s", "’s"):
        if s.endswith(suf):
            return s[: -len(suf)]
    return s


def _is_cue(t: Tok) -> bool:
    return t.low in lx.SPEECH_VERBS or t.low in lx.THAT_ONLY_VERBS


def _is_adverb(t: Tok) -> bool:
    return t.text.islower() and (t.low in lx.SKIP_BEFORE_CUE or (t.low.endswith("ly") and len(t.low) > 4))


def _title_key(t: str) -> str:
    return t.lower().rstrip(".")


# --------------------------------------------------------------------------
# noun phrases -> mentions


def _is_name_tok(t: Tok) -> bool:
    return t.cap and t.word and _strip_poss(t.low) not in lx.NON_NAMES or t.text.startswith("@")


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
        surname = _strip_poss(toks[k].low)
        return toks[i].text.islower() and not surname.endswith("s") and surname not in lx.NON_NAMES \
            and surname not in lx.GROUP_NOUNS and surname not in lx.ROLE_NOUNS
    return True


def split_name(toks: list[Tok], text: str) -> Mention | None:
    """A capitalised run ("Iranian Foreign Minister Mohammad Javad Zarif") split into
    name and role; organisations keep their whole name."""
    has_org = any(_strip_poss(t.low) in lx.ORG_WORDS for t in toks)
    while toks and (_strip_poss(toks[0].low) in lx.NON_NAMES or toks[0].low in lx.NAME_CONNECTORS):
        if has_org and len(toks) > 1 and _strip_poss(toks[0].low) in lx.NATIONALITIES:
            break  # "European Commission"
        if _particles_lead_surname(toks, 0):
            break  # "van Dijk", "De Bruyne": the particle belongs to the surname
        toks = toks[1:]
    while toks and toks[-1].low in lx.NAME_CONNECTORS:
        toks = toks[:-1]
    if not toks:
        return None
    start, end = toks[0].start, toks[-1].end
    surface = text[start:end]
    if len(toks) == 1:
        w = _strip_poss(toks[0].low)
        if w in lx.GROUP_NOUNS:
            return Mention(start, end, surface, None, w, "group")
        if w in lx.ROLE_NOUNS:
            return Mention(start, end, surface, None, w, "role")
        if w in lx.ORG_NOUNS:
            return Mention(start, end, surface, None, w, "orgrole")
    if toks[0].text.startswith("@") and len(toks) == 1:
        return Mention(start, end, surface, toks[0].text[1:], None, "person")
    lows = [_strip_poss(_title_key(t.text)) for t in toks]
    last_title = -1
    for i, w in enumerate(lows):
        if w in lx.TITLES or toks[i].possessive:
            last_title = i
    rest = toks[last_title + 1:]
    rest_lows = lows[last_title + 1:]
    if any(w in lx.ORG_WORDS for w in lows) and (not rest or any(w in lx.ORG_WORDS for w in rest_lows)
                                                  or rest_lows[0] in lx.NAME_CONNECTORS):
        name = _strip_poss(surface)
        return Mention(start, end, surface, name, None, "organization")
    if not rest:
        # only title words: "the President" -> a role
        return Mention(start, end, surface, None, surface.lower(), "role")
    while rest and rest[0].low in lx.NAME_CONNECTORS and not _particles_lead_surname(rest, 0):
        rest = rest[1:]
    if not rest:
        return None
    name = _strip_poss(text[rest[0].start:rest[-1].end])
    role_toks = toks[: last_title + 1]
    role = " ".join(_strip_poss(t.text) for t in role_toks if not t.possessive) or None
    if role:
        role = role.lower()
    return Mention(start, end, surface, name, role, "person")


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
    if _strip_poss(c[0].low) in lx.NON_NAMES and len(c) == 1:
        return None
    return split_name(c, text)


def np_before(toks: list[Tok], lo: int, hi: int, text: str) -> Mention | None:
    """The noun phrase ending just before token ``hi`` (the subject of a cue)."""
    j = hi - 1
    while j >= lo and _is_adverb(toks[j]):
        j -= 1
    for _ in range(3):
        if j >= lo and toks[j].text in (",", "—", "–"):
            delim = toks[j].text
            k = j - 1
            while k >= lo and toks[k].text not in (",", ";", ":", "—", "–", ".", "!", "?") and j - k < 30:
                k -= 1
            chunk = toks[k + 1:j]
            m = _name_chunk(chunk, text)
            if m is not None and m.name:
                return m
            if k >= lo and toks[k].text == delim:
                j = k - 1
                while j >= lo and _is_adverb(toks[j]):
                    j -= 1
                continue
            return None
        break
    if j < lo:
        return None
    t = toks[j]
    if t.low in lx.PRONOUNS and (j == lo or not toks[j - 1].word or toks[j - 1].text.endswith(".") or toks[j - 1].low in ("and", "but", "that", "so", "as", "when", "then", "which", "because", "where", "while", "since")
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
        return m
    # lower-case noun phrase: "the minister", "Russia's foreign ministry", "officials"
    head = t.low
    base = head[:-1] if head.endswith("s") else head
    if t.text.islower() and (head in lx.ROLE_NOUNS or head in lx.ORG_NOUNS or head in lx.GROUP_NOUNS or base in lx.ROLE_NOUNS):
        i = j
        while i - 1 >= lo and i > j - 5:
            p = toks[i - 1]
            if p.low in ("the", "a", "an", "his", "her", "its", "their", "our"):
                i -= 1
                break
            if p.possessive or (p.word and (p.text.islower() or p.cap)):
                i -= 1
                if p.possessive:
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


def _role_then_name(toks: list[Tok], seg: list[Tok], j: int, hi: int, text: str) -> Mention | None:
    """An inverted cue whose role noun is followed by the name in apposition:
    "said the club's manager, Ann Lee." / "said its chief executive, Tom Berg, on"."""
    if j + 1 >= hi or toks[j].text != "," or any(t.cap for t in seg):
        return None
    if _strip_poss(seg[-1].low) not in lx.ROLE_NOUNS and seg[-1].low not in lx.TITLES:
        return None
    e = j + 1
    while e < hi and e - j <= 5 and (_is_name_tok(toks[e]) or (
            toks[e].low in lx.NAME_CONNECTORS and e + 1 < hi and toks[e + 1].cap)):
        e += 1
    if e == j + 1 or e - j > 5:
        return None
    if e < hi and toks[e].text not in (".", ",", ";", "!", "?", "—", "–") and toks[e].text not in _QMARKS:
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
        if tj.text in (",", ".", ";", ":", "!", "?", "—", "–", "(") or tj.text in _QMARKS:
            break
        if tj.low in ("in", "on", "at", "during", "after", "before", "to", "when", "while", "who", "which", "that", "from", "via", "as"):
            break
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
                                           and seg[e].low not in ("and", "on", "the"))
                            or (seg[e].low in lx.SURNAME_PARTICLES and _particles_lead_surname(seg, e))):
        e += 1
    run = seg[k:e]
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


# --------------------------------------------------------------------------
# document context: mentions for resolution


@dataclass
class Context:
    text: str
    masked: str
    paras: list[Paragraph]
    sents: list[Sentence]
    pub: DateRef | None
    sent_starts: list[int] = field(default_factory=list)
    _names: list[Mention] | None = None
    _fuller: dict = field(default_factory=dict)
    _subjects: dict = field(default_factory=dict)
    _lower: str | None = None
    _midcaps: dict | None = None
    _stoks: dict = field(default_factory=dict)
    dates: list[DateRef] = field(default_factory=list)
    date_starts: list[int] = field(default_factory=list)
    attributed: list[tuple[int, Mention]] = field(default_factory=list)

    def sentence_at(self, pos: int) -> Sentence | None:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i < 0:
            return None
        return self.sents[i]

    def sentence_index(self, pos: int) -> int:
        return bisect.bisect_right(self.sent_starts, pos) - 1

    def subject_at(self, si: int) -> Mention | None:
        """The subject of sentence ``si``: its first name not inside a prepositional
        phrase and not a possessor (computed on demand, memoised)."""
        if si in self._subjects:
            return self._subjects[si]
        s = self.sents[si]
        masked = self.masked
        found = None
        for m in _RUN.finditer(masked, s.start, min(s.end, s.start + 2000)):
            men = _split_cached(masked, m.start(), m.group())
            if men is None or men.name is None:
                continue
            if men.start == s.start and " " not in men.name and men.kind == "person":
                # a sentence-initial capital alone ("More", "Wait") is a name only
                # when the word is also capitalised inside sentences
                if not self._midcap(men.name):
                    continue
            prev = masked[max(s.start, m.start() - 24):m.start()].lower().split()
            prev_w = prev[-1] if prev else ""
            # "officials at the Football Association": a preposition before the article
            in_pp = prev_w in _PREPS or (prev_w in ("the", "a", "an") and len(prev) > 1 and prev[-2] in _PREPS)
            if not m.group().endswith(("'s", "’s", "s'", "s’")) and not in_pp \
                    and not prev_w.endswith(("’s", "'s")):
                found = men
                break
        self._subjects[si] = found
        return found

    def window(self, lo: int, hi: int) -> list[Tok]:
        """Tokens of the masked text lying within [lo, hi), taken from per-sentence
        tokenisations that are computed once and shared by every stage."""
        out: list[Tok] = []
        si = max(0, self.sentence_index(lo))
        while si < len(self.sents) and self.sents[si].start < hi:
            toks = self._stoks.get(si)
            if toks is None:
                sent = self.sents[si]
                toks = tokens(self.masked, sent.start, sent.end)
                self._stoks[si] = toks
            if toks and toks[0].start >= lo and toks[-1].end <= hi:
                out.extend(toks)
            else:
                out.extend(t for t in toks if t.start >= lo and t.end <= hi)
            si += 1
        return out

    def _midcap(self, word: str) -> bool:
        """True when ``word`` also appears capitalised inside a sentence (after a
        lower-case word, a digit or a comma)."""
        if self._midcaps is None:
            self._midcaps = {}
        hit = self._midcaps.get(word)
        if hit is None:
            hit = False
            masked, k = self.masked, len(word)
            i = masked.find(word)
            while i >= 0:
                if i >= 2 and masked[i - 1] == " " and (masked[i - 2].islower() or masked[i - 2].isdigit()
                                                         or masked[i - 2] in ",;:)") and \
                        (i + k >= len(masked) or not masked[i + k].isalnum()):
                    hit = True
                    break
                i = masked.find(word, i + k)
            self._midcaps[word] = hit
        return hit

    @property
    def names(self) -> list[Mention]:
        """Every named mention outside quotes (computed on first use: only role
        nouns need it)."""
        if self._names is None:
            self._names = []
            for m in _RUN.finditer(self.masked):
                men = _split_cached(self.masked, m.start(), m.group())
                if men is not None and men.name:
                    self._names.append(men)
        return self._names

    def fuller(self, last: str) -> list[str]:
        """Person names written in the text (outside quotes) that end with the word
        ``last``: "Zarif" -> ["Mohammad Javad Zarif", "Javad Zarif"]."""
        hit = self._fuller.get(last)
        if hit is not None:
            return hit
        out: list[str] = []
        masked, n, k = self.masked, len(self.masked), len(last)
        i = masked.find(last)
        while i >= 0 and len(out) < 50:
            e = i + k
            if (i == 0 or not masked[i - 1].isalnum()) and (e >= n or not masked[e].isalnum()):
                m = _RUN_TAIL.search(masked, max(0, i - 80), i)
                if m is not None:
                    men = _split_cached(masked, m.start(), masked[m.start():e])
                    if men is not None and men.kind == "person" and men.name and " " in men.name:
                        out.append(men.name)
            i = masked.find(last, i + 1)
        self._fuller[last] = out
        return out


_RUN = regex.compile(r"(?:@\w{1,40}|[\p{Lu}][\p{L}\p{M}'’.\-]{0,40})(?:[ \t]+(?:(?:%s)[ \t]+)?[\p{Lu}][\p{L}\p{M}'’.\-]{0,40}){0,8}"
                     % "|".join(sorted(lx.RUN_CONNECTORS)))
_PREPS = frozenset({"in", "at", "to", "from", "with", "of", "for", "by", "on", "about", "against",
                    "towards", "toward", "into", "over", "under", "between", "among", "than",
                    "like", "across", "through", "via", "near", "around", "after", "before", "since"})


# (?r): matched backwards from the surname, not tried at every start of the 80 characters
_RUN_TAIL = regex.compile(r"(?r)(?:[\p{Lu}][\p{L}\p{M}'’.\-]{0,40}[ \t]+(?:(?:%s)[ \t]+)?){1,5}$"
                          % "|".join(sorted(lx.RUN_CONNECTORS - {"of"})))
_SPLIT_CACHE: dict = {}


def _split_cached(masked: str, start: int, run: str) -> Mention | None:
    """split_name for a capitalised run, memoised on the run's text (names repeat
    within and across documents; the memo is bounded)."""
    hit = _SPLIT_CACHE.get(run, False)
    if hit is False:
        hit = split_name(tokens(run, 0, len(run)), run)
        if len(_SPLIT_CACHE) > 50000:
            _SPLIT_CACHE.clear()
        _SPLIT_CACHE[run] = hit
    if hit is None:
        return None
    return Mention(hit.start + start, hit.end + start, hit.surface, hit.name, hit.role, hit.kind, hit.pronoun)


def build_context(text: str, masked: str, paras, sents, pub) -> Context:
    ctx = Context(text, masked, paras, sents, pub)
    ctx.sent_starts = [s.start for s in sents]
    ctx.dates = find_dates(masked, 0, len(masked), pub)
    ctx.date_starts = [d.start for d in ctx.dates]
    return ctx


def _personish(ctx: Context, m: Mention) -> bool:
    if m.kind != "person":
        return False
    if m.role or " " in (m.name or ""):
        return True
    last = (m.name or "").lower()
    return any(a.name and a.name.lower().endswith(last) and " " in a.name for _, a in ctx.attributed[-50:]) or \
        bool(ctx.fuller(m.name or ""))


_ROLE_BEFORE = regex.compile(r"(?:^|[\s(])(?:the\s+|a\s+|an\s+)?(?P<r>(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+),?\s+$")
_ROLE_AFTER = regex.compile(r"^,\s+(?:the|a|an|its|his|her)\s+(?P<r>(?:[\p{L}\-’']+\s+){0,4}?[\p{Ll}\-]+)\s*[,.;]")


def _role_near(masked: str, a: Mention) -> str | None:
    """The role written around a name: "the trade minister, Hugo Lind", "Hugo Lind,
    the trade minister," or "trade minister Hugo Lind"."""
    m = _ROLE_BEFORE.search(masked, max(0, a.start - 50), a.start)
    if m and m.group("r").split()[-1] in lx.ROLE_NOUNS:
        return m.group("r")
    m = _ROLE_AFTER.match(masked, a.end, min(len(masked), a.end + 80))
    if m and any(w in lx.ROLE_NOUNS for w in m.group("r").lower().split()):
        return m.group("r")
    return None


def resolve(ctx: Context, m: Mention | None, pos: int) -> Mention | None:
    """Pronouns and role nouns -> the named mention they stand for."""
    if m is None:
        return None
    if m.kind == "pronoun":
        want_group = m.pronoun in lx.GROUP_PRONOUNS
        a = _antecedent(ctx, pos, m.pronoun == "it", want_group)
        if a is None:
            return None
        return Mention(m.start, m.end, m.surface, a.name, None if want_group else a.role, a.kind)
    if m.kind in ("role", "orgrole"):
        a = _role_holder(ctx, m.role or "", m.start, m.kind == "orgrole")
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


def _antecedent(ctx: Context, pos: int, want_org: bool, want_group: bool) -> Mention | None:
    """The named mention a pronoun before ``pos`` refers to: the last speaker of the
    right kind, or the subject of a recent sentence when that is nearer."""
    best: tuple[int, Mention] | None = None
    lo = pos - 3000
    for p, a in reversed(ctx.attributed[-200:]):
        if p < pos and p > lo and a.name:
            if (want_group and a.kind in ("organization", "group")) or (not want_group and (a.kind == "organization") == want_org):
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
        a = ctx.subject_at(j)
        if a is None:
            continue
        if want_org and a.kind == "organization":
            best = (p, a)
            break
        if not want_org and _personish(ctx, a):
            best = (p, a)
            break
    return best[1] if best is not None else None


def _role_holder(ctx: Context, head: str, pos: int, org: bool) -> Mention | None:
    """The person last named with role ``head`` before ``pos`` ("the minister" ->
    "Hugo Lind" of "The trade minister, Hugo Lind,"), or for an organisation noun
    the last organisation whose name contains it ("the ministry" -> "Foreign
    Ministry"). Searches back for the word itself, not through every name."""
    if not head:
        return None
    if ctx._lower is None:
        ctx._lower = ctx.masked.lower()
    low, masked, k = ctx._lower, ctx.masked, len(head)
    lo = max(0, pos - 6000)
    i = low.rfind(head, lo, pos)
    tries = 0
    while i >= 0 and tries < 30:
        tries += 1
        if (i == 0 or not low[i - 1].isalnum()) and (i + k >= len(low) or not low[i + k].isalnum() or low[i + k] == "s"):
            best = None
            for r in _RUN.finditer(masked, max(0, i - 90), min(len(masked), i + k + 90)):
                men = _split_cached(masked, r.start(), r.group())
                if men is None or not men.name:
                    continue
                if org:
                    if men.kind == "organization" and head in men.name.lower().split():
                        best = men
                elif men.kind == "person":
                    role = men.role or _role_near(masked, men)
                    if role and head in role.lower().split():
                        d = abs(men.start - i)
                        if best is None or d < abs(best.start - i):
                            best = Mention(men.start, men.end, men.surface, men.name, role, "person")
            if best is not None:
                return best
        i = low.rfind(head, lo, i)
    return None


_LEAD_PRONOUN = regex.compile(
    r"\s*(?:(?:(?:But|And|Yet|Still|However|So|Then|Now|Later|Instead),?\s+)?(?P<p>He|She|They|It|We)"
    r"|(?:But|And|Yet|Still|However|So|Then|Now|Later|Instead),?\s+(?P<p2>he|she|they|it|we))\b")


def sentence_subject(ctx: Context, s: Sentence, before: int) -> Mention | None:
    """The subject of a sentence: a leading pronoun, else its first named mention."""
    m = _LEAD_PRONOUN.match(ctx.masked, s.start, min(s.end, before))
    if m is not None:
        g = "p" if m.group("p") else "p2"
        return Mention(m.start(g), m.end(g), m.group(g), None, None, "pronoun", m.group(g).lower())
    si = ctx.sentence_index(s.start)
    if si >= 0 and ctx.sents[si].start == s.start:
        a = ctx.subject_at(si)
        if a is not None and a.start < before:
            return a
    return None


# --------------------------------------------------------------------------
# per-quote attribution


@dataclass(frozen=True, slots=True)
class Attribution:
    """A statement found by this stage: its span, kind, the (resolved) speaker
    mention, cue, venue and date; extract() turns it into a models.Quote."""

    start: int
    end: int
    kind: str
    paragraph: int
    mention: Mention | None = None
    cue: str | None = None
    venue: str | None = None
    date: DateRef | None = None
    confidence: float = 0.5
    cue_pos: int = -1


_VENUE = regex.compile(
    r"\b(?:told|to|with|in|on|for|via)\s+(?:an?\s+interview\s+with\s+|the\s+)?"
    r"(?P<v>(?:[\p{Lu}][\p{L}'’.\-]*\s+){0,4}[\p{Lu}][\p{L}.\-]*(?:’s|'s)?(?:\s+(?:[\p{Lu}][\p{L}.\-]*|daily|TV|television|radio|newspaper))*"
    r"|state(?:-run)?\s+(?:TV|television|media|radio)|reporters|journalists|parliament)"
)


_POSSESSOR = regex.compile(r"^(?:[\p{L}]+['’]s\s+)")


def _venue(masked: str, lo: int, hi: int) -> str | None:
    """Where the statement was made: "told Germany’s Der Spiegel", "on Twitter",
    "in an interview with state TV" -- the first plausible one after the cue."""
    for m in _VENUE.finditer(masked, lo, hi):
        v = _POSSESSOR.sub("", m.group("v").strip()).rstrip(".,;:!?")  # "Germany’s Der Spiegel" -> "Der Spiegel"
        if not v:
            continue
        first = v.split()[0].lower()
        if first in lx.NON_NAMES and not v.lower().startswith("state") or first in lx.MONTHS or first in lx.WEEKDAYS:
            continue
        return v
    return None


_ING_PREPOSITIONS = frozenset({"including", "regarding", "concerning", "following", "excluding",
                               "considering", "involving", "during", "notwithstanding", "barring"})
_SUBORD = frozenset({"after", "before", "because", "while", "although", "though", "whereas", "when", "since"})
_VERBISH = frozenset({"is", "was", "are", "were", "has", "had", "have", "also", "did", "does", "would",
                      "will", "could", "should", "can", "may", "might", "then", "still", "later"})


_FRONT_SUBORD = frozenset({"after", "when", "as", "because", "since", "while", "although", "though",
                           "if", "before", "until", "once", "whether", "unless"})


def _fronted(toks: list[Tok], m: Mention | None) -> bool:
    """True when the reporting clause sits inside a fronted subordinate clause
    ("A few weeks after Obama announced that X, forces ..."): the report ends at
    the next comma."""
    if m is None:
        return False
    prev = [t for t in toks if t.end <= m.start][-2:]
    return any(t.low in _FRONT_SUBORD for t in prev)


def _clause_end(toks: list[Tok], i: int, hi_pos: int, stop_at_comma: bool = False) -> int:
    """Offset where a reported clause starting at token ``i`` ends: the sentence end,
    a semicolon, a new report ("..., adding"), a second predicate of the reporting
    subject ("but indicated ...") or a subordinate clause with its own named
    subject ("after President X re-iterated ...")."""
    end = toks[i].end if i < len(toks) else hi_pos
    n = len(toks)
    for k in range(i, n):
        t = toks[k]
        if t.start >= hi_pos:
            break
        if t.text == ";" or (t.text in (".", "!", "?", "…") and t.end >= hi_pos - 1):
            break
        nxt = toks[k + 1] if k + 1 < n else None
        if k > i + 2 and nxt is not None:
            if t.low == "but":
                w = toks[k + 2] if nxt.low in ("also", "then", "later") and k + 2 < n else nxt
                if w.text.islower() and (w.low in _VERBISH or w.low in lx.SPEECH_VERBS or w.low.endswith("ed")) \
                        and w.low not in ("also", "then", "later", "still"):
                    break
            if t.low in _SUBORD and ((nxt.cap and nxt.low not in ("i", "the", "this", "that", "a", "an")
                                      and nxt.low[:3] not in lx.MONTHS and nxt.low not in lx.WEEKDAYS)
                                     or nxt.low in ("he", "she", "they", "we")):
                break
        if t.text == "," and k > i + 2:
            if stop_at_comma:
                break
            if nxt is not None and nxt.low in ("but", "yet") and k + 2 < n and toks[k + 2].low in lx.SUBJECT_OPENERS:
                break  # ", but she has bristled at ...": the writer's own clause
            if nxt is not None and nxt.low in lx.SUBJECT_OPENERS and nxt.text.islower() and k > i + 4 \
                    and toks[i].low not in _SUBORD and toks[i].low not in ("if", "unless", "once", "as", "until") \
                    and k + 2 < n and toks[k + 2].text.islower() and toks[k + 2].word:
                break  # a comma splice: ", they still trail men in ..."
            if nxt is not None and nxt.low in ("while", "whereas", "though", "although", "a", "an", "who", "whom", "whose", "which"):
                break
        if t.low in ("adding", "saying", "noting", "arguing", "insisting", "claiming") and k > i + 2:
            break
        if t.low in ("and", "but") and k > i + 2 and nxt is not None:
            after = [x for x in toks[k + 1:k + 5] if x.low not in ("then", "also", "later")]
            # a second report: "and then tweeted that", "and Trump vowed to"
            if after and after[0].text.islower() and after[0].low in lx.SPEECH_VERBS:
                break
            if after and after[0].cap and any(x.text.islower() and x.low in lx.SPEECH_VERBS for x in after[1:4]):
                break
        if t.text in ("—", "–") and k > i + 2:
            break
        if t.text == "," and nxt is not None and nxt.text.islower() and nxt.low.endswith("ing") and len(nxt.low) > 5 \
                and nxt.low not in _ING_PREPOSITIONS \
                and k + 2 < n and toks[k + 2].word:
            break
        if t.text == "," and nxt is not None and nxt.low in ("adding", "saying", "according", "noting", "arguing", "insisting", "claiming"):
            break
        if t.text not in (",", ".", "!", "?", "…", ":", "—", "–", "(") or t.text == ")":
            end = t.end
        elif t.text in ("!", "?", "…") and k == n - 1:
            end = t.end
    return end


def _date_for(ctx: Context, para: Paragraph, sent: Sentence | None, q_start: int, q_end: int,
              cue_pos: int, post_hi: int = -1) -> DateRef | None:
    """Best date for a statement: a date in its own sentence (outside the quote),
    else the nearest before it in the paragraph, else one that introduced it in
    the previous paragraph, else the publication date."""
    if sent is not None:
        lo, hi = sent.start, max(sent.end, q_end, post_hi)
        i = bisect.bisect_left(ctx.date_starts, lo)
        cands = []
        while i < len(ctx.dates) and ctx.dates[i].start < hi + 120 and ctx.dates[i].start < para.end:
            d = ctx.dates[i]
            if not (q_start <= d.start < q_end):
                cands.append(d)
            i += 1
        if cands:
            ref = cue_pos if cue_pos >= 0 else q_start
            in_sent = [d for d in cands if d.start < hi]
            pool = in_sent or []
            if pool:
                return min(pool, key=lambda d: abs(d.start - ref))
    i = bisect.bisect_left(ctx.date_starts, q_start) - 1
    if i >= 0 and ctx.dates[i].start >= para.start:
        return ctx.dates[i]
    if para.index > 0:
        prev = ctx.paras[para.index - 1]
        if ctx.text[prev.start:prev.end].rstrip().endswith(":") and i >= 0 and ctx.dates[i].start >= prev.start:
            return ctx.dates[i]
    return ctx.pub


_WORD = regex.compile(r"[\p{L}\p{N}]+")
_TWORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def _words(s: str) -> int:
    """Word count, exact up to 10 (only small counts matter to the filters)."""
    if len(s) > 160:
        return 11 + len(s) // 1000
    return len(_WORD.findall(s))


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this",
                          "that", "these", "those", "so-called"})
_JUNK = regex.compile(r"[<>]|=\"|^\s*(?:https?://|www\.|pic\.twitter)\S*\s*$|^\s*\d{4}-\d\d-\d\d\s*$|^\s*[@#]\w+\s*$")
_TITLE_LEAD = frozenset({"on", "in", "at", "of", "from", "titled", "entitled", "dubbed", "named",
                         "called", "the", "film", "book", "song", "show", "album", "movie", "series",
                         "program", "programme", "slogan", "banner", "hashtag", "podcast", "column"})


def _title_like(s: str) -> bool:
    """Headline-style capitalisation and few words: a title or a name, not speech."""
    if len(s) > 120:
        return False
    ws = _TWORD.findall(s)
    if not ws or len(ws) > 10 or s.rstrip()[-1:] in "!?…" or len(ws) < 2 and s.rstrip()[-1:] in ".,":
        return False
    small = {"of", "the", "a", "an", "and", "or", "for", "in", "on", "to", "with", "at", "by", "is"}
    return all(w[0].isupper() or w[0].isdigit() or w in small for w in ws) and ws[0][0].isupper()


_SIGNATURE = regex.compile(
    r"[—–]\s*(?P<name>[^\n()—–]{1,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})\s*$"
)
_URL_START = regex.compile(r"\s*(?:https?://|pic\.twitter|#|@)")


def attribute(ctx: Context, spans: list[QuoteSpan]) -> list[Attribution]:
    text, masked = ctx.text, ctx.masked
    out: list[Attribution] = []
    embeds = _embedded(ctx, spans)
    embed_ends = [e.end for e in embeds]  # increasing: each post ends inside its own paragraph
    prev_para_speaker: dict[int, Mention] = {}
    last_by_para: dict[int, Attribution] = {}
    for q in spans:
        para = ctx.paras[q.paragraph]
        end_para = ctx.paras[q.end_paragraph]
        sent = ctx.sentence_at(q.open_at)
        s_lo = sent.start if sent is not None else para.start
        pre_lo = max(s_lo, q.open_at - WINDOW_BEFORE, para.start)
        pre = tokens(masked, pre_lo, q.open_at)
        close = q.close_at if q.close_at >= 0 else q.end
        csent = ctx.sentence_at(close) if q.close_at >= 0 else None
        s_end = csent.end if csent is not None else end_para.end
        if csent is not None and s_end <= close + 2:
            nxt = ctx.sentence_at(s_end + 1)
            if nxt is not None and nxt.paragraph == csent.paragraph and nxt.start > close:
                s_end = nxt.end
        post_hi = min(s_end, close + WINDOW_AFTER, end_para.end)
        post = tokens(masked, close + 1, post_hi) if q.close_at >= 0 else []
        body = text[q.start:q.end]
        nwords = _words(body)

        mention: Mention | None = None
        cue: str | None = None
        cue_pos = -1
        strong = False
        clause_start = -1
        kind = "direct"

        # (1) post-quote cue: ', Smith said' / ', said Smith' / ', he added'
        pm, pcue, pcue_pos, intro_next = _post_cue(post, masked)
        tail_comma = -1
        if pm is None and post and post[0].word:
            tail = _tail_attribution(post, masked)
            if tail is not None:
                pm, pcue, pcue_pos, tail_comma = tail
        # (2) pre-quote cue
        fallback = (lambda: sentence_subject(ctx, sent, q.open_at)) if sent is not None else (lambda: None)
        am, acue, acue_pos, that_at, colon_intro, adj = _pre_cue(pre, masked, para, q, fallback)
        if pm is not None and body[-1:] in ".!?…" and csent is not None and csent.end <= close + 2:
            # the quote closed its sentence: a cue after it belongs to the next
            # sentence unless it simply tags this one ('“...?” she asked.')
            after = [t for t in post if t.start > pcue_pos][:2]
            if am is not None or any(t.low == "that" for t in after) or (after and after[0].text == ":"):
                pm = None
        if pm is not None and not intro_next:
            mention, cue, cue_pos, strong = pm, pcue, pcue_pos, True
            if am is not None and that_at is not None:
                # '... said that X has “...,” he said': the clause reported before
                clause_start = that_at
                if mention.kind == "pronoun":
                    mention, cue, cue_pos = am, acue, acue_pos
        elif am is not None:
            mention, cue, cue_pos, strong = am, acue, acue_pos, adj
            if that_at is not None:
                clause_start = that_at
        elif pm is not None:
            mention, cue, cue_pos = pm, pcue, pcue_pos

        # embedded post containing this quote
        emb = None
        ei = bisect.bisect_right(embed_ends, q.start)  # the first post ending after the quote starts
        if ei < len(embeds) and embeds[ei].start <= q.start:
            emb = embeds[ei]
        if emb is not None and mention is None:
            mention = emb.mention
            cue = "posted"
            strong = True

        if mention is None:
            # colon introduction or no cue: the subject of this sentence, else the
            # speaker of the previous quote in the paragraph, else the paragraph before
            subj = sentence_subject(ctx, sent, q.open_at) if sent is not None else None
            lastq = last_by_para.get(q.paragraph)
            if colon_intro and subj is not None:
                mention = subj
                strong = True
            elif subj is not None and sent is not None and sent.start < q.open_at - 2:
                mention = subj
            elif lastq is not None and lastq.mention is not None:
                mention = lastq.mention
            elif q.open_at == para.start and q.paragraph - 1 in prev_para_speaker:
                mention = prev_para_speaker[q.paragraph - 1]
            elif q.open_at == para.start and q.paragraph > 0:
                prevp = ctx.paras[q.paragraph - 1]
                if masked[prevp.start:prevp.end].rstrip().endswith(":"):
                    ps = ctx.sentence_at(prevp.end - 1)
                    if ps is not None:
                        mention = sentence_subject(ctx, ps, prevp.end)
                        strong = True
            else:
                # speaker introduced in the sentence before ("the minister was blunt. “...”")
                si = ctx.sentence_index(q.open_at)
                if si > 0 and ctx.sents[si - 1].paragraph == q.paragraph:
                    mention = sentence_subject(ctx, ctx.sents[si - 1], q.open_at)

        resolved = resolve(ctx, mention, q.open_at)
        if cue is None and emb is None and q.open_at == para.start and q.close_at >= 0 and nwords <= 8 \
                and not masked[q.close_at + 1:para.end].strip(" .") and q.paragraph - 1 not in last_by_para:
            continue  # a subheading in quote marks between paragraphs of prose

        if clause_start < 0 and am is not None and mention is am and pre and (
                pre[-1].low == "that" or (pre[-1].low == acue.lower() and acue.lower() in _SAY_VERBS_CLAUSE)) \
                and post and post[0].word and pm is None and body[-1:] not in ",.;:!?…" \
                and not post[0].low.endswith("ing") and post[0].low not in lx.SPEECH_VERBS:
            # 'said that “we need more information” about how ...', 'says “the wind is
            # at our backs” despite ...': the quote opens a clause that goes on
            clause_start = q.start
        if out and out[-1].kind in ("mixed", "indirect") and out[-1].start <= q.start and q.end <= out[-1].end:
            continue  # a further fragment of a reported clause already emitted
        # a fragment inside a sentence that ends with its attribution:
        # 'Teachers are “very, very pro-Bernie,” Kilfoyle said.'
        clause_end_at = -1
        if clause_start < 0 and pm is not None and cue == pcue and not colon_intro and not intro_next:
            words = [t for t in pre if t.word]
            if len(words) >= 3 and not (pre[-1].text in (":", ",") and len(words) < 3) \
                    and not any(t.text.islower() and _is_cue(t) for t in pre):
                clause_start = words[0].start
                clause_end_at = q.end
            if tail_comma > 0:
                clause_start = words[0].start if len(words) >= 3 else q.start
                clause_end_at = tail_comma
        if _JUNK.search(body):
            continue
        if post and post[0].low == "by" and len(post) > 2 and pm is None and (
                post[1].cap or (post[1].low == "the" and post[2].cap)):
            continue  # a cited headline: '"Met accused of whitewashing," by the Post's X'

        if _title_like(body) and (not strong or (pre and (pre[-1].low in _TITLE_LEAD or pre[-1].possessive))):
            continue
        # filter scare quotes and titles
        if clause_start < 0 and cue is None and pre and pre[-1].low in _DETERMINERS and nwords <= 4 \
                and body[-1:] not in ".!?…":
            continue  # a quoted noun phrase: 'his “Second Amendment people”', 'a “spouse’s pin”'
        if clause_start < 0:
            if nwords <= 2 and not (strong and (body[-1:] in ".!?…" or body[:1].isupper())):
                continue
            if _title_like(body) and not strong:
                continue
            if nwords <= 2 and emb is None and q.close_at >= 0 and not strong:
                continue
        start, end = q.start, q.end
        if clause_start >= 0:
            if clause_end_at >= 0:
                cend = clause_end_at
            else:
                ctoks = tokens(masked, clause_start, min(end_para.end, max(post_hi, q.end) + 600))
                cend = _clause_end(ctoks, 0, min(post_hi, csent.end) if csent is not None else end_para.end,
                                   _fronted(pre, am) if am is not None and mention is am else False)
            quoted = q.end - q.start
            start = clause_start
            end = max(q.end, min(cend, end_para.end))
            while end > start and text[end - 1] in " ,;:—–":
                end -= 1
            kind = "mixed" if quoted * 2 >= (end - start) else "indirect"
        elif q.paragraph != q.end_paragraph or (pre and pre[-1].low == "that"):
            kind = "direct" if q.paragraph != q.end_paragraph else "mixed"
        elif sent is not None and any(t.word for t in pre[-3:]) and not colon_intro and not (pre and pre[-1].text in ",:") and cue is None:
            kind = "mixed"
        elif am is not None and not adj and not colon_intro:
            kind = "mixed"
        if emb is not None:
            date = emb.date
        else:
            date = _date_for(ctx, para, sent, q.start, q.end, cue_pos, post_hi)
        venue = _venue(masked, cue_pos, min(cue_pos + 120, q.open_at if cue_pos < q.open_at else post_hi)) if cue_pos >= 0 else None
        if emb is not None:
            venue = "Twitter"
        conf = 0.9 if strong and resolved is not None and resolved.name else 0.7 if resolved is not None and resolved.name else 0.4
        a = Attribution(start, end, kind, q.paragraph, resolved, cue, venue, date, conf, cue_pos)
        out.append(a)
        last_by_para[q.paragraph] = a
        for pi in range(q.paragraph, q.end_paragraph + 1):
            last_by_para[pi] = a
        if resolved is not None and resolved.name:
            ctx.attributed.append((q.open_at, resolved))
            prev_para_speaker[q.end_paragraph] = resolved

    if embeds:  # posts with no quote inside
        covered = sorted((a.start, a.end) for a in out)
        reach = list(itertools.accumulate((t for _, t in covered), max))
        out.extend([e for e in embeds if not _overlaps_any(covered, reach, e.start, e.end)])
    out.extend(_indirect(ctx, spans, out))
    out.sort(key=lambda a: a.start)
    return out


def _overlaps_any(spans: list[tuple[int, int]], reach: list[int], lo: int, hi: int) -> bool:
    """Whether any of the sorted ``spans`` overlaps [lo, hi): of those starting before
    ``hi``, the furthest end (``reach``, the running maximum of ends) passes ``lo``."""
    i = bisect.bisect_left(spans, (hi,))
    return i > 0 and reach[i - 1] > lo


def _tail_attribution(post: list[Tok], masked: str):
    """', he said.' closing the sentence after more reported text: (mention, cue,
    cue offset, comma offset)."""
    n = len(post)
    end = n
    for k in range(n):
        if post[k].text in (".", "!", "?", "…") or post[k].text in _QMARKS:
            end = k
            break
    tried = 0
    for k in range(end - 1, max(-1, end - 40), -1):
        if post[k].text != ",":
            continue
        tried += 1
        if tried > 4:
            break
        seg = post[k + 1:end]
        if not seg:
            continue
        for c, t in enumerate(seg[:7]):
            if t.text.islower() and t.low in lx.SPEECH_VERBS:
                if c == 0:
                    m = np_after(seg, 1, len(seg), masked)
                else:
                    m = np_before(seg, 0, c, masked)
                    if m is not None and m.start > seg[0].end:
                        m = None
                if m is not None:
                    return m, t.text, t.start, post[k].start
                break
    return None


def _post_cue(post: list[Tok], masked: str):
    """(mention, cue, cue offset, cue-introduces-the-next-quote) after a quote."""
    i = 0
    while i < len(post) and not post[i].word:
        if post[i].text in _QMARKS:
            return None, None, -1, False
        i += 1
    if i >= len(post) or i > 3:
        return None, None, -1, False
    t = post[i]
    if t.text.islower() and t.low in lx.SPEECH_VERBS:
        m = np_after(post, i + 1, len(post), masked)
        if m is not None:
            return m, t.text, t.start, _introduces(post, i + 1)
        return None, None, -1, False
    if t.low == "according" and i + 1 < len(post) and post[i + 1].low == "to":
        m = np_after(post, i + 2, len(post), masked)
        if m is not None:
            return m, "according to", t.start, False
    for c in range(i, min(len(post), i + 14)):
        pc = post[c]
        if pc.text in _QMARKS or pc.text in (".", ";", "!", "?"):
            break
        if pc.text.islower() and pc.low in lx.SPEECH_VERBS:
            m = np_before(post, i, c, masked)
            if m is not None and (m.start <= post[i].end or all(
                    x.cap or x.possessive or x.low in lx.ROLE_NOUNS or x.low in lx.TITLES
                    or x.low in ("the", "a", "an", "for", "of", "at")
                    for x in post[i:c] if x.end <= m.start)):
                return m, pc.text, pc.start, _introduces(post, c + 1)
            break
    return None, None, -1, False


def _introduces(post: list[Tok], i: int) -> bool:
    """True when the cue at ``i`` is followed by a colon opening another quote."""
    for k in range(i, min(len(post), i + 25)):
        if post[k].text == ":":
            return True
        if post[k].text in _QMARKS or post[k].text in (".", "!", "?"):
            return False
    return False


_OBJ_VERBS = frozenset({"told", "tells", "tell", "asked", "asks", "informed", "assured", "reminded",
                        "warned", "urged", "promised", "telling", "warning", "assuring"})
_OBJ_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "reporters", "journalists",
                           "lawmakers", "supporters", "voters", "listeners", "viewers", "students",
                           "crowd", "audience", "parliament"})
_SUBJ_START = frozenset({"he", "she", "it", "they", "we", "i", "there", "this", "these", "those", "the",
                         "a", "an", "his", "her", "its", "their", "our", "my", "some", "many", "all",
                         "no", "every", "each", "both", "any", "another", "several", "most", "your",
                         "nobody", "everyone", "none", "such", "if", "what", "why", "how"})
_PREPOSITIONS = frozenset({"on", "in", "at", "during", "to", "with", "from", "for", "via", "over",
                           "through", "under", "in", "before", "after", "about", "without", "by"})
_TIME_WORDS = frozenset({"yesterday", "today", "tonight", "recently", "earlier", "later", "again", "also",
                         "repeatedly", "once", "previously", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
                         "last", "this", "week", "month", "year", "publicly", "privately", "then", "now",
                         "flatly", "simply", "bluntly", "often", "frequently"})
_SAY_VERBS_CLAUSE = frozenset({"said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds",
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


_TO_VERBS = frozenset(f for b in ("vow", "pledge", "promise", "threaten", "urge", "ask", "tell", "warn",
                                   "order", "demand", "call", "refuse", "agree", "offer")
                       for f in lx._inflect(b)) | frozenset({"vowing", "pledging", "promising"})
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
    if any(t.text in (".", ";", "!", "?") or t.text in _QMARKS for t in between):
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
        if between[k].low in _CLAUSE_OPENERS:
            break  # "said it’s unrealistic to think that ...": the clause began earlier
    if between[0].low == "to" and cue.low in _TO_VERBS:
        return between[0].start  # 'vowed to “take our fight” to the states'
    i = 0
    if cue.low in _OBJ_VERBS and i < n:
        if between[i].low in _OBJ_PRONOUNS:
            i += 1
        elif between[i].cap and between[i].low != "i":
            while i < n and (between[i].cap or between[i].possessive):
                i += 1
        elif between[i].low in ("the", "a", "an") or between[i].possessive:
            i += 1
            k = 0
            while i < n and k < 4 and between[i].low not in ("that",) and between[i].low not in _PREPOSITIONS \
                    and between[i].low not in _SUBJ_START:
                i += 1
                k += 1
    for _ in range(8):
        if i >= n:
            break
        t = between[i]
        if t.low in _PREPOSITIONS:
            i += 1
            if i < n and between[i].low in ("the", "a", "an", "his", "her", "its", "their"):
                i += 1
            k = 0
            while i < n and k < 4 and between[i].low != "that" and between[i].low not in _PREPOSITIONS \
                    and between[i].low not in ("the", "a", "an", "he", "she", "they", "we", "it", "i"):
                i += 1
                k += 1
            continue
        if t.low in _TIME_WORDS or t.text == ",":
            i += 1
            continue
        break
    if i >= n:
        return None
    start = None
    if evaluative or (cue.low in lx.EVAL_VERBS and cue.low not in lx.SPEECH_VERBS):
        start = i
    elif between[i].low == "that":
        start = i + 1
        # coordinated reports: "said that A and that “B”" -> the clause of B
        for k in range(i + 1, n):
            if between[k].low == "that" and between[k - 1].low in ("and", "but", "or", ","):
                start = k + 1
    elif cue.low in _SAY_VERBS_CLAUSE and between[i].word and between[i].low not in _PREPOSITIONS \
            and between[i].low not in ("to", "so", "as", "than", "not", "only", "just", "simply"):
        start = i
    if start is None or start >= n or not any(t.word for t in between[start:]):
        return None
    return between[start].start


def _name_shortly_before(pre: list[Tok], c: int, masked: str) -> Mention | None:
    """A subject separated from its verb by a short phrase ("Trump in his speech
    called ..."): the nearest capitalised run within six words, not after a
    preposition."""
    j = c - 1
    while j >= 0 and c - j <= 6 and pre[j].word:
        if pre[j].cap and (j == 0 or pre[j - 1].low not in _PREPS):
            k = j
            while k + 1 < c and pre[k + 1].cap:
                k += 1
            if j > 0 and pre[j - 1].cap:
                j -= 1
                continue
            return split_name(pre[j:k + 1], masked)
        j -= 1
    return None


def _pre_cue(pre: list[Tok], masked: str, para: Paragraph, q: QuoteSpan, subject=lambda: None):
    """``subject`` gives the sentence subject on demand (it is needed rarely)."""
    """(mention, cue, cue offset, that-clause start, colon intro, cue adjacent)."""
    n = len(pre)
    colon = n > 0 and pre[-1].text == ":"
    # Q&A "Name: “...”" at the start of a paragraph; "@handle:“...”"
    if colon and n >= 2:
        if pre[-2].text.startswith("@"):
            return Mention(pre[-2].start, pre[-2].end, pre[-2].text, pre[-2].text[1:], None, "person"), "posted", pre[-2].start, None, True, True
        if pre[0].start == para.start and n <= 6 and all(t.cap or t.low in lx.NAME_CONNECTORS for t in pre[:-1]):
            m = split_name(pre[:-1], masked)
            if m is not None and m.name:
                return m, ":", pre[-1].start, None, True, True
    first = None
    for c in range(n - 1, -1, -1):
        t = pre[c]
        is_acc = t.low == "according" and c + 1 < n and pre[c + 1].low == "to"
        is_eval = t.text.islower() and t.low in lx.EVAL_VERBS and (
            t.low not in lx.SPEECH_VERBS or find_clause_start(pre[c + 1:], t) is None)
        if not ((t.text.islower() and _is_cue(t)) or is_acc or is_eval):
            continue
        if is_eval:
            if c > 0 and t.low.endswith("ing") and pre[c - 1].low in (",", "by", "while", "after", "before", "when") \
                    and subject() is not None:
                m = subject()
            elif c > 1 and pre[c - 1].low == "who":
                m = np_before(pre, 0, c - 2 if pre[c - 2].text == "," else c - 1, masked)  # "X, who called ..."
            else:
                m = np_before(pre, 0, c, masked) or _name_shortly_before(pre, c, masked)
            start = find_clause_start(pre[c + 1:], t, evaluative=True)
            if m is not None and (m.kind == "pronoun" or m.name) and m.kind in ("person", "organization", "pronoun") \
                    and start is not None:
                return m, t.text, t.start, start, colon, False
            if t.low not in lx.SPEECH_VERBS:
                continue
        if t.low in lx.THAT_ONLY_VERBS and not any(x.low == "that" for x in pre[c + 1:c + 8]):
            continue
        if is_acc:
            m = np_after(pre, c + 2, n, masked)
        else:
            if c > 0 and t.low.endswith("ing") and pre[c - 1].low in (",", "by", "while", "after", "before", "when") \
                    and subject() is not None:
                m = subject()  # "..., saying ...": the participle's subject is the sentence's
            else:
                m = np_before(pre, 0, c, masked)
            if m is None and c > 0 and pre[c - 1].low in ("and", "but", "also"):
                m = subject()  # "He called it X, and said ..."
        if m is None:
            if t.low in ("said", "says", "told", "wrote", "added") or is_acc:
                # a report with a speaker we cannot name still delimits the clause
                that_at = None if is_acc else find_clause_start(pre[c + 1:], t)
                if that_at is None:
                    return None, None, -1, None, colon, False
                return Mention(t.start, t.start, "", None, None, "unknown"), t.text, t.start, that_at, colon, False
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


def _embedded(ctx: Context, spans: list[QuoteSpan]) -> list[Attribution]:
    text = ctx.text
    out: list[Attribution] = []
    from ..dates import _DATE, _resolve  # same expression grammar as the rest
    for p in ctx.paras:
        if p.end - p.start > 5000 or text.find("(@", p.start, p.end) < 0:
            continue
        m = _SIGNATURE.search(text, p.start, p.end)
        if m is None:
            continue
        start = p.start
        if _URL_START.match(text, p.start) and p.index > 0:
            start = ctx.paras[p.index - 1].start
        end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        dm = _DATE.match(text, m.start("date"), m.end("date"))
        date = _resolve(dm, None, None) if dm else None
        name = m.group("name").strip()
        men = Mention(m.start("name"), m.end("name"), name, name, None, "person")
        out.append(Attribution(start, end, "embedded", p.index, men, "posted", "Twitter", date, 0.9, m.start()))
    return out


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


_ANY_CUE = lx.SPEECH_VERBS | lx.THAT_ONLY_VERBS
_THAT_ANCHOR = re.compile(
    r"\b(?:that\b|[Aa]ccording to\b|%s\s+(?=%s\b))"
    % (word_trie(lx.ZERO_THAT_VERBS), word_trie((lx.CLAUSE_OPENERS - {"i"}) | {"I"})))


def _indirect(ctx: Context, spans: list[QuoteSpan], found: list[Attribution]) -> list[Attribution]:
    """Reported speech without quote marks: 'X said (that) ...', 'according to X, ...'."""
    masked = ctx.masked
    out: list[Attribution] = []
    taken = sorted((a.start, a.end) for a in found)
    starts = [s for s, _ in taken]

    def overlaps(s: int, e: int) -> bool:
        i = bisect.bisect_right(starts, e) - 1
        while i >= 0 and taken[i][1] > s - 2000:
            if taken[i][0] < e and s < taken[i][1]:
                return True
            i -= 1
        return False

    seen: dict[int, list[int]] = {}
    todo: list[Sentence] = []
    for tm in _THAT_ANCHOR.finditer(masked):
        if tm.group() == "that":
            # cheap check before tokenising the sentence: a reporting verb among
            # the few words before "that"
            before = masked[max(0, tm.start() - 80):tm.start()].split()[-9:]
            if not any(w.strip(",;:").lower() in _ANY_CUE for w in before):
                continue
        si = ctx.sentence_index(tm.start())
        if si < 0:
            continue
        if si not in seen:
            seen[si] = [tm.start(), tm.end()]
            todo.append(ctx.sents[si])
        else:
            seen[si][1] = tm.end()
    for sent in todo:
        if sent.end - sent.start > 3000:
            continue
        first, last = seen[ctx.sentence_index(sent.start)]
        # only the stretch around the anchors: subject and cue before, clause after
        wlo = sent.start if first - sent.start <= 200 else first - 200
        toks = tokens(masked, wlo, min(sent.end, last + 320))
        n = len(toks)
        for c, t in enumerate(toks):
            if not (t.text.islower() and (t.low in lx.SPEECH_VERBS or t.low in lx.THAT_ONLY_VERBS) or (t.low == "according" and c + 1 < n and toks[c + 1].low == "to")):
                continue
            if t.low == "according":
                m = np_after(toks, c + 2, n, masked)
                if m is None:
                    continue
                k = c + 2
                while k < n and toks[k].text != ",":
                    k += 1
                if k < n and k > c + 2 and c <= 1:
                    cs, ce = toks[k + 1].start if k + 1 < n else sent.end, None
                    ce = _clause_end(toks, k + 1, sent.end) if k + 1 < n else sent.end
                elif c > 2 and toks[c - 1].text == ",":
                    cs, ce = toks[0].start, toks[c - 1].start
                else:
                    continue
                cue = "according to"
            else:
                that = None
                for k in range(c + 1, min(n, c + 9)):
                    if toks[k].low == "that":
                        that = k
                        break
                    if not toks[k].word and toks[k].text not in (",", "’s", "'s"):
                        break
                if that is None:
                    # zero "that": 'Smith said the talks had failed'
                    opener = toks[c + 1] if c + 1 < n else None
                    if not (t.low in lx.ZERO_THAT_VERBS and opener is not None
                            and (opener.text.islower() or opener.text == "I")
                            and (opener.low in lx.SUBJECT_OPENERS
                                 or (opener.low in lx.CLAUSE_OPENERS and t.low in lx.SAY_FORMS))):
                        continue
                    that = c
                if that + 2 >= n:
                    continue
                if that > c and (toks[that - 1].text == "," or any(x.low in ("so", "such", "now", "fact", "idea", "way", "is", "was") for x in toks[that - 1:that])):
                    continue
                m = np_before(toks, 0, c, masked)
                if m is None or (m.kind == "pronoun" and m.pronoun in lx.GROUP_PRONOUNS):
                    continue
                cs = toks[that + 1].start
                ce = _clause_end(toks, that + 1, sent.end, _fronted(toks, m))
                if that == c and (ce is None or _words(masked[cs:ce]) < 4):
                    continue
                cue = t.text
            if ce is None or ce - cs < 12 or overlaps(cs, ce):
                continue
            r = resolve(ctx, m, t.start)
            if r is None or not r.name or r.kind == "group":
                continue
            para = ctx.paras[sent.paragraph]
            date = _date_for(ctx, para, sent, cs, ce, t.start)
            out.append(Attribution(cs, ce, "indirect", sent.paragraph, r, cue, None, date, 0.6, t.start))
            ctx.attributed.append((t.start, r))
            break
    return out
