"""Shared by the attribution golden tables: invented sentences per news convention,
negatives included.

Each row: (text, expected) where expected lists (quoted text fragment, speaker, kind)
for every statement the extractor must report, in order; nothing else may be reported.
A speaker of None means "no speaker can be named".
"""

from quotedb.extraction import extract


def run(text):
    return [(q.text, q.speaker, q.kind) for q in extract(text).quotes]


def check(text, expected):
    got = run(text)
    assert len(got) == len(expected), (text, got)
    for (gt, gs, gk), (et, es, ek) in zip(got, expected):
        assert et in gt, (text, got)
        assert gs == es, (text, got)
        if ek is not None:
            assert gk == ek, (text, got)


def check_exact(text, expected):
    """As check, with each statement's whole text, speaker and kind compared exactly."""
    got = run(text)
    assert got == expected, (text, got)
