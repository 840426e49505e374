"""One quotation reported by several articles is one statement with several sources."""

from __future__ import annotations

import json
import sqlite3

import pytest

from conftest import article, quote, store
from quotedb import db as qdb
from quotedb.statements import statement_key

SAME = [  # how different outlets print one quotation
    "We will not negotiate while the sanctions remain in place",
    "we will not negotiate   while the sanctions remain in place.",
    "We will not negotiate ... while the sanctions remain in place,",
    "We will not negotiate … while the sanctions remain in place",
    "We will not negotiate [...] while the sanctions remain in place",
    "\u201cWe will not negotiate while the sanctions remain in place\u201d",
    "WE WILL NOT NEGOTIATE WHILE THE SANCTIONS REMAIN IN PLACE!",
]
DIFFERENT = [
    "We will negotiate while the sanctions remain in place",
    "We will not negotiate while sanctions remain in place",
    "We will not negotiate while the sanctions remain",
]


def test_statement_key_erases_typography_only():
    keys = {statement_key(s) for s in SAME}
    assert len(keys) == 1
    assert keys.pop() == "we will not negotiate while the sanctions remain in place"
    for other in DIFFERENT:
        assert statement_key(other) != statement_key(SAME[0])


@pytest.mark.parametrize("a, b", [
    ("We don’t want war", "We don't want war"),
    ("a—b", "a – b".replace(" ", "")),
    ("It is ‘final’", "It is 'final'"),
    ("«Nous négocierons»", "nous négocierons"),
    # cuts spread by spaces, tabs and line breaks (the fast path collapses them first)
    ("The plan .  .\t. will fail", "The plan … will fail"),
    ("The plan [ .\n. ] will fail", "the plan will fail"),
    ("The plan (. .) will fail", "The plan ... will fail"),
    ("Ｔhe plan ．．． will fail", "the plan will fail"),  # full-width: NFKC first
])
def test_statement_key_equivalents(a, b):
    assert statement_key(a) == statement_key(b)


@pytest.mark.parametrize("text", [
    "It ended. We start again. Today.",  # sentence stops are not cuts
    "Version 2.0 ships in May. Then 3.0",
    "A `quoted` \"word\" here",
])
def test_statement_key_keeps_single_stops(text):
    assert "  " not in statement_key(text)
    assert statement_key(text).count(".") == text.count(".") - text.endswith(".")


def _three_reports(db_path):
    store(db_path, article((SAME[0], "Ali Khamenei", "2020-02-03"),
                           ("Our economy is strong", "Hassan Rouhani", None),
                           title="Wire report", published="2020-02-03"), source="wire.txt")
    store(db_path, article((SAME[1], "Khamenei", "2020-02-04"),
                           title="Paper report", published="2020-02-04"), source="paper.txt")
    store(db_path, article((SAME[3], None, None),
                           title="Blog report", published="2020-02-09"), source="blog.txt")


def test_who_said_shows_a_statement_once_with_sources_and_earliest_date(cli, db_path):
    _three_reports(db_path)
    rows = cli("who-said", "negotiate", "--db", db_path, "-f", "json").json()
    assert len(rows) == 1
    assert rows[0]["sources"] == 3 and rows[0]["date"] == "2020-02-03"
    assert rows[0]["speaker"] == "Ali Khamenei"
    table = cli("who-said", "negotiate", "--db", db_path).stdout.splitlines()
    assert table[0].split()[:3] == ["SPEAKER", "DATE", "SOURCES"]
    assert table[1].split()[:4] == ["Ali", "Khamenei", "2020-02-03", "3"]
    # a statement reported once keeps one source
    one = cli("who-said", "economy", "--db", db_path, "-f", "json").json()
    assert [r["sources"] for r in one] == [1]


def test_limit_counts_statements_not_occurrences(cli, db_path):
    _three_reports(db_path)
    store(db_path, article(("Talks could negotiate a truce", "Ann Lee", "2020-03-01"),
                           title="Other"), source="other.txt")
    rows = cli("who-said", "negotiate", "--limit", "2", "--db", db_path, "-f", "json").json()
    assert len(rows) == 2 and len({r["statement_id"] for r in rows}) == 2


