"""Writing documents, speakers and quotes; one transaction per document.

Speakers are shared across documents: a quote's speaker is matched to an existing
row by canonical name or alias (case- and diacritics-insensitive); a name that is
only an alias (a surname) matches when exactly one speaker carries it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone

from .db import Database, in_list
from .errors import QueryError
from .models import SPEAKER_KINDS, Extraction, Quote
from .statements import statement_key

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_EDGE_PUNCT = " .,;:!?\"'()[]{}“”«»"


def name_key(name: str | None) -> str:
    """Comparison key of a name: no diacritics, case-folded, one space between words."""
    if not name:
        return ""
    s = name.translate(_APOSTROPHES)
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.casefold().split()).strip(_EDGE_PUNCT)


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
                    date_precision, date_source, confidence, statement_id)
VALUES (:document_id, :speaker_id, :text, :kind, :start, :end, :paragraph, :cue,
        :speaker_mention, :role, :venue, :date_said, :date_precision, :date_source,
        :confidence, :statement_id)
"""


def store_extraction(db: Database, *, source: str, extraction: Extraction,
                     extractor_version: str, sha256: str | None = None,
                     force: bool = False, url: str | None = None) -> Stored:
    """Store one document and its quotes atomically.

    A document whose text is already stored is skipped; with ``force`` its quotes are
    replaced in place (same document id).  The check runs inside the write
    transaction, so two concurrent ingests of one text store it once.
    """
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
    with db.transaction():
        existing = document_id_for(db, sha)
        if existing is not None and not force:
            return Stored("skipped", existing, 0)
        if existing is not None:
            old_statements = [r["statement_id"] for r in db.rows(
                "SELECT DISTINCT statement_id FROM quotes WHERE document_id = :id"
                " AND statement_id IS NOT NULL", {"id": existing})]
            db.execute("DELETE FROM quotes WHERE document_id = :id", {"id": existing})
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
        speakers = _SpeakerResolver(db)
        rows = [_quote_row(q, doc_id, speakers.resolve(q), published) for q in extraction.quotes]
        _link_statements(db, rows)
        db.executemany(_INSERT_QUOTE, rows)
        if status == "replaced":
            _recount_statements(db, set(old_statements) | {r["statement_id"] for r in rows})
            _drop_orphan_statements(db, old_statements)
        else:
            _count_new_source(db, rows)
    return Stored(status, doc_id, len(rows))


def _count_new_source(db: Database, rows: list[dict]) -> None:
    """A new document is one more source of each statement it reports."""
    add_sources(db, {sid: (1, d) for sid, d in first_dates(rows).items()})


def first_dates(rows: list[dict]) -> dict[int, str | None]:
    """Each statement of one document's quote rows -> its earliest dated day there
    (None when undated or dated without a year)."""
    first: dict[int, str | None] = {}
    for row in rows:
        d = row["date_said"] if row["date_said"] is not None and row["date_said"] < ":" else None
        old = first.get(row["statement_id"])
        first[row["statement_id"]] = d if old is None or (d is not None and d < old) else old
    return first


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


def _link_statements(db: Database, rows: list[dict]) -> None:
    """Set each row's ``statement_id``: the statement with the same key, created when
    this is the first article to report the quotation."""
    keys = {}
    for row in rows:
        key = statement_key(row["text"])
        if key not in keys:
            # a new key (most of them) costs one statement: RETURNING gives no row on conflict
            keys[key] = db.scalar(
                "INSERT INTO statements (key, text) VALUES (:key, :text)"
                " ON CONFLICT (key) DO NOTHING RETURNING id", {"key": key, "text": row["text"]}) \
                or db.scalar("SELECT id FROM statements WHERE key = :key", {"key": key})
        row["statement_id"] = keys[key]


def _drop_orphan_statements(db: Database, ids: list[int]) -> None:
    for sid in ids:
        db.execute("DELETE FROM statements WHERE id = :id AND NOT EXISTS"
                   " (SELECT 1 FROM quotes WHERE statement_id = :id)", {"id": sid})


def _quote_row(q: Quote, doc_id: int, speaker_id: int | None, published) -> dict:
    date = q.date
    if date is None and published is not None:
        date_said, precision, source = published.value, published.precision, "published"
    elif date is not None:
        date_said, precision, source = date.value, date.precision, date.source
    else:
        date_said = precision = source = None
    return {
        "document_id": doc_id, "speaker_id": speaker_id, "text": q.text, "kind": q.kind,
        "start": q.start, "end": q.end, "paragraph": q.paragraph, "cue": q.cue,
        "speaker_mention": q.speaker_mention, "role": q.role, "venue": q.venue,
        "date_said": date_said, "date_precision": precision, "date_source": source,
        "confidence": q.confidence,
    }


class SpeakerTable:
    """The speakers and speaker_aliases rows the resolver reads and writes (SQL, one
    statement at a time); the bulk loader substitutes a batch-wide in-memory copy."""

    def __init__(self, db: Database):
        self.db = db

    def by_name_key(self, key: str) -> int | None:
        return self.db.scalar("SELECT id FROM speakers WHERE name_key = :k", {"k": key})

    def by_name_or_alias(self, key: str) -> set[int]:
        return {r["speaker_id"] for r in self.db.rows(
            "SELECT speaker_id FROM speaker_aliases WHERE alias_key = :k"
            " UNION SELECT id FROM speakers WHERE name_key = :k", {"k": key})}

    def create(self, name: str, key: str, kind: str) -> int:
        return self.db.scalar(
            "INSERT INTO speakers (name, name_key, kind) VALUES (:name, :key, :kind)"
            " RETURNING id", {"name": name, "key": key, "kind": kind})

    def add_aliases(self, speaker_id: int, forms) -> None:
        add_aliases(self.db, speaker_id, forms)


