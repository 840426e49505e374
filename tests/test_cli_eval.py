"""`quotedb eval` agrees with the reference scorer run on `quotedb extract` output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import REPO, SEEDS, SHARED

GOLD = SHARED / "gold" / "seeds.jsonl"
SCORER = SHARED / "eval" / "score.py"
needs_shared = pytest.mark.skipif(not (GOLD.exists() and SCORER.exists()),
                                  reason="../shared gold and scorer not present")


@needs_shared
def test_eval_matches_the_reference_scorer(cli, tmp_path):
    extracted = cli("extract", SEEDS, "--format", "jsonl")
    assert extracted.exit_code == 0, extracted.stderr
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(extracted.stdout, encoding="utf-8")
    reference = json.loads(subprocess.run(
        [sys.executable, str(SCORER), str(GOLD), str(predictions), "--json"],
        check=True, capture_output=True, text=True).stdout)
    ours = cli("eval", GOLD, "--texts", SEEDS, "--format", "json")
    assert ours.exit_code == 0, ours.stderr
    assert ours.json() == reference
    assert list(ours.json()) == list(reference)


@needs_shared
def test_eval_show_errors_goes_to_stderr(cli):
    result = cli("eval", GOLD, "--texts", SEEDS, "--show-errors")
    assert result.exit_code == 0
    assert "quote_f1" in result.stdout
    for line in result.stderr.splitlines():
        assert line.split()[0] in {"MISS", "FP", "SPEAKER", "DATE", "ATTRIB"}
    if json.loads(cli("eval", GOLD, "--texts", SEEDS, "-f", "json").stdout)["attribution_f1"] < 1:
        assert result.stderr.strip(), "attribution F1 under 1 must come with its errors"


def test_eval_with_a_missing_gold_file_is_one_line(cli, tmp_path):
    result = cli("eval", tmp_path / "nope.jsonl", "--texts", tmp_path)
    assert result.exit_code == 1
    assert result.stderr.startswith("quotedb: ") and result.stderr.count("\n") == 1


SAMPLE = REPO / "samples" / "seeds-gold.jsonl"


def test_the_shipped_gold_sample_has_exact_offsets():
    docs = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    assert sorted(d["file"] for d in docs) == sorted(p.name for p in SEEDS.glob("*.txt"))
    kinds = set()
    for d in docs:
        text = (SEEDS / d["file"]).read_text(encoding="utf-8")
        for q in d["quotes"] + d["not_quotes"]:
            assert text[q["start"]:q["end"]] == q["text"]
            assert q["text"] == q["text"].strip() and q["text"][:1] not in "“”\""
        for q in d["quotes"]:
            kinds.add(q["kind"])
            assert isinstance(q["optional"], bool) and q["speaker"]
            assert q["date"] is None or len(q["date"]) in (4, 7, 10)
    assert kinds == {"direct", "mixed", "indirect", "embedded"}
    assert sum(not q["optional"] for d in docs for q in d["quotes"]) >= 30


def test_eval_works_from_a_fresh_clone_with_the_shipped_sample(cli):
    result = cli("eval", SAMPLE, "--texts", SEEDS, "--show-errors", "-f", "json")
    assert result.exit_code == 0
    metrics = result.json()
    assert metrics["gold_quotes"] >= 30
    assert metrics["quote_f1"] >= 0.97 and metrics["speaker_accuracy"] >= 0.95
    misses = [line for line in result.stderr.splitlines() if line.startswith("MISS")]
    assert len(misses) == round(metrics["gold_quotes"] * (1 - metrics["quote_recall"]))


@needs_shared
def test_the_shipped_sample_scores_the_same_with_the_reference_scorer(cli, tmp_path):
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(cli("extract", SEEDS).stdout, encoding="utf-8")
    reference = json.loads(subprocess.run(
        [sys.executable, str(SCORER), str(SAMPLE), str(predictions), "--json"],
        check=True, capture_output=True, text=True).stdout)
    assert cli("eval", SAMPLE, "--texts", SEEDS, "-f", "json").json() == reference
