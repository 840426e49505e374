"""Within-document speaker normalisation.

"Zarif", "Dr. Zarif", "Javad Zarif" and "Iran's foreign minister Mohammad Javad
Zarif" are one person: the canonical name is the fullest form of the name seen in
the document (titles and roles removed); every surface form becomes an alias. An
acronym defined as "Long Name (ACR)" maps to the long name.
"""

from __future__ import annotations

import regex

from . import lexicon as lx
from .gender import is_first_name, name_gender
from ..models import Mention

_ACRONYM = regex.compile(
    r"(?P<long>[\p{Lu}][\p{L}’'\-]+(?:\s+(?:(?:of|the|for|and|on)\s+)?[\p{Lu}][\p{L}’'\-]+){1,8})\s*\((?P<acr>[\p{Lu}][\p{Lu}\-/ ]{1,14}[\p{Lu}])\)"
)
_POSS = regex.compile(r"'s\b")
_THE = regex.compile(r"^(?:The|the)\s+")
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\-]*")


_NT_CACHE: dict[str, list[str]] = {}


def name_tokens(name: str) -> list[str]:
    """Lower-cased word tokens of a name, possessives and honorifics dropped (memoised)."""
    hit = _NT_CACHE.get(name)
    if hit is not None:
        return hit
    norm = _POSS.sub("", name.replace("’", "'"))
    out = [t.lower() for t in _TOKEN.findall(norm) if t.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr")]
    if len(_NT_CACHE) > 50000:
        _NT_CACHE.clear()
    _NT_CACHE[name] = out
    return out


def clean_name(name: str) -> str:
    """Strip honorifics that survived ("Mr. Smith" -> "Smith") and stray punctuation."""
    toks = name.split()
    while len(toks) > 1 and toks[0].lower().rstrip(".") in lx.TITLES:
        toks = toks[1:]
    out = " ".join(toks).strip(" ,.;:-–—\"“”‘’'")
    return out or name


class SpeakerIndex:
    """Canonical names for one document."""

    def __init__(self, text: str, names: list[Mention], finder=None, first_finder=None):
        self._people: dict[str, list[tuple[list[str], str]]] = {}
        self._counts: dict[str, int] = {}
        self._seen: set[tuple[str, str]] = set()
        self._text = text
        self._acronyms: dict[str, str] | None = None
        self._finder = finder  # last word -> fuller names written in the document
        self._first_finder = first_finder  # first word -> person mentions that start with it
        self._asked: set[str] = set()
        self._canon: dict[tuple[str, str], str] = {}
        for men in names:
            if men.kind == "person" and men.name:
                self.add(men.name)

    @property
    def acronyms(self) -> dict[str, str]:
        """"Long Name (ACR)" definitions, read on first use."""
        if self._acronyms is None:
            self._acronyms = {}
            if "(" in self._text:
                for m in _ACRONYM.finditer(self._text[:200000]):
                    long = m.group("long").strip()
                    acr = m.group("acr").replace(" ", "")
                    if len(acr) >= 2:
                        self._acronyms.setdefault(acr.lower(), _THE.sub("", long))
        return self._acronyms

    def add(self, name: str) -> None:
        name = clean_name(name)
        toks = name_tokens(name)
        if not toks:
            return
        key = " ".join(toks)
        self._counts[key] = self._counts.get(key, 0) + 1
        if (key, name) not in self._seen:  # once per form: canonical() stays linear
            self._seen.add((key, name))
            self._people.setdefault(toks[-1], []).append((toks, name))

    def canonical(self, name: str, kind: str) -> str:
        key = (name, kind)
        hit = self._canon.get(key)
        if hit is None:
            hit = self._canonical(name, kind)
            self._canon[key] = hit
        return hit

    def _canonical(self, name: str, kind: str) -> str:
        if kind in ("group", "unnamed"):
            return name  # "national security experts": the noun phrase as written
        if kind != "organization":
            name = clean_name(name)  # titles belong to people, not to "Energy Agency"
        if kind == "organization" or name.replace("-", "").isupper():
            full = self.acronyms.get(name.lower())
            if full:
                return full
            return _THE.sub("", name)
        toks = name_tokens(name)
        if not toks:
            return name
        last = name.split()[-1]
        if self._finder is not None and last not in self._asked:
            self._asked.add(last)
            for full in self._finder(last):
                self.add(full)
        best, best_key = name, (0, len(toks))
        for ctoks, cname in self._people.get(toks[-1], ()):
            if len(ctoks) <= len(toks) or len(ctoks) > 5:
                continue
            if all(t in ctoks for t in toks):
                # the person named most often with this surname, then the fullest form
                # ("Kevin Vickers" over a "Const. Andrew Vickers" named once)
                key = (self._person_count(ctoks), len(ctoks))
                if key > best_key:
                    best, best_key = cname, key
        if best is name and len(toks) == 1 and self._first_finder is not None:
            return self._by_first_name(name)
        return best

    def _by_first_name(self, name: str) -> str:
        """"Wang said" after "Vice-President Wang Lihua", "Mahathir" after "Prime
        Minister Mahathir Mohamad": a one-word mention that is the first word of
        exactly one person named in the document, who was named with a role or whose
        first word is a known first name (so "Apple" never becomes "Apple Music")."""
        found = self._first_finder(name)
        fulls = {clean_name(m.name) for m in found
                 if m.kind == "person" and m.name and 2 <= len(m.name.split()) <= 3
                 and (m.role or name_gender(m.name.split()[0]) is not None)}
        if not fulls:  # "Samsung" after "Samsung Electronics Co.": the organisation's full name
            fulls = {m.name.rstrip(".") for m in found if m.kind == "organization" and m.name and " " in m.name}
        if not fulls and found and found[0].name and 2 <= len(found[0].name.split()) <= 3 \
                and not is_first_name(name):
            # "Suncor Energy ... Suncor said": the name written in full where it first
            # appears (not "Apple Music" after "Apple")
            fulls = {found[0].name.rstrip(".")}
        return fulls.pop() if len(fulls) == 1 else name

    def _person_count(self, ctoks: list[str]) -> int:
        """How often the document names the person whose name tokens are ``ctoks``
        with more than the surname ("Javad Zarif" counts for "Mohammad Javad Zarif")."""
        have = set(ctoks)  # forms sharing the surname are listed under it already
        keys = {" ".join(toks) for toks, _ in self._people.get(ctoks[-1], ())
                if len(toks) > 1 and set(toks) <= have}
        return sum(self._counts.get(k, 0) for k in keys)

    def aliases(self, canonical: str, surfaces: set[str]) -> tuple[str, ...]:
        out = {canonical}
        ctoks = name_tokens(canonical)
        for s in surfaces:
            st = name_tokens(s)
            if st and all(t in ctoks for t in st):
                out.add(s)
        if self._acronyms:
            for acr, long in self._acronyms.items():
                if long == canonical:
                    out.add(acr.upper())
        return tuple(sorted(out))


def speaker_kind(kind: str) -> str:
    if kind in ("organization", "orgrole"):
        return "organization"
    if kind in ("group", "unnamed"):
        return "group"  # an unnamed speaker ("a spokesperson") is no person the database can know
    return "person"
