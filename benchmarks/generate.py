#!/usr/bin/env python3
"""Deterministic synthetic news corpus for quotedb benchmarks.

    python benchmarks/generate.py OUTDIR --mb 100 [--seed 1] [--format txt|jsonl] [--no-gold]
    python benchmarks/generate.py OUTDIR --articles 5000
    python benchmarks/generate.py OUTDIR --articles 5000 --reprints 40     # wire copy: reprint-heavy
    python benchmarks/generate.py OUTDIR --pathological unmatched|longline|capitals|nested|marks|all --mb 50

Articles (3-6 KB) carry a headline, a byline, a dateline and paragraphs in every quote style
the extractor handles, so throughput is measured on text shaped like the real thing.
Article i depends only on (seed, i): a corpus of N articles is a prefix of one of 2N, and
the same arguments always give the same bytes. Everything streams to disk one article at a
time. Alongside the texts goes gold.jsonl (format: ../shared/gold/FORMAT.md), written from
what the generator placed, so synthetic text can be scored with ../shared/eval/score.py.

With ``--reprints K`` every article also carries 1-4 wire quotations drawn from one pool
of K statements (each always by the same speaker, a third of them about an "agreement"),
quoted with the marks and punctuation of different house styles: a few dozen statements
reprinted by most articles, next to the normal text, as wire copy is in real news.

MB means 10**6 bytes of UTF-8 article text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

MB = 1_000_000
FILES_PER_DIR = 1000
PATHOLOGICAL_KINDS = ("unmatched", "longline", "capitals", "nested", "marks")

# ---------------------------------------------------------------- fixed name lists
FIRST_F = """Amara Jane Sofia Leila Ingrid Priya Mei Fatima Elena Grace Hannah Nadia Olivia Rosa
Yuki Zainab Clara Marta Aisha Chloe Daniela Esther Freya Gabriela Helena Irene Julia Katarzyna
Laura Maria Noor Paula Rachel Sarah Tamar Ursula Valentina Wanjiru Ximena Yasmin""".split()
FIRST_M = """David Kwame Lars Mateo Omar Rahul Tomasz Wei Hassan Jonas Samuel Andrei Carlos
Dmitri Emeka Felix George Hiroshi Ivan Jamal Karim Luca Mohammed Nikolai Oscar Pedro Rafael
Stefan Thomas Umar Viktor William Yusuf Zoran Ahmed Benjamin Connor Diego Erik""".split()
SURNAMES = """Okafor Lindqvist Moreau Haddad Novak Castellanos Brennan Nakamura Adeyemi Kowalski
Petrov Schneider Alvarez Mensah Fischer Duarte Osei Varga Kaplan Rinaldi Sokolov Bergstrom
Achebe Delacroix Eriksen Ferreira Gallagher Hoffmann Ibrahim Jansen Kimura Larsen Mbeki
Nielsen Oyelaran Pereira Quinlan Rahman Sandoval Takahashi Uddin Valdez Whitaker Xu Yilmaz
Zielinski Abernathy Bianchi Chowdhury Dvorak Esposito Fontaine Grigoryan Halvorsen Iwu Jovanovic
Kovacs Lefebvre Mwangi Nowak Ortega Papadopoulos Quiroga Richter Santos Tanaka Urquhart Vogel
Wojcik Yamamoto Zapata Ashworth Baptiste Carvalho Dimitrov Ekwueme Fitzgerald Gonzaga Horvat
Ionescu Jaramillo Kuznetsov Lombardi Marchetti Nyambura Obi Pham Rousseau Stavros Tremblay
Uchenna Vasquez Wainwright Yeboah Zhou Albright Bauer Cienfuegos Dahl Engström Falk""".split()

ROLES = [  # (title used before a name, appositive used after it)
    ("Foreign Minister", "the foreign minister"), ("Finance Minister", "the finance minister"),
    ("Senator", "a senator from {region}"), ("Mayor", "the mayor of {city}"),
    ("Governor", "the governor of {region}"), ("Health Secretary", "the health secretary"),
    ("Deputy Prime Minister", "the deputy prime minister"), ("General", "a retired army general"),
    ("Professor", "a professor of economics at {university}"), ("Dr.", "an epidemiologist at {university}"),
    ("Chief Executive", "the chief executive of {company}"), ("Spokeswoman", "a spokeswoman for {org}"),
    ("Spokesman", "a spokesman for {org}"), ("Ambassador", "the ambassador to {country}"),
    ("Commissioner", "the police commissioner"), ("Judge", "a federal judge"),
    ("Representative", "a representative from {region}"), ("Director", "the director of {org}"),
    ("Analyst", "a senior fellow at {thinktank}"), ("Coach", "the head coach of {team}"),
]
ORGS = """the Ministry of Finance|the Health Department|the European Commission|the World Bank|the
Federal Reserve|the United Nations|the Teachers Union|the Chamber of Commerce|the Energy Agency|the
Transport Authority|the Election Commission|the Supreme Court|the Central Bank|the Red Cross|the
Port Authority|the Housing Board|the Water Authority|the National Archive""".replace("\n", " ").split("|")
THINKTANKS = ["the Brookings Institution", "Chatham House", "the Atlantic Council", "the Cato Institute",
              "the Kiel Institute", "the Lowy Institute", "the Carnegie Endowment", "Bruegel"]
UNIVERSITIES = ["Columbia University", "the University of Lagos", "Uppsala University", "Sciences Po",
                "the University of Toronto", "Kyoto University", "the London School of Economics"]
COMPANIES = ["Northwind Energy", "Helix Pharmaceuticals", "Bluegate Logistics", "Solara Motors",
             "Kestrel Airlines", "Vantage Telecom", "Meridian Bank", "Atlas Steel"]
TEAMS = ["Riverside United", "the Harbor City Hawks", "FC Nordhavn", "the Eastbrook Tigers"]
COUNTRIES = ["France", "Nigeria", "Japan", "Brazil", "Canada", "Germany", "India", "Kenya", "Poland",
             "Mexico", "Turkey", "Indonesia", "Chile", "Egypt", "Norway", "Vietnam"]
CITIES = [("WASHINGTON", "Washington"), ("LONDON", "London"), ("PARIS", "Paris"), ("BERLIN", "Berlin"),
          ("NAIROBI", "Nairobi"), ("TOKYO", "Tokyo"), ("LAGOS", "Lagos"), ("BRUSSELS", "Brussels"),
          ("NEW YORK", "New York"), ("SAO PAULO", "Sao Paulo"), ("WARSAW", "Warsaw"), ("OTTAWA", "Ottawa"),
          ("GENEVA", "Geneva"), ("MUMBAI", "Mumbai"), ("SYDNEY", "Sydney"), ("MEXICO CITY", "Mexico City")]
REGIONS = ["Ohio", "Bavaria", "Ontario", "Lombardy", "Kerala", "Queensland", "Texas", "Catalonia"]
AGENCIES = ["Reuters", "AP", "AFP", "dpa", "Bloomberg"]
VENUES = ["Der Spiegel", "the BBC", "CNN", "Le Monde", "The Guardian", "state television", "NPR",
          "Al Jazeera", "a local radio station", "the Financial Times", "El País", "Channel 4 News"]
REPORTERS = ["reporters", "journalists", "lawmakers", "a parliamentary committee", "supporters"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# ---------------------------------------------------------------- statement vocabulary
TOPICS = {  # "|"-separated noun phrases; "negotiat-" words sit in two of twelve topics, as in real news
    "economy": """inflation|interest rates|the budget deficit|public spending|wage growth|the pension system|
