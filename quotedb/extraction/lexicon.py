"""Every word list and mark table the extractor uses, kept as data in one place.

Sources are given per list. "AP" = the Associated Press Stylebook conventions for
attribution and datelines; "Krestel" = the reporting-verb inventory of Krestel,
Bergler & Witte (2008), "Minding the source: automatic tagging of reported speech
in newspaper articles"; "PARC" = the attribution-relation guidelines of Pareti
(2012, PARC 3.0), which PolNeAR extends. Lists were written by hand from those
descriptions and general news style, not copied from any corpus.
"""

from __future__ import annotations

# --- quote marks ------------------------------------------------------------
# Quote-mark families (Unicode General Punctuation Pi/Pf classes; German „...“ and
# French/Swiss «...» usage per the Chicago Manual of Style, "Quotations in other
# languages"): a closing mark closes an opening mark of its own family only.
# D: double quotes, G: guillemets, S: single quotes (’ doubles as the apostrophe),
# g: single guillemets.
QUOTE_FAMILIES: dict[str, str] = {"D": "“”\"„", "G": "«»", "S": "‘’'", "g": "‹›"}
# Marks that can only open a quotation.
OPEN_ONLY = "“„«‘‹"
# A straight mark preceded by one of these characters opens rather than closes.
OPEN_CONTEXT = " \t\n([{—–-/:;"

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
    f for b in ["express", "voice", "hope", "signal", "acknowledge", "agree"] for f in _inflect(b)
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

# --- pronouns -------------------------------------------------------------------
PERSON_PRONOUNS = frozenset({"he", "she", "i"})
GROUP_PRONOUNS = frozenset({"they", "we"})
PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | frozenset({"it"})

# --- titles and roles ---------------------------------------------------------
# Honorifics and titles that are not part of a name (AP "titles"; the scorer's
# TITLES set plus military/religious/academic forms).
TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice",
    "minister", "secretary", "ayatollah", "sheikh", "imam", "mullah", "rev", "reverend",
    "father", "pope", "king", "queen", "prince", "princess", "general", "gen", "col",
    "colonel", "lt", "lieutenant", "capt", "captain", "maj", "major", "sgt", "sergeant",
    "const", "constable", "cpl", "corporal", "insp", "supt", "superintendent", "staff",
    "adm", "admiral", "cmdr", "commander", "judge", "justice", "mayor", "ambassador",
    "chancellor", "premier", "speaker", "chairman", "chairwoman", "chair", "director",
    "deputy", "chief", "prime", "foreign", "supreme", "leader", "first", "coach",
    "manager", "spokesman", "spokeswoman", "spokesperson", "officer", "detective",
    "inspector", "attorney", "defense", "defence", "interior", "finance", "state",
    "national", "security", "adviser", "advisor", "head", "ceo", "cfo", "founder",
    "editor", "editor-in-chief", "columnist", "correspondent", "reporter", "analyst",
    "candidate", "nominee", "hopeful", "former", "acting", "interim", "regime",
    "president-elect", "senior", "junior", "assistant", "associate", "executive",
    "economy", "health", "education", "trade", "commerce", "energy",
    "mp", "mep", "congressman", "congresswoman", "councilman", "councillor",
    "councilwoman", "sheriff", "chef", "striker", "midfielder", "defender", "goalkeeper",
    "forward", "winger", "skipper", "boss", "owner", "star", "rookie",
    "quarterback", "pitcher", "guard", "center", "playmaker", "veteran", "legend",
    "mrs.", "gop", "democrat", "republican", "democratic", "sen.", "rep.",
})
# Of the titles, the portfolio words ("Energy Secretary", "Trade Minister"): at the end of
# a capitalised run they end a company's name ("Norlys Energy"), not a title.
DEPARTMENT_WORDS = frozenset({"economy", "justice", "health", "education", "trade", "commerce",
                              "energy", "defense", "defence", "interior", "finance", "security"})
