#!/usr/bin/env python3
"""Build gold.jsonl (the format of FORMAT.md, as `quotedb eval` reads it) from the
annotations, which give each span by its exact text instead of offsets.

    python benchmarks/styles/convert.py > benchmarks/styles/gold.jsonl
    python benchmarks/styles/convert.py heldout > benchmarks/styles/heldout/gold.jsonl

annotations/NAME.ann.json holds {"published": ..., "quotes": [{"text", "kind",
"speaker", "speaker_aliases", "date", "venue", "optional", "occurrence"}],
"not_quotes": [{"text", "occurrence"}]} for texts/NAME.txt; "occurrence" (default 1)
picks the k-th place the text occurs in the article. Exits 1 naming the file when a
span is not found verbatim.
"""

from __future__ import annotations

import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
KINDS = ("direct", "mixed", "indirect", "embedded")


def _find(text: str, span: str, k: int, where: pathlib.Path) -> int:
    pos = -1
    for _ in range(k):
        pos = text.find(span, pos + 1)
        if pos < 0:
            raise SystemExit(f"{where}: span not found (occurrence {k}): {span[:70]!r}")
    return pos


def documents(ann_dir: pathlib.Path = HERE / "annotations", text_dir: pathlib.Path = HERE / "texts"):
    for ann_path in sorted(ann_dir.glob("*.ann.json")):
        name = ann_path.name[: -len(".ann.json")]
        text = (text_dir / f"{name}.txt").read_text(encoding="utf-8")
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        quotes = []
        for q in ann.get("quotes", []):
            if q["kind"] not in KINDS:
                raise SystemExit(f"{ann_path}: bad kind {q['kind']!r}")
            s = _find(text, q["text"], q.get("occurrence", 1), ann_path)
            quotes.append({"start": s, "end": s + len(q["text"]), "text": q["text"], "kind": q["kind"],
                           "speaker": q["speaker"], "speaker_aliases": q.get("speaker_aliases") or [q["speaker"]],
                           "date": q.get("date"), "venue": q.get("venue"),
                           "optional": bool(q.get("optional", False))})
        nots = []
        for n in ann.get("not_quotes", []):
            s = _find(text, n["text"], n.get("occurrence", 1), ann_path)
            nots.append({"start": s, "end": s + len(n["text"]), "text": n["text"]})
        yield {"doc_id": name, "file": f"{name}.txt", "published": ann.get("published"),
               "quotes": quotes, "not_quotes": nots}


def main(argv: list[str]) -> None:
    base = HERE / argv[0] if argv else HERE  # "heldout": the set kept out of tuning
    for doc in documents(base / "annotations", base / "texts"):
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
