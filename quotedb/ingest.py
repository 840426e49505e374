"""Ingest orchestration: sources -> extraction (optionally in worker processes) -> store.

Streaming throughout: documents are read one at a time, at most ``4 * jobs`` are in
flight, and the single writer (this process) stores each in its own transaction, so
memory stays flat whatever the corpus size and an interrupted run leaves only whole
documents behind.
"""

from __future__ import annotations

import os
import sqlite3
from collections import deque
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator

from .db import open_database
from .errors import DatabaseError
from .models import DocumentMeta, Extraction
from .sources import DEFAULT_MAX_BYTES, STDIN, Problem, SourceDoc, iter_sources
from .store import document_id_for, store_extraction, text_sha256


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
        replaced = f", {self.replaced} re-extracted" if self.replaced else ""
        return (f"{self.added} documents added{replaced}, {self.skipped} skipped "
                f"(already stored), {self.failed} failed; {self.quotes} quotes added")


@dataclass(frozen=True, slots=True)
class _Task:
    doc: SourceDoc
    sha256: str = ""


def extract_document(doc: SourceDoc) -> Extraction:
    """Run the extractor on one source document."""
    from .extract import extract

    return extract(doc.text, published=doc.published, title=doc.title, author=doc.author)


def _extract_task(task: _Task):
    """Worker side: never raises, so one bad document cannot take down the batch."""
    try:
        ex = extract_document(task.doc)
    except Exception as exc:  # extractor bug or regex timeout: this document fails
        return ("error", f"extraction failed: {type(exc).__name__}: {exc}"[:300])
    return ("ok", ex.meta, ex.quotes)


def _init_worker() -> None:
    from . import extract  # noqa: F401  (import once per worker, not per task)


