"""Interview labels, bylines, dates and page furniture. (See the package docstring for sources.)"""

from __future__ import annotations

from .marks import *  # noqa: F401,F403
from .verbs import *  # noqa: F401,F403
from .people import *  # noqa: F401,F403
from .grammar import *  # noqa: F401,F403

# --- interview transcripts ----------------------------------------------------
# Paragraph labels that are not speakers (web furniture and editorial notes seen in
# saved news pages).
NON_SPEAKER_LABELS = frozenset({
    "note", "update", "updated", "editor's note", "editor’s note", "source", "sources",
    "photo", "photos", "image", "video", "watch", "listen", "related", "read more",
    "see also", "correction", "clarification", "disclaimer", "tags", "caption", "credit",
    "credits", "share", "subscribe", "advertisement", "warning", "spoiler", "summary",
    "background", "context", "transcript", "edited by", "written by", "by", "posted",
    "published", "filed under", "topics", "category", "location", "date", "time",
})
# Labels of the person asking (press conventions: "Q:", "Question:", show hosts).
INTERVIEWER_LABELS = frozenset({"q", "question", "interviewer", "host", "moderator", "reporter"})
# Labels standing for the interviewee, who is named in the introduction.
ANSWER_LABELS = frozenset({"a", "answer"})

# --- bylines ------------------------------------------------------------------
# Words that open a byline (AP Stylebook bylines, and web templates' "Written by").
BYLINE_CUES = ("written by", "words by", "reporting by", "story by", "by")

# --- dates --------------------------------------------------------------------
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "twelve": 12, "several": 3, "a few": 3, "few": 3}


# --- page furniture that is not a headline ------------------------------------
# Lines a scraped page leaves before its headline: navigation and advert residue.
# Written by hand from common news-site layouts (menus, share bars, "Advertisement"
# placeholders, image captions left as a bare "Image"); compared case-folded.
NAV_WORDS = frozenset({
    "home", "menu", "search", "news", "world", "politics", "business", "opinion", "sport",
    "sports", "culture", "video", "videos", "live", "latest", "more", "login", "log in",
    "sign in", "sign up", "register", "subscribe", "share", "tweet", "email", "print",
    "skip to content", "skip to main content", "main menu", "advertisement", "advert",
    "sponsored", "image", "photo", "close", "back", "next", "previous", "contact",
    "about", "about us", "newsletter", "follow us", "comments", "related",
})
# Separators of a breadcrumb or menu line ("Home | World | Middle East").
NAV_SEPARATORS = "|»›•·>/"
# Longest line still read as a headline (characters); longer is a paragraph.
TITLE_MAX_CHARS = 150

# Singular nouns for a national, which sports and wire copy use for a person just named
# ("Ortega won in straight sets. ... the Spaniard said"). From Wikipedia's "List of
# adjectival and demonymic forms for countries and nations", singular person nouns
# only; forms that are also plurals ("the Chinese", "the Swiss", "the Portuguese")
# are left out, as they mostly stand for a country's side.
# Party members named by their party, as copy varies a politician's name ("..., the
# Social Democrat told broadcaster X"); the parties' usual English member nouns (US,
# UK, German, Nordic and Canadian parties). "Democrat" and "Republican" are TITLES.
PARTY_MEMBER_NOUNS = frozenset({
    "social democrat", "christian democrat", "free democrat", "liberal democrat", "tory",
    "conservative", "socialist", "green", "liberal",
})
DEMONYM_NOUNS = frozenset({
    "spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman", "scot",
    "scotsman", "scotswoman", "welshman", "welshwoman", "irishman", "irishwoman",
    "dutchman", "dutchwoman", "briton", "german", "italian", "american", "canadian",
    "mexican", "brazilian", "argentine", "argentinian", "colombian", "chilean",
    "uruguayan", "peruvian", "venezuelan", "ecuadorian", "cuban", "jamaican",
    "australian", "aussie", "kiwi", "zealander", "swede", "dane", "norwegian", "finn",
    "icelander", "pole", "czech", "slovak", "slovenian", "slovene", "croat", "serb",
    "bosnian", "hungarian", "romanian", "bulgarian", "greek", "turk", "russian",
    "ukrainian", "belarusian", "georgian", "armenian", "latvian", "lithuanian",
    "estonian", "belgian", "austrian", "kenyan", "ethiopian", "nigerian", "ghanaian",
    "cameroonian", "ivorian", "moroccan", "algerian", "tunisian", "egyptian",
    "indian", "pakistani", "filipino", "filipina", "indonesian", "malaysian",
    "singaporean", "korean", "iranian", "israeli",
})
# Word endings of adjectives of nationality ("Canadian", "Lithuanian", "Japanese",
# "Danish"): such a capitalised word before a noun is no name (English derivational
# suffixes of demonyms).
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish")
