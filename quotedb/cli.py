"""The ``quotedb`` command line: parse arguments, call one library function, render.

Library modules are imported inside each command so that start-up stays small
(``quotedb who-said`` must answer in well under 300 ms).
"""

from __future__ import annotations

import functools
import sys
from enum import Enum
from typing import Annotated, List, Optional

import typer

from .errors import QuotedbError


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    quotebank = "quotebank"


class Kind(str, Enum):
    direct = "direct"
    mixed = "mixed"
    indirect = "indirect"
    embedded = "embedded"


app = typer.Typer(
    name="quotedb", add_completion=False, no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Who said what, when and where: extract quotes from news articles into SQLite "
         "and query them.\n\nExample: quotedb ingest seeds/ && quotedb who-said negotiate")
speakers_app = typer.Typer(no_args_is_help=False, pretty_exceptions_enable=False)
db_app = typer.Typer(no_args_is_help=True, pretty_exceptions_enable=False,
                     help="Schema maintenance: upgrade, downgrade, current revision, path."
                          "\n\nExample: quotedb db upgrade --db archive.db")
app.add_typer(speakers_app, name="speakers")
app.add_typer(db_app, name="db")

DbOpt = Annotated[Optional[str], typer.Option(
    "--db", help="Database file or SQLAlchemy URL (default: $QUOTEDB_DB, else ./quotes.db).",
    show_default=False)]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
SpeakerOpt = Annotated[Optional[str], typer.Option(
    "--speaker", "-s", help="Only this speaker (name, alias or id).")]
