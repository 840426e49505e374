"""The one error family the CLI turns into a one-line message and exit code 1."""


class QuotedbError(Exception):
    """Base of every error a user can cause; never shown as a traceback."""


class InputError(QuotedbError):
    """A document could not be read or decoded; names the file and the reason."""


class DatabaseError(QuotedbError):
    """The database could not be opened, migrated or written."""


class QueryError(QuotedbError):
    """A query the user asked for is invalid (bad SQL, refused write, unknown id)."""


class MissingDatabaseError(DatabaseError):
    """A command that reads was pointed at a database file that does not exist."""
