"""Typed, frozen records passed between the stages of the pipeline.

Every record carries character offsets (code points) into the original document
text, so any stage's output can be checked with ``text[start:end]``.

The records made many times per document (paragraphs, sentences, quote spans,
mentions, quotes, dates) are NamedTuples: as immutable as a frozen dataclass, about
three times cheaper to construct, which shows in the extractor's throughput, and
four times cheaper to unpickle, which shows in `ingest --jobs N`, whose single
writer receives every quote from the workers. Change one with ``._replace()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

KINDS = ("direct", "mixed", "indirect", "embedded")
SPEAKER_KINDS = ("person", "organization", "group", "publication", "place")
PERIODS = ("day", "week", "month", "year")  # what `quotedb timeline --by` counts by
DATE_PRECISIONS = ("day", "month", "year")
DATE_SOURCES = ("explicit", "relative", "published")


class Paragraph(NamedTuple):
    index: int
    start: int
    end: int


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int


class DateRef(NamedTuple):
    """A resolved date: ``value`` is ISO-8601 (``2020-01-24``, ``2020-01``,
    ``2019``) or TIMEX3 with an unknown year (``XXXX-01-24``)."""

    value: str
    precision: str  # one of DATE_PRECISIONS
    source: str  # one of DATE_SOURCES
    start: int = -1  # offsets of the expression in the text; -1 when none
    end: int = -1


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """What the article says about itself (byline, dateline, headline)."""

    title: str | None = None
    author: str | None = None
    published: DateRef | None = None


class Quote(NamedTuple):
    """One statement: its span (quote marks excluded) and its attribution."""

    start: int
    end: int
    text: str
    kind: str  # one of KINDS
    paragraph: int
    speaker: str | None = None  # canonical name, titles and roles removed
    speaker_kind: str | None = None  # one of SPEAKER_KINDS
    speaker_aliases: tuple[str, ...] = ()  # every surface form seen in the document
    speaker_mention: str | None = None  # the mention as written next to the quote
    speaker_start: int = -1
    speaker_end: int = -1
    role: str | None = None  # "foreign minister", "spokesman", ...
    cue: str | None = None  # reporting verb as written ("told", "said", "wrote")
    venue: str | None = None  # "Der Spiegel", "Twitter", "state TV"
    date: DateRef | None = None
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class Extraction:
    """The extractor's whole answer for one document."""

    text: str
    meta: DocumentMeta
    quotes: tuple[Quote, ...] = field(default_factory=tuple)


class QuoteSpan(NamedTuple):
    """A stretch of quoted material found by the quote-mark scanner.

    ``start``/``end`` exclude the marks; ``open_at``/``close_at`` are the offsets
    of the outer marks (``close_at`` is -1 when the quote was left unclosed and
    ends at its paragraph)."""

    start: int
    end: int
    open_at: int
    close_at: int
    mark: str
    paragraph: int
    end_paragraph: int


class Mention(NamedTuple):
    """A speaker as written in the text, split into name and role."""

    start: int
    end: int
    surface: str
    name: str | None  # "Mohammad Javad Zarif"; None for a bare role or pronoun
    role: str | None = None  # "foreign minister"
    kind: str = "person"  # person|organization|group|pronoun|role
    pronoun: str | None = None


def scorer_record(doc: str, q: Quote) -> dict:
    """A quote as `quotedb extract --format jsonl` prints it: the keys the accuracy
    scorer (../shared/eval/score.py) reads, ``doc`` being the path as given."""
    return {
        "doc": doc, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
        "speaker": q.speaker, "speaker_mention": q.speaker_mention, "role": q.role,
        "cue": q.cue, "venue": q.venue, "date": q.date.value if q.date else None,
        "date_precision": q.date.precision if q.date else None, "confidence": q.confidence,
    }
