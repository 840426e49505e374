"""The benchmark corpus generator: same seed same bytes, sizes as asked, gold offsets exact."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[1] / "benchmarks" / "generate.py"
_spec = importlib.util.spec_from_file_location("bench_generate", _PATH)
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)


def _digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path):
    a = generate.write_corpus(tmp_path / "a", articles=30, seed=7)
    b = generate.write_corpus(tmp_path / "b", articles=30, seed=7)
    c = generate.write_corpus(tmp_path / "c", articles=30, seed=8)
    assert a == b
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_smaller_corpus_is_a_prefix_of_a_larger_one(tmp_path):
    generate.write_corpus(tmp_path / "small", articles=5, seed=3, gold=False)
    generate.write_corpus(tmp_path / "big", articles=12, seed=3, gold=False)
    for p in (tmp_path / "small" / "docs").rglob("*.txt"):
        assert p.read_bytes() == (tmp_path / "big" / p.relative_to(tmp_path / "small")).read_bytes()


@pytest.mark.parametrize("mb", [0.2, 0.6])
def test_size_argument_is_respected(tmp_path, mb):
    s = generate.write_corpus(tmp_path, mb=mb, gold=False)
    on_disk = sum(p.stat().st_size for p in (tmp_path / "docs").rglob("*.txt"))
    assert on_disk == s["bytes"]
    # stops at the first article past the limit; articles are at most ~6.5 KB
    assert mb * generate.MB <= on_disk < mb * generate.MB + 7000
    assert s["articles"] == len(list((tmp_path / "docs").rglob("*.txt")))


def test_articles_are_news_sized_with_byline_and_dateline():
    sizes = []
    for i in range(40):
        text, gold = generate.article(1, i)
        sizes.append(len(text.encode()))
        head = text.split("\n\n")[:3]
        assert head[1].startswith(("By ", "Written by "))
        assert head[2].split(" ")[0].isupper()  # dateline city in capitals
        assert gold["published"][:4] in "\n".join(head)
    assert 2900 <= min(sizes) and max(sizes) <= 7000
    assert 3500 < sum(sizes) / len(sizes) < 5500


def test_gold_offsets_match_the_text(tmp_path):
    generate.write_corpus(tmp_path, articles=60, seed=2)
    kinds, not_quotes, n = set(), 0, 0
    for line in (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        text = (tmp_path / g["file"]).read_text(encoding="utf-8")
        for q in g["quotes"]:
            assert text[q["start"]:q["end"]] == q["text"]
            assert q["text"] and q["speaker"]
            assert q["text"][0] not in "“”\"‘«" and q["text"][-1] not in "”\"’»"
            kinds.add(q["kind"])
            n += 1
        for q in g["not_quotes"]:
            assert text[q["start"]:q["end"]] == q["text"]
            assert text[q["start"] - 1] == "“" and text[q["end"]] == "”"
            not_quotes += 1
    assert kinds == {"direct", "mixed", "indirect", "embedded"}
    assert n > 60 * 5 and not_quotes > 0


def test_jsonl_format_gold_offsets_index_the_text_field(tmp_path):
    generate.write_corpus(tmp_path, articles=10, seed=4, fmt="jsonl")
    docs = {}
    for shard in tmp_path.glob("corpus-*.jsonl"):
        for line in shard.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            docs[d["id"]] = d
    assert len(docs) == 10
    for line in (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        d = docs[g["doc_id"]]
        assert d["published"] == g["published"]
        for q in g["quotes"]:
            assert d["text"][q["start"]:q["end"]] == q["text"]


def test_every_quote_style_appears():
    text = "\n".join(generate.article(1, i)[0] for i in range(80))
    for marker in ("“", '"', "‘", "’", "«", "— ", "(@", "according to", "According to", " said:",
                   "he added", "she added", "told reporters", "Q: ", "so-called “", "\n\n“"):
        assert marker in text, marker
    assert any(" told " + v + ":" in text for v in generate.VENUES)
    assert re.search(r"[A-Z][a-z]+ [A-Z][a-z]+, (a|an|the) [a-z ]+(at|of|for|to) [A-Z][^,]*, said", text)


@pytest.mark.parametrize("kind", generate.PATHOLOGICAL_KINDS)
def test_pathological_files_are_sized_and_adversarial(tmp_path, kind):
    p = generate.write_pathological(tmp_path, kind, 0.3)
    data = p.read_bytes()
    assert 0.3 * generate.MB - 4 <= len(data) <= 0.3 * generate.MB
    text = data.decode("utf-8")
    if kind == "longline":
        assert "\n" not in text and "“" in text
    elif kind == "unmatched":
        assert text.count("“") + text.count('"') > 1000 and "”" not in text
    elif kind == "nested":
        assert "“" + "‘" not in text  # marks are separated by words
        first = text.split("\n\n")[0]
        assert first.count("“") + first.count("‘") == 10
    elif kind == "capitals":
        words = text.split(" ")
        run = best = 0
        for w in words:
            run = run + 1 if w[:1].isupper() else 0
            best = max(best, run)
        assert best > 1000
    elif kind == "marks":
        assert max(len(line) for line in text.splitlines()) > 4000


def test_reprint_heavy_corpus_repeats_a_few_wire_statements(tmp_path):
    from quotedb.statements import statement_key

    generate.write_corpus(tmp_path / "plain", articles=20, seed=5)
    generate.write_corpus(tmp_path / "wire", articles=20, seed=5, reprints=4)
    pool = {statement_key(text) for text, _ in generate.wire_pool(5, 4)}
    assert len(pool) == 4
    counts = {k: 0 for k in pool}
    for line in (tmp_path / "wire" / "gold.jsonl").read_text().splitlines():
        record = json.loads(line)
        wire = [q for q in record["quotes"] if statement_key(q["text"]) in pool]
        assert wire, "every article reprints at least one wire statement"
        for q in wire:
            counts[statement_key(q["text"])] += 1
    assert sum(counts.values()) >= 20 and max(counts.values()) >= 6
    plain = (tmp_path / "plain" / "gold.jsonl").read_text()
    assert not any(k in plain.lower() for k in pool)