tax relief|the currency|consumer prices|the bond market|unemployment benefits|small businesses|
the trade surplus|export tariffs|household debt|the minimum wage|the stimulus package|bank lending""",
    "health": """hospital waiting lists|the vaccine rollout|nursing staff|the cancer strategy|
mental health services|drug prices|emergency rooms|the measles outbreak|primary care clinics|
medical supplies|the insurance scheme|rural hospitals|the obesity tax|organ donation""",
    "diplomacy": """the ceasefire talks|the sanctions regime|the peace agreement|negotiations with Washington|
the border dispute|the embassy closure|the nuclear deal|a new round of negotiations|the prisoner exchange|
the trade accord|the negotiating team|the summit communique|the refugee quota|the arms embargo""",
    "climate": """carbon emissions|the coal phase-out|flood defences|the heatwave response|
offshore wind farms|the emissions target|electric buses|the drought plan|forest fires|the carbon tax|
sea walls|the methane pledge""",
    "housing": """rents|social housing|the mortgage market|homelessness|building permits|the zoning reform|
empty homes|the housing shortage|tenant protections|construction costs|short-term lettings""",
    "technology": """data privacy|the chip factory|artificial intelligence rules|broadband coverage|
the cybersecurity strategy|online platforms|the satellite programme|encryption standards|
facial recognition|the spectrum auction""",
    "labour": """the strike|the wage offer|the collective agreement|negotiating rights|the union ballot|
overtime rules|the four-day week|pension contributions|the negotiators' proposal|zero-hours contracts""",
    "crime": """the knife crime strategy|police funding|the prison population|court backlogs|
the fraud investigation|organised crime|the sentencing review|bail reform|the gang injunctions""",
    "education": """school funding|teacher shortages|tuition fees|exam results|the curriculum review|
university admissions|school meals|class sizes|the literacy programme""",
    "transport": """the rail strike|the high-speed line|road tolls|the airport expansion|bus routes|
the port upgrade|fuel duty|traffic congestion|the cycling network""",
    "sport": """the transfer window|the stadium deal|the doping inquiry|ticket prices|
the league restructuring|the youth academy|the broadcasting rights|the World Cup bid""",
    "elections": """the ballot count|voter turnout|the campaign finance rules|the runoff vote|
the coalition talks|postal voting|the electoral map|the party leadership|the recount""",
}
TOPIC_NOUNS = {k: [p.strip() for p in v.replace("\n", "").split("|")] for k, v in TOPICS.items()}

SUBJECTS = ["the government", "this administration", "the committee", "the opposition",
            "nobody in this building", "the ministry", "this country", "the industry", "the board",
            "the new leadership", "the council", "{country}", "the mayor's office"]
PLURAL_SUBJECTS = ["we", "our members", "the people of {city}", "families in {region}", "voters",
                   "our partners in {country}", "our lawyers", "ordinary workers", "they", "investors"]
