"""Statements: quotes reported by several articles grouped under one statement.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23

Every quote gets ``statement_id``; existing quotes are grouped here with the same
key the store uses (quotedb.statements.statement_key).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_VIEW = """
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
       d.published AS document_published,
       d.url AS document_url,{statement}
       q.document_id,
       q.speaker_id,
       q.start_offset,
       q.end_offset,
       q.paragraph_index
FROM quotes AS q
JOIN documents AS d ON d.id = q.document_id
LEFT JOIN speakers AS s ON s.id = q.speaker_id
"""
QUOTE_VIEW = "CREATE VIEW quote_view AS" + _VIEW.format(statement="\n       q.statement_id,")
QUOTE_VIEW_0002 = "CREATE VIEW quote_view AS" + _VIEW.format(statement="")

# As created by revision 0001.
SQLITE_FTS_TRIGGERS = [
    """CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
    """CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END""",
    """CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN
        INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);
        INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
    END""",
]
SQLITE_FTS_TRIGGERS_DROP = [
    "DROP TRIGGER IF EXISTS quotes_fts_au",
    "DROP TRIGGER IF EXISTS quotes_fts_ad",
    "DROP TRIGGER IF EXISTS quotes_fts_ai",
]


def upgrade() -> None:
    bind = op.get_bind()
    op.execute("DROP VIEW IF EXISTS quote_view")
    op.create_table(
        "statements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_statements")),
        sa.UniqueConstraint("key", name=op.f("uq_statements_key")),
    )
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:  # the batch copy of quotes drops its triggers: take them down and back up
        for statement in SQLITE_FTS_TRIGGERS_DROP:
            op.execute(statement)
    with op.batch_alter_table("quotes", recreate="always" if sqlite else "auto") as batch:
        batch.add_column(sa.Column("statement_id", sa.Integer))
        batch.create_foreign_key(op.f("fk_quotes_statement_id_statements"), "statements",
                                 ["statement_id"], ["id"], ondelete="SET NULL")
    if sqlite:
        for statement in SQLITE_FTS_TRIGGERS:
            op.execute(statement)
    op.create_index("ix_quotes_statement_id", "quotes", ["statement_id"])
    _group_existing_quotes(bind)
    op.execute(QUOTE_VIEW)


def _group_existing_quotes(bind) -> None:
    from quotedb.statements import statement_key

    rows = bind.execute(sa.text("SELECT id, text FROM quotes ORDER BY id")).all()
    ids: dict[str, int] = {}
    updates = []
    for quote_id, text in rows:
        key = statement_key(text)
        if key not in ids:
            ids[key] = bind.execute(sa.text(
                "INSERT INTO statements (key, text) VALUES (:key, :text) RETURNING id"),
                {"key": key, "text": text}).scalar_one()
        updates.append({"sid": ids[key], "qid": quote_id})
    if updates:
        bind.execute(sa.text("UPDATE quotes SET statement_id = :sid WHERE id = :qid"), updates)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS quote_view")
    op.drop_index("ix_quotes_statement_id", "quotes")
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for statement in SQLITE_FTS_TRIGGERS_DROP:
            op.execute(statement)
    with op.batch_alter_table("quotes", recreate="always" if sqlite else "auto") as batch:
        batch.drop_constraint(op.f("fk_quotes_statement_id_statements"), type_="foreignkey")
        batch.drop_column("statement_id")
    if sqlite:
        for statement in SQLITE_FTS_TRIGGERS:
            op.execute(statement)
    op.drop_table("statements")
    op.execute(QUOTE_VIEW_0002)
