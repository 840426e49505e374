"""Bulk loading of ``quotedb spark`` output (Parquet) into SQLite or PostgreSQL.

Documents are stored in the order ``ingest`` would have met them (the job's
``input_key``), a batch of thousands per transaction, and speakers and statements are
consolidated with the store's own rules (``_SpeakerResolver`` per document, the same
statement keys and source counts), so the database ends up as ``ingest`` leaves it.
What makes it fast: one transaction per batch; speakers and statements looked up once
per batch, not per quote; explicit ids; COPY on PostgreSQL; on SQLite the FTS5 index
filled by one ``INSERT ... SELECT`` per batch instead of a trigger per row (the
trigger is dropped and recreated inside the batch's transaction, so the schema is
unchanged whenever anything is committed).

A batch is atomic: killed mid-load, the database keeps every committed batch, and a
rerun skips their documents (by sha256) and stores the rest.
"""

from __future__ import annotations

import glob
import heapq
import operator
import os
from collections import defaultdict
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator

from .db import Database, in_list, open_database
from .errors import InputError, QuotedbError
from .ingest import Summary
from .models import Quote
from .store import (SpeakerTable, _SpeakerResolver, add_sources, alias_forms, alias_rows,
                    first_dates, name_key)

BATCH_DOCS = 5000
BATCH_BYTES = 64 * 1024 * 1024
_CHUNK = 500  # values per IN (...) lookup

_DOC_COLUMNS = ["id", "source", "sha256", "title", "author", "published",
                "published_precision", "text", "ingested_at", "extractor_version", "url"]
_QUOTE_COLUMNS = ["id", "document_id", "speaker_id", "text", "kind", "start_offset",
                  "end_offset", "paragraph_index", "cue", "speaker_mention", "role", "venue",
                  "date_said", "date_precision", "date_source", "confidence", "statement_id"]
_FTS_TRIGGER = "quotes_fts_ai"  # FTS5 insert trigger of migration 0001


def load(directory: str, *, db: str | None = None, batch_docs: int = BATCH_DOCS,
         batch_bytes: int = BATCH_BYTES,
         on_progress: Callable[[Summary], None] | None = None) -> Summary:
    """Store every document of ``directory`` (``documents/`` and ``quotes/``) not
    stored yet; returns the counts."""
    doc_files, quote_files = dataset_files(directory)
    database = open_database(db)
    summary = Summary()
    try:
        writer = (_SQLiteWriter if database.dialect == "sqlite" else _PostgresWriter)(database)
        pairs = _with_quotes(_rows(doc_files, "input_key", 64),
                             _rows(quote_files, "document_input_key", 1024))
        for batch in _batches(pairs, batch_docs, batch_bytes):
            _store_batch(database, writer, batch, summary)
            if on_progress:
                on_progress(summary)
    except QuotedbError as exc:
        exc.summary = summary
        raise
    finally:
        database.close()
    return summary


def dataset_files(directory: str) -> tuple[list[str], list[str]]:
    found = []
    for name in ("documents", "quotes"):
        folder = os.path.join(directory, name)
        if not os.path.isdir(folder):
            raise InputError(f"{directory}: no {name}/ folder (not written by quotedb spark?)")
        found.append(sorted(glob.glob(os.path.join(folder, "*.parquet"))))
    return found[0], found[1]