VERBS = ["will not accept", "must address", "cannot ignore", "has failed to fund", "is prepared to discuss",
         "will fight", "fully supports", "needs to rethink", "has underestimated", "will never abandon",
         "is determined to fix", "has been misled about", "wants a say over", "is still reviewing",
         "deserves better than", "will not be rushed on", "has a duty to protect", "is worried about",
         "welcomes", "rejects", "intends to scrap", "is ready to compromise on", "has doubled down on",
         "is committed to reforming", "will push ahead with", "can still rescue", "has mishandled"]
ADJS = ["the current", "the proposed", "the latest", "the existing", "the government's", "the revised",
        "the original", "the national", "the regional"]
TAILS = ["before the end of the year", "in the coming weeks", "without a clear plan", "at any price",
         "for the people of {city}", "as long as it takes", "whatever the polls say",
         "once the review is finished", "by the spring", "under any circumstances", "this time",
         "without more money", "after what happened in {city}", "while prices keep rising",
         "unless {country} changes course", "by a wide margin", "in good faith", "for years to come"]
SECOND = ["That is not negotiable", "The numbers speak for themselves", "We have been clear about this",
          "Nobody should be surprised", "It is a question of trust", "We will see what happens next",
          "The public deserves answers", "This is only the beginning", "Time is running out",
          "We have done our part", "It was a mistake and we have said so", "There is no plan B",
          "The evidence is overwhelming", "We are not there yet", "Let me be very clear"]
CONTRACTED = ["We don’t think {x} is working", "It’s time to admit that {y}", "We won’t accept {x}",
              "They’ve ignored {x}", "The truth is that {y}", "I’m confident that {y}",
              "We’re not going to back down on {x}", "Nobody’s listening to us on {x}",
              "It doesn’t matter whether {y}", "Let’s be honest: {y}"]
FRAGMENTS = ["dead on arrival", "a national embarrassment", "the worst deal in a generation",
             "a step in the right direction", "deeply irresponsible", "long overdue",
             "a betrayal of working families", "reckless and unworkable", "a historic breakthrough",
             "not worth the paper it is written on", "an insult to the victims"]
SCARE = ["reform package", "temporary measures", "efficiency savings", "special operation", "enemy",
         "consultation", "voluntary", "market correction", "tough love", "red lines"]
TITLES = ["The Long Winter", "Rivers at Risk", "After the Flood", "A Promised Land", "Open Borders",
          "The Quiet Crisis", "Clean Rivers Now", "Project Horizon", "Back to Work", "Future Fit"]
HASHTAGS = ["#breaking", "#vote", "#climate", "#budget", "#health", "#jobs", "#peace"]

_PLURAL = {"has": "have", "is": "are", "was": "were", "does": "do"}


def _plural(verb: str) -> str:
    """Third-person singular verb phrase to plural: 'has failed to' -> 'have failed to'."""
    words = verb.split()
    if words[0] in ("will", "must", "can", "cannot", "should", "would"):
        return verb
    for k, w in enumerate(words[:2]):
        if w in _PLURAL:
            words[k] = _PLURAL[w]
            return " ".join(words)
        if w.endswith("s") and w not in ("always", "fully"):
            words[k] = w[:-1]
            return " ".join(words)
    return verb


# long tail: place names built from syllables, so the vocabulary keeps growing with corpus size
_SYL1 = "Brad Kel Mor Ash Wick Thorn Hal Ren Dun Fair Glen Hol Lang Mar Pen Ros Stan Tal Wes Ald".split()
_SYL2 = "ford ton bury wick mere field holm stead dale worth by haven ley combe gate moor".split()
PLACES = [a + b for a in _SYL1 for b in _SYL2]


