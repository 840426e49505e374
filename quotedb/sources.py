"""Reading inputs: paths, folders, globs and stdin -> decoded documents, streamed.

Each input yields ``SourceDoc`` (one article) or ``Problem`` (a file that could not be
used, with a one-line reason).  Readers are chosen by file suffix and are generators,
so a format holding many articles per file (JSON Lines or CSV dumps) streams
records without ever holding the whole file: each record is its own document,
named ``FILE#N`` (N the record number), and a bad record is one Problem.
"""

from __future__ import annotations

import codecs
import functools
import glob
import os
import re
import sys
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator

from .errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
# Names a dump record may carry, besides the required ``text``.
DUMP_FIELDS = ("text", "title", "url", "published", "author")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class SourceDoc:
    source: str  # the path as given (joined below a given folder), or "-" for stdin
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date from outside metadata
    url: str | None = None  # canonical URL (HTML pages, dump records)


@dataclass(frozen=True, slots=True)
class Problem:
    source: str
    reason: str
    failed: bool = True  # False: a note (e.g. a symlink not followed), not a failure


@dataclass(frozen=True, slots=True)
class Deferred:
    """A one-article file not read yet: ``load()`` reads and decodes it (and parses
    HTML), so ingest workers do that work instead of the single writer."""

    source: str
    max_bytes: int

    def load(self) -> SourceDoc | Problem:
        for item in _read_one(self.source, self.max_bytes):
            return item
        return Problem(self.source, "no document in the file")


Item = SourceDoc | Problem | Deferred


def parse_size(value: str | int) -> int:
    """'50MB', '512k', '1G' or a plain byte count."""
    if isinstance(value, int):
        return value
    s = value.strip().upper().removesuffix("B").removesuffix("I")
    factor = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}.get(s[-1:], 1)
    number = s[:-1] if factor != 1 else s
    try:
        size = int(float(number) * factor)
    except ValueError:
        raise InputError(f"invalid size {value!r} (use e.g. 50MB, 512K, 1G)") from None
    if size <= 0:
        raise InputError(f"invalid size {value!r}: must be positive")
    return size


def human_size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return str(n)


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """Bytes -> text: a BOM decides; else UTF-8; else what charset-normalizer detects
    (cp1252/latin-1 articles).  Raises InputError for binary, undecodable and empty
    input."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} after its byte-order mark ({exc.reason})")
            if "\x00" in text:
                raise InputError("binary file (contains NUL characters), skipped")
            break
    else:
        if b"\x00" in data:
            raise InputError("binary file (contains NUL bytes), skipped")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _mostly_utf8(data) or _detect(data)
    if not text:
        raise InputError("empty file, skipped")
    if not text.strip():
        raise InputError("only whitespace, skipped")
    return text


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few broken bytes (a cut-off download, one stray byte) stays UTF-8,
    each broken sequence becoming U+FFFD: a code-page guess would garble every other
    non-ASCII character of the article, its quote marks included."""
    import re

    text = data.decode("utf-8", "surrogateescape")
    bad = len(re.findall("[\udc80-\udcff]", text))
    good = len(re.findall("[^\x00-\x7f\udc80-\udcff]", text))
    return data.decode("utf-8", "replace") if 0 < bad <= good else None


def _detect(data: bytes) -> str:
    """charset-normalizer's choice; among the equally plausible ones Windows-1252 wins
    (what browsers assume for latin-1 labels), since a short article with one accented
    letter fits a dozen code pages equally well ("Déjà" in cp1257 scores 0.06 less
    chaos than in cp1252; texts really in another code page differ by far more)."""
    import charset_normalizer

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise InputError("not UTF-8 and no known text encoding fits (binary file?)")
    lowest = min(m.chaos for m in matches)
    if any(m.chaos <= lowest + 0.1 and "cp1252" in m.could_be_from_charset for m in matches):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return str(matches[0])


# --- readers: one per format; each yields documents from an open binary file -----

Reader = Callable[[str, BinaryIO, int], Iterator[SourceDoc]]


def _read_limited(source: str, fh: BinaryIO, max_bytes: int) -> bytes:
    data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"larger than --max-bytes {human_size(max_bytes)}, skipped")
    return data


def read_text(source: str, fh: BinaryIO, max_bytes: int) -> Iterator[SourceDoc]:
    yield SourceDoc(source, decode(_read_limited(source, fh, max_bytes)))


def read_markdown(source: str, fh: BinaryIO, max_bytes: int) -> Iterator[SourceDoc]:
    """Markdown is stored as written (offsets stay valid); a front-matter block
    (``---`` / ``key: value`` / ``---``) supplies title, author and date."""
    text = decode(_read_limited(source, fh, max_bytes))
    meta = _front_matter(text)
    yield SourceDoc(source, text, title=meta.get("title"), author=meta.get("author"),
                    published=meta.get("published") or meta.get("date"))