# Lower-case role nouns that can stand for a person named earlier ("the minister
# said"); from AP job-title usage and common sports/wire roles.
ROLE_NOUNS = frozenset({
    "minister", "president", "spokesman", "spokeswoman", "spokesperson", "senator",
    "governor", "mayor", "chairman", "chairwoman", "ambassador", "secretary", "leader",
    "official", "diplomat", "lawmaker", "congressman", "congresswoman", "candidate",
    "judge", "prosecutor", "lawyer", "attorney", "coach", "manager", "midfielder",
    "striker", "defender", "goalkeeper", "forward", "winger", "captain", "skipper",
    "hooker", "fly-half", "scrum-half", "flanker", "full-back", "fullback", "centre-back",
    "pitcher", "catcher", "shortstop", "batsman", "bowler", "opener", "jockey", "rider",
    "chief", "director", "commander", "general", "cleric", "ayatollah", "analyst",
    "expert", "professor", "economist", "researcher", "scientist", "author", "writer",
    "editor", "columnist", "activist", "premier", "chancellor", "king", "queen",
    "prince", "envoy", "negotiator", "adviser", "advisor", "founder", "executive",
    "ceo", "boss", "owner", "player", "star", "veteran", "rookie", "quarterback",
    "businessman", "businesswoman", "billionaire", "actor", "actress", "singer",
    "mogul", "nominee", "frontrunner", "front-runner", "hopeful", "pundit", "mullah",
    "president-elect", "sheriff", "officer", "detective", "inspector", "witness",
    "doctor", "physician", "teacher", "student", "resident", "mother", "father",
    "deputy", "chairperson", "chair", "head", "representative", "rep",
    "host", "anchor", "reporter", "correspondent", "commentator", "strategist",
    "pollster", "historian", "coroner", "counsel", "auditor",
    # ranks of the forces and the police (AP military and police titles)
    "sergeant", "constable", "corporal", "lieutenant", "colonel", "admiral", "marshal",
    "superintendent", "commissioner",
    "regulator", "ombudsman", "mediator", "organizer", "organiser", "source", "person",
    # by beat, the people news copy names by what they are (AP Stylebook occupational
    # titles; court, sports, science, disaster and business reporting): "the
    # defendant told the court", "a local shopkeeper said", "the forecaster said"
    "defendant", "plaintiff", "victim", "juror", "claimant", "barrister", "solicitor",
    "magistrate", "suspect", "inmate", "prisoner", "detainee", "complainant", "appellant",
    "petitioner", "teammate", "opponent", "driver", "runner", "swimmer", "cyclist",
    "golfer", "boxer", "referee", "umpire", "biologist",
    "physicist", "chemist", "astronomer", "co-author", "survivor", "eyewitness", "passenger",
    "neighbour", "neighbor", "farmer", "nurse", "pharmacist", "forecaster", "meteorologist",
    "firefighter", "paramedic", "shopkeeper", "homeowner", "landlord", "tenant", "investor",
    "trader", "shareholder", "employee", "worker", "customer", "consultant", "entrepreneur",
    "contractor", "engineer", "architect", "artist", "musician", "composer", "filmmaker",
    "novelist", "poet", "photographer", "journalist", "campaigner", "volunteer", "donor",
    "grandmother", "grandfather", "daughter", "wife", "husband", "widow", "colleague",
    "priest", "pastor", "rabbi", "bishop", "headteacher", "headmaster", "pupil", "surgeon",
    "dentist", "psychiatrist", "therapist", "midwife", "veterinarian", "trooper", "soldier",
    "sailor", "councillor", "alderman", "legislator",
})
# Word endings of nouns that name a person by their science or field ("the
# epidemiologist", "a statistician"): the suffix is productive, a list is not. Narrower
# than PERSON_NOUN_SUFFIXES below: these never end the name of a thing ("developer",
# "monitor" and "agent" may), so they may stand for a person named before.
PERSON_NOUN_ENDINGS = ("ologist", "ographer", "ician", "ometrist")
# Whom words are told to, as the object of a closing "told" ("..., the mayor told
# reporters", "she told the jury"): audiences and bodies that hear testimony (AP
# attribution examples; court and parliamentary reporting).
ADDRESSEES = frozenset({
    "reporters", "journalists", "staff", "employees", "workers", "investors", "analysts",
    "shareholders", "supporters", "listeners", "viewers", "readers", "audience", "crowd",
    "court", "jury", "jurors", "judge", "panel", "committee", "hearing", "inquiry", "tribunal",
    "parliament", "congress", "senate", "assembly", "council", "lawmakers", "legislators",
    "senators", "delegates", "members", "students", "residents", "voters", "fans", "colleagues",
    "police", "officers", "investigators", "detectives", "agents", "officials", "mps",
    "press", "media", "broadcaster", "newspaper", "paper", "magazine", "radio", "television",
})
# Lower-case nouns naming groups of people (speaker_kind "group").
GROUP_NOUNS = frozenset({
    "officials", "people", "protesters", "protestors", "demonstrators", "residents",
    "critics", "supporters", "analysts", "experts", "lawmakers", "leaders", "voters",
    "students", "workers", "fans", "players", "witnesses", "sources", "observers",
    "activists", "diplomats", "authorities", "investigators", "police", "doctors",
    "scientists", "researchers", "economists", "democrats", "republicans", "mullahs",
    "members", "opponents", "insiders", "aides", "advisers", "advisors", "staff",
    "officers", "soldiers", "parents", "teachers", "citizens", "americans",
    "iranians", "conservatives", "liberals", "organizers", "organisers", "campaigners",
    "families", "relatives", "victims", "survivors", "neighbours", "neighbors", "villagers",
    "locals", "shoppers", "passengers", "commuters", "patients", "nurses", "farmers",
})
# Capitalised or lower-case words that mark an organisation or publication
# (common heads of English organisation names; Wikipedia "Category:Types of
# organization" headwords; publication heads from AP "newspaper names").
ORG_WORDS = frozenset({
    "ministry", "department", "office", "agency", "council", "committee", "commission",
    "party", "organization", "organisation", "association", "union", "federation",
    "foundation", "institute", "institution", "university", "college", "school",
    "center", "centre", "corps", "guard", "guards", "army", "navy", "force", "forces",
    "police", "government", "administration", "parliament", "congress", "senate",
    "court", "bank", "company", "corporation", "corp", "inc", "ltd", "group", "club",
    "team", "league", "network", "news", "times", "post", "journal", "daily",
    "herald", "tribune", "gazette", "telegraph", "guardian", "review", "magazine",
    "sentinel", "observer", "courier", "chronicle", "inquirer", "examiner", "ledger",
    "dispatch", "bulletin", "monitor",
    "press", "tv", "television", "radio", "channel", "media", "broadcaster", "newspaper",
    "service", "bureau", "board", "authority", "secretariat", "cabinet",
    "presidency", "embassy", "mission", "campaign", "movement", "coalition", "front",
    "alliance", "resistance", "mojahedin", "mujahedin", "fund", "trust", "society",
    "church", "nations", "ngo", "watch", "international", "amnesty", "reuters", "ap",
    "afp", "bbc", "cnn", "fox", "msnbc", "nbc", "abc", "cbs", "npr", "irna", "isna",
    "tasnim", "politico", "axios", "affairs", "relations", "studies", "ministries",
    "fc", "united", "city", "rovers", "athletic", "wanderers", "ministry's",
    "white house", "kremlin", "pentagon", "spokesman's", "airlines", "airways", "motors",
    "holdings", "partners", "capital", "systems", "technologies", "pharmaceuticals",
    "industries", "enterprises", "studios", "labs", "railways", "airport", "hospital",
    "clinic", "ministry’s", "unions", "plc", "llc", "gmbh", "sa", "ag", "archive", "co",
    "archives", "museum", "library", "observatory", "chamber", "tribunal",
    # company names' closing plurals (transport, retail, food, mining)
    "ferries", "lines", "foods", "brands", "stores", "mines", "mining", "shipping", "logistics",
    "resources", "solutions", "services", "networks", "therapeutics", "biosciences",
})
# Lower-case words that follow an outlet's name and say what medium it is ("told RAI
# state television", "told ZDF public television", "told Kayhan daily"): heads, and
# the modifiers before them (wire-copy usage: AFP, Reuters and dpa style).
MEDIA_HEADS = frozenset({"media", "television", "tv", "radio", "broadcaster", "newspaper", "daily", "weekly",
                         "magazine", "channel", "network", "website", "podcast", "agency"})
