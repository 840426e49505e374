"""The article's author from its byline ("By Mary Clarke, Associated Press",
"Written by Shahriar Kia on 28 January 2020", "By Ann Lee and Tom Berg")."""

from __future__ import annotations

import regex

from . import lexicon as lx
from ..models import Paragraph

_NAME_WORD = r"[\p{Lu}][\p{Ll}\p{M}'’]+(?:-[\p{Lu}][\p{Ll}\p{M}'’]+)?"
_NAME = rf"{_NAME_WORD}(?:[ \t]+(?:[\p{{Lu}}]\.[ \t]+)?{_NAME_WORD}){{1,3}}"
_BYLINE = regex.compile(
    rf"(?:[ \t]*)(?i:{'|'.join(lx.BYLINE_CUES)})[ \t]+(?P<a>{_NAME}(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+){_NAME})*)"
    r"(?=[ \t]*(?:$|[,|;(—–-]|\bon\b|\bfor\b|\band\b|\bin\b|\bat\b|\.[ \t]*$|[ \t]+\p{Ll}))",
    regex.MULTILINE,
)


def find_author(text: str, paras: list[Paragraph], max_paras: int = 8) -> str | None:
    """The byline's name(s) near the top of the article, else None."""
    for p in paras[:max_paras]:
        m = _BYLINE.match(text, p.start, min(p.end, p.start + 300))
        if m is not None:
            names = [n for n in regex.split(r"[ \t]*,[ \t]*|[ \t]+and[ \t]+", m.group("a"))
                     if n.split()[-1].lower() not in lx.NON_NAMES
                     and not any(w.lower() in lx.ORG_WORDS for w in n.split())]  # ", Associated Press"
            if names:
                return ", ".join(names)
    return None
