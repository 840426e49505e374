"""The record this stage hands to the pipeline."""

from __future__ import annotations

from typing import NamedTuple

from ...models import DateRef, Mention


class Attribution(NamedTuple):
    """A statement found by this stage: its span, kind, the (resolved) speaker
    mention, cue, venue and date; extract() turns it into a models.Quote."""

    start: int
    end: int
    kind: str
    paragraph: int
    mention: Mention | None = None
    cue: str | None = None
    venue: str | None = None
    date: DateRef | None = None
    confidence: float = 0.5
    cue_pos: int = -1
