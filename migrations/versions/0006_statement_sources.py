"""Statement counts kept on ``statements``: ``sources`` and ``first_date``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23

who-said shows how many documents report each statement and the earliest date any of
them gives.  Counted at query time this is linear in a statement's reprints (thousands
for stock quotations at a million quotes); the store now keeps both on the statement
row as documents arrive, so who-said reads them in constant time.  Existing rows are
counted here once.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("statements", sa.Column("sources", sa.Integer, nullable=False, server_default="0"))
    op.add_column("statements", sa.Column("first_date", sa.Text))
    collate = ' COLLATE "C"' if op.get_bind().dialect.name == "postgresql" else ""
    op.execute(
        "UPDATE statements SET"
        " sources = (SELECT COUNT(DISTINCT q.document_id) FROM quotes AS q"
        "            WHERE q.statement_id = statements.id),"
        f" first_date = (SELECT MIN(q.date_said) FROM quotes AS q"
        f"               WHERE q.statement_id = statements.id AND q.date_said{collate} < ':')")


def downgrade() -> None:
    # SQLite drops columns in place since 3.35 (a batch copy would rewrite the table's SQL)
    op.execute("ALTER TABLE statements DROP COLUMN first_date")
    op.execute("ALTER TABLE statements DROP COLUMN sources")
