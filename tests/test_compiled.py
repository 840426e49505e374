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

_DUMP = r"""
import dataclasses, json, sys
from quotedb.extraction import extract

def plain(r):
    items = r._asdict() if hasattr(r, "_asdict") else dataclasses.asdict(r)
    return {k: plain(v) if hasattr(v, "_asdict") else list(v) if isinstance(v, tuple) else v
            for k, v in items.items()}

texts = json.loads(sys.stdin.read())
out = []
for t in texts:
    ex = extract(t)
    out.append({"meta": plain(ex.meta), "quotes": [plain(q) for q in ex.quotes]})
claims = sys.modules["quotedb.extraction.attribution.claims"].__file__
print(json.dumps({"claims": claims, "out": out}, sort_keys=True, default=str))
"""


def _compiled() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(quotedb.extraction.__path__, "quotedb.extraction."):
        mod = importlib.import_module(info.name)
        if any(str(mod.__file__).endswith(s) for s in importlib.machinery.EXTENSION_SUFFIXES):
            names.append(info.name)
    return names


def _run(texts: list[str], cwd: Path, pythonpath: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run([sys.executable, "-c", _DUMP], input=json.dumps(texts), capture_output=True,
                          text=True, cwd=cwd, env=env, timeout=300, check=True)
    return json.loads(done.stdout)


def test_compiled_extractor_matches_its_source(tmp_path):
    compiled = _compiled()
    if not compiled:
        pytest.skip("quotedb.extraction runs as Python source here (editable install or QUOTEDB_PURE_PYTHON=1)")
    if any((REPO / "quotedb").rglob("*.so")) or not (REPO / "quotedb" / "extraction" / "pipeline.py").exists():
        pytest.skip("no pure-Python source tree beside the tests to compare with")
    assert "quotedb.extraction.attribution.claims" in compiled  # the hot modules are the compiled ones
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted((REPO / "seeds").glob("*.txt"))]
    source = _run(texts, cwd=REPO, pythonpath=str(REPO))
    installed = _run(texts, cwd=tmp_path, pythonpath=None)
    assert source["claims"].endswith(".py") and not installed["claims"].endswith(".py")
    assert sum(len(d["quotes"]) for d in installed["out"]) > 50
    assert installed["out"] == source["out"]