def test_show_lists_every_source(cli, db_path):
    _three_reports(db_path)
    quote_id = cli("who-said", "negotiate", "--db", db_path, "-f", "json").json()[0]["id"]
    record = cli("show", quote_id, "--db", db_path, "-f", "json").json()
    sources = record["sources"]
    assert [s["title"] for s in sources] == ["Wire report", "Paper report", "Blog report"]
    assert [s["date"] for s in sources] == ["2020-02-03", "2020-02-04", "2020-02-09"]
    assert sources[0]["source"].endswith("wire.txt") and sources[2]["speaker"] is None
    table = cli("show", quote_id, "--db", db_path).stdout
    assert "Paper report" in table and "Blog report" in table


def test_quotebank_export(cli, db_path):
    _three_reports(db_path)
    records = cli("export", "--format", "quotebank", "--db", db_path).jsonl()
    assert len(records) == 2
    by_text = {r["quotation"]: r for r in records}
    r = by_text[SAME[0]]
    assert list(r) == ["quoteID", "quotation", "speaker", "qids", "date", "numOccurrences",
                       "probas", "urls"]
    assert r["speaker"] == "Ali Khamenei" and r["qids"] == [] and r["numOccurrences"] == 3
    assert r["date"] == "2020-02-03 00:00:00"
    assert r["quoteID"].startswith("2020-02-03-")
    # two of three occurrences name Khamenei with confidence 0.9: 0.6, the rest unattributed
    assert r["probas"] == [["Ali Khamenei", "0.6000"], ["None", "0.4000"]]
    assert r["urls"] == ["wire.txt", "paper.txt", "blog.txt"]  # documents' url, else source
    assert len({rec["quoteID"] for rec in records}) == 2
    only = cli("export", "-f", "quotebank", "--speaker", "Hassan Rouhani", "--db", db_path).jsonl()
    assert [o["quotation"] for o in only] == ["Our economy is strong"]
    assert only[0]["probas"] == [["Hassan Rouhani", "0.9000"], ["None", "0.1000"]]
    assert only[0]["date"] == "2020-02-03 00:00:00"  # the article's date stands in


def test_quotebank_dates_for_year_only_and_undated_statements(cli, db_path):
    from quotedb.models import DateRef, DocumentMeta, Extraction

    text = "Budget\n\n“We cut taxes,” Ann Lee said.\n\n“We raise fees,” Bo Chen said.\n"
    year = DateRef("2019", "year", "explicit")
    lee = quote("We cut taxes", text.index("We cut"), "Ann Lee")
    chen = quote("We raise fees", text.index("We raise"), "Bo Chen")
    store(db_path, Extraction(text=text, meta=DocumentMeta(title="Budget"), quotes=(
        _with_date(lee, year), chen)), source="budget.txt")
    records = {r["speaker"]: r for r in cli("export", "-f", "quotebank", "--db", db_path).jsonl()}
    assert records["Ann Lee"]["date"] is None and records["Ann Lee"]["quoteID"].startswith("2019-00-00-")
    assert records["Bo Chen"]["date"] is None and records["Bo Chen"]["quoteID"].startswith("0000-00-00-")
    # the same year-only quotation in an article published on a day: that day, as Quotebank
    text2 = "Fees\n\n“We cut taxes,” Ann Lee said.\n"
    again = _with_date(quote("We cut taxes", text2.index("We cut"), "Ann Lee"), year)
    store(db_path, Extraction(text=text2, meta=DocumentMeta(
        title="Fees", published=DateRef("2019-06-02", "day", "explicit")), quotes=(again,)),
        source="fees.txt")
    lee_record = [r for r in cli("export", "-f", "quotebank", "--db", db_path).jsonl()
                  if r["speaker"] == "Ann Lee"][0]
    assert lee_record["date"] == "2019-06-02 00:00:00"
    assert lee_record["quoteID"].startswith("2019-06-02-") and lee_record["numOccurrences"] == 2


