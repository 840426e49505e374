"""Who a speaker name denotes, across documents: the name-variant rules as data.

The extractor gives each quote the fullest name its article has. Across articles one
person is still written many ways: with titles ("Sens. Rand Paul"), with a middle name
or initial ("Donald J. Trump", "Hillary Rodham Clinton"), with or without accents. This
module turns a name into the parts that decide identity (first name, middle initials,
surname, suffix) and says which names are not names at all (junk), which are places,
publications or platforms. It is pure: the database side lives in ``speakerdb``.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import regex

# Titles and their plurals written before a name (AP Stylebook "titles" and
# "abbreviations" entries; plurals as newspapers write them: "Sens.", "Reps.").
# Stripped from the front of a person's name, never from the end.
TITLES = frozenset("""
mr mrs ms miss mx dr drs prof profs professor sir dame lord lady
sen sens senator senators rep reps representative representatives congressman
congresswoman congressmen gov govs governor governors lt gov president presidents pres
vice vp secretary secretaries sec secy atty attorney attorneys general generals gen gens
col maj capt adm sgt cmdr cpl pvt judge judges justice justices chief rev revs reverend
msgr fr pope king queen prince princess sheikh ayatollah imam rabbi mullah mayor mayors
minister ministers prime chancellor premier ambassador amb speaker chairman chairwoman
chair commissioner councilman councilwoman del delegate sheriff detective officer
first former then candidate nominee hopeful democrat democrats democratic republican
republicans gop presidential hon honorable u.s pm
""".split())

# Suffixes that make a different person: "Donald Trump Jr." is not "Donald Trump".
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Lower-case particles that belong to a surname ("Bill de Blasio", "van Loon").
PARTICLES = frozenset({"de", "del", "della", "der", "den", "di", "da", "dos", "das", "du",
                       "la", "le", "van", "von", "ten", "ter", "al", "el", "bin", "ibn", "abu"})

# Reporting verbs and discourse words that are never part of a name: a "name" holding
# one came out of a headline or ran across a clause ("Francois Hollande Says Donald Trump").
CUE_WORDS = frozenset("""
says said tells told adds added asks asked according insists insisted warns warned
writes wrote tweets tweeted explains explained argues argued declares declared announces
announced responds responded replies replied admits admitted suggests suggested
meanwhile however also but and or if when while because then after before
""".split())

# Words a headline capitalises that no name holds ("Move Against Bernie Sanders",
# "Mom Corners Obama", "Is Sanders"): function words and headline verbs, checked only
# when capitalised and not the last word. The first set is never in any name; the
# second not in a person's (an organisation may be "Center for ..." or "Bank Of ...").
HEADLINE_WORDS = frozenset("""
to against into over after about will would could should is are was were be been has
have had makes make needs need wants calls slams blasts refuses says vows urges plans
seeks hears corners using following conflates favor favors casually year who that
neither nor maybe more than why how what where not no
""".split())
HEADLINE_WORDS_PERSON = frozenset("for in on at with from of the and by as a an".split())

# Abbreviations that end in a period inside a name without ending a sentence.
ABBREVIATIONS = frozenset({"st", "ste", "mt", "ft", "jr", "sr", "co", "corp", "inc", "ltd",
                           "bros", "no", "vs", "u.s", "u.n", "u.k", "e.u"}) | TITLES

# Words that are a speaker's grammar, not a name.
NOT_NAMES = frozenset({"he", "she", "they", "it", "we", "i", "you", "this", "that", "there",
                       "who", "someone", "somebody", "anyone", "everyone", "nobody", "one",
                       "the", "a", "an", "his", "her", "their", "its"})

# Platforms where something was said, never who said it (a closed, short list: no
# maintained package lists social networks). A quote "by" one keeps it as its venue.
PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat",
                       "reddit", "telegram", "whatsapp", "linkedin", "truth social", "weibo",
                       "wechat", "threads", "bluesky", "mastodon", "gab", "parler", "x.com"})

# News organisations quoted as speakers. No maintained package lists outlets, so the
# wire services and large outlets by name, and the words that head a newspaper's or
# broadcaster's name ("The Dallas Morning News", "USA TODAY", "Keyhan" daily).
OUTLETS = frozenset("""
cnn bbc msnbc npr pbs abc nbc cbs fox reuters ap afp upi bloomberg politico axios
breitbart vox slate salon buzzfeed huffpost huffington vice newsweek time forbes
irna isna fars tasnim mehr keyhan kayhan presstv press-tv xinhua tass ria itar-tass
haaretz al-jazeera aljazeera al-arabiya yonhap kyodo dpa ansa efe
""".split()) | {"associated press", "fox news", "usa today", "al jazeera", "al arabiya",
                "press tv", "the hill", "the atlantic", "the economist", "sky news",
                "new york times", "washington post", "wall street journal"}
OUTLET_HEADS = frozenset({"times", "post", "journal", "news", "herald", "tribune", "gazette",
                          "daily", "magazine", "telegraph", "guardian", "observer", "chronicle",
                          "examiner", "inquirer", "today", "newswire", "wire", "tv", "radio",
                          "television", "broadcasting", "network", "agency"})

# A bare surname or first name that no full mention in its own article resolves goes to
# the database's one person known by it or, when several people are, to the one whose
# quotes are at least this share of the quotes naming any of them in full (a bare
# "Lindqvist" beside Marta Lindqvist's 90 quotes and Olof Lindqvist's 10). Below it the
# word means nobody in particular and its quotes stay on a row marked ambiguous. 80% is
# issue 12's own bar for "one person holds that name"; a share above one half keeps the
# answer unique.
DOMINANT_SHARE = 0.8

# The kind a speaker row keeps when its quotes were given different kinds (a row is one
# name: "Texas said" and "Texas officials said" may give place and group, "Trump said" and
# "Trump's campaign said" person and group): the first of these among them, so it does
# not depend on which quote was stored first.
KIND_PRECEDENCE = ("place", "publication", "person", "organization", "group")

_INITIAL = regex.compile(r"^(?:\p{Lu}\.?|(?:\p{Lu}\.){2,}|\p{Lu}\.(?:\p{Lu}\.?)+)$")
_SENTENCE_END = regex.compile(r"(?<!\S)(\S+?)([.!?]+)(?=\s+\S)")
_ACRONYM = regex.compile(r"^\p{Lu}{2,}(?:[-/&]\p{Lu}+)+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_EDGE_PUNCT = " .,;:!?\"'()[]{}“”«»"
_BAD_CHARS = regex.compile(r"[\"“”«»:;()\[\]{}<>|\\=+*#]|\p{N}{3,}")


# Each memo below holds the names of the most recent speakers; a busy writer asks about
# the same few thousand again and again. 65,536 entries each let nine memos grow the
# writer by tens of MB over a 500 MB ingest (peak RSS budget 250 MB for all processes).
_MEMO = 8192


@functools.lru_cache(maxsize=_MEMO)
def name_key(name: str | None) -> str:
    """Comparison key of a name: no diacritics, case-folded, one space between words."""
    if not name:
        return ""
    s = name.translate(_APOSTROPHES)
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s)
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.casefold().split()).strip(_EDGE_PUNCT)


@functools.lru_cache(maxsize=_MEMO)
def _bare(token: str) -> str:
    return name_key(token).strip(".,")


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name in the parts that decide identity (all name keys)."""

    first: str
    middles: tuple[str, ...]  # as written, keyed: ("j",), ("rodham",), ("h.w.",)
    last: str
    suffix: str  # "" or one of SUFFIXES

    @property
    def initials(self) -> str:
        """Middle names reduced to their initials: "H.W." and "Herbert Walker" -> "hw"."""
        return "".join(ch for m in self.middles for ch in m.split(".") if ch for ch in ch[:1])

    @property
    def loose_key(self) -> str:
        """First name, surname and suffix: the key variants of one person share."""
        return " ".join(p for p in (self.first, self.last, self.suffix) if p)

    def compatible(self, other: "PersonName") -> bool:
        """Same person as far as the names tell: same first name, surname and suffix,
        and middle initials that agree wherever both give them."""
        return (self.loose_key == other.loose_key
                and (not self.initials or not other.initials or self.initials == other.initials))


