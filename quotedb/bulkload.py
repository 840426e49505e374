"""Bulk loading of ``quotedb spark`` output (Parquet) into SQLite or PostgreSQL.

Documents are stored in the order ``ingest`` would have met them (the job's
``input_key``), a batch of thousands per transaction, and speakers and statements are
consolidated with the store's own rules (the database's ``SpeakerResolver`` per
document and ``consolidate`` per batch, the same statement keys and source counts), so
the database ends up as ``ingest`` leaves it. What makes it fast: one transaction per
batch; statements looked up once per batch, not per quote; explicit ids; the next
batch read from the Parquet while one is stored; COPY on PostgreSQL (the statements'
and documents' while the speakers are resolved); on SQLite the FTS5 indexes of quotes
and statements filled by one ``INSERT ... SELECT`` each per batch instead of a trigger
per row (the triggers are dropped and recreated inside the batch's transaction, so the
schema is unchanged whenever anything is committed).

A batch is atomic: killed mid-load, the database keeps every committed batch, and a
rerun skips their documents (by sha256) and stores the rest.
"""

from __future__ import annotations

import contextlib
import glob
import heapq
import itertools
import operator
import os
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator, NamedTuple

from .consolidation import consolidate
from .db import Database, open_database, reserve_ids, rows_in
from .errors import InputError, QuotedbError
from .ingest import Summary
from .models import Quote
from .speakerdb import SpeakerBatch, SpeakerResolver, forget, resolution_key
from .speakermirror import held, prefetch
from .store import add_sources, earlier, first_dates

BATCH_DOCS = 5000
BATCH_BYTES = 64 * 1024 * 1024

_DOC_COLUMNS = ["id", "source", "sha256", "title", "author", "published",
                "published_precision", "text", "ingested_at", "extractor_version", "url"]
_QUOTE_COLUMNS = ["id", "document_id", "speaker_id", "text", "kind", "start_offset",
                  "end_offset", "paragraph_index", "cue", "speaker_mention", "role", "venue",
                  "date_said", "date_precision", "date_source", "confidence", "statement_id",
                  "speaker_claim"]


class _Doc(NamedTuple):
    """The columns of ``documents/`` the loader reads."""

    input_key: str
    sha256: str
    source: str
    url: str | None
    title: str | None
    author: str | None
    published: str | None
    published_precision: str | None
    text: str
    extractor_version: str
    quote_count: int | None


class _QuoteRow(NamedTuple):
    """The columns of ``quotes/`` the loader reads."""

    document_input_key: str
    document_sha256: str
    text: str
    kind: str
    start_offset: int
    end_offset: int
    paragraph_index: int
    cue: str | None
    speaker: str | None
    speaker_kind: str | None
    speaker_aliases: list[str] | None
    speaker_mention: str | None
    role: str | None
    venue: str | None
    date_said: str | None
    date_precision: str | None
    date_source: str | None
    confidence: float
    statement_key: str


# A batch drops and remakes a table's foreign keys while the table holds fewer rows than
# this many times the batch adds: checking them all at once costs ~1/20 of a per-row
# check per row held (on 100 MB, the later batches' COPY of quotes ~1 s less each)
_KEYS_REMADE_BELOW = 8

# FTS5 insert trigger of each table a batch fills (migrations 0001 and 0007)
_FTS_TRIGGERS = {"statements": "statements_fts_ai", "quotes": "quotes_fts_ai"}


def load(directory: str, *, db: str | None = None, batch_docs: int = BATCH_DOCS,
         batch_bytes: int = BATCH_BYTES,
         on_progress: Callable[[Summary], None] | None = None) -> Summary:
    """Store every document of ``directory`` (``documents/`` and ``quotes/``) not
    stored yet; returns the counts."""
    doc_files, quote_files = dataset_files(directory)
    pairs = _with_quotes(_rows(doc_files, _Doc, 64), _rows(quote_files, _QuoteRow, 1024))
    summary = Summary()
    with contextlib.closing(_read_ahead(_batches(pairs, batch_docs, batch_bytes))) as batches:
        database = open_database(db)
        try:
            writer = (_SQLiteWriter if database.dialect == "sqlite" else _PostgresWriter)(database)
            for batch in batches:
                _store_batch(database, writer, batch, summary)
                if on_progress:
                    on_progress(summary)
        except QuotedbError as exc:
            exc.summary = summary
            raise
        finally:
            database.close()
    return summary


