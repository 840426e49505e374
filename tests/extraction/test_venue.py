"""The cue, venue and date recorded with a statement."""

from quotedb.extraction import extract


def test_cue_venue_and_date_are_recorded():
    text = ("Written by A. Writer on 28 January 2020.\n\n"
            "“We talk to everyone,” Lena Fischer told Germany’s Der Spiegel on January 24.")
    (q,) = extract(text).quotes
    assert q.speaker == "Lena Fischer"
    assert q.cue == "told"
    assert q.venue == "Der Spiegel"
    assert q.date is not None and q.date.value == "2020-01-24"
    assert 0.0 <= q.confidence <= 1.0


def test_an_outlet_with_digits_in_its_name_is_kept_whole():
    (q,) = extract("“I will stay and fight,” the prime minister told TF1 television on Sunday.").quotes
    assert q.venue == "TF1 television"
