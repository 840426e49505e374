"""Storing extractions: atomic documents, idempotence, speakers shared across documents."""

from __future__ import annotations

import sqlite3

import pytest

from conftest import article, quote, store
from quotedb.db import open_database
from quotedb.errors import QueryError
from quotedb.models import DocumentMeta, Extraction
from quotedb.curation import merge_speakers
from quotedb.identity import name_key
from quotedb.speakerdb import find_speaker_ids
from quotedb.store import store_extraction


def rows(db_path, sql, *params):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize("name, key", [
    ("José Müller", "jose muller"),
    ("  JOSÉ   müller ", "jose muller"),
    ("O’Brien", "o'brien"),
    ("Zarif.", "zarif"),
    ("", ""),
])
def test_name_key_ignores_case_diacritics_and_spacing(name, key):
    assert name_key(name) == key


def test_document_and_quotes_are_stored_with_offsets(db_path):
    ex = article(("We will negotiate", "Jane Doe", "2021-03-04"), published="2021-03-05")
    result = store(db_path, ex)
    assert (result.status, result.quotes) == ("added", 1)
    (text,) = rows(db_path, "SELECT text FROM documents")[0]
    start, end, qtext, date, source = rows(
        db_path, "SELECT start_offset, end_offset, text, date_said, date_source FROM quotes")[0]
    assert text[start:end] == qtext == "We will negotiate"
    assert (date, source) == ("2021-03-04", "explicit")


def test_quote_without_date_takes_the_publication_date(db_path):
    store(db_path, article(("We will negotiate", "Jane Doe", None), published="2021-03-05"))
    assert rows(db_path, "SELECT date_said, date_source FROM quotes") == [("2021-03-05", "published")]