MEDIA_MODIFIERS = frozenset({"state", "public", "national", "local", "regional", "news", "state-run",
                             "private", "online", "financial", "business"})
# Articles that open outlets' names in other languages and that a first-name list
# also holds ("Al Jazeera", "Le Monde", "El País", "De Telegraaf"): such a venue is
# no person addressed.
OUTLET_ARTICLES = frozenset({"al", "el", "le", "la", "les", "de", "der", "die", "das", "il", "lo"})
# Lower-case heads that stand for an organisation in subject position ("the
# ministry said", "the newspaper wrote").
ORG_NOUNS = frozenset({
    "ministry", "department", "agency", "council", "committee", "government",
    "administration", "newspaper", "daily", "outlet", "paper", "website", "site",
    "magazine", "network", "broadcaster", "channel", "campaign", "company", "firm",
    "club", "team", "party", "organization", "organisation", "group", "court",
    "commission", "regime", "embassy", "office", "statement", "report", "study",
    "police", "army", "military", "union", "association", "foundation", "institute",
    "university", "board", "federation", "league", "spokesman's office",
    # business and press-release copy ("the airline said", "the bank said in a statement")
    "corporation", "charity", "bank", "airline", "carrier", "retailer", "insurer",
    "manufacturer", "automaker", "carmaker", "publisher", "studio", "startup",
    "utility", "operator", "regulator", "province", "city", "county", "town", "municipality",
    "navy", "prosecution", "defence", "defense", "coalition", "opposition",
    # parts of an organisation that speak for it ("its cybersecurity unit said")
    "unit", "division", "bureau", "watchdog", "subsidiary", "secretariat",
    # churches, services and public bodies of European and British copy ("the diocese said")
    "diocese", "archdiocese", "parish", "church", "synod", "inspectorate", "trust",
    "service", "authority", "tribunal", "chamber", "assembly", "parliament", "senate",
})
# Of those, the nouns by which an organisation's own statements are attributed once it
# has been named ("Northwind Industries ... the company said"): when no earlier name
# contains the noun itself, the organisation last named is the speaker, as for "it".
# Left out: government and court nouns ("the ministry" is often one never named) and
# media nouns (articles cite other outlets: "the newspaper" is rarely the last one named).
ORG_SELF_NOUNS = frozenset({
    "company", "firm", "corporation", "club", "team", "group", "union", "association",
    "foundation", "federation", "league", "charity", "organization", "organisation",
    "bank", "airline", "carrier", "retailer", "insurer", "manufacturer", "automaker",
    "carmaker", "studio", "startup", "university", "institute", "agency", "utility",
    "operator",
})
# Words that may join the parts of a capitalised name ("Council of Resistance of
# Iran", "Osama bin Laden", "Ursula von der Leyen").
NAME_CONNECTORS = frozenset({"of", "for", "al", "bin", "ibn", "van", "von", "der", "de",
                             "la", "da", "del", "di", "le", "du", "dos", "das", "and", "&",
                             "on", "the"})
