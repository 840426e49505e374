"""Within-document speaker normalisation.

"Zarif", "Dr. Zarif", "Javad Zarif" and "Iran's foreign minister Mohammad Javad
Zarif" are one person: the canonical name is the fullest form of the name seen in
the document (titles and roles removed); every surface form becomes an alias. An
acronym defined as "Long Name (ACR)" maps to the long name.
"""

from __future__ import annotations

import regex

from . import lexicon as lx
from .models import Mention

_ACRONYM = regex.compile(
    r"(?P<long>[\p{Lu}][\p{L}’'\-]+(?:\s+(?:(?:of|the|for|and|on)\s+)?[\p{Lu}][\p{L}’'\-]+){1,8})\s*\((?P<acr>[\p{Lu}][\p{Lu}\-/ ]{1,14}[\p{Lu}])\)"
)
_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\-]*")


def name_tokens(name: str) -> list[str]:
    name = name.replace("’", "'")
    name = regex.sub(r"'s\b", "", name)
    return [t.lower() for t in _TOKEN.findall(name) if t.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr")]


def clean_name(name: str) -> str:
    """Strip honorifics that survived ("Mr. Smith" -> "Smith") and stray punctuation."""
    toks = name.split()
    while len(toks) > 1 and toks[0].lower().rstrip(".") in lx.TITLES:
        toks = toks[1:]
    out = " ".join(toks).strip(" ,.;:-–—\"“”‘’'")
    return out or name


class SpeakerIndex:
    """Canonical names for one document."""

    def __init__(self, text: str, names: list[Mention]):
        self._people: dict[str, list[tuple[list[str], str]]] = {}
        self._counts: dict[str, int] = {}
        self._seen: set[tuple[str, str]] = set()
        self.acronyms: dict[str, str] = {}
        for m in _ACRONYM.finditer(text[:200000]):
            long = m.group("long").strip()
            acr = m.group("acr").replace(" ", "")
            if len(acr) >= 2:
                self.acronyms.setdefault(acr.lower(), regex.sub(r"^(?:The|the)\s+", "", long))
        for men in names:
            if men.kind == "person" and men.name:
                self.add(men.name)

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
        name = clean_name(name)
        if kind == "organization" or name.replace("-", "").isupper():
            full = self.acronyms.get(name.lower())
            if full:
                return full
            return regex.sub(r"^(?:The|the)\s+", "", name)
        toks = name_tokens(name)
        if not toks:
            return name
        best, best_key = name, (len(toks), 0)
        for ctoks, cname in self._people.get(toks[-1], ()):
            if len(ctoks) <= len(toks) or len(ctoks) > 5:
                continue
            if all(t in ctoks for t in toks):
                key = (len(ctoks), self._counts.get(" ".join(ctoks), 0))
                if key > best_key:
                    best, best_key = cname, key
        return best

    def aliases(self, canonical: str, surfaces: set[str]) -> tuple[str, ...]:
        out = {canonical}
        ctoks = name_tokens(canonical)
        for s in surfaces:
            st = name_tokens(s)
            if st and all(t in ctoks for t in st):
                out.add(s)
        for acr, long in self.acronyms.items():
            if long == canonical:
                out.add(acr.upper())
        return tuple(sorted(out))


def speaker_kind(kind: str) -> str:
    if kind in ("organization", "orgrole"):
        return "organization"
    if kind == "group":
        return "group"
    return "person"
