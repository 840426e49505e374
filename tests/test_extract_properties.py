"""Properties of extract() for any text: it returns, never raises, and every record
is consistent with the text it came from."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotedb.extraction import extract
from quotedb.models import KINDS

PIECES = ["“", "”", '"', "‘", "’", "'", "«", "»", " said ", " told ", "according to ", ", ",
          ". ", "\n", "\n\n", "Mr. ", "John Smith", "the minister", "he", " that ", "on Monday",
          "January 5, 2020", "— Ann Lee (@annlee) May 1, 2021", "Okafor: ", "(", ")", "@x:", "…"]

news_like = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60).map("".join)


def check(text):
    ex = extract(text)
    assert ex.text == text
    starts = [q.start for q in ex.quotes]
    assert starts == sorted(starts)
    for q in ex.quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.kind in KINDS
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker_start >= 0:
            assert q.speaker_start <= q.speaker_end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_text(text):
    check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_news_like_text(text):
    check(text)


def test_pathological_inputs_return():
    for text in ["“" * 20000, "'" * 20000, "A " * 20000, "Mr. " * 5000 + "said “x”",
                 ("Zarif Javad Mohammad " * 3000) + "said “yes”", "said that " * 5000,
                 "\n" * 10000, "x" * 200000]:
        check(text)