def _front_matter(text: str) -> dict[str, str]:
    if not text.startswith("---"):
        return {}
    lines = text.splitlines()
    meta = {}
    for line in lines[1:50]:
        if line.strip() in ("---", "..."):
            return meta
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("\"'") or None
    return {}


def read_html(source: str, fh: BinaryIO, max_bytes: int) -> Iterator[SourceDoc]:
    """A saved web page: trafilatura finds the article's main text (navigation, ads
    and comments left out) and its metadata.  The extracted text, paragraphs
    separated by blank lines, is what gets stored, so offsets refer to it."""
    html = decode(_read_limited(source, fh, max_bytes))
    try:
        import trafilatura
    except ImportError as exc:
        raise InputError(f"reading HTML needs trafilatura ({exc})") from None
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                          include_tables=False)
    except Exception as exc:  # a parser failure is this page's problem only
        raise InputError(f"HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        raise InputError("no article text found in the HTML page, skipped")
    text = "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
    yield SourceDoc(source, text, title=_clean(getattr(doc, "title", None)),
                    author=_clean(getattr(doc, "author", None)),
                    published=iso_date(getattr(doc, "date", None)),
                    url=_clean(getattr(doc, "url", None)))


def _clean(value) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


_ISO_PREFIX = re.compile(r"(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?(?![\d])")
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ORDINAL = r"(\d{1,2})(?:st|nd|rd|th)?"


@functools.lru_cache(maxsize=1)
def _written():
    """Patterns of written dates ("May 3, 2016", "3 May 2016", "Tuesday, 3rd May 2016",
    "May 2016") and the month table; built on first use, so reading inputs does not
    load the extractor package the month names live in."""
    from .extraction.lexicon import MONTHS

    month = "|".join(sorted(MONTHS, key=len, reverse=True))
    return MONTHS, [
        (re.compile(_WEEKDAY + _ORDINAL + r"\s+(" + month + r")\.?,?\s+(\d{4})\b", re.I), (3, 2, 1)),
        (re.compile(_WEEKDAY + r"(" + month + r")\.?\s+" + _ORDINAL + r",?\s+(\d{4})\b", re.I), (3, 1, 2)),
        (re.compile(r"(" + month + r")\.?,?\s+(\d{4})$", re.I), (2, 1, None)),
    ]


def iso_date(value) -> str | None:
    """An outside date as ISO text (``2020-01-24``, ``2020-01``, ``2020``): ISO
    timestamps keep their date part; e-mail/RSS dates (``Fri, 24 Jan 2020 ...``) and
    written dates (``May 3, 2016``, ``3 May 2016``, ``May 2016``) are parsed; anything
    else, or a day that does not exist, is None."""
    value = _clean(value)
    if not value:
        return None
    m = _ISO_PREFIX.match(value)
    if m:
        return _checked(m.group(1), m.group(2), m.group(3))
    months, written = _written()
    for pattern, (y, mo, d) in written:
        m = pattern.match(value)
        if m:
            return _checked(m.group(y), months[m.group(mo).lower()], d and m.group(d))
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _checked(year, month, day) -> str | None:
    import datetime as dt

    try:
        dt.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join([str(year)] + [f"{int(x):02d}" for x in (month, day) if x])


def parse_fields(specs: Iterable[str] | None) -> dict[str, str]:
    """``--field text=body`` options -> {our name: the dump's name}."""
    fields: dict[str, str] = {}
    for spec in specs or ():
        ours, sep, theirs = spec.partition("=")
        ours, theirs = ours.strip().lower(), theirs.strip()
        if not sep or not theirs or ours not in DUMP_FIELDS:
            raise InputError(f"--field {spec!r}: use NAME=COLUMN with NAME one of "
                             f"{', '.join(DUMP_FIELDS)}")
        fields[ours] = theirs
    return fields


def _record_doc(source: str, record, fields: dict[str, str],
                max_bytes: int) -> list[SourceDoc | Problem]:
    """One dump record -> its document (after a note on a date not understood), or
    InputError saying what is wrong with it."""
    if not isinstance(record, dict):
        raise InputError(f"not an object but {type(record).__name__}")
    values = {}
    for name in DUMP_FIELDS:
        value = record.get(fields.get(name, name))
        if value is not None and not isinstance(value, str):
            if name == "text" or isinstance(value, (dict, list)):
                raise InputError(f"field {fields.get(name, name)!r} is not a string")
            value = str(value)
        values[name] = value
    text = values.pop("text")
    column = fields.get("text", "text")
    if text is None:
        raise InputError(f"no {column!r} field (map another with --field text=NAME)")
    notes = []
    # a scraper's stray U+0000 carries nothing, and PostgreSQL cannot store it in text
    nuls = sum(v.count("\x00") for v in (text, *values.values()) if v)
    if nuls:
        text = text.replace("\x00", "")
        values = {k: v.replace("\x00", "") if v else v for k, v in values.items()}
        notes.append(Problem(source, f"{nuls} NUL character{'s' if nuls > 1 else ''} "
                                     f"removed", failed=False))
    if not text.strip():
        raise InputError(f"field {column!r} is empty")
    if len(text) > max_bytes:
        raise InputError(f"text larger than --max-bytes {human_size(max_bytes)}")
    published = iso_date(values["published"])
    doc = SourceDoc(source, text, title=_clean(values["title"]), author=_clean(values["author"]),
                    published=published, url=_clean(values["url"]))
    if published is None and _clean(values["published"]):
        # stored all the same: the text's own dateline, if any, dates its quotes
        notes.append(Problem(source, f"field {fields.get('published', 'published')!r}: date "
                                     f"{_clean(values['published'])[:60]!r} not understood, "
                                     f"ignored", failed=False))
    return [*notes, doc]


def read_jsonl(source: str, fh: BinaryIO, max_bytes: int,
               fields: dict[str, str] | None = None) -> Iterator[SourceDoc | Problem]:
    """JSON Lines, one article an object, read line by line (a dump of any size
    never sits in memory).  Blank lines are skipped; record N is line N."""
    import json

    fields = fields or {}
    number = 0
    while True:
        line = fh.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        name = f"{source}#{number}"
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of this record
                line = fh.readline(max_bytes + 1)
            yield Problem(name, f"record larger than --max-bytes {human_size(max_bytes)}, skipped")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            yield from _record_doc(name, record, fields, max_bytes)
        except (ValueError, UnicodeDecodeError) as exc:
            yield Problem(name, f"invalid JSON ({exc})")
        except InputError as exc:
            yield Problem(name, str(exc))


def read_csv(source: str, fh: BinaryIO, max_bytes: int,
             fields: dict[str, str] | None = None) -> Iterator[SourceDoc | Problem]:
    """CSV with a header row, one article a row, streamed; record N is the N-th row
    after the header."""
    import csv
    import io

    fields = fields or {}
    csv.field_size_limit(max(max_bytes, csv.field_size_limit()))
    reader = csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8-sig", errors="replace",
                                             newline=""))
    try:
        header = reader.fieldnames
    except csv.Error as exc:
        raise InputError(f"invalid CSV header ({exc})") from None
    if not header:
        raise InputError("empty CSV file, skipped")
    column = fields.get("text", "text")
    if column not in header:
        raise InputError(f"no {column!r} column (columns: {', '.join(header)[:200]}; "
                         f"map one with --field text=NAME)")
    number = 0
    while True:
        number += 1
        name = f"{source}#{number}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Problem(name, f"invalid CSV ({exc})")
            continue
        if None in row:
            yield Problem(name, f"{len(header) + len(row[None])} fields, the header has "
                                f"{len(header)}")
            continue
        try:
            yield from _record_doc(name, row, fields, max_bytes)
        except InputError as exc:
            yield Problem(name, str(exc))


