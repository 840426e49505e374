"""Documents keep the canonical URL of web pages and dump records; quote_view shows it.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_VIEW_COLUMNS = """
SELECT q.id AS quote_id,
       s.name AS speaker,
       s.kind AS speaker_kind,
       q.speaker_mention,
       q.role,
       q.text AS quote,
       q.kind,
       q.cue,
       q.venue,
       q.date_said,
       q.date_precision,
       q.date_source,
       q.confidence,
       d.title AS document_title,
       d.source AS document_source,
       d.published AS document_published,{url}
       q.document_id,
       q.speaker_id,
       q.start_offset,
       q.end_offset,
       q.paragraph_index
FROM quotes AS q
JOIN documents AS d ON d.id = q.document_id
LEFT JOIN speakers AS s ON s.id = q.speaker_id
"""
QUOTE_VIEW = "CREATE VIEW quote_view AS" + _VIEW_COLUMNS.format(url="\n       d.url AS document_url,")
QUOTE_VIEW_0001 = "CREATE VIEW quote_view AS" + _VIEW_COLUMNS.format(url="")


def upgrade() -> None:
    op.execute("DROP VIEW IF EXISTS quote_view")
    op.add_column("documents", sa.Column("url", sa.Text))
    op.execute(QUOTE_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS quote_view")
    # SQLite >= 3.35 drops a plain column in place; a batch copy of documents would
    # be slower and trips over the FTS triggers' open statements
    op.drop_column("documents", "url")
    op.execute(QUOTE_VIEW_0001)
