"""Read commands through the CLI on a database built from hand-made extractions."""

from __future__ import annotations

import csv
import io
import sqlite3

import pytest

from quotedb.db import HEAD_REVISION, open_database
from quotedb.queries import HIGHLIGHT, fts_query, who_said


def test_who_said_finds_stemmed_words_ranked_with_speakers(cli, filled_db):
    result = cli("who-said", "negotiate", "--db", filled_db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = result.json()
    assert {r["speaker"] for r in rows} == {"Mohammad Javad Zarif", "Ali Khamenei"}
    assert len(rows) == 3  # negotiate, Negotiations, negotiated
    assert [r["rank"] for r in rows] == sorted(r["rank"] for r in rows)
    for key in ("speaker", "date", "quote", "title", "id"):
        assert key in rows[0]


def test_who_said_matches_all_words(cli, filled_db):
    rows = cli("who-said", "negotiate washington", "--db", filled_db, "-f", "json").json()
    assert [r["speaker"] for r in rows] == ["Mohammad Javad Zarif"]
    assert "Washington" in rows[0]["quote"]


@pytest.mark.parametrize("query", [
    'negotiate"', "NOT", "AND OR NOT", "NEAR(negotiate", "text:negotiate", "negotiate*",
    "'; DROP TABLE quotes; --", "(negotiate", "^negotiate", "negotiate -", "\"\"\"", "{a b}",
])
def test_nasty_queries_never_raise_and_change_nothing(cli, filled_db, query):
    result = cli("who-said", query, "--db", filled_db, "--format", "json")
    if result.exit_code:
        assert result.stderr.startswith("quotedb: nothing to search for")
    else:
        assert isinstance(result.json(), list)
    conn = sqlite3.connect(filled_db)
    assert conn.execute("SELECT COUNT(*) FROM quotes").fetchone() == (5,)
    conn.close()


def test_fts_query_quotes_every_word():
    assert fts_query('negotiate" NOT') == '"negotiate""" "NOT"'
    assert fts_query("don't stop") == "\"don't\" \"stop\""


def test_raw_passes_fts_syntax_and_reports_errors(cli, filled_db):
    rows = cli("who-said", "negotiate NOT washington", "--raw", "--db", filled_db, "-f", "json").json()
    assert len(rows) == 2 and all("Washington" not in r["quote"] for r in rows)
    bad = cli("who-said", 'negotiate"', "--raw", "--db", filled_db)
    assert bad.exit_code == 1 and bad.stderr.startswith("quotedb: invalid full-text query")
    assert "Traceback" not in bad.stderr


def test_who_said_filters(cli, filled_db):
    def speakers(*args):
        r = cli("who-said", "negotiate", "--db", filled_db, "-f", "json", *args)
        assert r.exit_code == 0, r.stderr
        return sorted(row["speaker"] for row in r.json())

    assert speakers("--speaker", "zarif") == ["Mohammad Javad Zarif"] * 2
    assert speakers("--speaker", "Javad Zarif") == ["Mohammad Javad Zarif"] * 2
    assert speakers("--since", "2020-02") == ["Ali Khamenei", "Mohammad Javad Zarif"]
    assert speakers("--until", "2020-01") == ["Mohammad Javad Zarif"]
    assert speakers("--since", "2020-02-04", "--until", "2020-02-10") == ["Mohammad Javad Zarif"]
    assert speakers("--kind", "indirect") == []
    assert len(speakers("--limit", "1")) == 1


@pytest.mark.parametrize("args, message", [
    (["--since", "last week"], "use an ISO date"),
    (["--since", "2020-13"], "'2020-13': no such date (month must be in 1..12)"),
    (["--since", "2019-02-30"], "'2019-02-30': no such date (day is out of range for month)"),
    (["--until", "2019-00"], "no such date"),
    (["--speaker", "Nobody Atall"], "is unknown"),
])
def test_bad_filters_are_one_line_errors(cli, filled_db, args, message):
    result = cli("who-said", "negotiate", "--db", filled_db, *args)
    assert result.exit_code == 1 and message in result.stderr
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("args", [["who-said", "nothingmatchesthis"], ["quotes", "--since", "2031"],
                                  ["export", "--since", "2031"]])
def test_csv_with_no_rows_prints_the_header(cli, filled_db, args):
    result = cli(*args, "--db", filled_db, "-f", "csv")
    assert result.exit_code == 0
    header = result.stdout.splitlines()
    assert len(header) == 1 and header[0].startswith("id,speaker,date,quote,kind,")


def test_csv_header_is_the_same_with_rows(cli, filled_db):
    for args in (["who-said", "negotiate"], ["quotes"], ["speakers"]):
        header = cli(*args, "--db", filled_db, "-f", "csv").stdout.splitlines()[0]
        keys = cli(*args, "--db", filled_db, "-f", "json").json()[0].keys()
        assert header.split(",") == list(keys)
    empty_speakers = cli("speakers", "--db", filled_db, "-f", "csv", "--limit", "0").stdout
    assert empty_speakers == "id,name,kind,quotes,aliases,ambiguous\n"


def test_a_publication_date_standing_in_is_told_apart(cli, db_path):
    from conftest import article, store

    store(db_path, article(("Tariffs on trade will rise next spring", "Ann Lee", None),
                           title="Later report", published="2021-05-09"), source="a.txt")
    store(db_path, article(("Trade ports will be closed on Sunday", "Bo Chen", "2021-05-02"),
                           title="Port news", published="2021-05-03"), source="b.txt")
    rows = {r["speaker"]: r for r in cli("who-said", "trade", "--db", db_path, "-f", "json").json()}
    assert (rows["Ann Lee"]["date"], rows["Ann Lee"]["date_source"]) == ("2021-05-09", "published")
    assert (rows["Bo Chen"]["date"], rows["Bo Chen"]["date_source"]) == ("2021-05-02", "explicit")
    table = cli("who-said", "trade", "--db", db_path, "--wide").stdout
    assert "2021-05-09 (published)" in table and "2021-05-02 (published)" not in table
    # a reprint dated by the text itself, earlier: who-said shows its date and source
    store(db_path, article(("Tariffs on trade will rise next spring", "Ann Lee", "2021-05-01"),
                           title="Wire copy", published="2021-05-08"), source="c.txt")
    ann = [r for r in cli("who-said", "tariffs", "--db", db_path, "-f", "json").json()]
    assert [(r["date"], r["date_source"], r["sources"]) for r in ann] == [
        ("2021-05-01", "explicit", 2)]
    assert "(published)" not in cli("who-said", "tariffs", "--db", db_path).stdout


def test_highlight_only_when_asked(filled_db):
    with open_database(filled_db) as db:
        plain = who_said(db, "sanctions")
        marked = who_said(db, "sanctions", highlight=True)
    assert HIGHLIGHT[0] not in plain[0]["quote"]
    assert f"{HIGHLIGHT[0]}sanctions{HIGHLIGHT[1]}" in marked[0]["quote"]


def test_table_and_csv_and_jsonl_render_the_same_rows(cli, filled_db):
    table = cli("who-said", "negotiate", "--db", filled_db, "--wide").stdout.splitlines()
    assert table[0].split() == ["SPEAKER", "DATE", "SOURCES", "QUOTE", "TITLE", "ID"]
    assert len(table) == 4 and "\x1b" not in "".join(table)
    piped = cli("who-said", "negotiate", "--db", filled_db).stdout.splitlines()
    assert max(map(len, piped)) <= 100 and len(piped) > 4  # wrapped to $COLUMNS or 100
    rows = list(csv.DictReader(io.StringIO(cli("who-said", "negotiate", "--db", filled_db, "-f", "csv").stdout)))
    lines = cli("who-said", "negotiate", "--db", filled_db, "-f", "jsonl").jsonl()
    assert [r["id"] for r in rows] == [str(r["id"]) for r in lines]


def test_no_results_message_goes_to_stderr(cli, filled_db):
    result = cli("who-said", "pineapple", "--db", filled_db)
    assert result.exit_code == 0 and result.stdout == "" and "no quotes found" in result.stderr
    assert cli("who-said", "pineapple", "--db", filled_db, "-f", "json").json() == []


def test_quotes_of_a_speaker_in_date_order_aliases_count(cli, filled_db):
    rows = cli("quotes", "--speaker", "Zarif", "--db", filled_db, "-f", "json").json()
    assert [r["date"] for r in rows] == ["2020-01-24", "2020-02-10"]
    assert {r["speaker_mention"] for r in rows} == {"Mohammad Javad Zarif", "Javad Zarif"}
    everything = cli("quotes", "--db", filled_db, "-f", "json").json()
    assert [r["date"] for r in everything] == sorted(r["date"] for r in everything)


def test_speakers_lists_counts_and_aliases(cli, filled_db):
    rows = cli("speakers", "--db", filled_db, "-f", "json").json()
    assert rows[0]["name"] == "Mohammad Javad Zarif" and rows[0]["quotes"] == 2
    assert set(rows[0]["aliases"]) >= {"Zarif", "Javad Zarif"}
    assert {r["name"] for r in rows} == {"Mohammad Javad Zarif", "Donald Trump", "Ali Khamenei",
                                         "Hassan Rouhani"}


def test_speakers_merge_through_the_cli(cli, filled_db):
    result = cli("speakers", "merge", "Ali Khamenei", "Hassan Rouhani", "--db", filled_db)
    assert result.exit_code == 0 and "1 quote moved" in result.stdout
    rows = cli("speakers", "--db", filled_db, "-f", "json").json()
    khamenei = next(r for r in rows if r["name"] == "Ali Khamenei")
    assert khamenei["quotes"] == 2 and "Hassan Rouhani" in khamenei["aliases"]
    assert "Hassan Rouhani" not in {r["name"] for r in rows}
    again = cli("speakers", "merge", "Ali Khamenei", "Nobody", "--db", filled_db)
    assert again.exit_code == 1 and "no speaker matches 'Nobody'" in again.stderr


def test_show_gives_the_paragraph_and_provenance(cli, filled_db):
    quote_id = cli("who-said", "thanks", "--db", filled_db, "-f", "json").json()[0]["id"]
    record = cli("show", quote_id, "--db", filled_db, "-f", "json").json()
    assert record["speaker"] == "Donald Trump"
    assert record["context"] == "“No thanks,” Donald Trump said."
    assert record["document"].endswith("one.txt") and len(record["sha256"]) == 64
    table = cli("show", quote_id, "--db", filled_db).stdout
    assert "context" in table and "Donald Trump" in table
    missing = cli("show", 999, "--db", filled_db)
    assert missing.exit_code == 1 and "no quote with id 999" in missing.stderr


def test_export_streams_every_quote(cli, filled_db):
    rows = cli("export", "--db", filled_db).jsonl()
    assert len(rows) == 5
    data = list(csv.DictReader(io.StringIO(cli("export", "--db", filled_db, "-f", "csv").stdout)))
    assert len(data) == 5 and {"speaker", "quote", "date", "document", "start", "end"} <= set(data[0])
    only = cli("export", "--db", filled_db, "--speaker", "Donald Trump").jsonl()
    assert [r["quote"] for r in only] == ["No thanks"]


def test_stats(cli, filled_db):
    stats = cli("stats", "--db", filled_db, "-f", "json").json()
    assert (stats["documents"], stats["quotes"], stats["speakers"]) == (3, 5, 4)
    assert (stats["first_date"], stats["last_date"]) == ("2020-01-24", "2020-03-01")
    assert stats["direct_quotes"] == 5
    assert "documents" in cli("stats", "--db", filled_db).stdout


@pytest.mark.parametrize("args", [
    ["who-said", "negotiate"], ["quotes"], ["speakers"], ["show", "1"], ["export"],
    ["stats"], ["sql", "SELECT 1"], ["speakers", "merge", "A", "B"], ["speakers", "split", "A", "B"],
    ["speakers", "rename", "A", "B"], ["speakers", "set-kind", "A", "place"], ["db", "current"],
    ["db", "downgrade", "base"], ["timeline"],
])
def test_read_commands_never_create_a_database(cli, tmp_path, args):
    result = cli(*args, "--db", "typo.db")
    assert result.exit_code == 1
    assert result.stderr == "quotedb: no database at typo.db (run quotedb ingest first)\n"
    assert not (tmp_path / "typo.db").exists()
    result = cli(*args)  # the default ./quotes.db in the wrong folder
    assert result.exit_code == 1 and "no database at quotes.db" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_only_ingest_and_db_upgrade_create_a_database(cli, tmp_path):
    fresh = tmp_path / "fresh.db"
    assert f"at revision {HEAD_REVISION}" in cli("db", "upgrade", "--db", fresh).stdout
    assert cli("stats", "--db", fresh, "-f", "json").json()["documents"] == 0
    assert cli("db", "current", "--db", fresh).stdout.strip() == f"{HEAD_REVISION} (head)"
    (tmp_path / "a.txt").write_text("“We will talk,” Jane Doe said.\n", encoding="utf-8")
    assert cli("ingest", "a.txt", "--db", tmp_path / "new.db").exit_code == 0
    assert cli("stats", "--db", tmp_path / "new.db", "-f", "json").json()["documents"] == 1


def test_db_commands(cli, tmp_path, monkeypatch):
    target = tmp_path / "x.db"
    assert cli("db", "path", "--db", target).stdout.strip() == str(target)
    monkeypatch.setenv("QUOTEDB_DB", str(tmp_path / "env.db"))
    assert cli("db", "path").stdout.strip() == str(tmp_path / "env.db")
    sqlite3.connect(tmp_path / "env.db").close()  # an empty SQLite file: no schema yet
    assert cli("db", "current").stdout.strip() == "base (empty)"
    assert f"at revision {HEAD_REVISION}" in cli("db", "upgrade").stdout
    assert "at revision base" in cli("db", "downgrade", "base").stdout
    assert cli("db", "path", "--db", "postgresql://u:secret@host/db").stdout.strip() == \
        "postgresql://u:***@host/db"


def test_not_a_database_is_a_clear_error(cli, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_text("this is not sqlite" * 100)
    result = cli("stats", "--db", junk)
    assert result.exit_code == 1 and "not a quotedb SQLite database" in result.stderr


def test_a_database_from_a_newer_quotedb_is_a_clear_error(cli, filled_db):
    conn = sqlite3.connect(filled_db)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    result = cli("stats", "--db", filled_db)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "newer quotedb" in result.stderr


def test_unknown_revision_for_db_upgrade(cli, tmp_path):
    result = cli("db", "upgrade", "--revision", "nope", "--db", tmp_path / "x.db")
    assert result.exit_code == 1 and result.stderr.startswith("quotedb: ")


def _ranking_db(db_path):
    from conftest import article, store

    # stored first, so oldest: the best match by far (the word three times, short)
    store(db_path, article(("Negotiate, negotiate, negotiate", "Ann Lee", None), title="Old"),
          source="old.txt")
    for i in range(6):
        store(db_path, article((f"We may negotiate one day about topic number {i} and many other "
                                f"long and winding matters of state", f"Speaker {i}", None),
                               title=f"New {i}"), source=f"new{i}.txt")
    return db_path


def test_who_said_ranks_every_match_with_bm25_when_few_match(db_path):
    with open_database(_ranking_db(db_path)) as db:
        rows = who_said(db, "negotiate", limit=3)
    assert rows[0]["speaker"] == "Ann Lee"
    assert len(rows) == 3


def test_who_said_on_a_very_common_word_ranks_the_newest_matches(db_path, monkeypatch):
    import quotedb.queries as queries

    monkeypatch.setattr(queries, "EXACT_RANK_MAX", 2)
    monkeypatch.setattr(queries, "CANDIDATES", 3)
    with open_database(_ranking_db(db_path)) as db:
        rows = who_said(db, "negotiate", limit=1)
    # the oldest quote lies outside the newest 5 candidates: the broad-search trade-off
    assert len(rows) == 1 and rows[0]["speaker"].startswith("Speaker ")


def test_exact_ranking_reads_rows_best_first_in_chunks_until_filters_are_met(db_path, monkeypatch):
    import quotedb.queries as queries

    monkeypatch.setattr(queries, "EXACT_CHUNK", 1)
    with open_database(_ranking_db(db_path)) as db:
        every = who_said(db, "negotiate", limit=10)
        one = who_said(db, "negotiate", speaker="Speaker 4", limit=1)  # chunks of 2 rows
        marked = who_said(db, "negotiate", limit=2, highlight=True)
    assert [r["speaker"] for r in every][0] == "Ann Lee" and len(every) == 7
    # the speaker's quote ranks below others: later chunks are read until it is found
    assert [r["speaker"] for r in one] == ["Speaker 4"]
    assert [r["speaker"] for r in marked] == [r["speaker"] for r in every[:2]]
    assert all(queries.HIGHLIGHT[0] in r["quote"] for r in marked)


PREFIXES = [
    ("negotiat*", '("negotiat"* OR "negotia" OR "negoti" OR "negot" OR "nego")'),
    ("talk*", '"talk"*'),
    ("sanct*", '("sanct"* OR "sanc")'),
    ('"negotiat"* AND iran', '("negotiat"* OR "negotia" OR "negoti" OR "negot" OR "nego") AND iran'),
    ('"negotiat* talks" OR tariff', '"negotiat* talks" OR tariff'),  # inside a phrase: as written
    ("^talk* OR NEAR(negotiat* talks)", "^talk* OR NEAR(negotiat* talks)"),
    ("text:sanct* NOT tariff", 'text:("sanct"* OR "sanc") NOT tariff'),
]


@pytest.mark.parametrize("query, expanded", PREFIXES)
def test_prefix_terms_are_expanded(query, expanded):
    from quotedb.fts import expand_prefixes

    assert expand_prefixes(query) == expanded


def test_a_prefix_finds_what_a_user_expects(cli, seeds_db):
    def ids(*args):
        return {r["id"] for r in cli("who-said", *args, "--db", seeds_db, "-f", "json",
                                     "-n", "100").json()}

    negot = ids("--raw", "negot*")
    assert len(negot) >= 10
    assert ids("--raw", "negotiat*") == negot == ids("negotiat*") == ids("--raw", '"negotiat"*')
    assert ids("negotiate") == negot  # every form stems to negoti
    assert ids("--raw", "negotiations*") <= negot and ids("--raw", "sanction*") == ids("sanctions")


def test_prefix_search_through_the_library(db_path):
    from conftest import article, store

    store(db_path, article(("The organization will expand", "Ann Lee", None),
                           ("Organizational changes are due", "Bo Chen", None),
                           ("We talk about economies of scale", "Cy Dee", None)))
    with open_database(db_path) as db:
        def speakers(query):
            return sorted(r["speaker"] for r in who_said(db, query, raw=True))

        assert speakers("organizat*") == ["Ann Lee", "Bo Chen"]
        assert speakers("economi*") == ["Cy Dee"]
