"""Regex safety: the extractor survives generated and adversarial text, keeps its
offsets valid, stays linear, and a runaway document becomes a reported failure.

Timings here are CPU time (``time.process_time``, min of repeats, gc off) compared
as ratios with a wide margin; absolute speed belongs to benchmarks/.
"""

from __future__ import annotations

import gc
import importlib
import pathlib
import time

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from quotedb.extraction import pipeline as extract_mod
from quotedb.cli import app
from quotedb.extraction import extract

EXTRACTOR_MODULES = tuple(f"extraction.{m}" for m in (
    "pipeline", "lexicon", "segment", "candidates", "speakers", "interview", "byline", "dates",
    "attribution", "attribution.tokens", "attribution.names", "attribution.runs", "attribution.context", "attribution.resolve",
    "attribution.cue_before", "attribution.cue_after", "attribution.reported", "attribution.embedded",
    "attribution.venue", "attribution.when", "attribution.filters", "attribution.window", "attribution.cues",
    "attribution.continuation", "attribution.extent", "attribution.colon"))

QUOTE_MARKS = "“”\"„«»‘’'‹›"
FRAGMENTS = [
    "“", "”", '"', "‘", "’", "'", "«", "»", "„", "‹", "›",
    "said", " said ", "told", "according to", ", ", ". ", "! ", "? ", "…", "—", "–",
    "\n", "\n\n", "\r\n", "\r", "\t", " ", "  ",
    "Mr.", "Dr. ", "U.S.", "A. ", "J. R. R. ", "Smith", "John Smith", "the foreign minister",
    "(", ")", "[", "]", ":", ";", "@user", "#tag", "https://t.co/x",
    "on Monday", "Jan. 24, 2020", "2019", "last week", "yesterday",
    "<tweet author=\"@x\">", "</tweet>", "’s", "'s", "é", "ß", "\u200b", "\x0b", "\x1b",
]


def _assert_valid(text: str, ex) -> None:
    """The extractor contract: every offset points into ``text`` and quotes are sorted."""
    n = len(text)
    starts = [q.start for q in ex.quotes]
    assert starts == sorted(starts)
    for q in ex.quotes:
        assert 0 <= q.start < q.end <= n, (q.start, q.end, n)
        assert text[q.start:q.end] == q.text
        assert q.kind in ("direct", "mixed", "indirect", "embedded")
        if q.speaker_start != -1:
            assert 0 <= q.speaker_start <= q.speaker_end <= n
        if q.date is not None and q.date.start != -1:
            assert 0 <= q.date.start <= q.date.end <= n


def _pipeline(text: str):
    """The pipeline *without* extract()'s last-resort ``except Exception`` guard, so a
    crash in any stage fails the test instead of silently yielding no quotes."""
    inner = getattr(extract_mod, "_extract", None)
    if inner is None:  # pragma: no cover - the guard was restructured
        return extract(text)
    return inner(text, None, None, None)


adversarial = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.tuples(st.sampled_from(FRAGMENTS), st.integers(2, 400)).map(lambda p: p[0] * p[1]),
        st.text(alphabet=QUOTE_MARKS + "ABCDEFGHIJ abc.,;:!?-\n", max_size=300),
        st.text(max_size=40),
    ),
    max_size=40,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(adversarial)
def test_generated_text_never_raises_and_offsets_stay_valid(text):
    _assert_valid(text, _pipeline(text))


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=2000))
def test_arbitrary_unicode_never_raises(text):
    ex = _pipeline(text)
    _assert_valid(text, ex)
    assert ex.text == text


def _source(mod) -> pathlib.Path:
    """A module's Python source, also when the installed module is compiled
    (setup.py): the wheel keeps each .py beside its extension module."""
    path = pathlib.Path(mod.__file__)
    return path if path.suffix == ".py" else path.with_name(path.name.split(".", 1)[0] + ".py")


def _patterns():
    """Every compiled pattern the extractor modules keep at module level, with how it
    is used: scanned (finditer/search/sub/findall/split) or only anchored (match)."""
    import re as stdlib_re

    found = []
    for name in EXTRACTOR_MODULES:
        try:
            mod = importlib.import_module(f"quotedb.{name}")
        except ImportError:  # pragma: no cover
            continue
        source = _source(mod).read_text(encoding="utf-8")
        for attr, value in vars(mod).items():
            if isinstance(value, regex.Pattern):
                uses = set(stdlib_re.findall(rf"\b{attr}\.(\w+)\(", source))
                anchored = bool(uses) and uses <= {"match", "fullmatch"}
                found.append(pytest.param(value, anchored, f"{name}.{attr}", id=f"{name}.{attr}"))
    return found