# ---------------------------------------------------------------- document builder
class _Doc:
    """Text built piece by piece, remembering the code-point offsets of each placed quote."""

    __slots__ = ("parts", "n", "quotes", "not_quotes", "_open")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.quotes: list[dict] = []
        self.not_quotes: list[dict] = []
        self._open = -1

    def add(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def open(self) -> None:
        self._open = self.n

    def close(self, **gold) -> None:
        start = self._open
        text = "".join(self.parts)[start:self.n]
        self.quotes.append({"start": start, "end": self.n, "text": text, **gold})

    def quote(self, s: str, **gold) -> None:
        self.open()
        self.add(s)
        self.close(**gold)

    def not_quote(self, s: str) -> None:
        self.not_quotes.append({"start": self.n, "end": self.n + len(s), "text": s})
        self.add(s)

    def text(self) -> str:
        return "".join(self.parts)


class _Person:
    __slots__ = ("first", "last", "he", "his", "title", "appositive", "handle", "mentioned")

    def __init__(self, rng: random.Random, fill) -> None:
        female = rng.random() < 0.5
        self.first = rng.choice(FIRST_F if female else FIRST_M)
        self.last = rng.choice(SURNAMES)
        self.he, self.his = ("she", "her") if female else ("he", "his")
        title, appositive = rng.choice(ROLES)
        self.title = title
        self.appositive = fill(appositive)
        self.handle = "@" + self.first[0] + self.last + str(rng.randint(1, 99))
        self.mentioned = False

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    def aliases(self) -> list[str]:
        return [self.last, self.name, f"{self.title} {self.name}", self.handle[1:]]

    def mention(self, rng: random.Random) -> str:
        """First mention with a title, later ones by surname, as newspapers do."""
        if self.mentioned:
            return self.last
        self.mentioned = True
        return rng.choice([f"{self.title} {self.name}", self.name])


class _Article:
    """Everything one article needs: its own RNG, cast, dates and topic."""

    def __init__(self, seed: int, index: int) -> None:
        self.rng = rng = random.Random(f"quotedb-bench:{seed}:{index}")
        self.index = index
        self.doc = _Doc()
        self.published = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(3650))
        self.topic = rng.choice(list(TOPIC_NOUNS))
        self.city = rng.choice(CITIES)
        self.people = [_Person(rng, self.fill) for _ in range(rng.randint(2, 4))]
        self.org = rng.choice(ORGS)
        self.last_speaker: _Person | None = None
        self.build_wire = None

    # -- words
    def fill(self, s: str) -> str:
        r = self.rng
        return s.format(city=r.choice(PLACES + [c[1] for c in CITIES]), region=r.choice(REGIONS),
                        country=r.choice(COUNTRIES), org=r.choice(ORGS), thinktank=r.choice(THINKTANKS),
                        university=r.choice(UNIVERSITIES), company=r.choice(COMPANIES), team=r.choice(TEAMS),
                        x="{x}", y="{y}")

    def noun(self) -> str:
        r = self.rng
        nouns = TOPIC_NOUNS[self.topic] if r.random() < 0.8 else TOPIC_NOUNS[r.choice(list(TOPIC_NOUNS))]
        return r.choice(nouns)

    def clause(self, apostrophe: str = "’") -> str:
        """One reported clause, e.g. 'the government has mishandled the pension system this time'."""
        r = self.rng
        if r.random() < 0.2:
            c = r.choice(CONTRACTED)
            c = c.replace("{x}", self.noun()).replace("{y}", self.clause_plain())
        else:
            c = self.clause_plain()
        return c.replace("’", apostrophe)

    def clause_plain(self) -> str:
        r = self.rng
        plural = r.random() < 0.45
        subject = self.fill(r.choice(PLURAL_SUBJECTS if plural else SUBJECTS))
        verb = r.choice(VERBS)
        if plural:
            verb = _plural(verb)
        obj = self.noun()
        if obj.split()[0] not in ("the", "a") and not obj.endswith("s") and r.random() < 0.3:
            obj = r.choice(ADJS) + " " + obj
        c = f"{subject} {verb} {obj}"
        if r.random() < 0.6:
            c += " " + self.fill(r.choice(TAILS))
        return c

    def statement(self, apostrophe: str = "’", sentences: int | None = None) -> str:
        r = self.rng
        out = []
        for _ in range(sentences or r.choice((1, 1, 2, 2, 3))):
            s = self.clause(apostrophe) if r.random() < 0.75 else r.choice(SECOND)
            out.append(s[0].upper() + s[1:] + r.choice((".", ".", ".", "!")))
        return " ".join(out)

    # -- dates
    def when(self) -> tuple[str, str | None]:
        """A time expression for a cue and the ISO date it denotes (None when it names no day)."""
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return "", None
        if roll < 0.75:
            k = r.randint(1, 6)
            d = self.published - dt.timedelta(days=k)
            return f" on {WEEKDAYS[d.weekday()]}", d.isoformat()
        if roll < 0.85:
            return r.choice((" last week", " earlier this month", " in recent days")), None
        d = self.published - dt.timedelta(days=r.randint(1, 60))
        if d.year != self.published.year:
            return " yesterday", (self.published - dt.timedelta(days=1)).isoformat()
        return f" on {MONTHS[d.month - 1]} {d.day}", d.isoformat()

    def speaker(self, fresh: bool = False) -> _Person:
        p = self.rng.choice([q for q in self.people if not fresh or not q.mentioned] or self.people)
        self.last_speaker = p
        return p

    def gold(self, p: _Person | None, kind: str, date=None, venue=None, optional=False,
             speaker: str | None = None) -> dict:
        name = speaker if speaker is not None else (p.name if p else None)
        aliases = p.aliases() if p else ([speaker] if speaker else [])
        return {"kind": kind, "speaker": name, "speaker_aliases": aliases, "date": date,
                "venue": venue, "optional": optional}

    # -- paragraph styles
    def p_direct_after(self) -> None:
        """“Q,” Okafor said on Tuesday.   /   “Q,” said Foreign Minister Amara Okafor."""
        d, r = self.doc, self.rng
        p = self.speaker()
        when, date = self.when()
        s = self.statement()
        d.add("“")
        d.quote(s[:-1] + ("," if s[-1] == "." else s[-1]), **self.gold(p, "direct", date))
        m = p.mention(r)
        d.add(f"” {m} said{when}." if r.random() < 0.6 else f"” said {m}{when}.")

    def p_straight(self) -> None:
        """Straight ASCII quotes with ASCII apostrophes, as wire copy and plain-text feeds have."""
        d, r = self.doc, self.rng
        p = self.speaker()
        s = self.statement(apostrophe="'")
        d.add('"')
        d.quote(s[:-1] + ",", **self.gold(p, "direct"))
        d.add(f'" {p.mention(r)} {r.choice(("said", "says", "added", "warned"))}.')

    def p_cue_before(self) -> None:
        """Okafor said: “Q”  /  Okafor told Der Spiegel: “Q”"""
        d, r = self.doc, self.rng
        p = self.speaker()
        when, date = self.when()
        venue = r.choice(VENUES) if r.random() < 0.5 else None
        cue = f"told {venue}" if venue else r.choice(("said", "wrote", "declared", "insisted"))
        d.add(f"{p.mention(r)} {cue}{when}: “")
        d.quote(self.statement(), **self.gold(p, "direct", date, venue))
        d.add("”")

    def p_appositive(self) -> None:
        """“Q,” Amara Okafor, a senior fellow at Chatham House, said."""
        d, r = self.doc, self.rng
        p = self.speaker(fresh=True)
        p.mentioned = True
        s = self.statement(sentences=1)
        if r.random() < 0.5:
            d.add("“")
            d.quote(s[:-1] + ",", **self.gold(p, "direct"))
            d.add(f"” {p.name}, {p.appositive}, said.")
        else:
            d.add(f"{p.name}, {p.appositive}, said the figures were worrying. “")
            d.quote(s, **self.gold(p, "direct"))
            d.add("”")

    def p_follow_up(self) -> None:
        """A pronoun follow-up: “Q,” he added."""
        d, r = self.doc, self.rng
        self.p_direct_after()
        p = self.last_speaker
        d.add("\n\n“")
        d.quote(self.statement(sentences=1)[:-1] + ",", **self.gold(p, "direct"))
        d.add(f"” {p.he} {r.choice(('added', 'said', 'continued', 'noted'))}.")

    def p_mixed(self) -> None:
        """Okafor told reporters that the plan was “dead on arrival.”"""
        d, r = self.doc, self.rng
        p = self.speaker()
        when, date = self.when()
        audience = r.choice(REPORTERS)
        c = self.clause()
        frag = r.choice(FRAGMENTS) + " and " + (c if c.startswith("I’") else c[0].lower() + c[1:])
        d.add(f"{p.mention(r)} told {audience}{when} that the plan was “")
        d.quote(frag + ".", **self.gold(p, "mixed", date))
        d.add("”")

    def p_indirect(self) -> None:
        """Okafor said on Tuesday that the government would not accept ...; or "according to"."""
        d, r = self.doc, self.rng
        p = self.speaker()
        when, date = self.when()
        c = self.clause()
        if r.random() < 0.6:
            verb = r.choice(("said", "argued", "warned", "told lawmakers", "claimed"))
            d.add(f"{p.mention(r)} {verb}{when} that ")
            d.quote(c, **self.gold(p, "indirect", date))
            d.add(".")
        elif r.random() < 0.5:
            d.add(f"According to {p.mention(r)}, ")
            d.quote(c, **self.gold(p, "indirect"))
            d.add(".")
        else:
            d.quote(c[0].upper() + c[1:], **self.gold(p, "indirect"))
            d.add(f", according to {p.mention(r)}.")

    def p_british(self) -> None:
        """‘We don’t accept that,’ Okafor said. (British single quotes with ’ apostrophes inside)"""
        d, r = self.doc, self.rng
        p = self.speaker()
        c = r.choice(CONTRACTED).replace("{x}", self.noun()).replace("{y}", self.clause_plain())
        d.add("‘")
        d.quote(c + ",", **self.gold(p, "direct"))
        d.add(f"’ {p.mention(r)} said. ‘")
        d.quote(self.statement(), **self.gold(p, "direct"))
        d.add("’")

    def p_guillemets(self) -> None:
        """«Q», said Okafor."""
        d, r = self.doc, self.rng
        p = self.speaker()
        d.add("«")
        d.quote(self.statement(sentences=1)[:-1], **self.gold(p, "direct"))
        d.add(f"», said {p.mention(r)}.")

    def p_nested(self) -> None:
        """“They told us ‘wait and see,’ and we waited,” Okafor said."""
        d, r = self.doc, self.rng
        p = self.speaker()
        inner = r.choice(("wait and see", "trust the process", "the money is coming", "no comment"))
        d.add("“")
        d.quote(f"When we asked about {self.noun()}, they told us ‘{inner},’ and we waited,",
                **self.gold(p, "direct"))
        d.add(f"” {p.mention(r)} said.")

    def p_multi(self) -> None:
        """A quote over several paragraphs: each reopens with “, only the last one closes."""
        d, r = self.doc, self.rng
        p = self.speaker()
        d.add(f"In a statement, {p.mention(r)} said: “")
        d.open()
        for i in range(r.randint(2, 3)):
            if i:
                d.add("\n\n“")
            d.add(self.statement())
        d.close(**self.gold(p, "direct"))
        d.add("”")

    def p_embedded(self) -> None:
        """A reproduced post signed — Name (@handle) January 26, 2020."""
        d, r = self.doc, self.rng
        p = self.speaker()
        day = self.published - dt.timedelta(days=r.randint(0, 5))
        post = self.statement(sentences=r.choice((1, 2))) + " " + r.choice(HASHTAGS)
        d.add(f"{p.last} later wrote on Twitter.\n\n")
        d.quote(post, **self.gold(p, "embedded", day.isoformat(), "Twitter"))
        d.add(f" — {p.name} ({p.handle}) {MONTHS[day.month - 1]} {day.day}, {day.year}")

    def p_qa(self) -> None:
        """Interview transcript lines: Q: ... / Okafor: “...”"""
        d, r = self.doc, self.rng
        p = self.speaker()
        if not p.mentioned:
            d.add(f"{p.mention(r)} spoke to us this week. The interview has been edited for length.\n\n")
        for i in range(r.randint(1, 2)):
            if i:
                d.add("\n\n")
            d.add(f"Q: What happens now with {self.noun()}?\n\n{p.last}: “")
            d.quote(self.statement(), **self.gold(p, "direct"))
            d.add("”")

    def p_org(self) -> None:
        """“Q,” the Ministry of Finance said in a statement."""
        d, r = self.doc, self.rng
        d.add("“")
        org = self.org
        d.quote(self.statement(sentences=1)[:-1] + ",",
                **self.gold(None, "direct", speaker=org[4:] if org.startswith("the ") else org))
        d.add(f"” {org} said in a statement.")

    def p_scare(self) -> None:
        """Scare quotes and titles, which are not statements."""
        d, r = self.doc, self.rng
        p = self.people[0]
        d.add(f"Critics have dismissed the {r.choice(('measure', 'plan', 'bill', 'policy'))} as "
              f"a so-called “")
        d.not_quote(r.choice(SCARE))
        d.add(f"”, pointing to {self.noun()} in {r.choice(PLACES)}. {p.last}, whose book “")
        d.not_quote(r.choice(TITLES))
        d.add(f"” was published in {self.published.year - r.randint(1, 9)}, has been a frequent critic.")

    def p_narrative(self) -> None:
        """Plain reporting between quotes: numbers, names and places, no quote marks."""
        r = self.rng
        n = self.noun()
        sents = [
            f"The debate over {n} has dominated the {self.org[4:] if self.org.startswith('the ') else self.org} agenda since {MONTHS[r.randrange(12)]}.",
            f"Figures released by {r.choice(ORGS)} showed a {r.randint(2, 40)}.{r.randint(0, 9)} percent change in {self.noun()} over the past year.",
            f"About {r.randint(2, 900):,} people gathered in {r.choice(PLACES)} on {r.choice(WEEKDAYS)} to protest against {self.noun()}.",
            f"The proposal would cost an estimated ${r.randint(1, 90)}.{r.randint(1, 9)} billion over {r.randint(2, 10)} years.",
            f"Officials in {r.choice(COUNTRIES)} and {r.choice(COUNTRIES)} are expected to meet again next month to discuss {self.noun()}.",
            f"{self.people[-1].name} did not respond to a request for comment.",
            f"The vote in {r.choice(REGIONS)} passed by {r.randint(100, 250)} to {r.randint(40, 99)}.",
            f"Analysts at {r.choice(COMPANIES)} said the outlook for {self.noun()} remained uncertain.",
            f"The bill, known as H.R. {r.randint(100, 9999)}, cleared committee in {MONTHS[r.randrange(12)]} after {r.randint(2, 30)} hours of debate.",
            f"Shares in {r.choice(COMPANIES)} fell {r.randint(1, 19)} percent in early trading in {r.choice(CITIES)[1]}.",
            f"A court in {r.choice(PLACES)} is due to rule on {self.noun()} before the {r.choice(('summer', 'winter', 'autumn', 'spring'))} recess.",
            f"Turnout in the {r.choice(PLACES)} by-election was {r.randint(18, 74)} percent, the lowest since {r.randint(1950, 2010)}.",
            f"The {r.choice(('agreement', 'report', 'audit', 'inquiry', 'review'))} runs to {r.randint(40, 900)} pages and took {r.randint(2, 36)} months to complete.",
            f"Heavy rain forced the closure of {r.randint(2, 40)} schools across {r.choice(REGIONS)} on {r.choice(WEEKDAYS)}.",
            f"In {r.choice(PLACES)}, a town of {r.randint(3, 90)},{r.randint(100, 999)} people, residents have complained about {self.noun()} for years.",
            f"Neither {r.choice(THINKTANKS)} nor {r.choice(UNIVERSITIES)} has published an estimate of the cost of {self.noun()}.",
            f"The previous government tried a similar approach to {self.noun()} in {r.randint(1995, 2014)}, with mixed results.",
            f"Opinion polls suggest {r.randint(30, 70)} percent of voters in {r.choice(COUNTRIES)} oppose changes to {self.noun()}.",
        ]
        r.shuffle(sents)
        self.doc.add(" ".join(sents[:r.randint(2, 5)]))

    STYLES = [  # (method, weight)
        ("p_direct_after", 14), ("p_straight", 5), ("p_cue_before", 8), ("p_appositive", 6),
        ("p_follow_up", 6), ("p_mixed", 6), ("p_indirect", 10), ("p_british", 3),
        ("p_guillemets", 2), ("p_nested", 3), ("p_multi", 3), ("p_embedded", 3), ("p_qa", 2),
        ("p_org", 4), ("p_scare", 3), ("p_narrative", 45),
    ]

    # -- whole article
    def headline(self) -> str:
        r = self.rng
        n = self.noun()
        n = n[4:] if n.startswith("the ") else n
        p = self.people[0]
        h = r.choice([f"{p.last} Warns Over {n}", f"Row Over {n} Deepens as {p.last} Digs In",
                      f"{self.city[1]} Braces for Fight Over {n}", f"What the {n} Decision Means"])
        return " ".join(w[0].upper() + w[1:] for w in h.split())

    def byline(self) -> tuple[str, str, bool]:
        """(byline, dateline, dateline-has-date): every article states its date somewhere."""
        r = self.rng
        pub = self.published
        author = f"{r.choice(FIRST_F + FIRST_M)} {r.choice(SURNAMES)}"
        long_date = f"{MONTHS[pub.month - 1]} {pub.day}, {pub.year}"
        roll = r.random()
        if roll < 0.35:
            return author, f"By {author}", f"{self.city[0]}, {long_date} —"
        if roll < 0.65:
            return author, f"Written by {author} on {pub.day} {MONTHS[pub.month - 1]} {pub.year} .", \
                f"{self.city[0]} ({r.choice(AGENCIES)}) -"
        return author, f"By {author} | {long_date}", f"{self.city[0]} ({r.choice(AGENCIES)}) —"

    def build(self, target_bytes: int) -> tuple[str, dict]:
        r, d = self.rng, self.doc
        title = self.headline()
        author, byline, dateline = self.byline()
        d.add(f"{title}\n\n{byline}\n\n{dateline} ")
        self.p_narrative()
        if self.build_wire is not None:
            self.build_wire()
        names = [s for s, _ in self.STYLES]
        weights = [w for _, w in self.STYLES]
        while d.n * 1.05 < target_bytes:  # mostly ASCII: code points ~ bytes
            d.add("\n\n")
            style = r.choices(names, weights)[0]
            getattr(self, style)()
        d.add("\n")
        text = d.text()
        gold = {"doc_id": "", "file": "", "published": self.published.isoformat(), "title": title,
                "author": author, "quotes": d.quotes, "not_quotes": d.not_quotes}
        return text, gold


