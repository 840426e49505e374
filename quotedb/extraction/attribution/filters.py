"""What is not a statement: titles, scare quotes, junk (markup, bare URLs, handles)."""

from __future__ import annotations

import regex


_WORD = regex.compile(r"[\p{L}\p{N}]+")


_TWORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def word_count(s: str) -> int:
    """Word count, exact up to 10 (only small counts matter to the filters)."""
    if len(s) > 160:
        return 11 + len(s) // 1000
    return len(_WORD.findall(s))


DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this",
                          "that", "these", "those", "so-called"})


JUNK = regex.compile(r"[<>]|=\"|^\s*(?:https?://|www\.|pic\.twitter)\S*\s*$|^\s*\d{4}-\d\d-\d\d\s*$|^\s*[@#]\w+\s*$")


TITLE_LEAD = frozenset({"on", "in", "at", "of", "from", "titled", "entitled", "dubbed", "named",
                         "called", "the", "film", "book", "song", "show", "album", "movie", "series",
                         "program", "programme", "slogan", "banner", "hashtag", "podcast", "column"})


def title_like(s: str) -> bool:
    """Headline-style capitalisation and few words: a title or a name, not speech."""
    if len(s) > 120:
        return False
    ws = _TWORD.findall(s)
    if not ws or len(ws) > 10 or s.rstrip()[-1:] in "!?…" or len(ws) < 2 and s.rstrip()[-1:] in ".,":
        return False
    small = {"of", "the", "a", "an", "and", "or", "for", "in", "on", "to", "with", "at", "by", "is"}
    return all(w[0].isupper() or w[0].isdigit() or w in small for w in ws) and ws[0][0].isupper()
