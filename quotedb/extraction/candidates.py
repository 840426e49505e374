"""Quote-mark spans: one left-to-right scan over the marks of each paragraph.

Each mark is classified from its neighbours (opening, closing, apostrophe, or
ambiguous) and fed to a small stack machine, so the work is linear in the number
of marks whatever their balance. Conventions handled: curly and straight double
and single quotes (British '...' where the closing mark is also the apostrophe),
guillemets, one level of nesting, a quote running over several paragraphs (each
new paragraph reopens with a mark, only the last closes), and a quote left
unclosed, which ends at its paragraph.
"""

from __future__ import annotations

import re

import regex

from . import lexicon as lx
from ..models import Paragraph, QuoteSpan

# Typewriter doubles ('' and ``, NYT/LexisNexis archive exports) are understood by
# _role but not scanned: the PolNeAR gold does not treat them as quote marks, and
# predicting them there costs 1.4 points of precision for no recall.
# A plain character class over the whole text: the standard library's engine scans
# it in about half the time `regex` takes.
_MARK = re.compile(r"[“”\"„«»‘’'‹›]")
_FAMILY = {ch: fam for fam, marks in lx.QUOTE_FAMILIES.items() for ch in marks}
_FAMILY.update({"''": "D", "``": "D"})
_NEXT_WORD = regex.compile(r"\s+([\p{Ll}]+)")
_CONTENT = regex.compile(r"[\p{L}\p{N}]")

OPEN, CLOSE, AMBIG, MAYBE_CLOSE, APOS, PLURAL_POSS = range(6)
_ELIDED_YEAR = re.compile(r"\d\d(?:s\b|(?!\w)(?!\s+[a-z]))")


# invisible format characters (bidi marks and embeddings, zero-width space, BOM) that
# pasted social-media text carries before a quote: read as the space they stand in
_INVISIBLE = frozenset("\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff")


def _role(text: str, i: int, ch: str, lo: int, hi: int) -> int:
    p = text[i - 1] if i > lo else "\n"
    if p in _INVISIBLE:
        p = " "
    ln = len(ch)
    n = text[i + ln] if i + ln < hi else "\n"
    if ch == "``":
        return OPEN
    if ch == "''":
        ch = '"'

    p_alnum = p.isalnum()
    n_alnum = n.isalnum()
    if ch == "“" and (p_alnum or p in ".,!?…)") and i > lo and not n_alnum:
        return CLOSE  # German „...“ (and a mistyped closer): after a word, before a space
    if ch in "“„«‹":
        return OPEN
    if ch in "»›":
        return CLOSE
    if ch == "”":
        if (p.isspace() or p in "([") and n_alnum:
            return AMBIG  # "”" misused as an opening mark
        return CLOSE
    if ch == '"':
        if (p.isspace() or p in lx.OPEN_CONTEXT or i == lo) and not n.isspace():
            return OPEN
        if not p.isspace() and (n.isspace() or not n_alnum):
            return CLOSE
        return AMBIG
    if ch == "‘":
        if p_alnum and n_alnum:
            return APOS  # mis-encoded apostrophe: "don‘t"
        if n.isdigit() and _ELIDED_YEAR.match(text, i + 1, hi):
            return APOS  # a year's elision typed with the opening mark: "‘19", "‘90s"
        return OPEN
    # ’ and '
    if p_alnum and n_alnum:
        return APOS  # I’ve, Iran's
    if (p.isspace() or p in lx.OPEN_CONTEXT or i == lo) and (n_alnum or n in "‘“\""):
        return OPEN if ch == "'" else APOS  # 'Hello / ’90s
    if p.isspace():
        return APOS
    # after a letter or punctuation, before space/punctuation: a closing mark or a
    # plural possessive ("the players’ union")
    if p in "sSzZ" and n.isspace() and text[max(lo, i - 2):i].lower() not in ("ss", "us", "is"):
        # (a plural ends in "s" but not in "ss", "us" or "is": ‘notorious’, ‘a crisis’)
        m = _NEXT_WORD.match(text, i + 1, hi)
        if m and m.group(1) not in lx.SPEECH_VERBS and m.group(1) not in lx.PRONOUNS:
            return PLURAL_POSS
    return MAYBE_CLOSE


