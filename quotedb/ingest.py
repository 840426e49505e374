"""Ingest orchestration: sources -> extraction (optionally in worker processes) -> store.

Streaming throughout: documents are read one at a time, at most ``4 * jobs`` chunks
of ``CHUNK`` documents are in flight (``HEAD_START * jobs`` while the writer opens the
database), and the single writer (this process) stores each
in its own transaction, so memory stays flat whatever the corpus size and an
interrupted run leaves only whole documents behind. The speaker rules that need the
whole database (a bare surname's dominant person) run along the run (paced by
``_Pace``) and at its end, in a transaction of their own, for every speaker the batch
touched; an interrupted run still runs them for what it stored.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections import deque
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator

from .consolidation import consolidate
from .db import Database, open_database, resolve_url, sqlite_path
from .errors import DatabaseError
from .models import DocumentMeta, Extraction, scorer_record
from .sources import DEFAULT_MAX_BYTES, STDIN, Deferred, Problem, SourceDoc, iter_sources
from .speakerdb import SpeakerBatch
from .store import document_id_for, prepare_keys, store_extraction, text_sha256


@dataclass
class Summary:
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    quotes: int = 0
    bytes: int = 0

    @property
    def documents(self) -> int:
        return self.added + self.replaced + self.skipped + self.failed

    def line(self) -> str:
        from .render import plural

        replaced = f", {self.replaced} re-extracted" if self.replaced else ""
        return (f"{plural(self.added, 'document')} added{replaced}, {self.skipped} skipped "
                f"(already stored), {self.failed} failed; {plural(self.quotes, 'quote')} added")


@dataclass(frozen=True, slots=True)
class _Task:
    doc: SourceDoc | None
    sha256: str = ""
    deferred: Deferred | None = None  # read, hashed and checked in the worker
    for_store: bool = True  # also make the store's keys (not for `quotedb extract`)

    @property
    def source(self) -> str:
        return self.deferred.source if self.deferred is not None else self.doc.source


# sha256 -> already stored?  Set per worker process (its own read-only connection) or,
# with one job, by ingest() itself; None: no check before extraction.
_stored_check: Callable[[str], bool] | None = None


def extract_document(doc: SourceDoc) -> Extraction:
    """Run the extractor on one source document."""
    from .extraction import extract

    return extract(doc.text, published=doc.published, title=doc.title, author=doc.author)


def _extract_task(task: _Task):
    """Worker side: never raises, so one bad document cannot take down the batch.
    A deferred file is read, decoded and hashed here, and not extracted at all when
    its text is already stored; the result then carries the document."""
    doc, sha = task.doc, task.sha256
    if task.deferred is not None:
        item = task.deferred.load()
        if isinstance(item, Problem):
            return ("problem", item.reason, item.failed)
        doc, sha = item, text_sha256(item.text)
        if _stored_check is not None and _stored_check(sha):
            return ("skipped",)
    try:
        ex = extract_document(doc)
    except Exception as exc:  # extractor bug or regex timeout: this document fails
        return ("error", f"extraction failed: {type(exc).__name__}: {exc}"[:300])
    # the statement keys are made here, beside the extraction, so the single
    # writer only binds and inserts
    return ("ok", ex.meta, ex.quotes, doc if task.deferred is not None else None, sha,
            prepare_keys(ex.quotes) if task.for_store else None)


def _init_worker(db_path: str | None = None) -> None:
    import signal

    from . import extraction  # noqa: F401  (import once per worker, not per task)

    # Ctrl-C reaches the whole process group: the main process stops the batch and
    # shuts the pool down; a worker must not die mid-task with a traceback of its own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The single writer is the pipeline's bottleneck: when it and a worker both want a
    # core, the writer should get it and the workers fill the rest of the machine.  The
    # writer's time waiting for a core, 10 MB of reprint-heavy news at --jobs 2, where it
    # is busy all the time: 0.82-1.08 s at niceness 5 (a worker sharing its core took a
    # quarter of it), 0.26-0.48 s at 19, 0.10-0.23 s at 19 and SCHED_IDLE (on Linux: a
    # writer waking up takes its core back at once, not at the end of a worker's time
    # slice).  Both rank only processes of one scheduling group: where the kernel groups
    # by session (autogroup, Linux's default), other sessions' work does not starve them.
    try:
        os.nice(WORKER_NICENESS)
    except OSError:
        pass
    if hasattr(os, "SCHED_IDLE"):
        try:
            os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0))
        except OSError:
            pass

    global _stored_check
    if db_path is None:
        return
    try:
        from .db import read_only_uri

        conn = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=30)
        # A run into an empty (or new) database has nothing to skip but in-run duplicates,
        # which the writer skips in its transaction anyway, and each check re-reads the
        # sha256 index that the writer's every commit takes out of this connection's
        # cache: 10 MB at --jobs 2, the workers' CPU -5 to -9%.
        if conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone() is None:
            conn.close()
            return
    except sqlite3.Error:
        return  # no early check: the writer still skips stored texts in its transaction

    def check(sha: str) -> bool:
        try:
            return conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha,)).fetchone() is not None
        except sqlite3.Error:
            return False

    _stored_check = check


# Documents sent to a worker per task.  One document per task kept the workers idle
# most of the time: every hand-over wakes the pool's manager and feeder threads, and
# they take the GIL from the writer between its SQLite calls.
CHUNK = 16
# The speaker rules that need the whole database (a bare surname's dominant person) run
# for what the run touched along the run and at its end: readers of a long ingest see
# consolidated speakers, and an ingest killed outright leaves only the documents since
# the last run to the next batch touching their names.  The rules' answers do not
# depend on how the documents are batched, so only their cost sets the pace: at least
# CONSOLIDATE_EVERY documents apart, and at most CONSOLIDATE_SHARE of the writer's time.
# Their cost grows with the stored quotes of the speakers touched (a wire statement's
# speaker holds thousands): every 500 documents they took 12% of the writer's CPU on a
# 25 MB reprint-heavy ingest (1.70 s against 0.36 s for one run at the end).  On that
# ingest, where the writer is the bottleneck, a 3% share cost 2.7-3.8% of the wall
# time and 1% costs 1.0-2.3%, and readers still see consolidated speakers every
# few seconds early on and within a minute or two later.
CONSOLIDATE_EVERY = 500
CONSOLIDATE_SHARE = 0.01
WORKER_NICENESS = 19
# Chunks queued per worker while the writer opens the database (a new database's schema
# takes Alembic ~0.6 s, what two workers need for ~500 documents).
HEAD_START = 16


def _extract_chunk(tasks: list[_Task]) -> list[tuple]:
    return [_extract_task(t) for t in tasks]


class _Parallel:
    """Bounded, order-preserving parallel map over chunks of documents; a dead worker
    fails one document and the pool is rebuilt for the rest."""

    def __init__(self, jobs: int, db_path: str | None = None, chunk: int = CHUNK):
        self.jobs = jobs
        self.db_path = db_path
        self.chunk = chunk
        self.pool = self._new_pool()

    def _new_pool(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=_init_worker, initargs=(self.db_path,))

    def map(self, tasks: Iterable[_Task | Problem], head_start: bool = False) -> Iterator[tuple]:
        """With ``head_start`` the consumer has work of its own before it takes the first
        result (opening the database): the workers get full chunks and a queue of
        ``HEAD_START`` chunks a worker meanwhile, which shrinks back to ``4 * jobs`` by
        one chunk for every two the consumer takes, so they never run dry."""
        pending: deque[list] = deque()
        chunk: list = []
        # else the first chunks grow 1, 2, 4, ...: the writer starts at once
        size = self.chunk if head_start else 1
        window = (HEAD_START if head_start else 4) * self.jobs
        taken = 0
        try:
            for task in tasks:
                chunk.append(task)
                if len(chunk) >= size:
                    pending.append([chunk, self._submit(chunk)])
                    chunk, size = [], min(2 * size, self.chunk)
                while len(pending) >= window:
                    yield from self._finish(pending)
                    taken += 1
                    if taken % 2 == 0:
                        window = max(4 * self.jobs, window - 1)
            if chunk:
                pending.append([chunk, self._submit(chunk)])
            while pending:
                yield from self._finish(pending)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, chunk: list):
        work = [t for t in chunk if not isinstance(t, Problem)]
        return self.pool.submit(_extract_chunk, work) if work else None

    def _finish(self, pending: deque) -> Iterator[tuple]:
        """Results of the oldest chunk, in order.  When the pool breaks, the culprit is
        unknown: each document of each unfinished chunk is retried alone in a fresh pool,
        and only one that kills that pool too is reported as failed."""
        from concurrent.futures.process import BrokenProcessPool
        chunk, future = pending.popleft()
        try:
            results = iter(future.result() if future is not None else ())
        except BrokenProcessPool:
            results = None
        if results is not None:
            for task in chunk:
                yield task, (None if isinstance(task, Problem) else next(results))
            return
        self._restart()
        for task in chunk:
            yield task, (None if isinstance(task, Problem) else self._alone(task))
        for item in pending:
            done = item[1] is None or (item[1].done() and not item[1].cancelled()
                                       and item[1].exception() is None)
            if not done:
                item[1] = self._submit(item[0])

    def _alone(self, task: _Task) -> tuple:
        from concurrent.futures.process import BrokenProcessPool
        try:
            return self.pool.submit(_extract_task, task).result()
        except BrokenProcessPool:
            self._restart()
            return ("error", "the extractor process died (out of memory or killed)")

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()


def _extracted(tasks: Iterable[_Task | Problem], jobs: int,
               db_path: str | None = None, head_start: bool = False) -> Iterator[tuple]:
    """(task, result) in input order; in worker processes when ``jobs > 1``."""
    if jobs > 1:
        return _Parallel(jobs, db_path).map(tasks, head_start)
    return ((t, None if isinstance(t, Problem) else _extract_task(t)) for t in tasks)


def extract_rows(paths: Iterable[str], *, jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
                 follow_symlinks: bool = False, stdin: BinaryIO | None = None,
                 on_problem: Callable[[str, str, bool], None] | None = None,
                 fields: dict[str, str] | None = None) -> Iterator[dict]:
    """The extractor without a database: one dict per quote, keyed as the accuracy
    scorer (../shared/eval/score.py) reads them; ``doc`` is the path as given."""
    items = iter_sources(paths, max_bytes=max_bytes, follow_symlinks=follow_symlinks,
                         stdin=stdin, fields=fields)
    tasks = (item if isinstance(item, Problem) else _Task(item, for_store=False) for item in items)
    for task, result in _extracted(tasks, jobs):
        if isinstance(task, Problem) or result[0] == "error":
            if on_problem:
                source = task.source if isinstance(task, Problem) else task.doc.source
                reason = task.reason if isinstance(task, Problem) else result[1]
                on_problem(source, reason, getattr(task, "failed", True))
            continue
        for q in result[2]:
            yield scorer_record(task.doc.source, q)


def tune_writer(database) -> None:
    """Settings of the single writer's connection for a batch of documents."""
    if database.dialect != "sqlite":
        return
    # checkpoint (and fsync) the WAL every 32 MB instead of every 4 MB: ~10% faster
    # stores; readers are unaffected
    database.execute("PRAGMA wal_autocheckpoint = 8192")
    # keep the indexes' hot pages (FTS segments, statement and speaker keys) in memory:
    # with the 2 MB default the writer re-read evicted pages from the OS for every
    # document; 10 MB ingested, --jobs 1: CPU 21-22 s -> 17-19 s, time blocked on reads
    # 1-5 s -> 0.5 s (16, 32 and 64 MB alike).  The cache is the writer's RSS: 32 MB
    # took the 100 MB ingest's peak (all processes) to 253 MB, over its 250 MB budget.
    database.execute("PRAGMA cache_size = -16384")


