"""Speakers re-decided once a batch of documents is stored: the rules that need the
whole database.

What a bare surname or first name means, and whether a name without middle initials is
still one person's, depend on every person the database knows. They are decided here,
once per batch (an ``ingest`` run, a ``load`` batch, a document stored on its own), from
the database as it then is, for the names of the rows the batch touched:

- a bare word ("Lindqvist", "Marta") goes to the one full-name person known by it, or
  to the one whose quotes are ``identity.DOMINANT_SHARE`` of the quotes naming those
  people in full; else its quotes stay on a row of their own marked ``ambiguous``. A
  person gaining or losing quotes can start or end a word's dominance: its quotes move
  either way, so the answer is a function of the stored quotes, not of their order;
- a name without middle initials that two people with initials now share goes back to
  an ambiguous row;
- each touched row is shown by the name its quotes give most often, and the hand renames
  and kinds are applied again (once per batch, not per document).

Hand decisions win: a word merged or split by hand is never re-decided.
"""

from __future__ import annotations

from .db import Database, in_list, rows_in
from .identity import display_rank, dominant, junk_reason, name_key, parse_person, strip_titles
from .speakerdb import (SpeakerBatch, SpeakerResolver, apply_decisions, claim_key,
                        fold_into, is_person, rename_row)


class _Consolidator(SpeakerResolver):
    """The resolver's row helpers, used on the rows a batch touched."""

    def _regroup_loose(self, loose: str) -> None:
        """A second person with middle initials shares ``loose``: the quotes that gave
        only the first name and surname go back to an ambiguous row."""
        if loose in self.decisions.merged or loose in self.decisions.split:
            return
        people = self._candidates(loose)
        if len(people) > 1 and len(people) - len(self.batch.created.intersection(people)) <= 1:
            self.batch.touched.update(people)
            self._unfold(loose, people)

    def _unfold(self, key: str, people: list[int]) -> None:
        moving: list[int] = []
        claim = None
        marks, bound = in_list("p", people)
        for r in self.db.rows("SELECT id, speaker_claim FROM quotes"
                              f" WHERE speaker_id IN ({marks}) ORDER BY id", bound):
            if claim_key(r["speaker_claim"]) == key:
                moving.append(r["id"])
                claim = claim or strip_titles(r["speaker_claim"])
        for sid in people:
            named = self._row(sid)
            if named["name_key"] == key:
                shown = _shown_name(named, claims_of(self.db, [sid]).get(sid, {}), exclude=key)
                rename_row(self.db, sid, shown or named["name"])
        if not moving:
            self.db.execute("UPDATE speakers SET ambiguous = 1 WHERE name_key = :k AND kind = 'person'",
                            {"k": key})
            return
        target = self._ambiguous_row(claim or key, key)
        marks, bound = in_list("q", moving)
        self.db.execute(f"UPDATE quotes SET speaker_id = :t WHERE id IN ({marks})",
                        {"t": target, **bound})

    def _settle_words(self, words: list[str]) -> None:
        """Each bare word's quotes onto the one person or the dominant one it means, else
        onto an ambiguous row of its own."""
        known = self._known_by_all(words)
        holders = sorted({r["id"] for word, rows in known.items() for r in rows
                          if is_person(r) or r["name_key"] == word})
        claims = claims_of(self.db, holders)
        weight = {sid: _named_in_full(by_claim) for sid, by_claim in claims.items()}
        for word in words:
            rows = known[word]
            people = [r["id"] for r in rows if is_person(r) and r["name_key"] != word]
            if not people:
                continue
            target = dominant({p: weight.get(p, 0) for p in people})
            own = next((r for r in rows if r["name_key"] == word), None)
            said = [c for sid in (*people, *([own["id"]] if own else ())) for c in claims.get(sid, {})
                    if claim_key(c) == word]
            # the word's own row; a group's too when some quote gives the word as a name
            # ("Trump's" campaign as a speaker), not only as a noun ("executives")
            as_name = any(junk_reason(strip_titles(c)) is None for c in said)
            bare = own["id"] if own is not None and (
                own["kind"] == "person" or own["kind"] == "group" and as_name) else None
            stray = {p: [c for c in claims.get(p, {}) if claim_key(c) == word]
                     for p in people if p != target}
            stray = {p: cs for p, cs in stray.items() if cs}
            if target is not None:
                if bare is not None:
                    fold_into(self.db, target, bare)
            elif bare is None and (not stray or own is not None):
                continue  # nothing to move, or the word names a row no person word can use
            else:
                if bare is None:
                    bare = self._create(min(strip_titles(c) for cs in stray.values() for c in cs),
                                        word, "person", ambiguous=True)
                else:
                    self.db.execute("UPDATE speakers SET ambiguous = 1, kind = 'person'"
                                    " WHERE id = :id", {"id": bare})
                self.batch.renaming.add(bare)  # shown by the form its quotes give most
            for sid, cs in stray.items():
                marks, bound = in_list("c", cs)
                self.db.execute(f"UPDATE quotes SET speaker_id = :t WHERE speaker_id = :s"
                                f" AND speaker_claim IN ({marks})",
                                {"t": target or bare, "s": sid, **bound})