def test_same_text_twice_is_skipped_and_force_replaces_in_place(db_path):
    ex = article(("We will negotiate", "Jane Doe", None))
    first = store(db_path, ex)
    second = store(db_path, ex, source="elsewhere.txt")
    assert second.status == "skipped" and second.document_id == first.document_id
    assert rows(db_path, "SELECT COUNT(*) FROM quotes") == [(1,)]
    again = store(db_path, ex, force=True)
    assert (again.status, again.document_id) == ("replaced", first.document_id)
    assert rows(db_path, "SELECT COUNT(*), MIN(document_id) FROM quotes") == [(1, first.document_id)]
    assert rows(db_path, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'negotiate'") == [(1,)]


def test_force_keeps_the_ids_of_quotes_found_again_at_the_same_span(db_path):
    import dataclasses

    ex = article(("We will negotiate", "Jane Doe", None), ("Taxes will fall", "Jim Roe", None),
                 ("Fees will rise", "Ann Lee", None))
    store(db_path, ex)
    before = rows(db_path, "SELECT id, start_offset, text FROM quotes ORDER BY id")
    q1, q2, q3 = ex.quotes
    # re-extraction: the first quote now has another speaker, the second is gone, the
    # third is found as an indirect claim (another kind), and a new quote appears
    new = [q1._replace(speaker="Jane Q. Doe", speaker_aliases=()),
           q3._replace(kind="indirect"),
           quote("Jim Roe said", ex.text.index("Jim Roe said"), None, kind="indirect")]
    store(db_path, dataclasses.replace(ex, quotes=tuple(new)), force=True)
    after = rows(db_path, "SELECT q.id, q.start_offset, q.kind, s.name FROM quotes AS q"
                          " LEFT JOIN speakers AS s ON s.id = q.speaker_id ORDER BY q.id")
    assert after[0] == (before[0][0], q1.start, "direct", "Jane Q. Doe")  # same id, updated
    assert sorted(a[1:3] for a in after[1:]) == sorted([(q3.start, "indirect"),
                                                        (new[2].start, "indirect")])
    assert rows(db_path, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'taxes'") == [(0,)]
    assert rows(db_path, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'negotiate'") == [(1,)]
    # statement counts stay exact: three statements, each with one source
    assert rows(db_path, "SELECT COUNT(*), SUM(sources) FROM statements") == [(3, 3)]
    assert rows(db_path, "SELECT COUNT(*) FROM statements WHERE NOT EXISTS"
                         " (SELECT 1 FROM quotes WHERE statement_id = statements.id)") == [(0,)]


def test_a_failing_document_leaves_nothing_behind(db_path):
    bad = Extraction(text="x", meta=DocumentMeta(), quotes=(quote("x", 0, "A B", kind="bogus"),))
    with pytest.raises(Exception):
        store(db_path, bad)
    assert rows(db_path, "SELECT COUNT(*) FROM documents") == [(0,)]
    assert rows(db_path, "SELECT COUNT(*) FROM speakers") == [(0,)]


def test_speakers_match_across_documents_by_name_alias_and_diacritics(db_path):
    store(db_path, article(("One", "Mohammad Javad Zarif", None),
                           aliases={"Mohammad Javad Zarif": ["Zarif", "Javad Zarif"]}))
    store(db_path, article(("Two", "Javad Zarif", None), title="second"))
    store(db_path, article(("Three", "ZARIF", None), title="third"))
    store(db_path, article(("Four", "José Müller", None), title="fourth"))
    store(db_path, article(("Five", "Jose Muller", None), title="fifth"))
    speakers = rows(db_path, "SELECT s.name, COUNT(q.id) FROM speakers s JOIN quotes q"
                             " ON q.speaker_id = s.id GROUP BY s.id ORDER BY s.id")
    assert speakers == [("Mohammad Javad Zarif", 3), ("José Müller", 2)]


def test_surname_matches_only_when_unambiguous(db_path):
    store(db_path, article(("One", "Donald Trump", None)))
    store(db_path, article(("Two", "Trump", None), title="b"))
    assert rows(db_path, "SELECT COUNT(*) FROM speakers") == [(1,)]
    store(db_path, article(("Three", "Melania Trump", None), title="c"))
    store(db_path, article(("Four", "Trump", None), title="d"))
    names = [n for (n,) in rows(db_path, "SELECT name FROM speakers ORDER BY id")]
    assert names == ["Donald Trump", "Melania Trump", "Trump"]


def test_organizations_do_not_get_surname_aliases(db_path):
    ex = article(("A", "Foreign Ministry", None))
    ex = Extraction(ex.text, ex.meta, (quote("A", ex.quotes[0].start, "Foreign Ministry",
                                             speaker_kind="organization"),))
    store(db_path, ex)
    assert rows(db_path, "SELECT alias FROM speaker_aliases") == [("Foreign Ministry",)]
    assert rows(db_path, "SELECT kind FROM speakers") == [("organization",)]


def test_merge_moves_quotes_and_aliases(db_path):
    store(db_path, article(("One", "Mohammad Javad Zarif", None), ("Two", "Javad Zarif", None)))
    with open_database(db_path) as db:
        result = merge_speakers(db, "Mohammad Javad Zarif", "Javad Zarif")
        assert result["quotes_moved"] == 1
        assert find_speaker_ids(db, "javad zarif") == [result["id"]]
        with pytest.raises(QueryError, match="same speaker"):
            merge_speakers(db, "Mohammad Javad Zarif", "Javad Zarif")
        with pytest.raises(QueryError, match="no speaker"):
            merge_speakers(db, "Mohammad Javad Zarif", "Nobody")
    assert rows(db_path, "SELECT COUNT(*), COUNT(DISTINCT speaker_id) FROM quotes") == [(2, 1)]


def test_merge_refuses_an_ambiguous_alias(db_path):
    store(db_path, article(("One", "Donald Trump", None), ("Two", "Melania Trump", None),
                           ("Three", "Joe Biden", None)))
    with open_database(db_path) as db, pytest.raises(QueryError, match="ambiguous"):
        merge_speakers(db, "Joe Biden", "Trump")


def test_sqlalchemy_backend_stores_and_reads_the_same(tmp_path):
    url = f"sqlite+pysqlite:///{tmp_path / 'sa.db'}"
    with open_database(url) as db:
        r = store_extraction(db, source="s", extraction=article(("We will negotiate", "Jane Doe", None)),
                             extractor_version="t")
        assert r.quotes == 1
        assert db.scalar("SELECT name FROM speakers") == "Jane Doe"
        assert store_extraction(db, source="s", extraction=article(("We will negotiate", "Jane Doe", None)),
                                extractor_version="t").status == "skipped"


def test_statements_are_linked_in_batches_across_and_within_documents(db_path, monkeypatch):
    import quotedb.db as db_module

    monkeypatch.setattr(db_module, "IN_CHUNK", 2)  # several IN (...) lookups per document
    store(db_path, article(("We stand firm", "Ann Lee", None), ("Prices will fall", "Bo Chen", None)))
    store(db_path, article(("Prices will fall!", "Bo Chen", None), ("New words here", "Cy Diaz", None),
                           ("We stand firm", "Ann Lee", None), ("we stand  firm", "Di Evans", None),
                           ("Last one", "Ed Fox", None), title="second"))
    linked = rows(db_path, "SELECT q.text, st.text FROM quotes q JOIN statements st ON st.id = q.statement_id"
                           " ORDER BY q.id")
    assert [s for _, s in linked] == ["We stand firm", "Prices will fall", "Prices will fall", "New words here",
                                      "We stand firm", "We stand firm", "Last one"]
    assert rows(db_path, "SELECT COUNT(*) FROM statements") == [(4,)]
    assert rows(db_path, "SELECT sources FROM statements ORDER BY id") == [(2,), (2,), (1,), (1,)]


def test_keys_made_by_a_worker_store_what_the_writer_would_make(tmp_path):
    from quotedb.store import prepare_keys

    ex = article(("One", "Mohammad Javad Zarif", None), ("Two", "Foreign Ministry", None),
                 aliases={"Mohammad Javad Zarif": ["Zarif", "Javad Zarif"]})
    ex = Extraction(ex.text, ex.meta, (ex.quotes[0], quote("Two", ex.quotes[1].start, "Foreign Ministry",
                                                           speaker_kind="organization")))
    keys = prepare_keys(ex.quotes)
    assert keys == ("one", "two")
    dumps = []
    for name, given in (("a.db", keys), ("b.db", None)):
        with open_database(str(tmp_path / name)) as db:
            store_extraction(db, source="x.txt", extraction=ex, extractor_version="t", keys=given)
        dumps.append([rows(str(tmp_path / name), f"SELECT * FROM {t} ORDER BY id")
                      for t in ("speakers", "speaker_aliases", "statements")])
    assert dumps[0] == dumps[1]
