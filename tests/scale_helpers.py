"""Shared by the Spark and bulk-load tests: what a database holds, ids left out."""

from __future__ import annotations

from quotedb.db import open_database

_QUERIES = {
    "documents": "SELECT source, url, sha256, title, author, published, published_precision,"
                 " text, extractor_version FROM documents",
    "quotes": "SELECT d.sha256, q.start_offset, q.end_offset, q.text, q.kind, q.paragraph_index,"
              " q.cue, q.speaker_mention, q.role, q.venue, q.date_said, q.date_precision,"
              " q.date_source, q.confidence, s.name AS speaker, st.key AS statement"
              " FROM quotes AS q JOIN documents AS d ON d.id = q.document_id"
              " LEFT JOIN speakers AS s ON s.id = q.speaker_id"
              " LEFT JOIN statements AS st ON st.id = q.statement_id",
    "speakers": "SELECT name, name_key, kind FROM speakers",
    "aliases": "SELECT s.name, a.alias, a.alias_key FROM speaker_aliases AS a"
               " JOIN speakers AS s ON s.id = a.speaker_id",
    "statements": "SELECT key, text, sources, first_date FROM statements",
}


def snapshot(db: str) -> dict[str, list[tuple]]:
    """Every table that ``ingest`` writes, as sorted tuples without ids or timestamps."""
    database = open_database(db)
    try:
        return {name: sorted((tuple(r.values()) for r in database.rows(sql)),
                             key=lambda t: tuple((v is None, str(v)) for v in t))
                for name, sql in _QUERIES.items()}
    finally:
        database.close()
