"""Which first line of an article is its headline.

A scraped page can start with advert residue (a banner size such as ``728 x 90``),
a navigation or breadcrumb line, or straight with the first paragraph; none of them
is a title.  :func:`title_verdict` judges one line; the extractor asks it about the
first lines in order.
"""

from __future__ import annotations

import re

from .lexicon import NAV_SEPARATORS, NAV_WORDS, TITLE_MAX_CHARS

_BANNER = re.compile(r"\d{2,4}\s*[x×X]\s*\d{2,4}(\s*(px|pixels))?")
_SEPARATOR = re.compile("[" + re.escape(NAV_SEPARATORS) + "]")


def title_verdict(line: str) -> str:
    """``"title"``; ``"skip"`` for page furniture (look at the next line); ``"stop"``
    for a paragraph (over ``TITLE_MAX_CHARS``): the article has no title line."""
    line = " ".join(line.split())
    if len(line) > TITLE_MAX_CHARS:
        return "stop"
    if _BANNER.fullmatch(line) or _is_navigation(line):
        return "skip"
    return "title"


def _is_navigation(line: str) -> bool:
    folded = line.casefold().strip(" :.")
    if folded in NAV_WORDS:
        return True
    items = [i.strip() for i in _SEPARATOR.split(folded) if i.strip()]
    if len(items) >= 3 and all(len(i.split()) <= 3 for i in items):
        return True  # "Home | World | Middle East", "News › Politics › Iran"
    words = folded.split()
    return len(words) >= 3 and all(w in NAV_WORDS for w in words)  # "Home News Sport Video"
