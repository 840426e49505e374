"""SQLAlchemy Core description of the schema.

Alembic alone creates and changes the database; this metadata is what the
migrations must agree with (tests/test_migrations.py compares them), and what
autogenerate diffs against when the next migration is written.
The FTS index, its triggers and ``quote_view`` are not tables here: they are
dialect-specific DDL kept in the migrations (see ``SQLITE_FTS_DDL`` below).
"""

from __future__ import annotations

from sqlalchemy import (CheckConstraint, Column, Float, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text, UniqueConstraint)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("source", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("title", Text),
    Column("author", Text),
    Column("published", Text),
    Column("published_precision", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", Text, nullable=False),
    Column("extractor_version", Text, nullable=False),
    Column("url", Text),  # canonical URL of a web page or dump record (revision 0002)
    UniqueConstraint("sha256"),
)

speakers = Table(
    "speakers", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("name_key", Text, nullable=False),
    Column("kind", Text, nullable=False, server_default="person"),
    # a name several people share ("Clinton"), kept apart from all of them (0008)
    Column("ambiguous", Integer, nullable=False, server_default="0"),
    UniqueConstraint("name_key"),
    CheckConstraint("kind IN ('person', 'organization', 'group', 'publication', 'place')",
                    name="kind"),
)

speaker_aliases = Table(
    "speaker_aliases", metadata,
    Column("id", Integer, primary_key=True),
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
    Column("alias", Text, nullable=False),
    Column("alias_key", Text, nullable=False),
    UniqueConstraint("speaker_id", "alias_key"),
    Index("ix_speaker_aliases_alias_key", "alias_key"),
)

speaker_decisions = Table(
    "speaker_decisions", metadata,  # hand decisions, re-applied by every ingest (0008)
    Column("id", Integer, primary_key=True),
    Column("action", Text, nullable=False),  # merge | split | rename | kind
    Column("subject", Text, nullable=False),  # a name key of the speaker decided on
    Column("value", Text, nullable=False),  # merge: target key; rename: name; kind: kind
    Column("decided_at", Text, nullable=False),
    CheckConstraint("action IN ('merge', 'split', 'rename', 'kind')", name="action"),
)

statements = Table(
    "statements", metadata,  # one quotation, however many articles report it (0003)
    Column("id", Integer, primary_key=True),
    Column("key", Text, nullable=False),  # quotedb.statements.statement_key of the text
    Column("text", Text, nullable=False),  # as first stored
    # kept by the store as documents arrive (0006): documents reporting it, earliest date
    Column("sources", Integer, nullable=False, server_default="0"),
    Column("first_date", Text),
    UniqueConstraint("key"),
)

quotes = Table(
    "quotes", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("speaker_id", Integer, ForeignKey("speakers.id", ondelete="SET NULL")),
    Column("text", Text, nullable=False),
    Column("kind", Text, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("paragraph_index", Integer),
    Column("cue", Text),
    Column("speaker_mention", Text),
    Column("role", Text),
    Column("venue", Text),
    Column("date_said", Text),
    Column("date_precision", Text),
    Column("date_source", Text),
    Column("confidence", Float),
    Column("statement_id", Integer, ForeignKey("statements.id", ondelete="SET NULL")),
    Column("speaker_claim", Text),  # the speaker's name as the article gave it (0008)
    CheckConstraint("kind IN ('direct', 'mixed', 'indirect', 'embedded')", name="kind"),
    CheckConstraint("date_source IS NULL OR date_source IN ('explicit', 'relative', 'published')",
                    name="date_source"),
    Index("ix_quotes_document_id", "document_id"),
    Index("ix_quotes_speaker_id_date_said", "speaker_id", "date_said"),
    Index("ix_quotes_date_said", "date_said"),
    Index("ix_quotes_statement_id_document_id_date_said", "statement_id", "document_id",
          "date_said"),  # who-said counts sources from the index alone (0005)
)

# Objects that exist in the database but not in this metadata: the FTS5 tables (and the
# shadow tables SQLite creates for them: quotes for Datasette, statements for who-said,
# 0007) and the view.  Autogenerate must ignore them.
FTS_TABLE = "quotes_fts"
STATEMENTS_FTS_TABLE = "statements_fts"
VIEW = "quote_view"


# PostgreSQL's counterpart of the FTS tables (revisions 0004 and 0007): a generated
# tsvector column on quotes and on statements, each with its GIN index.
PG_SEARCH_COLUMN = "text_search"
PG_SEARCH_INDEX = "ix_quotes_text_search"
PG_STATEMENTS_SEARCH_INDEX = "ix_statements_text_search"


def is_managed_elsewhere(name: str | None) -> bool:
    return bool(name) and (name == VIEW or name.startswith((FTS_TABLE, STATEMENTS_FTS_TABLE))
                           or name in (PG_SEARCH_COLUMN, PG_SEARCH_INDEX, PG_STATEMENTS_SEARCH_INDEX))
