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

from .cliframe import OneLineErrors, adapt_typer
from .errors import QuotedbError
from .models import KINDS, PERIODS, SPEAKER_KINDS


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


# choices from the tables that define them (models is cheap to import at start-up)
Kind = Enum("Kind", {k: k for k in KINDS}, type=str)
SpeakerKind = Enum("SpeakerKind", {k: k for k in SPEAKER_KINDS}, type=str)
Period = Enum("Period", {p: p for p in PERIODS}, type=str)


app = typer.Typer(
    name="quotedb", add_completion=False, no_args_is_help=True, cls=OneLineErrors,
    pretty_exceptions_enable=False, rich_markup_mode=None,
    help="Who said what, when and where: extract quotes from news articles into SQLite "
         "and query them.",
    epilog="Example: quotedb ingest seeds/ && quotedb who-said negotiate")
speakers_app = typer.Typer(no_args_is_help=False, pretty_exceptions_enable=False,
                           rich_markup_mode=None)
db_app = typer.Typer(no_args_is_help=True, pretty_exceptions_enable=False,
                     rich_markup_mode=None,
                     help="Schema maintenance: upgrade, downgrade, current revision, path.",
                     epilog="Example: quotedb db path")
app.add_typer(speakers_app, name="speakers",
              short_help="Speakers with quote counts and aliases; merge, split, rename, set-kind.")
app.add_typer(db_app, name="db", short_help="Schema maintenance: upgrade, downgrade, current.")

DbOpt = Annotated[Optional[str], typer.Option(
    "--db", metavar="PATH|URL",
    help="Database file or SQLAlchemy URL (default: $QUOTEDB_DB, else ./quotes.db).",
    show_default=False)]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", metavar="FORMAT",
                                           help="table, json, jsonl or csv.")]
SpeakerOpt = Annotated[Optional[str], typer.Option(
    "--speaker", "-s", metavar="NAME", help="Only this speaker: full name, alias, a surname only one "
                                            "person has, or id.")]