def _rows(files: list[str], key: str, batch: int) -> Iterator[dict]:
    """Rows of a dataset in ``key`` order: each part file is sorted (the job sorts
    within partitions), so they are merged, one batch of each in memory."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise QuotedbError(f"quotedb load needs pyarrow (pip install 'quotedb[spark]'): {exc}") from None

    def one(path: str) -> Iterator[dict]:
        last = ""
        try:
            for b in pq.ParquetFile(path, buffer_size=1 << 20).iter_batches(batch_size=batch):
                columns = b.to_pydict()  # column lists zipped: twice as fast as to_pylist()
                names = list(columns)
                for values in zip(*columns.values()):
                    row = dict(zip(names, values))
                    if row[key] < last:
                        raise InputError(f"{path}: rows not in {key} order (not written by quotedb spark?)")
                    last = row[key]
                    yield row
        except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
            raise InputError(f"{path}: unreadable Parquet ({exc})") from None

    return heapq.merge(*(one(p) for p in files), key=operator.itemgetter(key))


def _with_quotes(docs: Iterable[dict], quotes: Iterable[dict]) -> Iterator[tuple[dict, list[dict]]]:
    """Merge-join of the two sorted datasets: each document with its quotes."""
    quotes = iter(quotes)
    nxt = next(quotes, None)
    for doc in docs:
        key = doc["input_key"]
        if nxt is not None and nxt["document_input_key"] < key:
            raise InputError(f"quotes/ holds quotes of a document missing from documents/ "
                             f"({nxt['document_sha256']})")
        mine = []
        while nxt is not None and nxt["document_input_key"] == key:
            mine.append(nxt)
            nxt = next(quotes, None)
        if len(mine) != (doc["quote_count"] or 0):
            raise InputError(f"{doc['source']}: {doc['quote_count']} quotes expected in quotes/, "
                             f"{len(mine)} found")
        yield doc, mine
    if nxt is not None:
        raise InputError(f"quotes/ holds quotes of a document missing from documents/ "
                         f"({nxt['document_sha256']})")


def _batches(pairs, docs: int, size: int) -> Iterator[list]:
    batch, used = [], 0
    for pair in pairs:
        batch.append(pair)
        used += len(pair[0]["text"])
        if len(batch) >= docs or used >= size:
            yield batch
            batch, used = [], 0
    if batch:
        yield batch


def _chunks(values: list, n: int = _CHUNK):
    for i in range(0, len(values), n):
        yield values[i:i + n]


def _lookup(db: Database, sql: str, values) -> list[dict]:
    """Rows of ``sql`` (with ``{marks}`` for an IN list) over all ``values``."""
    out = []
    for chunk in _chunks(sorted(set(values))):
        marks, bound = in_list("v", chunk)
        out.extend(db.rows(sql.format(marks=marks), bound))
    return out


class _BatchSpeakers(SpeakerTable):
    """The speakers and aliases a batch can touch, read once and kept in memory; new
    rows get provisional ids (negative) until the batch writes them."""

    def __init__(self, db: Database, keys: set[str]):
        super().__init__(db)
        self.by_key: dict[str, int] = {}
        self.ids_for: dict[str, set[int]] = defaultdict(set)
        self.pairs: set[tuple[int, str]] = set()
        for r in _lookup(db, "SELECT id, name_key FROM speakers WHERE name_key IN ({marks})", keys):
            self.by_key[r["name_key"]] = r["id"]
            self.ids_for[r["name_key"]].add(r["id"])
        for r in _lookup(db, "SELECT speaker_id, alias_key FROM speaker_aliases"
                             " WHERE alias_key IN ({marks})", keys):
            self.ids_for[r["alias_key"]].add(r["speaker_id"])
            self.pairs.add((r["speaker_id"], r["alias_key"]))
        self.new_speakers: list[dict] = []
        self.new_aliases: list[dict] = []

    def by_name_key(self, key):
        return self.by_key.get(key)

    def by_name_or_alias(self, key):
        return set(self.ids_for.get(key, ()))

    def create(self, name, key, kind):
        sid = -1 - len(self.new_speakers)
        self.new_speakers.append({"id": sid, "name": name, "name_key": key, "kind": kind})
        self.by_key[key] = sid
        self.ids_for[key].add(sid)
        return sid

    def add_aliases(self, speaker_id, forms):
        for row in alias_rows(speaker_id, forms):
            if (speaker_id, row["key"]) not in self.pairs:
                self.pairs.add((speaker_id, row["key"]))
                self.ids_for[row["key"]].add(speaker_id)
                self.new_aliases.append({"speaker_id": speaker_id, "alias": row["alias"],
                                         "alias_key": row["key"]})


def _as_quote(q: dict) -> Quote:
    """What the speaker resolver reads of a quote."""
    return Quote(start=0, end=0, text="", kind="", paragraph=0, speaker=q["speaker"],
                 speaker_kind=q["speaker_kind"], speaker_aliases=tuple(q["speaker_aliases"] or ()))


def _speaker_keys(pairs) -> set[str]:
    """Every name key the batch's speakers can be looked up by; sets ``q["as_quote"]``."""
    keys, seen, forms = set(), set(), set()
    for _, quotes in pairs:
        for q in quotes:
            q["as_quote"] = quote = _as_quote(q)
            if quote.speaker and quote not in seen:
                seen.add(quote)
                forms.update(alias_forms(quote))
    keys = {name_key(f) for f in forms}
    keys.discard("")
    return keys