class _read_ahead:
    """``batches``, each read from the Parquet by a second thread while the one before
    is stored (the first while the database is opened): pyarrow decodes without the
    GIL and the store waits on the database, so reading mostly costs no time. At most
    two batches are in memory. A reading error is raised where the batch would have
    been; ``close`` stops the thread."""

    def __init__(self, batches: Iterator[list]):
        self.may_read = threading.Semaphore(1)  # released each time the store takes a batch
        self.stop = threading.Event()
        self.out: queue.SimpleQueue = queue.SimpleQueue()
        self.thread = threading.Thread(target=self._read, args=(batches,), daemon=True)
        self.thread.start()

    def _read(self, batches: Iterator[list]) -> None:
        try:
            while self.may_read.acquire() and not self.stop.is_set():
                batch = next(batches, None)
                self.out.put(batch)
                if batch is None:
                    return
        except BaseException as exc:  # raised in the storing thread
            self.out.put(exc)

    def __iter__(self) -> Iterator[list]:
        while (batch := self.out.get()) is not None:
            if isinstance(batch, BaseException):
                raise batch
            self.may_read.release()
            yield batch

    def close(self) -> None:
        self.stop.set()
        self.may_read.release()
        self.thread.join()


def dataset_files(directory: str) -> tuple[list[str], list[str]]:
    found = []
    for name in ("documents", "quotes"):
        folder = os.path.join(directory, name)
        if not os.path.isdir(folder):
            raise InputError(f"{directory}: no {name}/ folder (not written by quotedb spark?)")
        found.append(sorted(glob.glob(os.path.join(folder, "*.parquet"))))
    return found[0], found[1]


