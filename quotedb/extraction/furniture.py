"""Page furniture that is no prose: photo captions with their credits, "READ MORE:"
teasers and Title-Case headline lines. Attribution reads the masked text, so these
paragraphs are blanked there (same length, offsets hold): their names are never
speakers or antecedents ("Getty Images Kevin Vickers", "Woman Reveals Stunning Thing
Trump") and their verbs report nothing."""

from __future__ import annotations

import regex

from . import lexicon as lx
from ..models import Paragraph

# "Ryan Remiorz / The Canadian Press", "JOHN SOPINSKI/THE GLOBE AND MAIL", "(Photo: ...)":
# a photographer and an agency, or a credit label (AP and Canadian Press caption style).
_CREDIT = regex.compile(
    r"[\p{Lu}][\p{L}.'’\-]+(?:[ \t]+[\p{Lu}][\p{L}.'’\-]+){0,3}[ \t]*/[ \t]*(?:THE[ \t]+|The[ \t]+)?"
    r"(?:[\p{Lu}][\p{L}&]*[ \t]*){0,4}(?i:press|images|photo|photos|reuters|afp|getty|mail|star|post|times|"
    r"news|bloomberg|epa|shutterstock|handout|file|pool|wire|ap|sun|herald|gazette)\b"
    r"|\b(?:Getty[ \t]+Images|AP[ \t]+Photo|Photo:|PHOTO:|\(Photo|Photograph:|Credit:|File[ \t]+photo)")
_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")
_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by",
                    "from", "as", "is", "vs", "but", "his", "her", "its", "their"})


# "NEW YORK (AP) -- ", "OTTAWA — ", "LONDON, March 3 (Reuters) - ", "AKRON, Ohio, March 3
# (Reuters) - " at a paragraph's
# start (AP and Reuters datelines; a lone hyphen only after the agency or a region:
# "SAN JOSE, Calif. - "), a digest's section label ("EARNINGS: ", "ECB WATCH: ") and a
# live blog's time stamp ("10:42pm: ", "14.02 BST ") before prose: not names, and no
# part of the claim that follows.
_LEAD = regex.compile(r"[\p{Lu}][\p{Lu}\p{M} .'’\-]{1,40}(?:,\s*[\p{Lu}\d][\p{L}\d. ]{1,30}){0,2}"
                      r"(?:\s*\([\p{L}. ]{1,20}\)\s*-|(?:\s*\([\p{L}. ]{1,20}\))?\s*(?:—|–|--))\s+"
                      r"|[\p{Lu}][\p{Lu}\p{M} .'’\-]{1,40},\s*[\p{Lu}][\p{L}.]{1,20}(?:[ \t][\p{Lu}][\p{L}.]{1,20})?[ \t]+-[ \t]+"
                      r"|[\p{Lu}][\p{Lu}'’&\-]{2,}(?:[ \t]+[\p{Lu}][\p{Lu}'’&\-]*)*:[ \t]+(?=[^“\"«‘ \t])"
                      r"|\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,4}T)?"
                      r"(?:[ \t]*(?::|—|–|--|-))?[ \t]+(?=[\p{Lu}“\"‘«])")


def blank_furniture(text: str, masked: str, paras: list[Paragraph]) -> tuple[str, frozenset[int]]:
    """``masked`` with caption, teaser and headline paragraphs blanked, datelines and
    section labels at paragraph starts blanked too, and the indexes of the blanked
    paragraphs (their quotes are no statements either)."""
    masked = _blank_leads(masked, paras)
    parts: list[str] = []
    found: list[int] = []
    pos = 0
    for p in paras:
        if p.end - p.start > 600 or not _is_furniture(text[p.start:p.end]):
            continue
        found.append(p.index)
        parts.append(masked[pos:p.start])
        parts.append("".join(ch if ch == "\n" else " " for ch in masked[p.start:p.end]))
        pos = p.end
    if not found:
        return masked, frozenset()
    parts.append(masked[pos:])
    return "".join(parts), frozenset(found)


def _blank_leads(masked: str, paras: list[Paragraph]) -> str:
    hits = [m for p in paras if masked[p.start:p.start + 1].isupper() or masked[p.start:p.start + 1].isdigit()
            for m in [_LEAD.match(masked, p.start, min(p.end, p.start + 80))] if m is not None]
    if not hits:
        return masked
    parts, pos = [], 0
    for m in hits:
        parts += [masked[pos:m.start()], " " * (m.end() - m.start())]
        pos = m.end()
    parts.append(masked[pos:])
    return "".join(parts)


def _is_furniture(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    colon = s.find(":", 0, 24)
    if colon > 0 and s[:colon].strip().lower() in lx.TEASER_LABELS:
        return True
    if ("/" in s or "Photo" in s or "PHOTO" in s or "Getty" in s or "Credit" in s) and _CREDIT.search(s):
        return True
    return _headline(s)


def _headline(s: str) -> bool:
    """Four or more words, most of them capitalised, and no closing punctuation."""
    if s[-1:] in ".!?:;,\"”’'…)" or len(s) > 200:
        return False
    words = _WORD.findall(s)
    if len(words) < 4:
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and sum(1 for w in content if w[0].isupper()) >= 0.8 * len(content) \
        and sum(1 for w in words if w[0].isupper()) >= 4
