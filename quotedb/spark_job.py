"""Extraction as an Apache Spark job: articles in, Parquet datasets of documents and
quotes out, for crawls too big for one machine's worker processes.

The driver only lists the inputs (through Hadoop's file system, so any path Spark can
read: local, HDFS, S3 ...); executors read each file's bytes with the very readers
``ingest`` uses (text, Markdown, HTML through trafilatura, JSON Lines and CSV dumps)
and run the very same extractor over Arrow batches (``mapInArrow``).  Quote rows carry
what ``store`` would write (the publication date standing in for an undated quote),
the statement key and the speaker's name key, so a crawl's reprints and speakers can
be grouped in Spark or DuckDB without any database.  ``input_key`` orders documents
exactly as ``ingest`` would meet them; ``quotedb load`` stores them in that order.

pyspark is imported only by :func:`run`; the partition function needs only pyarrow.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .errors import InputError, QuotedbError
from .sources import DEFAULT_MAX_BYTES, READERS, Problem, SourceDoc, _read_one

# Documents per Arrow batch handed to Python, and per batch written back.
IN_BATCH = 64
OUT_BATCH = 64
OUT_BATCH_BYTES = 16 * 1024 * 1024
# Parquet row groups kept small: quotedb load reads every part file at once.
ROW_GROUP_BYTES = 16 * 1024 * 1024
# Unusable inputs reported one per line; the rest are only counted.
SHOWN_PROBLEMS = 1000

DOCUMENT_FIELDS = [
    ("input_key", "string"), ("sha256", "string"), ("source", "string"), ("url", "string"),
    ("title", "string"), ("author", "string"), ("published", "string"),
    ("published_precision", "string"), ("text", "string"), ("extractor_version", "string"),
    ("quote_count", "int32"),
]
QUOTE_FIELDS = [
    ("quote_index", "int32"), ("text", "string"), ("kind", "string"),
    ("start_offset", "int64"), ("end_offset", "int64"), ("paragraph_index", "int32"),
    ("cue", "string"), ("speaker", "string"), ("speaker_kind", "string"),
    ("speaker_aliases", "list<string>"), ("speaker_name_key", "string"),
    ("speaker_mention", "string"), ("role", "string"), ("venue", "string"),
    ("date_said", "string"), ("date_precision", "string"), ("date_source", "string"),
    ("confidence", "float64"), ("statement_key", "string"),
]
# Columns of DIR/quotes: the document's key and sha256, then the quote's own.
QUOTE_DOC_FIELDS = [("document_input_key", "string"), ("document_sha256", "string"),
                    ("extractor_version", "string")]


def arrow_schema():
    """One row per input document (or per unusable input: ``problem`` set), its
    quotes nested; the job splits it into DIR/documents and DIR/quotes."""
    import pyarrow as pa

    def typ(name: str):
        return pa.list_(pa.string()) if name == "list<string>" else getattr(pa, name)()

    quote = pa.struct([(n, typ(t)) for n, t in QUOTE_FIELDS])
    return pa.schema([(n, typ(t)) for n, t in DOCUMENT_FIELDS]
                     + [("quotes", pa.list_(quote)), ("problem", pa.string()),
                        ("failed", pa.bool_())])


_DDL = {"string": "STRING", "int32": "INT", "int64": "BIGINT", "float64": "DOUBLE",
        "list<string>": "ARRAY<STRING>"}


def spark_ddl() -> str:
    """:func:`arrow_schema` in Spark's DDL, the return type of ``mapInArrow``."""
    quote = ", ".join(f"{n}: {_DDL[t]}" for n, t in QUOTE_FIELDS)
    return ", ".join([f"{n} {_DDL[t]}" for n, t in DOCUMENT_FIELDS]
                     + [f"quotes ARRAY<STRUCT<{quote}>>", "problem STRING", "failed BOOLEAN"])


# --- ordering: the order in which ingest meets each document ---------------------

@dataclass(frozen=True, slots=True)
class Root:
    """One input argument after glob expansion, as a qualified URI."""

    uri: str
    index: int  # position among the expanded arguments
    is_dir: bool


def walk_key(relative: str) -> str:
    """Sort key of a path below a folder that puts files in ingest's walk order: in
    each folder its files (sorted by name) before its subfolders (sorted)."""
    parts = relative.split("/")
    return "\x00".join(["1" + p for p in parts[:-1]] + ["0" + parts[-1]])


