"""evaluate() reproduces the reference scorer (../shared/eval/score.py) exactly."""

import json
import pathlib
import subprocess
import sys

import pytest

from quotedb.errors import InputError
from quotedb.evaluate import EvalReport, evaluate, load_gold, predict, score

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
SEEDS_GOLD = SHARED / "gold" / "seeds.jsonl"

KEYS = ["gold_quotes", "predictions", "quote_precision", "quote_recall", "quote_f1",
        "exact_boundaries", "speaker_accuracy", "attribution_f1", "date_accuracy", "recall_by_kind"]

TEXT_A = "“We will rebuild the bridge,” Mayor Ana Ruiz said. Critics called it a “fantasy.”\n"
TEXT_B = "Governor Tom Reed said on Monday that taxes would rise. “No,” said Reed.\n"


def _fixture(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (texts / "b.txt").write_text(TEXT_B, encoding="utf-8")
    qa = TEXT_A.index("We will")
    qb = TEXT_B.index("taxes")
    gold = [
        {"doc_id": "a", "file": "a.txt", "quotes": [
            {"start": qa, "end": qa + len("We will rebuild the bridge,"), "text": "We will rebuild the bridge,",
             "kind": "direct", "speaker": "Ana Ruiz", "speaker_aliases": ["Ruiz"], "date": None,
             "venue": None, "optional": False}], "not_quotes": []},
        {"doc_id": "b", "file": "b.txt", "quotes": [
            {"start": qb, "end": qb + len("taxes would rise"), "text": "taxes would rise", "kind": "indirect",
             "speaker": "Tom Reed", "speaker_aliases": ["Reed"], "date": "2020-01-06", "venue": None,
             "optional": False},
            {"start": 0, "end": 5, "text": "Gover", "kind": "direct", "speaker": None,
             "speaker_aliases": [], "date": None, "venue": None, "optional": True}], "not_quotes": []},
    ]
    g = tmp_path / "gold.jsonl"
    g.write_text("\n".join(json.dumps(d) for d in gold) + "\n", encoding="utf-8")
    return g, texts


def test_report_shape_and_self_contained_numbers(tmp_path):
    g, texts = _fixture(tmp_path)
    rep = evaluate(g, texts)
    assert isinstance(rep, EvalReport)
    assert list(rep.metrics) == KEYS
    m = rep.metrics
    assert m["gold_quotes"] == 2
    # the scare quote "fantasy." and the short answer "No," match no gold quote
    assert m["quote_recall"] == 1.0
    assert m["speaker_accuracy"] == 1.0
    assert m["quote_precision"] == round(2 / m["predictions"], 4)
    assert any(kind == "FP" for kind, *_ in rep.errors)


def test_score_rules_by_hand():
    gold = [{"doc_id": "d", "file": "d.txt", "quotes": [
        {"start": 0, "end": 10, "text": "x" * 10, "kind": "direct", "speaker": "Ann Lee",
         "speaker_aliases": [], "date": "XXXX-01-24", "optional": False},
        {"start": 20, "end": 30, "text": "y" * 10, "kind": "mixed", "speaker": "Bo Ek",
         "speaker_aliases": ["Ek"], "date": None, "optional": True}]}]
    preds = [
        {"doc": "path/to/d.txt", "start": 2, "end": 9, "speaker": "Dr. Ann Lee", "date": "2020-01-24"},
        {"doc": "d", "start": 21, "end": 29, "speaker": "he", "date": None},   # optional: neutral
        {"doc": "d", "start": 40, "end": 50, "speaker": None, "date": None},   # false positive
    ]
    m, errors = score(gold, preds)
    assert m["predictions"] == 3 and m["gold_quotes"] == 1
    assert m["quote_precision"] == 0.5 and m["quote_recall"] == 1.0
    assert m["speaker_accuracy"] == 1.0 and m["date_accuracy"] == 1.0
    assert m["exact_boundaries"] == 0.0
    assert [e[0] for e in errors] == ["FP"]


def test_bad_inputs_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="missing.jsonl"):
        evaluate(tmp_path / "missing.jsonl", tmp_path)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        evaluate(bad, tmp_path)
    g, _ = _fixture(tmp_path)
    with pytest.raises(InputError, match="not a directory"):
        evaluate(g, tmp_path / "nowhere")


