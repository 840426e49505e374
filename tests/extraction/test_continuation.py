"""A quote with no cue: the subject of its sentence, the sentence before, or the speaker
it continues.

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check


CONTINUATION = [
    # speaker from the sentence before, no cue
    ("Finance Minister Clara Stone was blunt. “There is no money left.”",
     [("There is no money left.", "Clara Stone", None)]),
    # a continuation quote with no cue of its own keeps the speaker
    ("“It was hard,” Sara Kim said. “But we finished.”",
     [("It was hard,", "Sara Kim", "direct"), ("But we finished.", "Sara Kim", None)]),
    # a short quote alone in a paragraph after a quoted paragraph goes on with its speaker
    ("'We were poor,' said Rita Moss.\n\n'It wasn't good enough.'",
     [("We were poor,", "Rita Moss", "direct"), ("It wasn't good enough.", "Rita Moss", "direct")]),
    # ... across one paragraph of narrative that names nobody else
    ("“We were poor,” said Rita Moss.\n\nThe cost of the flood was the highest in a decade.\n\n"
     "“It took me two years to rebuild the shop.”",
     [("We were poor,", "Rita Moss", "direct"), ("It took me two years to rebuild the shop.", "Rita Moss", "direct")]),
    ("“We were poor,” said Rita Moss.\n\nStill, even with her savings, Moss lost half her income.\n\n"
     "“It took me two years to rebuild the shop.”",
     [("We were poor,", "Rita Moss", "direct"), ("It took me two years to rebuild the shop.", "Rita Moss", "direct")]),
    # a quotation signed on the line under it, as fact-checks and quote boxes do
    ("The senator repeated the claim in the debate.\n\n“Half of all new income goes to the top 1 percent.”\n\n"
     "- Dana Lund.\n\nThe figure is out of date.",
     [("Half of all new income goes to the top 1 percent.", "Dana Lund", "direct")]),
    ("“Great night. We are ready.”\n\n—Governor Ana Ruiz, posting after the vote.",
     [("Great night. We are ready.", "Ana Ruiz", "direct")]),
    # ... or at the end of the quote's own line, as reader round-ups do
    ("Readers shared their views.\n\n“He scares me. His words make me afraid.” ― Ana Ruiz\n"
     "“He does not know our lives.”― Tom Berg",
     [("He scares me. His words make me afraid.", "Ana Ruiz", "direct"),
      ("He does not know our lives.", "Tom Berg", "direct")]),
    # ... no-break spaces around the dash as web copy has them
    ("Readers shared their views.\n\n“He scares me.”\u00a0― Ana Ruiz\u00a0\n“He does not know our lives.”\u00a0― Tom Berg.",
     [("He scares me.", "Ana Ruiz", "direct"), ("He does not know our lives.", "Tom Berg", "direct")]),
    # ... or credited on the line under it, inside its own quote marks
    ("The economist was blunt.\n\n\"We will enter the next recession without that consensus.\n"
     "Dana Lund, Harbour Policy Institute.\"\n\nWhatever the reason, the party agreed.",
     [("We will enter the next recession without that consensus.", "Dana Lund", "direct")]),
    # a next line that is a sentence of its own is no credit
    ("The economist was blunt.\n\"We will enter the next recession without that consensus.\"\n"
     "Dana Lund, the mayor, disagreed with her.",
     [("We will enter the next recession without that consensus.", None, "direct")]),
]


@pytest.mark.parametrize("text,expected", CONTINUATION)
def test_continuation(text, expected):
    check(text, expected)