def _rows(files: list[str], row: type, batch: int) -> Iterator:
    """Rows (``row`` tuples of the columns it names) of a dataset in the order of its
    first column: each part file is sorted (the job sorts within partitions), so they
    are merged, one batch of each in memory."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise QuotedbError(f"quotedb load needs pyarrow (pip install 'quotedb[spark]'): {exc}") from None
    key = row._fields[0]

    def one(path: str) -> Iterator:
        last = ""
        try:
            for b in pq.ParquetFile(path, buffer_size=1 << 20).iter_batches(
                    batch_size=batch, columns=list(row._fields)):
                # column-wise into tuples: a third of the time of a dict per row
                columns = [b.column(i).to_pylist() for i in range(b.num_columns)]
                if columns[0] != sorted(columns[0]) or (columns[0] and columns[0][0] < last):
                    raise InputError(f"{path}: rows not in {key} order (not written by quotedb spark?)")
                last = columns[0][-1] if columns[0] else last
                # tuple.__new__ in C: the namedtuple's own __new__ is a Python call per row
                yield from map(tuple.__new__, itertools.repeat(row), zip(*columns))
        except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
            raise InputError(f"{path}: unreadable Parquet ({exc})") from None

    if len(files) == 1:
        return one(files[0])
    return heapq.merge(*(one(p) for p in files), key=operator.itemgetter(0))


def _with_quotes(docs: Iterable[_Doc], quotes: Iterable[_QuoteRow]) -> Iterator[tuple[_Doc, list[_QuoteRow]]]:
    """Merge-join of the two sorted datasets: each document with its quotes (grouped in
    C by ``itertools.groupby``, not a Python step per quote)."""
    groups = itertools.groupby(quotes, key=operator.itemgetter(0))
    nxt = next(groups, None)
    for doc in docs:
        key = doc.input_key
        if nxt is not None and nxt[0] < key:
            raise InputError(f"quotes/ holds quotes of a document missing from documents/ "
                             f"({next(nxt[1]).document_sha256})")
        mine = []
        if nxt is not None and nxt[0] == key:
            mine = list(nxt[1])
            nxt = next(groups, None)
        if len(mine) != (doc.quote_count or 0):
            raise InputError(f"{doc.source}: {doc.quote_count} quotes expected in quotes/, "
                             f"{len(mine)} found")
        yield doc, mine
    if nxt is not None:
        raise InputError(f"quotes/ holds quotes of a document missing from documents/ "
                         f"({next(nxt[1]).document_sha256})")


def _batches(pairs, docs: int, size: int) -> Iterator[list]:
    batch, used = [], 0
    for pair in pairs:
        batch.append(pair)
        used += len(pair[0].text)
        if len(batch) >= docs or used >= size:
            yield batch
            batch, used = [], 0
    if batch:
        yield batch


def _as_quote(q: _QuoteRow) -> Quote:
    """What the speaker resolver reads of a quote row."""
    return Quote(start=q.start_offset, end=q.end_offset, text=q.text, kind=q.kind,
                 paragraph=q.paragraph_index, speaker=q.speaker, speaker_kind=q.speaker_kind,
                 speaker_aliases=tuple(q.speaker_aliases or ()), speaker_mention=q.speaker_mention,
                 role=q.role, cue=q.cue, venue=q.venue, confidence=q.confidence)


def _store_batch(db: Database, writer, batch: list, summary: Summary) -> None:
    """One transaction: the batch's new documents with their statements, then each
    document's quotes with their speakers, resolved one document at a time by the
    database's own resolver, in document order, and consolidated once for the batch,
    exactly as ingest does."""
    try:
        _store_batch_rows(db, writer, batch, summary)
    except BaseException:
        forget(db)  # the speakers the batch wrote were rolled back with it
        raise


def _store_batch_rows(db: Database, writer, batch: list, summary: Summary) -> None:
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    with db.transaction():
        writer.lock()
        stored = {r["sha256"] for r in rows_in(
            db, "SELECT sha256 FROM documents WHERE sha256 {in}", sorted({d.sha256 for d, _ in batch}))}
        new = []
        for doc, quotes in batch:
            if doc.sha256 in stored:
                summary.skipped += 1
            else:
                stored.add(doc.sha256)
                new.append((doc, quotes))
        if not new:
            return
        first_text: dict[str, str] = {}
        for _, quotes in new:
            for q in quotes:
                first_text.setdefault(q.statement_key, q.text)
        statement_ids = {r["key"]: r["id"] for r in rows_in(
            db, "SELECT id, key FROM statements WHERE key {in}", sorted(first_text))}
        new_keys = [k for k in first_text if k not in statement_ids]
        statement_ids.update(zip(new_keys, writer.ids("statements", len(new_keys))))

        doc_ids = writer.ids("documents", len(new))
        quote_ids = writer.ids("quotes", sum(len(qs) for _, qs in new))
        doc_rows, per_document = [], []
        sources: dict[int, list] = {}
        for doc_id, (doc, quotes) in zip(doc_ids, new):
            doc_rows.append((doc_id, doc.source, doc.sha256, doc.title, doc.author, doc.published,
                             doc.published_precision, doc.text, now, doc.extractor_version, doc.url))
            sids = [statement_ids[q.statement_key] for q in quotes]
            for sid, d in first_dates(zip(sids, (q.date_said for q in quotes))).items():
                n, old = sources.get(sid, (0, None))
                sources[sid] = [n + 1, earlier(old, d)]
            per_document.append((doc_id, quotes, sids))
            summary.added += 1
            summary.quotes += len(quotes)
            summary.bytes += len(doc.text)

        fresh = {statement_ids[k] for k in new_keys}

        def statements_and_documents() -> None:
            writer.insert("statements", ["id", "key", "text", "sources", "first_date"], [
                (statement_ids[k], k, first_text[k], *sources[statement_ids[k]]) for k in new_keys])
            add_sources(db, {sid: tuple(v) for sid, v in sources.items() if sid not in fresh})
            writer.insert("documents", _DOC_COLUMNS, doc_rows)

        with writer.fts_in_bulk({"statements": sorted(fresh), "quotes": quote_ids}):
            speakers = SpeakerBatch()
            with held(db, defer=True):
                prefetch(db, {(q.speaker, q.speaker_kind, tuple(q.speaker_aliases or ()))
                              for _, quotes, _ in per_document for q in quotes})
                with writer.meanwhile(statements_and_documents):
                    rows = _resolve(db, per_document, iter(quote_ids), speakers)
            writer.insert("quotes", _QUOTE_COLUMNS, rows)  # the speakers are written now
        consolidate(db, speakers)  # after the mirror is gone: its UPDATEs bypass it


def _resolve(db: Database, per_document: list, quote_ids: Iterator[int],
             speakers: SpeakerBatch) -> list[tuple]:
    """Each document's quote rows, with speakers resolved as ingest resolves them, once
    per distinct ``resolution_key`` of the document (a third of the quotes): the
    resolver would give a repeat the same row and write nothing more."""
    rows = []
    for doc_id, quotes, sids in per_document:
        resolver = SpeakerResolver(db, speakers)
        speaker_ids: dict[tuple, int | None] = {}
        venues: dict[tuple, str | None] = {}
        for q, sid in zip(quotes, sids):
            key = resolution_key(q.speaker, q.speaker_kind, q.speaker_mention,
                                 tuple(q.speaker_aliases or ()))
            vkey = (q.venue, q.speaker, q.speaker_kind)  # what resolver.venue reads
            if key not in speaker_ids or vkey not in venues:
                quote = _as_quote(q)
                if key not in speaker_ids:
                    speaker_ids[key] = resolver.resolve(quote)
                if vkey not in venues:
                    venues[vkey] = resolver.venue(quote)
            rows.append((next(quote_ids), doc_id, speaker_ids[key], q.text, q.kind, q.start_offset,
                         q.end_offset, q.paragraph_index, q.cue, q.speaker_mention, q.role,
                         venues[vkey], q.date_said, q.date_precision, q.date_source, q.confidence,
                         sid, q.speaker))
    return rows


class _Writer:
    """A batch's writes: ids taken in blocks, rows inserted many at a time (COPY on
    PostgreSQL); the dialects differ in how the batch locks and builds its indexes."""

    def __init__(self, db: Database):
        self.db = db

    def ids(self, table: str, n: int) -> list[int]:
        return list(reserve_ids(self.db, table, n))

    def insert(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        self.db.insert_rows(table, columns, rows)

    @contextlib.contextmanager
    def meanwhile(self, writes: Callable[[], None]):
        """``writes`` done while the block runs, where the database can work on them
        at the same time (PostgreSQL); here first, then the block."""
        writes()
        yield


class _SQLiteWriter(_Writer):
    def __init__(self, db: Database):
        super().__init__(db)
        db.execute("PRAGMA wal_autocheckpoint = 16384")
        db.execute("PRAGMA cache_size = -262144")  # 256 MB: the indexes of a batch stay in memory

    def lock(self) -> None:
        """BEGIN IMMEDIATE holds the write lock already."""

    @contextlib.contextmanager
    def fts_in_bulk(self, new_ids: dict[str, list[int]]):
        """The batch's rows go in without the per-row FTS triggers (dropped inside the
        batch's transaction, so never missing from a committed schema), then each
        table's FTS rows in one ``INSERT ... SELECT``: a tenth of the time. Updates
        later in the batch (sources, speaker ids) touch no indexed column. The quotes'
        own indexes likewise, when rebuilding them is cheaper (``_rebuildable``)."""
        dropped = {}
        for table, ids in new_ids.items():
            sql = self.db.scalar("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n",
                                 {"n": _FTS_TRIGGERS[table]}) if ids else None
            if sql is not None:
                self.db.execute(f"DROP TRIGGER {_FTS_TRIGGERS[table]}")
                dropped[table] = sql
        indexes = self._rebuildable("quotes", new_ids["quotes"])
        for name, _ in indexes:
            self.db.execute(f"DROP INDEX {name}")
        yield
        for _, sql in indexes:
            self.db.execute(sql)
        for table, sql in dropped.items():
            ids = new_ids[table]
            self.db.execute(f"INSERT INTO {table}_fts (rowid, text) SELECT id, text FROM {table}"
                            " WHERE id BETWEEN :a AND :b", {"a": min(ids), "b": max(ids)})
            self.db.execute(sql)

    def _rebuildable(self, table: str, ids: list[int]) -> list[tuple[str, str]]:
        """The indexes of ``table`` (name, SQL), when building them anew after the
        batch's rows costs less than keeping them row by row: the table held fewer rows
        than the batch adds (ids start at MAX(id) + 1), and no ANALYZE statistics exist
        that dropping an index would lose. On 20 MB loaded into a new database, the
        quotes' four: 0.69-0.73 s -> 0.56-0.58 s."""
        if not ids or ids[0] - 1 >= len(ids) or self.db.scalar(
                "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"):
            return []
        return [(r["name"], r["sql"]) for r in self.db.rows(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"
            " AND sql IS NOT NULL ORDER BY name", {"t": table})]