def input_key(root: Root, path_uri: str, record: int) -> str:
    rel = path_uri[len(root.uri):].lstrip("/") if root.is_dir else ""
    return f"{root.index:08d}\x01{walk_key(rel) if rel else ''}\x01{record:012d}"


def root_of(path_uri: str, roots: dict[str, Root]) -> Root | None:
    """The first argument naming this file, itself or through a folder above it."""
    found = roots.get(path_uri)
    path = path_uri
    while "/" in path:
        path = path.rsplit("/", 1)[0]
        above = roots.get(path)
        if above is not None and above.is_dir and (found is None or above.index < found.index):
            found = above
    return found


def local_path(uri: str) -> str:
    """A ``file:`` URI as the local path ingest would name; other schemes unchanged."""
    if uri.startswith("file:"):
        return "/" + uri[len("file:"):].lstrip("/")
    return uri


# --- executors: bytes of one file -> document rows ------------------------------

def document_rows(path_uri: str, content: bytes, root: Root, *, fields: dict[str, str],
                  max_bytes: int) -> Iterator[dict]:
    """Every document in one input file as an output row (an unusable file or record
    as a row with ``problem`` set), extracted as ``ingest`` does."""
    from .extraction import EXTRACTOR_VERSION

    path = local_path(path_uri)
    if root.is_dir and os.path.splitext(path)[1].lower() not in READERS:
        return  # a folder's other files are not articles (ingest skips them too)
    if len(content) > max_bytes and not getattr(READERS.get(
            os.path.splitext(path)[1].lower()), "dump", False):
        from .sources import human_size

        yield _problem_row(path, f"{human_size(len(content))} is larger than --max-bytes "
                                 f"{human_size(max_bytes)}, skipped", True, root, path_uri, 0)
        return
    for item in _read_one(path, max_bytes, fh=io.BytesIO(content), fields=fields):
        record = _record_number(item.source) if item.source != path else 0
        if isinstance(item, Problem):
            yield _problem_row(item.source, item.reason, item.failed, root, path_uri, record)
            continue
        yield _extracted_row(item, input_key(root, path_uri, record), EXTRACTOR_VERSION)


def _record_number(source: str) -> int:
    try:
        return int(source.rsplit("#", 1)[1])
    except (IndexError, ValueError):
        return 0


def _problem_row(source: str, reason: str, failed: bool, root: Root, path_uri: str,
                 record: int) -> dict:
    return {"input_key": input_key(root, path_uri, record), "source": _stored_source(source),
            "problem": reason, "failed": failed, "quotes": []}


def _stored_source(source: str) -> str:
    return source if "://" in source else os.path.abspath(source)


def _extracted_row(doc: SourceDoc, key: str, version: str) -> dict:
    from .extraction import extract
    from .ingest import _with_outside_meta
    from .models import Extraction
    from .identity import name_key
    from .store import quote_fields, text_sha256
    from .statements import statement_key

    row = {"input_key": key, "source": _stored_source(doc.source), "quotes": []}
    try:
        ex = extract(doc.text, published=doc.published, title=doc.title, author=doc.author)
    except Exception as exc:  # extractor bug or regex timeout: this document fails
        return {**row, "problem": f"extraction failed: {type(exc).__name__}: {exc}"[:300],
                "failed": True}
    meta = _with_outside_meta(ex.meta, doc)
    ex = Extraction(text=doc.text, meta=meta, quotes=ex.quotes)
    quotes = []
    for i, q in enumerate(ex.quotes):
        r = quote_fields(q, meta.published)
        quotes.append({
            "quote_index": i, "text": r["text"], "kind": r["kind"], "start_offset": r["start"],
            "end_offset": r["end"], "paragraph_index": r["paragraph"], "cue": r["cue"],
            "speaker": q.speaker, "speaker_kind": q.speaker_kind,
            "speaker_aliases": list(q.speaker_aliases),
            "speaker_name_key": name_key(q.speaker) or None,
            "speaker_mention": r["speaker_mention"], "role": r["role"], "venue": r["venue"],
            "date_said": r["date_said"], "date_precision": r["date_precision"],
            "date_source": r["date_source"], "confidence": r["confidence"],
            "statement_key": statement_key(r["text"]),
        })
    published = meta.published
    return {**row, "sha256": text_sha256(doc.text), "url": doc.url, "title": meta.title,
            "author": meta.author, "published": published.value if published else None,
            "published_precision": published.precision if published else None,
            "text": doc.text, "extractor_version": version, "quote_count": len(quotes),
            "quotes": quotes, "problem": None, "failed": None}