# Surname particles written in lower case before the surname when the first name is
# left out ("van Dijk said", "said de Bruyne", "ten Hag added"): Dutch, Flemish,
# German, French, Italian, Spanish and Portuguese naming conventions as English-language
# style guides keep them (Guardian and AP: lower case unless the sentence starts with
# it). "ten" and "ter" double as English words and need a surname-like word after them.
SURNAME_PARTICLES = frozenset({"van", "von", "de", "der", "den", "di", "da", "del", "della",
                               "du", "dos", "das", "le", "la", "ten", "ter"})
AMBIGUOUS_PARTICLES = frozenset({"ten", "ter"})
# Lower-case words that may stand between the capitalised words of one name when names
# are collected from a whole document ("Osama bin Laden", "Pieter ten Kate", "Council
# of Europe"); "of" joins organisation names only, never before a surname, and "&"
# joins a firm's ("Marks & Spencer", "Ember & Salt").
RUN_CONNECTORS = frozenset({"of", "al", "bin", "ibn", "&"}) | SURNAME_PARTICLES
# Capitalised words that start sentences or name things but are never speakers.
NON_NAMES = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "my", "its", "but", "and", "or", "so",
    "yet", "however", "meanwhile", "still", "also", "then", "now", "in", "on", "at",
    "for", "with", "by", "from", "after", "before", "during", "since", "as", "while",
    "when", "if", "although", "though", "because", "despite", "according", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "there", "here", "what", "who", "why", "how", "where", "which", "not", "no", "yes",
    "all", "some", "many", "most", "one", "two", "three", "both", "each", "every",
    "today", "yesterday", "tomorrow", "last", "next", "earlier", "later", "q", "a:",
    "mr", "ms", "mrs", "dr", "nevertheless", "nonetheless", "instead", "indeed",
    "thus", "therefore", "furthermore", "moreover", "besides", "even", "just", "only",
    "late", "early", "unlike", "amid",
    "speaking", "asked", "said", "written", "source", "sources", "read",
    "update", "updated", "published", "photo", "image", "video", "watch", "related",
    "iranian", "american", "british", "european", "western", "russian", "chinese",
    "israeli", "saudi", "french", "german", "iraqi", "syrian", "turkish", "u.s.", "us",
    "u.k.", "uk", "eu", "un", "u.n.",
    # auxiliaries that open a question ("Does Rubio, like Tilton, oppose ...?"); not
    # "will", also a first name
    "does", "did", "do", "is", "are", "was", "were", "can", "could", "should", "has",
    "have", "had", "would",
})

