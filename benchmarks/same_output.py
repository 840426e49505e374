"""Dump everything extract() returns, so a speed change can be shown not to change output.

    .venv/bin/python benchmarks/same_output.py OUT.jsonl [DIR ...] [--installed]

Default inputs: ../shared/gold/polnear/texts, ../shared/gold/ggt_dev/texts, ../shared/seeds
and a small generated corpus
(benchmarks/out/corpus/200a-s1, built on first use). One JSON line per quote (every Quote
field) and one per document (its metadata), sorted. Compare two dumps with `cmp`.
The checkout's source is run unless --installed, which runs the quotedb the Python
running this script has installed (after `pip install .`, the compiled extractor):
a dump of each shows the two give the same output.
"""

from __future__ import annotations

import dataclasses
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def inputs(dirs: list[str]) -> list[pathlib.Path]:
    if not dirs:
        shared = ROOT.parent / "shared"
        dirs = [str(shared / "gold" / "polnear" / "texts"), str(shared / "gold" / "ggt_dev" / "texts"),
                str(shared / "seeds")]
        syn = ROOT / "benchmarks" / "out" / "corpus" / "200a-s1"
        if not (syn / "corpus.json").exists():
            import importlib.util
            spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks" / "generate.py")
            gen = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(gen)
            gen.write_corpus(syn, mb=None, articles=200, seed=1, gold=False)
        dirs.append(str(syn / "docs"))
    return sorted(p for d in dirs if pathlib.Path(d).is_dir() for p in pathlib.Path(d).rglob("*.txt"))


def plain(record) -> dict:
    """A record (dataclass or NamedTuple) as nested dicts, whichever it is today, so
    dumps from before and after a change of record type compare equal."""
    items = record._asdict() if hasattr(record, "_asdict") else {
        f.name: getattr(record, f.name) for f in dataclasses.fields(record)}
    return {k: plain(v) if hasattr(v, "_asdict") or dataclasses.is_dataclass(v) else
            list(v) if isinstance(v, tuple) else v for k, v in items.items()}


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--installed"]
    if "--installed" not in sys.argv:
        sys.path.insert(0, str(ROOT))
    from quotedb.extraction import build, extract, pipeline

    out = pathlib.Path(args[0])
    lines = []
    for p in inputs(args[1:]):
        name = str(p.relative_to(p.parents[1]))
        ex = extract(p.read_text(encoding="utf-8", errors="replace"))
        lines.append(json.dumps({"doc": name, "meta": plain(ex.meta)}, sort_keys=True))
        for q in ex.quotes:
            lines.append(json.dumps({"doc": name, **plain(q)}, sort_keys=True))
    lines.sort()
    out.write_text("\n".join(lines) + "\n")
    print(f"{len(lines)} lines -> {out}; {build()} extractor ({pathlib.Path(pipeline.__file__).parent})")


if __name__ == "__main__":
    main()
