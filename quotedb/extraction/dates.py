"""Dates: the publication date from byline or dateline, and the dates mentioned in
the text, each resolved to ISO-8601 with its precision and source.

Relative expressions ("on Tuesday", "last week", "two years ago") resolve against
the publication date; "the next day" / "the same day" against the date mentioned
just before (TimeML/TIMEX3 practice). A day and month with no inferable year is
written ``XXXX-MM-DD``.
"""

from __future__ import annotations

import datetime as dt
import re

import regex

from . import lexicon as lx
from ..models import DateRef, Paragraph

_MONTHS_ALT = r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
_MONTH = rf"(?P<month>{_MONTHS_ALT})"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_WEEKDAY = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<num>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few)"

_DATE = regex.compile(
    r"\b(?:"
    r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)"
    rf"|{_MONTH}\.?\s+{_DAY}(?!\d)(?:,?\s+{_YEAR}(?!\d))?"
    rf"|{_DAY2}\s+(?:of\s+)?{_MONTH2}\.?(?:,?\s+(?P<year2>(?:1[89]|20)\d\d)(?!\d))?"
    rf"|(?P<my_month>{_MONTHS_ALT})\.?,?\s+(?P<my_year>(?:1[89]|20)\d\d)(?!\d)"
    r"|(?P<yprep>in|since|during|of|by|early|late|mid-?)\s+(?P<yonly>(?:19|20)\d\d)(?![\d-])"
    rf"|(?P<wdprefix>(?:on|last|this|next|since|until|from|by)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?P<rel>yesterday|today|tonight|tomorrow|the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)|(?:on\s+)?the\s+same\s+day|that\s+day"
    r"|(?:last|this|past)\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|the\s+previous\s+(?:week|month|year)"
    rf"|{_NUM}\s+(?P<unit>day|week|month|year)s?\s+ago)"
    r")",
    regex.IGNORECASE,
)
_MONTH_NAMES = lx.MONTHS
# The same grammar split by the anchor that triggers it, so that each small regex
# runs at a known position instead of the whole union scanning a window.
_P_MONTH = regex.compile(
    rf"{_MONTH}\.?\s+{_DAY}(?!\d)(?:,?\s+{_YEAR}(?!\d))?"
    rf"|(?P<my_month>{_MONTHS_ALT})\.?,?\s+(?P<my_year>(?:1[89]|20)\d\d)(?!\d)")
_P_DAYMONTH = regex.compile(rf"\b{_DAY2}\s+(?:of\s+)?{_MONTH2}\.?(?:,?\s+(?P<year2>(?:1[89]|20)\d\d)(?!\d))?")
_P_DIGITS = regex.compile(
    r"\b(?:(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)"
    r"|(?P<yprep>[Ii]n|[Ss]ince|[Dd]uring|of|by|[Ee]arly|[Ll]ate|[Mm]id-?)\s+(?P<yonly>(?:19|20)\d\d)(?![\d-]))")
_P_WEEKDAY = regex.compile(
    rf"\b(?P<wdprefix>(?i:on|last|this|next|since|until|from|by)\s+)?{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?")
# A month named alone after a preposition ("in March", "last October"); a month with
# its day or year is read whole by _P_MONTH.
_MONTH_PREPS = frozenset({"in", "since", "during", "early", "late", "mid", "last", "this", "until", "by",
                          "from", "through"})
_P_MONTH_ALONE = regex.compile(
    rf"\b(?P<mprep>(?i:{'|'.join(sorted(_MONTH_PREPS, key=len, reverse=True))}))(?:\s+|-)"
    rf"(?P<monly>{_MONTHS_ALT})\b(?!\.?,?\s*\d)")
# A year that dates the occasion of a statement: "in a 2017 interview", "his 2019 speech".
_P_OCCASION = regex.compile(
    rf"\b(?i:{'|'.join(sorted(lx.NP_DETERMINERS, key=len, reverse=True))})\s+(?P<oyear>(?:19|20)\d\d)\s+(?P<onoun>[a-z\-]+)")
_P_REL = regex.compile(
    r"\b(?P<rel>yesterday|today|tonight|tomorrow|the\s+(?:next|following|previous)\s+day|the\s+day\s+(?:before|after)|(?:on\s+)?the\s+same\s+day|that\s+day"
    r"|(?:last|this|past)\s+(?:week|month|year)|earlier\s+this\s+(?:week|month|year)|the\s+previous\s+(?:week|month|year)"
    r"|this\s+(?:morning|afternoon|evening)"
    rf"|{_NUM}\s+(?P<unit>day|week|month|year)s?\s+ago)\b",
    regex.IGNORECASE)