_AFFILIATION = regex.compile(r"(?:,\s*|\s+\()[RDI]-[\p{L}. ]+\)?$|\s+of\s+\p{Lu}[\p{L}. ]*$")


@functools.lru_cache(maxsize=_MEMO)
def strip_titles(name: str) -> str:
    """"Sens. Rand Paul" -> "Rand Paul", "Ted Cruz of Texas" and "Bob Corker, R-Tenn."
    -> the name alone; a name that is only titles stays as it is."""
    m = _AFFILIATION.search(name)
    if m and len(name[:m.start()].split()) >= 2:
        name = name[:m.start()]
    toks = name.split()
    i = 0
    while i < len(toks) - 1 and _bare(toks[i]) in TITLES and toks[i + 1][:1].isalpha():
        i += 1
    return " ".join(toks[i:]).strip(" ,;:-–—\"“”‘’'")


def _split(name: str) -> tuple[list[str], int, str] | None:
    """Words of a person's name (titles stripped), where the surname starts, the suffix."""
    toks = [t for t in strip_titles(name).replace(",", " ").split() if t]
    suffix = ""
    if len(toks) > 2 and _bare(toks[-1]) in SUFFIXES:
        suffix = toks.pop()
    if len(toks) < 2:
        return None
    last_at = len(toks) - 1
    while last_at > 1 and _bare(toks[last_at - 1]) in PARTICLES and toks[last_at - 1][:1].islower():
        last_at -= 1
    return toks, last_at, suffix


