"""Read queries behind the CLI: who-said, quotes, speakers, show, export, stats, sql.

All values travel as bound parameters; the user's search words are turned into FTS5
string literals (never spliced into SQL), so any text is a valid search.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Iterator

from .consolidation import dominant_speaker
from .db import Database, and_all, connect_read_only, in_list, sqlite_path
from .errors import DatabaseError, QueryError
from .fts import expand_prefixes, prefix_group
from .models import KINDS
from .speakerdb import claim_key, find_speaker_ids

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n|\r[ \t\f\v]*\r")
HIGHLIGHT = ("\x1b[1;33m", "\x1b[0m")

QUOTE_COLUMNS = """
    q.id AS id, s.name AS speaker, q.date_said AS date, {text} AS quote, q.kind AS kind,
    q.speaker_mention AS speaker_mention, q.role AS role, q.cue AS cue, q.venue AS venue,
    q.date_precision AS date_precision, q.date_source AS date_source,
    q.confidence AS confidence, d.title AS title, d.source AS document,
    q.document_id AS document_id, q.start_offset AS start, q.end_offset AS end,
    q.statement_id AS statement_id"""
JOINS = """
    JOIN documents AS d ON d.id = q.document_id
    LEFT JOIN speakers AS s ON s.id = q.speaker_id"""
TABLE_COLUMNS = ["speaker", "date", "quote", "title", "id"]
WHO_SAID_COLUMNS = ["speaker", "date", "sources", "quote", "title", "id"]
# every field of a quote row (QUOTE_COLUMNS), what --columns may pick
QUOTE_FIELDS = ["id", "speaker", "date", "quote", "kind", "speaker_mention", "role", "cue",
                "venue", "date_precision", "date_source", "confidence", "title", "document",
                "document_id", "start", "end", "statement_id"]
WHO_SAID_FIELDS = QUOTE_FIELDS + ["rank", "sources"]
SPEAKER_FIELDS = ["id", "name", "kind", "quotes", "aliases", "ambiguous"]
QUOTEBANK_FIELDS = ["quoteID", "quotation", "speaker", "qids", "date", "numOccurrences",
                    "probas", "urls"]
CANDIDATES = 100  # newest matching statements who-said ranks (at least 5 x --limit)
EXACT_RANK_MAX = 500  # up to this many matching statements, who-said ranks all with bm25()
EXACT_CHUNK = 40  # statements probed for an occurrence per step (at least 2 x --limit)
_BY_STATEMENT = "ix_quotes_statement_id_document_id_date_said"  # migration 0005
_BY_SPEAKER = "ix_quotes_speaker_id_date_said"  # migration 0001
_SPEAKER_WALK = 5000  # quotes of a --speaker counted to choose between the two walks
_MARK = ("\x01", "\x02")  # FTS5 highlight() marks of matched words, for counting
_WORD = re.compile(r"\w+")
_PREFIX_WORD = re.compile(r"\w+\*")


def fts_query(words: str) -> str:
    """User words -> an FTS5 query matching all of them: each whitespace-separated
    word becomes a quoted FTS5 string, so quotes, operators (NOT, OR, NEAR), colons
    and parentheses are just text.  Stemming still applies inside strings.  A word
    ending in ``*`` is a prefix (see quotedb.fts)."""
    terms = [prefix_group(w[:-1]) if _PREFIX_WORD.fullmatch(w) else '"' + w.replace('"', '""') + '"'
             for w in words.split() if any(ch.isalnum() for ch in w)]
    if not terms:
        raise QueryError(f"nothing to search for in {words!r}: give at least one word")
    return " ".join(terms)


def _check_date(value: str, option: str) -> str:
    import datetime as dt

    if not _DATE.fullmatch(value):
        raise QueryError(f"{option} {value!r}: use an ISO date: YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        dt.date(int(value[:4]), int(value[5:7] or 1), int(value[8:10] or 1))
    except ValueError as exc:
        raise QueryError(f"{option} {value!r}: no such date ({exc})") from None
    return value


def _filters(db: Database, speaker: str | None, since: str | None, until: str | None,
             kind: str | None) -> tuple[list[str], dict]:
    where, params = [], {}
    if speaker is not None:
        names, bound = in_list("speaker", resolve_speaker(db, speaker))
        where.append(f"q.speaker_id IN ({names})")
        params.update(bound)
    c = _collate(db)
    if since is not None:
        where.append(f"q.date_said{c} >= :since AND q.date_said{c} < :digits_end")
        params.update(since=_check_date(since, "--since"), digits_end=":")  # ':' follows '9'
    if until is not None:
        # '2020-01' must include '2020-01-31': compare against the prefix's upper bound
        where.append(f"q.date_said{c} < :until_end")
        params["until_end"] = _check_date(until, "--until") + "\uffff"
    if kind is not None:
        if kind not in KINDS:
            raise QueryError(f"--kind {kind!r}: choose one of {', '.join(KINDS)}")
        where.append("q.kind = :kind")
        params["kind"] = kind
    return where, params


def resolve_speaker(db: Database, name: str) -> list[int]:
    """The speaker ``--speaker NAME`` means: an id, a full name, an alias, or a surname
    (first name) only one person has or one person dominates as the database's bare
    mentions of it do. A name several people share, or that nobody has, is a
    QueryError naming the candidates (most quoted first) or the nearest names."""
    ids = find_speaker_ids(db, name)
    if len(ids) == 1:
        row = db.one("SELECT name_key, ambiguous FROM speakers WHERE id = :id", {"id": ids[0]})
        if not row["ambiguous"]:
            return ids
        people = [r["id"] for r in db.rows(
            "SELECT DISTINCT speaker_id AS id FROM speaker_aliases WHERE alias_key = :k"
            " AND speaker_id != :id", {"k": row["name_key"], "id": ids[0]})]
        if not people:
            return ids
        ids = people
    if len(ids) > 1 and " " not in claim_key(name):
        meant = dominant_speaker(db, ids)
        if meant is not None:
            return [meant]
    if len(ids) > 1:
        marks, bound = in_list("i", ids)
        counted = list(db.rows(
            "SELECT s.name AS name, (SELECT COUNT(*) FROM quotes AS q WHERE q.speaker_id = s.id)"
            f" AS n FROM speakers AS s WHERE s.id IN ({marks}) ORDER BY n DESC, s.name", bound))
        shown = [r for r in counted if r["n"]] or counted
        raise QueryError(f'speaker "{name}" is ambiguous: '
                         + ", ".join(f"{r['name']} ({r['n']})" for r in shown))
    raise QueryError(f'speaker "{name}" is unknown' + _nearest_speakers(db, name))


def _nearest_speakers(db: Database, name: str) -> str:
    import difflib

    from .identity import name_key

    known: dict[str, str] = {}
    for r in db.rows("SELECT a.alias_key AS k, s.name AS name FROM speaker_aliases AS a"
                     " JOIN speakers AS s ON s.id = a.speaker_id ORDER BY s.id"):
        known.setdefault(r["k"], r["name"])
    close = difflib.get_close_matches(name_key(name), list(known), n=5, cutoff=0.6)
    names = list(dict.fromkeys(known[k] for k in close))[:3]
    return f"; nearest: {', '.join(names)}" if names else " (see `quotedb speakers`)"


def who_said(db: Database, query: str, *, raw: bool = False, speaker: str | None = None,
             since: str | None = None, until: str | None = None, kind: str | None = None,
             limit: int = 20, highlight: bool = False) -> list[dict]:
    """Statements matching ``query`` by full-text search, best match first.

    The search runs over statements (``statements_fts``, one row per distinct
    quotation), so its cost follows the statements it matches, not their reprints.
    A search matching up to ``EXACT_RANK_MAX`` statements is ranked over all of them
    by FTS5's bm25(). A broader one (a very common word) ranks the newest
    ``CANDIDATES`` statements instead (older batches only while statements are
    missing): bm25() would first count every match of every word, so such a search
    would cost as much as a scan.  The filters apply to the occurrences: a statement
    comes when one of its quotes passes them, shown as the first such quote stored,
    with ``sources`` (how many documents report it) and ``date`` (the earliest date
    any of them gives)."""
    if db.dialect == "postgresql":
        return _who_said_postgres(db, query, raw=raw, speaker=speaker, since=since,
                                  until=until, kind=kind, limit=limit, highlight=highlight)
    if db.dialect != "sqlite":
        raise DatabaseError(f"full-text search is not available on {db.dialect}")
    if raw and not query.strip():
        raise QueryError("empty search")
    where, params = _filters(db, speaker, since, until, kind)
    limit = max(1, limit)
    params.update(match=match_expression(query, raw), mark_open=_MARK[0],
                  mark_close=_MARK[1], k=max(CANDIDATES, 5 * limit), cap=EXACT_RANK_MAX + 1)
    if speaker is not None:  # how many quotes a --speaker probe may walk at most (_first_passing)
        params["speaker_quotes"] = db.scalar(f"SELECT count(*) FROM (SELECT 1 FROM quotes AS q"
                                             f" WHERE {where[0]} LIMIT {_SPEAKER_WALK})", params)
    matches = fts_rows(db, query, "SELECT count(*) AS n FROM (SELECT rowid FROM statements_fts"
                        " WHERE statements_fts MATCH :match LIMIT :cap)", params)[0]["n"]
    chosen: list[dict] = []  # (statement, rank, the quote shown), best first
    if matches <= EXACT_RANK_MAX:
        ranked = fts_rows(db, query, "SELECT rowid AS statement_id, bm25(statements_fts) AS rank"
                           " FROM statements_fts WHERE statements_fts MATCH :match"
                           " ORDER BY rank, rowid", params)
        _pick(db, ranked, where, params, chosen, limit)
    else:
        passes = f" AND {_first_passing(where, 'statements_fts.rowid', params)} IS NOT NULL" if where else ""
        sql = ("SELECT rowid AS statement_id, highlight(statements_fts, 0, :mark_open, :mark_close)"
               " AS marked FROM statements_fts WHERE statements_fts MATCH :match"
               f" AND rowid < :floor {passes} ORDER BY rowid DESC LIMIT :k")
        params["floor"] = 1 << 62
        while len(chosen) < limit:  # filters leave too few: the next older batch
            page = fts_rows(db, query, sql, params)
            _pick(db, _rank(page), where, params, chosen, limit)
            if len(page) < params["k"]:
                break
            params["floor"] = min(c["statement_id"] for c in page)
    names, bound = in_list("i", [c["id"] for c in chosen])
    rows = {r["id"]: r for r in db.rows(
        f"SELECT {QUOTE_COLUMNS.format(text='q.text')} FROM quotes AS q {JOINS}"
        f" WHERE q.id IN ({names})", bound)} if chosen else {}
    marked = _highlights(db, query, params, [c["id"] for c in chosen]) if highlight else {}
    best = []
    for c in chosen:
        row = rows.get(c["id"])
        if row is not None:
            row["rank"] = c["rank"]
            if c["id"] in marked:
                row["quote"] = marked[c["id"]].replace(_MARK[0], HIGHLIGHT[0]).replace(_MARK[1], HIGHLIGHT[1])
            best.append(row)
    return _with_statement_counts(db, best)


def _pick(db: Database, ranked: list[dict], where: list[str], params: dict,
          chosen: list[dict], limit: int) -> None:
    """Walk ranked statements best first, a chunk at a time, and keep each one that
    has an occurrence passing the filters (its first stored one) until ``limit``:
    one index probe per statement (_first_passing), stopping at the first occurrence
    that passes, so without filters a statement's reprints are never read."""
    # without filters every statement has an occurrence: probe just enough of them
    step = max(2 * limit, EXACT_CHUNK) if where else limit
    i = 0
    while i < len(ranked):
        chunk = ranked[i:i + step]
        i += step
        step = max(2 * limit, EXACT_CHUNK)
        names, bound = in_list("c", [c["statement_id"] for c in chunk])
        ids = ", ".join(f"({n})" for n in names.split(", "))  # the ids alone: no statements row read
        shown = {r["statement_id"]: r["id"] for r in db.rows(
            f"SELECT st.column1 AS statement_id, {_first_passing(where, 'st.column1', params)} AS id"
            f" FROM (VALUES {ids}) AS st", {**params, **bound})}
        for c in chunk:
            if shown.get(c["statement_id"]) is not None:
                chosen.append({**c, "id": shown[c["statement_id"]]})
                if len(chosen) >= limit:
                    return