SinceOpt = Annotated[Optional[str], typer.Option(
    "--since", metavar="DATE", help="Said on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
UntilOpt = Annotated[Optional[str], typer.Option(
    "--until", metavar="DATE", help="Said on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")]
KindOpt = Annotated[Optional[Kind], typer.Option(
    "--kind", metavar="KIND", help="Only this kind of quote: direct, mixed, indirect or embedded.")]
MaxBytesOpt = Annotated[str, typer.Option(
    "--max-bytes", metavar="SIZE", help="Skip files (dump records) larger than this (e.g. 50MB, 2G).")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, metavar="N", help="Extraction processes.")]
ColumnsOpt = Annotated[Optional[str], typer.Option(
    "--columns", "-c", metavar="A,B,...",
    help="Only these columns, comma-separated, in this order, in every format (e.g. "
         "speaker,date,quote,kind,cue,venue).",
    show_default=False)]
WideOpt = Annotated[bool, typer.Option(
    "--wide", help="Table: every cell in full, one line per row (nothing cut or wrapped).")]
FieldOpt = Annotated[Optional[List[str]], typer.Option(
    "--field", metavar="NAME=COLUMN", help="Dump field mapping NAME=COLUMN for .jsonl/.csv records (NAME: text, "
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
    """A command with one working example (shown last in --help) and its docstring's
    first line as its description in the command list."""
    def register(fn):
        first = (fn.__doc__ or "").strip().split("\n")[0]
        return target.command(name, epilog=f"Example: {example}",
                              short_help=first)(_handled(fn))
    return register


def _problem(source: str, reason: str, failed: bool = True) -> None:
    typer.echo(f"quotedb: {source}: {reason}", err=True)


def _render(rows, fmt: Format, *, pick: str | None = None, fields: list[str] | None = None,
            **kw) -> int:
    from .render import pick_columns, render

    if fields:
        kw.setdefault("columns", fields)  # the csv header, even with no rows
    return render(rows, fmt.value, select=pick_columns(pick, fields or []), **kw)


@command("ingest", "quotedb ingest seeds/ --jobs 2")
def ingest_cmd(
    paths: Annotated[List[str], typer.Argument(
        metavar="PATH",
        help="Files, folders (recursive: .txt .text .md .markdown .html .htm, dumps .jsonl "
             ".ndjson .csv), globs, or - for stdin.",
        show_default=False)],
    db: DbOpt = None,
    jobs: JobsOpt = 1,
    force: Annotated[bool, typer.Option("--force", help="Re-extract documents already stored.")] = False,
    max_bytes: MaxBytesOpt = "50MB",
    follow_symlinks: Annotated[bool, typer.Option(
        "--follow-symlinks", help="Follow symbolic links that lead outside a folder.")] = False,
    field: FieldOpt = None,
):
    """Extract quotes from articles and store them.

    A document already stored (same text) is skipped unless --force. Each bad file
    is reported on its own line and the rest goes in; the exit code is 1 if any
    file failed."""
    from .ingest import ingest
    from .render import Progress
    from .sources import count_documents, parse_fields, parse_size

    progress = Progress(total=count_documents(paths, follow_symlinks=follow_symlinks)
                        if sys.stderr.isatty() else None)

    def problem(source: str, reason: str, failed: bool = True) -> None:
        progress.note(f"quotedb: {source}: {reason}")

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
    typer.echo(f"{summary.line()} {progress.timing(summary)}")
    if summary.failed:
        raise typer.Exit(1)


@command("extract", "quotedb extract seeds/*.txt --format jsonl > predictions.jsonl")
def extract_cmd(
    paths: Annotated[List[str], typer.Argument(
        metavar="PATH", help="Files, folders, globs, or - for stdin.", show_default=False)],
    format: FormatOpt = Format.jsonl,
    jobs: JobsOpt = 1,
    max_bytes: MaxBytesOpt = "50MB",
    field: FieldOpt = None,
):
    """Run the extractor without a database: one record per quote.

    Offsets are code-point indices into the file's decoded text, quote marks excluded;
    --format jsonl writes the prediction records an accuracy scorer reads (the gold
    format of quotedb eval, see samples/seeds-gold.jsonl)."""
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


@command("spark", "quotedb spark seeds/ --output seeds.parquet --master 'local[2]'")
def spark_cmd(
    paths: Annotated[List[str], typer.Argument(
        metavar="PATH...", help="Files, folders, globs (any path Spark reads: local, hdfs://, "
                                "s3a://), as for ingest.", show_default=False)],
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="DIR", help="Folder for the Parquet datasets documents/ and quotes/.")],
    master: Annotated[Optional[str], typer.Option(
        "--master", metavar="URL", help="Spark master URL (default: spark-submit's, else local[*]).")] = None,
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


@command("load", "quotedb load seeds.parquet --db loaded.db")
def load_cmd(
    directory: Annotated[str, typer.Argument(
        metavar="DIR", help="Output folder of quotedb spark (holding documents/ and quotes/).",
        show_default=False)],
    db: DbOpt = None,
    batch: Annotated[int, typer.Option(
        "--batch", min=1, metavar="N", help="Documents per transaction (default 5000).",
        show_default=False)] = 5000,
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
    query: Annotated[str, typer.Argument(metavar="QUERY", help="Words to find in quote text (all must match; "
                                              "stemmed, so negotiate finds negotiations; "
                                              "negotiat* is a prefix).")],
    speaker: SpeakerOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    kind: KindOpt = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, metavar="N", help="At most this many rows.")] = 20,
    raw: Annotated[bool, typer.Option("--raw", help="QUERY is FTS5 syntax (OR, NOT, NEAR, \"phrases\", prefix*).")] = False,
    format: FormatOpt = Format.table,
    columns: ColumnsOpt = None, wide: WideOpt = False,
    db: DbOpt = None,
):
    """Full-text search over statements, best match first.

    Each statement once: speaker, earliest date, number of articles reporting it
    (sources), quote, article. A date marked (published) is the article's date
    standing in for one the text does not give."""
    from .db import open_database
    from .queries import WHO_SAID_COLUMNS, WHO_SAID_FIELDS, who_said

    color = format is Format.table and sys.stdout.isatty()
    with open_database(db, create=False) as database:
        rows = who_said(database, query, raw=raw, speaker=speaker, since=since, until=until,
                        kind=kind.value if kind else None, limit=limit, highlight=color)
    _render(rows, format, table_columns=WHO_SAID_COLUMNS, empty="no quotes found",
            pick=columns, fields=WHO_SAID_FIELDS, wide=wide)


