"""A colon introduction: a Q&A "Name: “...”" at the start of a paragraph, or a post's
"@handle:“...”"."""

from __future__ import annotations

from ...models import Mention, Paragraph
from .. import lexicon as lx
from .runs import split_name
from .tokens import Tok


def colon_speaker(pre: list[Tok], masked: str, para: Paragraph):
    """The pre_cue result for tokens ending with a colon (at least two of them), or
    None when no name introduces the quote."""
    n = len(pre)
    if pre[-2].text.startswith("@"):
        return Mention(pre[-2].start, pre[-2].end, pre[-2].text, pre[-2].text[1:], None, "person"), "posted", pre[-2].start, None, True, True
    if pre[0].start == para.start and n <= 6 and all(t.cap or t.low in lx.NAME_CONNECTORS for t in pre[:-1]) \
            and not any(t.low.endswith(("'s", "’s")) for t in pre[:-1]):  # "ANALYST'S VIEWPOINT:" is a section label
        m = split_name(pre[:-1], masked)
        if m is not None and m.name:
            return m, ":", pre[-1].start, None, True, True
    return None
