"""The extractor: text in, an Extraction (document metadata and statements) out.

Stages, one module each, in pipeline order: segment (paragraphs, sentences) ->
candidates (quote-mark spans) -> byline and dates -> attribution (speakers, cues,
venues, dates, reported speech, embedded posts) -> interview (Q&A transcripts) ->
speakers (one name per person). The word lists live in lexicon.
"""

from .pipeline import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "extract"]