@command("quotes", 'quotedb quotes --speaker "Zarif" --format csv')
def quotes_cmd(
    speaker: SpeakerOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    kind: KindOpt = None,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=0, metavar="N", help="At most this many rows.")] = None,
    format: FormatOpt = Format.table,
    columns: ColumnsOpt = None, wide: WideOpt = False,
    db: DbOpt = None,
):
    """What a speaker said (aliases count), in date order; undated quotes last."""
    from .db import open_database
    from .queries import QUOTE_FIELDS, TABLE_COLUMNS, list_quotes

    with open_database(db, create=False) as database:
        _render(list_quotes(database, speaker=speaker, since=since, until=until,
                            kind=kind.value if kind else None, limit=limit),
                format, table_columns=TABLE_COLUMNS, empty="no quotes found",
                pick=columns, fields=QUOTE_FIELDS, wide=wide)


@speakers_app.callback(invoke_without_command=True,
                       epilog="Example: quotedb speakers --limit 5")
@_handled
def speakers_cmd(
    ctx: typer.Context,
    limit: Annotated[Optional[int], typer.Option("--limit", "-n", min=0, metavar="N", help="At most this many rows.")] = None,
    format: FormatOpt = Format.table,
    columns: ColumnsOpt = None, wide: WideOpt = False,
    db: DbOpt = None,
):
    """Speakers with their quote counts and aliases, most quoted first.

    Fix them by hand with merge, split, rename and set-kind: each decision is recorded
    (table speaker_decisions) and applied again by every later ingest and --force."""
    if ctx.invoked_subcommand:
        return
    from .db import open_database
    from .queries import SPEAKER_FIELDS, list_speakers

    with open_database(db, create=False) as database:
        rows = list_speakers(database, limit=limit)
    _render(rows, format, table_columns=["name", "kind", "quotes", "aliases", "ambiguous", "id"],
            empty="no speakers yet", pick=columns, fields=SPEAKER_FIELDS, wide=wide)


@command("merge", "quotedb speakers merge Zarif Araghchi", speakers_app)
def merge_cmd(
    into: Annotated[str, typer.Argument(metavar="INTO", help="Speaker to keep (name, alias or id).")],
    other: Annotated[str, typer.Argument(metavar="OTHER", help="Speaker folded into it and removed.")],
    db: DbOpt = None,
):
    """Fold speaker OTHER into INTO (recorded; `speakers split` undoes it).

    OTHER's quotes and aliases move to INTO and OTHER is removed; later articles naming
    OTHER go to INTO too."""
    from .render import plural

    result = _curate(db, "merge_speakers", into, other)

    typer.echo(f"merged {result['merged']} (id {result['merged_id']}) into {result['speaker']} "
               f"(id {result['id']}): {plural(result['quotes_moved'], 'quote')} moved")


def _curate(db: str | None, action: str, *args) -> dict:
    """One recorded hand decision on an existing database (never creates one)."""
    from . import curation
    from .db import open_database

    with open_database(db, create=False) as database:
        return getattr(curation, action)(database, *args)


@command("split", "quotedb speakers split Zarif Araghchi", speakers_app)
def split_cmd(
    speaker: Annotated[str, typer.Argument(help="Speaker to split (name, alias or id).")],
    aliases: Annotated[List[str], typer.Argument(
        help="Names to move to a new speaker (the first is its name): the quotes that named "
             "SPEAKER so, and these aliases.", show_default=False)],
    db: DbOpt = None,
):
    """Undo a merge: move quotes and aliases back to a new speaker (recorded).

    The quotes that named SPEAKER by one of ALIASES, and those aliases, move to a new
    speaker; later ingests keep it apart from SPEAKER."""
    r = _curate(db, "split_speaker", speaker, aliases)
    typer.echo(f"split {r['name']} (id {r['id']}) from {r['from']} (id {r['from_id']}): "
               f"{r['quotes_moved']} quotes and {r['aliases_moved']} aliases moved")


@command("rename", "quotedb speakers rename 'Donald J. Trump' 'Donald Trump'", speakers_app)
def rename_cmd(
    speaker: Annotated[str, typer.Argument(help="Speaker to rename (name, alias or id).")],
    name: Annotated[str, typer.Argument(help="The name to show from now on.")],
    db: DbOpt = None,
):
    """Show SPEAKER under NAME; the old name stays an alias (recorded)."""
    r = _curate(db, "rename_speaker", speaker, name)
    typer.echo(f"renamed {r['old']} (id {r['id']}) to {r['name']}")