class _SpeakerResolver:
    """Finds or creates the speakers row for each quote within one transaction."""

    def __init__(self, db: Database, table: SpeakerTable | None = None):
        self.table = table or SpeakerTable(db)
        self.cache: dict[str, int] = {}
        self.aliased: set[tuple[int, str | None, tuple[str, ...]]] = set()

    def resolve(self, q: Quote) -> int | None:
        key = name_key(q.speaker)
        if not key:
            return None
        if key not in self.cache:
            self.cache[key] = self._find(key, q) or self._create(q.speaker, key, q.speaker_kind)
        speaker_id = self.cache[key]
        self._add_aliases(speaker_id, q)
        return speaker_id

    def _find(self, key: str, q: Quote) -> int | None:
        found = self.table.by_name_key(key)
        if found is not None:
            return found
        candidates = [key] + [k for k in map(name_key, q.speaker_aliases) if " " in k and k != key]
        for k in candidates:
            ids = self.table.by_name_or_alias(k)
            if len(ids) == 1:
                return ids.pop()
            if len(ids) > 1:
                return None  # ambiguous: a new speaker of this exact name
        return None

    def _create(self, name: str, key: str, kind: str | None) -> int:
        return self.table.create(name.strip(), key, kind if kind in SPEAKER_KINDS else "person")

    def _add_aliases(self, speaker_id: int, q: Quote) -> None:
        seen = (speaker_id, q.speaker, q.speaker_aliases)
        if seen in self.aliased:
            return
        self.aliased.add(seen)
        self.table.add_aliases(speaker_id, alias_forms(q))


def alias_forms(q: Quote) -> list[str]:
    """The names a quote's speaker is recorded under: as written, the document's other
    forms and, for a person, the surname (how later articles refer to them)."""
    forms = [q.speaker, *q.speaker_aliases]
    words = q.speaker.split()
    if (q.speaker_kind or "person") == "person" and len(words) > 1:
        forms.append(words[-1])
    return forms


def alias_rows(speaker_id: int, forms) -> list[dict]:
    """One row per distinct alias key among ``forms``, the first form written kept."""
    seen = set()
    rows = []
    for form in forms:
        key = name_key(form)
        if key and key not in seen:
            seen.add(key)
            rows.append({"sid": speaker_id, "alias": form.strip(), "key": key})
    return rows


def add_aliases(db: Database, speaker_id: int, forms) -> None:
    rows = alias_rows(speaker_id, forms)
    db.executemany(
        "INSERT INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (:sid, :alias, :key)"
        " ON CONFLICT (speaker_id, alias_key) DO NOTHING", rows)


def find_speaker_ids(db: Database, name: str) -> list[int]:
    """Speakers a user-typed name refers to: an id, a canonical name, or an alias."""
    if name.strip().isdigit():
        found = db.scalar("SELECT id FROM speakers WHERE id = :id", {"id": int(name)})
        return [found] if found is not None else []
    key = name_key(name)
    exact = db.scalar("SELECT id FROM speakers WHERE name_key = :k", {"k": key})
    if exact is not None:
        return [exact]
    return sorted(r["speaker_id"] for r in db.rows(
        "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE alias_key = :k", {"k": key}))


def _one_speaker(db: Database, name: str) -> dict:
    ids = find_speaker_ids(db, name)
    if not ids:
        raise QueryError(f"no speaker matches {name!r}")
    if len(ids) > 1:
        marks, bound = in_list("i", ids)
        names = ", ".join(f"{r['name']} (id {r['id']})" for r in db.rows(
            f"SELECT id, name FROM speakers WHERE id IN ({marks}) ORDER BY id", bound))
        raise QueryError(f"{name!r} is ambiguous: {names}; use the full name or the id")
    return db.one("SELECT id, name FROM speakers WHERE id = :id", {"id": ids[0]})


def merge_speakers(db: Database, into: str, other: str) -> dict:
    """Fold speaker ``other`` into ``into``: its quotes and aliases (and its name, as an
    alias) move over, and the ``other`` row is deleted."""
    with db.transaction():
        a, b = _one_speaker(db, into), _one_speaker(db, other)
        if a["id"] == b["id"]:
            raise QueryError(f"{into!r} and {other!r} are the same speaker ({a['name']})")
        moved = db.execute("UPDATE quotes SET speaker_id = :a WHERE speaker_id = :b",
                           {"a": a["id"], "b": b["id"]})
        forms = [b["name"]] + [r["alias"] for r in db.rows(
            "SELECT alias FROM speaker_aliases WHERE speaker_id = :b ORDER BY id", {"b": b["id"]})]
        db.execute("DELETE FROM speakers WHERE id = :b", {"b": b["id"]})
        add_aliases(db, a["id"], forms)
    return {"speaker": a["name"], "id": a["id"], "merged": b["name"], "merged_id": b["id"],
            "quotes_moved": moved}
