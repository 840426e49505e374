"""Reporting verbs and their forms, and the pronouns. (See the package docstring for sources.)"""

from __future__ import annotations

from .marks import *  # noqa: F401,F403

# --- reporting verbs ----------------------------------------------------------
# Speech-act verbs that introduce a quote or a claim (Krestel's reporting-verb
# list, trimmed to verbs of saying/writing; PARC "cue" examples). Base forms;
# inflections are generated below.
_SPEECH_VERBS_BASE = [
    "say", "tell", "add", "write", "ask", "warn", "state", "declare", "announce",
    "explain", "note", "stress", "insist", "argue", "claim", "continue", "conclude",
    "reply", "respond", "answer", "admit", "acknowledge", "recall", "tweet", "post",
    "comment", "remark", "observe", "emphasize", "emphasise", "suggest", "urge",
    "vow", "promise", "predict", "boast", "complain", "concede", "confirm", "deny",
    "joke", "quip", "shout", "cry", "yell", "whisper", "allege", "assert",
    "maintain", "reiterate", "reveal", "report", "contend", "charge", "counter",
    "retort", "point", "tell", "testify", "caution", "demand", "estimate",
    "lament", "mutter", "plead", "pledge", "proclaim", "protest", "reason",
    "recount", "repeat", "scoff", "sigh", "snap", "speculate", "thunder", "wonder",
    "agree", "disagree", "accuse", "describe", "blast", "criticize", "criticise",
    "chant", "recommend", "forecast", "hint", "indicate", "advise", "inform",
    "fume", "gush", "interject", "retweet", "blurt", "exclaim",
]
_IRREGULAR = {
    "say": ["said", "says", "saying"],
    "tell": ["told", "tells", "telling"],
    "write": ["wrote", "writes", "writing", "written"],
    "cry": ["cried", "cries", "crying"],
    "quip": ["quipped", "quips", "quipping"],
    "snap": ["snapped", "snaps", "snapping"],
    "refer": ["referred", "refers", "referring"],
    "tar": ["tarred", "tars", "tarring"],
    "forecast": ["forecast", "forecasts", "forecasting"],
    "admit": ["admitted", "admits", "admitting"],
    "regret": ["regretted", "regrets", "regretting"],
}


def _inflect(base: str) -> list[str]:
    if base in _IRREGULAR:
        return [base] + _IRREGULAR[base]
    if base.endswith("e"):
        return [base, base + "d", base + "s", base[:-1] + "ing"]
    if base.endswith(("sh", "ch", "x", "ss")):
        return [base, base + "ed", base + "es", base + "ing"]
    if base.endswith("y") and base[-2] not in "aeiou":
        return [base, base[:-1] + "ied", base[:-1] + "ies", base + "ing"]
    if len(base) <= 4 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        # one syllable ending consonant-vowel-consonant doubles its last letter
        # ("dub" -> "dubbed", "slam" -> "slammed", "rip" -> "ripping")
        return [base, base + base[-1] + "ed", base + "s", base + base[-1] + "ing"]
    return [base, base + "ed", base + "s", base + "ing"]


SPEECH_VERBS: frozenset[str] = frozenset(f for b in _SPEECH_VERBS_BASE for f in _inflect(b))
# Verbs that attach a following "that"-clause or quote to a speaker but are too
# weak to attribute a bare quote on their own (beliefs, hopes): PARC's "belief"
# cues are left out on purpose (PolNeAR marks them optional, the seeds omit them).
THAT_ONLY_VERBS: frozenset[str] = frozenset(
    f for b in ["express", "voice", "hope", "signal", "acknowledge", "agree", "accept"] for f in _inflect(b)
)
# Verbs of evaluation that report a stance rather than words ("mocked Rubio for
# “having a tough night”"): a quoted fragment after them is part of a reported
# clause (PARC "attitude" cues); used only with a named subject.
EVAL_VERBS: frozenset[str] = frozenset(f for b in [
    "praise", "mock", "decry", "snipe", "slam", "blast", "attack", "tout", "hail", "condemn",
    "label", "brand", "characterize", "characterise", "accuse", "blame", "chide", "scold",
    "bash", "taunt", "ridicule", "lambaste", "deride", "cite", "applaud", "defend", "question",
    "thank", "credit", "criticize", "criticise", "describe", "call", "dismiss", "rip",
    "fault", "rebuke", "castigate", "denounce", "pledge", "vow", "promise", "urge",
    "imply", "intimate", "portray", "order", "trash", "mock", "lament", "bemoan", "warn",
    "tell", "ask", "dub", "deem", "rate", "pronounce", "hail", "welcome",
    "laud", "assail", "berate", "chastise", "commend", "disparage", "belittle", "lampoon", "excoriate",
    "refer", "herald", "paint", "frame", "pound", "hammer", "knock", "vilify", "demonize", "demonise",
    "lionize", "lionise", "smear", "skewer", "tar",
] for f in _inflect(b))

# Verbs whose reported words may be an infinitive after their object ("urged
# residents to stay indoors", "warned state officials to ..."), and of those the ones
# whose "to" opens it with no object at all ("vowed to fight on").
TO_VERBS = frozenset(f for b in ("vow", "pledge", "promise", "threaten", "urge", "ask", "tell", "warn",
                                 "order", "demand", "call", "refuse", "agree", "offer")
                     for f in _inflect(b)) | frozenset({"vowing", "pledging", "promising"})
TO_ALONE_VERBS = frozenset(f for b in ("vow", "pledge", "promise", "threaten", "refuse", "agree", "offer")
                           for f in _inflect(b)) | frozenset({"vowing", "pledging", "promising"})

# Verbs that make or show a work, and verbs that give a nickname: a title-cased quote
# right after them is the work's title or the name given ('who directed “The Salt
# Marsh”', 'starred in “Low Water”'), not speech; the nickname's may open with "the"
# ('a tabloid dubbed him “the Sewer Prophet”'). From general news style.
WORK_VERBS = frozenset(f for b in ("direct", "write", "produce", "publish", "release", "record", "film",
                                   "compose", "author", "stage", "edit", "narrate", "star", "design",
                                   "title", "entitle", "choreograph", "launch", "premiere", "screen")
                       for f in _inflect(b)) | frozenset({"sang", "sung", "co-wrote", "co-directed"})
NICKNAME_VERBS = frozenset({"christened", "dubbed", "nicknamed", "renamed", "rechristened"})
# Participles that hand a work its title whatever its capitalisation: a scientific
# paper's sentence-case title ('the paper, titled “Warming advances spawning in char”')
# or a headline. From general news and science-desk style.
TITLE_PARTICIPLES = frozenset({"titled", "entitled", "headlined", "subtitled",
                               "title"})  # "published under the title “Shortened stopovers ...”"

# Verbs that take an object and a "that"-clause of their own ("assured them that",
# "reminded staff that", "convinced voters that"): a "that" after them is theirs, so a
# later "and that" continues their clause, not the outer report's.
ASSURING_VERBS = frozenset(f for b in ("assure", "remind", "convince", "persuade", "inform", "reassure",
                                       "notify", "promise", "tell", "warn", "advise", "ask")
                           for f in _inflect(b))

# --- pronouns -------------------------------------------------------------------
PERSON_PRONOUNS = frozenset({"he", "she", "i"})
GROUP_PRONOUNS = frozenset({"they", "we"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | frozenset({"it"})
