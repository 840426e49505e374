"""What is not a statement: subheadings, scare quotes, titles, cited headlines.

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check


NEGATIVES = [
    # a quoted subheading between paragraphs of prose
    ("The campaign opened offices across the state in April.\n\n‘Relationships that last.’\n\n"
     "Volunteers knocked on doors every weekend.", []),
    # in single marks where the text quotes in double ones: a subheading even after a quote,
    # with "we" in it, or between dashes
    ('"We will fight," Ana Ruiz said of the port.\n\n\'A fight from start to finish.\'\n\nThe council met in May.',
     [("We will fight,", "Ana Ruiz", "direct")]),
    ("“We will fight,” Ana Ruiz said.\n\n– ‘We’re still here’ –.\n\nThe council met in May.",
     [("We will fight,", "Ana Ruiz", "direct")]),
    # British style, single marks for every quote: a paragraph in single marks is still speech
    ("‘We will fight,’ Ana Ruiz said. ‘We always have.’\n\n‘We are ready for a fight.’\n\nThe council met in May.",
     [("We will fight,", "Ana Ruiz", "direct"), ("We always have.", "Ana Ruiz", "direct"), ("We are ready for a fight.", "Ana Ruiz", "direct")]),
    # scare quotes and single words
    ("The party accused its rivals of collusion with the “enemy.”", []),
    ("Some called the move “treason.”", []),
    # a quoted noun phrase after a determiner is a name or a scare quote
    ("She wore a “lucky charm” bracelet to every match.", []),
    # titles of events, songs, books and shows
    ("Thousands attended the annual “Summer of Light” festival in Lyon.", []),
    ("She sang “Blue Harbor Nights” at the gala.", []),
    ("Carson said on NBC’s “Meet the Press.”", []),
    # a nickname given by "dubbed", "christened", "nicknamed" (a verdict after them is speech)
    ("Within a week the local paper had christened him “the Harbour Oracle”.", []),
    ("Fans nicknamed her “The Wall” after the semi-final.", []),
    ("The mayor dubbed the scheme “a waste of everyone’s money”.",
     [("the scheme “a waste of everyone’s money”", "The mayor", "mixed")]),
    # a title after "titled" or "entitled", even in sentence case, is the work's name
    ("The study, titled “Drought shrinks the wings of upland moths”, drew on ten years of traps.", []),
    ("Her report is entitled ‘Counting what the river carries’ and runs to 90 pages.", []),
    ("The work appeared in the journal Fen Studies under the title “Reed beds slow the tide”.", []),
    # a cited headline with its byline
    ('Read more: "Harbor city opens new ferry line," by the Gazette\'s Tom Bell.', []),
    # a show's name after 'told' or 'an interview with' is the addressee or venue
    ('"The ferry stays," Tom Vale told "Harbour Morning Live," on Monday.',
     [("The ferry stays,", "Tom Vale", "direct")]),
    ("Tom Vale said so in an interview with “Face the Port.”", []),
    # the cited article's text after its headline and byline
    ('HARBOUR — "Ferry line to close in May," by the Gazette\'s Tom Bell: "The Lisbon ferry will stop '
     'running after 40 years, its owners said on Monday."', []),
    # 'by' with no headline before it: the speaker's own words
    ('Tom Vale was asked about the plan. He said, by way of reply: "We will not sell the ferry."',
     [("We will not sell the ferry.", "Tom Vale", "direct")]),
]


@pytest.mark.parametrize("text,expected", NEGATIVES)
def test_filters(text, expected):
    check(text, expected)
