"""Paragraphs and sentences, as offset records.

Web-extracted articles separate paragraphs with one or more newlines, so every
non-blank line is a paragraph. Sentences are split on a *masked* copy of the text
(quoted material blanked out) so that full stops inside a quotation never end the
sentence that carries its attribution.
"""

from __future__ import annotations

import regex

from ..models import Paragraph, Sentence

_LINE = regex.compile(r"[^\n]+")
# End punctuation, optional closing marks/brackets, whitespace, then something that
# can start a sentence.  Starts only at the first mark of a run and never gives back
# (possessive), so a run of thousands of full stops is scanned once, not once per stop.
_BOUNDARY = regex.compile(r"(?<![.!?…])[.!?…]++[\"”’»)\]']*+\s++(?=[\"“‘«‹„']|[(\[]?[\p{Lu}\d])")
# Abbreviations after which a full stop does not end a sentence (AP abbreviations
# and honorifics).
_ABBREV = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "capt",
    "sgt", "adm", "maj", "st", "jr", "sr", "inc", "corp", "ltd", "co", "no", "vs", "v",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mt", "ft", "ave", "blvd", "rev", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "approx",
    "dept", "est", "fig", "al", "gov't", "pres", "supt", "messrs", "hon",
})
# (?r): searched backwards from the full stop, not tried at every start in the window
_LAST_WORD = regex.compile(r"(?r)([\p{L}.'’]+)$")


def paragraphs(text: str) -> list[Paragraph]:
    """Non-blank lines, trailing whitespace excluded."""
    out: list[Paragraph] = []
    for m in _LINE.finditer(text):
        s = m.start()
        seg = m.group()
        stripped = seg.rstrip()
        if not stripped.strip():
            continue
        lead = len(seg) - len(seg.lstrip())
        out.append(Paragraph(index=len(out), start=s + lead, end=s + len(stripped)))
    return out


def _is_abbreviation(text: str, dot: int, lo: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation or an initial."""
    m = _LAST_WORD.search(text, max(lo, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        # an initial ("Donald J. Trump"), not a unit after a number ("read 29C.")
        return not (m.start(1) > 0 and text[m.start(1) - 1].isdigit())
    return word in _ABBREV


def sentences(masked: str, paras: list[Paragraph]) -> list[Sentence]:
    """Split each paragraph of the (masked) text into sentences."""
    out: list[Sentence] = []
    for p in paras:
        start = p.start
        for m in _BOUNDARY.finditer(masked, p.start, p.end):
            if masked[m.start()] == "." and _is_abbreviation(masked, m.start(), p.start):
                # "U.S. President" is an abbreviation; "the U.S. They" is not, but
                # a capitalised word after "U.S." is far more often a name.
                continue
            end = m.end()
            seg_end = end
            while seg_end > start and masked[seg_end - 1].isspace():
                seg_end -= 1
            if seg_end > start:
                out.append(Sentence(start=start, end=seg_end, paragraph=p.index))
            start = end
        if p.end > start:
            out.append(Sentence(start=start, end=p.end, paragraph=p.index))
    return out
