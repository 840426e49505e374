"""PostgreSQL full-text search: a generated tsvector column over quote text, GIN-indexed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

SQLite has its FTS5 index since revision 0001; on SQLite this revision does nothing.
The column is generated (``GENERATED ALWAYS AS ... STORED``), so PostgreSQL keeps it
in step with ``quotes.text`` on every insert and update, as the FTS5 triggers do.
The 'english' configuration stems like FTS5's porter tokenizer: negotiate,
negotiations and negotiating share one lexeme.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE quotes ADD COLUMN text_search tsvector"
               " GENERATED ALWAYS AS (to_tsvector('english'::regconfig, text)) STORED")
    op.execute("CREATE INDEX ix_quotes_text_search ON quotes USING GIN (text_search)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_quotes_text_search")
    op.execute("ALTER TABLE quotes DROP COLUMN IF EXISTS text_search")
