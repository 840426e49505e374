"""Full-text search over statements: ``statements_fts`` (SQLite), ``statements.text_search`` (PostgreSQL).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

who-said answers with statements, but searched quotes: a word in a wire statement
reprinted by 100,000 articles matched 100,000 quotes, and a search read them all
looking for statements that did not exist (1.6 s for 10 distinct statements).  An
index over the statements' text makes the work of a search follow the number of
distinct statements it matches, whatever their reprints.  ``quotes_fts`` stays: it is
the search Datasette offers on ``quotes``.

SQLite: an external-content FTS5 table over ``statements.text`` with the tokenizer of
``quotes_fts``, kept in sync by triggers and filled here from the existing rows.
PostgreSQL: a generated tsvector column with a GIN index, as revision 0004 gives quotes.
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

SQLITE_UP = [
    """CREATE VIRTUAL TABLE statements_fts USING fts5(
        text, content="statements", content_rowid="id",
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER statements_fts_ai AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER statements_fts_ad AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER statements_fts_au AFTER UPDATE OF text ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO statements_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    "INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS statements_fts_au",
    "DROP TRIGGER IF EXISTS statements_fts_ad",
    "DROP TRIGGER IF EXISTS statements_fts_ai",
    "DROP TABLE IF EXISTS statements_fts",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE statements ADD COLUMN text_search tsvector"
                   " GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED")
        op.execute("CREATE INDEX ix_statements_text_search ON statements USING GIN (text_search)")
        return
    for statement in SQLITE_UP:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_statements_text_search")
        op.execute("ALTER TABLE statements DROP COLUMN IF EXISTS text_search")
        return
    for statement in SQLITE_DOWN:
        op.execute(statement)
