"""Speaker identity across documents: the name rules (golden tables, invented names) and
the database resolver built on them (temp databases, articles in every order)."""

from __future__ import annotations

import random
import sqlite3

import pytest

from conftest import article, quote, store
from quotedb.consolidation import consolidate
from quotedb.db import open_database
from quotedb.errors import QueryError
from quotedb.identity import (classify, display_rank, dominant, junk_reason, parse_person,
                              person_forms, strip_titles)
from quotedb.models import DocumentMeta, Extraction
from quotedb.queries import resolve_speaker
from quotedb.speakerdb import SpeakerBatch
from quotedb.store import store_extraction

# (name, name, one person?)
SAME_PERSON = [
    ("Marta K. Lindqvist", "Marta Lindqvist", True),  # middle initial
    ("Marta Kristina Lindqvist", "Marta K. Lindqvist", True),  # middle name = its initial
    ("Marta Kristina Lindqvist", "Marta Lindqvist", True),  # middle name
    ("Sens. Oskar Brandt", "Oskar Brandt", True),  # plural title
    ("Gov. Oskar Brandt", "Sen. Oskar Brandt", True),
    ("Oskar Brandt of Ruritania", "Oskar Brandt", True),  # affiliation
    ("Oskar Brandt, R-Ore.", "Oskar Brandt", True),
    ("JOSÉ PÉREZ", "Jose Perez", True),  # case and accents
    ("Peter W. Holm", "Peter A.W. Holm", False),  # middle initials disagree
    ("Peter W. Holm", "Peter B. Holm", False),
    ("Oskar Brandt Jr.", "Oskar Brandt", False),  # a suffix is another person
    ("Oskar Brandt Jr.", "Oskar Brandt Sr.", False),
    ("Oskar Brandt", "Olga Brandt", False),
    ("Anna de Vries", "Anna Vries", False),  # particles belong to the surname
]


@pytest.mark.parametrize("a,b,same", SAME_PERSON)
def test_which_names_are_one_person(a, b, same):
    pa, pb = parse_person(a), parse_person(b)
    assert (pa.compatible(pb) and pb.compatible(pa)) is same


JUNK = [
    ("Lisbon. Moreau", "sentence end"),
    ("Moreau. Meanwhile Moreau", "sentence end"),
    ("Anna Berg Says Tom Wolff", "reporting verb"),
    ("said Tom Wolff", "lower-case"),
    ("He", "pronoun"),
    ("Tom Wolff: “We", "punctuation"),
    ("Mom Slams Tom Wolff", "headline word"),
    ("WOLFF VOWS TO FIGHT ON", "headline"),
    ("Is Wolff", "headline word"),
]
NOT_JUNK = ["officials", "a spokesperson for the city", "Tom Wolff", "Dr. T. J. Okafor", "Peter A.W. Holm", "Anna de Vries", "van Loon",
            "Oskar Brandt Jr.", "Will Brandt", "Sen. Tom Wolff", "Ana María O'Neill-Ruiz",
            "U.S. Rep. Tom Wolff"]


@pytest.mark.parametrize("name,why", JUNK)
def test_junk_names_are_refused_with_a_reason(name, why):
    assert why in junk_reason(name)


@pytest.mark.parametrize("name", NOT_JUNK)
def test_names_are_not_junk(name):
    assert junk_reason(name, "group" if name[0].islower() and " " in name or name == "officials"
                       else "person") is None


def test_a_lower_case_person_name_is_junk_but_a_group_is_not():
    assert "lower-case" in junk_reason("officials", "person")
    assert junk_reason("officials", "group") is None


@pytest.mark.parametrize("name,kind,expected", [
    ("Texas", "person", "place"), ("Ohio", "person", "place"), ("Norway", "person", "place"),
    ("the United States", "organization", "place"), ("Twitter", "person", "platform"),
    ("Facebook", "organization", "platform"), ("USA TODAY", "person", "publication"),
    ("The Ruritania Herald", "organization", "publication"), ("Reuters", "person", "publication"),
    ("ABCD-FAC", "person", "organization"), ("Tom Wolff", "person", "person"),
    ("officials", "group", "group"), ("Lisbon. Moreau", "person", "junk"),
    ("Emily Post", "person", "person"),  # a surname that heads newspapers' names
])
def test_kinds_from_gazetteers(name, kind, expected):
    assert classify(name, kind) == expected


