"""Where the database is, how to open it, and keeping it at the schema head.

One resolver serves the CLI, the library and ``migrations/env.py``: ``--db`` (a path or
a SQLAlchemy URL), else ``QUOTEDB_DB``, else ``./quotes.db``.

SQLite URLs (``sqlite:///path`` or a bare path) are opened with the stdlib driver: it
starts in milliseconds, which keeps ``quotedb who-said`` well under 300 ms, and gives
exact control over transactions.  Any other URL (``sqlite+pysqlite://``,
``postgresql://`` later) goes through SQLAlchemy.  Alembic, which alone creates and
changes the schema, is imported only when the stored revision is not the head.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote, unquote

from .errors import DatabaseError, MissingDatabaseError, QueryError

ENV_VAR = "QUOTEDB_DB"
DEFAULT_PATH = "quotes.db"
# The newest migration's revision id; tests/test_migrations.py checks it against Alembic.
HEAD_REVISION = "0008"
BUSY_TIMEOUT_S = 30.0


def resolve_url(db: str | None = None) -> str:
    """``--db`` value (path or URL), else QUOTEDB_DB, else ./quotes.db, as a URL."""
    value = db or os.environ.get(ENV_VAR) or DEFAULT_PATH
    if "://" in value:
        return value
    # quoted, so '?', '#', '%' and spaces in a file name stay part of the path for
    # SQLAlchemy, Alembic and sqlite_path() alike
    return "sqlite:///" + quote(os.path.abspath(os.path.expanduser(value)))


def sqlite_path(url: str) -> str | None:
    """The file behind a plain ``sqlite:///`` URL (stdlib driver), else None."""
    if not url.startswith("sqlite:///"):
        return None
    path = unquote(url[len("sqlite:///"):].split("?", 1)[0])
    return path or None


def read_only_uri(path: str) -> str:
    """A ``file:`` URI opening ``path`` read-only, whatever characters it holds."""
    return f"file:{quote(path)}?mode=ro"


def describe(url: str) -> str:
    """The database as a user should see it: the file path, or the URL without password."""
    path = sqlite_path(url)
    if path is not None:
        return path
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':', 1)[0]}:***@{host}"
    return url


def sqlite_error(exc: BaseException, where: str) -> DatabaseError:
    """A driver error as a one-line DatabaseError that says what to do about it."""
    msg = (str(exc) or type(exc).__name__).splitlines()[0]  # PostgreSQL's CONTEXT lines dropped
    low = msg.lower()
    if "readonly" in low or "read-only" in low:
        hint = "the database file or its folder is read-only"
    elif "disk is full" in low or "database or disk is full" in low:
        hint = "the disk is full"
    elif "not a database" in low or "malformed" in low:
        hint = "the file is not a quotedb SQLite database or is corrupt"
    elif "unable to open" in low:
        hint = "cannot open the file (missing folder or no permission?)"
    elif "locked" in low or "busy" in low:
        hint = f"the database stayed locked by another process for {BUSY_TIMEOUT_S:.0f} s"
    else:
        hint = "database error"
    return DatabaseError(f"{where}: {hint} ({msg})")


@contextmanager
def translate_errors(where: str) -> Iterator[None]:
    """Turn driver exceptions (sqlite3, SQLAlchemy, or psycopg's from a COPY) into
    DatabaseError."""
    try:
        yield
    except (DatabaseError, QueryError):
        raise
    except sqlite3.Error as exc:
        raise sqlite_error(exc, where) from exc
    except Exception as exc:
        if type(exc).__module__.startswith(("sqlalchemy", "psycopg")):
            raise sqlite_error(getattr(exc, "orig", None) or exc, where) from exc
        raise


def _connect_sqlite(path: str) -> sqlite3.Connection:
    parent = os.path.dirname(path) or "."
    if not os.path.isdir(parent):
        raise DatabaseError(f"{path}: folder {parent} does not exist")
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                           check_same_thread=False)
    _sqlite_pragmas(conn)
    return conn


