"""``python -m quotedb``."""

from .cli import main

main()
