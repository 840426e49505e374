"""The compiled extractor (setup.py builds quotedb.extraction with Cython for
`pip install .`) gives exactly what its Python source gives."""

from __future__ import annotations

import importlib
import importlib.machinery
import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import quotedb.extraction

REPO = Path(__file__).resolve().parent.parent

# Articles in the styles the extractor reads, invented for this test, beside the seeds.
TEXTS = [
    "Harbour master Ilse Brandt said ferry service resumes Friday. “We have checked every "
    "berth,” she said. The county engineer said the bridge stays closed until March.",
    "OTTAWA — The minister told reporters on Tuesday that the plant will close, according to "
    "a spokesperson for the ministry. ‘It is a sad day,’ said Tom Vale, the mayor.",
    "Q: Why now?\nA: Because the budget is gone.\n\nLena Ortiz, an economist at Coastal "
    "University, said: “Nobody planned for this.”\n\n“Last winter we had beds in the hallway.”",
    "«Wir verhandeln nicht», sagte er. He called the bill “a gift to lobbyists” on Twitter, "
    "and added that he would vote no. Officials said 40 families were moved on Jan. 24, 2020.",
    "“" * 50 + " unclosed quote said Ann Lee. " + "A. " * 30 + "'single' marks 'here, ' she said.",
]


def _compiled() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(quotedb.extraction.__path__, "quotedb.extraction."):
        mod = importlib.import_module(info.name)
        if any(str(mod.__file__).endswith(s) for s in importlib.machinery.EXTENSION_SUFFIXES):
            names.append(info.name)
    return names


def _dump(texts_dir: Path, out: Path, cwd: Path, installed: bool) -> str:
    """benchmarks/same_output.py's dump of ``texts_dir``: the checkout's source, or
    with ``installed`` the quotedb this Python has installed; returns its report."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    args = [sys.executable, str(REPO / "benchmarks" / "same_output.py"), str(out), str(texts_dir)]
    done = subprocess.run(args + (["--installed"] if installed else []), capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=300, check=True)
    return done.stdout


def test_compiled_extractor_matches_its_source(tmp_path):
    compiled = _compiled()
    if not compiled:
        pytest.skip("quotedb.extraction runs as Python source here (editable install or QUOTEDB_PURE_PYTHON=1)")
    if any((REPO / "quotedb").rglob("*.so")) or not (REPO / "quotedb" / "extraction" / "pipeline.py").exists():
        pytest.skip("no pure-Python source tree beside the tests to compare with")
    assert "quotedb.extraction.attribution.claims" in compiled  # the hot modules are the compiled ones
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    texts_dir = tmp_path / "in" / "texts"
    texts_dir.mkdir(parents=True)
    for i, text in enumerate(texts):
        (texts_dir / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    source_report = _dump(texts_dir, tmp_path / "source.jsonl", cwd=REPO, installed=False)
    installed_report = _dump(texts_dir, tmp_path / "installed.jsonl", cwd=tmp_path, installed=True)
    assert "; source extractor" in source_report and "; compiled extractor" in installed_report
    installed = (tmp_path / "installed.jsonl").read_text(encoding="utf-8").splitlines()
    assert sum("meta" not in json.loads(line) for line in installed) > 50
    assert installed == (tmp_path / "source.jsonl").read_text(encoding="utf-8").splitlines()


def test_every_package_of_the_source_tree_is_installed():
    """pyproject.toml lists its packages by name: a new subpackage left off the list is
    missing from a wheel (an editable install hides it), and the compiled extractor
    then fails on every document."""
    import tomllib
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "quotedb").rglob("__init__.py")}
    assert found <= listed, found - listed