# Byline / dateline shapes, tried on the first paragraphs only.
_PUB_CUE = regex.compile(
    r"(?:\b(?:written|posted|published|updated|first\s+published|last\s+updated)\b[^\n]{0,80}?"
    r"|^\s*(?:by\s+[^\n]{1,60}?[|,·•–—-]\s*)"
    r"|^[^\n]{1,60}?\s[|·•–—]\s*"  # "Staff reporters | Tuesday 3 March 2026"
    r"|^[\p{Lu}][\p{L}\s.,()'’/-]{0,60}?,\s*"  # dateline "WASHINGTON, " / "Iran, "
    r"|^\s*)"
    r"(?=(?:on\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d\d-\d\d))",
    regex.IGNORECASE | regex.MULTILINE,
)


def _mk(y: int | None, m: int, d: int | None, source: str, s: int, e: int) -> DateRef:
    if d is None:
        return DateRef(value=f"{y:04d}-{m:02d}" if y else f"XXXX-{m:02d}", precision="month",
                       source=source, start=s, end=e)
    yy = f"{y:04d}" if y else "XXXX"
    return DateRef(value=f"{yy}-{m:02d}-{d:02d}", precision="day", source=source, start=s, end=e)


_ISO_ARG = regex.compile(r"\s*(\d{4})(?!\d)(?:-(\d\d)(?:-(\d\d))?)?")
_SPACES = regex.compile(r"\s+")
_WEEKDAY_PREFIX = regex.compile(r"(?:on\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+)?")


def parse_iso(value: str | None) -> DateRef | None:
    """A DateRef from an ISO date given as outside metadata."""
    if not value:
        return None
    m = _ISO_ARG.match(value)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        dt.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return None  # "2020-13-45" in front matter: no date rather than a wrong one
    if d:
        return DateRef(value=f"{y}-{mo}-{d}", precision="day", source="published")
    if mo:
        return DateRef(value=f"{y}-{mo}", precision="month", source="published")
    return DateRef(value=y, precision="year", source="published")


def _as_date(ref: DateRef | None) -> dt.date | None:
    if ref is None or ref.precision != "day":
        return None
    y = ref.value[:4]
    try:
        return dt.date(2000 if y == "XXXX" else int(y), int(ref.value[5:7]), int(ref.value[8:10]))
    except ValueError:
        return None


def _shift(anchor: DateRef, days: int, source: str, s: int, e: int) -> DateRef | None:
    d = _as_date(anchor)
    if d is None:
        return None
    try:
        nd = d + dt.timedelta(days=days)
    except OverflowError:
        return None
    y = None if anchor.value.startswith("XXXX") else nd.year
    return _mk(y, nd.month, nd.day, source, s, e)


def _infer_year(m: int, d: int | None, pub: DateRef | None) -> int | None:
    """The year of a year-less date: the publication year, or the one before when
    the date would otherwise lie well after publication."""
    pd = _as_date(pub)
    if pd is None or pub.value.startswith("XXXX"):
        return None
    try:
        cand = dt.date(pd.year, m, d or 1)
    except ValueError:
        return None
    return pd.year - 1 if cand > pd + dt.timedelta(days=31) else pd.year


def _groupdict(m: regex.Match) -> dict:
    """``m.groupdict()`` built from ``m.groups()``: regex's groupdict costs about five
    times as much (17k instructions a date)."""
    g = m.groups()
    return {name: g[i - 1] for name, i in m.re.groupindex.items()}


def _resolve(m: regex.Match, pub: DateRef | None, last: DateRef | None) -> DateRef | None:
    s, e = m.start(), m.end()
    g = _groupdict(m)
    try:
        if g.get("iso"):
            return _mk(int(g.get("iy")), int(g.get("im")), int(g.get("id")), "explicit", s, e)
        for suffix in ("", "2"):  # "January 24, 2020" and "24 January 2020"
            if g.get("month" + suffix) and g.get("day" + suffix):
                mo = _MONTH_NAMES[g.get("month" + suffix).lower()[:3]]
                d = int(g.get("day" + suffix))
                if not 1 <= d <= 31:
                    return None
                year = g.get("year" + suffix)
                y = int(year) if year else _infer_year(mo, d, pub)
                return _mk(y, mo, d, "explicit", s, e)
        if g.get("my_month"):
            mo = _MONTH_NAMES[g.get("my_month").lower()[:3]]
            return _mk(int(g.get("my_year")), mo, None, "explicit", s, e)
        if g.get("monly"):
            return _month_alone(_MONTH_NAMES[g.get("monly").lower()[:3]], g.get("mprep").lower(), pub, s, e)
        if g.get("oyear"):
            if g.get("onoun") not in lx.OCCASION_NOUNS:
                return None
            return DateRef(value=g.get("oyear"), precision="year", source="explicit", start=s, end=e)
        if g.get("yonly"):
            return DateRef(value=g.get("yonly"), precision="year", source="explicit", start=s, end=e)
        if g.get("wd"):
            if g.get("wd")[0].islower():
                return None
            anchor = _as_date(pub)
            if anchor is None or pub.value.startswith("XXXX"):
                return None
            target = lx.WEEKDAYS[g.get("wd").lower()]
            prefix = (g.get("wdprefix") or "").strip().lower()
            if prefix == "next":
                delta = (target - anchor.weekday()) % 7 or 7
            else:
                delta = -((anchor.weekday() - target) % 7)
                if prefix == "last" and delta == 0:
                    delta = -7
            return _shift(pub, delta, "relative", s, e)
        if g.get("rel"):
            if _in_title(m):
                return None
            return _relative(g, pub, last, s, e)
    except (KeyError, ValueError):
        return None
    return None