def _first_passing(where: list[str], statement: str, params: dict) -> str:
    """SQL for the id of the first stored occurrence of ``statement`` passing the
    filters.  Its occurrences are walked by the statement index until one passes; with
    ``--speaker``, a statement reprinted more often than the speaker has quotes
    (``:speaker_quotes``) walks the speaker's quotes instead, so the walk is bounded by
    the smaller of the two.  Indexes are named: without statistics SQLite may pick a
    date index and read a whole date range for each statement."""
    probe = ("(SELECT q.id FROM quotes AS q INDEXED BY {index} WHERE q.statement_id = {statement}"
             " {filters} ORDER BY q.document_id, q.id LIMIT 1)")
    by_statement = probe.format(index=_BY_STATEMENT, statement=statement, filters=and_all(where))
    if "speaker_quotes" not in params:
        return by_statement
    by_speaker = probe.format(index=_BY_SPEAKER, statement=statement, filters=and_all(where))
    return (f"CASE WHEN (SELECT sources FROM statements WHERE id = {statement}) > :speaker_quotes"
            f" THEN {by_speaker} ELSE {by_statement} END")


def _highlights(db: Database, query: str, params: dict, ids: list[int]) -> dict[int, str]:
    """The shown quotes with the matched words marked, from ``quotes_fts``."""
    if not ids:
        return {}
    names, bound = in_list("h", ids)
    return {r["id"]: r["marked"] for r in fts_rows(
        db, query, "SELECT rowid AS id, highlight(quotes_fts, 0, :mark_open, :mark_close) AS marked"
        f" FROM quotes_fts WHERE quotes_fts MATCH :match AND rowid IN ({names})", {**params, **bound})}


