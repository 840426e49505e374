"""Statements: one quotation as reported by several articles.

Articles reprinting a quotation differ in the marks around it and in small details
of typing: curly or straight quotes and apostrophes, case, spacing, the comma or
full stop the attribution leaves behind, ``...`` or ``…`` or ``[...]`` where words
were cut.  ``statement_key`` erases exactly those differences, so the occurrences of
one quotation share a key (and a ``statements`` row) while different wording does
not.  Every occurrence stays a ``quotes`` row of its own document.
"""

from __future__ import annotations

import re
import unicodedata

# Double and single quote marks of the languages news is written in, and the
# apostrophe look-alikes (typewriter, curly, prime, acute, grave).
_DOUBLE_MARKS = "\"“”„‟«»‹›〝〞＂"
_APOSTROPHES = "'‘’‚‛′`´"
_DASHES = "‐‑‒–—―−"
_ELLIPSIS = re.compile(r"\[\s*(?:\.\s*){2,}\]|\(\s*(?:\.\s*){2,}\)|(?:\.\s*){3,}|…")
_EDGE = " \t\n.,;:!?-'"


def statement_key(text: str) -> str:
    """Comparison key of a quotation (see the module docstring).  Every quote of every
    stored article gets one, so the common case is kept cheap: ASCII text is NFKC
    already, and the cut pattern runs only where spaces-collapsed text has two dots
    close together or "…"."""
    if text.isascii():
        s = text.replace('"', " ").replace("`", "'")  # _TABLE's only ASCII entries
    else:
        s = unicodedata.normalize("NFKC", text).translate(_TABLE)
    s = " ".join(s.casefold().split())
    if ".." in s or ". ." in s or "…" in s:
        s = " ".join(_ELLIPSIS.sub(" ", s).split())
    return s.strip(_EDGE)


_TABLE = str.maketrans({**{c: " " for c in _DOUBLE_MARKS}, **{c: "'" for c in _APOSTROPHES},
                        **{c: "-" for c in _DASHES}})