def test_titles_forms_and_the_shown_name():
    assert strip_titles("Sens. Oskar Brandt") == "Oskar Brandt"
    assert strip_titles("Speaker 4") == "Speaker 4"  # a title needs a name after it
    assert person_forms("Marta K. Lindqvist") == ("Marta K. Lindqvist", "Marta Lindqvist",
                                                  "Lindqvist", "Marta")
    assert person_forms("Oskar Brandt Jr.") == ("Oskar Brandt Jr.", "Brandt", "Oskar")
    names = ["Marta K. Lindqvist", "Marta Lindqvist", "Marta Kristina Lindqvist", "marta lindqvist"]
    assert min(names, key=display_rank) == "Marta Kristina Lindqvist"
    assert min(["Marta K. Lindqvist", "Marta Lindqvist"], key=display_rank) == "Marta Lindqvist"
    assert min(["Jose Perez", "José Pérez"], key=display_rank) == "José Pérez"


# (quotes naming each person in full, the person a bare word shared by them means)
DOMINANCE = [
    ({1: 7}, 1),  # the only person
    ({1: 0}, 1),
    ({1: 5, 2: 1}, 1),  # 83%
    ({1: 4, 2: 1}, 1),  # exactly 80%
    ({1: 1, 2: 4}, 2),
    ({1: 3, 2: 1}, None),  # 75%
    ({1: 8, 2: 1, 3: 1}, 1),
    ({1: 7, 2: 2, 3: 1}, None),  # 70% of three people's quotes
    ({1: 1, 2: 1}, None),
    ({1: 0, 2: 0}, None),  # two people, neither named in full
]


@pytest.mark.parametrize("weights,meant", DOMINANCE)
def test_which_person_a_bare_word_means(weights, meant):
    assert dominant(weights) == meant


# --- the database ------------------------------------------------------------------

def _doc(title, *said, aliases=None, groups=()):
    """An article of ``(quote, speaker)``; the speakers in ``groups`` given as groups."""
    ex = article(*[(text, who, None) for text, who in said], title=title, aliases=aliases)
    return Extraction(ex.text, ex.meta, tuple(q._replace(speaker_kind="group") if q.speaker in groups
                                              else q for q in ex.quotes))


def speakers_table(path) -> set:
    """The speakers table as users see it: name, kind, ambiguous, quotes and aliases."""
    conn = sqlite3.connect(path)
    out = set()
    for sid, name, kind, amb in conn.execute("SELECT id, name, kind, ambiguous FROM speakers"):
        quotes = frozenset(t for (t,) in conn.execute(
            "SELECT text FROM quotes WHERE speaker_id = ?", (sid,)))
        aliases = frozenset(a for (a,) in conn.execute(
            "SELECT alias_key FROM speaker_aliases WHERE speaker_id = ?", (sid,)))
        if quotes:
            out.add((name, kind, amb, quotes, aliases))
    conn.close()
    return out


def by_name(path) -> dict:
    return {name: (amb, set(q)) for name, _, amb, q, _ in speakers_table(path)}