@functools.lru_cache(maxsize=_MEMO)
def parse_person(name: str) -> PersonName | None:
    """The parts of a person's name (titles stripped), or None for a single word."""
    split = _split(name)
    if split is None:
        return None
    toks, last_at, suffix = split
    return PersonName(name_key(toks[0]), tuple(name_key(t) for t in toks[1:last_at]),
                      name_key(" ".join(toks[last_at:])), _bare(suffix) if suffix else "")


@functools.lru_cache(maxsize=_MEMO)
def display_rank(name: str) -> tuple:
    """Which of a person's names is shown (the smallest): the most whole words, then the
    fewest initials, then the most accented, then alphabetical. A total order, so the choice does not depend on
    the order in which the names arrived. Accents are kept ("José Müller" over "Jose
    Muller")."""
    toks = strip_titles(name).split()
    initials = sum(1 for t in toks if _INITIAL.match(t))
    accents = sum(1 for ch in name if not ch.isascii())
    return (-(len(toks) - initials), initials, -accents, name_key(name), name)


@functools.lru_cache(maxsize=_MEMO)
def junk_reason(name: str, kind: str | None = "person") -> str | None:
    """Why ``name`` cannot be a speaker's name (None when it can). A group ("officials",
    "a spokesperson for the city") is a noun phrase: only the sentence-end, punctuation
    and length checks apply to it."""
    s = name.strip()
    words = s.split()
    if not words or not any(ch.isalpha() for ch in s):
        return "no letters"
    bare = [_bare(w) for w in words]
    if len(words) == 1 and bare[0] in NOT_NAMES:
        return "a pronoun or article"
    if ("." in s or "!" in s or "?" in s) and _runs_across_sentences(s):
        return "runs across a sentence end"
    if _BAD_CHARS.search(s):
        return "holds punctuation no name has"
    if kind == "group":
        return "too long for a name" if len(words) > 12 else None
    if words[0][:1].islower() and not (bare[0] in PARTICLES and len(words) > 1):
        return "starts with a lower-case word"
    person = kind in (None, "person")
    if person and not CUE_WORDS.isdisjoint(bare):
        return "holds a reporting verb or conjunction"
    inner = {b for i, (w, b) in enumerate(zip(words[:-1], bare)) if w[:1].isupper() and (i or b != "will")}
    if inner and (not HEADLINE_WORDS.isdisjoint(inner)
                  or (person and not HEADLINE_WORDS_PERSON.isdisjoint(inner))):
        return "holds a headline word"
    if len(words) > 3 and s.isupper():
        return "a headline in capitals"
    if len(words) > (6 if person else 12):
        return "too long for a name"
    if person and len(words) > 1 and TITLES.issuperset(bare):
        return "only titles"
    if person and len(words) > 4 and sum(
            1 for w, b in zip(words, bare) if w[:1].isupper() and not _INITIAL.match(w)
            and b not in SUFFIXES and b not in TITLES) > 4:
        return "too many words for a person's name"
    return None


def _runs_across_sentences(s: str) -> bool:
    for m in _SENTENCE_END.finditer(s):
        before, marks = m.group(1), m.group(2)
        if marks != "." or not (_INITIAL.match(before + ".") or _bare(before) in ABBREVIATIONS
                                or regex.fullmatch(r"(?:\p{L}\.)+\p{L}", before)):
            return True
    return False


_SUBDIVISION_TYPES = ("State", "Province", "Territory", "District", "Federal district",
                      "Emirate", "Canton", "Land")


