"""Where a statement was made: the outlet or platform named after its cue."""

from __future__ import annotations

import regex

from .. import lexicon as lx
from ..gender import is_first_name


_VENUE = regex.compile(
    r"\b(?:told|to|with|in|on|for|via)\s+(?:an?\s+interview\s+with\s+|the\s+)?"
    r"(?P<v>(?:(?:[\p{Lu}][\p{L}\p{Nd}'’.\-]*|\p{Nd}+['’]s)\s+){0,4}[\p{Lu}][\p{L}\p{Nd}.\-]*(?:’s|'s)?(?:\s+(?:[\p{Lu}][\p{L}\p{Nd}.\-]*|\p{Nd}+(?=\s+\p{Lu})|daily|TV|television|radio|newspaper))*"
    r"|state(?:-run)?\s+(?:TV|television|media|radio)|reporters|journalists|parliament)"
)


_POSSESSOR = regex.compile(r"^(?P<owner>(?:[\p{Lu}\p{Nd}][\p{L}\p{Nd}.\-]*\s+){0,3}[\p{L}\p{Nd}]+?)(?:['’]s|(?<=s)['’])\s+")


def find_venue(masked: str, lo: int, hi: int) -> str | None:
    """Where the statement was made: "told Germany’s Der Spiegel", "on Twitter",
    "in an interview with state TV" -- the first plausible one after the cue."""
    for m in _VENUE.finditer(masked, lo, hi):
        v = m.group("v").strip().rstrip(".,;:!?")
        owner = _POSSESSOR.match(v)
        if owner:
            rest = v[owner.end():]
            outlet = _has_org_word(owner["owner"]) or owner["owner"].isupper()
            if _is_person(rest) or outlet and not _has_org_word(rest):
                return owner["owner"]  # "CNN’s Jake Tapper", "Fox News’ Megyn Kelly", "NBC’s Meet the Press"
            if " " not in owner["owner"]:
                v = rest  # "Germany’s Der Spiegel" -> "Der Spiegel"
        elif _is_person(v):
            return None  # a person addressed ("told Daniel Reed"), not an outlet
        if not v:
            continue
        first = v.split()[0].lower()
        if first in lx.NON_NAMES and not v.lower().startswith("state") or first in lx.MONTHS or first in lx.WEEKDAYS:
            continue
        return v
    return None


def _is_person(v: str) -> bool:
    """A first name and a surname, no outlet word among them: a person addressed."""
    words = v.split()
    if not 2 <= len(words) <= 3 or words[0].lower() in lx.OUTLET_ARTICLES:
        return False
    if any(w.isupper() or not w[0].isupper() for w in words) or _has_org_word(v):
        return False
    return is_first_name(words[0])


def _has_org_word(v: str) -> bool:
    return any(w.lower().removesuffix("’s").removesuffix("'s") in lx.ORG_WORDS for w in v.split())
