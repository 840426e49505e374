"""Every word list and mark table the extractor uses, kept as data in one place.

Sources are given per list. "AP" = the Associated Press Stylebook conventions for
attribution and datelines; "Krestel" = the reporting-verb inventory of Krestel,
Bergler & Witte (2008), "Minding the source: automatic tagging of reported speech
in newspaper articles"; "PARC" = the attribution-relation guidelines of Pareti
(2012, PARC 3.0), which PolNeAR extends. Lists were written by hand from those
descriptions and general news style, not copied from any corpus.

One module per kind of word, each reading only those before it: ``marks`` (quote-mark
pairs), ``verbs`` (reporting verbs, pronouns), ``people`` (titles, roles,
organisations, names), ``grammar`` (the function words around a cue and a reported
clause), ``layout`` (interview labels, bylines, dates, page furniture). Callers import
the package (``from .. import lexicon as lx``); every list is a name of it.
"""

from __future__ import annotations

from .marks import *  # noqa: F401,F403
from .verbs import *  # noqa: F401,F403
from .people import *  # noqa: F401,F403
from .grammar import *  # noqa: F401,F403
from .layout import *  # noqa: F401,F403
