"""Interview transcripts: turns introduced by a speaker label with no quote marks.

Q&A articles print what was said after a label at the start of a paragraph
("Q: ...", "A: ...", "Q. ...", "OKAFOR: ...", "Ngozi Okafor: ..."). A label counts only in a
document that reads as a dialogue: at least three labelled paragraphs under at least
two labels. The interviewer's turns (labels such as "Q", or whose turns are mostly
questions) are not statements; "A" stands for the interviewee, the person the
introduction names most often.
"""

from __future__ import annotations

from typing import Callable

import regex

from . import lexicon as lx
from .gender import is_first_name
from ..models import DateRef, Mention, Paragraph

# "Name: ...", and the print style's "Q. ..." / "A. ..." (a full stop for the colon)
_LABEL = regex.compile(
    r"(?:[\p{Lu}][\p{L}\p{M}.'’\-]{0,30})(?:[ \t]+(?:[\p{Lu}][\p{L}\p{M}.'’\-]{0,30}|of|de|van|von|al|bin|&)){0,3}"
    r"[ \t]*:[ \t]+(?=\S)"
    r"|[QA]\.[ \t]+(?=\S)"
)
_WORD = regex.compile(r"[\p{L}\d][\p{L}\p{M}\d'’\-]*")


class Turn:
    __slots__ = ("label", "label_start", "label_end", "start", "end", "paragraph", "question")

    def __init__(self, label: str, label_start: int, label_end: int, start: int, end: int,
                 paragraph: int, question: bool):
        self.label, self.label_start, self.label_end = label, label_start, label_end
        self.start, self.end, self.paragraph, self.question = start, end, paragraph, question


def _turns(text: str, paras: list[Paragraph]) -> list[Turn]:
    out = []
    for p in paras[1:]:  # the first line is the headline ("Q&A: ...")
        m = _LABEL.match(text, p.start, p.end)
        if m is None:
            continue
        label = text[p.start:m.end()].rstrip().rstrip(":").strip().rstrip(".")
        if label.lower() in lx.NON_SPEAKER_LABELS or label.lower() in lx.NON_NAMES - {"q", "a"}:
            continue
        body_start = m.end()
        if text[body_start] in lx.OPEN_ONLY or text[body_start] in "\"'":
            continue  # 'Okafor: “...”' is a quotation the attribution stage handles
        body_end = p.end
        question = text[body_start:body_end].rstrip().endswith("?")
        words = _WORD.findall(text, body_start, body_end)
        if not question and (len(words) < 3 or sum(w[0].isupper() for w in words) * 5 > len(words) * 3):
            continue  # a score ("Clinton: 1,769"), a list of names, a heading
        out.append(Turn(label, p.start, p.start + len(label), body_start, body_end, p.index, question))
    return out


def _surnames(author: str | None) -> set[str]:
    """The byline's surnames, lower-cased ("Ann Lee, Tom Berg" -> {"lee", "berg"})."""
    return {n.split()[-1].lower() for n in author.split(", ") if n.strip()} if author else set()


def _interviewee(names: list[Mention], before: int, asking: set[str]) -> Mention | None:
    """The person the introduction names most often, a surname alone counting for the
    full name ("Ines Varga ... Varga, 54, sat down"); a name that opens with a known
    first name beats a place that reads as one ("Port Calloway"); ties: the first named.
    The byline's author (surnames ``asking``) asks the questions, however often the
    introduction names them."""
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    intro = [m for m in names if m.start < before and m.kind == "person" and m.name
             and m.name.split()[-1].lower() not in asking]
    for m in intro:
        if " " in m.name:
            first.setdefault(m.name.split()[-1], m)
    if not first:
        return None
    for m in intro:
        last = m.name.split()[-1]
        if last in first:
            counts[last] = counts.get(last, 0) + 1
    best = max(first, key=lambda k: (is_first_name(first[k].name.split()[0]), counts[k], -first[k].start))
    return first[best]


def _by_initials(label: str, turns: list[Turn]) -> str | None:
    """The full name an initials label stands for ("BH:" after "Brigid Halloran:"),
    when another label of the transcript has those initials."""
    for t in turns:
        words = t.label.split()
        if len(words) > 1 and "".join(w[0] for w in words).upper() == label:
            return t.label
    return None


def interview_turns(text: str, paras: list[Paragraph], names: Callable[[], list[Mention]],
                    pub: DateRef | None, author: str | None = None) -> list[tuple[int, int, int, Mention | None, DateRef | None]]:
    """(start, end, paragraph, speaker mention, date) for each answer turn of a
    transcript; empty when the document is not one. ``names`` is called only when an
    answer label needs the interviewee (listing names costs a pass over the text)."""
    turns = _turns(text, paras)
    if len(turns) < 3:
        return []
    by_label: dict[str, list[Turn]] = {}
    for t in turns:
        by_label.setdefault(t.label.lower(), []).append(t)
    switches = sum(a.label.lower() != b.label.lower() for a, b in zip(turns, turns[1:]))
    if len(by_label) < 2 or switches < 2 or max(len(ts) for ts in by_label.values()) < 2:
        return []  # a list of "Name: item" lines, not a conversation
    author_names = _surnames(author)
    asking = {lab for lab, ts in by_label.items()
              if lab in lx.INTERVIEWER_LABELS or sum(t.question for t in ts) * 2 > len(ts)
              or lab.split()[-1] in author_names}  # "Stoltz:" in an article by Maren Stoltz
    if len(by_label) - len(asking) == 0:
        return []
    date = DateRef(pub.value, pub.precision, "published") if pub is not None else None
    out = []
    interviewee: Mention | None = None
    for k, t in enumerate(turns):
        lab = t.label.lower()
        if lab in asking:
            continue
        if lab in lx.ANSWER_LABELS:
            if interviewee is None:
                interviewee = _interviewee(names(), turns[0].label_start, author_names)
            mention = interviewee
        else:
            full = _by_initials(t.label, turns) if t.label.isupper() and len(t.label) <= 3 else None
            name = full or (t.label.title() if t.label.isupper() else t.label)
            mention = Mention(t.label_start, t.label_end, t.label, name, None, "person")
        out.append((t.start, t.end, t.paragraph, mention, date))
        # an answer running over several paragraphs, up to the next turn: a statement
        # a paragraph, as a reader quotes it (and as a paragraph-per-span gold counts it)
        nxt = turns[k + 1].paragraph if k + 1 < len(turns) else t.paragraph + 1
        for p in paras[t.paragraph + 1:nxt]:
            body = text[p.start:p.end].strip()
            if body[:1] in "([" and body[-1:] in ")]":
                break  # "(BEGIN VIDEO CLIP)", "[crosstalk]": a transcript's stage direction
            if len(_WORD.findall(body)) >= 2:
                out.append((p.start, p.end, p.index, mention, date))
    return out