ARTICLES = [
    _doc("a", ("We will build the bridge", "Sen. Marta K. Lindqvist")),
    _doc("b", ("The bridge is too costly", "Marta Lindqvist"), ("Taxes stay", "Lindqvist")),
    _doc("c", ("Ask the mayor", "Lindqvist")),
    _doc("d", ("I am my own man", "Oskar Brandt Jr.")),
    _doc("e", ("The port opens in May", "Oskar Brandt"), ("Ruritania thanks you", "Gov. Oskar Brandt")),
    _doc("f", ("Holm the elder spoke", "Peter A.W. Holm")),
    _doc("g", ("Holm the younger spoke", "Peter W. Holm")),
    _doc("h", ("A Holm spoke", "Peter Holm"), ("Some Holm", "Holm")),
    _doc("i", ("Brandt again", "Brandt")),
    _doc("j", ("We rule out a deal", "Texas"), ("Posted late", "Twitter"),
         ("Nobody", "Lisbon. Moreau")),
    # five quotes of Ingrid Solberg's and one of Henrik's: a bare "Solberg" is hers
    _doc("k", ("The ferry runs again", "Ingrid Solberg"), ("Fares stay low", "Ingrid Solberg")),
    _doc("l", ("We add a pier", "Mayor Ingrid Solberg"), ("The pier is late", "Ingrid Solberg")),
    _doc("m", ("Not this winter", "Solberg"), ("Ask the board", "Solberg")),
    _doc("n", ("I was not consulted", "Henrik Solberg"), ("Ferries are safe", "Ingrid Solberg")),
    # first names follow the same rule: four of five quotes are Katarina Vos's
    _doc("o", ("The budget holds", "Katarina Vos"), ("Schools first", "Katarina Ek")),
    _doc("p", ("Roads next", "Katarina Vos"), ("Then parks", "Katarina Vos"), ("Thank you", "Katarina")),
    _doc("q", ("A long year", "Katarina Vos")),
    # one name given two kinds is one row of the more specific kind, in any order:
    # "Solberg's office said" is the surname's, "Texas officials" the state
    _doc("r", ("The office is closed", "Solberg"), ("We will appeal", "Texas"), groups=("Solberg", "Texas")),
    # a group is found by its own name, not by another group's alias
    _doc("s", ("Pay us", "harbour staff"), groups=("harbour staff",), aliases={"harbour staff": ["staff"]}),
    _doc("t", ("Pay us now", "staff"), groups=("staff",)),
    # a word given as a name and as a noun is one row: Nobel Tarn's, whichever came first
    _doc("u", ("Prizes matter", "Nobel Tarn")),
    _doc("v", ("Ask me later", "Nobel")),
    _doc("w", ("Quite a view", "nobel"), groups=("nobel",)),
]


def _ingest(path, order):
    for i in order:
        store(path, ARTICLES[i], source=f"{i}.txt")
    return speakers_table(path)


def _ingest_as_one_batch(path, order):
    """As ``quotedb ingest`` stores a run: each document in its own transaction, then
    one consolidation for all of them."""
    batch = SpeakerBatch()
    with open_database(path) as db:
        for i in order:
            store_extraction(db, source=f"{i}.txt", extraction=ARTICLES[i],
                             extractor_version="test", speakers=batch)
        with db.transaction():
            consolidate(db, batch)
    return speakers_table(path)


def test_the_speakers_table_does_not_depend_on_the_order_of_articles(tmp_path):
    orders = [list(range(len(ARTICLES))), list(reversed(range(len(ARTICLES))))]
    rng = random.Random(12)
    for _ in range(6):
        order = list(range(len(ARTICLES)))
        rng.shuffle(order)
        orders.append(order)
    tables = [_ingest(str(tmp_path / f"o{n}.db"), order) for n, order in enumerate(orders)]
    tables += [_ingest_as_one_batch(str(tmp_path / f"b{n}.db"), order)
               for n, order in enumerate(orders[:3])]
    orders += [f"{order} as one batch" for order in orders[:3]]
    for order, table in zip(orders[1:], tables[1:]):
        assert table == tables[0], f"order {order} differs"
    names = by_name(str(tmp_path / "o0.db"))
    # one person from titles, middle initials and bare surnames in articles that never
    # named anyone else "Lindqvist"
    assert names["Marta Lindqvist"] == (0, {"We will build the bridge", "The bridge is too costly",
                                           "Taxes stay", "Ask the mayor"})
    # a suffix keeps Jr. apart, and then "Brandt" alone is either of two people
    assert names["Oskar Brandt"][1] == {"The port opens in May", "Ruritania thanks you"}
    assert names["Oskar Brandt Jr."][1] == {"I am my own man"}
    assert names["Brandt"] == (1, {"Brandt again"})
    # two middle initials are two people; the name without one is ambiguous
    assert names["Peter A.W. Holm"] == (0, {"Holm the elder spoke"})
    assert names["Peter W. Holm"] == (0, {"Holm the younger spoke"})
    assert names["Peter Holm"] == (1, {"A Holm spoke"})
    assert names["Holm"] == (1, {"Some Holm"})
    # a place speaks as itself; a platform and a non-name are no speaker
    assert "Twitter" not in names and "Lisbon. Moreau" not in names
    # a bare surname or first name goes to the person holding 80% of its people's quotes
    assert names["Ingrid Solberg"] == (0, {"The ferry runs again", "Fares stay low", "We add a pier",
                                           "The pier is late", "Ferries are safe",
                                           "Not this winter", "Ask the board", "The office is closed"})
    assert names["Henrik Solberg"] == (0, {"I was not consulted"})
    assert names["Katarina Vos"][1] >= {"Thank you"} and names["Katarina Ek"] == (0, {"Schools first"})
    assert "Solberg" not in names and "Katarina" not in names
    kinds = {name: kind for name, kind, _, _, _ in speakers_table(str(tmp_path / "o0.db"))}
    assert names["Texas"][1] == {"We rule out a deal", "We will appeal"} and kinds["Texas"] == "place"
    assert names["harbour staff"][1] == {"Pay us"} and names["staff"][1] == {"Pay us now"}
    assert names["Nobel Tarn"] == (0, {"Prizes matter", "Ask me later", "Quite a view"})


