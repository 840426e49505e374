"""Prefix terms that find what a user expects in a stemmed full-text index.

``quotes_fts`` stores Porter stems (*negotiations* -> ``negoti``), and FTS5 matches a
prefix query against those stems: ``negotiat*`` finds nothing, because no stem starts
with ``negotiat``, while ``negot*`` finds every form.  A prefix ``P*`` is therefore
rewritten to ``("P"* OR "P[:-1]" OR ... OR "P[:-MAX_CUT]")``: stems that start with
``P``, or whole stems that are ``P`` shortened by up to ``MAX_CUT`` characters (the
most a Porter suffix rule takes off a word beyond such a prefix), never shorter than
``MIN_STEM``.  It can also find a word whose stem is one of those shortenings
(``organizat*`` finds *organic*, stem ``organ``); that is the price of one index.
"""

from __future__ import annotations

import re

MAX_CUT = 4
MIN_STEM = 4
_STRING = re.compile(r'"(?:[^"]|"")*"')
_BARE_PREFIX = re.compile(r'(?<![\w^"])(\w+)\*')
_QUOTED_PREFIX = re.compile(r'"(\w+)"\s*\*')
_NEAR = re.compile(r"\bNEAR\s*\(")


def prefix_group(prefix: str) -> str:
    """``negotiat`` -> ``("negotiat"* OR "negotia" OR "negoti" OR "negot" OR "nego")``."""
    cuts = [prefix[:n] for n in range(len(prefix) - 1, max(MIN_STEM, len(prefix) - MAX_CUT) - 1, -1)]
    terms = [f'"{prefix}"*'] + [f'"{c}"' for c in cuts]
    return terms[0] if len(terms) == 1 else "(" + " OR ".join(terms) + ")"


def expand_prefixes(query: str) -> str:
    """Rewrite every prefix term of an FTS5 query (``word*`` or ``"word"*``) with
    :func:`prefix_group`.  Phrases and ``^word*`` stay as written, and so does a
    query using ``NEAR(...)``, whose groups FTS5 does not accept."""
    if _NEAR.search(query):
        return query
    out, pos = [], 0
    for m in _STRING.finditer(query):
        out.append(_BARE_PREFIX.sub(lambda b: prefix_group(b.group(1)), query[pos:m.start()]))
        quoted = _QUOTED_PREFIX.match(query, m.start())
        if quoted:
            out.append(prefix_group(quoted.group(1)))
            pos = quoted.end()
        else:
            out.append(m.group())
            pos = m.end()
    out.append(_BARE_PREFIX.sub(lambda b: prefix_group(b.group(1)), query[pos:]))
    return "".join(out)
