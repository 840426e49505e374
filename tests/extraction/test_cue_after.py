"""A cue after the quote: ', Smith said', ', said Smith, the ...', ', the minister said'.

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check


CUE_AFTER = [
    # AP style: quote first, then the cue
    ('WASHINGTON (AP) — The senator spoke on Tuesday.\n\n"We will not back down," Maria Lopez said.',
     [("We will not back down,", "Maria Lopez", "direct")]),
    # inverted cue with an appositive
    ('"The numbers are clear," said Tom Reed, a spokesman for the agency.',
     [("The numbers are clear,", "Tom Reed", "direct")]),
    ('"We will see," said Representative Felix Gallo earlier this month.',
     [("We will see,", "Felix Gallo", "direct")]),
    ("“The rules are clear,” the European Commission said in a statement.",
     [("The rules are clear,", "European Commission", "direct")]),
    # press statement by an organisation
    ('"We regret the delay," Northwind Airlines said in a statement.',
     [("We regret the delay,", "Northwind Airlines", "direct")]),
    ("“We were second best and we know it,” admits midfielder Jonas Berg.",
     [("We were second best and we know it,", "Jonas Berg", "direct")]),
    ("“I just wanted to score,” Leo Marsh, 24, said after the match.",
     [("I just wanted to score,", "Leo Marsh", "direct")]),
    ("‘We’ve let the supporters down,’ said manager Alan Price. ‘It’s on me.’",
     [("We’ve let the supporters down,", "Alan Price", "direct"), ("It’s on me.", "Alan Price", None)]),
    # straight single quotes opening the next sentence; role noun with the name in apposition
    ("LONDON - 'We gave everything,' said the club's manager, Rita Moss. 'It wasn't enough.'",
     [("We gave everything,", "Rita Moss", "direct"), ("It wasn't enough.", "Rita Moss", "direct")]),
    ('"We are on track," said the company\'s chief executive, Omar Haddad, on Monday.',
     [("We are on track,", "Omar Haddad", "direct")]),
    # a weekday after the comma is not a name; an unnamed role stays its noun phrase (issue 11)
    ('"It was close," said the minister, Tuesday.', [("It was close,", "the minister", "direct")]),
    # verbs that report words only with their particle ("shot back", "went on")
    ("Ana Ruiz attacked his record on housing. “Ana wants to be a tough guy tonight,” Tom Vale shot back.",
     [("Ana wants to be a tough guy tonight,", "Tom Vale", "direct")]),
    ("“You know, it happens, right?” Tom Vale went on. “But you get over it.”",
     [("You know, it happens, right?", "Tom Vale", "direct"), ("But you get over it.", "Tom Vale", "direct")]),
    # the post set off before the name ("the city's mayor, Ann Lee, said"): the name speaks,
    # and the quote ends at its closing mark (the post is no reported text)
    ('"We are ready," the city\'s mayor, Ann Lee, said on Monday.', [("We are ready,", "Ann Lee", "direct")]),
    ("“Stay at home,” the chief executive, Bob Smith, told staff.", [("Stay at home,", "Bob Smith", "direct")]),
    ("“The data is clear,” the study’s lead author, Dr Jane Park, said.",
     [("The data is clear,", "Jane Park", "direct")]),
    ("“The data is clear,” said the study’s lead author, Dr Jane Park, a chemist at Orlen University.",
     [("The data is clear,", "Jane Park", "direct")]),
    ("‘We lost,’ the team’s captain, Joe Root, admitted after the match.", [("We lost,", "Joe Root", "direct")]),
    # people news copy names by what they are, outside the role lexicon's offices
    ("Daniel Reed, 42, denied fraud at Leeds Crown Court. “I never took a penny,” the defendant told the jury.",
     [("I never took a penny,", "Daniel Reed", "direct")]),
    ("“It was terrifying,” a local shopkeeper said.", [("It was terrifying,", "a local shopkeeper", "direct")]),
    ("Andy Marsh reached the final on Sunday. “I felt good from the first point,” the 37-year-old said.",
     [("I felt good from the first point,", "Andy Marsh", "direct")]),
    ("“The virus is spreading fast,” the epidemiologist said.",
     [("The virus is spreading fast,", "the epidemiologist", "direct")]),
    # a national by nationality: sports and wire copy's epithet for a person just named
    ("Marta Lindqvist led from the first lap in Oslo. “The snow was perfect,” the Swede said.",
     [("The snow was perfect,", "Marta Lindqvist", "direct")]),
    ("Pablo Ferrer won the stage on Sunday. “My legs were empty at the end,” said the Spaniard.",
     [("My legs were empty at the end,", "Pablo Ferrer", "direct")]),
    ("Hugo Lemaire scored twice. “It was a good night,” the 23-year-old Frenchman told reporters.",
     [("It was a good night,", "Hugo Lemaire", "direct")]),
    # ... but not a form that is also a plural: "the Chinese" is a country's side
    ("Vera Holm spoke for the EU side. “We are disappointed,” the Japanese said.",
     [("We are disappointed,", "Japanese", "direct")]),
]


@pytest.mark.parametrize("text,expected", CUE_AFTER)
def test_cue_after(text, expected):
    check(text, expected)
