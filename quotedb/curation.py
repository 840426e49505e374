"""Speaker curation by hand: merge, split, rename, set-kind.

Each decision changes the rows at once and is recorded in ``speaker_decisions``; the
resolver (``speakerdb``) applies the recorded decisions to every later document, so an
ingest, ``ingest --force`` or re-extraction never undoes them. A decision that moves
quotes is followed by ``consolidate`` of the rows it changed, as an ingest would be: a
person who gained quotes may now be the one a bare surname means.
"""

from __future__ import annotations

from datetime import datetime, timezone

from .consolidation import consolidate
from .db import Database, in_list
from .errors import QueryError
from .identity import display_rank, name_key, person_forms, person_words, strip_titles
from .models import SPEAKER_KINDS
from .speakerdb import (SpeakerBatch, add_aliases, claim_key, fold_into, forget, one_speaker,
                        rename_row)


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _record(db: Database, action: str, subject: str, value: str) -> None:
    db.execute("INSERT INTO speaker_decisions (action, subject, value, decided_at)"
               " VALUES (:a, :s, :v, :t)", {"a": action, "s": subject, "v": value, "t": _now()})
    forget(db)  # the resolver holds the decisions it read


def merge_speakers(db: Database, into: str, other: str) -> dict:
    """Fold speaker ``other`` into ``into`` (quotes, aliases, its name as an alias) and
    record it, so later ingests and re-extractions send ``other``'s name there too."""
    forget(db)
    with db.transaction():
        a, b = one_speaker(db, into), one_speaker(db, other)
        if a["id"] == b["id"]:
            raise QueryError(f"{into!r} and {other!r} are the same speaker ({a['name']})")
        keys = {b["name_key"]} | {r["k"] for r in db.rows(
            "SELECT alias_key AS k FROM speaker_aliases WHERE speaker_id = :b", {"b": b["id"]})}
        moved = fold_into(db, a["id"], b["id"])
        for key in sorted(keys - {a["name_key"]}):
            _record(db, "merge", key, a["name_key"])
        db.execute("UPDATE speakers SET ambiguous = 0 WHERE id = :a", {"a": a["id"]})
        consolidate(db, SpeakerBatch(touched={a["id"]}))
    return {"speaker": a["name"], "id": a["id"], "merged": b["name"], "merged_id": b["id"],
            "quotes_moved": moved}


def rename_speaker(db: Database, who: str, new_name: str) -> dict:
    """Give a speaker another shown name; the old one stays an alias."""
    if not name_key(new_name):
        raise QueryError("the new name is empty")
    forget(db)
    with db.transaction():
        s = one_speaker(db, who)
        if not rename_row(db, s["id"], new_name):
            raise QueryError(f"another speaker is already called {new_name!r}: merge them instead")
        add_aliases(db, s["id"], [s["name"]])
        _record(db, "rename", s["name_key"], new_name.strip())
    return {"id": s["id"], "old": s["name"], "name": new_name.strip()}


def set_speaker_kind(db: Database, who: str, kind: str) -> dict:
    if kind not in SPEAKER_KINDS:
        raise QueryError(f"kind {kind!r}: choose one of {', '.join(SPEAKER_KINDS)}")
    forget(db)
    with db.transaction():
        s = one_speaker(db, who)
        db.execute("UPDATE speakers SET kind = :k WHERE id = :id", {"k": kind, "id": s["id"]})
        _record(db, "kind", s["name_key"], kind)
        consolidate(db, SpeakerBatch(touched={s["id"]}))
    return {"id": s["id"], "name": s["name"], "kind": kind, "was": s["kind"]}


def split_speaker(db: Database, who: str, forms: list[str]) -> dict:
    """Undo a merge: the quotes that named the speaker by one of ``forms`` (or by a full
    name that has it as surname or first name), and those aliases, move to a new speaker
    called by the fullest such name; recorded, so later ingests keep it apart. The
    speaker's own surname or first name splits off only the quotes that gave that word
    alone (a bare "Lindqvist" the database gave to Marta Lindqvist)."""
    keys = {k for k in (claim_key(f) for f in forms) if k}
    if not keys:
        raise QueryError("name at least one alias to split off")
    forget(db)
    with db.transaction():
        s = one_speaker(db, who)
        if s["name_key"] in keys:
            raise QueryError(f"{forms[0]!r} is {s['name']}'s own name: split off another alias "
                             "or rename the speaker first")
        moving, claims = [], set()
        words = keys - {name_key(w) for w in person_words(s["name"])}
        for r in db.rows("SELECT id, speaker_claim FROM quotes WHERE speaker_id = :s", {"s": s["id"]}):
            claim = strip_titles(r["speaker_claim"] or "")
            if claim_key(claim) in keys or words & {name_key(w) for w in person_words(claim)}:
                moving.append(r["id"])
                claims.add(claim)
        subjects = keys | {name_key(f) for c in claims for f in person_forms(c)}
        subjects.discard(s["name_key"])
        aliases = [r for r in db.rows(
            "SELECT id, alias, alias_key FROM speaker_aliases WHERE speaker_id = :s",
            {"s": s["id"]}) if r["alias_key"] in subjects]
        if not moving and not aliases:
            raise QueryError(f"{s['name']} has no quotes or aliases named {', '.join(forms)}")
        name = min(claims, key=display_rank) if claims else strip_titles(forms[0]).strip()
        if db.scalar("SELECT id FROM speakers WHERE name_key = :k", {"k": name_key(name)}):
            raise QueryError(f"a speaker called {name!r} exists already: merge into it instead")
        new = db.scalar("INSERT INTO speakers (name, name_key, kind, ambiguous)"
                        " VALUES (:n, :k, :kind, 0) RETURNING id",
                        {"n": name, "k": name_key(name), "kind": s["kind"]})
        if moving:
            marks, bound = in_list("q", moving)
            db.execute(f"UPDATE quotes SET speaker_id = :n WHERE id IN ({marks})", {"n": new, **bound})
        for a in aliases:
            db.execute("DELETE FROM speaker_aliases WHERE id = :id", {"id": a["id"]})
        add_aliases(db, new, [name, *(a["alias"] for a in aliases), *claims])
        for key in sorted(subjects):
            _record(db, "split", key, s["name_key"])
        consolidate(db, SpeakerBatch(touched={s["id"], new}))
    return {"id": new, "name": name, "from": s["name"], "from_id": s["id"],
            "quotes_moved": len(moving), "aliases_moved": len(aliases)}