def _in_title(m: regex.Match) -> bool:
    """A capitalised "Today" or "Tonight" inside a sentence names a programme or a
    paper ("Farming Today", "USA Today", "the Today show"), not the day."""
    word = m.group("rel")
    if not word[0].isupper() or " " in word:
        return False
    before = m.string[max(0, m.start() - 3):m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"“”‘’'([—–"


def _month_alone(mo: int, prep: str, pub: DateRef | None, s: int, e: int) -> DateRef:
    """"in March": the publication year's, or the year before's when it lies ahead;
    "last October": the latest October before the publication month."""
    pd = _as_date(pub)
    if pd is None or pub.value.startswith("XXXX"):
        return _mk(None, mo, None, "explicit", s, e)
    if prep == "last":
        y = pd.year if mo < pd.month else pd.year - 1
    elif prep == "this":
        y = pd.year
    else:
        y = _infer_year(mo, None, pub)
    return _mk(y, mo, None, "relative" if prep in ("last", "this") else "explicit", s, e)


def _relative(g: dict, pub: DateRef | None, last: DateRef | None, s: int, e: int) -> DateRef | None:
    rel = _SPACES.sub(" ", g.get("rel").lower())
    if "same day" in rel or rel == "that day":
        return DateRef(last.value, last.precision, "relative", s, e) if last else None
    if rel in ("the next day", "the following day", "the day after"):
        return _shift(last, 1, "relative", s, e) if last else None
    if rel in ("the previous day", "the day before"):
        return _shift(last, -1, "relative", s, e) if last else None
    if pub is None or pub.precision != "day":
        return None
    if rel in ("today", "tonight") or rel.startswith("this ") and rel.endswith(("morning", "afternoon", "evening")):
        return DateRef(pub.value, "day", "relative", s, e)
    if rel == "yesterday":
        return _shift(pub, -1, "relative", s, e)
    if rel == "tomorrow":
        return _shift(pub, 1, "relative", s, e)
    pd = _as_date(pub)
    if g.get("unit"):
        raw = _SPACES.sub(" ", g.get("num").lower())
        n = int(raw) if raw.isdigit() else lx.NUMBER_WORDS.get(raw, 1)
        unit = g.get("unit").lower()
        if unit == "day":
            return _shift(pub, -n, "relative", s, e)
        if unit == "week":
            return _shift(pub, -7 * n, "relative", s, e)
        if unit == "month":
            mo = pd.month - n
            y = pd.year + (mo - 1) // 12
            return _mk(y, (mo - 1) % 12 + 1, None, "relative", s, e)
        return DateRef(value=f"{pd.year - n:04d}", precision="year", source="relative", start=s, end=e)
    if rel.endswith("week"):
        return _shift(pub, -7 if ("last" in rel or "previous" in rel or "past" in rel) else 0, "relative", s, e)
    if rel.endswith("month"):
        if "last" in rel or "previous" in rel or "past" in rel:
            mo = pd.month - 1 or 12
            return _mk(pd.year if pd.month > 1 else pd.year - 1, mo, None, "relative", s, e)
        return _mk(pd.year, pd.month, None, "relative", s, e)
    if rel.endswith("year"):
        y = pd.year - 1 if ("last" in rel or "previous" in rel or "past" in rel) else pd.year
        return DateRef(value=f"{y:04d}", precision="year", source="relative", start=s, end=e)
    return None


_A_YEAR4 = regex.compile(r"(?:1[89]|20)\d\d")


def find_published(text: str, paras: list[Paragraph], max_paras: int = 12) -> DateRef | None:
    """The publication date stated by a byline or dateline near the top."""
    for p in paras[:max_paras]:
        if _A_YEAR4.search(text, p.start, min(p.end, p.start + 460)) is None:
            continue
        for cue in _PUB_CUE.finditer(text, p.start, min(p.end, p.start + 400)):
            m2 = _WEEKDAY_PREFIX.match(text, cue.end(), p.end)  # "Thursday 14 May 2026": the date after
            m = _DATE.match(text, m2.end(), p.end) if m2 else None
            if m is None:
                m = _DATE.match(text, cue.end(), p.end)
            if m is None:
                continue
            ref = _resolve(m, None, None)
            if ref is not None and ref.precision == "day" and not ref.value.startswith("XXXX"):
                return DateRef(ref.value, "day", "published", ref.start, ref.end)
    return None


# Cheap anchors: literal scans are fast; each anchor then tries the one small pattern
# that can contain it, at or just before it.
_A_MONTH = re.compile(r"[JFMASOND][aepuco][nbrylgptvc]")  # the standard engine: twice as fast here
_A_DIGITS = re.compile(r"(?:19|20)\d\d")
# Literal anchors are found with str.find, several times faster than a regex scan.
_A_REL = ("ago", "week", "month", "year", "night", "morrow", "morning", "afternoon", "evening")
_A_REL_ALONE = frozenset({"ago", "night", "morrow"})
_WD_TAIL = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


_LETTERS = re.compile(r"[A-Za-z]+")
_REL_BEFORE = ("next ", "following ", "previous ", "same ", "that ", "yester", "to", "last ", "this ",
               "past ", "ago")


def _candidates(masked: str, lo: int, hi: int):
    for m in _A_MONTH.finditer(masked, lo, hi):
        a = m.start()
        if a > 0 and masked[a - 1].isalpha():
            continue
        word = _LETTERS.match(masked, a, hi)
        if word is None or word.group().lower() not in _MONTH_NAMES:
            continue  # "Marco", "Mayor", "Junior"
        yield _P_MONTH.match(masked, a, hi)
        before = masked[max(lo, a - 9):a].rsplit(None, 1)[-1:]
        if before and before[0].lstrip("([—–").rstrip("-").lower() in _MONTH_PREPS:  # "in March", "mid-May"
            yield _P_MONTH_ALONE.search(masked, max(lo, a - 9), min(hi, a + 18))  # room for "September, 2024"
        if a > lo and any(ch.isdigit() for ch in masked[max(lo, a - 12):a]):
            yield _P_DAYMONTH.search(masked, max(lo, a - 12), min(hi, a + 24))
    for m in _A_DIGITS.finditer(masked, lo, hi):
        yield _P_DIGITS.search(masked, max(lo, m.start() - 8), min(hi, m.end() + 7))
        after = masked[m.end() + 1:m.end() + 13].split(None, 1)[:1]
        if after and after[0].rstrip(",.;:") in lx.OCCASION_NOUNS:  # "a 2017 interview"
            yield _P_OCCASION.search(masked, max(lo, m.start() - 7), min(hi, m.end() + 14))
    for a in _find_all(masked, "day", lo, hi):
        head = masked[max(lo, a - 10):a].lower()
        if head.endswith(_WD_TAIL):
            yield _P_WEEKDAY.search(masked, max(lo, a - 16), min(hi, a + 14))
        elif head.endswith(_REL_BEFORE) or masked.startswith((" before", " after", "s ago"), a + 3):
            yield _P_REL.search(masked, max(lo, a - 24), min(hi, a + 12))
    for word in _A_REL:
        for a in _find_all(masked, word, lo, hi):
            end = a + len(word)
            head = masked[max(lo, a - 10):a].lower()
            if head.endswith(_REL_BEFORE) or word in _A_REL_ALONE or masked.startswith(("s ago", " ago"), end):
                yield _P_REL.search(masked, max(lo, a - 24), min(hi, end + 3))


def _find_all(text: str, word: str, lo: int, hi: int):
    """Starts of the non-overlapping occurrences of ``word`` in ``text[lo:hi]``."""
    i = text.find(word, lo, hi)
    while i >= 0:
        yield i
        i = text.find(word, i + len(word), hi)


def find_dates(masked: str, lo: int, hi: int, pub: DateRef | None) -> list[DateRef]:
    """Every resolvable date expression in ``masked[lo:hi]`` (quoted text is masked
    out, so dates inside quotations are ignored), in order; "the next day" chains
    off the previous one."""
    found: dict[int, regex.Match] = {}
    for m in _candidates(masked, lo, hi):
        if m is not None and (m.start() not in found or m.end() > found[m.start()].end()):
            found[m.start()] = m
    out: list[DateRef] = []
    last: DateRef | None = None
    prev_end = -1
    for start in sorted(found):
        m = found[start]
        if start < prev_end:
            continue
        prev_end = m.end()
        ref = _resolve(m, pub, last)
        if ref is None:
            continue
        out.append(ref)
        if ref.precision == "day":
            last = ref
    return out
