"""The speaker tables as a batch holding the write lock sees them: a mirror in memory.

While one transaction alone writes speakers (SQLite's write lock, a table lock on
PostgreSQL), ``speakerdb``'s lookups are answered from the rows and alias keys read so
far (``held``), the keys a batch can be looked up by are read in a few queries
(``prefetch``), and with ``defer`` the rows and aliases it creates are written together
(``flush``) with the ids the database would give them.
"""

from __future__ import annotations

import bisect
import weakref
from contextlib import contextmanager

from .db import Database, reserve_ids, rows_in
from .errors import DatabaseError
from .identity import classify, name_key, parse_person, strip_titles


class _Mirror:
    """The speakers rows and alias keys read so far in a held transaction, kept equal
    to the tables by every write of this module, so that the resolver's lookups need
    not go to the database (a load batch of 4,465 documents ran 9,906 of them, half a
    million rows). A changed row is replaced, never altered, so a row the resolver
    holds stays as it was read, as a query's would."""

    def __init__(self, next_id: int | None = None) -> None:
        self.ids: dict[str, list[int]] = {}  # alias key -> ids of the rows carrying it, ascending
        self.keys: dict[int, set[str]] = {}  # row id -> its alias keys in ``ids``
        self.rows: dict[int, dict | None] = {}  # row id -> row, None once deleted
        self.named: dict[str, int | None] = {}  # name key -> id of the row so named, or None
        self.name_of: dict[int, str] = {}  # row id -> its key in ``named``
        # writes held back (``held(defer=True)``): the id the next row gets, the rows
        # created and the aliases added since the last ``flush``, in order
        self.next_id = next_id
        self.new: list[int] = []
        self.new_aliases: list[tuple[int, str, str]] = []

    def read(self, key: str, rows: list[dict]) -> None:
        self.ids[key] = [r["id"] for r in rows]
        for r in rows:
            self.rows.setdefault(r["id"], r)
            self.keys.setdefault(r["id"], set()).add(key)

    def known_by(self, key: str) -> list[dict]:
        rows = self.rows
        return [rows[i] for i in self.ids[key]]

    def aliased(self, sid: int, keys) -> None:
        held = self.keys.setdefault(sid, set())
        for key in keys:
            ids = self.ids.get(key)
            if ids is not None and key not in held:
                bisect.insort(ids, sid)
                held.add(key)

    def deleted(self, sid: int) -> None:
        for key in self.keys.pop(sid, ()):
            self.ids[key].remove(sid)
        self.rows[sid] = None
        self.unnamed(sid)

    def name(self, key: str, sid: int | None) -> None:
        """Row ``sid`` (or none) is the one named ``key``; a row has one name."""
        if sid is not None:
            self.unnamed(sid)
            self.name_of[sid] = key
        self.named[key] = sid

    def unnamed(self, sid: int) -> None:
        key = self.name_of.pop(sid, None)
        if key is not None and self.named.get(key) == sid:
            self.named[key] = None


_MIRRORS: "weakref.WeakKeyDictionary[Database, _Mirror]" = weakref.WeakKeyDictionary()


@contextmanager
def held(db: Database, *, defer: bool = False):
    """For the length of one transaction that alone writes speakers (SQLite's write
    lock, a table lock on PostgreSQL): speaker lookups are answered from memory. With
    ``defer``, new rows get their ids here (the ones the database would give) and the
    rows and aliases are written together at ``flush`` (before any read that could
    see them, and on leaving): a round trip per new person fewer on PostgreSQL."""
    _MIRRORS[db] = _Mirror(reserve_ids(db, "speakers", 0).start if defer else None)
    try:
        yield
        flush(db)
    finally:
        _MIRRORS.pop(db, None)


def flush(db: Database) -> None:
    """Write the rows and aliases a deferring ``held`` holds back."""
    mirror = _MIRRORS.get(db)
    if mirror is None or not (mirror.new or mirror.new_aliases):
        return
    if mirror.new:
        taken = reserve_ids(db, "speakers", len(mirror.new))
        if list(taken) != mirror.new:
            raise DatabaseError("speakers were written by another writer during a held batch")
    rows = [r for r in (mirror.rows[sid] for sid in mirror.new) if r is not None]
    db.insert_rows("speakers", ["id", "name", "name_key", "kind", "ambiguous"],
                   [(r["id"], r["name"], r["name_key"], r["kind"], r["ambiguous"]) for r in rows])
    if db.dialect == "postgresql":
        _copy_aliases(db, mirror.new_aliases, set(mirror.new))
    else:
        _insert_aliases(db, mirror.new_aliases)
    mirror.new.clear()
    mirror.new_aliases.clear()


def _update(db: Database, sid: int, **fields) -> None:
    """``UPDATE speakers`` (or the row a deferring ``held`` has yet to write)."""
    mirror = _MIRRORS.get(db)
    if mirror is None or not mirror.new or sid < mirror.new[0]:  # ids from new[0] on are new
        sets = ", ".join(f"{k} = :{k}" for k in fields)
        db.execute(f"UPDATE speakers SET {sets} WHERE id = :id", {**fields, "id": sid})
    if mirror is None:
        return
    row = mirror.rows.get(sid)
    if row is not None:
        mirror.rows[sid] = {**row, **fields}
    if "name_key" in fields:
        mirror.name(fields["name_key"], sid)


