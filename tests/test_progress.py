"""Ingest progress: a bar with total, rate and time left on a terminal; a summary
line with the elapsed time and rates when piped."""

from __future__ import annotations

import re

from quotedb.sources import count_documents
from test_cli_terminal import in_terminal


def _corpus(folder, n=60):
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:03}.txt").write_text(
            f"Story {i}\n\n“We will talk about item {i},” Jane Doe said.\n", encoding="utf-8")
    return folder


def test_count_documents(tmp_path):
    corpus = _corpus(tmp_path / "c", 5)
    (corpus / ".hidden.txt").write_text("x")
    (corpus / "notes.pdf").write_bytes(b"%PDF")
    (corpus / "d.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    (corpus / "d.csv").write_text('text,title\n"a\nb",t\nc,u\n')
    assert count_documents([str(corpus)]) == 5 + 3 + 2
    assert count_documents([str(corpus / "000.txt"), str(corpus / "*.jsonl")]) == 4
    assert count_documents([str(corpus), "-"]) is None


def test_count_documents_walks_as_ingest_does(tmp_path):
    """Symlink cycles and links out of the folder: counted as ingest reads them (the
    count used its own os.walk, which looped on a cycle with --follow-symlinks)."""
    from quotedb.sources import Problem, iter_sources

    corpus = _corpus(tmp_path / "c", 3)
    (corpus / "sub").mkdir()
    (corpus / "sub" / "up").symlink_to(corpus)
    outside = _corpus(tmp_path / "out", 2)
    (corpus / "elsewhere").symlink_to(outside)
    for follow in (False, True):
        read = sum(1 for x in iter_sources([str(corpus)], follow_symlinks=follow) if not isinstance(x, Problem))
        assert count_documents([str(corpus)], follow_symlinks=follow) == read == (5 if follow else 3)


def test_a_terminal_shows_a_bar_with_total_rate_and_eta(tmp_path):
    corpus = _corpus(tmp_path / "c")
    (corpus / "bad.txt").write_bytes(b"\x00\x01GIF89a binary" * 10)
    out = in_terminal(["ingest", corpus, "--db", tmp_path / "t.db"], 120, exit_code=1)
    assert "/61 documents" in out  # the total, counted before the ingest
    assert re.search(r"\d+\.\d docs/s, [\d.]+ kB/s, \d+ quotes? ETA", out)
    assert "61/61 documents 100%" in out
    lines = out.replace("\r", "\n").splitlines()
    assert any(line.startswith(f"quotedb: {corpus / 'bad.txt'}: ") for line in lines)
    assert re.fullmatch(r"60 documents added, 0 skipped \(already stored\), 1 failed; 60 quotes "
                        r"added in \d+\.\d s \(\d+\.\d documents/s, [\d.]+ kB/s\)", lines[-1])


def test_piped_ingest_prints_only_the_summary_line(cli, tmp_path):
    corpus = _corpus(tmp_path / "c", 3)
    result = cli("ingest", corpus, "--db", tmp_path / "t.db")
    assert result.stderr == ""
    assert re.fullmatch(r"3 documents added, 0 skipped \(already stored\), 0 failed; 3 quotes "
                        r"added in \d+\.\d s \(\d+\.\d documents/s, [\d.]+ kB/s\)\n", result.stdout)