SinceOpt = Annotated[Optional[str], typer.Option(
    "--since", help="Said on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOpt = Annotated[Optional[str], typer.Option(
    "--until", help="Said on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
KindOpt = Annotated[Optional[Kind], typer.Option("--kind", help="Only this kind of quote.")]
MaxBytesOpt = Annotated[str, typer.Option(
    "--max-bytes", help="Skip files (dump records) larger than this (e.g. 50MB, 2G).")]
FieldOpt = Annotated[Optional[List[str]], typer.Option(
    "--field", help="Dump field mapping NAME=COLUMN for .jsonl/.csv records (NAME: text, "
                    "title, url, published, author), e.g. --field text=body.",
    show_default=False)]


def _fail(message: str, code: int = 1):
    typer.echo(f"quotedb: {message}", err=True)
    raise typer.Exit(code)


def _handled(fn):
    """QuotedbError and driver errors become one line on stderr and exit code 1."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except QuotedbError as exc:
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:
            sys.stderr.close()  # output cut short by `| head`: not an error
            raise typer.Exit(0)
        except Exception as exc:
            import sqlite3

            if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlalchemy"):
                _fail(f"database error: {getattr(exc, 'orig', None) or exc}")
            raise
    return wrapper


def command(name: str, example: str, target=app):
    def register(fn):
        return target.command(name, epilog=f"Example: {example}")(_handled(fn))
    return register


def _problem(source: str, reason: str, failed: bool = True) -> None:
    typer.echo(f"quotedb: {source}: {reason}", err=True)


def _render(rows, fmt: Format, **kw) -> int:
    from .render import render

    return render(rows, fmt.value, **kw)


@command("ingest", "quotedb ingest seeds/ 'archive/**/*.md' --jobs 2")
def ingest_cmd(
    paths: Annotated[List[str], typer.Argument(
        help="Files, folders (recursive: .txt .text .md .markdown .html .htm, dumps .jsonl "
             ".ndjson .csv), globs, or - for stdin.",
        show_default=False)],
    db: DbOpt = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
    force: Annotated[bool, typer.Option("--force", help="Re-extract documents already stored.")] = False,
    max_bytes: MaxBytesOpt = "50MB",
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks", help="Follow symbolic links that lead outside a folder.")] = False,
    field: FieldOpt = None,
):
    """Extract quotes from articles and store them; documents already stored are skipped."""
    from .ingest import ingest
    from .render import Progress
    from .sources import parse_fields, parse_size

    progress = Progress()

    def problem(source: str, reason: str, failed: bool = True) -> None:
        progress.close()  # the message gets a line of its own; the bar redraws after it
        _problem(source, reason, failed)

    try:
        summary = ingest(paths, db=db, jobs=jobs, force=force, max_bytes=parse_size(max_bytes),
                         follow_symlinks=follow_symlinks, on_problem=problem,
                         on_progress=progress.update, fields=parse_fields(field))
    except QuotedbError as exc:
        progress.close()
        if getattr(exc, "summary", None) is not None:
            typer.echo(f"stopped: {exc.summary.line()}")
        raise
    finally:
        progress.close()
    typer.echo(summary.line())
    if summary.failed:
        raise typer.Exit(1)


@command("extract", "quotedb extract seeds/*.txt --format jsonl > predictions.jsonl")
def extract_cmd(
    paths: Annotated[List[str], typer.Argument(
        help="Files, folders, globs, or - for stdin.", show_default=False)],
    format: FormatOpt = Format.jsonl,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Extraction processes.")] = 1,
    max_bytes: MaxBytesOpt = "50MB",
    field: FieldOpt = None,
):
    """Run the extractor without a database: one record per quote.

    Offsets are code-point indices into the file's decoded text, quote marks excluded;
    `--format jsonl` is what ../shared/eval/score.py reads."""
    from .ingest import extract_rows
    from .sources import parse_fields, parse_size

    failed = []

    def problem(source, reason, is_failure=True):
        failed.append(is_failure)
        _problem(source, reason)

    _render(extract_rows(paths, jobs=jobs, max_bytes=parse_size(max_bytes), on_problem=problem,
                         fields=parse_fields(field)),
            format, table_columns=["doc", "start", "end", "speaker", "kind", "text"],
            empty="no quotes found")
    if any(failed):
        raise typer.Exit(1)


@command("spark", "quotedb spark 'crawl/*.jsonl' --output quotes.parquet --master 'local[*]'")
def spark_cmd(
    paths: Annotated[List[str], typer.Argument(
        help="Files, folders, globs (any path Spark reads: local, hdfs://, s3a://), as "
             "for ingest.", show_default=False)],
    output: Annotated[str, typer.Option(
        "--output", "-o", help="Folder for the Parquet datasets documents/ and quotes/.")],
    master: Annotated[Optional[str], typer.Option(
        "--master", help="Spark master URL (default: spark-submit's, else local[*]).")] = None,
    max_bytes: MaxBytesOpt = "50MB",
    field: FieldOpt = None,
):
    """Extract quotes with Apache Spark into Parquet (needs the optional extra
    "spark": pyspark, pyarrow and Java 17); `quotedb load` then stores them in a
    database."""
    from .sources import parse_fields, parse_size
    from .spark_job import run

    summary = run(paths, output, master=master, fields=parse_fields(field),
                  max_bytes=parse_size(max_bytes), on_problem=_problem)
    typer.echo(summary.line())
    if summary.failed:
        raise typer.Exit(1)


@command("load", "quotedb load quotes.parquet --db postgresql://me@dbhost/quotes")
def load_cmd(
    directory: Annotated[str, typer.Argument(
        help="Output folder of quotedb spark (holding documents/ and quotes/).",
        show_default=False)],
    db: DbOpt = None,
    batch: Annotated[int, typer.Option(
        "--batch", min=1, help="Documents per transaction.")] = 5000,
):
    """Bulk-load Parquet written by `quotedb spark`; documents already stored are
    skipped, and each batch is one transaction."""
    from .bulkload import load
    from .render import Progress

    progress = Progress()
    try:
        summary = load(directory, db=db, batch_docs=batch, on_progress=progress.update)
    finally:
        progress.close()
    typer.echo(summary.line())


@command("who-said", 'quotedb who-said "rule out negotiations" --since 2020-01 --limit 5')
def who_said_cmd(
    query: Annotated[str, typer.Argument(help="Words to find in quote text (all must match; "
                                              "stemmed, so negotiate finds negotiations).")],
    speaker: SpeakerOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    kind: KindOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many rows.")] = 20,
    raw: Annotated[bool, typer.Option("--raw", help="QUERY is FTS5 syntax (OR, NOT, NEAR, \"phrases\", prefix*).")] = False,
    format: FormatOpt = Format.table,
    db: DbOpt = None,
):
    """Full-text search over statements, best match first: speaker, earliest date, number
    of articles reporting it (sources), quote, article."""
    from .db import open_database
    from .queries import WHO_SAID_COLUMNS, who_said

    color = format is Format.table and sys.stdout.isatty()
    with open_database(db) as database:
        rows = who_said(database, query, raw=raw, speaker=speaker, since=since, until=until,
                        kind=kind.value if kind else None, limit=limit, highlight=color)
    _render(rows, format, table_columns=WHO_SAID_COLUMNS, empty="no quotes found")


@command("quotes", 'quotedb quotes --speaker "Zarif" --format csv')
def quotes_cmd(
    speaker: SpeakerOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    kind: KindOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=0, help="At most this many rows.")] = None,
    format: FormatOpt = Format.table,
    db: DbOpt = None,
):
    """What a speaker said (aliases count), in date order; undated quotes last."""
    from .db import open_database
    from .queries import TABLE_COLUMNS, list_quotes

    with open_database(db) as database:
        _render(list_quotes(database, speaker=speaker, since=since, until=until,
                            kind=kind.value if kind else None, limit=limit),
                format, table_columns=TABLE_COLUMNS, empty="no quotes found")


@speakers_app.callback(invoke_without_command=True,
                       epilog="Example: quotedb speakers --format json; "
                              "quotedb speakers merge 'Donald Trump' 'Trump'")
@_handled
def speakers_cmd(
    ctx: typer.Context,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=0, help="At most this many rows.")] = None,
    format: FormatOpt = Format.table,
    db: DbOpt = None,
):
    """Speakers with their quote counts and aliases, most quoted first."""
    if ctx.invoked_subcommand:
        return
    from .db import open_database
    from .queries import list_speakers

    with open_database(db) as database:
        rows = list_speakers(database, limit=limit)
    _render(rows, format, table_columns=["name", "kind", "quotes", "aliases", "id"],
            empty="no speakers yet")


@command("merge", "quotedb speakers merge 'Mohammad Javad Zarif' 'Javad Zarif'", speakers_app)
def merge_cmd(
    into: Annotated[str, typer.Argument(help="Speaker to keep (name, alias or id).")],
    other: Annotated[str, typer.Argument(help="Speaker folded into it and removed.")],
    db: DbOpt = None,
):
    """Fold speaker OTHER into INTO: its quotes and aliases move, OTHER is removed."""
    from .db import open_database
    from .store import merge_speakers

    with open_database(db) as database:
        result = merge_speakers(database, into, other)
    typer.echo(f"merged {result['merged']} (id {result['merged_id']}) into {result['speaker']} "
               f"(id {result['id']}): {result['quotes_moved']} quotes moved")


@command("show", "quotedb show 12")
def show_cmd(
    quote_id: Annotated[int, typer.Argument(metavar="ID", help="Quote id (from who-said or quotes).")],
    format: FormatOpt = Format.table,
    db: DbOpt = None,
):
    """One quote with its surrounding paragraph and provenance."""
    from .db import open_database
    from .queries import show_quote
    from .render import render_record

    with open_database(db) as database:
        render_record(show_quote(database, quote_id), format.value)


@command("export", "quotedb export --format csv > quotes.csv; "
                   "quotedb export --format quotebank > quotes.jsonl")
def export_cmd(
    speaker: SpeakerOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    kind: KindOpt = None,
    format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="Output format; quotebank: one JSON line per statement with "
                               "Quotebank's quote-level fields.")] = ExportFormat.jsonl,
    db: DbOpt = None,
):
    """Every quote (with the same filters as `quotes`), streamed as jsonl or csv; or
    every statement as Quotebank records."""
    from .db import open_database
    from .queries import list_quotes, quotebank

    kind_value = kind.value if kind else None
    with open_database(db) as database:
        if format is ExportFormat.quotebank:
            _render(quotebank(database, speaker=speaker, since=since, until=until,
                              kind=kind_value), Format.jsonl, empty="no statements")
        else:
            _render(list_quotes(database, speaker=speaker, since=since, until=until,
                                kind=kind_value), Format(format.value), empty="no quotes")


@command("sql", "quotedb sql \"SELECT speaker, COUNT(*) AS n FROM quote_view GROUP BY speaker\"")
def sql_cmd(
    statement: Annotated[str, typer.Argument(help="One SQL statement; the database is opened read-only.")],
    format: FormatOpt = Format.table,
    db: DbOpt = None,
):
    """Ad-hoc SQL on a read-only connection.

    Tables documents, speakers, speaker_aliases, quotes; view quote_view (who said
    what, when, where, in which article); FTS5 table quotes_fts."""
    from .db import ensure_head, resolve_url
    from .queries import run_sql

    url = resolve_url(db)
    ensure_head(url)
    columns, rows = run_sql(url, statement)
    _render(rows, format, columns=columns, empty="no rows")


@command("stats", "quotedb stats --format json")
def stats_cmd(format: FormatOpt = Format.table, db: DbOpt = None):
    """Counts of documents, quotes and speakers, and the range of dates said."""
    from .db import open_database
    from .queries import stats
    from .render import render_record

    with open_database(db) as database:
        render_record(stats(database), format.value)


@command("serve", "quotedb serve --port 8001 --db quotes.db")
def serve_cmd(
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, help="Port on 127.0.0.1.")] = 8001,
    db: DbOpt = None,
):
    """Browse the database in Datasette on http://127.0.0.1:PORT (needs the optional
    extra: pip install 'quotedb[datasette]'): quote search, quote_view, canned queries."""
    from .web import serve

    typer.echo(f"serving on http://127.0.0.1:{port}/ (Ctrl-C stops)", err=True)
    code = serve(db, port=port)
    if code:
        raise typer.Exit(code)


@command("eval", "quotedb eval ../shared/gold/seeds.jsonl --texts seeds/ --show-errors")
def eval_cmd(
    gold: Annotated[str, typer.Argument(help="Gold annotations (JSON Lines, see gold/FORMAT.md).")],
    texts: Annotated[str, typer.Option("--texts", help="Folder holding the annotated articles.")],
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List misses, false positives and wrong attributions on stderr.")] = False,
    format: FormatOpt = Format.table,
):
    """Score the extractor against gold annotations (same metrics as eval/score.py)."""
    from pathlib import Path

    from .render import render_record

    try:
        from .evaluate import evaluate
    except ImportError as exc:
        raise QuotedbError(f"the evaluator is not available ({exc})") from None
    report = evaluate(Path(gold), Path(texts))
    if show_errors:
        for kind, doc, text, info in report.errors:
            typer.echo(f"{kind:8} {doc[:12]:12} {text[:60]!r} {info or ''}", err=True)
    render_record(dict(report.metrics), format.value)


@command("upgrade", "quotedb db upgrade --db archive.db", db_app)
def db_upgrade_cmd(
    revision: Annotated[str, typer.Option("--revision", help="Target revision.")] = "head",
    db: DbOpt = None,
):
    """Bring the schema to the newest revision (every command does this itself)."""
    from .db import current_revision, describe, resolve_url, upgrade

    url = resolve_url(db)
    upgrade(url, revision)
    typer.echo(f"{describe(url)}: at revision {current_revision(url)}")


@command("downgrade", "quotedb db downgrade base --db scratch.db", db_app)
def db_downgrade_cmd(
    revision: Annotated[str, typer.Argument(help="Target revision (base removes everything).")],
    db: DbOpt = None,
):
    """Take the schema back to an earlier revision (data in dropped tables is lost)."""
    from .db import current_revision, describe, downgrade, resolve_url

    url = resolve_url(db)
    downgrade(url, revision)
    typer.echo(f"{describe(url)}: at revision {current_revision(url) or 'base'}")


@command("current", "quotedb db current", db_app)
def db_current_cmd(db: DbOpt = None):
    """The schema revision stored in the database, and whether it is the newest."""
    from .db import HEAD_REVISION, current_revision, resolve_url

    rev = current_revision(resolve_url(db))
    typer.echo(f"{rev or 'base (empty)'}{' (head)' if rev == HEAD_REVISION else ''}")


@command("path", "QUOTEDB_DB=archive.db quotedb db path", db_app)
def db_path_cmd(db: DbOpt = None):
    """Which database the other commands would use (--db, $QUOTEDB_DB, ./quotes.db)."""
    from .db import describe, resolve_url

    typer.echo(describe(resolve_url(db)))


def _light_coercion() -> None:
    """Typer coerces every parameter through a pydantic TypeAdapter, and importing
    pydantic alone costs ~100 ms, a third of the who-said start-up budget.  Our
    parameters are plain str, int, bool, Enum and list[str]: coerce those directly and
    leave anything else to typer.  Without the internals this relies on, nothing changes."""
    try:
        from dataclasses import dataclass
        from typing import get_args, get_origin

        from typer import core as typer_core
        from typer._click.exceptions import BadParameter
        from typer._coercion import RuntimeParam
    except ImportError:
        return
    original = getattr(typer_core, "build_runtime_param", None)
    if original is None or getattr(original, "_quotedb", False):
        return

    def convert(kind, value, param, ctx):
        if kind is str:
            return str(value)
        if isinstance(kind, type) and issubclass(kind, Enum):
            for member in kind:
                if value == member.value or value is member:
                    return member
            choices = ", ".join(repr(m.value) for m in kind)
            raise BadParameter(f"{value!r} is not one of {choices}.", ctx=ctx, param=param)
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise BadParameter(f"{value!r} is not a valid integer.", ctx=ctx, param=param) from None
        info = param.type_descriptor.parameter_info
        if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
            low = "" if info.min is None else f"x>={info.min}"
            high = "" if info.max is None else f"x<={info.max}"
            raise BadParameter(f"{number} is not in the range {' and '.join(filter(None, (low, high)))}.",
                               ctx=ctx, param=param)
        return number

    @dataclass(frozen=True)
    class LightParam(RuntimeParam):
        item: type

        def _coerce_value(self, value, param, ctx):
            if get_origin(self.annotation) is list:
                return [convert(self.item, v, param, ctx) for v in value]
            if self.item is bool:
                return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "y", "on")
            return convert(self.item, value, param, ctx)

    def build(descriptor):
        annotation, info = descriptor.annotation, descriptor.parameter_info
        item = get_args(annotation)[0] if get_origin(annotation) is list else annotation
        simple = item in (str, int, bool) or (isinstance(item, type) and issubclass(item, Enum))
        if (not simple or descriptor.file_annotation is not None or info.parser is not None
                or get_origin(annotation) not in (None, list)):
            return original(descriptor)
        return LightParam(parameter_info=info, annotation=annotation, item=item)

    build._quotedb = True
    typer_core.build_runtime_param = build


_light_coercion()


def main() -> None:
    app()
