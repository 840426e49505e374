"""Where a statement was made: the outlet or platform named after its cue."""

from __future__ import annotations

import regex

from .. import lexicon as lx


_VENUE = regex.compile(
    r"\b(?:told|to|with|in|on|for|via)\s+(?:an?\s+interview\s+with\s+|the\s+)?"
    r"(?P<v>(?:[\p{Lu}][\p{L}\p{Nd}'’.\-]*\s+){0,4}[\p{Lu}][\p{L}\p{Nd}.\-]*(?:’s|'s)?(?:\s+(?:[\p{Lu}][\p{L}\p{Nd}.\-]*|daily|TV|television|radio|newspaper))*"
    r"|state(?:-run)?\s+(?:TV|television|media|radio)|reporters|journalists|parliament)"
)


_POSSESSOR = regex.compile(r"^(?:[\p{L}]+['’]s\s+)")


def find_venue(masked: str, lo: int, hi: int) -> str | None:
    """Where the statement was made: "told Germany’s Der Spiegel", "on Twitter",
    "in an interview with state TV" -- the first plausible one after the cue."""
    for m in _VENUE.finditer(masked, lo, hi):
        v = _POSSESSOR.sub("", m.group("v").strip()).rstrip(".,;:!?")  # "Germany’s Der Spiegel" -> "Der Spiegel"
        if not v:
            continue
        first = v.split()[0].lower()
        if first in lx.NON_NAMES and not v.lower().startswith("state") or first in lx.MONTHS or first in lx.WEEKDAYS:
            continue
        return v
    return None