def _store_batch(db: Database, writer, batch: list, summary: Summary) -> None:
    """One transaction: the batch's new documents with their quotes, speakers and
    statements, consolidated in document order as the store would."""
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    with db.transaction():
        stored = {r["sha256"] for r in _lookup(
            db, "SELECT sha256 FROM documents WHERE sha256 IN ({marks})",
            [d["sha256"] for d, _ in batch])}
        new = []
        for doc, quotes in batch:
            if doc["sha256"] in stored:
                summary.skipped += 1
            else:
                stored.add(doc["sha256"])
                new.append((doc, quotes))
        if not new:
            return
        speakers = _BatchSpeakers(db, _speaker_keys(new))
        first_text: dict[str, str] = {}
        for _, quotes in new:
            for q in quotes:
                first_text.setdefault(q["statement_key"], q["text"])
        statement_ids = {r["key"]: r["id"] for r in _lookup(
            db, "SELECT id, key FROM statements WHERE key IN ({marks})", list(first_text))}
        new_keys = [k for k in first_text if k not in statement_ids]
        statement_ids.update(zip(new_keys, writer.ids("statements", len(new_keys))))

        doc_ids = writer.ids("documents", len(new))
        quote_ids = iter(writer.ids("quotes", sum(len(qs) for _, qs in new)))
        doc_rows, quote_rows = [], []
        sources: dict[int, list] = {}
        for doc_id, (doc, quotes) in zip(doc_ids, new):
            doc_rows.append({**doc, "id": doc_id, "ingested_at": now})
            resolver = _SpeakerResolver(db, speakers)  # one per document, as the store
            rows = []
            for q in quotes:
                rows.append({**q, "id": next(quote_ids), "document_id": doc_id,
                             "speaker_id": resolver.resolve(q["as_quote"]),
                             "statement_id": statement_ids[q["statement_key"]]})
            for sid, d in first_dates(rows).items():
                n, old = sources.get(sid, (0, None))
                sources[sid] = [n + 1, d if old is None or (d is not None and d < old) else old]
            quote_rows.extend(rows)
            summary.added += 1
            summary.quotes += len(rows)
            summary.bytes += len(doc["text"])

        real = dict(zip([s["id"] for s in speakers.new_speakers],
                        writer.ids("speakers", len(speakers.new_speakers))))
        for row in speakers.new_speakers:
            row["id"] = real[row["id"]]
        for row in speakers.new_aliases:
            row["speaker_id"] = real.get(row["speaker_id"], row["speaker_id"])
        for row in quote_rows:
            row["speaker_id"] = real.get(row["speaker_id"], row["speaker_id"])

        writer.insert("speakers", ["id", "name", "name_key", "kind"], speakers.new_speakers)
        writer.insert("speaker_aliases", ["speaker_id", "alias", "alias_key"], speakers.new_aliases)
        fresh = {statement_ids[k] for k in new_keys}
        writer.insert("statements", ["id", "key", "text", "sources", "first_date"], [
            {"id": statement_ids[k], "key": k, "text": first_text[k],
             "sources": sources[statement_ids[k]][0], "first_date": sources[statement_ids[k]][1]}
            for k in new_keys])
        add_sources(db, {sid: tuple(v) for sid, v in sources.items() if sid not in fresh})
        writer.insert("documents", _DOC_COLUMNS, doc_rows)
        writer.insert_quotes(quote_rows)


class _SQLiteWriter:
    def __init__(self, db: Database):
        self.db = db
        db.execute("PRAGMA wal_autocheckpoint = 16384")
        db.execute("PRAGMA cache_size = -262144")  # 256 MB: the indexes of a batch stay in memory

    def ids(self, table: str, n: int) -> list[int]:
        """The ids SQLite itself would give the next ``n`` rows (we hold the write lock)."""
        start = self.db.scalar(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")
        return list(range(start, start + n))

    def insert(self, table: str, columns: list[str], rows: list[dict]) -> None:
        if rows:
            self.db.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                map(operator.itemgetter(*columns), rows))

    def insert_quotes(self, rows: list[dict]) -> None:
        """Quotes without the per-row FTS trigger, then their FTS rows in one statement."""
        if not rows:
            return
        trigger = self.db.scalar("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n",
                                 {"n": _FTS_TRIGGER})
        if trigger is None:
            self.insert("quotes", _QUOTE_COLUMNS, rows)
            return
        self.db.execute(f"DROP TRIGGER {_FTS_TRIGGER}")
        self.insert("quotes", _QUOTE_COLUMNS, rows)
        self.db.execute("INSERT INTO quotes_fts (rowid, text) SELECT id, text FROM quotes"
                        " WHERE id BETWEEN :a AND :b", {"a": rows[0]["id"], "b": rows[-1]["id"]})
        self.db.execute(trigger)


class _PostgresWriter:
    """COPY into each table, on the connection of the batch's transaction."""

    def __init__(self, db: Database):
        self.db = db

    def _raw(self):
        return self.db._tx.connection.driver_connection

    def ids(self, table: str, n: int) -> list[int]:
        if n == 0:
            return []
        return sorted(r["id"] for r in self.db.rows(
            f"SELECT nextval(pg_get_serial_sequence('{table}', 'id')) AS id"
            " FROM generate_series(1, :n)", {"n": n}))

    def insert(self, table: str, columns: list[str], rows: list[dict]) -> None:
        if not rows:
            return
        with self._raw().cursor() as cur:
            with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(tuple(r[c] for c in columns))

    def insert_quotes(self, rows: list[dict]) -> None:
        self.insert("quotes", _QUOTE_COLUMNS, rows)
