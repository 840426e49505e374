"""`--speaker` lookup and speaker curation (merge, split, rename, set-kind) on the CLI:
answers, one-line errors, and hand decisions that survive re-extraction."""

from __future__ import annotations

import re
import shutil
import sqlite3

import pytest

from conftest import SEEDS, article, store
from quotedb import db as qdb


@pytest.fixture
def seeds(seeds_db, tmp_path) -> str:
    path = str(tmp_path / "seeds.db")
    shutil.copy(seeds_db, path)
    return path


def _speakers(cli, db) -> dict:
    return {r["name"]: r for r in cli("speakers", "--format", "json", "--db", db).json()}


def _one_line_error(r, *parts):
    assert r.exit_code == 1 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1 and r.stderr.startswith("quotedb: ")
    for p in parts:
        assert p in r.stderr, r.stderr


def test_the_speakers_help_examples_work_on_the_seeds(cli, seeds):
    """Each speakers command's --help example, in an order where split undoes merge."""
    examples = []
    for sub in ([], ["rename"], ["set-kind"], ["merge"], ["split"]):
        help_text = cli("speakers", *sub, "--help").stdout
        examples += re.findall(r"Example: quotedb (speakers [^;\n]+)", help_text)
    assert len(examples) == 5
    import shlex
    for example in examples:
        r = cli(*shlex.split(example.rstrip(". ")), "--db", seeds)
        assert r.exit_code == 0, (example, r.stderr)
    names = _speakers(cli, seeds)
    assert names["Donald Trump"]["quotes"] == 2  # renamed
    assert names["Abbas Araghchi"]["quotes"] == 2  # merged, then split back
    assert names["Mohammad Javad Zarif"]["quotes"] == 8
    assert names["Keyhan"]["kind"] == "publication"


def test_speaker_lookup_by_full_name_alias_and_unique_surname(cli, seeds):
    for name in ("Mohammad Javad Zarif", "mohammad zarif", "ZARIF", "Dr. Zarif"):
        r = cli("quotes", "--speaker", name, "--format", "json", "--db", seeds)
        assert r.exit_code == 0, r.stderr
        assert {row["speaker"] for row in r.json()} == {"Mohammad Javad Zarif"}
        assert len(r.json()) == 8
    r = cli("who-said", "negotiate", "--speaker", "Trump", "--format", "json", "--db", seeds)
    assert r.exit_code == 0 and {row["speaker"] for row in r.json()} == {"Donald J. Trump"}


def test_an_ambiguous_speaker_is_an_error_listing_the_people_most_quoted_first(cli, seeds):
    r = cli("quotes", "--speaker", "Ali", "--db", seeds)
    _one_line_error(r, 'quotedb: speaker "Ali" is ambiguous: Ali Khamenei (3), Ali Shamkhani (1)')
    for command in (("who-said", "talks"), ("export",)):
        _one_line_error(cli(*command, "--speaker", "Ali", "--db", seeds), "is ambiguous")


def test_an_ambiguous_row_names_the_people_it_may_be(cli, db_path):
    store(db_path, article(("A", "Marta Lindqvist", None), ("B", "Marta Lindqvist", None),
                           ("C", "Olof Lindqvist", None)), source="1.txt")
    store(db_path, article(("D", "Lindqvist", None), title="second"), source="2.txt")
    assert _speakers(cli, db_path)["Lindqvist"]["ambiguous"] is True
    _one_line_error(cli("quotes", "-s", "Lindqvist", "--db", db_path),
                    'speaker "Lindqvist" is ambiguous: Marta Lindqvist (2), Olof Lindqvist (1)')
    r = cli("quotes", "-s", "Olof", "--format", "json", "--db", db_path)
    assert [row["quote"] for row in r.json()] == ["C"]


def test_an_unknown_speaker_suggests_the_nearest_names(cli, seeds):
    _one_line_error(cli("quotes", "--speaker", "Zarf", "--db", seeds),
                    'speaker "Zarf" is unknown; nearest: Mohammad Javad Zarif')
    _one_line_error(cli("who-said", "talks", "-s", "Qqqqxx", "--db", seeds),
                    'speaker "Qqqqxx" is unknown (see `quotedb speakers`)')


