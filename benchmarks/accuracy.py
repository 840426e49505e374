"""Accuracy on the shared gold sets: writes predictions JSONL to benchmarks/out/ and
prints the reference scorer's metrics for each corpus (skipping absent ones).

    .venv/bin/python benchmarks/accuracy.py [--show-errors] [--only seeds|polnear|ggt_dev|styles|styles_heldout]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotedb.evaluate import load_gold, predict, score  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPORA = {
    "seeds": (SHARED / "gold" / "seeds.jsonl", SHARED / "seeds"),
    "polnear": (SHARED / "gold" / "polnear" / "gold.jsonl", SHARED / "gold" / "polnear" / "texts"),
    "ggt_dev": (SHARED / "gold" / "ggt_dev" / "gold.jsonl", SHARED / "gold" / "ggt_dev" / "texts"),
    # invented articles of the project's own, in ten news styles (benchmarks/styles/README.md)
    "styles": (ROOT / "benchmarks" / "styles" / "gold.jsonl", ROOT / "benchmarks" / "styles" / "texts"),
    "styles_heldout": (ROOT / "benchmarks" / "styles" / "heldout" / "gold.jsonl",
                       ROOT / "benchmarks" / "styles" / "heldout" / "texts"),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show-errors", action="store_true")
    ap.add_argument("--only", choices=sorted(CORPORA))
    a = ap.parse_args()
    out_dir = ROOT / "benchmarks" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, (gold, texts) in CORPORA.items():
        if a.only and name != a.only:
            continue
        if not gold.exists() or not texts.is_dir():
            print(f"[{name}] skipped: {gold} not found")
            continue
        docs = load_gold(gold)
        preds = predict(docs, texts)
        out = out_dir / f"{name}.pred.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        res, errors = score(docs, preds)
        print(f"[{name}] {len(docs)} documents, predictions in {out.relative_to(ROOT)}")
        for k, v in res.items():
            print(f"{k:18} {v}")
        if a.show_errors:
            for kind, doc, text, info in errors:
                print(f"{kind:8} {doc[:12]:12} {text[:60]!r} {info or ''}", file=sys.stderr)


if __name__ == "__main__":
    main()
