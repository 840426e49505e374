"""Adverbs, auxiliaries and the other function words of attribution. (See the package docstring for sources.)"""

from __future__ import annotations

from .marks import *  # noqa: F401,F403
from .verbs import *  # noqa: F401,F403
from .people import *  # noqa: F401,F403
from .verbs import _inflect

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
) | frozenset({"reported", "claimed", "claiming", "estimated", "explained", "noted"})
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
# Of those, the participles that report after a comma ("..., warning that the dam
# could fail"), where they cannot be the noun ("a warning that ...").
NOUN_LIKE_PARTICIPLES = frozenset({"warning"})
# Words before a cue that make the report unreal: a modal (a report to come or that
# might be), "to" (an infinitive), a negation ("did not say"): no statement was made.
UNREAL_BEFORE_CUE = frozenset({
    "will", "would", "could", "should", "can", "may", "might", "must", "shall", "to",
    "not", "never", "didn't", "didn’t", "won't", "won’t", "wouldn't", "wouldn’t", "cannot",
    "can't", "can’t", "refused", "declined", "hasn't", "hasn’t", "haven't", "haven’t",
})
# Adverbs of frequency and negation, which stand between a subject and its verb
# ("most viewers never notice", "prices rarely fall"): after a noun phrase they show
# a finite clause even when its verb has no ending that marks it (CGEL's "mid
# position" adverbs, the frequency and negation ones).
MID_ADVERBS = frozenset({
    "never", "rarely", "seldom", "always", "usually", "often", "sometimes", "hardly", "barely",
    "scarcely", "generally", "typically", "normally", "routinely", "invariably", "still", "already",
})
# The anonymity formula after "asked", "requested", "spoke on condition": "not to be
# named" reports a wish about the source, not a statement (AP: anonymous sources).
ANONYMITY_PARTICIPLES = frozenset({"named", "identified", "quoted", "disclosed"})
# Verbs of talking after "agreed to", "offered to": the act of speaking, whose
# content the infinitive does not give ("agreed to talk on condition that ...").
TALK_INFINITIVES = frozenset({"talk", "speak", "comment", "discuss", "elaborate", "testify", "meet",
                              "chat", "respond"})
# Conjunctions whose clause is subordinate: a verb after them is not the verb of the
# clause they interrupt ("confirmed the meeting on condition of anonymity because
# they were not authorized").
CLAUSE_SUBORDINATORS = frozenset({"because", "although", "though", "unless", "whereas"})
# Particles that turn a reporting verb into another verb ("wrote off assets", "wrote
# down the loan", "called off the strike", "talked down the risk"): no report follows.
NON_REPORTING_PARTICLES = frozenset({"off", "down"})
# Words before "call" that make it the noun ("an earnings call", "a conference call"),
# so that it reports nothing.
CALL_NOUN_MODIFIERS = frozenset({"earnings", "conference", "phone", "telephone", "video", "investor",
                                 "analyst", "analysts", "press", "roll", "wake-up"})
# Words that open an indirect question or a free relative ("how he answers that").
WH_WORDS = frozenset({"how", "what", "why", "when", "where", "whether", "if", "who", "which"})
# Words in "-ing" that are no participle: prepositions ("including", "following"),
# pronouns ("nothing") and common nouns ("morning", "building").
ING_NON_PARTICIPLES = frozenset({
    "including", "regarding", "concerning", "following", "excluding", "considering", "involving",
    "during", "notwithstanding", "barring", "nothing", "something", "everything", "anything",
    "morning", "evening", "building", "ceiling", "offspring", "wedding", "funding", "meeting",
})
# ... of which these open the writer's gloss on a statement when set off by a comma
# (", something he denied"), ending the reported clause as a participle would.
ING_GLOSS_PRONOUNS = frozenset({"something", "nothing"})
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
# A document's or a survey's findings: "The report found that ...", "a poll shows that
# ...", reported claims when their subject is one of FINDING_NOUNS (PARC counts a source
# that is a document; PolNeAR annotates them, GGT, which follows people, does not).
FINDING_VERBS = frozenset({"found", "finds", "shows", "showed", "concluded", "concludes", "revealed",
                           "reveals"})
FINDING_NOUNS = DOCUMENT_NOUNS | frozenset({
    "poll", "survey", "investigation", "review", "audit", "analysis", "paper", "research", "inquiry",
    "inspection", "probe", "census", "assessment", "evaluation", "studies", "reports", "polls",
    "surveys", "findings", "data", "figures", "audit", "investigators", "researchers",
})
# Documents someone wrote, which speak for their authors after "according to" ("according
# to a study published on Wednesday", "according to the lawsuit"); data ("according to
# exit polls", "figures", "its website"), or documents in the plural ("exclusive reports",
# "financial documents") state no one's words (PolNeAR leaves them out).
AUTHORED_DOCUMENTS = frozenset({"report", "study", "lawsuit", "complaint", "filing", "indictment",
                                "affidavit", "paper", "statement", "letter", "memo", "release",
                                "submission", "ruling", "judgment", "judgement", "decision"})
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
# Participles of questioning that open a sentence ("Asked about X, she said"): their
# subject is the one questioned, named before; names in the phrase are what was asked about.
ASKING_PARTICIPLES = frozenset({"asked", "pressed", "questioned", "challenged"})
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