read_jsonl.dump = read_csv.dump = True  # size limits apply per record, not per file


READERS: dict[str, Reader] = {
    **{s: read_text for s in TEXT_SUFFIXES},
    **{s: read_markdown for s in MARKDOWN_SUFFIXES},
    **{s: read_html for s in HTML_SUFFIXES},
    **{s: read_jsonl for s in JSONL_SUFFIXES},
    **{s: read_csv for s in CSV_SUFFIXES},
}


def reader_for(path: str) -> Reader:
    return READERS.get(os.path.splitext(path)[1].lower(), read_text)


# --- expanding arguments ----------------------------------------------------------

def iter_sources(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 follow_symlinks: bool = False, stdin: BinaryIO | None = None,
                 fields: dict[str, str] | None = None, defer: bool = False) -> Iterator[Item]:
    """Every document named by ``paths``, in order, one at a time.  ``fields`` maps
    dump field names (``{"text": "body"}``) for JSON Lines and CSV records.  With
    ``defer``, one-article files come as ``Deferred`` (read when loaded)."""
    for arg in paths:
        if arg == STDIN:
            yield from _read_one(STDIN, max_bytes, stdin or sys.stdin.buffer, fields)
        elif os.path.isdir(arg):
            yield from _walk(arg, max_bytes, follow_symlinks, fields, defer)
        elif os.path.exists(arg):
            yield from _read_one(arg, max_bytes, fields=fields, defer=defer)
        elif glob.has_magic(arg):
            matched = False
            for match in glob.iglob(arg, recursive=True):
                matched = True
                if os.path.isdir(match):
                    yield from _walk(match, max_bytes, follow_symlinks, fields, defer)
                else:
                    yield from _read_one(match, max_bytes, fields=fields, defer=defer)
            if not matched:
                yield Problem(arg, "no file matches this pattern")
        elif os.path.lexists(arg):
            yield Problem(arg, "broken symbolic link")
        else:
            yield Problem(arg, "no such file or directory")