@command("set-kind", "quotedb speakers set-kind Keyhan publication", speakers_app)
def set_kind_cmd(
    speaker: Annotated[str, typer.Argument(help="Speaker (name, alias or id).")],
    kind: Annotated[SpeakerKind, typer.Argument(help="What the speaker is.")],
    db: DbOpt = None,
):
    """Say what SPEAKER is: person, organization, group, publication or place (recorded)."""
    r = _curate(db, "set_speaker_kind", speaker, kind.value)
    typer.echo(f"{r['name']} (id {r['id']}) is now a {r['kind']} (was a {r['was']})")


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

    with open_database(db, create=False) as database:
        render_record(show_quote(database, quote_id), format.value)


@command("export", "quotedb export --format csv > quotes.csv; "
                   "quotedb export --format quotebank > quotes.jsonl")
def export_cmd(
    speaker: SpeakerOpt = None, since: SinceOpt = None, until: UntilOpt = None,
    kind: KindOpt = None,
    format: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="Output format; quotebank: one JSON line per statement with "
                               "Quotebank's quote-level fields.")] = ExportFormat.jsonl,
    columns: ColumnsOpt = None, wide: WideOpt = False,
    db: DbOpt = None,
):
    """Every quote as jsonl or csv, or every statement as Quotebank records.

    Takes the same filters as quotes; the output is streamed."""
    from .db import open_database
    from .queries import QUOTE_FIELDS, QUOTEBANK_FIELDS, list_quotes, quotebank

    kind_value = kind.value if kind else None
    with open_database(db, create=False) as database:
        if format is ExportFormat.quotebank:
            _render(quotebank(database, speaker=speaker, since=since, until=until,
                              kind=kind_value), Format.jsonl, empty="no statements",
                    pick=columns, fields=QUOTEBANK_FIELDS)
        else:
            _render(list_quotes(database, speaker=speaker, since=since, until=until,
                                kind=kind_value), Format(format.value), empty="no quotes",
                    pick=columns, fields=QUOTE_FIELDS, wide=wide)


@command("sql", "quotedb sql \"SELECT speaker, COUNT(*) AS n FROM quote_view GROUP BY speaker\"")
def sql_cmd(
    statement: Annotated[str, typer.Argument(metavar="SQL", help="One SQL statement; the database is opened read-only.")],
    format: FormatOpt = Format.table,
    wide: WideOpt = False,
    db: DbOpt = None,
):
    """Ad-hoc SQL on a read-only connection.

    Tables documents, speakers, speaker_aliases, quotes, statements; view quote_view
    (who said what, when, where, in which article); FTS5 table quotes_fts."""
    from .db import ensure_head, existing_url
    from .queries import run_sql

    url = existing_url(db)
    ensure_head(url)
    columns, rows = run_sql(url, statement)
    _render(rows, format, columns=columns, empty="no rows", wide=wide)


@command("stats", "quotedb stats --format json")
def stats_cmd(format: FormatOpt = Format.table, db: DbOpt = None):
    """Counts of documents, quotes and speakers, and the range of dates said."""
    from .db import open_database
    from .queries import stats
    from .render import render_record

    with open_database(db, create=False) as database:
        render_record(stats(database), format.value)