def ingest(paths: Iterable[str], *, db: str | None = None, jobs: int = 1, force: bool = False,
           max_bytes: int = DEFAULT_MAX_BYTES, follow_symlinks: bool = False,
           stdin: BinaryIO | None = None,
           on_problem: Callable[[str, str, bool], None] | None = None,
           on_progress: Callable[[Summary], None] | None = None,
           fields: dict[str, str] | None = None) -> Summary:
    """Ingest every document named by ``paths`` into the database; returns the counts.

    ``on_problem(source, reason, failed)`` hears about each file that was not stored.
    """
    run = _Run(db, force=force, on_problem=on_problem, on_progress=on_progress)
    if jobs <= 1:
        run.writer()  # with workers, it opens while they extract the first documents
    global _stored_check
    db_path = None if force else sqlite_path(run.writer.url)
    if jobs <= 1 and not force:
        _stored_check = run.stored
    items = iter_sources(paths, max_bytes=max_bytes, follow_symlinks=follow_symlinks,
                         stdin=stdin, fields=fields, defer=True)
    results = _extracted(run.tasks(items), jobs, db_path, head_start=run.writer.database is None)
    try:
        for task, result in results:
            run.take(task, result)
        run.writer()  # nothing to store still leaves a database at the newest schema
    except DatabaseError as exc:
        run.usable = False
        if run.writer.database is not None:
            exc.summary = run.summary  # what was stored before the database gave out
        raise
    finally:
        _stored_check = None
        results.close()  # the worker processes stop here, whatever went wrong
        run.close()
    return run.summary