def wire_pool(seed: int, size: int) -> list[tuple[str, _Person]]:
    """The ``size`` wire statements of the reprint-heavy corpus, each with its speaker."""
    pool = []
    for k in range(size):
        a = _Article(seed, -1 - k)  # an article of its own: deterministic, apart from the corpus
        text = a.statement(sentences=2)
        if k % 3 == 0:
            text = text[:-1] + f", and the agreement on {a.noun()} stands" + text[-1]
        pool.append((text, a.people[0]))
    return pool


_POOLS: dict[tuple[int, int], list] = {}


def _wire(a: _Article, seed: int, reprints: int) -> None:
    """1-4 reprinted statements: the same words, with one house style's marks around them."""
    pool = _POOLS.get((seed, reprints)) or _POOLS.setdefault((seed, reprints), wire_pool(seed, reprints))
    d, r = a.doc, a.rng
    for _ in range(r.randint(1, 4)):
        text, p = pool[r.randrange(len(pool))]
        d.add("\n\n")
        if r.random() < 0.5:
            d.add("“")
            d.quote(text[:-1] + ("," if text[-1] == "." else text[-1]), **a.gold(p, "direct", date=None))
            d.add(f"” {p.name} said.")
        else:
            d.add('"')
            d.quote(text.replace("’", "'")[:-1] + ",", **a.gold(p, "direct", date=None))
            d.add(f'" {p.name} told {r.choice(AGENCIES)}.')


