"""Speaker identity quality of any quotedb database: three counts (issue 12).

1. junk speaker rows: names that run across a sentence end ("Mexico. Trump"), start
   with a lower-case word, hold a reporting verb ("Francois Hollande Says Donald Trump")
   or are too long to be a name; plus, apart, person rows that are a place, a platform
   or an outlet;
2. groups of person rows that are one person's variants: same first name, surname and
   suffix once titles are dropped, middle initials not contradicting each other
   ("Donald J. Trump" / "Donald Trump"; not "George W." / "George H.W. Bush");
3. quotes on a bare-surname row while one full-name person holds >= 80% of the quotes of
   the full-name people with that surname ("Obama" beside "Barack Obama").

The checks are written here on their own (simple rules, not the store's code), so the
store is measured, not asked about itself. Reads any revision's schema.

    python benchmarks/speaker_quality.py quotes.db [--show 20]
"""

from __future__ import annotations

import argparse
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from quotedb.identity import SUFFIXES, TITLES, is_outlet, is_place, is_platform  # noqa: E402

CUES = {"says", "said", "tells", "told", "adds", "added", "asks", "asked", "according",
        "writes", "wrote", "tweeted", "warned", "meanwhile", "however", "and", "but"}
ABBREV = {"st", "mt", "jr", "sr", "u.s", "u.n", "dr", "mr", "mrs", "ms", "sen", "rep", "gov",
          "gen", "lt", "col", "sens", "reps", "rev", "prof", "pres", "sgt", "capt", "adm"}
PARTICLES = {"de", "van", "von", "der", "da", "di", "du", "la", "le", "ten", "al", "el", "bin"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip(" .,")


def junk(name: str, kind: str = "person") -> str | None:
    words = name.split()
    for i, w in enumerate(words[:-1]):
        if w[-1:] in "!?" or (w.endswith(".") and len(w.rstrip(".")) > 1 and fold(w) not in ABBREV
                              and fold(w) not in TITLES and not re.fullmatch(r"(\w\.)+", w)):
            return "sentence end"
    if words and words[0][:1].islower() and fold(words[0]) not in PARTICLES and kind != "group":
        return "lower-case start"  # an unnamed group ("officials", "a spokesperson") is written so
    if kind == "person" and any(fold(w) in CUES for w in words):
        return "cue word"
    if len(words) > 6 and kind != "group":
        return "too long"  # an unnamed group's noun phrase may be long ("a spokesperson for the city")
    return None


def parts(name: str) -> tuple[str, str, str, str] | None:
    """(first, middle initials, surname, suffix) of a person's name, or None."""
    words = [w for w in name.replace(",", " ").split()]
    while len(words) > 1 and fold(words[0]) in TITLES:
        words = words[1:]
    suffix = ""
    if len(words) > 2 and fold(words[-1]) in SUFFIXES:
        suffix = fold(words.pop())
    if len(words) < 2:
        return None
    middles = words[1:-1]
    initials = "".join(c[0] for m in middles for c in m.split(".") if c)
    return fold(words[0]), fold(initials), fold(words[-1]), suffix


def measure(path: str, show: int = 10) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    cols = {r[1] for r in conn.execute("PRAGMA table_info(speakers)")}
    amb = "s.ambiguous" if "ambiguous" in cols else "0"
    rows = conn.execute(
        f"SELECT s.id, s.name, s.kind, {amb}, (SELECT COUNT(*) FROM quotes q"
        " WHERE q.speaker_id = s.id) FROM speakers s").fetchall()
    rows = [r for r in rows if r[4] > 0]  # rows no quote hangs on are not seen by users
    junk_rows = [(n, c, junk(n, k)) for _, n, k, a, c in rows if junk(n, k)]
    misfiled = [(n, c) for _, n, k, a, c in rows
                if k == "person" and (is_place(n) or is_platform(n) or is_outlet(n))]

    by_person: dict[tuple, list] = defaultdict(list)
    for _, n, k, a, c in rows:
        p = parts(n) if k == "person" and not a else None
        if p:
            by_person[(p[0], p[2], p[3])].append((p[1], n, c))
    groups = []
    for key, members in by_person.items():
        if len(members) < 2:
            continue
        initials = {m[0] for m in members if m[0]}
        if len(initials) <= 1:  # all agree, or only one middle given: one person
            groups.append(sorted((n, c) for _, n, c in members))

    full_by_surname: dict[str, list] = defaultdict(list)
    for _, n, k, a, c in rows:
        p = parts(n) if k == "person" else None
        if p:
            full_by_surname[p[2]].append((n, c))
    bare = []
    for _, n, k, a, c in rows:
        words = n.split()
        while len(words) > 1 and fold(words[0]) in TITLES:
            words = words[1:]
        if k != "person" or len(words) != 1:
            continue
        people = full_by_surname.get(fold(words[0]), [])
        total = sum(pc for _, pc in people)
        top = max(people, key=lambda p: p[1], default=None)
        if top and total and top[1] >= 0.8 * total:
            bare.append((n, c, top[0], top[1], bool(a)))
    conn.close()
    return {"junk_rows": junk_rows, "misfiled": misfiled, "variant_groups": groups,
            "bare_surname": bare, "speakers": len(rows)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db")
    ap.add_argument("--show", type=int, default=10, help="examples printed per count")
    args = ap.parse_args()
    m = measure(args.db, args.show)
    bare_quotes = sum(c for _, c, _, _, _ in m["bare_surname"])
    marked = sum(c for _, c, _, _, a in m["bare_surname"] if a)
    print(f"{args.db}: {m['speakers']} speakers with quotes")
    print(f"1. junk speaker rows:                    {len(m['junk_rows'])} (target <= 5)")
    for n, c, why in sorted(m["junk_rows"], key=lambda r: -r[1])[:args.show]:
        print(f"     {n!r} ({c} quotes, {why})")
    print(f"   person rows that are places, platforms or outlets: {len(m['misfiled'])}")
    for n, c in sorted(m["misfiled"], key=lambda r: -r[1])[:args.show]:
        print(f"     {n!r} ({c} quotes)")
    print(f"2. groups of one person's variant rows:  {len(m['variant_groups'])} (target <= 2)")
    for g in sorted(m["variant_groups"], key=lambda g: -sum(c for _, c in g))[:args.show]:
        print("     " + " | ".join(f"{n} ({c})" for n, c in g))
    print(f"3. quotes on bare-surname rows beside an 80% full-name person: {bare_quotes} "
          f"on {len(m['bare_surname'])} rows (target <= 10); {marked} of them on rows marked ambiguous")
    for n, c, top, tc, a in sorted(m["bare_surname"], key=lambda r: -r[1])[:args.show]:
        print(f"     {n} ({c}{', ambiguous' if a else ''}) beside {top} ({tc})")


if __name__ == "__main__":
    main()