def created(db: Database, row: dict) -> None:
    """A row ``speakerdb`` has just made (or holds back, deferring)."""
    mirror = _MIRRORS.get(db)
    if mirror is not None:
        mirror.rows[row["id"]] = row
        mirror.name(row["name_key"], row["id"])


def named(db: Database, key: str) -> int | None:
    """The id of the row named ``key`` (its ``name_key``), if any: from the held mirror
    when it has read the key, else from the database (after a deferring ``held``'s
    flush), remembered. Answered from memory, a load's lookups of organisations'
    names need not wait for the COPY it runs meanwhile (``bulkload``)."""
    mirror = _MIRRORS.get(db)
    if mirror is not None and key in mirror.named:
        return mirror.named[key]
    flush(db)
    sid = db.scalar("SELECT id FROM speakers WHERE name_key = :k", {"k": key})
    if mirror is not None:
        mirror.name(key, sid)
    return sid


def prefetch(db: Database, speakers) -> None:
    """Read into the held mirror, in a few queries, the rows known by every key the
    resolver could look up for ``speakers`` ((speaker, kind, aliases) of a batch's
    quotes): its name, its first name and surname, its aliases."""
    mirror = _MIRRORS.get(db)
    if mirror is None:
        return
    keys: set[str] = set()
    names: set[str] = set()  # what ``named`` is asked for the other kinds
    for speaker, kind, aliases in speakers:
        if not speaker or not speaker.strip():
            continue
        if classify(speaker, kind) != "person":
            names.add(name_key(speaker.strip()))
            continue
        clean = strip_titles(speaker)
        keys.add(name_key(clean))
        person = parse_person(clean)
        if person is not None:
            keys.add(person.loose_key)
            keys.update(name_key(a) for a in aliases)
    keys.discard("")
    found = _read_keys(db, sorted(k for k in keys if k not in mirror.ids))
    for k in keys:
        if k not in mirror.ids:
            mirror.read(k, found.get(k, []))
    names = sorted(k for k in names if k and k not in mirror.named)
    mirror.named.update(dict.fromkeys(names))
    for r in rows_in(db, "SELECT name_key AS k, id FROM speakers WHERE name_key {in}", names):
        mirror.name(r["k"], r["id"])


def _read_keys(db: Database, keys: list[str]) -> dict[str, list[dict]]:
    """The rows known by each key (named so, or carrying it as an alias), by id."""
    if keys:
        flush(db)
    out: dict[str, list[dict]] = {}
    for r in rows_in(db,  # every row carries its own name as an alias
                     "SELECT a.alias_key AS key, s.id AS id, s.name AS name, s.name_key AS name_key,"
                     " s.kind AS kind, s.ambiguous AS ambiguous FROM speaker_aliases AS a"
                     " JOIN speakers AS s ON s.id = a.speaker_id WHERE a.alias_key {in}"
                     " ORDER BY s.id", keys):
        out.setdefault(r.pop("key"), []).append(r)
    return out


def _copy_aliases(db: Database, rows: list[tuple[int, str, str]], new: set[int]) -> None:
    """``_insert_aliases`` on PostgreSQL for a writer holding the table's lock: the ids
    the sequence would give, taken at once, and the aliases of rows created since the
    last flush (none of them stored yet) written by COPY; a repeat is skipped, its id
    left unused as its ``nextval`` would have been."""
    fresh, others, seen = [], [], set()
    for i, (sid, alias, key) in zip(reserve_ids(db, "speaker_aliases", len(rows)), rows):
        if sid not in new:
            others.append((i, sid, alias, key))
        elif (sid, key) not in seen:
            seen.add((sid, key))
            fresh.append((i, sid, alias, key))
    db.insert_rows("speaker_aliases", ["id", "speaker_id", "alias", "alias_key"], fresh)
    if others:
        ids, sids, aliases, keys = zip(*others)
        db.execute(
            "INSERT INTO speaker_aliases (id, speaker_id, alias, alias_key) SELECT * FROM"
            " unnest(CAST(:i AS integer[]), CAST(:s AS integer[]), CAST(:a AS text[]), CAST(:k AS text[]))"
            " ON CONFLICT (speaker_id, alias_key) DO NOTHING",
            {"i": list(ids), "s": list(sids), "a": list(aliases), "k": list(keys)})


def _insert_aliases(db: Database, rows: list[tuple[int, str, str]]) -> None:
    """(speaker id, alias, key) rows in order, those already there left alone; on
    PostgreSQL in one statement."""
    if not rows:
        return
    if db.dialect == "postgresql":
        sids, aliases, keys = zip(*rows)
        db.execute(
            "INSERT INTO speaker_aliases (speaker_id, alias, alias_key)"
            " SELECT s, a, k FROM unnest(CAST(:s AS integer[]), CAST(:a AS text[]), CAST(:k AS text[]))"
            " WITH ORDINALITY AS t(s, a, k, n) ORDER BY n"
            " ON CONFLICT (speaker_id, alias_key) DO NOTHING",
            {"s": list(sids), "a": list(aliases), "k": list(keys)})
        return
    db.executemany(
        "INSERT INTO speaker_aliases (speaker_id, alias, alias_key) VALUES (:sid, :alias, :key)"
        " ON CONFLICT (speaker_id, alias_key) DO NOTHING",
        [{"sid": s, "alias": a, "key": k} for s, a, k in rows])