def test_hand_decisions_survive_ingest_force(cli, seeds):
    assert cli("speakers", "merge", "Mohammad Javad Zarif", "Abbas Araghchi", "--db", seeds).exit_code == 0
    assert cli("speakers", "rename", "Ahmad Khatami", "Ayatollah Ahmad Khatami", "--db", seeds).exit_code == 0
    assert cli("speakers", "set-kind", "Maryam Rajavi", "organization", "--db", seeds).exit_code == 0
    before = _speakers(cli, seeds)
    r = cli("ingest", "--force", SEEDS, "--db", seeds)
    assert r.exit_code == 0 and "5 re-extracted" in r.stdout
    after = _speakers(cli, seeds)
    assert "Abbas Araghchi" not in after and after["Mohammad Javad Zarif"]["quotes"] == 10
    assert after["Ayatollah Ahmad Khatami"]["quotes"] == 3 and "Ahmad Khatami" not in after
    assert after["Maryam Rajavi"]["kind"] == "organization"
    assert {n: r["quotes"] for n, r in after.items() if r["quotes"]} == \
        {n: r["quotes"] for n, r in before.items() if r["quotes"]}
    # the split undoes the merge, and that too is kept
    r = cli("speakers", "split", "Zarif", "Araghchi", "--db", seeds)
    assert r.exit_code == 0 and "2 quotes" in r.stdout
    cli("ingest", "--force", SEEDS, "--db", seeds)
    after = _speakers(cli, seeds)
    assert after["Abbas Araghchi"]["quotes"] == 2 and after["Mohammad Javad Zarif"]["quotes"] == 8


def test_curation_errors_are_one_line(cli, seeds):
    _one_line_error(cli("speakers", "rename", "Zarif", "Ali Khamenei", "--db", seeds),
                    "already called")
    _one_line_error(cli("speakers", "split", "Zarif", "Nobody", "--db", seeds), "no quotes or aliases")
    _one_line_error(cli("speakers", "split", "Zarif", "Mohammad Javad Zarif", "--db", seeds), "own name")
    _one_line_error(cli("speakers", "rename", "Nobody", "X", "--db", seeds), "no speaker matches")


def test_quotebank_probas_follow_merged_identities(cli, db_path):
    said = "We will hold the line on taxes"
    store(db_path, article((said, "Sen. Marta K. Lindqvist", None)), source="1.txt")
    store(db_path, article((said, "Marta Lindqvist", None), title="two"), source="2.txt")
    store(db_path, article((said, "Marta Lindquist", None), title="three"), source="3.txt")
    [rec] = cli("export", "--format", "quotebank", "--db", db_path).jsonl()
    assert [p[0] for p in rec["probas"]] == ["Marta Lindqvist", "Marta Lindquist", "None"]
    assert cli("speakers", "merge", "Marta Lindqvist", "Marta Lindquist", "--db", db_path).exit_code == 0
    [rec] = cli("export", "--format", "quotebank", "--db", db_path).jsonl()
    assert rec["probas"] == [["Marta Lindqvist", "0.9000"], ["None", "0.1000"]]
    assert rec["speaker"] == "Marta Lindqvist"


def test_migration_0008_keeps_speakers_through_up_and_down(filled_db):
    url = qdb.resolve_url(filled_db)
    conn = sqlite3.connect(filled_db)
    linked = conn.execute("SELECT id, speaker_id FROM quotes ORDER BY id").fetchall()
    conn.execute("UPDATE speakers SET kind = 'place' WHERE name = 'Hassan Rouhani'")
    conn.commit()
    conn.close()
    qdb.downgrade(url, "0006")
    conn = sqlite3.connect(filled_db)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("SELECT id, speaker_id FROM quotes ORDER BY id").fetchall() == linked
    assert conn.execute("SELECT kind FROM speakers WHERE name = 'Hassan Rouhani'").fetchone() == ("organization",)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE speakers SET kind = 'place'")
    cols = {c[1] for c in conn.execute("PRAGMA table_info(quotes)")}
    assert "speaker_claim" not in cols
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    qdb.upgrade(url)
    conn = sqlite3.connect(filled_db)
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("SELECT id, speaker_id FROM quotes ORDER BY id").fetchall() == linked
    # quotes stored before 0008 claim the name of the speaker they hang on
    assert conn.execute("SELECT COUNT(*) FROM quotes AS q JOIN speakers AS s ON s.id = q.speaker_id"
                        " WHERE q.speaker_claim = s.name").fetchone() == (len(linked),)
    conn.execute("UPDATE speakers SET kind = 'publication' WHERE name = 'Ali Khamenei'")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("UPDATE speakers SET kind = 'planet'")
    assert conn.execute("SELECT COUNT(*) FROM speakers WHERE ambiguous = 0").fetchone()[0] == 4
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def _write_articles(folder, *articles):
    """Article files of ``(speaker, [quotes])`` paragraphs written ``“Q,” SPEAKER said.``"""
    folder.mkdir(exist_ok=True)
    for n, paragraphs in enumerate(articles):
        body = "".join(f"“{q},” {who} said on Monday.\n\n" for who, quotes in paragraphs for q in quotes)
        (folder / f"{n}.txt").write_text(f"Harbour news {n}\n\n{body}", encoding="utf-8")