def match_expression(words: str, raw: bool) -> str:
    """The FTS5 MATCH text of a search: the words quoted and joined, or (``raw``) the
    user's own syntax with its prefixes widened."""
    return expand_prefixes(words) if raw else fts_query(words)


def fts_rows(db: Database, query: str, sql: str, params: dict) -> list[dict]:
    """Rows of a full-text query; FTS5's complaints about the query become a QueryError."""
    try:
        return list(db.rows(sql, params))
    except DatabaseError as exc:
        cause = exc.__cause__
        if isinstance(cause, sqlite3.OperationalError) and (
                "fts5" in str(cause) or "no such column" in str(cause)
                or "syntax error" in str(cause) or "unterminated" in str(cause)):
            raise QueryError(f"invalid full-text query {query!r}: {cause}") from None
        raise


def _rank(candidates: list[dict]) -> list[dict]:
    """Candidates best first, each with ``rank`` (lower is better, as FTS5's): BM25's
    term-frequency and length part (k1 1.2, b 0.75) over the words FTS5 matched;
    inverse document frequency is left out, it weighs every candidate alike for one
    word and needs a count over the whole index."""
    if not candidates:
        return []
    lengths = [len(_WORD.findall(c["marked"])) or 1 for c in candidates]
    avg = sum(lengths) / len(lengths)
    for c, dl in zip(candidates, lengths):
        tf = c["marked"].count(_MARK[0])
        c["rank"] = -round(tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * dl / avg)), 6)
    return sorted(candidates, key=lambda c: (c["rank"], c["statement_id"]))  # ties: first stored


