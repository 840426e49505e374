"""quotedb: find who said what, when and where in news articles, and keep it in SQLite."""

__version__ = "0.1.0"
