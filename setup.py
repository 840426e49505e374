"""Compiles the extraction pipeline (quotedb/extraction) with Cython when a wheel is
built (`pip install .`): the same Python source as C extension modules, about a
sixth faster per document with byte-identical output (benchmarks/same_output.py).

Everything else is configured in pyproject.toml. The compiled modules are optional:
- an editable install (`pip install -e .`) stays pure Python, so an edit to a module
  takes effect without a rebuild (a stale compiled module would shadow it);
- QUOTEDB_PURE_PYTHON=1 asks for the pure-Python package;
- where Cython or a C compiler is missing, or a module fails to compile, that module
  is installed as Python source and works the same, only slower.
"""

from __future__ import annotations

import glob
import os
import sys

from setuptools import setup

# setuptools.build_meta runs this file with the command it builds in sys.argv
_BUILDS = {"bdist_wheel", "build", "build_ext", "install"}
_CPUS = os.cpu_count() or 1


def _extensions() -> list:
    if "editable_wheel" in sys.argv or not _BUILDS & set(sys.argv) or os.environ.get("QUOTEDB_PURE_PYTHON") == "1":
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        return []
    sources = sorted(p for p in glob.glob("quotedb/extraction/**/*.py", recursive=True)
                     if not p.endswith("__init__.py"))
    try:
        exts = cythonize(sources, build_dir="build/cython", nthreads=_CPUS, quiet=True,
                         compiler_directives={
                             "language_level": 3,
                             # annotations are documentation here, never runtime type checks
                             "annotation_typing": False,
                         })
    except Exception as e:  # noqa: BLE001 - a Cython failure must not fail the install
        print(f"quotedb: not compiling the extractor ({e}); installing it as Python", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True
        # -O1 without debug info compiles in a third of the time of Python's default
        # -O3 -g, for the same speed: the time is in the CPython calls it makes
        ext.extra_compile_args = ["-O1", "-g0"]
    return exts


setup(ext_modules=_extensions(), options={"build_ext": {"parallel": _CPUS}})