ADVERSARIAL_RUNS = [
    '"' * 20000, "“" * 20000, "“”" * 10000, "'" * 20000, "‘’" * 10000, "«" * 20000,
    "A" * 20000, "A " * 10000, "A." * 10000, "A. " * 7000, "Aa " * 7000,
    "." * 20000, ". " * 10000, "!?" * 10000, "," * 20000, "-" * 20000, "@" * 20000,
    "a" * 20000, "1" * 20000, " " * 20000, "\n" * 20000, "\n \n" * 5000, "’s" * 10000,
    "said " * 4000, "on Monday " * 2000, "Jan. " * 4000, "Mr. " * 5000,
    '<tweet author="' * 2000, "said “" * 3000,
]
# Scanned only inside a window of bounded size (dates: the first 400 characters of a
# paragraph), so the cost per document stays linear; checked on runs of that size.
WINDOWED = {"extraction.dates._PUB_CUE": 400}


@pytest.mark.parametrize("pattern,anchored,name", _patterns())
def test_every_extractor_regex_finishes_on_adversarial_runs(pattern, anchored, name):
    """A catastrophically backtracking pattern would hit the 2 s timeout on one of
    these 20 000-character runs; a linear one scans them in milliseconds.  Patterns
    used only anchored (``.match``) are tried at the start of each run."""
    window = WINDOWED.get(name)
    for s in ADVERSARIAL_RUNS:
        try:
            if anchored:
                pattern.match(s, timeout=2.0)
            elif window:
                for lo in range(0, len(s), window * 10):
                    for _ in pattern.finditer(s, lo, lo + window, timeout=2.0):
                        pass
            else:
                for _ in pattern.finditer(s, timeout=2.0):
                    pass
        except TimeoutError:  # pragma: no cover - the failure being tested for
            pytest.fail(f"pattern {pattern.pattern[:80]!r} backtracks on {s[:20]!r}...")


def _cpu(text: str, repeats: int) -> float:
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            t = time.process_time()
            _pipeline(text)
            best = min(best, time.process_time() - t)
    finally:
        gc.enable()
    return best


LINEARITY_CASES = {
    # many attributed quotes, one per paragraph: per-quote work must not grow with
    # the number of earlier quotes (a speaker index once made this quadratic)
    "attributed-paragraphs": ("“We will talk to them,” said John Smith, the minister.\n\n", 700),
    "attributed-one-line": ("“We will talk,” Jane Roe told reporters on Monday. ", 400),
    "straight-quote-run": ('"', 30000),
    "curly-alternation": ("“‘", 15000),
    "capitals": ("Aa B. ", 5000),
    "said-runs": ("said “x,” said Mr. ", 80),
}


@pytest.mark.parametrize("unit,count", LINEARITY_CASES.values(), ids=list(LINEARITY_CASES))
def test_extraction_time_grows_linearly(unit, count):
    """4x the input must cost well under 16x (quadratic) the CPU time; linear is ~4x.
    Measured twice before failing so one noisy sample cannot fail the suite."""
    small, large = unit * count, unit * (4 * count)
    _pipeline(small)  # warm caches (regex compilation, lexicon imports)
    for attempt, repeats in enumerate((2, 4)):
        t_small = max(_cpu(small, repeats), 1e-3)
        t_large = _cpu(large, repeats)
        ratio = t_large / t_small
        if ratio < 7.0:
            break
    assert ratio < 7.0, f"4x input took {ratio:.1f}x the CPU time ({t_small:.3f}s -> {t_large:.3f}s)"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_regex_timeout_makes_the_document_a_reported_failure(tmp_path, monkeypatch, jobs):
    """The `regex` timeout is the last-resort guard: a document whose extraction
    times out is reported by name as failed, and the rest of the batch goes in (with
    --jobs 2 the forked workers inherit the patched extractor)."""
    real = extract_mod._extract

    def runaway(text, *args, **kwargs):
        if "RUNAWAY" in text:
            raise TimeoutError("regex time out")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(extract_mod, "_extract", runaway)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Title A\n\n“We will talk,” said John Smith.\n", encoding="utf-8")
    (folder / "b.txt").write_text("RUNAWAY\n\n“Never,” said Jane Roe.\n", encoding="utf-8")
    (folder / "c.txt").write_text("Title C\n\n“Maybe later,” said Ann Lee.\n", encoding="utf-8")
    db = tmp_path / "t.db"
    r = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(db), "--jobs", jobs])
    assert r.exit_code == 1, r.output
    lines = [line for line in r.stderr.splitlines() if "b.txt" in line]
    assert len(lines) == 1 and "TimeoutError" in lines[0], r.stderr
    assert "Traceback" not in r.stderr
    assert "2 documents added" in r.stdout and "1 failed" in r.stdout
    import sqlite3

    conn = sqlite3.connect(db)
    sources = sorted(s.rsplit("/", 1)[-1] for (s,) in conn.execute("SELECT source FROM documents"))
    conn.close()
    assert sources == ["a.txt", "c.txt"]