# Nationality adjectives and country abbreviations among NON_NAMES: never a name on
# their own, but part of an organisation's name ("European Commission", "U.S. Army").
NATIONALITIES = frozenset({"iranian", "american", "british", "european", "western", "russian",
                           "chinese", "israeli", "saudi", "french", "german", "iraqi", "syrian",
                           "turkish", "u.s.", "us", "u.k.", "uk", "eu", "un", "u.n."})

# --- adverbs and auxiliaries between a subject and its cue ---------------------
# (English auxiliaries; frequent attribution adverbs in AP copy.)
SKIP_BEFORE_CUE = frozenset({
    "also", "simply", "later", "then", "immediately", "has", "had", "have", "was",
    "is", "are", "were", "reportedly", "once", "previously", "recently", "earlier",
    "further", "again", "publicly", "openly", "bluntly", "flatly", "repeatedly",
    "frequently", "often", "always", "never", "just", "even", "only", "will", "would",
    "could", "may", "might", "can", "should", "expressly", "strongly", "quickly",
    "separately", "subsequently", "himself", "herself", "itself", "themselves",
    "already", "still", "now", "first", "famously", "last", "week", "year",
    "month", "been", "not", "did", "does", "do", "go",
    "went", "on", "allegedly", "privately", "sharply", "angrily",
    "tearfully", "proudly", "defiantly", "calmly", "happily", "however", "though",
    "meanwhile", "too", "instead", "nonetheless", "nevertheless", "moreover", "long",
})

# Reporting verbs that take a clause without "that" ("Smith said the talks had
# failed"): the zero-complementiser pattern of news English (Biber et al., Longman
# Grammar of Spoken and Written English, 9.2.3), limited to verbs of saying.
ZERO_THAT_VERBS: frozenset[str] = frozenset(
    f for b in ["say", "add", "argue", "insist", "claim", "note", "warn", "concede",
                "stress", "maintain", "contend", "predict", "admit", "allege", "assert",
                "reiterate", "acknowledge", "explain", "suggest", "indicate", "announce",
                "confirm", "report", "recall", "complain", "reply", "boast", "charge",
                "declare", "emphasize", "emphasise", "observe", "remark", "testify"] for f in _inflect(b)
)
# Subject pronouns: after any of these verbs one opens a reported clause ("insisted he
# had"); other openers need a verb of saying (ZERO_THAT_ANY_OPENER) or a short subject
# and an auxiliary, since "maintains a lead" or "stressed the risks" take an object.
SUBJECT_OPENERS = frozenset({"he", "she", "it", "they", "we", "i", "you", "there"})
# Verbs that report a clause without "that" whatever opens it, a name, a number or
# a noun phrase ("Moen said 40 crew members were laid off", "told police the door was
# open"): the verbs of saying proper, which rarely take a plain noun-phrase object
# (Biber et al. 9.2.3). Weaker ones ("maintains a lead", "stressed the risks") report
# a clause without "that" only when a subject pronoun opens it (ZERO_THAT_VERBS).
ZERO_THAT_ANY_OPENER: frozenset[str] = frozenset(
    f for b in ["say", "tell", "add", "confirm", "testify", "warn", "argue", "insist",
                "write", "tweet", "admit", "allege", "contend", "predict"]
    for f in _inflect(b)
) | frozenset({"reported", "claimed", "estimated", "explained", "noted"})
# Reporting forms that double as nouns ("the states", "Trump's promises", "a report",
# "her remarks"): never a cue for a claim without quote marks; their other forms are.
NOUN_LIKE_CUES = frozenset({
    "state", "states", "report", "reports", "post", "posts", "note", "notes", "point",
    "points", "charge", "charges", "answer", "answers", "comment", "comments", "promise",
    "promises", "demand", "demands", "claims", "estimate", "estimates", "forecast",
    "forecasts", "protest", "protests", "call", "calls", "tweet", "tweets", "cry", "cries",
    "repeat", "counter", "reason", "reasons", "sigh", "snap", "joke", "jokes", "hint",
    "hints", "remark", "remarks", "plea", "pledge", "pledges", "vow", "vows", "reply",
    "replies", "response", "responds", "warning", "chant", "chants", "boast", "boasts",
    "complaint", "caution", "blast", "indicates", "suggests", "observe", "quip",
})
# Words before a cue that make the report unreal: a modal (a report to come or that
# might be), "to" (an infinitive), a negation ("did not say"): no statement was made.
UNREAL_BEFORE_CUE = frozenset({
    "will", "would", "could", "should", "can", "may", "might", "must", "shall", "to",
    "not", "never", "didn't", "didn’t", "won't", "won’t", "wouldn't", "wouldn’t", "cannot",
    "can't", "can’t", "refused", "declined", "hasn't", "hasn’t", "haven't", "haven’t",
})
# Function words after which an "-ed" word is not a finite verb ("when asked").
FUNCTION_WORDS = frozenset({
    "when", "if", "as", "while", "after", "before", "because", "once", "and", "or", "but",
    "to", "of", "than", "so", "unless", "until", "though", "although", "where", "whether",
    "being", "been", "be", "get", "got", "having", "the", "a", "an", "most", "more",
    "less", "well", "very", "too", "not", "newly", "just",
})
# Unambiguous reporting forms (no noun reads the same: not "state", "report", "post"):
# a paragraph holding one reports speech.
REPORTING_FORMS = frozenset({
    "said", "says", "told", "tells", "added", "adds", "wrote", "writes", "explained",
    "explains", "insisted", "insists", "argued", "argues", "warned", "warns", "stressed",
    "stresses", "recalled", "recalls", "noted", "stated", "claimed", "acknowledged",
    "admitted", "admits", "announced", "declared", "testified", "tweeted", "replied",
})
# Documents that "say" things for whoever issued them ("her statement said", "the
# release said"): the speaker is the issuer, not the paper.
# Occasions of speech that a year can date: "in a 2017 interview", "his 2019 speech"
# (TimeML's event nouns of communication, trimmed to those news copy dates by year).
OCCASION_NOUNS = frozenset({"interview", "speech", "address", "statement", "letter", "memo",
                            "email", "e-mail", "tweet", "post", "op-ed", "essay", "column",
                            "memoir", "book", "testimony", "deposition", "hearing", "debate",
                            "podcast", "lecture", "sermon", "remarks", "documentary"})
