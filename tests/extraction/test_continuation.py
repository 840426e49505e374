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
]


@pytest.mark.parametrize("text,expected", CONTINUATION)
def test_continuation(text, expected):
    check(text, expected)
