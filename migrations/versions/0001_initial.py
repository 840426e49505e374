"""Initial schema: documents, speakers, aliases, quotes, FTS5 index, quote_view.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

QUOTE_VIEW = """
CREATE VIEW quote_view AS
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
       q.document_id,
       q.speaker_id,
       q.start_offset,
       q.end_offset,
       q.paragraph_index
FROM quotes AS q
JOIN documents AS d ON d.id = q.document_id
LEFT JOIN speakers AS s ON s.id = q.speaker_id
"""

# External-content FTS5 table in the layout Datasette detects (content="quotes"),
# kept in sync by triggers.  PostgreSQL gets its own branch (tsvector + GIN) later.
SQLITE_FTS = [
    """CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, content="quotes", content_rowid="id",
        tokenize='porter unicode61 remove_diacritics 2')""",
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
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]
SQLITE_FTS_DROP = [
    "DROP TRIGGER IF EXISTS quotes_fts_au",
    "DROP TRIGGER IF EXISTS quotes_fts_ad",
    "DROP TRIGGER IF EXISTS quotes_fts_ai",
    "DROP TABLE IF EXISTS quotes_fts",
]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.Text),
        sa.Column("published_precision", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("ingested_at", sa.Text, nullable=False),
        sa.Column("extractor_version", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
    )
    op.create_table(
        "speakers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("name_key", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False, server_default="person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speakers")),
        sa.UniqueConstraint("name_key", name=op.f("uq_speakers_name_key")),
        sa.CheckConstraint("kind IN ('person', 'organization', 'group')",
                           name=op.f("ck_speakers_kind")),
    )
    op.create_table(
        "speaker_aliases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("speaker_id", sa.Integer, nullable=False),
        sa.Column("alias", sa.Text, nullable=False),
        sa.Column("alias_key", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_aliases")),
        sa.ForeignKeyConstraint(["speaker_id"], ["speakers.id"], ondelete="CASCADE",
                                name=op.f("fk_speaker_aliases_speaker_id_speakers")),
        sa.UniqueConstraint("speaker_id", "alias_key",
                            name=op.f("uq_speaker_aliases_speaker_id_alias_key")),
    )
    op.create_index("ix_speaker_aliases_alias_key", "speaker_aliases", ["alias_key"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("speaker_id", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("kind", sa.Text, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("paragraph_index", sa.Integer),
        sa.Column("cue", sa.Text),
        sa.Column("speaker_mention", sa.Text),
        sa.Column("role", sa.Text),
        sa.Column("venue", sa.Text),
        sa.Column("date_said", sa.Text),
        sa.Column("date_precision", sa.Text),
        sa.Column("date_source", sa.Text),
        sa.Column("confidence", sa.Float),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quotes")),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE",
                                name=op.f("fk_quotes_document_id_documents")),
        sa.ForeignKeyConstraint(["speaker_id"], ["speakers.id"], ondelete="SET NULL",
                                name=op.f("fk_quotes_speaker_id_speakers")),
        sa.CheckConstraint("kind IN ('direct', 'mixed', 'indirect', 'embedded')",
                           name=op.f("ck_quotes_kind")),
        sa.CheckConstraint(
            "date_source IS NULL OR date_source IN ('explicit', 'relative', 'published')",
            name=op.f("ck_quotes_date_source")),
    )
    op.create_index("ix_quotes_document_id", "quotes", ["document_id"])
    op.create_index("ix_quotes_speaker_id_date_said", "quotes", ["speaker_id", "date_said"])
    op.create_index("ix_quotes_date_said", "quotes", ["date_said"])

    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    op.execute(QUOTE_VIEW)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS quote_view")
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_FTS_DROP:
            op.execute(statement)
    op.drop_table("quotes")
    op.drop_table("speaker_aliases")
    op.drop_table("speakers")
    op.drop_table("documents")