DOCUMENT_NOUNS = frozenset({"statement", "release", "letter", "memo", "post", "tweet", "email",
                            "e-mail", "website", "blog", "filing", "complaint", "lawsuit",
                            "affidavit", "report", "study", "submission", "notice"})
# Verbs that report words only with their particle, after a quote ("“...,” Trump shot
# back", "she fired back", "he went on"): the verb alone says nothing.
PHRASAL_CUES = frozenset({("shot", "back"), ("fired", "back"), ("hit", "back"), ("snapped", "back"),
                          ("pushed", "back"), ("went", "on"), ("chimed", "in"), ("piped", "up"),
                          ("weighed", "in")})
# Roles in a contest ("the nominee", "the front-runner", "his rival"): news uses them
# for the other side as often as for the person just named, so they are never read
# as a variation on the last name.
CONTEST_ROLES = frozenset({"nominee", "front-runner", "frontrunner", "candidate", "challenger",
                           "incumbent", "rival", "opponent", "contender", "hopeful"})
# Verbs that put a document out: its issuer is their subject ("the league issued a
# statement saying ...").
ISSUING_VERBS = frozenset({"issued", "released", "sent", "posted", "published", "emailed",
                           "e-mailed", "circulated", "distributed", "tweeted"})
# "tell" takes whom the words were told to as its object ("told reporters", "told the
# jury"), never an inverted subject; "say" and "tell" are the verbs of saying proper;
# "call" reports in "called on X to ..." and names in "called it “...”".
TELL_FORMS: frozenset[str] = frozenset(_inflect("tell"))
SAY_TELL_FORMS: frozenset[str] = frozenset(_inflect("say")) | TELL_FORMS
CALL_FORMS: frozenset[str] = frozenset(_inflect("call"))
# Verbs that name or label their object with the quoted words ("called the plan
# “a gift”", "described the pipes as “...”"): the words are the subject's even when
# the subject is an unnamed noun phrase ("the union calling her “...”").
NAMING_VERBS: frozenset[str] = frozenset(f for b in ["call", "dub", "describe", "label", "brand",
                                                     "term", "characterize", "characterise"]
                                         for f in _inflect(b))
