"""The document context every attribution step reads: sentences, dates, per-sentence
tokens, sentence subjects, names written outside quotes, speakers found so far."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ...models import DateRef, Mention, Paragraph, Sentence
from .. import lexicon as lx
from ..dates import find_dates
from ..gender import is_first_name
from .names import PREPS, np_after, np_before, title_list_goes_on
from .runs import RUN, RUN_TAIL, split_cached
from .tokens import Tok, tokens


# A sentence longer than this is a run-on (marks, lists, a page without full stops):
# tokenised window by window, never whole, and not read for reported claims.
LONG_SENTENCE = 3000


@dataclass
class Context:
    text: str
    masked: str
    paras: list[Paragraph]
    sents: list[Sentence]
    pub: DateRef | None
    sent_starts: list[int] = field(default_factory=list)
    para_starts: list[int] = field(default_factory=list)
    _names: list[Mention] | None = None
    _fuller: dict = field(default_factory=dict)
    _by_first: dict = field(default_factory=dict)
    _subjects: dict = field(default_factory=dict)
    _speakers: dict = field(default_factory=dict)
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
        first_word = s.start  # past a blanked dateline or label
        while first_word < s.end and masked[first_word].isspace():
            first_word += 1
        opener = _opener(masked, first_word, s.end)
        if opener is not None:
            # "Although Trump tweeted ..., its inclusion ...", "Speaking in Vaughan, Ont.,
            # on Thursday, Trudeau denied ...": the subject follows the opening clause
            found = self._main_subject(s, first_word)
        if found is None and (opener is None or opener not in lx.LEADING_SUBORDINATORS):
            found = self._first_name(s, first_word)
        if found is not None and _title_case(masked, s.start, s.end):
            found = None  # a headline ("Just Leaked: Look At ...") has no subject
        self._subjects[si] = found
        return found

    def speaker_at(self, si: int) -> Mention | None:
        """The person a sentence closes by citing (", Shibley said.", ", said Ann Lee.",
        ", according to governor David Dodge.") or opens by citing ("According to Ann
        Lee, ..."): the one the next "he" or "she" most likely stands for (memoised)."""
        if si in self._speakers:
            return self._speakers[si]
        s = self.sents[si]
        found = None
        comma = self.masked.rfind(",", s.start, s.end)
        lead = _ACCORDING_LEAD.match(self.masked, s.start, s.end)
        if lead is not None:  # "According to Bertagnolli, the glacier has lost ..."
            toks = self.window(lead.end(), min(s.end, lead.end() + 120))
            stop = next((k for k, t in enumerate(toks) if t.text == ","), None)
            found = np_after(toks, 0, stop, self.masked) if stop else None
        elif comma >= 0 and s.end - comma < 120:
            titled = self._portfolio_comma(s, comma)
            if titled is not None:
                comma = titled  # ", Minister for Housing, Urban Development and Building Ana Ruiz said."
            toks = [t for t in self.window(comma + 1, s.end) if t.word or t.text in (",", ".")]
            while toks and not toks[-1].word:
                toks.pop()
            if len(toks) >= 2 and toks[0].low == "according" and toks[1].low == "to":
                found = np_after(toks, 2, len(toks), self.masked)
            elif toks and toks[0].text.islower() and toks[0].low in lx.SPEECH_VERBS:
                found = np_after(toks, 1, len(toks), self.masked)
                after = next((t for t in toks if t.start >= found.end), None) if found is not None else None
                if after is not None and after.text != ",":
                    found = None  # ", said South Moor had spent ...": the clause's subject, no inverted speaker
            else:
                inside = ("for", "of", "and", "the") if titled is not None else ()
                c = next((k for k in range(1, min(len(toks), 16 if inside else 6))
                          if toks[k].text.islower() and toks[k].low not in inside), None)
                if c is not None and toks[c].low in lx.SPEECH_VERBS:
                    found = np_before(toks, 0, c, self.masked)
            if found is not None and (found.kind != "person" or not found.name):
                found = None
        self._speakers[si] = found
        return found

    def _portfolio_comma(self, s: Sentence, comma: int) -> int | None:
        """When the comma at ``comma`` sits inside a portfolio title that closes sentence
        ``s`` ("..., Minister for Housing, Urban Development and Building Ana Ruiz
        said."), the offset of the comma before the title (or just before the
        sentence), else None."""
        toks = self.window(s.start, comma + 1)
        t = title_list_goes_on(toks, 0, len(toks) - 1, portfolio=True) if toks else None
        if t is None:
            return None
        return toks[t].start if t >= 0 else s.start - 1

    def subject_before(self, si: int, before: int) -> Mention | None:
        """The subject of sentence ``si`` for a statement at ``before`` inside it: the
        main clause's, or when that comes later (the statement sits in the opening
        clause: "When Trump said he would ...") the first name before it."""
        a = self.subject_at(si)
        if a is not None and a.start < before:
            return a
        s = self.sents[si]
        first_word = s.start
        while first_word < s.end and self.masked[first_word].isspace():
            first_word += 1
        if _opener(self.masked, first_word, s.end) is None:
            return None
        b = self._first_name(s, first_word)
        return b if b is not None and b.start < before else None

    def _first_name(self, s: Sentence, first_word: int) -> Mention | None:
        """A sentence's first name not inside a prepositional phrase and not a possessor."""
        masked = self.masked
        found = None
        for m in RUN.finditer(masked, s.start, min(s.end, s.start + 2000)):
            men = split_cached(masked, m.start(), m.group())
            if men is None or men.name is None:
                continue
            if men.start == m.start() == first_word and " " not in men.name and men.kind == "person":
                # a sentence-initial capital alone ("More", "Wait") is a name only
                # when the word is also capitalised inside sentences
                w = men.name  # "MetroLink": a capital inside marks a name anywhere
                if not any(ch.isupper() for ch in w[1:-1] if not w.isupper()) and not self._midcap(w) \
                        and self.by_first_name(w) is None:
                    continue
            if men.name.endswith(lx.DEMONYM_ENDINGS) and masked[m.end():m.end() + 2][-1:].islower():
                continue  # "Prominent Canadian examples include ...": an adjective
            prev = masked[max(s.start, m.start() - 24):m.start()].lower().split()
            prev_w = prev[-1] if prev else ""
            # "officials at the Football Association": a preposition before the article
            in_pp = prev_w in PREPS or (prev_w in ("the", "a", "an") and len(prev) > 1 and prev[-2] in PREPS) \
                or (prev_w == "and" and men.kind == "organization" and _after_preposition(masked, s.start, m.start()))
            # "she told the Aldmere Ledger": the addressee, an object, no subject
            told = prev_w in lx.TELL_FORMS or (prev_w in ("the", "a", "an") and len(prev) > 1 and prev[-2] in lx.TELL_FORMS)
            if told:
                continue
            if not m.group().endswith(("'s", "’s", "s'", "s’")) and not in_pp \
                    and not prev_w.endswith(("’s", "'s")):
                found = self._person_after_post(m.end(), s.end) or men
                break
        return found

    def _person_after_post(self, i: int, hi: int) -> Mention | None:
        """The person in "Rovers manager Gary Holt", "Acme chief executive Dana White": an
        organisation's name, lower-case post words, then the person's name."""
        w = _WORD.match(self.masked, i, hi)
        k = 0
        while w is not None and k < 3 and w.group(1) in _ROLE_WORDS and w.group(1) != "the":
            i, k = w.end(1), k + 1
            w = _WORD.match(self.masked, i, hi)
        if k == 0 or w is None:
            return None
        r = RUN.match(self.masked, w.start(1), hi)
        men = split_cached(self.masked, r.start(), r.group()) if r is not None else None
        return men if men is not None and men.kind == "person" and men.name and " " in men.name else None

    def _main_subject(self, s: Sentence, lo: int) -> Mention | None:
        """The name opening the main clause after a sentence's opening clause or phrase:
        the first one right after a comma and followed by its verb or an appositive;
        None when the main clause opens with a pronoun."""
        masked = self.masked
        hi = min(s.end, lo + 400)
        i = masked.find(",", lo, hi)
        while i >= 0:
            w = _WORD.match(masked, i + 1, hi)
            if w is None:
                break
            if w.group(1).lower() in lx.PRONOUNS:
                return None
            while w is not None and w.group(1) in _ROLE_WORDS:
                w = _WORD.match(masked, w.end(1), hi)  # "..., city councillor Ana Ruiz said"
            r = RUN.match(masked, w.start(1), hi) if w is not None else None
            if r is not None and not r.group().endswith(("'s", "’s", "s'", "s’")):
                after = _WORD.match(masked, r.end(), hi)
                gap = masked[r.end():after.start(1)].strip() if after is not None else ""
                if after is not None and after.group(1).islower() and (
                        (gap == "" and after.group(1) not in _NOT_VERBS) or (gap == "," and after.group(1) in _APPOSITIVE_OPENERS)):
                    men = split_cached(masked, r.start(), r.group())
                    if men is not None and men.name:
                        return men
            i = masked.find(",", i + 1, hi)
        return None

    def window(self, lo: int, hi: int) -> list[Tok]:
        """Tokens of the masked text lying within [lo, hi), taken from per-sentence
        tokenisations that are computed once and shared by every stage."""
        out: list[Tok] = []
        si = max(0, self.sentence_index(lo))
        while si < len(self.sents) and self.sents[si].start < hi:
            sent = self.sents[si]
            if sent.end - sent.start > LONG_SENTENCE:
                # a run-on "sentence" (a line of marks, a list with no full stop): only
                # the window, or each quote in it would pay for tokenising all of it
                out.extend(tokens(self.masked, max(lo, sent.start), min(hi, sent.end)))
                si += 1
                continue
            got = self._stoks.get(si)
            if got is None:
                toks = tokens(self.masked, sent.start, sent.end)
                got = self._stoks[si] = (toks, [t.start for t in toks])
            toks, starts = got
            if toks and toks[0].start >= lo and toks[-1].end <= hi:
                out.extend(toks)
            elif toks:
                # tokens are ordered and do not overlap: slice by their starts
                a = bisect.bisect_left(starts, lo)
                b = bisect.bisect_left(starts, hi)
                while b > a and toks[b - 1].end > hi:
                    b -= 1
                out.extend(toks[a:b])
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
            for m in RUN.finditer(self.masked):
                men = split_cached(self.masked, m.start(), m.group())
                if men is not None and men.name:
                    self._names.append(men)
        return self._names

    def starting_with(self, first: str) -> list[Mention]:
        """Named mentions whose name's first word is ``first``."""
        return [m for m in self.names if m.name and m.name.split(" ", 1)[0] == first]

    def by_first_name(self, first: str) -> str | None:
        """The one person named in full whose first name is the word ``first``, as
        profiles call their subject ("Ines Halvorsen ... Ines has heard it all")."""
        if first in self._by_first:
            return self._by_first[first]
        fulls: dict[str, int] = {}
        known = is_first_name(first)
        if known or (first[:1].isupper() and first.lower() not in lx.NON_NAMES):
            # each place the word opens a capitalised run: cheaper than listing every name
            masked, k = self.masked, len(first)
            i = masked.find(first + " ")
            while i >= 0 and len(fulls) < 3:
                if i == 0 or not masked[i - 1].isalnum():
                    r = RUN.match(masked, i)
                    m = split_cached(masked, i, r.group()) if r is not None and r.end() > i + k else None
                    if m is not None and m.kind == "person" and m.name and m.name.split(" ", 1)[0] == first \
                            and 2 <= len(m.name.split()) <= 3:
                        fulls[m.name] = fulls.get(m.name, 0) + 1
                i = masked.find(first + " ", i + k)
        # a first name the name list lacks ("Saruul") counts when the text also names its
        # person by surname alone, and in full twice or by surname twice, and the word
        # alone reports ("Saruul says"), as a profile does its subject ("Ashgrove Inns ...
        # Ashgrove" and "Lakeport Lynx ... Lakeport held" are no one)
        found = next(iter(fulls)) if len(fulls) == 1 else None
        if found is not None and not known:
            last = found.rsplit(" ", 1)[1]
            alone = self.masked.count(last) - self.masked.count(found)
            if alone < 1 or (fulls[found] < 2 and alone < 2) or not _reports_alone(self.masked, first):
                found = None
        self._by_first[first] = found
        return found

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
                m = RUN_TAIL.search(masked, max(0, i - 80), i)
                if m is not None:
                    men = split_cached(masked, m.start(), masked[m.start():e])
                    if men is not None and men.kind == "person" and men.name and " " in men.name:
                        out.append(men.name)
            i = masked.find(last, i + 1)
        self._fuller[last] = out
        return out


_WORD = regex.compile(r"[^\S\n]*([\p{L}][\p{L}\p{M}'’.\-]*)")
_ROLE_WORDS = lx.ROLE_NOUNS | lx.TITLES | {"the"}
_LOWER_WORD = regex.compile(r"\p{Ll}+")


def _reports_alone(masked: str, first: str) -> bool:
    """Whether the word alone is the subject of a reporting verb somewhere ("Saruul says")."""
    i = masked.find(first + " ")
    while i >= 0:
        if i == 0 or not masked[i - 1].isalnum():
            m = _LOWER_WORD.match(masked, i + len(first) + 1)
            if m is not None and m.group() in lx.SPEECH_VERBS:
                return True
        i = masked.find(first + " ", i + 1)
    return False


_ACCORDING_LEAD = regex.compile(r"\s*(?:(?:But|And|Yet|Still),?\s+)?[Aa]ccording\s+to\s+")
_LEAD_CONNECTIVES = frozenset({"but", "and", "so", "yet", "still", "then", "now", "however"})
_NOT_VERBS = lx.PREPOSITION_WORDS | {"and", "or", "nor", "but"}
_APPOSITIVE_OPENERS = frozenset({"the", "a", "an", "who", "whose", "his", "her", "its", "their"})


def _title_case(masked: str, lo: int, hi: int) -> bool:
    """Whether a sentence is Title-Case headline text: four words or more, nearly all
    capitalised, the last one too ("Dianne Bystrom agreed." is a sentence)."""
    if hi - lo > 300:
        return False
    words = masked[lo:hi].split()
    lower = sum(w[0].islower() for w in words)
    return len(words) >= 4 and lower <= 0.2 * len(words) and words[-1][0].isupper()


def _opener(masked: str, lo: int, hi: int) -> str | None:
    """The sentence's first word when it opens a clause or phrase before the subject
    (a subordinator, a preposition, "Speaking"), else None."""
    w = _WORD.match(masked, lo, hi)
    if w is None:
        return None
    low = w.group(1).lower()
    for _ in range(2):  # "But when ...", "That is, when ...", "And yet, although ..."
        if low in _LEAD_CONNECTIVES or (low == "that" and masked.startswith(" is,", w.end(1))):
            w = _WORD.match(masked, w.end(1) + (4 if low == "that" else 0), hi)
            if w is None:
                return None
            low = w.group(1).lower()
    if low == "even":  # "Even though ..." / "Even as ..."; "Even Smith agreed" is a subject
        w = _WORD.match(masked, w.end(), hi)
        low = w.group(1).lower() if w is not None else ""
        return low if low in ("though", "if", "when") else None
    if low in lx.LEADING_SUBORDINATORS or low in lx.PREPOSITION_WORDS or low == "as":
        return low
    return None


def build_context(text: str, masked: str, paras, sents, pub) -> Context:
    ctx = Context(text, masked, paras, sents, pub)
    ctx.sent_starts = [s.start for s in sents]
    ctx.para_starts = [p.start for p in paras]
    ctx.dates = find_dates(masked, 0, len(masked), pub)
    ctx.date_starts = [d.start for d in ctx.dates]
    return ctx


def _after_preposition(masked: str, lo: int, i: int) -> bool:
    """Whether the capitalised run before "and" at ``i`` follows a preposition: the
    second half of one name inside a phrase ("with the Securities and Exchange
    Commission"), no subject."""
    words = masked[max(lo, i - 80):i].split()
    while words and (words[-1][:1].isupper() or words[-1] in ("and", "of", "&")):
        words.pop()
    if words and words[-1] in ("the", "a", "an"):
        words.pop()
    return bool(words) and words[-1].lower() in PREPS