def count_documents(paths: Iterable[str], *, follow_symlinks: bool = False) -> int | None:
    """About how many documents ``iter_sources`` will yield, for a progress bar's
    total: one per article file, one per non-blank line of a JSON Lines dump, one per
    row of a CSV dump (dumps are scanned, which is fast next to extraction).  None
    when stdin is among the paths."""
    total = 0
    for arg in paths:
        if arg == STDIN:
            return None
        if os.path.isdir(arg):
            files = _files_below(arg, follow_symlinks)
        elif os.path.isfile(arg):
            files = [arg]
        else:
            files = []
            for match in glob.iglob(arg, recursive=True) if glob.has_magic(arg) else ():
                files.extend(_files_below(match, follow_symlinks) if os.path.isdir(match) else [match])
        total += sum(_records(f) for f in files)
    return total


def _files_below(root: str, follow_symlinks: bool) -> list[str]:
    """The files ``_walk`` reads below ``root`` (the same walk, its problems left out)."""
    return [f for f in _walk_files(root, follow_symlinks) if not isinstance(f, Problem)]


def _records(path: str) -> int:
    import csv

    suffix = os.path.splitext(path)[1].lower()
    if suffix not in JSONL_SUFFIXES + CSV_SUFFIXES:
        return 1
    try:
        if suffix in JSONL_SUFFIXES:
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip())
        with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
            return max(0, sum(1 for _ in csv.reader(fh)) - 1)
    except (OSError, csv.Error):
        return 1  # read (and reported) properly by the ingest itself


def _read_one(path: str, max_bytes: int, fh: BinaryIO | None = None,
              fields: dict[str, str] | None = None, defer: bool = False) -> Iterator[Item]:
    reader = reader_for(path)
    dump = getattr(reader, "dump", False)
    if defer and fh is None and not dump:
        yield Deferred(path, max_bytes)
        return
    extra = {"fields": fields} if dump else {}
    try:
        if fh is not None:
            yield from reader(path, fh, max_bytes, **extra)
            return
        size = os.path.getsize(path)
        if size > max_bytes and not dump:
            raise InputError(f"{human_size(size)} is larger than --max-bytes "
                             f"{human_size(max_bytes)}, skipped")
        with open(path, "rb") as f:
            yield from reader(path, f, max_bytes, **extra)
    except InputError as exc:
        yield Problem(path, str(exc))
    except IsADirectoryError:
        yield Problem(path, "is a directory")
    except OSError as exc:
        yield Problem(path, exc.strerror or str(exc))


def _is_inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(root: str, max_bytes: int, follow_symlinks: bool,
          fields: dict[str, str] | None = None, defer: bool = False) -> Iterator[Item]:
    for item in _walk_files(root, follow_symlinks):
        if isinstance(item, Problem):
            yield item
        else:
            yield from _read_one(item, max_bytes, fields=fields, defer=defer)


def _walk_files(root: str, follow_symlinks: bool) -> Iterator[str | Problem]:
    """The readable files below ``root``: depth-first, sorted, hidden entries skipped.
    Symlinks are followed only when they stay inside ``root`` (files) or when asked;
    a directory already visited (a symlink cycle) is never entered twice."""
    real_root = os.path.realpath(root)
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
            if (st.st_dev, st.st_ino) in visited:
                continue
            visited.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield Problem(folder, exc.strerror or str(exc))
            continue
        subdirs = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            path = entry.path
            if entry.is_symlink():
                target = os.path.realpath(path)
                if not os.path.exists(target):
                    yield Problem(path, "broken symbolic link", failed=False)
                    continue
                if os.path.isdir(target):
                    if follow_symlinks and not _is_inside(target, real_root):
                        subdirs.append(path)
                    continue  # inside the root it is reached through its real path
                if not follow_symlinks and not _is_inside(target, real_root):
                    yield Problem(path, "symbolic link to outside the folder, not followed "
                                        "(use --follow-symlinks)", failed=False)
                    continue
            if entry.is_dir(follow_symlinks=False):
                subdirs.append(path)
            elif os.path.splitext(entry.name)[1].lower() in READERS:
                yield path
        stack.extend(reversed(subdirs))
