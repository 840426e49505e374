"""Extractor entry point: text in, an Extraction (document metadata and quotes) out.

Pipeline: segment (paragraphs) -> candidates (quote-mark spans) -> mask ->
segment (sentences) -> dates (publication + mentions) -> attribute (speakers,
cues, venues, dates, indirect claims, embedded posts) -> speakers (normalisation).
"""

from __future__ import annotations

from . import attribution as at
from .candidates import find_quotes, mask
from .byline import find_author
from .furniture import blank_furniture
from .dates import find_published, parse_iso
from .interview import interview_turns
from ..models import DocumentMeta, Extraction, Mention, Quote
from .segment import paragraphs, sentences
from .gender import agrees, is_first_name
from .speakers import SpeakerIndex, clean_name, speaker_kind
from .titles import title_verdict

EXTRACTOR_VERSION = "1.8.0"


def extract(text: str, *, published: str | None = None, title: str | None = None,
            author: str | None = None) -> Extraction:
    """Never raises on a str; quotes come back sorted by start."""
    if not isinstance(text, str):
        text = str(text)
    try:
        return _extract(text, published, title, author)
    except TimeoutError:
        raise  # a regex ran past its timeout: ingest reports the document as failed
    except Exception:  # pragma: no cover - last-resort guard: the contract is "never raises"
        return Extraction(text=text, meta=DocumentMeta(title=title, author=author,
                                                       published=parse_iso(published)))


def _extract(text: str, published: str | None, title: str | None, author: str | None) -> Extraction:
    paras = paragraphs(text)
    spans = find_quotes(text, paras)
    masked, furniture = blank_furniture(text, mask(text, spans), paras)
    sents = sentences(masked, paras)
    pub = parse_iso(published) or find_published(text, paras)
    if title is None:
        title = _title(text, paras)
    if author is None:
        author = find_author(text, paras)
    ctx = at.build_context(text, masked, paras, sents, pub)
    atts = at.attribute(ctx, [q for q in spans if q.paragraph not in furniture])
    atts = _with_interview_turns(atts, text, paras, ctx, pub, author)

    index = SpeakerIndex(text, [], finder=ctx.fuller, first_finder=ctx.starting_with)
    for _, m in ctx.attributed:
        if m.kind == "person" and m.name:
            index.add(m.name)
    surfaces: dict[str, set[str]] = {}
    quotes: list[Quote] = []
    canon_of: list[str | None] = []
    for a in atts:
        m = a.mention
        canon = None
        if m is not None and m.name:
            canon = index.canonical(m.name, m.kind)
            surfaces.setdefault(canon, set()).add(clean_name(m.name))
        canon_of.append(canon)
    aliases = {c: index.aliases(c, surfaces.get(c, set())) for c in set(canon_of) if c}  # once per speaker
    for a, canon in zip(atts, canon_of):
        if not (0 <= a.start < a.end <= len(text)):
            continue
        m = a.mention
        quotes.append(Quote(
            start=a.start, end=a.end, text=text[a.start:a.end], kind=a.kind, paragraph=a.paragraph,
            speaker=canon,
            speaker_kind=speaker_kind(m.kind) if m is not None and canon else None,
            speaker_aliases=aliases[canon] if canon else (),
            speaker_mention=m.surface if m is not None else None,
            speaker_start=m.start if m is not None else -1,
            speaker_end=m.end if m is not None else -1,
            role=m.role if m is not None else None,
            cue=a.cue, venue=a.venue, date=a.date, confidence=a.confidence,
        ))
    quotes.sort(key=lambda q: (q.start, q.end))
    return Extraction(text=text, meta=DocumentMeta(title=title, author=author, published=pub),
                      quotes=tuple(quotes))


def _title(text: str, paras) -> str | None:
    """The first line that reads as a headline: front matter, rules and page
    furniture (banner sizes, navigation) skipped, a Markdown heading's hashes dropped;
    none when the article opens with a paragraph."""
    in_front = bool(paras) and text[paras[0].start:paras[0].end].strip() == "---"
    for i, p in enumerate(paras[:12]):
        line = text[p.start:p.end].strip()
        if in_front:
            in_front = not (i > 0 and line == "---")
            continue
        line = line.lstrip("#").strip()
        if any(ch.isalnum() for ch in line):
            verdict = title_verdict(line)
            if verdict != "skip":
                return line if verdict == "title" else None
    return None


def _with_interview_turns(atts, text, paras, ctx, pub, author):
    """Transcript answers (no quote marks) that no other stage already reported."""
    turns = interview_turns(text, paras, lambda: ctx.names, pub, author)
    if not turns:
        return atts
    atts = [_third_person(a, turns, ctx) for a in atts]
    answerer = next((m for _, _, _, m, _ in turns if m is not None), None)
    if answerer is not None:  # "‘We cannot dredge our way out’: the harbour master on ...": the interviewee's
        atts = [a._replace(mention=answerer) if a.paragraph == 0 and a.mention is None else a for a in atts]
    taken = [(a.start, a.end) for a in atts]
    # an answer that quotes someone ('She told the meeting safety was “not a line
    # item”') is still the interviewee's statement; one that other statements cover
    # almost whole is theirs
    extra = [at.Attribution(s, e, "direct", para, m, None, None, date, 0.7 if m else 0.4, -1)
             for s, e, para, m, date in turns
             if 10 * sum(min(e, te) - max(s, ts) for ts, te in taken if ts < e and s < te) < 9 * (e - s)]
    for a in extra:
        if a.mention is not None:
            ctx.attributed.append((a.start, a.mention))
    return sorted(atts + extra, key=lambda a: a.start)


def _third_person(a, turns, ctx):
    """Inside an answer, "she said" is somebody the interviewee speaks of (who would
    say "I said"): the person last named in the answer before the quote ("my mother,
    Ilona, ... “...,” she said"); left as it is when the answer names nobody else."""
    m = a.mention
    if m is None or m.kind != "person" or m.surface.lower() not in ("he", "she"):
        return a
    turn = next((t for t in turns if t[0] <= a.start < t[1]), None)
    last = m.name.split()[-1]  # "Anker" is the interviewee Ruth Anker
    if turn is None or turn[3] is None or not turn[3].name or turn[3].name.split()[-1] != last:
        return a
    named = [n for n in ctx.names if turn[0] <= n.start < a.start and n.kind == "person"
             and n.name.split()[-1] != last and agrees(m.surface, n.name)
             and is_first_name(n.name.split()[0])]  # (not "I've", not "Christmas")
    if not named:
        return a
    n = named[-1]
    return a._replace(mention=Mention(m.start, m.end, m.surface, n.name, n.role, n.kind))
