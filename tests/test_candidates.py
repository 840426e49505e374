"""Quote-mark spans: every convention the scanner must understand, negatives included."""

from quotedb.extraction.candidates import find_quotes
from quotedb.extraction.segment import paragraphs


def spans(text):
    return [text[q.start:q.end] for q in find_quotes(text, paragraphs(text))]


TABLE = [
    # curly and straight double quotes
    ("The coach said “We will win the cup.” Then he left.", ["We will win the cup."]),
    ('"We will win," the coach said.', ["We will win,"]),
    # British single quotes, where ’ is also the apostrophe
    ("‘We’ve earned the players’ trust,’ the manager said.", ["We’ve earned the players’ trust,"]),
    ("'It's our night,' said the captain.", ["It's our night,"]),
    # a word ending in "ss", "us" or "is" is no plural: its ’ closes the quote
    ("She called the junction ‘dangerous’ at night.\n\n‘I have seen three crashes,’ she said.",
     ["dangerous", "I have seen three crashes,"]),
    ("The minister spoke of a ‘crisis’ in housing and the ‘loss’ of trust.", ["crisis", "loss"]),
    # a fragment opened inside a sentence and left open at the paragraph's end was
    # closed by the "s’" read as a plural possessive; a quotation at a sentence start
    # may run on into the next paragraph
    ("The coach said his players had ‘stopped doing the basics’ after the break.\n\n‘We sat back,’ he said.",
     ["stopped doing the basics", "We sat back,"]),
    ("‘We lost the fans’ trust this year.\n\n‘We have to earn it back,’ the captain said.",
     ["We lost the fans’ trust this year.\n\n‘We have to earn it back,"]),
    ("‘I don’t know,’ she said. ‘Ask the board.’", ["I don’t know,", "Ask the board."]),
    # nesting: the inner quote stays part of the outer one
    ("“He told me ‘never again’ and meant it,” she said.", ["He told me ‘never again’ and meant it,"]),
    ("‘The fans chanted “out” all night,’ he said.", ["The fans chanted “out” all night,"]),
    # guillemets
    ("Le ministre a déclaré «Nous ne céderons pas» hier.", ["Nous ne céderons pas"]),
    # British straight single marks over two paragraphs: open at a sentence start, reopened
    # by the next paragraph, closed only at the end; a lone apostrophe goes on nowhere
    ("'We asked for a fair deal,' he said. 'What we got was a lecture.\n\n'Our members are not fools.'",
     ["We asked for a fair deal,", "What we got was a lecture.\n\n'Our members are not fools."]),
    ("The rock 'n roll years\n\n'Tis the season, the band said.", []),
    # German low-high marks, whose closing mark is English's opening one; the same mark
    # mistyped as a closer after a word
    ("Sie sagte: „Wir sind bereit“, und ging. „Morgen mehr.“", ["Wir sind bereit", "Morgen mehr."]),
    ("The mayor called it a “disaster“ for the harbour, and “a warning” too.", ["disaster", "a warning"]),
    # unclosed: ends at its paragraph, the rest of the document is unaffected
    ("“This quote never closes\n\nLater she said “this one does” today.",
     ["This quote never closes", "this one does"]),
    # unbalanced stray marks
    ("A stray ” mark, then “a real quote” here.", ["a real quote"]),
    # an invisible bidi or zero-width mark before the opening mark is read as a space
    ("Ruiz posted.\n\n\u202a”The ferry is ours,” wrote Tom Vale.", ["The ferry is ours,"]),
    ("Ruiz posted.\n\n\u200e\"The ferry is ours,\" wrote Tom Vale.", ["The ferry is ours,"]),
    # apostrophes only: no quotes
    ("It’s the players’ union’s call, isn't it? Rock ’n’ roll.", []),
    ("The 1990s' boom and the ’90s bust.", []),
    # a year's elision typed with the opening mark is no quote; a quote that opens with
    # a number and goes on in words is one
    ("Sales 2017 2018 ‘19 CHART SOURCE: bank data. Back in the ‘90s it was worse.", []),
    ("She said ‘20 people came, maybe more’ that night.", ["20 people came, maybe more"]),
]


def test_table():
    for text, expected in TABLE:
        assert spans(text) == expected, text


def test_multi_paragraph_quote_reopens_each_paragraph():
    text = "She said:\n\n“First part of it.\n\n“Second part.\n\n“Last part,” she added.\n\nAfter."
    qs = find_quotes(text, paragraphs(text))
    assert len(qs) == 1
    q = qs[0]
    assert text[q.start:q.end].startswith("First part of it.")
    assert text[q.start:q.end].endswith("Last part,")
    assert q.paragraph == 1 and q.end_paragraph == 3


def test_span_excludes_marks_and_offsets_hold():
    text = "He said “ spaced out ” there."
    (q,) = find_quotes(text, paragraphs(text))
    assert text[q.start:q.end] == "spaced out"
    assert text[q.open_at] == "“" and text[q.close_at] == "”"


def test_thousands_of_unmatched_marks():
    text = "“" * 3000 + " words " + "”" * 3000 + "\n“real quote here,” he said."
    qs = spans(text)
    assert "real quote here," in qs


def test_empty_and_markless():
    assert spans("") == []
    assert spans("No quotes at all.") == []