def _who_said_postgres(db: Database, query: str, *, raw: bool, speaker: str | None,
                       since: str | None, until: str | None, kind: str | None, limit: int,
                       highlight: bool) -> list[dict]:
    """who-said on PostgreSQL: statements found by their generated tsvector
    ``statements.text_search`` (GIN index, 'english' stemming, 0007) and ranked by
    ts_rank_cd, each shown as its first stored occurrence passing the filters (one
    index probe per statement, as on SQLite).  Plain words are all required
    (plainto_tsquery); ``--raw`` takes web-search syntax (``OR``, ``-word``,
    ``"phrase"``), which never raises on odd input."""
    if raw and not query.strip():
        raise QueryError("empty search")
    if not raw:
        fts_query(query)  # the same "nothing to search for" check as on SQLite
    where, params = _filters(db, speaker, since, until, kind)
    tsquery = "websearch_to_tsquery('english', :words)" if raw else \
        "plainto_tsquery('english', :words)"
    text = "ts_headline('english', q.text, query, :hl_options)" if highlight else "q.text"
    params.update(words=query, limit=max(1, limit),
                  hl_options=f'HighlightAll=true, StartSel="{HIGHLIGHT[0]}", StopSel="{HIGHLIGHT[1]}"')
    sql = (f"SELECT {QUOTE_COLUMNS.format(text=text)}, m.rank AS rank"
           " FROM (SELECT st.id AS sid, -ts_rank_cd(st.text_search, query) AS rank, query"
           f"       FROM statements AS st CROSS JOIN {tsquery} AS query"
           "       WHERE st.text_search @@ query) AS m"
           " CROSS JOIN LATERAL (SELECT q.* FROM quotes AS q WHERE q.statement_id = m.sid"
           f"       {and_all(where)} ORDER BY q.document_id, q.id LIMIT 1) AS q {JOINS}"
           " ORDER BY m.rank, m.sid LIMIT :limit")
    return _with_statement_counts(db, list(db.rows(sql, params)))