def _sqlite_pragmas(conn: Any) -> None:
    """WAL for concurrent readers and writers; NORMAL sync is crash-safe in WAL mode."""
    cur = conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    cur.execute("PRAGMA foreign_keys = ON")
    if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
        cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def driver_url(url: str) -> str:
    """``postgresql://`` (and ``postgres://``) mean psycopg 3, the ``postgres`` extra;
    SQLAlchemy alone would pick psycopg2."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return "postgresql+psycopg://" + url[len(scheme):]
    return url


def make_engine(url: str):
    """A SQLAlchemy engine; for SQLite with the same pragmas and explicit transactions
    (BEGIN IMMEDIATE when the connection is marked ``quotedb_write``)."""
    from sqlalchemy import create_engine, event

    try:
        engine = create_engine(driver_url(url))
    except ImportError as exc:
        extra = " (pip install 'quotedb[postgres]')" if url.startswith("postgres") else ""
        raise DatabaseError(f"{describe(url)}: the database driver is not installed "
                            f"({exc}){extra}") from None
    except Exception as exc:
        if type(exc).__module__.startswith("sqlalchemy"):
            raise DatabaseError(f"{describe(url)}: not a usable database URL ({exc})") from None
        raise
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None
            _sqlite_pragmas(dbapi_conn)

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            write = conn.get_execution_options().get("quotedb_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
    return engine


# --- migrations -------------------------------------------------------------------

def script_location() -> str:
    """The migrations folder: beside the package in a checkout, or installed with it."""
    here = Path(__file__).resolve().parent
    checkout = here.parent / "migrations"
    if (checkout / "env.py").is_file():
        return str(checkout)
    import importlib.util

    spec = importlib.util.find_spec("quotedb.migrations")
    if spec is None or not spec.submodule_search_locations:
        raise DatabaseError("the Alembic migrations are not installed with quotedb")
    return list(spec.submodule_search_locations)[0]


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", script_location())
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def _migrate(url: str, revision: str, direction: str) -> None:
    from alembic import command
    from alembic.util import CommandError

    cfg = alembic_config(url)
    engine = make_engine(url)
    try:
        with _alembic_errors(describe(url), CommandError), translate_errors(describe(url)):
            with engine.connect() as conn:
                conn.execution_options(quotedb_write=True)
                cfg.attributes["connection"] = conn
                if direction == "up":
                    command.upgrade(cfg, revision)
                else:
                    command.downgrade(cfg, revision)
                if conn.in_transaction():
                    conn.commit()
    finally:
        engine.dispose()


@contextmanager
def _alembic_errors(where: str, command_error: type) -> Iterator[None]:
    try:
        yield
    except command_error as exc:
        msg = str(exc)
        if "Can't locate revision" in msg:
            msg += (f"; the database was written by a newer quotedb (this one knows up to "
                    f"revision {HEAD_REVISION}): upgrade quotedb")
        raise DatabaseError(f"{where}: {msg}") from None


def upgrade(url: str, revision: str = "head") -> None:
    _migrate(url, revision, "up")


def downgrade(url: str, revision: str) -> None:
    _migrate(url, revision, "down")


def current_revision(url: str) -> str | None:
    """The revision stored in the database (None for an empty database)."""
    path = sqlite_path(url)
    if path is not None:
        if not os.path.exists(path):
            return None
        with translate_errors(path):
            conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S)
            try:
                return _stored_revision(conn)
            finally:
                conn.close()
    from sqlalchemy import text

    engine = make_engine(url)
    try:
        with translate_errors(describe(url)), engine.connect() as conn:
            try:
                return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
            except Exception:
                return None
    finally:
        engine.dispose()


def _stored_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None
        raise
    return row[0] if row else None


def ensure_head(url: str) -> None:
    """Bring the database to the newest schema; a single SELECT when it already is."""
    path = sqlite_path(url)
    if path is not None and not os.path.isdir(os.path.dirname(path) or "."):
        raise DatabaseError(f"{path}: folder {os.path.dirname(path)} does not exist")
    if current_revision(url) != HEAD_REVISION:
        upgrade(url)


# --- connections ------------------------------------------------------------------

def in_list(prefix: str, values) -> tuple[str, dict]:
    """``(":p0, :p1, ...", {"p0": v0, ...})`` for ``IN (...)``: every value stays a
    bound parameter, whatever the driver."""
    params = {f"{prefix}{n}": v for n, v in enumerate(values)}
    return ", ".join(":" + k for k in params), params


IN_CHUNK = 500  # values bound per IN (...): far below SQLite's and PostgreSQL's limits


def chunks(values: list, size: int | None = None):
    """``values`` a few hundred at a time (``IN_CHUNK``), for ``IN (...)`` lists."""
    size = size or IN_CHUNK
    for i in range(0, len(values), size):
        yield values[i:i + size]


def reserve_ids(db: "Database", table: str, n: int) -> range:
    """The ids the database would give the next ``n`` rows of ``table``, taken now, for
    a writer that alone adds rows to it (SQLite's write lock, a table lock on
    PostgreSQL): one query instead of a ``nextval`` per row."""
    if db.dialect != "postgresql":
        start = db.scalar(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {table}")
        return range(start, start + n)
    row = db.one(f"SELECT last_value AS v, is_called AS c FROM {table}_id_seq")
    start = row["v"] + 1 if row["c"] else row["v"]
    if n:
        db.execute(f"SELECT setval('{table}_id_seq', :v)", {"v": start + n - 1})
    return range(start, start + n)


def rows_in(db: "Database", sql: str, values) -> Iterator[dict]:
    """Rows of ``sql``, whose ``{in}`` stands for "is one of ``values``": on PostgreSQL
    one query (``= ANY(array)``), elsewhere an ``IN (...)`` list per ``IN_CHUNK``."""
    values = list(values)
    if db.dialect == "postgresql":
        if values:
            yield from db.rows(sql.format(**{"in": "= ANY(:in_values)"}), {"in_values": values})
        return
    for chunk in chunks(values):
        marks, bound = in_list("v", chunk)
        yield from db.rows(sql.format(**{"in": f"IN ({marks})"}), bound)


def and_all(conditions: list[str]) -> str:
    """Extra ``AND`` conditions for a WHERE clause that already has one."""
    return "".join(" AND " + c for c in conditions)


class Database:
    """One connection and the handful of operations quotedb needs, on either driver.

    SQL uses named ``:param`` placeholders, which both drivers accept.
    """

    url: str
    dialect: str

    def rows(self, sql: str, params: dict | None = None) -> Iterator[dict]:
        raise NotImplementedError

    def execute(self, sql: str, params: dict | None = None) -> int:
        raise NotImplementedError

    def executemany(self, sql: str, seq: list[dict]) -> None:
        raise NotImplementedError

    def transaction(self):
        raise NotImplementedError

    def insert_rows(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        """Many rows (tuples in the order of ``columns``) at once: COPY on PostgreSQL."""
        if rows:
            marks = ", ".join(f":c{i}" for i in range(len(columns)))
            self.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
                             [{f"c{i}": v for i, v in enumerate(r)} for r in rows])

    def close(self) -> None:
        raise NotImplementedError

    def one(self, sql: str, params: dict | None = None) -> dict | None:
        for row in self.rows(sql, params):
            return row
        return None

    def scalar(self, sql: str, params: dict | None = None) -> Any:
        row = self.one(sql, params)
        return None if row is None else next(iter(row.values()))

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SQLiteDatabase(Database):
    dialect = "sqlite"

    def __init__(self, url: str, path: str):
        self.url, self.path = url, path
        with translate_errors(path):
            self.conn = _connect_sqlite(path)

    def rows(self, sql, params=None):
        with translate_errors(self.path):
            cur = self.conn.execute(sql, params or {})
            cols = [d[0] for d in cur.description or ()]
            for row in cur:
                yield dict(zip(cols, row))

    def execute(self, sql, params=None):
        with translate_errors(self.path):
            return self.conn.execute(sql, params or {}).rowcount

    def scalar(self, sql, params=None):
        # no generator and no dict per row: the store runs a few of these per quote
        with translate_errors(self.path):
            row = self.conn.execute(sql, params or {}).fetchone()
        return None if row is None else row[0]

    def executemany(self, sql, seq):
        with translate_errors(self.path):
            self.conn.executemany(sql, seq)

    def insert_rows(self, table, columns, rows):
        if rows:
            with translate_errors(self.path):
                self.conn.executemany(f"INSERT INTO {table} ({', '.join(columns)})"
                                      f" VALUES ({', '.join('?' * len(columns))})", rows)

    @contextmanager
    def transaction(self):
        """BEGIN IMMEDIATE: take the write lock up front (waiting up to the busy
        timeout), so a concurrent writer never fails half-way with SQLITE_BUSY.  BEGIN
        and COMMIT sit inside the ``try``: Ctrl-C is raised as soon as a call into
        SQLite returns, and one landing just after BEGIN must roll back too, not leave
        the connection inside a transaction the next BEGIN fails on."""
        with translate_errors(self.path):
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                yield self
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def close(self):
        self.conn.close()


class SQLAlchemyDatabase(Database):
    def __init__(self, url: str):
        self.url = url
        self.engine = make_engine(url)
        self.dialect = self.engine.dialect.name
        self._tx = None
        self._types: dict[str, dict[str, int]] = {}
        # one statement at a time on the connection, whichever thread sends it (the
        # loader copies rows from a second thread while the first resolves speakers)
        self._lock = threading.RLock()

    def _run(self, sql, params):
        from sqlalchemy import text

        if self._tx is not None:
            return self._tx.execute(text(sql), params or {})
        with self.engine.begin() as conn:
            result = conn.execute(text(sql), params or {})
            return result.mappings().all() if result.returns_rows else result.rowcount

    def rows(self, sql, params=None):
        with translate_errors(describe(self.url)), self._lock:
            result = self._run(sql, params)
            if self._tx is not None:
                result = result.mappings().all()
        for row in result:
            yield dict(row)

    def execute(self, sql, params=None):
        with translate_errors(describe(self.url)), self._lock:
            result = self._run(sql, params)
            return result.rowcount if self._tx is not None else result

    def executemany(self, sql, seq):
        from sqlalchemy import text

        if not seq:
            return
        with translate_errors(describe(self.url)), self._lock:
            if self._tx is not None:
                self._tx.execute(text(sql), list(seq))
            else:
                with self.engine.begin() as conn:
                    conn.execute(text(sql), list(seq))

    def insert_rows(self, table, columns, rows):
        """COPY in binary: no text to format for each value and to parse again."""
        if self.dialect != "postgresql" or self._tx is None:
            return super().insert_rows(table, columns, rows)
        if rows:
            with translate_errors(describe(self.url)), self._lock:
                types = self._column_types(table, columns)
                with self._tx.connection.driver_connection.cursor() as cur:
                    with cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN (FORMAT BINARY)") as copy:
                        copy.set_types(types)
                        for r in rows:
                            copy.write_row(r)

    def _column_types(self, table: str, columns: list[str]) -> list[int]:
        """The type oid of each column, as binary COPY needs them (read once)."""
        if table not in self._types:
            self._types[table] = {r["name"]: r["oid"] for r in self.rows(
                "SELECT attname AS name, CAST(atttypid AS integer) AS oid FROM pg_attribute"
                " WHERE attrelid = CAST(:t AS regclass) AND attnum > 0 AND NOT attisdropped",
                {"t": table})}
        return [self._types[table][c] for c in columns]

    @contextmanager
    def transaction(self):
        with translate_errors(describe(self.url)):
            with self.engine.connect() as conn:
                conn.execution_options(quotedb_write=True)
                with conn.begin():
                    self._tx = conn
                    try:
                        yield self
                    finally:
                        self._tx = None

    def close(self):
        self.engine.dispose()


def as_given(db: str | None = None) -> str:
    """The database as the user named it (``--db``, ``$QUOTEDB_DB`` or the default),
    for messages; a URL without its password."""
    value = db or os.environ.get(ENV_VAR) or DEFAULT_PATH
    return describe(value) if "://" in value else value


def existing_url(db: str | None = None) -> str:
    """The database URL, which must already hold a database: only ``ingest`` and
    ``db upgrade`` create one, so a typo in ``--db`` or the wrong folder is an error
    instead of a new empty file that answers "no quotes found"."""
    url = resolve_url(db)
    path = sqlite_path(url)
    if path is not None and not os.path.isfile(path):
        raise MissingDatabaseError(f"no database at {as_given(db)} (run quotedb ingest first)")
    return url


def open_database(db: str | None = None, *, migrate: bool = True,
                  create: bool = True) -> Database:
    """Resolve, bring to head (unless told not to) and connect; with ``create=False``
    a missing SQLite file is a MissingDatabaseError rather than a new database."""
    url = resolve_url(db) if create else existing_url(db)
    path = sqlite_path(url)
    if path is not None:
        if migrate:
            ensure_head(url)
        return SQLiteDatabase(url, path)
    database = SQLAlchemyDatabase(url)
    try:
        if migrate and _server_revision(database) != HEAD_REVISION:
            upgrade(url)
    except BaseException:
        database.close()
        raise
    return database


def _server_revision(database: "SQLAlchemyDatabase") -> str | None:
    """The stored revision, read on the database's own engine (one connection fewer
    than ``current_revision``: ~0.2 s on a busy machine)."""
    try:
        return database.scalar("SELECT version_num FROM alembic_version")
    except DatabaseError:  # no alembic_version table yet: a new database
        return None


# --- read-only access for ad-hoc SQL ----------------------------------------------

_READ_PRAGMAS = frozenset({
    "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
    "foreign_key_list", "database_list", "collation_list", "compile_options",
    "function_list", "module_list", "pragma_list", "integrity_check", "quick_check",
})
_ALLOWED_ACTIONS = frozenset({
    sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
    getattr(sqlite3, "SQLITE_RECURSIVE", 33),
})


def _read_only_authorizer(action, arg1, arg2, _db, _trigger):
    if action in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_UPDATE and arg1 == "sqlite_master":
        return sqlite3.SQLITE_OK  # FTS5 declaring its table when first opened, not a write
    if action == sqlite3.SQLITE_PRAGMA and arg1 and (
            arg1.lower() in _READ_PRAGMAS or (arg2 is None and arg1.lower() != "optimize")):
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def connect_read_only(url: str) -> sqlite3.Connection:
    """A connection that cannot change anything: the file opened with ``mode=ro``,
    ``PRAGMA query_only``, and an authorizer that refuses writes, ATTACH and
    setting pragmas, so the refusal message is clear."""
    path = sqlite_path(url)
    if path is None and url.startswith("sqlite+") and ":///" in url:
        path = unquote(url.split(":///", 1)[1].split("?", 1)[0])
    if path is None:
        raise DatabaseError(f"{describe(url)}: `sql` supports SQLite databases only for now")
    if not os.path.exists(path):
        raise DatabaseError(f"{path}: no such database file")
    with translate_errors(path):
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_S,
                               isolation_level=None)
        conn.execute("PRAGMA query_only = ON")
        conn.set_authorizer(_read_only_authorizer)
        # Python code every 100 000 steps lets Ctrl-C abort a runaway query
        conn.set_progress_handler(lambda: 0, 100_000)
    return conn
