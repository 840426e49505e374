"""Where a statement was made: the outlet or platform named after its cue."""

from __future__ import annotations

import regex

from .. import lexicon as lx
from ..gender import is_first_name


_VENUE = regex.compile(
    r"\b(?:told|to|with|in|on|for|via)\s+(?:an?\s+interview\s+with\s+|the\s+)?"
    # "told Dutch broadcaster NOS", "told the German magazine Der Spiegel": the outlet after its description
    r"(?:(?:[\p{Lu}][\p{L}\-]+\s+)?(?:broadcaster|magazine|newspaper|daily|weekly|channel|network|station|website)\s+(?=\p{Lu}))?"
    r"(?P<v>(?:(?:[\p{Lu}][\p{L}\p{Nd}'’.\-]*|\p{Nd}+['’]s)\s+){0,4}[\p{Lu}][\p{L}\p{Nd}.\-]*(?:’s|'s)?(?:\s+(?:[\p{Lu}][\p{L}\p{Nd}.\-]*|\p{Nd}+(?=\s+\p{Lu})|(?<=\b(?:Channel|TV|Radio|France|Canal|Kanal|Antena|Antenne|Rai|RTL|Sat)\s)\p{Nd}{1,3}\b|daily|TV|television|radio|newspaper))*"
    r"|state(?:-run)?\s+(?:TV|television|media|radio)|reporters|journalists|parliament)"
)


_POSSESSOR = regex.compile(r"^(?P<owner>(?:[\p{Lu}\p{Nd}][\p{L}\p{Nd}.\-]*\s+){0,3}[\p{L}\p{Nd}]+?)(?:['’]s|(?<=s)['’])\s+")


def _find_venue(masked: str, lo: int, hi: int) -> str | None:
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
        words = v.split()
        while len(words) > 1 and (words[-1].lower() in lx.WEEKDAYS or words[-1].lower() in lx.MONTHS):
            words.pop()  # "told CNN Tuesday"
        v = " ".join(words)
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


# Words between a cue and its venue that make a venue of what follows: "said in an
# interview with Le Monde", "wrote on X", "said on television" (not "on Monday").
_DAY_OR_MONTH = "|".join(sorted((w.title() for w in [*lx.WEEKDAYS, *lx.MONTHS]), key=len, reverse=True))
_VENUE_GAP = regex.compile(
    r"\binterview\b|\G,?\s+(?:speaking\s+)?to\s+"
    rf"|\bon\s+(?:(?!(?:{_DAY_OR_MONTH})\b)\p{{Lu}}|television\b|radio\b|air\b)")
# Lower-case words that may stand between "told" and an outlet ("told the German
# magazine Der Spiegel", "told Dutch broadcaster NOS").
_BEFORE_OUTLET = lx.ARTICLES | lx.ORG_NOUNS | lx.MEDIA_HEADS | lx.MEDIA_MODIFIERS | frozenset({"magazine", "weekly"})


def cue_venue(masked: str, cue_start: int, hi: int, fuller) -> str | None:
    """The outlet a cue names before ``hi``: the addressee of "told" when it is an
    outlet ("told RAI state television", "told CNN"), or one after "an interview
    with" / "on X"; not a place ("said in Ohio", "told a rally in Salem") nor a
    person ("told Daniel Reed", "told Berg" after "Tom Berg": ``fuller`` finds the
    full names a surname stands for)."""
    if cue_start < 0:
        return None
    cue_end = cue_start
    while cue_end < hi and masked[cue_end].isalpha():
        cue_end += 1
    if cue_end >= hi:
        return None
    if masked[cue_start:cue_end].lower() == "according":
        return None  # "according to the ministry": the source, not where it spoke
    tail = masked[cue_end:hi]
    gap = _VENUE_GAP.search(masked, cue_end, hi) if (
        "interview" in tail or "on " in tail or tail.lstrip(" ,").startswith(("to ", "speaking to "))) else None
    if gap is None and masked[cue_start:cue_end].lower() not in lx.TELL_FORMS:
        return None
    v = _find_venue(masked, gap.start() if gap is not None else cue_start, hi)
    if v is None or (" " not in v and not v.isupper() and v.lower() not in lx.ORG_WORDS and fuller(v)):
        return None  # "told Berg" after "Tom Berg"
    if gap is None and any(w.islower() and w not in _BEFORE_OUTLET
                           for w in masked[cue_end:masked.find(v, cue_end, hi)].split()):
        return None  # "told a town hall in Salem"
    return v