def test_a_bare_surname_folds_into_the_person_who_arrives_later(db_path):
    store(db_path, _doc("one", ("Rates will rise", "Lindqvist")), source="1.txt")
    assert by_name(db_path) == {"Lindqvist": (0, {"Rates will rise"})}
    store(db_path, _doc("two", ("Rates will fall", "Marta Lindqvist")), source="2.txt")
    assert by_name(db_path) == {"Marta Lindqvist": (0, {"Rates will rise", "Rates will fall"})}
    store(db_path, _doc("three", ("I disagree", "Olof Lindqvist")), source="3.txt")
    # a second Lindqvist: the quote that named only the surname is nobody's for sure
    assert by_name(db_path) == {"Marta Lindqvist": (0, {"Rates will fall"}),
                                "Olof Lindqvist": (0, {"I disagree"}),
                                "Lindqvist": (1, {"Rates will rise"})}
    store(db_path, _doc("four", ("Maybe", "Lindqvist")), source="4.txt")
    assert by_name(db_path)["Lindqvist"] == (1, {"Rates will rise", "Maybe"})


def test_a_bare_surname_follows_its_dominant_person_and_leaves_when_dominance_ends(db_path):
    def lookup():
        with open_database(db_path) as db:
            try:
                return resolve_speaker(db, "Lindqvist")
            except QueryError as exc:
                return str(exc)

    store(db_path, _doc("one", *[(f"Marta {i}", "Marta Lindqvist") for i in range(4)]), source="1.txt")
    store(db_path, _doc("two", ("Rates will rise", "Lindqvist")), source="2.txt")
    store(db_path, _doc("three", ("I disagree", "Olof Lindqvist")), source="3.txt")
    # Marta holds 4 of the 5 quotes that name a Lindqvist in full: the bare one is hers
    names = by_name(db_path)
    assert "Lindqvist" not in names and "Rates will rise" in names["Marta Lindqvist"][1]
    marta = lookup()
    assert len(marta) == 1
    store(db_path, _doc("four", ("I disagree again", "Olof Lindqvist")), source="4.txt")
    # 4 of 6: nobody's for sure, so the quote goes back to an ambiguous row
    assert by_name(db_path)["Lindqvist"] == (1, {"Rates will rise"})
    assert "Rates will rise" not in by_name(db_path)["Marta Lindqvist"][1]
    assert lookup() == 'speaker "Lindqvist" is ambiguous: Marta Lindqvist (4), Olof Lindqvist (2)'
    store(db_path, _doc("five", *[(f"Marta {i}", "Marta Lindqvist") for i in range(4, 8)]), source="5.txt")
    # 8 of 10: hers again
    names = by_name(db_path)
    assert "Lindqvist" not in names and "Rates will rise" in names["Marta Lindqvist"][1]
    assert lookup() == marta
    # a re-extraction that finds no speaker for those four: the person they leave is
    # re-decided too, and 4 of 6 is not enough
    five = _doc("five", *[(f"Marta {i}", "Marta Lindqvist") for i in range(4, 8)])
    unsaid = Extraction(five.text, five.meta, tuple(q._replace(speaker=None) for q in five.quotes))
    assert store(db_path, unsaid, source="5.txt", force=True).status == "replaced"
    assert by_name(db_path)["Lindqvist"] == (1, {"Rates will rise"})


