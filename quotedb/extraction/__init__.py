"""The extractor: text in, an Extraction (document metadata and statements) out.

Stages, one module each, in pipeline order: segment (paragraphs, sentences) ->
candidates (quote-mark spans) -> byline and dates -> attribution (speakers, cues,
venues, dates, reported speech, embedded posts) -> interview (Q&A transcripts) ->
speakers (one name per person). The word lists live in lexicon.
"""

from . import pipeline
from .pipeline import EXTRACTOR_VERSION, extract

__all__ = ["EXTRACTOR_VERSION", "build", "extract"]


def build() -> str:
    """'compiled' when `pip install .` built the extractor's modules with Cython
    (setup.py), else 'source': benchmarks say which one they timed."""
    return "source" if pipeline.__file__.endswith(".py") else "compiled"
