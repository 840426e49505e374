"""What is not a statement: titles, scare quotes, junk (markup, bare URLs, handles)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from ...models import Mention, Paragraph, QuoteSpan
from .. import lexicon as lx
from .records import Attribution

if TYPE_CHECKING:
    from .window import QuoteWindow


_WORD = regex.compile(r"[\p{L}\p{N}]+")

_TWORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")


def word_count(s: str) -> int:
    """Word count, exact up to 10 (only small counts matter to the filters)."""
    if len(s) > 160:
        return 11 + len(s) // 1000
    return len(_WORD.findall(s))


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this",
                          "that", "these", "those", "so-called"})

# Junk: markup anywhere ("<", ">", '="'; plain substring tests), or a body that is
# only a URL, an ISO date or a handle (one anchored match, not a search of the body).
_JUNK_WHOLE = regex.compile(r"\s*(?:(?:https?://|www\.|pic\.twitter)\S*\s*$|\d{4}-\d\d-\d\d\s*$|[@#]\w+\s*$)")

_TITLE_LEAD = frozenset({"on", "in", "at", "of", "from", "titled", "entitled", "dubbed", "named",
                         "called", "the", "film", "book", "song", "show", "album", "movie", "series",
                         "program", "programme", "slogan", "banner", "hashtag", "podcast", "column"})

_THE = regex.compile(r"^(?:the|The)\s+")

# a show's name is the addressee or the venue: 'told “Harbour Morning,”', 'an interview with “Face the Port.”'
_ADDRESSEE_LEAD = frozenset({"told", "tells", "telling", "with"})


def title_like(s: str) -> bool:
    """Headline-style capitalisation and few words: a title or a name, not speech."""
    if len(s) > 120:
        return False
    ws = _TWORD.findall(s)
    if not ws or len(ws) > 10 or s.rstrip()[-1:] in "!?…" or len(ws) < 2 and s.rstrip()[-1:] in ".,":
        return False
    small = {"of", "the", "a", "an", "and", "or", "for", "in", "on", "to", "with", "at", "by", "is"}
    return all(w[0].isupper() or w[0].isdigit() or w in small for w in ws) and ws[0][0].isupper()


# Someone speaking: "I", "we", "you" in a quote make it words said, not a subheading.
_FIRST_OR_SECOND_PERSON = regex.compile(r"\b(?:I|I'm|I’m|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|[Mm]e|[Uu]s|[Yy]our)\b")


def is_subheading(text: str, masked: str, q: QuoteSpan, para: Paragraph,
                  last_by_para: dict[int, Attribution]) -> bool:
    """A short quote alone in its paragraph, with no quote in the paragraph before and
    no one speaking in it ("I", "we", "you"): a subheading in quote marks between
    paragraphs of prose."""
    return q.open_at == para.start and q.close_at >= 0 and word_count(text[q.start:q.end]) <= 8 \
        and not masked[q.close_at + 1:para.end].strip(" .") and q.paragraph - 1 not in last_by_para \
        and not _FIRST_OR_SECOND_PERSON.search(text[q.start:q.end])


def single_mark_subheading(text: str, masked: str, q: QuoteSpan, para: Paragraph) -> bool:
    """A short paragraph in single marks ('‘A fight to the finish.’', '– ‘Who cares?’ –') in
    a text whose quotes take double marks: the American subheading style, not speech."""
    return q.mark in "'‘" and q.close_at >= 0 and word_count(text[q.start:q.end]) <= 8 \
        and not text[para.start:q.open_at].strip(" –—-") and not masked[q.close_at + 1:para.end].strip(" .–—-") \
        and ("“" in text or '"' in text)


def _after_byline(pre) -> bool:
    """'“Headline,” by the Gazette's Tom Bell:' before a quote: an excerpt of that article."""
    for j in range(len(pre) - 2, max(1, len(pre) - 12), -1):
        if pre[j].low == "by":
            k = j - 1
            if pre[k].text == ",":
                k -= 1
            return k >= 0 and pre[k].text in "”\"'’"
    return False


def not_a_statement(w: QuoteWindow, q: QuoteSpan, pm: Mention | None, cue: str | None, strong: bool,
                    clause_start: int, emb: Attribution | None) -> bool:
    """Junk, a cited headline, a title, a scare-quoted noun phrase or a word or two
    with no strong cue."""
    body, pre, post = w.body, w.pre, w.post
    if "<" in body or ">" in body or '="' in body or _JUNK_WHOLE.match(body):
        return True
    if post and post[0].low == "by" and len(post) > 2 and pm is None and (
            post[1].cap or (post[1].low == "the" and post[2].cap)):
        return True  # a cited headline: '"Met accused of whitewashing," by the Post's X'
    if pre and pre[-1].text == ":" and _after_byline(pre):
        return True  # the cited article's text: '"Ferry line opens," by the Gazette's X: "..."'

    if len(pre) > 1 and pre[-1].low in ("is", "was") and pre[-2].low in _TITLE_LEAD and title_like(body):
        return True  # 'whose campaign slogan is “Common Sense, Common Wealth,” said'
    if (not strong or (pre and (pre[-1].low in _TITLE_LEAD or pre[-1].low in _ADDRESSEE_LEAD
                                or pre[-1].low in lx.WORK_VERBS or pre[-1].possessive))) and title_like(body):
        return True  # (the cheap test first: most quotes have a strong cue)
    if pre and pre[-1].low in lx.TITLE_PARTICIPLES and body[-1:] not in "!?":
        return True  # a title in sentence case: 'the paper, titled “Warming advances spawning”'
    if any(t.low in lx.NICKNAME_VERBS for t in pre[-3:]) and title_like(_THE.sub("", body)):
        return True  # a nickname: 'a tabloid christened him “the Sewer Prophet”'
    if clause_start >= 0:
        return False
    # scare quotes and titles; the word count last, as few quotes get that far
    if cue is None and pre and pre[-1].low in _DETERMINERS and body[-1:] not in ".!?…" and word_count(body) <= 4:
        return True  # a quoted noun phrase: 'his “Second Amendment people”', 'a “spouse’s pin”'
    if not (strong and (body[-1:] in ".!?…" or body[:1].isupper())) and word_count(body) <= 2:
        return True
    if emb is None and q.close_at >= 0 and not strong and word_count(body) <= 2:
        return True
    return False