def consolidate(db: Database, batch: SpeakerBatch) -> None:
    """Re-decide, once a batch of documents is stored, what needs the whole database: the
    names without middle initials two people with initials now share, the bare words of
    every row the batch touched (unique or dominant person, else ambiguous), the shown
    names, and the hand renames and kinds. Words decided by hand are left as they are."""
    if not batch:
        return
    r = _Consolidator(db, batch)
    r.read_rows(batch.created)
    for sid in sorted(batch.created):
        row = r._row(sid)
        person = parse_person(row["name"]) if row is not None else None
        if person is not None and person.initials:
            r._regroup_loose(person.loose_key)
    r.rows.clear()
    words = one_word_aliases(db, sorted(batch.touched)) | batch.words
    words -= r.decisions.merged.keys() | r.decisions.split
    if words:
        r._settle_words(sorted(words))
    r.rows.clear()  # the folds and moves above changed rows
    claims = claims_of(db, sorted(batch.renaming))
    r.read_rows(batch.renaming)
    for sid in sorted(batch.renaming):
        row = r._row(sid)
        best = _shown_name(row, claims.get(sid, {})) if row is not None else None
        if best is not None and best != row["name"]:
            rename_row(db, sid, best)
    if r.decisions.renamed or r.decisions.kinds:
        apply_decisions(db, r.decisions)
    for part in (batch.touched, batch.created, batch.words, batch.renaming):
        part.clear()


def one_word_aliases(db: Database, ids: list[int]) -> set[str]:
    """The one-word names (surnames, first names) rows are known by."""
    return {r["k"] for r in rows_in(
        db, "SELECT DISTINCT alias_key AS k FROM speaker_aliases WHERE speaker_id {in}"
            " AND alias_key NOT LIKE '% %'", ids)}


def _named_in_full(by_claim: dict[str, int]) -> int:
    """A person's weight for the dominance rule: the quotes that named them in full (the
    bare words the rule itself gives them would make it feed on its own answer)."""
    return sum(n for claim, n in by_claim.items() if parse_person(claim) is not None)


def dominant_speaker(db: Database, ids: list[int]) -> int | None:
    """Which of the rows a bare word is known by it means, by ``consolidate``'s rule:
    the one person among them, or the dominant one."""
    marks, bound = in_list("i", ids)
    people = [r["id"] for r in db.rows("SELECT id, name, kind, ambiguous FROM speakers"
                                       f" WHERE id IN ({marks})", bound) if is_person(r)]
    if not people:
        return None
    claims = claims_of(db, people)
    return dominant({p: _named_in_full(claims.get(p, {})) for p in people})


def claims_of(db: Database, ids: list[int]) -> dict[int, dict[str, int]]:
    """For each row, the names its quotes gave (as written) and how many gave each."""
    out: dict[int, dict[str, int]] = {}
    for r in rows_in(db, "SELECT speaker_id AS s, speaker_claim AS c, COUNT(*) AS n FROM quotes"
                         " WHERE speaker_id {in} AND speaker_claim IS NOT NULL"
                         " GROUP BY speaker_id, speaker_claim", ids):
        out.setdefault(r["s"], {})[r["c"]] = r["n"]
    return out


def _shown_name(row: dict, by_claim: dict[str, int], exclude: str = "") -> str | None:
    """The row's shown name: the name its quotes give most often (``by_claim``; titles
    dropped from people's), written the way they write it most often; ties to the
    fullest, then the most accented form. A function of the quotes alone, so the same in
    any ingest order, and a stray headline form never wins."""
    person = row["kind"] == "person"
    full = parse_person(row["name"]) is not None
    by_key: dict[str, dict[str, int]] = {}
    for claim, n in by_claim.items():
        name = strip_titles(claim) if person else claim.strip()
        key = name_key(name)
        if not key or key == exclude or junk_reason(name, row["kind"]) is not None:
            continue
        if person and (parse_person(name) is not None) != full:
            continue  # a full-name row is shown by a full name, a bare row by its word
        forms = by_key.setdefault(key, {})
        forms[name] = forms.get(name, 0) + n
    if not by_key:
        return None
    best = {k: min(f, key=lambda n: (-f[n], display_rank(n))) for k, f in by_key.items()}
    key = min(by_key, key=lambda k: (-sum(by_key[k].values()), display_rank(best[k])))
    return best[key]
