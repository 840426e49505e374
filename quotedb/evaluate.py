"""Score the extractor against gold annotations with the reference scorer's rules.

The matching and metric rules are those of ``../shared/eval/score.py`` (the
contract): a prediction matches the gold quote it overlaps most when at least half
of it lies inside; a gold quote is found when matched predictions cover at least
half of it; predictions matched to optional quotes are neutral; speaker names are
compared as normalised token sets; a gold speaker of null is not scored.
The error list adds ATTRIB: a second prediction of a quote with a wrong speaker,
which lowers attribution F1 but is no SPEAKER error of its quote.
"""

from __future__ import annotations

import collections
import json
import pathlib
import re
import unicodedata
from dataclasses import dataclass, field

from .errors import InputError
from .models import scorer_record

# The reference scorer's list, word for word: titles dropped before names are compared.
SCORER_TITLES = frozenset({
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "rev", "the", "president",
    "vice", "minister", "foreign", "prime", "secretary", "deputy", "assistant", "chief",
    "general", "gen", "sen", "senator", "rep", "representative", "congressman",
    "congresswoman", "gov", "governor", "mayor", "ayatollah", "fed", "chair", "chairman",
    "chairwoman", "attorney", "judge", "justice", "ambassador", "commissioner", "spokesman",
    "spokeswoman", "spokesperson", "professor", "prof", "councillor", "councilor",
    "councilman", "councilwoman", "premier", "chancellor"})


@dataclass(frozen=True)
class EvalReport:
    metrics: dict
    errors: list[tuple[str, str, str, str]] = field(default_factory=list)


def norm_name(s: str | None) -> list[str]:
    s = unicodedata.normalize("NFKC", s or "").replace("’", "'").lower()
    s = re.sub(r"[^\w\s'-]", " ", s)
    return [t for t in s.replace("'s ", " ").split() if t]


def speaker_ok(pred: str | None, gold_q: dict) -> bool:
    if not pred:
        return False
    p = norm_name(pred)
    if not p:
        return False
    pset = set(p)
    for alias in list(gold_q.get("speaker_aliases") or []) + [gold_q["speaker"]]:
        a = norm_name(alias)
        if a == p:
            return True
        content = [t for t in a if t not in SCORER_TITLES and len(t) > 1]  # titles and initials aside
        if content and set(content) <= pset:
            return True
    return False


def date_ok(pred, gold: str) -> bool:
    if not pred:
        return False
    pred = str(pred)
    if gold.startswith("XXXX"):
        return pred[4:10] == gold[4:10]
    return pred.startswith(gold)


