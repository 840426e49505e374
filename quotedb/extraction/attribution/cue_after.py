"""A cue after the quote: ', Smith said', ', said Smith', ', he added', and a cue that
closes a sentence of further reported text (', he said.')."""

from __future__ import annotations

from .. import lexicon as lx
from .names import np_after, np_before, only_modifiers, role_before_name
from .runs import is_name_tok
from .subjects import wider_unnamed
from .tokens import QMARKS, Tok


def tail_attribution(post: list[Tok], masked: str):
    """', he said.' closing the sentence after more reported text: (mention, cue,
    cue offset, comma offset). Not after a quote that ends its own sentence: the text
    after it is the next sentence ('“We lost.” Asked why, the coach said ...')."""
    if post and _closed_sentence(masked, post[0].start):
        return None
    n = len(post)
    end = n
    for k in range(n):
        if post[k].text in (".", "!", "?", "…") or post[k].text in QMARKS:
            end = k
            break
    tried = 0
    for k in range(end - 1, max(-1, end - 40), -1):
        if post[k].text != ",":
            continue
        tried += 1
        if tried > 4:
            break
        seg = post[k + 1:end]
        if not seg:
            continue
        for c, t in enumerate(seg[:7]):
            if t.text.islower() and t.low in lx.SPEECH_VERBS:
                if c == 0:
                    m = np_after(seg, 1, len(seg), masked)
                else:
                    m = np_before(seg, 0, c, masked)
                    if m is not None and m.start > seg[0].end:
                        m = None
                if m is not None:
                    return m, t.text, t.start, post[k].start
                break
    return None


def post_cue(post: list[Tok], masked: str):
    """(mention, cue, cue offset, cue-introduces-the-next-quote) after a quote."""
    i = 0
    while i < len(post) and not post[i].word:
        if post[i].text in QMARKS or post[i].text in (".", "!", "?"):
            return None, None, -1, False  # '... was “a win on paper”. Oosterwold said ...': the next sentence's
        i += 1
    if i >= len(post) or i > 3:
        return None, None, -1, False
    t = post[i]
    if t.text.islower() and t.low in lx.SPEECH_VERBS:
        m = np_after(post, i + 1, len(post), masked)
        if m is not None:
            return m, t.text, t.start, _introduces(post, i + 1)
        return None, None, -1, False
    if t.low == "according" and i + 1 < len(post) and post[i + 1].low == "to":
        m = np_after(post, i + 2, len(post), masked)
        if m is not None:
            return m, "according to", t.start, False
    # after a quote that ends its sentence ('“We lost.” Asked why, Berg said ...') an
    # opening phrase starts the next sentence, whose cue is its own
    opener = _closed_sentence(masked, post[0].start) and not (is_name_tok(t) or t.low in lx.NP_DETERMINERS)
    for c in range(i, min(len(post), i + 30)):  # room for an appositive before the cue
        pc = post[c]
        if pc.text in QMARKS or pc.text in (";", "!", "?") or (
                pc.text == "." and (pc.end >= len(masked) or masked[pc.end].isspace())) or (
                opener and pc.text == ","):
            break  # a full stop ends the sentence; "e.GO" does not
        if pc.text.islower() and (pc.low in lx.SPEECH_VERBS or (
                c + 1 < len(post) and (pc.low, post[c + 1].low) in lx.PHRASAL_CUES)):
            if post[c - 1].low in _PASSIVE_AUX:
                break  # "Oosterwold was asked whether ...": the addressee, no speaker
            m = np_before(post, i, c, masked)
            if m is not None and not (m.start <= post[i].end or only_modifiers(post, i, m.start)):
                m = role_before_name(post, i, m)  # ", the club's manager, Ann Lee, said"
            if m is not None and not m.name:
                m = wider_unnamed(post, i, c, masked, m)  # ', the families of the victims said'
            if m is not None:
                return m, pc.text, pc.start, _introduces(post, c + 1)
            break
    return None, None, -1, False


_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "is", "are", "be", "get", "got"})


def _closed_sentence(masked: str, at: int) -> bool:
    """Whether the quote whose closing mark lies just before ``at`` ends on . ! or ?"""
    k = at - 1
    while k > 0 and masked[k].isspace():
        k -= 1
    return k > 0 and masked[k] in QMARKS and masked[k - 1] in ".!?"


def _introduces(post: list[Tok], i: int) -> bool:
    """True when the cue at ``i`` is followed by a colon opening another quote."""
    for k in range(i, min(len(post), i + 25)):
        if post[k].text == ":":
            return True
        if post[k].text in QMARKS or post[k].text in (".", "!", "?"):
            return False
    return False
