"""The cue, venue and date recorded with a statement."""

import pytest

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


VENUES = [
    # a person addressed is no outlet; the interviewer's outlet is
    ("“Nothing is settled,” Ruth Adebayo told Marcus Flynn after the vote.", None),
    ("“Nothing is settled,” Ruth Adebayo told Channel 9’s Marcus Flynn after the vote.", "Channel 9"),
    ("“Nothing is settled,” Ruth Adebayo told KTVB’s Marcus Flynn after the vote.", "KTVB"),
    ("“Nothing is settled,” Ruth Adebayo said in an interview with Daily Star reporter Marcus Flynn.", "Daily Star"),
    # outlets whose first word a first-name list also holds stay outlets
    ("“Nothing is settled,” Ruth Adebayo told the Harbor Times’ Marcus Flynn.", "Harbor Times"),
    ("“Nothing is settled,” Ruth Adebayo told Al Arabiya on Monday.", "Al Arabiya"),
    ("“Nothing is settled,” Ruth Adebayo told Le Parisien on Monday.", "Le Parisien"),
    ("“Nothing is settled,” Ruth Adebayo told Sky News on Monday.", "Sky News"),
    ("“Nothing is settled,” Ruth Adebayo told Channel 4 News on Monday.", "Channel 4 News"),
    ("“Nothing is settled,” Ruth Adebayo told Reuters 2 days ago.", "Reuters"),
    ("“Nothing is settled,” Ruth Adebayo told Dutch broadcaster NOS.", "NOS"),
    ("“Nothing is settled,” Ruth Adebayo told the German magazine Der Tagesblick.", "Der Tagesblick"),
    ("“Nothing is settled,” Ruth Adebayo said on Radio Nord on Monday.", "Radio Nord"),
    ("“Nothing is settled,” Ruth Adebayo said, speaking to Channel 9 after the vote.", "Channel 9"),
    # a place is no venue, nor the crowd told
    ("“Nothing is settled,” Ruth Adebayo said at a rally in Salem.", None),
    ("“Nothing is settled,” Ruth Adebayo told a town hall in Salem.", None),
    ("“Nothing is settled,” Ruth Adebayo said in Ohio on Tuesday.", None),
]


CLAIM_VENUES = [
    ("Ruth Adebayo told Radio Nord state television that the vote would be delayed.", "Radio Nord"),
    ("Ruth Adebayo said in an interview with Le Parisien that the vote would be delayed.", "Le Parisien"),
    ("Ruth Adebayo wrote on X that the vote would be delayed.", "X"),
    ("Tom Berg chairs the board. Ruth Adebayo told Berg that the vote would be delayed.", None),
    ("Ruth Adebayo said in Ohio that the vote would be delayed.", None),
]


@pytest.mark.parametrize("text,venue", CLAIM_VENUES)
def test_a_reported_claim_records_its_venue(text, venue):
    (q,) = [q for q in extract(text).quotes if q.speaker == "Ruth Adebayo"]
    assert q.kind == "indirect"
    assert q.venue == venue


@pytest.mark.parametrize("text,venue", VENUES)
def test_venue_is_an_outlet_not_a_person_addressed(text, venue):
    (q,) = extract(text).quotes
    assert q.speaker == "Ruth Adebayo"
    assert q.venue == venue