class _Parallel:
    """Bounded, order-preserving parallel map; a dead worker fails one document and
    the pool is rebuilt for the rest."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self.pool = self._new_pool()

    def _new_pool(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        return ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context(method),
                                   initializer=_init_worker)

    def map(self, tasks: Iterable[_Task | Problem]) -> Iterator[tuple]:
        pending: deque[list] = deque()
        try:
            for task in tasks:
                pending.append([task, self._submit(task)])
                while len(pending) >= 4 * self.jobs:
                    yield self._finish(pending)
            while pending:
                yield self._finish(pending)
        finally:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def _submit(self, task):
        return None if isinstance(task, Problem) else self.pool.submit(_extract_task, task)

    def _finish(self, pending: deque) -> tuple:
        """Result of the oldest task.  When the pool breaks, the culprit is unknown:
        each unfinished task is retried alone in a fresh pool when its turn comes,
        and only one that kills that pool too is reported as failed."""
        from concurrent.futures.process import BrokenProcessPool

        task, future = pending.popleft()
        if future is None:
            return task, None
        try:
            return task, future.result()
        except BrokenProcessPool:
            pass
        self._restart()
        try:
            result = self.pool.submit(_extract_task, task).result()
        except BrokenProcessPool:
            self._restart()
            result = ("error", "the extractor process died (out of memory or killed)")
        for item in pending:
            done = item[1] is None or (item[1].done() and not item[1].cancelled()
                                       and item[1].exception() is None)
            if not done:
                item[1] = self._submit(item[0])
        return task, result

    def _restart(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()


def _extracted(tasks: Iterable[_Task | Problem], jobs: int) -> Iterator[tuple]:
    """(task, result) in input order; in worker processes when ``jobs > 1``."""
    if jobs > 1:
        return _Parallel(jobs).map(tasks)
    return ((t, None if isinstance(t, Problem) else _extract_task(t)) for t in tasks)


def extract_rows(paths: Iterable[str], *, jobs: int = 1, max_bytes: int = DEFAULT_MAX_BYTES,
                 follow_symlinks: bool = False, stdin: BinaryIO | None = None,
                 on_problem: Callable[[str, str, bool], None] | None = None,
                 fields: dict[str, str] | None = None) -> Iterator[dict]:
    """The extractor without a database: one dict per quote, keyed as the accuracy
    scorer (../shared/eval/score.py) reads them; ``doc`` is the path as given."""
    items = iter_sources(paths, max_bytes=max_bytes, follow_symlinks=follow_symlinks,
                         stdin=stdin, fields=fields)
    tasks = (item if isinstance(item, Problem) else _Task(item) for item in items)
    for task, result in _extracted(tasks, jobs):
        if isinstance(task, Problem) or result[0] == "error":
            if on_problem:
                source = task.source if isinstance(task, Problem) else task.doc.source
                reason = task.reason if isinstance(task, Problem) else result[1]
                on_problem(source, reason, getattr(task, "failed", True))
            continue
        for q in result[2]:
            yield {
                "doc": task.doc.source, "start": q.start, "end": q.end, "text": q.text,
                "kind": q.kind, "speaker": q.speaker, "speaker_mention": q.speaker_mention,
                "role": q.role, "cue": q.cue, "venue": q.venue,
                "date": q.date.value if q.date else None,
                "date_precision": q.date.precision if q.date else None,
                "confidence": q.confidence,
            }


def ingest(paths: Iterable[str], *, db: str | None = None, jobs: int = 1, force: bool = False,
           max_bytes: int = DEFAULT_MAX_BYTES, follow_symlinks: bool = False,
           stdin: BinaryIO | None = None,
           on_problem: Callable[[str, str, bool], None] | None = None,
           on_progress: Callable[[Summary], None] | None = None,
           fields: dict[str, str] | None = None) -> Summary:
    """Ingest every document named by ``paths`` into the database; returns the counts.

    ``on_problem(source, reason, failed)`` hears about each file that was not stored.
    """
    from .extract import EXTRACTOR_VERSION

    summary = Summary()
    database = open_database(db)

    def problem(source: str, reason: str, failed: bool = True) -> None:
        if failed:
            summary.failed += 1
        if on_problem:
            on_problem(source, reason, failed)

    def tasks() -> Iterator[_Task | Problem]:
        for item in iter_sources(paths, max_bytes=max_bytes, follow_symlinks=follow_symlinks,
                                 stdin=stdin, fields=fields):
            if isinstance(item, Problem):
                yield item
                continue
            sha = text_sha256(item.text)
            if not force and document_id_for(database, sha) is not None:
                summary.skipped += 1
                if on_progress:
                    on_progress(summary)
                continue
            yield _Task(item, sha)

    results = _extracted(tasks(), jobs)
    try:
        for task, result in results:
            if isinstance(task, Problem):
                problem(task.source, task.reason, task.failed)
            elif result[0] == "error":
                problem(task.doc.source, result[1])
            else:
                _, meta, quotes = result
                try:
                    stored = store_extraction(
                        database, source=_source_name(task.doc.source),
                        extraction=Extraction(text=task.doc.text,
                                              meta=_with_outside_meta(meta, task.doc),
                                              quotes=quotes),
                        extractor_version=EXTRACTOR_VERSION, sha256=task.sha256, force=force,
                        url=task.doc.url)
                except DatabaseError as exc:
                    if not isinstance(exc.__cause__, sqlite3.IntegrityError):
                        raise  # the database itself is unusable (full, read-only, ...)
                    problem(task.doc.source, f"not stored: {exc.__cause__}")  # bad record
                    continue
                if stored.status == "skipped":
                    summary.skipped += 1
                else:
                    setattr(summary, stored.status, getattr(summary, stored.status) + 1)
                    summary.quotes += stored.quotes
                    summary.bytes += len(task.doc.text)
            if on_progress:
                on_progress(summary)
    except DatabaseError as exc:
        exc.summary = summary  # what was stored before the database gave out
        raise
    finally:
        database.close()
    return summary


def _with_outside_meta(meta: DocumentMeta, doc: SourceDoc) -> DocumentMeta:
    """Metadata from the source (front matter, HTML metadata, dump fields) wins over
    what the extractor guessed from the text, except the parsed date."""
    if not (doc.title or doc.author):
        return meta
    return DocumentMeta(title=doc.title or meta.title, author=doc.author or meta.author,
                        published=meta.published)


def _source_name(source: str) -> str:
    return "<stdin>" if source == STDIN else os.path.abspath(source)
