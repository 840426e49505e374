"""--help reads like a Unix tool's, every example works, usage errors are one line."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from conftest import REPO, SEEDS
from quotedb.cli import app


def _commands():
    """(path, click command) for every command and group, depth first."""
    root = typer.main.get_command(app)
    out = [((), root)]

    def walk(prefix, group):
        for name, cmd in sorted(group.commands.items()):
            out.append(((*prefix, name), cmd))
            if hasattr(cmd, "commands"):
                walk((*prefix, name), cmd)
    walk((), root)
    return out


COMMANDS = _commands()
IDS = [" ".join(path) or "quotedb" for path, _ in COMMANDS]


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=IDS)
def test_help_is_plain_with_one_example(cli, path):
    result = cli(*path, "--help")
    assert result.exit_code == 0
    text = result.stdout
    assert text.count("Example: ") == 1
    for junk in ("<bool>", "<str>", "<int", "<list", "{", "╭", "../shared"):
        assert junk not in text, (junk, text)
    assert text.startswith("Usage: quotedb")


def test_serve_help_names_the_extra(cli):
    assert "pip install 'quotedb[datasette]'" in " ".join(cli("serve", "--help").stdout.split())


def test_command_list_has_whole_sentences(cli):
    text = cli("--help").stdout
    listing = text.split("Commands:")[1].split("Example:")[0]
    entries = " ".join(listing.split())
    assert "..." not in entries
    for name in ("ingest", "who-said", "export", "serve", "speakers", "db"):
        assert f" {name} " in f" {entries} "
    assert entries.count(".") >= 12  # each description ends its sentence


@pytest.mark.parametrize("args, message", [
    (["who-said"], "quotedb: who-said: missing argument 'QUERY' (see quotedb who-said --help)"),
    (["who-said", "x", "--limit", "abc"], "quotedb: who-said: invalid value for '--limit'"),
    (["nope"], "quotedb: no such command 'nope' (see quotedb --help)"),
    (["quotes", "--bogus"], "quotedb: quotes: no such option: --bogus"),
    (["quotes", "--format", "xml"], "quotedb: quotes: invalid value for '--format'"),
    (["speakers", "merge", "A"], "quotedb: speakers merge: missing argument 'OTHER'"),
])
def test_usage_errors_are_one_line_and_exit_1(cli, args, message):
    result = cli(*args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_no_command_prints_the_help(cli):
    result = cli()
    assert result.exit_code == 0 and "Commands:" in result.stdout


def _examples():
    out = []
    for path, cmd in COMMANDS:
        example = (cmd.epilog or "").split("Example: ", 1)[-1].strip()
        if not example or path == ("serve",):  # serve runs until stopped (tests/test_datasette.py)
            continue
        if "--output" in example and importlib.util.find_spec("matplotlib") is None:
            continue  # charts need the optional extra 'plot' (in the 'test' extra)
        if path in (("spark",), ("load",)) and (importlib.util.find_spec("pyspark") is None
                                               or shutil.which("java") is None):
            continue  # Spark needs the optional extra 'spark' and Java (tests/test_spark.py)
        out.append((" ".join(path) or "quotedb", example))
    order = {"ingest": 0, "spark": 0.5, "load": 0.6, "db downgrade": 2, "speakers merge": 3,
             "speakers split": 4}
    return sorted(out, key=lambda e: order.get(e[0], 1))


def test_every_example_works_on_the_seeds(tmp_path):
    """Run in a folder holding a copy of seeds/ and samples/ (as a fresh clone has), in order:
    ingest first, merge then split (which undoes it) last."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copytree(REPO / "samples", tmp_path / "samples")
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent),
                                                  os.environ.get("PATH", "")])}
    env.pop("QUOTEDB_DB", None)
    examples = _examples()
    assert len(examples) >= 15
    for name, example in examples:
        result = subprocess.run(["bash", "-c", example], cwd=tmp_path, env=env,
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, (name, example, result.stderr)
        assert "Traceback" not in result.stderr