def _with_date(q, date):
    return q._replace(date=date)


def _count(db_path, sql):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def test_force_reextraction_keeps_statements_consistent(db_path):
    _three_reports(db_path)
    assert _count(db_path, "SELECT COUNT(*) FROM statements") == 2
    # the wire article re-extracted without the economy quote: that statement goes
    store(db_path, article((SAME[0], "Ali Khamenei", "2020-02-03"),
                           ("Our economy is strong", "Hassan Rouhani", None),
                           title="Wire report", published="2020-02-03"), source="wire.txt",
          force=True)
    assert _count(db_path, "SELECT COUNT(*) FROM statements") == 2
    assert _count(db_path, "SELECT COUNT(DISTINCT statement_id) FROM quotes") == 2
    assert _count(db_path, "SELECT COUNT(*) FROM quotes WHERE statement_id IS NULL") == 0


def test_orphaned_statement_is_removed_on_force(db_path):
    text = article(("Only here", "Ann Lee", None), title="Solo")
    store(db_path, text, source="solo.txt")
    emptied = type(text)(text=text.text, meta=text.meta, quotes=())
    store(db_path, emptied, source="solo.txt", force=True)
    assert _count(db_path, "SELECT COUNT(*) FROM statements") == 0


def test_migration_groups_existing_quotes(db_path):
    _three_reports(db_path)
    url = qdb.resolve_url(db_path)
    qdb.downgrade(url, "0002")
    assert _count(db_path, "SELECT COUNT(*) FROM quotes") == 4
    qdb.upgrade(url)
    assert _count(db_path, "SELECT COUNT(*) FROM statements") == 2
    assert _count(db_path, "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM quotes"
                           " GROUP BY statement_id)") == 3
    assert _count(db_path, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'negotiate'") == 3
    assert _count(db_path, "SELECT COUNT(*) FROM quote_view WHERE statement_id IS NOT NULL") == 4


def test_statements_in_json_export_and_sql(cli, db_path):
    _three_reports(db_path)
    rows = cli("export", "--db", db_path).jsonl()
    assert len({r["statement_id"] for r in rows}) == 2 and len(rows) == 4
    out = cli("sql", "SELECT s.text, COUNT(DISTINCT q.document_id) AS n FROM statements AS s"
                     " JOIN quotes AS q ON q.statement_id = s.id GROUP BY s.id ORDER BY n DESC",
              "--db", db_path, "-f", "json").json()
    assert out[0] == {"text": SAME[0], "n": 3}
    assert json.dumps(out)  # plain values only


def _fts_in_sync(db_path) -> None:
    """FTS5's own check of statements_fts against the statements rows (raises if not)."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("INSERT INTO statements_fts(statements_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()


def _statement_matches(db_path, words):
    conn = sqlite3.connect(db_path)
    try:
        return sorted(r[0] for r in conn.execute(
            "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?", (words,)))
    finally:
        conn.close()


def test_statements_fts_follows_inserts_updates_deletes_and_force(db_path):
    _three_reports(db_path)
    _fts_in_sync(db_path)
    negotiate = _count(db_path, "SELECT id FROM statements WHERE text = 'We will not negotiate"
                                " while the sanctions remain in place'")
    assert _statement_matches(db_path, "negotiations") == [negotiate]  # stemmed, one row, 3 reports
    assert _statement_matches(db_path, "economy") != []
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE statements SET text = 'Pineapple diplomacy' WHERE id = ?", (negotiate,))
    conn.commit()
    conn.close()
    _fts_in_sync(db_path)
    assert _statement_matches(db_path, "negotiate") == []
    assert _statement_matches(db_path, "pineapple") == [negotiate]
    # --force without the economy quote: its statement is deleted, and leaves the index
    wire = article((SAME[0], "Ali Khamenei", "2020-02-03"), ("Our economy is strong", "Hassan Rouhani", None),
                   title="Wire report", published="2020-02-03")  # the text _three_reports stored
    store(db_path, type(wire)(text=wire.text, meta=wire.meta, quotes=wire.quotes[:1]), source="wire.txt",
          force=True)
    _fts_in_sync(db_path)
    assert _statement_matches(db_path, "economy") == []
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM quotes")
    conn.execute("DELETE FROM statements")
    conn.commit()
    conn.close()
    _fts_in_sync(db_path)
    assert _statement_matches(db_path, "pineapple") == []


def _reprinted(db_path, reprints=12):
    """One wire statement reprinted by ``reprints`` articles (all by Ann Lee, one by Bo
    Chen, one dated 2021 and the rest 2020), beside two statements reported once."""
    for i in range(reprints):
        speaker = "Bo Chen" if i == 7 else "Ann Lee"
        date = "2021-05-01" if i == 9 else f"2020-01-{i + 1:02d}"
        store(db_path, article(("The agreement on water rights stands", speaker, date),
                               title=f"Wire {i}", published=date), source=f"wire{i}.txt")
    store(db_path, article(("Our agreement with the union is fair", "Cy Diaz", "2020-03-01"),
                           title="Union"), source="union.txt")
    store(db_path, article(("No agreement was ever signed", "Di Evans", "2022-01-01"),
                           title="Denial"), source="denial.txt")


def test_who_said_gives_each_statement_once_however_often_reprinted(cli, db_path):
    _reprinted(db_path)
    rows = cli("who-said", "agreement", "--db", db_path, "-f", "json").json()
    assert len(rows) == 3 and len({r["statement_id"] for r in rows}) == 3
    wire = next(r for r in rows if r["sources"] == 12)
    assert wire["title"] == "Wire 0" and wire["date"] == "2020-01-01"  # first stored, earliest date
    two = cli("who-said", "agreement", "--limit", "2", "--db", db_path, "-f", "json").json()
    assert len({r["statement_id"] for r in two}) == 2


@pytest.mark.parametrize("options, titles", [
    (["--speaker", "Bo Chen"], ["Wire 7"]),  # the one occurrence Bo Chen is credited with
    (["--since", "2021"], ["Wire 9", "Denial"]),  # the statement's 2021 occurrence is shown
    (["--until", "2020-02"], ["Wire 0"]),
    (["--speaker", "Ann Lee", "--since", "2020-01-05", "--until", "2020-12"], ["Wire 4"]),
    (["--kind", "indirect"], []),
])
def test_who_said_filters_apply_to_the_occurrences_of_a_statement(cli, db_path, options, titles):
    _reprinted(db_path)
    rows = cli("who-said", "agreement", *options, "--db", db_path, "-f", "json").json()
    assert sorted(r["title"] for r in rows) == sorted(titles)
    assert all(r["sources"] == 12 for r in rows if r["title"].startswith("Wire"))


def test_who_said_broad_search_over_statements_applies_filters(db_path, monkeypatch):
    """The newest-statements path (more matches than EXACT_RANK_MAX): filters still
    pick statements by their occurrences, older batches are read until found."""
    import quotedb.queries as queries
    from quotedb.db import open_database

    _reprinted(db_path)
    for i in range(6):  # newer statements than the wire one: more than one batch of 5
        store(db_path, article((f"Agreement number {i} is close", "Ed Fox", None), title=f"Later {i}"),
              source=f"later{i}.txt")
    monkeypatch.setattr(queries, "EXACT_RANK_MAX", 1)
    monkeypatch.setattr(queries, "CANDIDATES", 1)
    with open_database(db_path) as db:
        newest = queries.who_said(db, "agreement", limit=1)
        chen = queries.who_said(db, "agreement", speaker="Bo Chen", limit=1)
        since = queries.who_said(db, "agreement", since="2021", limit=1)
    assert newest[0]["title"].startswith("Later ")  # a batch of the 5 newest statements
    assert [r["title"] for r in chen] == ["Wire 7"]  # found in the second batch
    assert [(r["title"], r["sources"]) for r in since] in ([("Denial", 1)], [("Wire 9", 12)])
