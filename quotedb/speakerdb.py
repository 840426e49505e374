"""Speaker identity in the database: one row per person, whatever order articles came in.

Each quote keeps the name its article gave (``quotes.speaker_claim``); the row it hangs on
follows from the names the database holds, by the rules in ``identity``:

- a full name joins the row with the same first name, surname and suffix whose middle
  initials agree ("Donald J. Trump" -> "Donald Trump"; "George W." and "George H.W. Bush"
  stay two); with several such rows, a name without middle initials is ambiguous;
- a bare surname or first name joins the one person known by it, else a row of its own,
  marked ``ambiguous`` when several people share it;
- once a batch of documents is stored, ``consolidation.consolidate`` re-decides what
  needs the whole database (a bare word's dominant person, a second person with
  initials), so the result is the same whichever order the articles arrive in.

Hand decisions (``speakers merge/rename/set-kind/split``, made in ``curation``) live in
``speaker_decisions`` and are applied by the same resolver, so re-extraction never
undoes them.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

from .db import Database, in_list, rows_in
from .errors import QueryError
from .identity import (KIND_PRECEDENCE, classify, junk_reason, name_key, parse_person,
                       person_forms, strip_titles)
from .models import SPEAKER_KINDS, Quote
from .speakermirror import _MIRRORS, _insert_aliases, _read_keys, _update, created, flush, named


@dataclass
class Decisions:
    """Hand decisions by subject name key."""

    merged: dict[str, str] = field(default_factory=dict)  # merged-away key -> target key
    split: set[str] = field(default_factory=set)  # keys kept on a row of their own
    renamed: list[tuple[str, str]] = field(default_factory=list)  # key -> name
    kinds: list[tuple[str, str]] = field(default_factory=list)  # key -> kind

    @classmethod
    def load(cls, db: Database) -> "Decisions":
        d = cls()
        for r in db.rows("SELECT action, subject, value FROM speaker_decisions ORDER BY id"):
            if r["action"] == "merge":
                d.merged[r["subject"]] = r["value"]
                d.split.discard(r["subject"])
            elif r["action"] == "split":
                d.split.add(r["subject"])
                d.merged.pop(r["subject"], None)
            elif r["action"] == "rename":
                d.renamed.append((r["subject"], r["value"]))
            elif r["action"] == "kind":
                d.kinds.append((r["subject"], r["value"]))
        return d


@dataclass
class SpeakerBatch:
    """What a batch of documents did to speakers, for ``consolidate`` to re-decide once
    the batch is stored: the rows its quotes went to (or left, on re-extraction), the
    full-name people it created, the bare words its quotes gave, the rows it gave
    another form of their name."""

    touched: set[int] = field(default_factory=set)
    created: set[int] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    renaming: set[int] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.touched or self.created or self.words or self.renaming)


def claim_key(claim: str | None) -> str:
    """Key of a quote's claimed name as the resolver compares it (titles stripped)."""
    return name_key(strip_titles(claim)) if claim else ""


def resolution_key(speaker: str | None, speaker_kind: str | None, mention: str | None,
                   aliases: tuple[str, ...]) -> tuple:
    """All that ``SpeakerResolver.resolve`` reads of a quote (the mention only when it
    is an account's): within one document, quotes with equal keys resolve to the same
    row, and all but the first write nothing more."""
    account = mention is not None and mention.strip().startswith("@")
    return speaker, speaker_kind, aliases, mention if account else None