# Verbs of belief: a reported clause that opens with "he thought that" reports a
# thought, not words (PARC "belief" cues; left out like THAT_ONLY_VERBS' beliefs).
BELIEF_VERBS = frozenset({"thought", "thinks", "think", "believed", "believes", "believe",
                          "felt", "feels", "feel", "hoped", "hopes", "hope", "wished",
                          "wishes", "wish", "suspected", "suspects", "feared", "fears"})
# Units after a number in market copy ("added 0.4 per cent", "added 12 points", "adds
# 3 cents"): the verb reports a price move, not words.
MOVE_UNITS = frozenset({"per", "percent", "%", "points", "point", "cents", "cent", "basis", "pct"})
# Nouns of the writer's gloss on a statement just reported (", a swipe at ...", ", an
# apparent reference to ..."): the appositive is the writer's, not the speaker's.
GLOSS_NOUNS = frozenset({"swipe", "reference", "nod", "jab", "dig", "allusion", "rebuke"})
# Nouns whose "that" opens their own complement, not the cue's clause ("pointed to the
# theory that ...", "rejected the notion that ..."): the content of the noun, which the
# speaker cites rather than asserts (Quirk et al. 17.26, appositive clauses).
NOUN_COMPLEMENT_HEADS = frozenset({"fact", "idea", "theory", "notion", "view", "belief", "possibility",
                                   "assumption", "premise", "impression", "perception", "rumour", "rumor",
                                   "rumours", "rumors", "suggestion", "hypothesis", "myth"})
# Words that make a report habitual, a stance held over time rather than a statement
# made ("have long argued", "has always said", "for decades has urged").
HABITUAL_MARKERS = frozenset({"always", "long", "traditionally", "consistently", "forever"})
HABITUAL_SPANS = frozenset({"years", "decades", "generations", "centuries"})
# Agent-noun endings that name people (forecasters, economists, physicians, residents):
# a noun phrase with such a head can be a speaker even when no list names it.
PERSON_NOUN_SUFFIXES = ("ers", "ors", "ists", "ians", "ents", "ants", "eers", "ees",
                        "er", "or", "ist", "ian", "ent", "ant", "eer")
# Adjectives and participles that follow the noun of an unnamed source with their
# phrase (wire copy's "people familiar with the matter", "sources close to the
# talks", "officials briefed on the plan", "a person involved in the negotiations").
POSTMODIFIER_ADJECTIVES = frozenset({"familiar", "close", "briefed", "involved", "knowledgeable",
                                     "privy", "connected", "loyal", "opposed", "aware", "present"})
# Nouns ending in "-ly", which is otherwise read as an adverb's ending ("the assembly
# said", "the family said"; "quickly said").
LY_NOUNS = frozenset({"assembly", "family", "supply", "rally", "monopoly", "anomaly", "bully",
                      "folly", "belly", "jelly", "lily", "homily"})
