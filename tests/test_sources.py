"""Reading inputs: encodings, bad files, folders, symlinks, globs, stdin, size limits."""

from __future__ import annotations

import codecs
import io
import os

import pytest

from quotedb.errors import InputError
from quotedb.sources import Problem, SourceDoc, decode, iter_sources, parse_size

ARTICLE = "“We will negotiate,” said José Müller, the café owner’s lawyer.\n"


@pytest.mark.parametrize("data", [
    ARTICLE.encode("utf-8"),
    codecs.BOM_UTF8 + ARTICLE.encode("utf-8"),
    ARTICLE.encode("utf-16"),  # with BOM
    codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"),
    ARTICLE.encode("utf-32"),
])
def test_unicode_encodings_decode_exactly(data):
    assert decode(data) == ARTICLE


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_detected(encoding):
    text = ("The minister said the café would stay open. " * 8 + ARTICLE)
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("’", "'")
    assert decode(text.encode(encoding)) == text


def test_cp1252_curly_quotes_0x93_0x94():
    data = b"\x93We will negotiate,\x94 said the minister. " * 5
    assert decode(data).startswith("“We will negotiate,” said")


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"  \n\t\r\n ", "whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfa", "utf-8"),
])
def test_unusable_bytes_raise_a_clear_input_error(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_control_characters_and_mixed_line_endings_are_kept():
    text = "a\r\nb\rc\nd\x07e\x1b"
    assert decode(text.encode()) == text


@pytest.mark.parametrize("value, size", [("50MB", 50 * 2**20), ("512k", 512 * 1024),
                                         ("1G", 2**30), ("1000", 1000), ("1.5M", 3 * 2**19)])
def test_parse_size(value, size):
    assert parse_size(value) == size


@pytest.mark.parametrize("value", ["lots", "-1", "0", ""])
def test_parse_size_rejects_nonsense(value):
    with pytest.raises(InputError):
        parse_size(value)


def _tree(root):
    (root / "a").mkdir(parents=True)
    (root / "a" / "one.txt").write_text("one " + ARTICLE)
    (root / "a" / "two.md").write_text("---\ntitle: Two\nauthor: Ann\ndate: 2020-02-02\n---\n" + ARTICLE)
    (root / "b.txt").write_text("b " + ARTICLE)
    (root / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (root / ".hidden.txt").write_text("hidden " + ARTICLE)
    return root


def test_folder_walk_is_recursive_sorted_and_reads_text_and_markdown(tmp_path):
    root = _tree(tmp_path / "corpus")
    items = list(iter_sources([str(root)]))
    assert [os.path.relpath(i.source, root) for i in items] == ["b.txt", "a/one.txt", "a/two.md"] \
        or [os.path.relpath(i.source, root) for i in items] == ["a/one.txt", "a/two.md", "b.txt"]
    md = next(i for i in items if i.source.endswith("two.md"))
    assert (md.title, md.author, md.published) == ("Two", "Ann", "2020-02-02")
    assert md.text.startswith("---")  # stored as written, offsets stay valid


def test_explicit_binary_file_is_a_problem_not_a_crash(tmp_path):
    root = _tree(tmp_path / "corpus")
    (problem,) = list(iter_sources([str(root / "image.png")]))
    assert isinstance(problem, Problem) and "binary" in problem.reason and problem.failed


def test_missing_paths_and_empty_globs_are_reported(tmp_path):
    items = list(iter_sources([str(tmp_path / "nope.txt"), str(tmp_path / "*.zzz")]))
    assert [i.reason for i in items] == ["no such file or directory", "no file matches this pattern"]


def test_glob_expands_recursively(tmp_path):
    root = _tree(tmp_path / "corpus")
    items = list(iter_sources([str(root / "**" / "*.txt")]))
    assert sorted(os.path.basename(i.source) for i in items) == ["b.txt", "one.txt"]


def test_stdin(tmp_path):
    (doc,) = list(iter_sources(["-"], stdin=io.BytesIO(ARTICLE.encode("utf-16"))))
    assert isinstance(doc, SourceDoc) and doc.source == "-" and doc.text == ARTICLE


def test_max_bytes_is_reported_with_sizes(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("x" * 5000)
    (problem,) = list(iter_sources([str(big)], max_bytes=1024))
    assert "larger than --max-bytes 1.0 KB" in problem.reason
    (problem,) = list(iter_sources(["-"], max_bytes=1024, stdin=io.BytesIO(b"y" * 2000)))
    assert "larger than --max-bytes" in problem.reason


def test_symlink_cycles_do_not_loop_and_outside_links_are_not_followed(tmp_path):
    root = _tree(tmp_path / "corpus")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("secret " + ARTICLE)
    os.symlink(root, root / "a" / "loop")          # cycle back to the root
    os.symlink(outside, root / "out-dir")          # folder outside
    os.symlink(outside / "secret.txt", root / "out.txt")  # file outside
    os.symlink(root / "b.txt", root / "same.txt")  # file inside: harmless duplicate
    items = list(iter_sources([str(root)]))
    docs = sorted(os.path.basename(i.source) for i in items if isinstance(i, SourceDoc))
    assert docs == ["b.txt", "one.txt", "same.txt", "two.md"]
    notes = [i for i in items if isinstance(i, Problem)]
    assert [os.path.basename(n.source) for n in notes] == ["out.txt"]
    assert not notes[0].failed and "outside" in notes[0].reason

    followed = list(iter_sources([str(root)], follow_symlinks=True))
    names = sorted(os.path.basename(i.source) for i in followed if isinstance(i, SourceDoc))
    assert names == ["b.txt", "one.txt", "out.txt", "same.txt", "secret.txt", "two.md"]


def test_symlink_cycle_with_follow_terminates(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "x.txt").write_text(ARTICLE)
    os.symlink(b, a / "to-b")
    os.symlink(a, b / "to-a")
    items = list(iter_sources([str(a)], follow_symlinks=True))
    assert [os.path.basename(i.source) for i in items] == ["x.txt"]


def test_sources_are_streamed_lazily(tmp_path):
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"{i} " + ARTICLE)
    it = iter_sources([str(tmp_path)])
    first = next(it)
    (tmp_path / "2.txt").unlink()  # not read yet: the walk is lazy
    rest = list(it)
    assert first.text.startswith("0 ")
    assert isinstance(rest[0], SourceDoc) and rest[0].text.startswith("1 ")
    assert isinstance(rest[1], Problem) and "No such file" in rest[1].reason