def article(seed: int, index: int, reprints: int = 0) -> tuple[str, dict]:
    """Article ``index`` of the corpus for ``seed``: its text and its gold record; with
    ``reprints``, wire statements from a pool of that many are added to it."""
    a = _Article(seed, index)
    if reprints:
        a.build_wire = lambda: _wire(a, seed, reprints)
    return a.build(a.rng.randint(3000, 6000))


def doc_id(seed: int, index: int) -> str:
    return f"g{seed}-{index:07d}"


# ---------------------------------------------------------------- writers
def write_corpus(outdir: Path, *, mb: float | None = None, articles: int | None = None, seed: int = 1,
                 fmt: str = "txt", gold: bool = True, shard_mb: int = 100, reprints: int = 0) -> dict:
    """Stream articles to ``outdir`` until ``mb`` megabytes or ``articles`` articles; return counts."""
    if mb is None and articles is None:
        raise ValueError("give mb or articles")
    outdir.mkdir(parents=True, exist_ok=True)
    limit_bytes = int(mb * MB) if mb is not None else None
    gold_f = open(outdir / "gold.jsonl", "w", encoding="utf-8") if gold else None
    shard = None
    shard_bytes = 0
    total = quotes = i = 0
    try:
        while (articles is None or i < articles) and (limit_bytes is None or total < limit_bytes):
            text, g = article(seed, i, reprints)
            ident = doc_id(seed, i)
            if fmt == "txt":
                rel = f"docs/{i // FILES_PER_DIR:04d}/{ident}.txt"
                path = outdir / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                data = text.encode("utf-8")
                path.write_bytes(data)
                size = len(data)
            else:
                if shard is None or shard_bytes >= shard_mb * MB:
                    if shard:
                        shard.close()
                    shard = open(outdir / f"corpus-{total // (shard_mb * MB):04d}.jsonl", "w", encoding="utf-8")
                    shard_bytes = 0
                rel = ident
                line = json.dumps({"id": ident, "title": g["title"], "author": g["author"],
                                   "published": g["published"], "text": text}, ensure_ascii=False) + "\n"
                shard.write(line)
                size = len(text.encode("utf-8"))
                shard_bytes += size
            total += size
            quotes += len(g["quotes"])
            if gold_f:
                g["doc_id"], g["file"] = ident, rel
                gold_f.write(json.dumps(g, ensure_ascii=False) + "\n")
            i += 1
    finally:
        if gold_f:
            gold_f.close()
        if shard:
            shard.close()
    summary = {"articles": i, "bytes": total, "gold_quotes": quotes, "seed": seed, "format": fmt,
               "reprints": reprints}
    (outdir / "corpus.json").write_text(json.dumps(summary, indent=1) + "\n")
    return summary