class _PostgresWriter(_Writer):
    """COPY into each table, on the connection of the batch's transaction."""

    def __init__(self, db: Database):
        super().__init__(db)
        # the articles' text is compressed (TOAST) as it goes in: lz4 where the server
        # has it (PostgreSQL 14+ built with it), a third of pglz's time (COPY of 20 MB
        # of documents 0.35 -> 0.11 s) for ~8% more space; readers see the same text
        self.lz4 = bool(db.scalar(
            "SELECT COUNT(*) FROM pg_settings WHERE name = 'default_toast_compression'"
            " AND 'lz4' = ANY(enumvals)"))

    @contextlib.contextmanager
    def meanwhile(self, writes: Callable[[], None]):
        """``writes`` sent from a second thread while the block runs: the server
        works on them (the COPY of statements computes each row's tsvector) while
        Python resolves speakers, instead of each waiting for the other. Statements
        share the connection in turn (``SQLAlchemyDatabase._lock``); the thread is
        waited for however the block ends, and its error raised first (the block's
        next statement would fail only because the transaction is aborted)."""
        with ThreadPoolExecutor(1) as pool:
            done = pool.submit(writes)
            try:
                yield
            except BaseException:
                if done.exception() is not None:
                    raise done.exception()  # the cause; the block's error stays its context
                raise
        done.result()

    def lock(self) -> None:
        """No other writer adds rows until the batch commits (as SQLite's write lock
        ensures), so the resolver may answer its lookups from memory and ids may be
        taken from the sequences in blocks (``reserve_ids``)."""
        if self.lz4:
            self.db.execute("SET LOCAL default_toast_compression = lz4")
        self.db.execute("LOCK TABLE documents, statements, quotes, speakers, speaker_aliases"
                        " IN SHARE ROW EXCLUSIVE MODE")

    @contextlib.contextmanager
    def fts_in_bulk(self, new_ids: dict[str, list[int]]):
        """The generated tsvector columns follow the rows by themselves. A table that
        held fewer rows than the batch adds (a first load) has its GIN and B-tree
        indexes and its foreign keys dropped inside the batch's transaction and made
        anew after its rows, so never missing from a committed schema (those of
        constraints stay); a foreign key made anew checks every row in one query. On
        20 MB: COPY of quotes 7.1 s -> 1.9-2.1 s with the indexes built in 0.5 s; the
        foreign keys' checks 0.5-0.6 s -> 0.1 s."""
        indexes, keys = [], []
        for table, ids in new_ids.items():
            if ids and ids[0] - 1 < len(ids):
                indexes += [(r["name"], r["sql"]) for r in self.db.rows(
                    "SELECT indexname AS name, indexdef AS sql FROM pg_indexes"
                    " WHERE schemaname = current_schema() AND tablename = :t AND indexname NOT IN"
                    " (SELECT conname FROM pg_constraint) ORDER BY indexname", {"t": table})]
            if ids and ids[0] - 1 < _KEYS_REMADE_BELOW * len(ids):
                keys += [(table, r["name"], r["sql"]) for r in self.db.rows(
                    "SELECT conname AS name, pg_get_constraintdef(oid) AS sql FROM pg_constraint"
                    " WHERE conrelid = CAST(:t AS regclass) AND contype = 'f' ORDER BY conname",
                    {"t": table})]
        for name, _ in indexes:
            self.db.execute(f"DROP INDEX {name}")
        for table, name, _ in keys:
            self.db.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        yield
        if indexes:
            self.db.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for _, sql in indexes:
            self.db.execute(sql)
        for table, name, sql in keys:
            self.db.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {sql}")