def doc_key(s) -> str:
    return pathlib.Path(str(s)).stem


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def score(gold_docs: list[dict], preds: list[dict]) -> tuple[dict, list[tuple[str, str, str, str]]]:
    """The reference scorer's computation, metric for metric."""
    by_doc = collections.defaultdict(list)
    for p in preds:
        by_doc[doc_key(p.get("doc", ""))].append(p)
    tot: collections.Counter = collections.Counter()
    kinds: collections.Counter = collections.Counter()
    kinds_found: collections.Counter = collections.Counter()
    errors: list[tuple[str, str, str, str]] = []
    for d in gold_docs:
        key = doc_key(d.get("file") or d["doc_id"])
        golds = d["quotes"]
        matched = collections.defaultdict(list)
        misattributed = []  # (gold index, prediction) with a wrong speaker
        chosen: dict[int, dict] = {}  # the prediction each found gold quote is judged by
        for p in by_doc.get(key, []):
            s, e = int(p["start"]), int(p["end"])
            if e <= s:
                continue
            best, best_ov, best_fit = None, 0, 0
            for i, g in enumerate(golds):
                ov = _overlap(s, e, g["start"], g["end"])
                fit = abs(s - g["start"]) + abs(e - g["end"])  # equal overlaps: the closer extent wins
                if ov > best_ov or (ov and ov == best_ov and fit < best_fit):
                    best, best_ov, best_fit = i, ov, fit
            if best is not None and best_ov * 2 >= (e - s):
                matched[best].append(p)
                if golds[best]["optional"]:
                    tot["neutral"] += 1
                else:
                    tot["tp_pred"] += 1
                    if golds[best]["speaker"]:
                        tot["attr_pred"] += 1
                        if speaker_ok(p.get("speaker"), golds[best]):
                            tot["tp_pred_attr"] += 1
                        else:
                            misattributed.append((best, p))
            else:
                tot["fp"] += 1
                errors.append(("FP", key, p.get("text") or "", p.get("speaker")))
        for i, g in enumerate(golds):
            if g["optional"]:
                continue
            tot["gold"] += 1
            kinds[g["kind"]] += 1
            if g["speaker"]:
                tot["attr_gold_all"] += 1
            ps = matched.get(i, [])
            covered: set[int] = set()
            for p in ps:
                covered.update(range(max(g["start"], int(p["start"])), min(g["end"], int(p["end"]))))
            if len(covered) * 2 < g["end"] - g["start"]:
                errors.append(("MISS", key, g["text"], g["speaker"]))
                continue
            tot["found"] += 1
            kinds_found[g["kind"]] += 1
            best = max(ps, key=lambda p: _overlap(int(p["start"]), int(p["end"]), g["start"], g["end"]))
            chosen[i] = best
            if abs(int(best["start"]) - g["start"]) <= 1 and abs(int(best["end"]) - g["end"]) <= 1:
                tot["exact"] += 1
            if g["speaker"]:
                tot["attr_gold"] += 1
                tot["attr_found"] += 1
                if speaker_ok(best.get("speaker"), g):
                    tot["speaker_ok"] += 1
                else:
                    errors.append(("SPEAKER", key, g["text"], f"{best.get('speaker')!r} != {g['speaker']!r}"))
            if g.get("date"):
                tot["dated"] += 1
                if date_ok(best.get("date"), g["date"]):
                    tot["date_ok"] += 1
                else:
                    errors.append(("DATE", key, g["text"], f"{best.get('date')!r} != {g['date']!r}"))
        for i, p in misattributed:  # attribution precision: every matched prediction counts
            if chosen.get(i) is not p:
                errors.append(("ATTRIB", key, p.get("text") or "",
                               f"{p.get('speaker')!r} != {golds[i]['speaker']!r}"))

    def ratio(a, b):
        return round(a / b, 4) if b else 0.0

    npred = tot["tp_pred"] + tot["fp"]
    p = ratio(tot["tp_pred"], npred)
    r = ratio(tot["found"], tot["gold"])
    ap = ratio(tot["tp_pred_attr"], tot["attr_pred"] + tot["fp"])
    ar = ratio(tot["speaker_ok"], tot["attr_gold_all"])
    res = {
        "gold_quotes": tot["gold"], "predictions": npred + tot["neutral"],
        "quote_precision": p, "quote_recall": r,
        "quote_f1": ratio(2 * p * r, p + r),
        "exact_boundaries": ratio(tot["exact"], tot["found"]),
        "speaker_accuracy": ratio(tot["speaker_ok"], tot["attr_found"]),
        "attribution_f1": ratio(2 * ap * ar, ap + ar),
        "date_accuracy": ratio(tot["date_ok"], tot["dated"]) if tot["dated"] else None,  # no dated gold
        "recall_by_kind": {k: ratio(kinds_found[k], kinds[k]) for k in sorted(kinds)},
    }
    return res, errors


def load_gold(gold: pathlib.Path) -> list[dict]:
    try:
        lines = pathlib.Path(gold).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{gold}: cannot read gold file ({exc.__class__.__name__}: {exc})") from exc
    docs = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            d["quotes"]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{gold}:{n}: not a gold document ({exc.__class__.__name__})") from exc
        docs.append(d)
    return docs


def predict(docs: list[dict], texts: pathlib.Path) -> list[dict]:
    """Run the extractor over the gold documents' texts; one dict per quote. A
    document's "published" goes in as its metadata, as a JSONL record's does at ingest."""
    from .extraction import extract

    texts = pathlib.Path(texts)
    if not texts.is_dir():
        raise InputError(f"{texts}: not a directory of texts")
    preds: list[dict] = []
    for d in docs:
        name = d.get("file") or f"{d['doc_id']}.txt"
        path = texts / name
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"{path}: cannot read text ({exc.__class__.__name__}: {exc})") from exc
        ex = extract(text, published=d.get("published"))
        for q in ex.quotes:
            preds.append(scorer_record(name, q))
    return preds


def evaluate(gold: pathlib.Path, texts: pathlib.Path) -> EvalReport:
    docs = load_gold(pathlib.Path(gold))
    preds = predict(docs, pathlib.Path(texts))
    metrics, errors = score(docs, preds)
    return EvalReport(metrics=metrics, errors=errors)