def _patho_chunks(kind: str, seed: int):
    """Endless chunks of adversarial text of one kind (see issues 4 and 5)."""
    rng = random.Random(f"quotedb-patho:{seed}:{kind}")
    if kind in ("longline", "normal"):  # real articles as one document; longline: no newline at all
        i = 0
        while True:
            text, _ = article(seed, i)
            yield text.replace("\n", " ") + " " if kind == "longline" else text + "\n"
            i += 1
    while True:
        if kind == "unmatched":  # openers everywhere, closers nowhere, cues nearby; ~200 KB paragraphs
            parts = []
            for _ in range(4000):
                mark = rng.choice('“"‘«')
                parts.append(f"{mark}{rng.choice(SURNAMES)} said the {rng.choice(TOPIC_NOUNS['economy'])} ")
                if rng.random() < 0.1:
                    parts.append(f"said {rng.choice(SURNAMES)}. ")
            yield "".join(parts) + "\n\n"
        elif kind == "capitals":  # thousands of capitalised words before a cue, no full stop
            words = [rng.choice(SURNAMES + FIRST_F + FIRST_M + ["Of", "The", "And", "For"]) for _ in range(3000)]
            yield "“It is over,” " + " ".join(words) + " said. "
        elif kind == "nested":  # quotes nested ten deep, some left unclosed
            depth = 10
            opens = ["“" if k % 2 == 0 else "‘" for k in range(depth)]
            closes = ["”" if k % 2 == 0 else "’" for k in range(depth)][::-1]
            if rng.random() < 0.3:
                closes = closes[: rng.randrange(depth)]
            inner = " ".join(f"{o}{rng.choice(SURNAMES)} told {rng.choice(SURNAMES)}" for o in opens)
            yield inner + " enough" + "".join(closes) + f", {rng.choice(SURNAMES)} said.\n\n"
        elif kind == "marks":  # long runs of quote marks and punctuation
            yield "".join(rng.choice('"“”‘’\'«»„‚—-:;,.!?') for _ in range(5000)) + " said " + \
                rng.choice(SURNAMES) + "\n"
        else:
            raise ValueError(f"unknown pathological kind {kind!r}; choose from {', '.join(PATHOLOGICAL_KINDS)}")


