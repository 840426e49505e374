"""Bylines: the author's name, without the agency or the date (invented bylines)."""

import pytest

from quotedb.extraction import extract

ROWS = [
    ("Budget row\n\nBy Mary Clarke, Associated Press\n\nThe senate met.", "Mary Clarke"),
    ("Budget row\n\nBy Ann Lee and Tom Berg\n\nThe senate met.", "Ann Lee, Tom Berg"),
    ("Budget row\n\nBy Ann Lee | March 3, 2023\n\nThe senate met.", "Ann Lee"),
    ("Budget row\n\nWritten by Reza Tabrizi on 28 January 2020 .\n\nThe senate met.", "Reza Tabrizi"),
    ("Budget row\n\nBy Ann Lee for the Daily Ledger\n\nThe senate met.", "Ann Lee"),
    # prose that starts with "By" is not a byline
    ("Budget row\n\nBy the time the polls closed, Smith had won.", None),
    ("Budget row\n\nBy Friday, the deal was done.", None),
]


@pytest.mark.parametrize("text,author", ROWS)
def test_byline_author(text, author):
    assert extract(text).meta.author == author


def test_author_given_by_the_caller_wins():
    assert extract(ROWS[0][0], author="Desk").meta.author == "Desk"
