"""The bundled set of invented articles in ten news styles (benchmarks/styles): its
gold file is built from its annotations, and the extractor keeps its accuracy there.

The floors sit a little under the figures measured when each rule went in (README,
Accuracy), so a change that loses statements, speakers or dates in a style the dev
sets lack fails here, not only in a benchmark nobody ran."""

import importlib.util
import json
import pathlib

from quotedb.evaluate import evaluate

STYLES = pathlib.Path(__file__).resolve().parent.parent / "benchmarks" / "styles"


def _convert():
    spec = importlib.util.spec_from_file_location("styles_convert", STYLES / "convert.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_gold_file_is_built_from_the_annotations():
    built = list(_convert().documents())
    on_disk = [json.loads(line) for line in (STYLES / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert built == on_disk
    assert len(built) == 144
    assert {d["doc_id"].rstrip("123456789JMNPQ") for d in built} == {
        "wire", "euro", "british", "profile", "qa", "liveblog", "sports", "court", "earnings", "science",
        "canada", "uspolitics"}


def test_heldout_gold_file_is_built_from_its_annotations():
    mod = _convert()
    built = list(mod.documents(STYLES / "heldout" / "annotations", STYLES / "heldout" / "texts"))
    on_disk = [json.loads(line) for line in
               (STYLES / "heldout" / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert built == on_disk and len(built) == 40


def test_every_span_is_the_text_it_names():
    for doc in _convert().documents():
        text = (STYLES / "texts" / doc["file"]).read_text(encoding="utf-8")
        for q in doc["quotes"] + doc["not_quotes"]:
            assert text[q["start"]:q["end"]] == q["text"], (doc["file"], q["text"])


def test_accuracy_on_the_heldout_set_keeps_its_floor():
    """The forty articles written after the rules, never tuned on (README, Accuracy)."""
    m = evaluate(STYLES / "heldout" / "gold.jsonl", STYLES / "heldout" / "texts").metrics
    assert m["quote_f1"] >= 0.93, m
    assert m["speaker_accuracy"] >= 0.95, m
    assert m["date_accuracy"] >= 0.95, m


def test_accuracy_on_the_styles_set_keeps_its_floor():
    m = evaluate(STYLES / "gold.jsonl", STYLES / "texts").metrics
    assert m["quote_f1"] >= 0.945, m
    assert m["speaker_accuracy"] >= 0.95, m
    assert m["attribution_f1"] >= 0.905, m
    assert m["recall_by_kind"]["indirect"] >= 0.89, m
    assert m["date_accuracy"] >= 0.88, m  # with each article's publication date as metadata
    assert m["recall_by_kind"]["direct"] >= 0.96, m
