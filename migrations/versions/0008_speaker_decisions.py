"""Speaker identity: kinds place and publication, ambiguous rows, claimed names, decisions.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

- ``speakers.kind`` also takes ``publication`` and ``place``; ``speakers.ambiguous``
  marks a row for a name several people share (a bare "Clinton").
- ``quotes.speaker_claim``: the speaker's name as the article gave it, so the store can
  re-decide which row a quote belongs to when a later article brings a second person
  of that name (and ``speakers split`` can move quotes back).
- ``speaker_decisions``: hand decisions (merge, split, rename, kind), re-applied by
  every ingest and re-extraction.

SQLite cannot alter a CHECK constraint, and rebuilding ``speakers`` would null every
quote's speaker through the foreign keys (on during migrations). The constraint text is
changed in place with ``writable_schema``, the documented way for changes that leave the
stored rows valid (sqlite.org/lang_altertable.html, "making other kinds of changes").
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OLD_KINDS = "kind IN ('person', 'organization', 'group')"
NEW_KINDS = "kind IN ('person', 'organization', 'group', 'publication', 'place')"


def _set_kind_check(old: str, new: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        version = bind.exec_driver_sql("PRAGMA schema_version").scalar()
        bind.exec_driver_sql("PRAGMA writable_schema = ON")
        bind.exec_driver_sql(
            "UPDATE sqlite_master SET sql = replace(sql, ?, ?)"
            " WHERE type = 'table' AND name = 'speakers'", (old, new))
        bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
        bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    else:
        op.drop_constraint(op.f("ck_speakers_kind"), "speakers", type_="check")
        op.create_check_constraint(op.f("ck_speakers_kind"), "speakers", new)


def upgrade() -> None:
    _set_kind_check(OLD_KINDS, NEW_KINDS)
    op.add_column("speakers", sa.Column("ambiguous", sa.Integer, nullable=False, server_default="0"))
    op.add_column("quotes", sa.Column("speaker_claim", sa.Text))
    op.create_table(
        "speaker_decisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("action", sa.Text, nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("decided_at", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_speaker_decisions")),
        sa.CheckConstraint("action IN ('merge', 'split', 'rename', 'kind')",
                           name=op.f("ck_speaker_decisions_action")),
    )
    # quotes stored before keep the name of the row they hang on as their claim
    op.execute("UPDATE quotes SET speaker_claim = (SELECT name FROM speakers"
               " WHERE speakers.id = quotes.speaker_id) WHERE speaker_id IS NOT NULL")


def downgrade() -> None:
    op.drop_table("speaker_decisions")
    op.execute("ALTER TABLE quotes DROP COLUMN speaker_claim")
    op.execute("ALTER TABLE speakers DROP COLUMN ambiguous")
    op.execute("UPDATE speakers SET kind = 'organization' WHERE kind IN ('publication', 'place')")
    _set_kind_check(NEW_KINDS, OLD_KINDS)
