"""Alembic environment: the database comes from quotedb's one resolver.

Order of precedence: a connection handed over by quotedb (``config.attributes``),
``alembic -x db=PATH_OR_URL``, ``sqlalchemy.url`` in alembic.ini, then QUOTEDB_DB and
./quotes.db as everywhere else.
"""

from __future__ import annotations

from alembic import context

from quotedb import db as qdb
from quotedb.schema import is_managed_elsewhere, metadata

config = context.config


def _include_name(name, type_, parent_names):
    return not (type_ in ("table", "column", "index") and is_managed_elsewhere(name))


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        transactional_ddl=True,
        include_name=_include_name,
        compare_type=True,
    )


def run_migrations_offline() -> None:
    url = qdb.resolve_url(context.get_x_argument(as_dictionary=True).get("db")
                          or config.get_main_option("sqlalchemy.url"))
    context.configure(url=url, target_metadata=metadata, render_as_batch=True,
                      literal_binds=True, include_name=_include_name)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = qdb.resolve_url(context.get_x_argument(as_dictionary=True).get("db")
                          or config.get_main_option("sqlalchemy.url"))
    engine = qdb.make_engine(url)
    try:
        with engine.connect() as conn:
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