@command("timeline", "quotedb timeline negotiate --by year --output timeline.png")
def timeline_cmd(
    words: Annotated[Optional[str], typer.Argument(
        metavar="WORDS", help="Count only statements matching these words (as who-said); "
                              "none: every statement.", show_default=False)] = None,
    speaker: Annotated[Optional[List[str]], typer.Option(
        "--speaker", "-s", metavar="NAME", help="One series for this speaker (repeat for "
                                                "several); none: one series, all speakers.",
        show_default=False)] = None,
    by: Annotated[Period, typer.Option("--by", metavar="PERIOD",
                                       help="day, week (ISO), month or year.")] = Period.month,
    since: SinceOpt = None, until: UntilOpt = None, kind: KindOpt = None,
    raw: Annotated[bool, typer.Option("--raw", help="WORDS is FTS5 syntax (as who-said --raw).")] = False,
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", metavar="FILE", help="Write a chart: FILE.png, FILE.svg or FILE.html "
                                               "(needs pip install 'quotedb[plot]').",
        show_default=False)] = None,
    format: FormatOpt = Format.table,
    db: DbOpt = None,
):
    """Statements and quotes per period, as a bar chart or a chart file.

    A statement counts once, at the earliest date a report gives; quotes are the
    reports. Quotes whose date is coarser than the period (or has no year) are
    left out and counted on stderr."""
    from .db import open_database
    from .render import bar_chart, plural
    from .timeline import timeline

    with open_database(db, create=False) as database:
        result = timeline(database, words, speakers=speaker or [], by=by.value, raw=raw,
                          since=since, until=until, kind=kind.value if kind else None)
    if output:
        from .chart import write_chart

        write_chart(result, output)
        typer.echo(f"{output}: {plural(len(result.periods()), by.value)}, "
                   f"{plural(len(result.series), 'series', 'series')}", err=True)
    elif format is Format.table and result.points:
        bar_chart(result.rows())
    elif format is not Format.table:
        _render(result.rows(), format, columns=["period", "speaker", "statements", "quotes"])
    else:
        typer.echo("no dated quotes found", err=True)
    if result.undated:
        typer.echo(f"{plural(result.undated, 'quote')} without a date precise to the "
                   f"{by.value} left out", err=True)


@command("serve", "quotedb serve --port 8001 --db quotes.db")
def serve_cmd(
    port: Annotated[int, typer.Option("--port", "-p", min=1, max=65535, metavar="PORT", help="Port on 127.0.0.1.")] = 8001,
    db: DbOpt = None,
):
    """Browse the database in Datasette on 127.0.0.1.

    Quote search, quote_view and canned queries on http://127.0.0.1:PORT/. Needs
    the optional extra: pip install 'quotedb[datasette]'."""
    from .web import serve

    typer.echo(f"serving on http://127.0.0.1:{port}/ (Ctrl-C stops)", err=True)
    code = serve(db, port=port)
    if code:
        raise typer.Exit(code)


@command("eval", "quotedb eval samples/seeds-gold.jsonl --texts seeds/ --show-errors")
def eval_cmd(
    gold: Annotated[str, typer.Argument(metavar="GOLD", help="Gold annotations (JSON Lines, one statement a line; see README, Accuracy).")],
    texts: Annotated[str, typer.Option("--texts", metavar="DIR", help="Folder holding the annotated articles.")],
    show_errors: Annotated[bool, typer.Option("--show-errors", help="List misses, false positives and wrong attributions on stderr.")] = False,
    format: FormatOpt = Format.table,
):
    """Score the extractor against gold annotations.

    GOLD is JSON Lines in the gold format (samples/seeds-gold.jsonl annotates the
    seeds); --texts is the folder holding the annotated articles."""
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
    revision: Annotated[str, typer.Option("--revision", metavar="REV", help="Target revision.")] = "head",
    db: DbOpt = None,
):
    """Bring the schema to the newest revision, creating the database if needed."""
    from .db import current_revision, describe, resolve_url, upgrade

    url = resolve_url(db)
    upgrade(url, revision)
    typer.echo(f"{describe(url)}: at revision {current_revision(url)}")


@command("downgrade", "quotedb db upgrade --db scratch.db && quotedb db downgrade 0005 --db scratch.db", db_app)
def db_downgrade_cmd(
    revision: Annotated[str, typer.Argument(metavar="REV", help="Target revision (base removes everything).")],
    db: DbOpt = None,
):
    """Take the schema back to an earlier revision.

    Data in the tables a migration drops is lost."""
    from .db import current_revision, describe, downgrade, existing_url

    url = existing_url(db)
    downgrade(url, revision)
    typer.echo(f"{describe(url)}: at revision {current_revision(url) or 'base'}")


@command("current", "quotedb db current", db_app)
def db_current_cmd(db: DbOpt = None):
    """The schema revision stored in the database, and whether it is the newest."""
    from .db import HEAD_REVISION, current_revision, existing_url

    rev = current_revision(existing_url(db))
    typer.echo(f"{rev or 'base (empty)'}{' (head)' if rev == HEAD_REVISION else ''}")


@command("path", "QUOTEDB_DB=archive.db quotedb db path", db_app)
def db_path_cmd(db: DbOpt = None):
    """Which database the other commands would use.

    --db, else $QUOTEDB_DB, else ./quotes.db."""
    from .db import describe, resolve_url

    typer.echo(describe(resolve_url(db)))


adapt_typer()


def main() -> None:
    app()