def _collate(db: Database) -> str:
    """Dates are compared as text: byte order on PostgreSQL too, whatever the
    database's locale (':' sorts right after '9' there as in SQLite)."""
    return ' COLLATE "C"' if db.dialect == "postgresql" else ""


def _statement_counts(db: Database, ids: list[int]) -> dict[int, dict]:
    """Kept on the statement rows by the store (0006): constant time per statement."""
    if not ids:
        return {}
    names, bound = in_list("s", ids)
    return {r["statement_id"]: r for r in db.rows(
        f"SELECT id AS statement_id, sources, first_date FROM statements WHERE id IN ({names})", bound)}


def _with_statement_counts(db: Database, rows: list[dict]) -> list[dict]:
    """``sources`` and the earliest ``date`` over every occurrence of each row's statement."""
    counts = _statement_counts(db, [r["statement_id"] for r in rows if r["statement_id"]])
    moved = []
    for row in rows:
        c = counts.get(row["statement_id"])
        row["sources"] = c["sources"] if c else 1
        if c and c["first_date"] and c["first_date"] != row["date"]:
            row["date"] = c["first_date"]
            moved.append(row)
    if moved:  # the earliest date comes from another article: so does its date_source
        _date_sources(db, moved)
    return rows


def _date_sources(db: Database, rows: list[dict]) -> None:
    """``date_source`` (and precision) of the occurrence giving each row's ``date``:
    an explicit date wins over a publication date standing in on the same day."""
    for row in rows:
        found = db.one(
            "SELECT date_source, date_precision FROM quotes WHERE statement_id = :sid"
            " AND date_said = :date ORDER BY date_source = 'published', id LIMIT 1",
            {"sid": row["statement_id"], "date": row["date"]})
        if found:
            row["date_source"], row["date_precision"] = found["date_source"], found["date_precision"]


def list_quotes(db: Database, *, speaker: str | None = None, since: str | None = None,
                until: str | None = None, kind: str | None = None,
                limit: int | None = None) -> Iterator[dict]:
    """Quotes in date order (undated last), streamed."""
    where, params = _filters(db, speaker, since, until, kind)
    sql = (f"SELECT {QUOTE_COLUMNS.format(text='q.text')} FROM quotes AS q {JOINS}"
           f" {'WHERE ' + ' AND '.join(where) if where else ''}"
           f" ORDER BY q.date_said IS NULL, q.date_said, q.document_id, q.start_offset")
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = max(0, limit)
    return db.rows(sql, params)


def list_speakers(db: Database, *, limit: int | None = None) -> list[dict]:
    """Speakers with their quote counts (most quoted first) and aliases."""
    params: dict = {}
    sql = ("SELECT s.id AS id, s.name AS name, s.kind AS kind,"
           " (SELECT COUNT(*) FROM quotes AS q WHERE q.speaker_id = s.id) AS quotes,"
           " s.ambiguous AS ambiguous FROM speakers AS s ORDER BY quotes DESC, s.name")
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = max(0, limit)
    rows = list(db.rows(sql, params))
    by_id = {row["id"]: row for row in rows}
    for row in rows:
        ambiguous = bool(row.pop("ambiguous"))  # a name several people share
        row["aliases"] = []
        row["ambiguous"] = ambiguous
    for r in db.rows("SELECT a.speaker_id AS id, a.alias AS alias FROM speaker_aliases AS a"
                     " JOIN speakers AS s ON s.id = a.speaker_id"
                     " WHERE a.alias_key != s.name_key ORDER BY a.speaker_id, a.alias"):
        if r["id"] in by_id:
            by_id[r["id"]]["aliases"].append(r["alias"])
    return rows


