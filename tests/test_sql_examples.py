"""The README's ad-hoc SQL examples run against a seeds database."""

from __future__ import annotations

import re

import pytest

from conftest import REPO

_SECTION = re.compile(r"^## Ad-hoc SQL\n(.*?)^## ", re.S | re.M)
_SQL_BLOCK = re.compile(r"```sql\n(.*?)```", re.S)


def readme_examples() -> list[str]:
    section = _SECTION.search((REPO / "README.md").read_text(encoding="utf-8")).group(1)
    return [block.strip() for block in _SQL_BLOCK.findall(section)]


def test_the_readme_has_three_examples():
    assert len(readme_examples()) == 3


@pytest.mark.parametrize("index", range(3))
def test_example_runs_and_returns_rows(cli, seeds_db, index):
    statement = readme_examples()[index].rstrip(";")
    result = cli("sql", statement, "--db", seeds_db, "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = result.json()
    assert rows, "each example must return something on the seeds"
    if index == 0:
        assert set(rows[0]) == {"speaker", "month", "quotes"}
        assert all(re.fullmatch(r"\d{4}-\d{2}", r["month"]) for r in rows)
        assert [r["month"] for r in rows] == sorted(r["month"] for r in rows)
    elif index == 1:
        assert all("[" in r["excerpt"] and "]" in r["excerpt"] for r in rows)
    else:
        assert all(r["articles"] >= 1 and r["quotes"] >= r["articles"] for r in rows)
        assert [r["articles"] for r in rows] == sorted((r["articles"] for r in rows), reverse=True)
