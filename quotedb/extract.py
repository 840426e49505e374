"""Extractor entry point: text in, an Extraction (document metadata and quotes) out.

Placeholder until the staged pipeline lands: finds straight and curly double-quoted
spans followed by "NAME said" so the storage layer has something real to store.
"""

from __future__ import annotations

import regex

from .models import DocumentMeta, Extraction, Quote

EXTRACTOR_VERSION = "0.0.1"

_QUOTE_SAID = regex.compile(
    r"[\"“](?P<q>[^\"”\n]{2,}?)[\"”],?\s+(?P<s>(?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+)\s+said"
)


def extract(text: str, *, published: str | None = None, title: str | None = None,
            author: str | None = None) -> Extraction:
    quotes = tuple(
        Quote(start=m.start("q"), end=m.end("q"), text=m.group("q"), kind="direct",
              paragraph=text.count("\n\n", 0, m.start()), speaker=m.group("s"),
              speaker_mention=m.group("s"), cue="said", speaker_kind="person")
        for m in _QUOTE_SAID.finditer(text)
    )
    return Extraction(text=text, meta=DocumentMeta(title=title, author=author), quotes=quotes)
