"""Grammatical gender of a person from the first name, for pronoun agreement.

The first-name list is gender-guesser's (Jörg Michael's name dictionary of about
40,000 names from many countries). It is loaded on first use only: most documents
resolve their pronouns without it. Names it does not know, or gives to both sexes,
stay neutral and agree with any pronoun.
"""

from __future__ import annotations

import functools

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@functools.lru_cache(maxsize=1)
def _detector():
    try:
        import gender_guesser.detector as gd
    except ImportError:  # pragma: no cover - a declared dependency; neutral without it
        return None
    return gd.Detector(case_sensitive=False)


@functools.lru_cache(maxsize=20000)
def name_gender(first: str) -> str | None:
    """'m', 'f' or None (unknown or either) for a first name."""
    d = _detector()
    if d is None or not first or not first[0].isalpha():
        return None
    g = d.get_gender(first.strip(".").split("-")[0])
    if g in ("male", "mostly_male"):
        return "m"
    if g in ("female", "mostly_female"):
        return "f"
    return None


def agrees(pronoun: str | None, name: str | None) -> bool:
    """False only when the pronoun's gender and the first name's gender are both
    known and differ ("she" for "Victor Stone")."""
    want = _PRONOUN_GENDER.get((pronoun or "").lower())
    if want is None or not name or " " not in name:
        return True
    got = name_gender(name.split()[0])
    return got is None or got == want