class _Run:
    """The writer's side of one ingest: what it counts, and each result stored in turn."""

    def __init__(self, db: str | None, *, force: bool,
                 on_problem: Callable[[str, str, bool], None] | None,
                 on_progress: Callable[[Summary], None] | None):
        from .extraction import EXTRACTOR_VERSION

        self.version = EXTRACTOR_VERSION
        self.summary = Summary()
        self.writer = _Writer(db)
        self.force = force
        self.on_problem, self.on_progress = on_problem, on_progress
        self.speakers = SpeakerBatch()
        self.pace = _Pace()
        self.usable = True  # False once the database itself gave out

    def problem(self, source: str, reason: str, failed: bool = True) -> None:
        if failed:
            self.summary.failed += 1
        if self.on_problem:
            self.on_problem(source, reason, failed)

    def stored(self, sha: str) -> bool:
        return document_id_for(self.writer(), sha) is not None

    def tasks(self, items: Iterable[SourceDoc | Deferred | Problem]) -> Iterator[_Task | Problem]:
        """What the workers get: a file is read and hashed by its worker; a dump's record,
        already read, is checked against the database here first."""
        for item in items:
            if isinstance(item, Problem):
                yield item
            elif isinstance(item, Deferred):
                yield _Task(None, deferred=item)
            else:
                sha = text_sha256(item.text)
                if not self.force and self.stored(sha):
                    self.summary.skipped += 1
                    if self.on_progress:
                        self.on_progress(self.summary)
                    continue
                yield _Task(item, sha)

    def take(self, task: _Task | Problem, result: tuple | None) -> None:
        if isinstance(task, Problem):
            self.problem(task.source, task.reason, task.failed)
        elif result[0] == "problem":
            self.problem(task.source, result[1], result[2])
        elif result[0] == "error":
            self.problem(task.source, result[1])
        elif result[0] == "skipped":
            self.summary.skipped += 1
        else:
            self._store(task, result)
        if self.on_progress:
            self.on_progress(self.summary)

    def _store(self, task: _Task, result: tuple) -> None:
        _, meta, quotes, loaded, sha, keys = result
        doc = loaded or task.doc
        database = self.writer()
        try:
            stored = store_extraction(
                database, source=_source_name(doc.source),
                extraction=Extraction(text=doc.text, meta=_with_outside_meta(meta, doc), quotes=quotes),
                extractor_version=self.version, sha256=sha, force=self.force, url=doc.url,
                keys=keys, speakers=self.speakers)
        except DatabaseError as exc:
            # sqlite3's, or SQLAlchemy's wrapping the PostgreSQL driver's
            integrity = type(exc.__cause__).__name__ == "IntegrityError"
            cause = getattr(exc.__cause__, "orig", None) or exc.__cause__
            if not integrity:
                raise  # the database itself is unusable (full, read-only, ...)
            self.problem(doc.source, f"not stored: {cause}")  # bad record
            return
        summary = self.summary
        if stored.status == "skipped":
            summary.skipped += 1
            return
        setattr(summary, stored.status, getattr(summary, stored.status) + 1)
        summary.quotes += stored.quotes
        summary.bytes += len(doc.text)
        if self.pace.due():
            self.speakers = self.pace.timed(_consolidated, database, self.speakers)

    def close(self) -> None:
        """The speaker rules for what the run stored since they last ran, unless the
        database itself gave out; then the connection closes."""
        database = self.writer.database
        if database is None:
            return
        try:
            if self.usable:
                _consolidated(database, self.speakers)
        finally:
            database.close()