def _iso3166() -> tuple[list[dict], list[dict]]:
    """pycountry's ISO 3166-1 and 3166-2 tables, read from the JSON files it ships
    (importing pycountry and building its objects costs ~0.3 s, once per ingest)."""
    import importlib.util
    import json
    import os

    spec = importlib.util.find_spec("pycountry")
    folder = os.path.join(list(spec.submodule_search_locations)[0], "databases") if spec else ""
    try:
        with open(os.path.join(folder, "iso3166-1.json"), encoding="utf-8") as f:
            countries = json.load(f)["3166-1"]
        with open(os.path.join(folder, "iso3166-2.json"), encoding="utf-8") as f:
            subdivisions = json.load(f)["3166-2"]
        return countries, subdivisions
    except (OSError, KeyError, ValueError):
        import pycountry  # another layout: the same data through its API

        return ([{k: getattr(c, k, None) for k in ("name", "common_name", "official_name")}
                 for c in pycountry.countries],
                [{"name": s.name, "type": s.type, "parent": s.parent_code}
                 for s in pycountry.subdivisions])


@functools.lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Countries and first-level states/provinces, from pycountry (ISO 3166)."""
    countries, subdivisions = _iso3166()
    keys = set()
    for c in countries:
        for attr in ("name", "common_name", "official_name"):
            value = c.get(attr)
            if value:
                keys.add(name_key(value))
                keys.add(name_key(value.split(",")[0]))
    for s in subdivisions:
        if not s.get("parent") and s.get("type") in _SUBDIVISION_TYPES:
            keys.add(name_key(s["name"]))
    keys |= {"the united states", "u.s", "us", "usa", "america", "britain", "great britain",
             "uk", "u.k", "the uk"}
    return frozenset(keys)


def is_place(name: str) -> bool:
    key = name_key(name)
    return key in _places() or key.removeprefix("the ") in _places()


def is_platform(name: str) -> bool:
    return name_key(name).removeprefix("@") in PLATFORMS


def is_outlet(name: str) -> bool:
    key = name_key(name).removeprefix("the ")
    if key in OUTLETS:
        return True
    words = key.split()
    # "The Dallas Morning News", "Tehran Times"; not a person called "Emily Post"
    return len(words) >= 2 and words[-1] in OUTLET_HEADS and (
        name.strip().lower().startswith("the ") or name.isupper() or len(words) >= 3)


@functools.lru_cache(maxsize=_MEMO)
def classify(name: str, kind: str | None) -> str:
    """The speaker kind for an extracted name: person / organization / group /
    publication / place, or "platform" (a venue, not a speaker) or "junk"."""
    if is_platform(name):
        return "platform"
    if kind != "group" and is_place(name):
        return "place"
    if kind != "group" and is_outlet(name):
        return "publication"
    if junk_reason(name, kind) is not None:
        return "junk"
    if kind in (None, "person") and _ACRONYM.match(name.strip()):
        return "organization"  # "NCRI-FAC", "AFL-CIO": an organisation or its account
    return kind if kind in ("person", "organization", "group") else "person"


@functools.lru_cache(maxsize=_MEMO)
def person_words(name: str) -> tuple[str, ...]:
    """The one-word forms a person is referred to by: surname, then first name ("Brandt"
    may be Oskar Brandt or Oskar Brandt Jr.)."""
    split = _split(strip_titles(name))
    if split is None:
        return ()
    toks, last_at, _ = split
    words = [" ".join(toks[last_at:])]
    if not _INITIAL.match(toks[0]):
        words.append(toks[0])
    return tuple(words)


@functools.lru_cache(maxsize=_MEMO)
def person_forms(name: str) -> tuple[str, ...]:
    """Aliases a person row carries so later mentions find it: the name without titles,
    its first-name-and-surname form, the surname and the first name."""
    clean = strip_titles(name)
    split = _split(clean)
    if split is None:
        return (clean,)
    toks, last_at, suffix = split
    loose = " ".join([toks[0], *toks[last_at:]] + ([suffix] if suffix else []))
    return tuple(dict.fromkeys([clean, loose, *person_words(clean)]))


def dominant(weights: dict[int, int]) -> int | None:
    """Which of the people known by one bare word it means: the only one, else the one
    holding ``DOMINANT_SHARE`` of their quotes (``weights``: person -> quotes naming
    them in full); None when no one does."""
    if len(weights) == 1:
        return next(iter(weights))
    total = sum(weights.values())
    top = max(weights, key=lambda k: (weights[k], -k), default=None)
    return top if total and weights[top] >= DOMINANT_SHARE * total else None
