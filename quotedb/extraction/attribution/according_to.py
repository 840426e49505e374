"""'According to X, CLAUSE.' and 'CLAUSE, according to X.'"""

from __future__ import annotations

from ...models import Mention
from .claim_after import clause_first_token
from .names import np_after
from .reported import clause_end
from .. import lexicon as lx
from .subjects import finding_subject, unnamed_np
from .tokens import Tok

_OPENERS = frozenset({"but", "and", "still", "yet", "so", "also", "now", "however", "meanwhile", ","})


def according_to(toks: list[Tok], c: int, masked: str, sent_end: int
                 ) -> tuple[Mention, int, int] | None:
    """(source, clause start, clause end) for "according to" at ``c``; None when it
    neither opens nor closes the sentence's claim."""
    n = len(toks)
    k = c + 2
    while k < n and toks[k].text not in (",", ".", ";", "!", "?"):
        k += 1
    np_end = next((j for j in range(c + 2, k) if toks[j].low in ("who", "which", "that")), k)
    m = np_after(toks, c + 2, np_end, masked) or unnamed_np(toks, c + 2, np_end, masked)
    if m is None:  # "according to a study published on Wednesday": the document
        f = next((j for j in range(c + 2, min(np_end, c + 7)) if toks[j].low in lx.AUTHORED_DOCUMENTS), None)
        m = finding_subject(toks, f, masked) if f is not None else None
    if m is None or m.kind == "pronoun":
        return None
    if m.name is None and k < n - 1 and toks[k].text == ",":
        named = _appositive_name(toks, k, masked)
        if named is not None:
            m, k = named  # "According to her manager, Ruth Okonedo, Quarrie has ..."
    if all(t.low in _OPENERS for t in toks[:c]) and k < n - 1 and toks[k].text == ",":
        return m, toks[k + 1].start, clause_end(toks, k + 1, sent_end)
    if c > 2 and toks[c - 1].text == ",":
        s = clause_first_token(toks, c - 1)
        if s is not None and sum(1 for t in toks[s:c - 1] if t.word) >= 3:
            return m, toks[s].start, toks[c - 1].start
    return None


def _appositive_name(toks: list[Tok], k: int, masked: str) -> tuple[Mention, int] | None:
    """The person's name set off by commas right after a role ("her manager, Ruth
    Okonedo,") and the index of its closing comma, else None."""
    j = k + 1
    while j < len(toks) and toks[j].cap and toks[j].word and j - k <= 4:
        j += 1
    if j - k < 3 or j >= len(toks) or toks[j].text != ",":
        return None  # a name of two words at least, closed by its comma
    m = np_after(toks, k + 1, j, masked)
    if m is None or m.kind != "person" or not m.name or " " not in m.name:
        return None
    return m, j