def test_a_dominant_surname_resolves_and_hand_decisions_beat_the_rule(cli, db_path, tmp_path):
    docs = tmp_path / "docs"
    _write_articles(docs, [("Ingrid Solberg", ["The ferry runs again", "Fares stay low",
                                               "We add a pier", "The pier is late"])],
                    [("Henrik Solberg", ["I was not consulted"])],
                    [("Solberg", ["Not this winter"])])
    assert cli("ingest", docs, "--db", db_path).exit_code == 0
    # Ingrid Solberg holds 4 of the 5 quotes naming a Solberg in full: the bare one is hers
    r = cli("quotes", "-s", "Solberg", "--format", "json", "--db", db_path)
    assert r.exit_code == 0, r.stderr
    assert {row["speaker"] for row in r.json()} == {"Ingrid Solberg"} and len(r.json()) == 5
    assert "Solberg" not in _speakers(cli, db_path)
    # by hand: the bare quote is Henrik's, and stays his through re-extraction and a
    # database where Ingrid is ever more dominant
    assert cli("speakers", "split", "Ingrid Solberg", "Solberg", "--db", db_path).exit_code == 0
    assert _speakers(cli, db_path)["Solberg"]["quotes"] == 1
    assert _speakers(cli, db_path)["Ingrid Solberg"]["quotes"] == 4
    assert cli("speakers", "merge", "Henrik Solberg", "Solberg", "--db", db_path).exit_code == 0
    _write_articles(docs, [("Ingrid Solberg", ["The ferry runs again", "Fares stay low",
                                               "We add a pier", "The pier is late"])],
                    [("Henrik Solberg", ["I was not consulted"])],
                    [("Solberg", ["Not this winter"])],
                    [("Ingrid Solberg", ["Summer timetable out", "Buses meet the ferry"])],
                    [("Solberg", ["Tickets cost less"])])
    r = cli("ingest", "--force", docs, "--db", db_path)
    assert r.exit_code == 0 and "2 documents added, 3 re-extracted" in r.stdout
    speakers = _speakers(cli, db_path)
    assert speakers["Henrik Solberg"]["quotes"] == 3 and speakers["Ingrid Solberg"]["quotes"] == 6
    assert "Solberg" not in speakers
    r = cli("quotes", "-s", "Henrik Solberg", "--format", "json", "--db", db_path)
    assert {row["quote"].rstrip(",") for row in r.json()} == {"I was not consulted", "Not this winter",
                                                  "Tickets cost less"}


def test_a_surname_no_one_dominates_stays_an_error_listing_the_people(cli, db_path, tmp_path):
    docs = tmp_path / "docs"
    _write_articles(docs,
                    [("Ingrid Solberg", ["The ferry runs again", "Fares stay low", "We add a pier"])],
                    [("Henrik Solberg", ["I was not consulted"])],
                    [("Solberg", ["Not this winter"])])
    assert cli("ingest", docs, "--db", db_path).exit_code == 0
    assert _speakers(cli, db_path)["Solberg"]["ambiguous"] is True
    _one_line_error(cli("quotes", "-s", "Solberg", "--db", db_path),
                    'speaker "Solberg" is ambiguous: Ingrid Solberg (3), Henrik Solberg (1)')
