"""Writing documents, speakers and quotes; one transaction per document.

Speakers are shared across documents; which row a quote's speaker is decided by
``speakerdb.SpeakerResolver`` per quote, then by ``speakerdb.consolidate`` once per batch
of documents (the caller's, or this document's alone).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable

from .consolidation import consolidate
from .db import Database, in_list, rows_in
from .models import Extraction, Quote
from .speakerdb import SpeakerBatch, SpeakerResolver, forget
from .statements import statement_key


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


@dataclass(frozen=True, slots=True)
class Stored:
    status: str  # added | replaced | skipped
    document_id: int
    quotes: int


def document_id_for(db: Database, sha256: str) -> int | None:
    return db.scalar("SELECT id FROM documents WHERE sha256 = :sha", {"sha": sha256})


_INSERT_QUOTE = """
INSERT INTO quotes (document_id, speaker_id, text, kind, start_offset, end_offset,
                    paragraph_index, cue, speaker_mention, role, venue, date_said,
                    date_precision, date_source, confidence, statement_id, speaker_claim)
VALUES (:document_id, :speaker_id, :text, :kind, :start, :end, :paragraph, :cue,
        :speaker_mention, :role, :venue, :date_said, :date_precision, :date_source,
        :confidence, :statement_id, :speaker_claim)
"""


def prepare_keys(quotes) -> tuple[str, ...]:
    """The statement key of each quote, computed where the document was extracted (an
    ingest worker), so the single writer only looks them up, binds and inserts."""
    return tuple(statement_key(q.text) for q in quotes)


def store_extraction(db: Database, *, source: str, extraction: Extraction,
                     extractor_version: str, sha256: str | None = None,
                     force: bool = False, url: str | None = None,
                     keys: tuple[str, ...] | None = None,
                     speakers: SpeakerBatch | None = None) -> Stored:
    """Store one document and its quotes atomically.

    A document whose text is already stored is skipped; with ``force`` its quotes are
    replaced in place (same document id).  The check runs inside the write
    transaction, so two concurrent ingests of one text store it once.  ``keys``:
    prepare_keys(extraction.quotes), when an ingest worker has computed them.
    ``speakers``: the batch this document belongs to, whose caller runs
    ``speakerdb.consolidate`` once it is stored; without one the document is its own
    batch, consolidated in its transaction.
    """
    keys = keys or prepare_keys(extraction.quotes)
    sha = sha256 or text_sha256(extraction.text)
    meta = extraction.meta
    published = meta.published
    doc = {
        "source": source, "sha": sha, "title": meta.title, "author": meta.author,
        "published": published.value if published else None,
        "published_precision": published.precision if published else None,
        "text": extraction.text, "ingested_at": _now(), "version": extractor_version,
        "url": url,
    }
    try:
        return _store(db, doc, sha, published, extraction, force, keys, speakers)
    except BaseException:
        forget(db)  # the speakers this document wrote were rolled back with it
        raise


def _store(db: Database, doc: dict, sha: str, published, extraction: Extraction,
           force: bool, keys: tuple[str, ...], batch: SpeakerBatch | None) -> Stored:
    with db.transaction():
        existing = document_id_for(db, sha)
        if existing is not None and not force:
            return Stored("skipped", existing, 0)
        if existing is not None:
            old_quotes = list(db.rows(
                "SELECT id, start_offset, end_offset, kind, statement_id, speaker_id FROM quotes"
                " WHERE document_id = :id ORDER BY id", {"id": existing}))
            old_statements = list({r["statement_id"] for r in old_quotes
                                   if r["statement_id"] is not None})
            db.execute(
                "UPDATE documents SET source = :source, title = :title, author = :author,"
                " published = :published, published_precision = :published_precision,"
                " ingested_at = :ingested_at, extractor_version = :version, url = :url"
                " WHERE id = :id",
                {**doc, "id": existing})
            doc_id, status = existing, "replaced"
        else:
            doc_id = db.scalar(
                "INSERT INTO documents (source, sha256, title, author, published,"
                " published_precision, text, ingested_at, extractor_version, url)"
                " VALUES (:source, :sha, :title, :author, :published, :published_precision,"
                " :text, :ingested_at, :version, :url) RETURNING id", doc)
            status = "added"
        speakers = SpeakerResolver(db, batch)
        if status == "replaced":  # the rows its old quotes leave are re-decided too
            speakers.batch.touched.update(r["speaker_id"] for r in old_quotes if r["speaker_id"])
        rows = [_quote_row(q, doc_id, speakers, published) for q in extraction.quotes]
        _link_statements(db, rows, keys)
        if status == "replaced":
            rows = _update_in_place(db, old_quotes, rows)
        db.executemany(_INSERT_QUOTE, rows)
        if batch is None:
            consolidate(db, speakers.batch)
        if status == "replaced":
            _recount_statements(db, set(old_statements) | {r["statement_id"] for r in rows})
            _drop_orphan_statements(db, old_statements)
        else:
            _count_new_source(db, rows)
    return Stored(status, doc_id, len(extraction.quotes))


_UPDATE_QUOTE = """
UPDATE quotes SET speaker_id = :speaker_id, text = :text, paragraph_index = :paragraph,
    cue = :cue, speaker_mention = :speaker_mention, role = :role, venue = :venue,
    date_said = :date_said, date_precision = :date_precision, date_source = :date_source,
    confidence = :confidence, statement_id = :statement_id, speaker_claim = :speaker_claim