class _Writer:
    """The single writer's connection, opened when first needed: with worker processes
    the workers extract the first documents while it opens."""

    def __init__(self, db: str | None):
        self.url = resolve_url(db)
        self.database: Database | None = None

    def __call__(self) -> Database:
        if self.database is None:
            self.database = open_database(self.url)
            tune_writer(self.database)
        return self.database


class _Pace:
    """When the whole-database speaker rules run along an ingest: ``CONSOLIDATE_EVERY``
    stored documents apart at least, and no sooner than their last run's cost allows
    at ``CONSOLIDATE_SHARE`` of the writer's time."""

    def __init__(self) -> None:
        self.stored = 0
        self.after = 0.0  # monotonic time before which the rules wait

    def due(self) -> bool:
        self.stored += 1
        return self.stored >= CONSOLIDATE_EVERY and time.monotonic() >= self.after

    def timed(self, run: Callable, *args):
        start = time.monotonic()
        result = run(*args)
        end = time.monotonic()
        self.stored, self.after = 0, end + (end - start) / CONSOLIDATE_SHARE
        return result


def _consolidated(database, speakers: SpeakerBatch) -> SpeakerBatch:
    """Run the whole-database speaker rules for what ``speakers`` touched, in a
    transaction of their own; a fresh batch for the documents that follow."""
    if speakers:
        with database.transaction():
            consolidate(database, speakers)
    return SpeakerBatch()


def _with_outside_meta(meta: DocumentMeta, doc: SourceDoc) -> DocumentMeta:
    """Metadata from the source (front matter, HTML metadata, dump fields) wins over
    what the extractor guessed from the text, except the parsed date."""
    if not (doc.title or doc.author):
        return meta
    return DocumentMeta(title=doc.title or meta.title, author=doc.author or meta.author,
                        published=meta.published)


def _source_name(source: str) -> str:
    return "<stdin>" if source == STDIN else os.path.abspath(source)