class SpeakerResolver:
    """Finds or creates the speakers row for each quote of one document, inside its
    transaction, and notes in ``batch`` what ``consolidate`` must re-decide after the
    batch. The bulk loader uses it the same way: ``resolve`` per quote, insert, and
    ``consolidate`` once per batch."""

    def __init__(self, db: Database, batch: SpeakerBatch | None = None):
        self.db = db
        self.cache: dict[tuple[str, str], int | None] = {}
        # across this database's documents: names found as a row's own name (checked
        # again on use, so a renamed or folded row is found anew), the alias keys each
        # row is known to carry, and the hand decisions, read once (all forgotten when a
        # document fails or a decision changes: ``forget``)
        self.named, self.written, held = _SHARED.setdefault(db, ({}, {}, []))
        if len(self.named) > _SHARED_MAX or len(self.written) > _SHARED_MAX:
            self.named.clear()  # both are re-checked or re-written harmlessly when missing
            self.written.clear()
        if not held:
            held.append(Decisions.load(db) if _has_decisions(db) else Decisions())
        self.decisions = held[0]
        self.aliased: set = set()
        self.batch = batch if batch is not None else SpeakerBatch()
        self.rows: dict[int, dict] = {}  # speakers rows read by this resolver

    # --- per quote -----------------------------------------------------------------

    def venue(self, q: Quote) -> str | None:
        """A platform given as speaker ("Twitter") is where it was said."""
        if q.venue or not q.speaker:
            return q.venue
        return q.speaker.strip() if classify(q.speaker, q.speaker_kind) == "platform" else None

    def resolve(self, q: Quote) -> int | None:
        if not q.speaker or not q.speaker.strip():
            return None
        kind = classify(q.speaker, q.speaker_kind)
        if kind == "junk" and _is_account(q):
            kind = "person" if q.speaker_kind not in SPEAKER_KINDS else q.speaker_kind
        if kind in ("junk", "platform"):
            return None
        clean = strip_titles(q.speaker) if kind == "person" else q.speaker.strip()
        key = name_key(clean)
        if not key:
            return None
        ck = (key, kind)
        if ck not in self.cache:
            self.cache[ck] = self._named(ck) or self._find(clean, key, kind, q)
        sid = self.cache[ck]
        if sid is not None:
            self._note(sid, clean, kind, q)
            self.batch.touched.add(sid)
            if kind == "person" and parse_person(clean) is None:
                self.batch.words.add(key)
        return sid

    def _named(self, ck: tuple[str, str]) -> int | None:
        """The row an earlier document found under this name, if it still has that name."""
        sid = self.named.get(ck)
        if sid is None or ck[0] in self.decisions.merged:
            return None
        row = self._row(sid)
        if row is not None and row["name_key"] == ck[0]:
            return sid
        del self.named[ck]
        return None

    def _find(self, clean: str, key: str, kind: str, q: Quote) -> int | None:
        target = self.decisions.merged.get(key)
        if target is not None:
            found = _row_by_key(self.db, target)
            if found is not None:
                return found
        if key in self.decisions.split:
            return _row_by_key(self.db, key) or self._create(clean, key, kind)
        if kind != "person":
            # by its own name only: joining another row through one of its aliases would
            # depend on which came first ("members" after or before "staff members")
            return named(self.db, key) or self._create(clean, key, kind)
        person = parse_person(clean)
        if person is None:
            return self._bare(clean, key)
        return self._person(clean, key, person, q)

    def _person(self, clean: str, key: str, person, q: Quote) -> int:
        known = self._known_by(key)
        named = [r for r in known if r["name_key"] == key]
        if named:
            return named[0]["id"]
        loose = person.loose_key
        compatible = [r["id"] for r in (known if loose == key else self._known_by(loose))
                      if is_person(r) and parse_person(r["name"]).loose_key == loose
                      and self._agrees(r["id"], person)]
        if len(compatible) == 1:
            return compatible[0]
        if len(compatible) > 1 and not person.initials:
            return self._ambiguous_row(clean, key)
        for alias in (clean, *q.speaker_aliases):  # "Javad Zarif" beside "Mohammad Javad Zarif"
            other = parse_person(alias)
            if other is None or other.last != person.last or other.suffix != person.suffix:
                continue
            akey = name_key(alias)
            ids = {r["id"] for r in (known if akey == key else self._known_by(akey))
                   if is_person(r) and (parse_person(r["name"]).last,
                                         parse_person(r["name"]).suffix) == (person.last, person.suffix)}
            if len(ids) == 1:
                return ids.pop()
        sid = self._create(clean, key, "person")
        self.batch.created.add(sid)
        return sid

    def _bare(self, clean: str, key: str) -> int:
        known = self._known_by(key)
        people = [r["id"] for r in known if is_person(r) and r["name_key"] != key]
        if len(people) == 1:
            return people[0]
        bare = [r["id"] for r in known if r["name_key"] == key]
        if not bare:
            return self._create(clean, key, "person", ambiguous=len(people) > 1)
        if len(people) > 1:
            self._mark_ambiguous(bare[0])
        return bare[0]

    def _note(self, sid: int, clean: str, kind: str, q: Quote) -> None:
        """Aliases from the quote; a form other than the row's name has the shown name
        recounted at ``consolidate``."""
        row = self._row(sid)
        key = name_key(clean)
        if row["name_key"] == key:
            self.named[(key, kind)] = sid
        if clean != row["name"]:
            self.batch.renaming.add(sid)
        if kind != row["kind"] and KIND_PRECEDENCE.index(kind) < KIND_PRECEDENCE.index(row["kind"]):
            _update(self.db, sid, kind=kind)
            row["kind"] = kind
        seen = (sid, clean, q.speaker_aliases)
        if seen in self.aliased:
            return
        self.aliased.add(seen)
        if kind != "person":
            self._add_aliases(sid, [clean, *q.speaker_aliases])
            return
        if parse_person(clean) is None or row["ambiguous"]:
            return
        doc_aliases = [a for a in q.speaker_aliases
                       if parse_person(a) is not None and junk_reason(a) is None]
        self._add_aliases(sid, [*person_forms(clean), *(strip_titles(a) for a in doc_aliases)])

    def _add_aliases(self, sid: int, forms: list[str]) -> None:
        """Write the aliases the row is not yet known to carry."""
        written = self.written.setdefault(sid, set())
        new = [f for f in forms if name_key(f) not in written]
        if new:
            add_aliases(self.db, sid, new)
            written.update(name_key(f) for f in new)

    # --- lookups -------------------------------------------------------------------

    def _known_by(self, key: str) -> list[dict]:
        """Rows named ``key`` or carrying it as an alias (every row carries its name)."""
        return self._known_by_all([key])[key]

    def _known_by_all(self, keys: list[str]) -> dict[str, list[dict]]:
        """``_known_by`` for several keys, a few hundred per query (none for the keys a
        held transaction's mirror has read already)."""
        mirror = _MIRRORS.get(self.db)
        missing = keys if mirror is None else [k for k in keys if k not in mirror.ids]
        out = _read_keys(self.db, missing)
        out.update((k, []) for k in keys if k not in out)
        if mirror is not None:
            for k in keys:
                if k in mirror.ids:
                    out[k] = mirror.known_by(k)
                else:
                    mirror.read(k, out[k])
        for rows in out.values():
            for r in rows:
                self.rows[r["id"]] = r
        return out

    def _row(self, sid: int) -> dict:
        row = self.rows.get(sid)
        if row is None:
            mirror = _MIRRORS.get(self.db)
            if mirror is not None and sid in mirror.rows:
                row = self.rows[sid] = mirror.rows[sid]
                return row
            row = self.rows[sid] = self.db.one(
                "SELECT id, name, name_key, kind, ambiguous FROM speakers WHERE id = :id", {"id": sid})
            if mirror is not None:
                mirror.rows[sid] = row
        return row

    def read_rows(self, ids) -> None:
        """The rows of ``ids`` read in a few queries, for the ``_row`` calls to come."""
        wanted = sorted({i for i in ids if i not in self.rows})
        for r in rows_in(self.db, "SELECT id, name, name_key, kind, ambiguous FROM speakers"
                                  " WHERE id {in}", wanted):
            self.rows[r["id"]] = r

    def _mark_ambiguous(self, sid: int) -> None:
        _update(self.db, sid, ambiguous=1)
        self.rows.pop(sid, None)

    def _candidates(self, loose: str) -> list[int]:
        """Person rows whose own name has this first name, surname and suffix."""
        return [r["id"] for r in self._known_by(loose)
                if is_person(r) and parse_person(r["name"]).loose_key == loose]

    def _agrees(self, sid: int, person) -> bool:
        """No full name the row holds gives middle initials other than ``person``'s."""
        if not person.initials:
            return True
        flush(self.db)
        for r in self.db.rows("SELECT alias FROM speaker_aliases WHERE speaker_id = :id",
                              {"id": sid}):
            other = parse_person(r["alias"])
            if other is not None and other.loose_key == person.loose_key and not other.compatible(person):
                return False
        return True

    def _create(self, name: str, key: str, kind: str, ambiguous: bool = False) -> int:
        mirror = _MIRRORS.get(self.db)
        if mirror is not None and mirror.next_id is not None:
            sid = mirror.next_id  # written at the next flush
            mirror.next_id += 1
            mirror.new.append(sid)
        else:
            sid = self.db.scalar(
                "INSERT INTO speakers (name, name_key, kind, ambiguous)"
                " VALUES (:name, :key, :kind, :amb) RETURNING id",
                {"name": name.strip(), "key": key, "amb": int(ambiguous),
                 "kind": kind if kind in SPEAKER_KINDS else "person"})
        self.rows[sid] = {"id": sid, "name": name.strip(), "name_key": key, "ambiguous": int(ambiguous),
                          "kind": kind if kind in SPEAKER_KINDS else "person"}
        created(self.db, self.rows[sid])
        self.written[sid] = set()  # a deleted row's id may come back
        if ambiguous or kind != "person" or parse_person(name) is None:
            self._add_aliases(sid, [name])  # full names get theirs from _note
        return sid

    def _ambiguous_row(self, clean: str, key: str) -> int:
        row = named(self.db, key)
        if row is None:
            return self._create(clean, key, "person", ambiguous=True)
        self._mark_ambiguous(row)
        return row


