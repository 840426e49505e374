"""Shared fixtures: an isolated working directory, a CLI runner, and databases
filled with hand-built extractions (independent of what the extractor finds)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotedb.cli import app
from quotedb.db import open_database
from quotedb.models import DateRef, DocumentMeta, Extraction, Quote
from quotedb.store import store_extraction

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """Every test runs in its own folder with no QUOTEDB_DB or COLUMNS from the caller's shell."""
    monkeypatch.delenv("QUOTEDB_DB", raising=False)
    monkeypatch.delenv("COLUMNS", raising=False)  # tables are as wide as a pipe's
    monkeypatch.chdir(tmp_path)


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)

    def jsonl(self):
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


def invoke(*args, input=None):
    """Run the CLI in-process; an unexpected exception fails the test with its traceback."""
    r = CliRunner().invoke(app, [str(a) for a in args], input=input)
    if r.exception and not isinstance(r.exception, SystemExit):
        raise r.exception
    return r


@pytest.fixture
def cli():
    def run(*args, input=None) -> Result:
        r = invoke(*args, input=input)
        return Result(r.exit_code, r.stdout, r.stderr)

    return run


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "test.db")


def quote(text: str, start: int, speaker: str | None, *, kind="direct", aliases=(),
          date: str | None = None, mention=None, speaker_kind="person", paragraph=0) -> Quote:
    return Quote(start=start, end=start + len(text), text=text, kind=kind, paragraph=paragraph,
                 speaker=speaker, speaker_kind=speaker_kind if speaker else None,
                 speaker_aliases=tuple(aliases), speaker_mention=mention or speaker,
                 cue="said",
                 date=DateRef(date, "day" if date and len(date) == 10 else "month", "explicit")
                 if date else None, confidence=0.9)


def article(*sentences: tuple[str, str | None, str | None], title="A test article",
            published: str | None = None, aliases=None) -> Extraction:
    """An extraction built by hand: each sentence is ``(quoted text, speaker, date)``
    written as ``“TEXT,” SPEAKER said.``; offsets are exact."""
    text, quotes = title + "\n\n", []
    for i, (said, speaker, date) in enumerate(sentences):
        start = len(text) + 1
        text += f"“{said},” {speaker or 'someone'} said.\n\n"
        quotes.append(quote(said, start, speaker, date=date, paragraph=i + 1,
                            aliases=(aliases or {}).get(speaker, ())))
    meta = DocumentMeta(title=title,
                        published=DateRef(published, "day", "explicit") if published else None)
    return Extraction(text=text, meta=meta, quotes=tuple(quotes))


def store(db_path: str, extraction: Extraction, source="test.txt", force=False):
    with open_database(db_path) as db:
        return store_extraction(db, source=source, extraction=extraction,
                                extractor_version="test", force=force)


@pytest.fixture
def filled_db(db_path) -> str:
    """Three articles, four speakers, dates across two months."""
    return fill(db_path)


def fill(db_path: str) -> str:
    """The ``filled_db`` articles stored into ``db_path`` (a path or a database URL)."""
    store(db_path, article(
        ("We will negotiate with Washington if sanctions are lifted", "Mohammad Javad Zarif",
         "2020-01-24"),
        ("No thanks", "Donald Trump", "2020-01-26"),
        title="Zarif speaks of negotiations", published="2020-01-28",
        aliases={"Mohammad Javad Zarif": ["Zarif", "Javad Zarif"]}), source="one.txt")
    store(db_path, article(
        ("Negotiations are not on the table", "Ali Khamenei", "2020-02-03"),
        ("The talks were negotiated in bad faith", "Javad Zarif", "2020-02-10"),
        title="Khamenei rejects talks", published="2020-02-11"), source="two.txt")
    store(db_path, article(
        ("Our economy is strong", "Hassan Rouhani", None),
        title="Rouhani on the economy", published="2020-03-01"), source="three.txt")
    return db_path


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> str:
    """The bundled seed articles ingested once with the real extractor."""
    from quotedb.ingest import ingest

    path = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    summary = ingest([str(SEEDS)], db=path)
    assert summary.added == 5 and summary.failed == 0
    return path


def count_documents(db: Path) -> int:
    """Read without writing (the process being tested owns the file)."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # not created yet, or mid-migration
        return 0