def show_quote(db: Database, quote_id: int) -> dict:
    """One quote with its paragraph and where it came from."""
    row = db.one(
        f"SELECT {QUOTE_COLUMNS.format(text='q.text')}, q.paragraph_index AS paragraph_index,"
        " d.author AS author, d.published AS published, d.sha256 AS sha256,"
        " d.ingested_at AS ingested_at, d.extractor_version AS extractor_version,"
        " d.text AS _text"
        f" FROM quotes AS q {JOINS} WHERE q.id = :id", {"id": quote_id})
    if row is None:
        raise QueryError(f"no quote with id {quote_id}")
    text = row.pop("_text")
    row["context"] = paragraph_around(text, row["start"], row["end"])
    row["sources"] = statement_sources(db, row["statement_id"]) if row["statement_id"] else []
    return row


def statement_sources(db: Database, statement_id: int) -> list[dict]:
    """Every article reporting the statement: earliest first."""
    return list(db.rows(
        "SELECT q.id AS quote_id, s.name AS speaker, q.date_said AS date, d.title AS title,"
        " COALESCE(d.url, d.source) AS source FROM quotes AS q"
        " JOIN documents AS d ON d.id = q.document_id"
        " LEFT JOIN speakers AS s ON s.id = q.speaker_id"
        " WHERE q.statement_id = :sid"
        " ORDER BY q.date_said IS NULL, q.date_said, q.id", {"sid": statement_id}))


def quotebank(db: Database, *, speaker: str | None = None, since: str | None = None,
              until: str | None = None, kind: str | None = None) -> Iterator[dict]:
    """Statements as Quotebank's quote-centric records (one per statement), streamed:
    ``quoteID``, ``quotation``, ``speaker`` (the likeliest, or "None"), ``qids``
    (empty: no Wikidata here), ``date`` (earliest), ``numOccurrences``, ``probas``
    ([[speaker, probability as a string], ...], "None" for the unattributed share,
    as Quotebank writes them) and ``urls``.  The filters pick statements with at
    least one matching occurrence.  Dates: see :func:`_quotebank_day`."""
    where, params = _filters(db, speaker, since, until, kind)
    inner = " AND ".join(["q.statement_id IS NOT NULL"] + where)
    rows = db.rows(
        "SELECT q.statement_id AS sid, st.text AS quotation, s.name AS speaker,"
        " q.confidence AS confidence, q.date_said AS date_said, d.url AS url,"
        " d.source AS source, d.published AS published FROM quotes AS q"
        " JOIN statements AS st ON st.id = q.statement_id"
        " JOIN documents AS d ON d.id = q.document_id"
        " LEFT JOIN speakers AS s ON s.id = q.speaker_id"
        f" WHERE q.statement_id IN (SELECT q.statement_id FROM quotes AS q WHERE {inner})"
        " ORDER BY q.statement_id, q.id", params)
    group: list[dict] = []
    for row in rows:
        if group and row["sid"] != group[0]["sid"]:
            yield _quotebank_record(group)
            group = []
        group.append(row)
    if group:
        yield _quotebank_record(group)


def _quotebank_record(occurrences: list[dict]) -> dict:
    n = len(occurrences)
    weight: dict[str, float] = {}
    for o in occurrences:
        if o["speaker"]:
            weight[o["speaker"]] = weight.get(o["speaker"], 0.0) + (o["confidence"] or 0.0)
    probas = sorted(((name, w / n) for name, w in weight.items()), key=lambda p: (-p[1], p[0]))
    unattributed = max(0.0, 1.0 - sum(p for _, p in probas))
    if unattributed > 5e-5:
        probas.append(("None", unattributed))
        probas.sort(key=lambda p: (-p[1], p[0] == "None"))
    day, partial = _quotebank_day(occurrences)
    urls = list(dict.fromkeys(o["url"] or o["source"] for o in occurrences))
    return {
        "quoteID": f"{day or partial}-{occurrences[0]['sid']:06d}",
        "quotation": occurrences[0]["quotation"],
        "speaker": probas[0][0] if probas else "None",
        "qids": [],
        "date": f"{day} 00:00:00" if day else None,
        "numOccurrences": n,
        "probas": [[name, f"{p:.4f}"] for name, p in probas],
        "urls": urls,
    }