# Bounds the memory of a long run: a row found again is looked up, an alias written
# again is an INSERT ... ON CONFLICT DO NOTHING.
_SHARED_MAX = 20000
_SHARED: "weakref.WeakKeyDictionary[Database, tuple[dict, dict, list]]" = weakref.WeakKeyDictionary()


def forget(db: Database) -> None:
    """Start the resolver's memory of this database afresh: after a document's
    transaction failed (its rows are gone) and before hand decisions change rows."""
    _SHARED.pop(db, None)


def _is_account(q: Quote) -> bool:
    """An embedded post's account ("@gobadi"): named as the platform writes it."""
    mention = (q.speaker_mention or "").strip()
    return mention.startswith("@") and mention[1:] == q.speaker.strip() and " " not in mention


def is_person(row: dict) -> bool:
    """A row a name can resolve to: a full-name person not marked ambiguous."""
    return row["kind"] == "person" and not row["ambiguous"] and parse_person(row["name"]) is not None


def _has_decisions(db: Database) -> bool:
    return db.scalar("SELECT COUNT(*) FROM speaker_decisions") > 0


def _ids_for_key(db: Database, key: str) -> list[int]:
    flush(db)
    return sorted({r["id"] for r in db.rows(
        "SELECT speaker_id AS id FROM speaker_aliases WHERE alias_key = :k"
        " UNION SELECT id FROM speakers WHERE name_key = :k", {"k": key})})