@pytest.mark.skipif(not (SCORER.exists() and SEEDS_GOLD.exists()), reason="../shared not present")
def test_matches_reference_scorer_on_seeds(tmp_path):
    rep = evaluate(SEEDS_GOLD, SHARED / "seeds")
    docs = load_gold(SEEDS_GOLD)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p) + "\n" for p in predict(docs, SHARED / "seeds")), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(SEEDS_GOLD), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    assert rep.metrics == json.loads(out.stdout)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared not present")
def test_matches_reference_scorer_on_fixture(tmp_path):
    g, texts = _fixture(tmp_path)
    rep = evaluate(g, texts)
    docs = load_gold(g)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p) + "\n" for p in predict(docs, texts)), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(g), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    assert rep.metrics == json.loads(out.stdout)


def test_scorer_rule_changes_issue_11():
    """The reference scorer's changes: equal overlaps go to the closer extent, null date
    accuracy without dated gold, more titles and single-letter initials set aside."""
    gold = [{"doc_id": "d", "file": "d.txt", "quotes": [
        {"start": 0, "end": 40, "text": "a" * 40, "kind": "indirect", "speaker": "Mayor Lina B. Osei",
         "speaker_aliases": [], "date": None, "optional": False},
        {"start": 30, "end": 50, "text": "b" * 20, "kind": "direct", "speaker": "Ola Berg",
         "speaker_aliases": [], "date": None, "optional": False}]}]
    # overlaps both gold quotes by 10 characters: its extent is closer to the second one
    preds = [{"doc": "d", "start": 30, "end": 50, "speaker": "Ola Berg", "date": None},
             {"doc": "d", "start": 0, "end": 30, "speaker": "Lina Osei", "date": None}]
    m, errors = score(gold, preds)
    assert m["quote_recall"] == 1.0 and m["exact_boundaries"] == 0.5
    assert m["speaker_accuracy"] == 1.0, errors
    assert m["date_accuracy"] is None


GGT = SHARED / "gold" / "ggt_dev"


@pytest.mark.skipif(not (SCORER.exists() and (GGT / "gold.jsonl").exists()), reason="../shared/gold/ggt_dev not present")
def test_matches_reference_scorer_on_ggt_dev(tmp_path):
    gold = GGT / "gold.jsonl"
    rep = evaluate(gold, GGT / "texts")
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(p) + "\n" for p in predict(load_gold(gold), GGT / "texts")),
                    encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json"],
                         capture_output=True, text=True, check=True)
    assert rep.metrics == json.loads(out.stdout)


def test_a_second_prediction_with_a_wrong_speaker_is_listed():
    from quotedb.evaluate import score

    gold = [{"doc_id": "a", "file": "a.txt", "quotes": [
        {"start": 0, "end": 40, "text": "x" * 40, "kind": "direct", "speaker": "Ann Lee",
         "speaker_aliases": [], "date": None, "optional": False}]}]
    preds = [{"doc": "a.txt", "start": 0, "end": 30, "speaker": "Ann Lee", "text": "first"},
             {"doc": "a.txt", "start": 30, "end": 40, "speaker": "Bo Chen", "text": "second"}]
    metrics, errors = score(gold, preds)
    assert metrics["speaker_accuracy"] == 1.0 and metrics["attribution_f1"] < 1.0
    assert errors == [("ATTRIB", "a", "second", "'Bo Chen' != 'Ann Lee'")]


def test_predict_gives_the_extractor_each_documents_publication_date(tmp_path):
    """A gold document's "published" is its metadata, as a JSONL record's or an HTML
    page's is at ingest: "on Monday" resolves against it when the text prints no date."""
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "c.txt").write_text(TEXT_B, encoding="utf-8")
    docs = [{"doc_id": "c", "file": "c.txt", "published": "2020-01-08", "quotes": []},
            {"doc_id": "c2", "file": "c.txt", "quotes": []}]
    dated, undated = [p for p in predict(docs, texts) if p["text"] == "taxes would rise"]
    assert dated["date"] == "2020-01-06"
    assert undated["date"] is None
