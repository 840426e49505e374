"""Grammatical gender of a person from the first name, for pronoun agreement.

The first-name list is gender-guesser's (Jörg Michael's name dictionary of about
40,000 names from many countries). It is loaded on first use only: most documents
resolve their pronouns without it. Names it does not know, or gives to both sexes,
stay neutral and agree with any pronoun.
"""

from __future__ import annotations

import functools
import os
import pathlib
import pickle
import unicodedata

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@functools.lru_cache(maxsize=1)
def _genders() -> dict[str, str]:
    """First name (lower case) -> "m", "f" or "x" (either), from gender-guesser's list. Parsing its
    2 MB text file takes most of a second, so the flat result is kept in the user's
    cache folder (one file per gender-guesser version) and read from there after the
    first time; without a writable cache it is parsed each time."""
    try:
        import gender_guesser
        import gender_guesser.detector as gd
    except ImportError:  # pragma: no cover - a declared dependency; neutral without it
        return {}
    version = getattr(gender_guesser, "__version__", "") or _package_version()
    cache = _cache_dir() / f"first-names-{version}-{_TABLE_RULES}.pickle"
    try:
        with cache.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.PickleError, EOFError, ValueError):
        pass
    d = gd.Detector(case_sensitive=False)
    table = {}
    for name, genders in d.names.items():
        if len(genders) == 1:
            g = _side(next(iter(genders)))
        else:
            g = _side(d.get_gender(name))
            # a name one sex bears in English-speaking countries and the other
            # elsewhere ("Patrice", "Jean", "Carol") says nothing in this news
            local = {(_side(d.get_gender(name, c)) or "").lower() for c in _ENGLISH_SPEAKING} - {""}
            if local and local != {(g or "").lower()}:
                g = None
        table[name] = g or "x"  # "x": a first name of either sex
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(table, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)  # atomic: parallel workers never read half a file
    except OSError:
        pass
    return table


# Countries of gender-guesser's list whose usage counts for English-language news.
_ENGLISH_SPEAKING = ("great_britain", "ireland", "usa")
_TABLE_RULES = "v4"  # bump when the table's rules change: the cached copy is rebuilt


def _side(g: str) -> str | None:
    """"m"/"f", or "M"/"F" for a name the list gives mostly to one sex ("Hollis",
    "Darnell", "Erin"): it tells who "he" or "she" more likely is, but never rules
    a person out."""
    return {"male": "m", "female": "f", "mostly_male": "M", "mostly_female": "F"}.get(g)


def _package_version() -> str:
    try:
        from importlib.metadata import version
        return version("gender-guesser")
    except Exception:  # pragma: no cover
        return "0"


def _cache_dir() -> pathlib.Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return pathlib.Path(base) / "quotedb"


@functools.lru_cache(maxsize=20000)
def _lookup(first: str) -> str | None:
    if not first or not first[0].isalpha():
        return None
    key = first.strip(".").split("-")[0].lower()
    table = _genders()
    got = table.get(key)
    if got is None and not key.isascii():  # "Siân", "Zoë": the list spells most names without marks
        got = table.get(unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode())
    return got


def name_gender(first: str) -> str | None:
    """'m', 'f' or None (unknown or either) for a first name."""
    g = _lookup(first)
    return None if g is None or g == "x" else g.lower()


def is_first_name(word: str) -> bool:
    """Whether the list knows ``word`` as a first name, of either sex ("Pat", "Kim")."""
    return _lookup(word) is not None


def agrees(pronoun: str | None, name: str | None) -> bool:
    """False only when the pronoun's gender and the first name's gender are both
    known and differ ("she" for "Victor Stone"); a name mostly of one sex agrees
    with either pronoun."""
    want = _PRONOUN_GENDER.get((pronoun or "").lower())
    if want is None or not name or " " not in name:
        return True
    got = _lookup(name.split()[0])
    return got is None or got == "x" or got.isupper() or got == want


def matches(pronoun: str | None, name: str | None) -> bool:
    """Whether the first name tells the pronoun's gender, if only mostly ("she" for
    "Erin Walsh"): a person to prefer among several."""
    want = _PRONOUN_GENDER.get((pronoun or "").lower())
    return want is not None and bool(name) and " " in name and name_gender(name.split()[0]) == want
