"""quotedb timeline: counting per period (library), the terminal bar chart, chart files."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from conftest import article, store
from quotedb.db import open_database
from quotedb.errors import QueryError
from quotedb.timeline import ALL, period_of, timeline


@pytest.fixture
def tl_db(db_path):
    store(db_path, article(("We will negotiate on trade", "Ann Lee", "2020-01-05"),
                           ("Tariffs will fall", "Bo Chen", "2020-03-30"),
                           title="One", published="2020-04-01"), source="one.txt")
    # a reprint of Ann Lee's statement two months later, and a new one
    store(db_path, article(("We will negotiate on trade", "Ann Lee", "2020-03-02"),
                           ("Talks to negotiate a truce go on", "Ann Lee", "2020-03-03"),
                           ("Trade matters", "Bo Chen", "2020"),  # a bare year
                           title="Two"), source="two.txt")
    return db_path


def test_periods():
    assert [period_of("2020-01-05", by) for by in ("day", "week", "month", "year")] == \
        ["2020-01-05", "2020-W01", "2020-01", "2020"]
    assert period_of("2020", "month") is None and period_of("XXXX-01-05", "year") is None
    assert period_of("2021-01-01", "week") == "2020-W53"  # ISO weeks


def test_statements_count_once_at_their_earliest_date(tl_db):
    with open_database(tl_db) as db:
        t = timeline(db, "negotiate")
    assert t.series == (ALL,) and t.undated == 0
    assert t.rows() == [
        {"period": "2020-01", "speaker": ALL, "statements": 1, "quotes": 1},
        {"period": "2020-02", "speaker": ALL, "statements": 0, "quotes": 0},  # quiet months too
        {"period": "2020-03", "speaker": ALL, "statements": 1, "quotes": 2},
    ]


def test_one_series_per_speaker_and_coarse_dates_left_out(tl_db):
    with open_database(tl_db) as db:
        t = timeline(db, speakers=["Lee", "Bo Chen"], by="year")
        assert t.series == ("Ann Lee", "Bo Chen") and t.undated == 0
        assert [(p.series, p.statements, p.quotes) for p in t.points] == [
            ("Ann Lee", 2, 3), ("Bo Chen", 2, 2)]
        by_month = timeline(db, speakers=["Bo Chen"])
        assert by_month.undated == 1 and [p.statements for p in by_month.points] == [1]
        with pytest.raises(QueryError, match='speaker "Nobody" is unknown'):  # as --speaker everywhere
            timeline(db, speakers=["Nobody"])
        with pytest.raises(QueryError, match="invalid full-text query"):  # as who-said says it
            timeline(db, '"unterminated', raw=True)
        with pytest.raises(QueryError, match="--by 'fortnight'"):
            timeline(db, by="fortnight")
        assert timeline(db, "negotiat*", raw=True).rows() == timeline(db, "negotiate").rows()
        assert timeline(db, "nothingatall").points == ()


def test_terminal_bar_chart(cli, tl_db):
    result = cli("timeline", "--db", tl_db, "-s", "Ann Lee", "-s", "Bo Chen")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("2020-01  Ann Lee") and lines[0].endswith("█ 1")
    assert lines[1].split() == ["Bo", "Chen"]  # nothing in January
    march = lines[4:6]
    assert march[0].startswith("2020-03  Ann Lee") and march[0].endswith("1 (2 quotes)")
    assert march[1].count("█") == march[0].count("█") > 0
    assert "1 quote without a date precise to the month left out" in result.stderr
    rows = cli("timeline", "negotiate", "--db", tl_db, "-f", "json").json()
    assert [r["statements"] for r in rows] == [1, 0, 1]


@pytest.fixture
def matplotlib():
    return pytest.importorskip("matplotlib", reason="pip install 'quotedb[plot]'")


def test_png_is_an_image_with_one_series_per_speaker(cli, tl_db, tmp_path, matplotlib):
    from matplotlib import image

    from quotedb.chart import figure

    out = tmp_path / "t.png"
    result = cli("timeline", "--db", tl_db, "-s", "Ann Lee", "-s", "Bo Chen", "-o", out)
    assert result.exit_code == 0 and result.stderr.startswith(f"{out}: 3 months, 2 series")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = image.imread(out)
    assert pixels.shape[0] >= 500 and pixels.shape[1] >= 900
    with open_database(tl_db) as db:
        fig = figure(timeline(db, speakers=["Ann Lee", "Bo Chen"]))
    ax = fig.axes[0]
    assert [c.get_label() for c in ax.containers] == ["Ann Lee", "Bo Chen"]
    assert [[b.get_height() for b in c] for c in ax.containers] == [[1, 0, 1], [0, 0, 1]]
    assert ax.get_xlabel().startswith("month") and ax.get_ylabel() == "statements"
    assert ax.get_title() == "Statements per month by speaker"
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Ann Lee", "Bo Chen"]


def test_svg_and_html_charts(cli, tl_db, tmp_path, matplotlib):
    svg = tmp_path / "t.svg"
    assert cli("timeline", "negotiate", "--db", tl_db, "--by", "day", "-o", svg).exit_code == 0
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    ids = [e.get("id") for e in root.iter() if (e.get("id") or "").startswith("series-")]
    assert ids == ["series-0"]  # 58 days: drawn as a line
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Statements per day matching “negotiate”" in texts and "statements" in texts
    page = tmp_path / "t.html"
    assert cli("timeline", "--db", tl_db, "--by", "year", "-o", page).exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") and "<svg" in text and "<?xml" not in text
    assert "<td>2020</td><td>all speakers</td><td>4</td><td>5</td>" in text
    bad = cli("timeline", "--db", tl_db, "-o", tmp_path / "t.jpg")
    assert bad.exit_code == 1 and "must end in .png, .svg or .html" in bad.stderr
