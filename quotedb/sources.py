"""Reading inputs: paths, folders, globs and stdin -> decoded documents, streamed.

Each input yields ``SourceDoc`` (one article) or ``Problem`` (a file that could not be
used, with a one-line reason).  Readers are chosen by file suffix and are generators,
so a format holding many articles per file (JSON Lines or CSV dumps, later) streams
records without ever holding the whole file.
"""

from __future__ import annotations

import codecs
import glob
import os
import sys
from dataclasses import dataclass
from typing import BinaryIO, Callable, Iterable, Iterator

from .errors import InputError

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
STDIN = "-"


@dataclass(frozen=True, slots=True)
class SourceDoc:
    source: str  # the path as given (joined below a given folder), or "-" for stdin
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date from outside metadata


@dataclass(frozen=True, slots=True)
class Problem:
    source: str
    reason: str
    failed: bool = True  # False: a note (e.g. a symlink not followed), not a failure


Item = SourceDoc | Problem


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


READERS: dict[str, Reader] = {
    **{s: read_text for s in TEXT_SUFFIXES},
    **{s: read_markdown for s in MARKDOWN_SUFFIXES},
}


def reader_for(path: str) -> Reader:
    return READERS.get(os.path.splitext(path)[1].lower(), read_text)


# --- expanding arguments ----------------------------------------------------------

def iter_sources(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 follow_symlinks: bool = False, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every document named by ``paths``, in order, one at a time."""
    for arg in paths:
        if arg == STDIN:
            yield from _read_one(STDIN, max_bytes, stdin or sys.stdin.buffer)
        elif os.path.isdir(arg):
            yield from _walk(arg, max_bytes, follow_symlinks)
        elif os.path.exists(arg):
            yield from _read_one(arg, max_bytes)
        elif glob.has_magic(arg):
            matched = False
            for match in glob.iglob(arg, recursive=True):
                matched = True
                if os.path.isdir(match):
                    yield from _walk(match, max_bytes, follow_symlinks)
                else:
                    yield from _read_one(match, max_bytes)
            if not matched:
                yield Problem(arg, "no file matches this pattern")
        elif os.path.lexists(arg):
            yield Problem(arg, "broken symbolic link")
        else:
            yield Problem(arg, "no such file or directory")


def _read_one(path: str, max_bytes: int, fh: BinaryIO | None = None) -> Iterator[Item]:
    try:
        if fh is not None:
            yield from reader_for(path)(path, fh, max_bytes)
            return
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(f"{human_size(size)} is larger than --max-bytes "
                             f"{human_size(max_bytes)}, skipped")
        with open(path, "rb") as f:
            yield from reader_for(path)(path, f, max_bytes)
    except InputError as exc:
        yield Problem(path, str(exc))
    except IsADirectoryError:
        yield Problem(path, "is a directory")
    except OSError as exc:
        yield Problem(path, exc.strerror or str(exc))


def _is_inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _walk(root: str, max_bytes: int, follow_symlinks: bool) -> Iterator[Item]:
    """Depth-first, sorted, hidden entries skipped.  Symlinks are followed only when
    they stay inside ``root`` (files) or when asked; a directory already visited
    (a symlink cycle) is never entered twice."""
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
                yield from _read_one(path, max_bytes)
        stack.extend(reversed(subdirs))
