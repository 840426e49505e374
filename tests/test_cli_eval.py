"""`quotedb eval` agrees with the reference scorer run on `quotedb extract` output."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import SEEDS, SHARED

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
        assert line.split()[0] in {"MISS", "FP", "SPEAKER", "DATE"}


def test_eval_with_a_missing_gold_file_is_one_line(cli, tmp_path):
    result = cli("eval", tmp_path / "nope.jsonl", "--texts", tmp_path)
    assert result.exit_code == 1
    assert result.stderr.startswith("quotedb: ") and result.stderr.count("\n") == 1