def write_pathological(outdir: Path, kind: str, mb: float, seed: int = 1) -> Path:
    """Write ``outdir/pathological-KIND.txt`` of ``mb`` megabytes, cut to exactly that size."""
    outdir.mkdir(parents=True, exist_ok=True)
    path = outdir / f"pathological-{kind}.txt"
    limit = int(mb * MB)
    written = 0
    with open(path, "w", encoding="utf-8", newline="") as f:
        for chunk in _patho_chunks(kind, seed):
            data = chunk.encode("utf-8")
            if written + len(data) >= limit:
                f.write(data[: limit - written].decode("utf-8", errors="ignore"))
                break
            f.write(chunk)
            written += len(data)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", type=Path)
    size = ap.add_mutually_exclusive_group()
    size.add_argument("--mb", type=float, help="stop after this many MB (10**6 bytes) of article text")
    size.add_argument("--articles", type=int, help="write exactly this many articles")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--format", choices=("txt", "jsonl"), default="txt",
                    help="txt: one file per article under docs/NNNN/; jsonl: {id,title,author,published,text} lines")
    ap.add_argument("--no-gold", action="store_true", help="skip gold.jsonl")
    ap.add_argument("--reprints", type=int, default=0, metavar="K",
                    help="reprint-heavy: every article also reprints 1-4 of K wire statements")
    ap.add_argument("--pathological", choices=PATHOLOGICAL_KINDS + ("all", "normal"),
                    help="write one adversarial file instead (size from --mb, default 10); "
                         "'normal' writes plain articles as one file, the baseline for the others")
    a = ap.parse_args(argv)
    if a.pathological:
        for kind in PATHOLOGICAL_KINDS if a.pathological == "all" else (a.pathological,):
            path = write_pathological(a.outdir, kind, a.mb or 10, a.seed)
            print(f"{path}: {path.stat().st_size:,} bytes")
        return 0
    if a.mb is None and a.articles is None:
        ap.error("give --mb or --articles")
    s = write_corpus(a.outdir, mb=a.mb, articles=a.articles, seed=a.seed, fmt=a.format, gold=not a.no_gold,
                       reprints=a.reprints)
    print(f"{a.outdir}: {s['articles']:,} articles, {s['bytes']:,} bytes, {s['gold_quotes']:,} gold quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