def _quotebank_day(occurrences: list[dict]) -> tuple[str | None, str]:
    """Quotebank dates every quotation by a full day (its articles' publication date).
    Here: the earliest full date said, else the earliest full publication date of
    its articles, else none; and for the quoteID, the earliest partial date padded
    with zeros (``2019-00-00``, ``2019-05-00``) or ``0000-00-00``."""
    def earliest(values) -> str | None:
        known = sorted(v for v in values if v and v < ":")  # "XXXX-..." has no year
        return known[0] if known else None

    said = [o["date_said"] for o in occurrences]
    day = earliest(d for d in said if len(d or "") == 10) or \
        earliest(o["published"] for o in occurrences if len(o["published"] or "") == 10)
    partial = earliest(said) or "0000"
    return day, (partial + "-00-00")[:10]


def paragraph_around(text: str, start: int, end: int) -> str:
    """The paragraph(s) holding ``text[start:end]``, bounded by blank lines."""
    lo, hi = 0, len(text)
    for m in _PARAGRAPH_BREAK.finditer(text):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return text[lo:hi].strip()


def stats(db: Database) -> dict:
    c = _collate(db)
    counts = db.one(
        "SELECT (SELECT COUNT(*) FROM documents) AS documents,"
        " (SELECT COUNT(*) FROM quotes) AS quotes,"
        " (SELECT COUNT(*) FROM speakers) AS speakers,"
        f" (SELECT MIN(date_said{c}) FROM quotes WHERE date_said{c} < ':') AS first_date,"
        f" (SELECT MAX(date_said{c}) FROM quotes WHERE date_said{c} < ':') AS last_date")
    by_kind = {r["kind"]: r["n"] for r in db.rows(
        "SELECT kind, COUNT(*) AS n FROM quotes GROUP BY kind")}
    counts.update({f"{k}_quotes": by_kind.get(k, 0) for k in KINDS})
    return counts


# --- ad-hoc SQL ------------------------------------------------------------------

def run_sql(url: str, statement: str) -> tuple[list[str], Iterator[dict]]:
    """Run one statement on a read-only connection: (column names, rows)."""
    if not statement.strip():
        raise QueryError("empty SQL statement")
    if url.startswith(("postgresql", "postgres:")):
        return _run_sql_postgres(url, statement)
    conn = connect_read_only(url)
    try:
        cur = conn.execute(statement)
    except (sqlite3.Error, sqlite3.Warning) as exc:
        conn.close()
        raise _sql_error(exc, sqlite_path(url)) from None
    columns = [d[0] for d in cur.description or ()]

    def rows() -> Iterator[dict]:
        try:
            for row in cur:
                yield dict(zip(columns, row))
        except sqlite3.Error as exc:
            raise _sql_error(exc, sqlite_path(url)) from None
        finally:
            conn.close()

    return columns, rows()


def _run_sql_postgres(url: str, statement: str) -> tuple[list[str], Iterator[dict]]:
    """One statement in a READ ONLY transaction that is rolled back afterwards; sent
    as a prepared statement, so a second statement (``...; COMMIT; DROP ...``) is
    refused by the server instead of run."""
    from .db import describe, make_engine, translate_errors

    engine = make_engine(url)
    with translate_errors(describe(url)):
        conn = engine.raw_connection()
    cur = conn.cursor()
    try:
        cur.execute("SET TRANSACTION READ ONLY")
        cur.execute(statement, prepare=True)
    except Exception as exc:
        conn.rollback()
        conn.close()
        engine.dispose()
        if type(exc).__module__.startswith("psycopg"):
            raise _sql_error(exc, None) from None
        raise
    columns = [d[0] for d in cur.description or ()]

    def rows() -> Iterator[dict]:
        try:
            if cur.description:
                for row in cur:
                    yield dict(zip(columns, row))
        finally:
            conn.rollback()
            conn.close()
            engine.dispose()

    return columns, rows()


def _sql_error(exc: BaseException, path: str | None) -> QueryError:
    msg = str(exc)
    if any(s in msg for s in ("not authorized", "authorization denied", "readonly",
                                "read-only", "query_only", "permission denied")):
        return QueryError("refused: `quotedb sql` is read-only; only SELECT statements "
                          "(and read-only PRAGMAs) may run")
    if "one statement" in msg or "multiple commands" in msg:
        return QueryError("run one statement at a time")
    return QueryError(f"SQL error: {msg}")