def extract_batches(batches: Iterable, roots: dict[str, Root], fields: dict[str, str],
                    max_bytes: int) -> Iterator:
    """The ``mapInArrow`` function: Arrow batches of (path, content) in, batches of
    :func:`arrow_schema` out, a few documents at a time so memory stays bounded."""
    import pyarrow as pa

    schema = arrow_schema()
    out: list[dict] = []
    size = 0
    for batch in batches:
        paths = batch.column("path").to_pylist()
        contents = batch.column("content")
        for i, path_uri in enumerate(paths):
            root = root_of(path_uri, roots)
            if root is None:
                continue
            for row in document_rows(path_uri, contents[i].as_py(), root, fields=fields,
                                     max_bytes=max_bytes):
                out.append(row)
                size += len(row.get("text") or "")
                if len(out) >= OUT_BATCH or size >= OUT_BATCH_BYTES:
                    yield pa.RecordBatch.from_pylist(out, schema=schema)
                    out, size = [], 0
    if out:
        yield pa.RecordBatch.from_pylist(out, schema=schema)


# --- driver ---------------------------------------------------------------------

@dataclass
class SparkSummary:
    documents: int = 0
    failed: int = 0
    quotes: int = 0
    bytes: int = 0
    output: str = ""

    def line(self) -> str:
        return (f"{self.documents} documents, {self.quotes} quotes, {self.failed} failed; "
                f"Parquet in {self.output}/documents and {self.output}/quotes")


def _has_magic(path: str) -> bool:
    return any(c in path for c in "*?[{")