def _unique_alias(db: Database, key: str) -> int | None:
    """The one row known by ``key``."""
    ids = _ids_for_key(db, key)
    return ids[0] if len(ids) == 1 else None


def _row_by_key(db: Database, key: str) -> int | None:
    flush(db)
    return db.scalar("SELECT id FROM speakers WHERE name_key = :k", {"k": key}) or _unique_alias(db, key)


def rename_row(db: Database, sid: int, name: str) -> bool:
    key = name_key(name)
    taken = db.scalar("SELECT id FROM speakers WHERE name_key = :k", {"k": key})
    if taken is not None and taken != sid:
        return False
    _update(db, sid, name=name.strip(), name_key=key)
    add_aliases(db, sid, [name])
    return True


def fold_into(db: Database, into: int, other: int) -> int:
    """Move every quote and alias of ``other`` to ``into`` and delete ``other``."""
    moved = db.execute("UPDATE quotes SET speaker_id = :a WHERE speaker_id = :b",
                       {"a": into, "b": other})
    forms = [r["alias"] for r in db.rows(
        "SELECT alias FROM speaker_aliases WHERE speaker_id = :b ORDER BY id", {"b": other})]
    name = db.scalar("SELECT name FROM speakers WHERE id = :b", {"b": other})
    db.execute("DELETE FROM speakers WHERE id = :b", {"b": other})
    if (mirror := _MIRRORS.get(db)) is not None:
        mirror.deleted(other)
    add_aliases(db, into, [name, *forms])
    return moved


def add_aliases(db: Database, speaker_id: int, forms) -> None:
    seen = set()
    rows = []
    for form in forms:
        key = name_key(form)
        if key and key not in seen:
            seen.add(key)
            rows.append((speaker_id, form.strip(), key))
    mirror = _MIRRORS.get(db)
    if mirror is not None and mirror.next_id is not None:
        mirror.new_aliases.extend(rows)
    else:
        _insert_aliases(db, rows)
    if mirror is not None:
        mirror.aliased(speaker_id, seen)


def apply_decisions(db: Database, decisions: Decisions | None = None) -> None:
    """Renames and kinds chosen by hand, onto whichever row now holds their subject."""
    d = decisions or Decisions.load(db)
    for subject, name in d.renamed:
        sid = _row_by_key(db, subject)
        if sid is not None:
            rename_row(db, sid, name)
    for subject, kind in d.kinds:
        sid = _row_by_key(db, subject)
        if sid is not None:
            _update(db, sid, kind=kind)


# --- lookup by a name a user typed ---------------------------------------------------

def find_speaker_ids(db: Database, name: str) -> list[int]:
    """Speakers a user-typed name refers to: an id, a canonical name, or an alias."""
    if name.strip().isdigit():
        found = db.scalar("SELECT id FROM speakers WHERE id = :id", {"id": int(name)})
        return [found] if found is not None else []
    for key in dict.fromkeys((name_key(name), claim_key(name))):
        exact = db.scalar("SELECT id FROM speakers WHERE name_key = :k", {"k": key})
        if exact is not None:
            return [exact]
        ids = sorted(r["speaker_id"] for r in db.rows(
            "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE alias_key = :k", {"k": key}))
        if ids:
            return ids
    return []


def one_speaker(db: Database, name: str) -> dict:
    ids = find_speaker_ids(db, name)
    if not ids:
        raise QueryError(f"no speaker matches {name!r}")
    if len(ids) > 1:
        marks, bound = in_list("i", ids)
        names = ", ".join(f"{r['name']} (id {r['id']})" for r in db.rows(
            f"SELECT id, name FROM speakers WHERE id IN ({marks}) ORDER BY id", bound))
        raise QueryError(f"{name!r} is ambiguous: {names}; use the full name or the id")
    return db.one("SELECT id, name, name_key, kind FROM speakers WHERE id = :id", {"id": ids[0]})