# Hyphenated titles whose head is their first word: a linking preposition inside
# ("sergeant-at-arms", "editor-in-chief", "mother-in-law") or a post-modifier after
# ("president-elect", "minister-designate", "attorney-general"); English compounding
# as the style guides hyphenate it (AP, Guardian).
COMPOUND_LINKS = frozenset({"at", "in", "of", "to"})
COMPOUND_POSTMODIFIERS = frozenset({"elect", "designate", "general"})
# Finite-verb evidence for a zero-"that" clause: English auxiliaries and modals with
# their contractions, and the common irregular past forms (the irregular verbs of
# the Cambridge Grammar of English, appendix, most frequent first); regular past
# forms are recognised by their "-ed" ending.
AUXILIARIES = frozenset({
    "am", "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
    "should", "may", "might", "must", "shall", "did", "does", "do", "isn't", "wasn't",
    "aren't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't",
    "couldn't", "shouldn't", "doesn't", "didn't", "don't", "isn’t", "wasn’t", "aren’t",
    "weren’t", "hasn’t", "haven’t", "hadn’t", "won’t", "wouldn’t", "can’t", "couldn’t",
    "shouldn’t", "doesn’t", "didn’t", "don’t",
})
# Auxiliaries that open a second predicate of a reported clause's subject after
# "and"/"but" ("said it was A and had placed B", "but would not B"); the present
# perfect's "has"/"have" is left out: "said she wants A and has backed B" tells the
# speaker's record, the writer's words (GGT dev counts the others in, PolNeAR either).
PREDICATE_AUXILIARIES = AUXILIARIES - {"has", "have", "hasn't", "haven't", "hasn’t", "haven’t"}
# Modal verbs (among the AUXILIARIES): a reported clause with one predicts or
# permits ("said prices would ..."), it narrates nothing.
MODALS = frozenset({"would", "will", "could", "can", "should", "may", "might", "must", "shall"})
IRREGULAR_PAST = frozenset({
    "went", "came", "took", "made", "gave", "found", "lost", "won", "left", "held", "kept",
    "grew", "saw", "knew", "began", "ran", "paid", "sold", "bought", "built", "cut", "hit",
    "put", "set", "spent", "thought", "felt", "became", "brought", "broke", "chose",
    "drove", "fought", "led", "meant", "met", "sent", "stood", "struck", "taught",
    "understood", "fell", "rose", "got", "told", "said", "wrote", "hid", "shot", "shut",
    "slid", "sank", "spoke", "stole", "swore", "threw", "woke", "wore", "withdrew", "froze",
    "forgot", "forgave", "drew", "flew", "fled", "dug", "fed", "bent", "bet", "bit",
    "blew", "bore", "beat", "caught", "cost", "crept", "dealt", "dove", "ate", "hung",
    "heard", "hurt", "lay", "laid", "lent", "let", "lit", "quit", "read", "rode", "rang",
    "sought", "shook", "shone", "sat", "slept", "spun", "split", "spread", "sprang",
    "stuck", "stung", "swept", "swam", "swung", "tore", "thrust", "overtook", "undertook",
    "upset", "wept", "wound", "overcame", "outgrew", "oversaw", "underwent",
})
# English prepositions (the closed class, Quirk et al. 9.7, simple ones).
PREPOSITION_WORDS = frozenset({
    "in", "on", "at", "to", "from", "with", "of", "for", "by", "about", "against", "into",
    "onto", "over", "under", "between", "among", "through", "via", "near", "around",
    "after", "before", "since", "during", "without", "within", "across", "toward",
    "towards", "despite", "amid", "upon", "per", "like", "unlike", "beyond", "behind",
    "inside", "outside", "throughout", "until", "till", "beside", "besides", "including",
    "than",
})
# Subordinators that open a sentence with a clause of its own ("Although the mayor
# objected, ..."; Quirk et al. 14.12, the simple ones) and participles that open an
# adverbial phrase ("Speaking in Ottawa, ..."): the subject comes after the comma.
# Determiners that open a noun phrase naming someone: articles and possessives.
ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVE_DETERMINERS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
NP_DETERMINERS = ARTICLES | POSSESSIVE_DETERMINERS
# Words after "state" that make it the verb (its object or clause: "state that",
# "state their case"); any other lower-case word makes it a noun ("state television").
STATE_VERB_NEXT = NP_DETERMINERS | frozenset({"that", "this", "these", "those", "it", "what", "how",
                                              "why", "whether", "clearly", "publicly"})
# English subordinating conjunctions that open an adverbial clause (Quirk et al., A
# Comprehensive Grammar of the English Language, 14.12; the one-word ones news uses).
SUBORDINATORS = frozenset({
    "after", "although", "as", "because", "before", "if", "once", "since", "though",
    "unless", "until", "when", "whenever", "whereas", "whether", "while",
})
LEADING_SUBORDINATORS = frozenset({
    "although", "though", "while", "whereas", "when", "whenever", "because", "if",
    "unless", "until", "once", "speaking", "asked", "pressed", "responding", "writing",
    "testifying", "appearing",
})
# Words after a reporting verb that show it takes no clause ("said goodbye", "said
# nothing", "told a story") or that the words after it are not one.
NOT_CLAUSE_OPENERS = frozenset({
    "goodbye", "hello", "nothing", "something", "anything", "everything", "little",
    "much", "more", "less", "yes", "no", "so", "as", "than", "not", "only", "just",
    "simply", "otherwise", "thanks", "sorry", "grace", "prayers",
    "to", "with", "about", "of", "by", "for", "from", "into", "against", "what",
    "why", "how", "when", "where", "whether", "if", "which", "who", "whom", "whose",
    "this", "that", "so-and-so", "too", "very", "again", "also", "once", "twice",
})
# Paragraph openers of teasers and web furniture: what follows is a headline or a
# link, never a statement ("READ MORE: Mayor says ...").
TEASER_LABELS = frozenset({
    "read more", "more", "watch", "related", "see also", "also read", "read also",
    "listen", "click here", "sign up", "subscribe", "video", "photos", "gallery",
    "recommended", "trending", "don't miss", "don’t miss", "must read", "more from",
})

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