def expand_inputs(spark, inputs: list[str], on_problem) -> list[Root]:
    """Arguments -> qualified roots, through Hadoop's FileSystem (listing only)."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    roots: list[Root] = []
    for arg in inputs:
        path = jvm.org.apache.hadoop.fs.Path(arg)
        try:
            fs = path.getFileSystem(conf)
            if _has_magic(arg):
                statuses = sorted(fs.globStatus(path) or [], key=lambda s: s.getPath().toString())
                if not statuses:
                    on_problem(arg, "no file matches this pattern", True)
            elif fs.exists(path):
                statuses = [fs.getFileStatus(path)]
            else:
                on_problem(arg, "no such file or directory", True)
                statuses = []
        except Exception as exc:  # py4j: the file system refused (no scheme, no access)
            on_problem(arg, str(exc).strip().splitlines()[0][:300], True)
            continue
        for st in statuses:
            uri = fs.makeQualified(st.getPath()).toString()
            roots.append(Root(uri.rstrip("/") if st.isDirectory() else uri, len(roots),
                              bool(st.isDirectory())))
    return roots


def _path_exists(spark, path: str) -> bool:
    jvm = spark.sparkContext._jvm
    p = jvm.org.apache.hadoop.fs.Path(path)
    return bool(p.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).exists(p))


# SQL settings the job prefers unless the cluster's configuration sets them: small
# article files are packed many to a partition (a file's "open cost" 4 MB -> 64 KB)
# into at least 2 partitions a core (Spark's default made 3 for 2 cores: one core
# idle for the last third; each task also costs a Python worker's start-up, so not
# many more), and Arrow hands Python a few files at a time.
_DEFAULTS = {
    "spark.sql.files.openCostInBytes": str(64 * 1024),
    "spark.sql.files.minPartitionNum": None,  # 2 x the cores: whole rounds of tasks
    "spark.sql.execution.arrow.maxRecordsPerBatch": str(IN_BATCH),
}


def run(inputs: list[str], output: str, *, master: str | None = None,
        fields: dict[str, str] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
        on_problem: Callable[[str, str, bool], None] | None = None,
        spark=None) -> SparkSummary:
    """Extract every document named by ``inputs`` into Parquet under ``output``."""
    try:
        from pyspark import StorageLevel
    except ImportError as exc:
        raise QuotedbError(f"quotedb spark needs pyspark and pyarrow "
                           f"(pip install 'quotedb[spark]'): {exc}") from None
    summary = SparkSummary(output=output.rstrip("/"))
    problems = [0]

    def problem(source: str, reason: str, failed: bool) -> None:
        problems[0] += failed
        if on_problem:
            on_problem(source, reason, failed)

    own = spark is None
    if own:
        spark = _session(master)
    try:
        user_conf = spark.sparkContext.getConf()
        for key, value in _DEFAULTS.items():
            if not user_conf.contains(key):
                spark.conf.set(key, value or str(2 * spark.sparkContext.defaultParallelism))
        for name in ("documents", "quotes"):
            if _path_exists(spark, f"{summary.output}/{name}"):
                raise InputError(f"{summary.output}/{name}: already exists (choose a new --output)")
        roots = expand_inputs(spark, inputs, problem)
        if not roots:
            raise InputError("no input to read")
        by_uri = {r.uri: r for r in sorted(roots, key=lambda r: -r.index)}
        files = (spark.read.format("binaryFile").option("recursiveFileLookup", "true")
                 .load([r.uri for r in roots]).select("path", "content"))
        fields = dict(fields or {})
        extracted = files.mapInArrow(
            lambda batches: extract_batches(batches, by_uri, fields, max_bytes),
            spark_ddl()).persist(StorageLevel.DISK_ONLY)
        _write(extracted, summary.output)
        totals = _report(extracted, problem)
        summary.documents, summary.quotes = totals["docs"], totals["quotes"] or 0
        summary.bytes = totals["chars"] or 0
        summary.failed = problems[0] + totals["unshown_failed"]
        extracted.unpersist()
    except QuotedbError:
        raise
    except Exception as exc:  # py4j / pyspark: a task failed, the cluster went away ...
        if not type(exc).__module__.startswith(("py4j", "pyspark")):
            raise
        raise QuotedbError(f"the Spark job failed: {_first_line(exc)}") from None
    finally:
        if own:
            spark.stop()
    return summary


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return (lines[0] if lines else type(exc).__name__)[:300]


def _session(master: str | None):
    from pyspark.sql import SparkSession

    local = master is None or master.startswith("local")
    if local and not os.environ.get("PYSPARK_GATEWAY_PORT"):  # not under spark-submit
        # Python workers run this interpreter, which has quotedb and its libraries
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("quotedb")
    if master:
        builder = builder.master(master)
    if local:  # no web UI and no progress bar over the command's own output
        builder = (builder.config("spark.ui.enabled", "false")
                   .config("spark.ui.showConsoleProgress", "false"))
    try:
        return builder.getOrCreate()
    except Exception as exc:
        raise QuotedbError(f"Spark could not start ({_first_line(exc)}; is Java 17 installed?)") from None


def _write(extracted, output: str) -> None:
    """DIR/documents and DIR/quotes, each part file sorted by document (a local sort,
    no shuffle): quotedb load merges them."""
    from pyspark.sql import functions as F

    ok = extracted.where(F.col("problem").isNull())
    options = {"parquet.block.size": str(ROW_GROUP_BYTES)}
    (ok.select(*[n for n, _ in DOCUMENT_FIELDS]).sortWithinPartitions("input_key").write
     .options(**options).parquet(f"{output}/documents"))
    quotes = ok.select(F.col("input_key").alias("document_input_key"),
                       F.col("sha256").alias("document_sha256"), "extractor_version",
                       F.explode("quotes").alias("q"))
    quotes = quotes.select("document_input_key", "document_sha256",
                           *[F.col("q." + n).alias(n) for n, _ in QUOTE_FIELDS],
                           "extractor_version")
    (quotes.sortWithinPartitions("document_input_key", "quote_index").write
     .options(**options).parquet(f"{output}/quotes"))


def _report(extracted, problem) -> dict:
    """Counts in one pass; the first SHOWN_PROBLEMS unusable inputs go to ``problem``,
    the failures among the rest are returned as ``unshown_failed``."""
    from pyspark.sql import functions as F

    totals = extracted.agg(
        F.count(F.when(F.col("problem").isNull(), 1)).alias("docs"),
        F.sum("quote_count").alias("quotes"), F.sum(F.length("text")).alias("chars"),
        F.count(F.when(F.col("failed"), 1)).alias("failed"),
        F.count(F.col("problem")).alias("problems")).first()
    shown = 0
    if totals["problems"]:
        bad = extracted.where(F.col("problem").isNotNull())
        for r in (bad.select("input_key", "source", "problem", "failed")
                  .orderBy("input_key").limit(SHOWN_PROBLEMS).collect()):
            problem(r["source"], r["problem"], bool(r["failed"]))
            shown += bool(r["failed"])
    return {**totals.asDict(), "unshown_failed": totals["failed"] - shown}
