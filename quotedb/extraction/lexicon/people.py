"""Titles, roles, organisations and the words around names. (See the package docstring for sources.)"""

from __future__ import annotations

from .marks import *  # noqa: F401,F403
from .verbs import *  # noqa: F401,F403

# --- titles and roles ---------------------------------------------------------
# Court reports name counsel by their side, not their title ("Opening the prosecution
# case, Jane Roe KC told jurors", "Ann Lee, prosecuting, said"; UK and Irish court
# style): the words that show who "the prosecutor" is.
COUNSEL_SIDES = {"prosecutor": ("prosecution", "prosecuting"), "barrister": ("prosecuting", "defending")}
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
    "prince", "envoy", "negotiator", "adviser", "advisor", "aide", "founder", "executive",
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
    "conference", "bar",  # "the National Freight Carriers Conference", "the Oregon State Bar"
    # bodies of advocates and members ("the Licensed Trade Forum", "the Voter Access Project")
    "forum", "project", "initiative", "caucus", "collective", "cooperative", "consortium",
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
# Wire agencies and market-data vendors: the source of a story's figures or the outlet
# told, never what "the company" or "it" in the story stands for (AP, AFP, Reuters,
# dpa style: "according to LSEG data", "he told Reuters").
NEWS_AGENCIES = frozenset({
    "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse", "dpa",
    "ansa", "efe", "kyodo", "xinhua", "bloomberg", "lseg", "refinitiv", "factset", "the canadian press",
    "canadian press", "pa", "pa media", "press association", "anp", "tass", "yonhap",
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
# The first person fused with its auxiliary ("I’ve argued that", "We're told"): the
# author speaking, never a name or a speaker; with either apostrophe.
FIRST_PERSON_CONTRACTIONS = frozenset(w.replace("'", a) for w in (
    "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd") for a in "'’")
# Capitalised words that start sentences or name things but are never speakers.
NON_NAMES = FIRST_PERSON_CONTRACTIONS | frozenset({
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