def test_junk_speakers_leave_the_quote_unattributed_and_platforms_become_venues(db_path):
    text = "T\n\n“A,” Lisbon. Moreau said.\n\n“B,” Twitter said.\n\n“C,” officials said.\n\n"
    quotes = (quote("A", 4, "Lisbon. Moreau"), quote("B", 28, "Twitter"),
              quote("C", 47, "Anna Berg Says Tom Wolff"))
    store(db_path, Extraction(text=text, meta=DocumentMeta(title="T"), quotes=quotes))
    conn = sqlite3.connect(db_path)
    got = conn.execute("SELECT text, speaker_id, venue, speaker_claim FROM quotes ORDER BY id").fetchall()
    assert got == [("A", None, None, "Lisbon. Moreau"), ("B", None, "Twitter", "Twitter"),
                   ("C", None, None, "Anna Berg Says Tom Wolff")]
    assert conn.execute("SELECT COUNT(*) FROM speakers").fetchone() == (0,)
    conn.close()


def test_an_account_handle_is_a_speaker_though_lower_case(db_path):
    """An embedded post's author is named as its account; the same word without the
    handle beside it is an ordinary lower-case non-name."""
    text = "T\n\n“A” wrote @tomwolff on Twitter.\n\n“B,” tomwolff said.\n\n"
    quotes = (quote("A", 4, "tomwolff", mention="@tomwolff"), quote("B", 36, "tomwolff"))
    store(db_path, Extraction(text=text, meta=DocumentMeta(title="T"), quotes=quotes))
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT q.text, s.name FROM quotes AS q LEFT JOIN speakers AS s"
                        " ON s.id = q.speaker_id ORDER BY q.id").fetchall() == [("A", "tomwolff"),
                                                                                  ("B", None)]
    conn.close()


def test_a_same_article_alias_links_a_shorter_full_name(db_path):
    store(db_path, _doc("one", ("Talks", "Javid Tabrizi")), source="1.txt")
    store(db_path, _doc("two", ("More talks", "Reza Javid Tabrizi"),
                        aliases={"Reza Javid Tabrizi": ["Javid Tabrizi", "Tabrizi"]}), source="2.txt")
    assert by_name(db_path) == {"Reza Javid Tabrizi": (0, {"Talks", "More talks"})}


def test_a_held_transaction_answers_from_a_mirror_equal_to_the_tables(tmp_path):
    """What the bulk loader does: many documents in one transaction, speaker lookups
    answered from memory. After every document the mirror holds what the tables hold,
    and once the batch is consolidated the speakers come out as ingest makes them."""
    from quotedb.db import open_database
    from quotedb.consolidation import consolidate
    from quotedb.speakerdb import SpeakerBatch, SpeakerResolver
    from quotedb.speakermirror import _MIRRORS, held
    from quotedb.store import _INSERT_QUOTE, quote_fields

    path = str(tmp_path / "held.db")
    order = [2, 1, 0, 3, 4, 5, 7, 6, 8, 9]  # a bare "Lindqvist" row created, then folded
    db = open_database(path)
    try:
        batch = SpeakerBatch()  # speakers the run touched: consolidated once, as ingest does
        with db.transaction():
            with held(db):
                for n, i in enumerate(order):
                    doc_id = db.scalar(
                        "INSERT INTO documents (source, sha256, text, ingested_at, extractor_version)"
                        " VALUES (:s, :s, :t, 'now', 'test') RETURNING id", {"s": f"{n}", "t": f"{n}"})
                    resolver = SpeakerResolver(db, batch)
                    rows = [{**quote_fields(q, None), "document_id": doc_id, "statement_id": None,
                             "speaker_id": resolver.resolve(q), "venue": resolver.venue(q),
                             "speaker_claim": q.speaker} for q in ARTICLES[i].quotes]
                    db.executemany(_INSERT_QUOTE, rows)
                    mirror = _MIRRORS[db]
                    assert mirror.ids and mirror.rows
                    for key, ids in mirror.ids.items():
                        assert ids == [r["speaker_id"] for r in db.rows(
                            "SELECT speaker_id FROM speaker_aliases WHERE alias_key = :k"
                            " ORDER BY speaker_id", {"k": key})], key
                    for sid, row in mirror.rows.items():
                        assert row == db.one("SELECT id, name, name_key, kind, ambiguous FROM speakers"
                                             " WHERE id = :id", {"id": sid}), sid
            consolidate(db, batch)
        assert db not in _MIRRORS
    finally:
        db.close()
    want = _ingest(str(tmp_path / "ingest.db"), order)
    assert speakers_table(path) == want
    assert by_name(path)["Holm"] == (1, {"Some Holm"})