WHERE id = :id
"""


def _update_in_place(db: Database, old: list[dict], rows: list[dict]) -> list[dict]:
    """Re-extraction keeps the id of every quote found again at the same span and of
    the same kind (so ``quotedb show ID``, links and notes stay valid): those rows
    are updated, the quotes no longer found deleted.  Returns the rows to insert."""
    by_span: dict[tuple, list[int]] = {}
    for r in old:
        by_span.setdefault((r["start_offset"], r["end_offset"], r["kind"]), []).append(r["id"])
    updates, inserts = [], []
    for row in rows:
        ids = by_span.get((row["start"], row["end"], row["kind"]))
        if ids:
            updates.append({**row, "id": ids.pop(0)})
        else:
            inserts.append(row)
    gone = [i for ids in by_span.values() for i in ids]
    if gone:
        names, bound = in_list("g", gone)
        db.execute(f"DELETE FROM quotes WHERE id IN ({names})", bound)
    db.executemany(_UPDATE_QUOTE, updates)
    return inserts


def _count_new_source(db: Database, rows: list[dict]) -> None:
    """A new document is one more source of each statement it reports."""
    add_sources(db, {sid: (1, d) for sid, d in first_dates(
        (row["statement_id"], row["date_said"]) for row in rows).items()})


def first_dates(said: Iterable[tuple[int, str | None]]) -> dict[int, str | None]:
    """Each statement of one document's quotes (statement id, date said) -> its
    earliest dated day there (None when undated or dated without a year)."""
    first: dict[int, str | None] = {}
    for sid, date in said:
        d = date if date is not None and date < ":" else None
        first[sid] = earlier(first.get(sid), d)
    return first


def earlier(a: str | None, b: str | None) -> str | None:
    """The earlier of two ISO dates, None counting as unknown, not as early."""
    return b if a is None or (b is not None and b < a) else a


def add_sources(db: Database, counts: dict[int, tuple[int, str | None]]) -> None:
    """``statement id -> (new sources, their earliest date)`` added to the counts."""
    db.executemany(
        "UPDATE statements SET sources = sources + :n, first_date = CASE WHEN CAST(:d AS TEXT) IS NOT NULL"
        " AND (first_date IS NULL OR CAST(:d AS TEXT) < first_date) THEN CAST(:d AS TEXT) ELSE first_date END"
        " WHERE id = :sid", [{"sid": sid, "n": n, "d": d} for sid, (n, d) in counts.items()])


def _recount_statements(db: Database, ids: set) -> None:
    """Exact counts again for the statements a re-extracted document touched."""
    collate = ' COLLATE "C"' if db.dialect == "postgresql" else ""
    db.executemany(
        "UPDATE statements SET"
        " sources = (SELECT COUNT(DISTINCT q.document_id) FROM quotes AS q"
        "            WHERE q.statement_id = statements.id),"
        f" first_date = (SELECT MIN(q.date_said) FROM quotes AS q"
        f"               WHERE q.statement_id = statements.id AND q.date_said{collate} < ':')"
        " WHERE id = :sid", [{"sid": sid} for sid in ids if sid is not None])


def _link_statements(db: Database, rows: list[dict], keys: tuple[str, ...]) -> None:
    """Set each row's ``statement_id``: the statement with the same key, created when
    this is the first article to report the quotation.  A few statements per
    document: insert the keys (existing ones are left alone), then read every id back."""
    first: dict[str, str] = {}
    for row, key in zip(rows, keys):
        first.setdefault(key, row["text"])
    if not first:
        return
    db.executemany("INSERT INTO statements (key, text) VALUES (:key, :text) ON CONFLICT (key) DO NOTHING",
                   [{"key": k, "text": t} for k, t in first.items()])
    ids = {r["key"]: r["id"] for r in rows_in(db, "SELECT key, id FROM statements WHERE key {in}", first)}
    for row, key in zip(rows, keys):
        row["statement_id"] = ids[key]


def _drop_orphan_statements(db: Database, ids: list[int]) -> None:
    for sid in ids:
        db.execute("DELETE FROM statements WHERE id = :id AND NOT EXISTS"
                   " (SELECT 1 FROM quotes WHERE statement_id = :id)", {"id": sid})


def _quote_row(q: Quote, doc_id: int, speakers: SpeakerResolver, published) -> dict:
    return {**quote_fields(q, published), "document_id": doc_id, "speaker_id": speakers.resolve(q),
            "venue": speakers.venue(q), "speaker_claim": q.speaker}


def quote_fields(q: Quote, published) -> dict:
    """A quote's row values that need no database (the Spark job writes these): the
    publication date stands in for an undated quote."""
    date = q.date
    if date is None and published is not None:
        date_said, precision, source = published.value, published.precision, "published"
    elif date is not None:
        date_said, precision, source = date.value, date.precision, date.source
    else:
        date_said = precision = source = None
    return {
        "text": q.text, "kind": q.kind, "start": q.start, "end": q.end, "paragraph": q.paragraph,
        "cue": q.cue, "speaker_mention": q.speaker_mention, "role": q.role, "venue": q.venue,
        "date_said": date_said, "date_precision": precision, "date_source": source,
        "confidence": q.confidence,
    }
