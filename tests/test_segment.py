"""Paragraphs and sentences, including abbreviations and masked quotations."""

from quotedb.extraction.candidates import find_quotes, mask
from quotedb.extraction.segment import paragraphs, sentences


def _sents(text):
    paras = paragraphs(text)
    masked = mask(text, find_quotes(text, paras))
    return [text[s.start:s.end] for s in sentences(masked, paras)]


def test_paragraphs_are_non_blank_lines_without_trailing_space():
    text = "Title line  \n\n  Body one.\nBody two.\n\n\n"
    ps = paragraphs(text)
    assert [text[p.start:p.end] for p in ps] == ["Title line", "Body one.", "Body two."]
    assert [p.index for p in ps] == [0, 1, 2]


def test_paragraphs_of_blank_text():
    assert paragraphs("") == []
    assert paragraphs(" \n\t\n") == []


SENTENCE_TABLE = [
    ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
    ("The U.S. President spoke. Nobody listened.", ["The U.S. President spoke.", "Nobody listened."]),
    ("Donald J. Trump wrote. Then he slept.", ["Donald J. Trump wrote.", "Then he slept."]),
    # a letter after a number is a unit, not an initial
    ("The gauge read 31C. Runners slowed.", ["The gauge read 31C.", "Runners slowed."]),
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    # the full stops inside the quotation do not end the sentence carrying the cue
    ("“We won. We really did,” Okafor said. Fans cheered.",
     ["“We won. We really did,” Okafor said.", "Fans cheered."]),
    # a quotation opening after a full stop starts a new sentence
    ("He sat down. “It was long,” he said.", ["He sat down.", "“It was long,” he said."]),
    # a quotation closed by two apostrophes (the typewriter style of some wires)
    ("Vale said it was ''a fine day.'' The crowd left.", ["Vale said it was ''a fine day.''", "The crowd left."]),
    ("Vale said it was 'a fine day.' The crowd left.", ["Vale said it was 'a fine day.'", "The crowd left."]),
]


def test_sentence_table():
    for text, expected in SENTENCE_TABLE:
        assert _sents(text) == expected, text


def test_sentences_stay_inside_paragraphs():
    text = "First paragraph without a stop\nSecond one. Third sentence."
    assert _sents(text) == ["First paragraph without a stop", "Second one.", "Third sentence."]
