"""Within-document speaker normalisation."""

from quotedb.extraction import extract
from quotedb.models import Mention
from quotedb.extraction.speakers import SpeakerIndex, clean_name, speaker_kind


def test_name_variants_become_one_canonical_name_with_aliases():
    text = ("Iran's foreign minister Mohammad Javad Zarif spoke on Monday.\n\n"
            "“We are ready,” Zarif said.\n\n"
            "“Talks are possible,” Dr. Zarif added.\n\n"
            "Javad Zarif told the paper: “We will wait.”")
    qs = extract(text).quotes
    assert [q.speaker for q in qs] == ["Mohammad Javad Zarif"] * 3
    assert set(qs[0].speaker_aliases) >= {"Mohammad Javad Zarif", "Zarif", "Javad Zarif"}
    assert all("Dr" not in a for a in qs[0].speaker_aliases)


def test_role_is_kept_apart_from_the_name():
    (q,) = extract("Foreign Minister Sara Holm said: “We disagree.”").quotes
    assert q.speaker == "Sara Holm"
    assert q.role == "foreign minister"


def test_titles_are_stripped():
    for raw, clean in [("Mr. Smith", "Smith"), ("Senator Jane Roe", "Jane Roe"),
                       ("Ayatollah Ali Khamenei", "Ali Khamenei"), ("Dr. Ada Lo", "Ada Lo"),
                       ("Smith", "Smith")]:
        assert clean_name(raw) == clean, raw


def test_acronym_maps_to_its_long_form():
    text = "The National Council of Resistance of Iran (NCRI) met."
    idx = SpeakerIndex(text, [])
    assert idx.canonical("NCRI", "organization") == "National Council of Resistance of Iran"


def test_canonical_picks_the_fullest_form_seen():
    idx = SpeakerIndex("", [Mention(0, 5, "Ali Reza Tavakoli", "Ali Reza Tavakoli"),
                            Mention(10, 15, "Tavakoli", "Tavakoli")])
    assert idx.canonical("Tavakoli", "person") == "Ali Reza Tavakoli"
    # a different person sharing nothing but the surname order is not merged
    assert idx.canonical("Omid Karimi", "person") == "Omid Karimi"


def test_speaker_kinds():
    assert speaker_kind("organization") == "organization"
    assert speaker_kind("orgrole") == "organization"
    assert speaker_kind("group") == "group"
    assert speaker_kind("person") == "person"
    (q,) = extract("“Flights resume Monday,” Northwind Airlines said in a statement.").quotes
    assert q.speaker_kind == "organization"
    (q,) = extract("“I am staying,” Mia Lund said.").quotes
    assert q.speaker_kind == "person"