def _content_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def find_quotes(text: str, paras: list[Paragraph]) -> list[QuoteSpan]:
    """All outermost quoted spans, sorted by start."""
    out: list[QuoteSpan] = []
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text)]
    mi = 0
    carry = None  # (open_at, mark, paragraph) of a quote continuing into the next paragraph
    for pi, para in enumerate(paras):
        while mi < len(marks) and marks[mi][0] < para.start:
            mi += 1
        stack: list[tuple[str, int, str, int]] = []  # (family, pos, char, paragraph)
        plural_poss: list[int] = []  # "s’ " read as "the players’ union" in this paragraph
        first = True
        if carry is not None:
            stack.append(carry)
        carry = None
        while mi < len(marks) and marks[mi][0] < para.end:
            pos, ch = marks[mi]
            mi += 1
            ln = len(ch)
            fam = _FAMILY[ch]
            role = _role(text, pos, ch, para.start, para.end)
            if first and stack and pos == para.start and role in (OPEN, AMBIG) and fam == stack[0][0]:
                first = False
                continue  # the reopening mark of a continued quote
            first = False
            if role == PLURAL_POSS:
                plural_poss.append(pos)
                continue
            if role == APOS:
                continue
            if role == MAYBE_CLOSE:
                if not any(f == fam for f, *_ in stack):
                    continue
                role = CLOSE
            if role == AMBIG:
                role = CLOSE if any(f == fam for f, *_ in stack) else OPEN
            if role == CLOSE:
                k = next((j for j in range(len(stack) - 1, -1, -1) if stack[j][0] == fam), -1)
                if k < 0:
                    if (ch == "”" and not stack and (pos == para.start or text[pos - 1] in ",:")
                            and text.find("”", pos + 1, para.end) > 0):
                        stack.append((fam, pos, ch, pi))  # "”" typed as an opening mark
                    continue
                if k == 0:
                    _emit(text, out, stack[0], pos, pos + ln - 1, pi)
                    stack.clear()
                else:
                    del stack[k:]
                continue
            # OPEN
            if not stack:
                stack.append((fam, pos, ch, pi))
            elif stack[-1][0] == fam:
                if len(stack) == 1:
                    # a new quote opens while the previous one is still open: the
                    # previous one was left unclosed and ends here
                    _emit(text, out, stack[0], pos, -1, pi)
                    stack[0] = (fam, pos, ch, pi)
                else:
                    stack[-1] = (fam, pos, ch, pi)
            elif len(stack) < 4:
                stack.append((fam, pos, ch, pi))
        if stack and _fragment_closed_by_plural(text, stack, plural_poss, para):
            _emit(text, out, stack[0], plural_poss[-1], plural_poss[-1], pi)
            stack.clear()
        if stack:
            outer = stack[0]
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if (outer[2] != "'" and nxt is not None and text[nxt.start] in lx.OPEN_ONLY + '"'
                    and _FAMILY[text[nxt.start]] == outer[0]) or (
                    outer[2] == "''" and nxt is not None and text.startswith("''", nxt.start)) or (
                    outer[2] == "'" and nxt is not None and _straight_single_goes_on(text, outer[1], para, nxt)):
                carry = outer
            elif outer[2] != "'":
                _emit(text, out, outer, para.end, -1, pi)
    return out


def _fragment_closed_by_plural(text: str, stack: list, plural_poss: list[int], para: Paragraph) -> bool:
    """A single-mark fragment opened inside a sentence ("had ‘stopped doing the
    basics’ once they ...") and left open at its paragraph's end was closed by the
    "s’" read as a plural possessive: a fragment never runs on into the next
    paragraph, where a quotation opened at a sentence start may."""
    fam, pos, ch, _ = stack[0]
    if len(stack) != 1 or ch not in "‘'" or not plural_poss or plural_poss[-1] < pos:
        return False
    before = text[para.start:pos].rstrip()
    return bool(before) and before[-1].isalnum()


def _straight_single_goes_on(text: str, pos: int, para: Paragraph, nxt: Paragraph) -> bool:
    """A quote in straight single marks left open at its paragraph's end goes on into the
    next (British style, as with double marks) only where both marks stand where
    quotations open: at a paragraph or sentence start, and the next paragraph's first
    character; elsewhere a lone "'" is as likely an apostrophe ("rock 'n' roll")."""
    before = text[para.start:pos].rstrip()
    opens_sentence = not before or before[-1] in ".!?:"
    return opens_sentence and text.startswith("'", nxt.start) and text[nxt.start + 1:nxt.start + 2].isalnum()


def _emit(text: str, out: list[QuoteSpan], opener: tuple, end: int, close_at: int, pi: int) -> None:
    fam, pos, ch, opi = opener
    s, e = _content_bounds(text, pos + len(ch), end)
    if e > s and _CONTENT.search(text, s, e):
        out.append(QuoteSpan(start=s, end=e, open_at=pos, close_at=close_at, mark=ch,
                             paragraph=opi, end_paragraph=pi))


def mask(text: str, spans: list[QuoteSpan]) -> str:
    """The text with quoted content blanked (same length, so offsets still hold);
    a final sentence mark inside a quote is kept so sentences still end there."""
    parts: list[str] = []
    pos = 0
    for q in spans:
        if q.start < pos:
            continue
        parts.append(text[pos:q.start])
        body = q.end - q.start
        last = text[q.end - 1]
        if last in ".!?…":
            parts.append("x" * (body - 1) + last)
        else:
            parts.append("x" * body)
        pos = q.end
    parts.append(text[pos:])
    return "".join(parts)
