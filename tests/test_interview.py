"""Interview transcripts: answers after a speaker label, with no quote marks.

Golden (text, expected) rows; expected lists (fragment, speaker) for every
statement, in order. Invented articles.
"""

import pytest

from quotedb.extraction import extract

QA = """Q&A: Harbour authority chief Marta Lindqvist on the new port

Marta Lindqvist has run the port since 2019. Lindqvist spoke to us in Gothenburg.

Q: Will the expansion go ahead?

A: We are ready to start digging in the spring.

The board still has to sign off on the budget.

Q: And the cost?

A: Less than the last estimate, by a wide margin."""

NAMED = """Talking to Ngozi Okafor

The founder of Lagos Looms, Ngozi Okafor, explains her plans.

INTERVIEWER: How did you start?

OKAFOR: With two looms and a loan from my aunt.

INTERVIEWER: And now?

OKAFOR: We export to ten countries and hire every month."""

QA_PRINT = """Five questions for the new harbour master

Harbour master Ilse Brandt took charge in January. She spoke to our reporter.

Q. What comes first?

A. Dredging the north channel. The big ships cannot turn there today.

Q. Will fees rise?

A. Not this year, and not for the fishing fleet."""

# the place in the headline reads as a name and is named twice; the interviewee is
# named once in full, then by surname
QA_PLACE = """Lake Orsa’s ferry chief on the winter timetable

Nils Ekdahl has run the ferries at Lake Orsa since 2015. Ekdahl, 58, met us at the pier.

Q: Why cut the evening crossings?

A: Because nobody was on them after eight o'clock.

Q: Will they come back?

A: In summer, yes, every hour until ten."""

# an answer that quotes someone else is still the interviewee's statement
QA_QUOTING = """The warden on the new flood wall

Petra Voss has been the river warden at Dunmere since 2020. Voss, 47, spoke in her office.

Q: Does the council support the wall?

A: The leader told me the wall was “top of the list,” and I believe him. We will see in March.

Q: And the cost?

A: Less than one bad flood, by a long way."""

# the byline's author asks the questions: named in the byline and again in the
# introduction, more often than the interviewee, who is still the one answering
QA_BYLINE = """A beekeeper on the long winter

By Tomas Rehnberg

Signe Aalto keeps 40 hives above the fjord. Tomas Rehnberg, who grew up nearby, visited
the farm with her in March; Rehnberg stayed for the first inspection.

Q: How many colonies survived?

A: Thirty-one, which is better than I feared.

Q: What will you do differently?

A: Feed them earlier, and move the weakest hives into the barn."""

# the interviewer labelled by surname: the byline's author, whatever the turns say
QA_AUTHOR_LABEL = """The harbour master on the new quay

By Pia Lundgren

Ola Strand has run the port for twelve years.

Lundgren: Let's begin with the storm.

Strand: It took the old crane and half the fence.

Lundgren: And the insurance?

Strand: The council is right about that, for once."""

# inside an answer, "she said" is someone the interviewee speaks of, last named before it
QA_THIRD_PERSON = """The potter on her first kiln

Ruth Anker has fired pots in Tarn for thirty years. Anker, 61, talked in her studio.

Q: Who taught you?

A: My aunt, Greta, who never praised anything. “Your glaze is thin,” she said, “and so is your patience.”

Q: And now?

A: Now I teach, and I am kinder than she was."""

# a Q&A's headline quote with no cue is the interviewee's
QA_HEADLINE = """‘The tide decides, not me’: Hartpool’s harbour master on the new lock

Ines Marlow has run the harbour at Hartpool since 2018. Marlow, 52, spoke by the quay.

Q: When will the lock open?

A: In May, if the gates arrive on time.

Q: And if they don't?

A: Then we wait, as we always have."""

# the publication's name with an "&" labels the questions; initials stand for the
# interviewee's full label
QA_INITIALS = """The lock keeper on the last winter

Maren Tollet has worked the Ashby lock for 19 years.

River & Field: How many boats came through this year?

Maren Tollet: Fewer than last year, and last year was poor.

River & Field: Why?

MT: Fuel, mostly. People stay home when the diesel costs that much."""

ROWS = [
    (QA_INITIALS, [("Fewer than last year, and last year was poor.", "Maren Tollet"),
                   ("Fuel, mostly. People stay home when the diesel costs that much.", "Maren Tollet")]),
    (QA_HEADLINE, [("The tide decides, not me", "Ines Marlow"), ("In May, if the gates arrive on time.", "Ines Marlow"),
                   ("Then we wait, as we always have.", "Ines Marlow")]),
    (QA_THIRD_PERSON, [("My aunt, Greta, who never praised anything.", "Ruth Anker"),
                       ("Your glaze is thin,", "Greta"), ("and so is your patience.", "Greta"),
                       ("Now I teach, and I am kinder than she was.", "Ruth Anker")]),
    (QA_AUTHOR_LABEL, [("It took the old crane and half the fence.", "Ola Strand"),
                       ("The council is right about that, for once.", "Ola Strand")]),
    (QA_BYLINE, [("Thirty-one, which is better than I feared.", "Signe Aalto"),
                 ("Feed them earlier, and move the weakest hives into the barn.", "Signe Aalto")]),
    (QA_QUOTING, [("The leader told me the wall was", "Petra Voss"), ("the wall was “top of the list,”", "The leader"),
                  ("Less than one bad flood, by a long way.", "Petra Voss")]),
    (QA_PLACE, [("Because nobody was on them after eight o'clock.", "Nils Ekdahl"),
                ("In summer, yes, every hour until ten.", "Nils Ekdahl")]),
    # the print style's "Q." and "A." labels, a full stop for the colon
    (QA_PRINT, [("Dredging the north channel.", "Ilse Brandt"), ("Not this year, and not for the fishing fleet.", "Ilse Brandt")]),
    (QA, [("We are ready to start digging in the spring.", "Marta Lindqvist"),
          ("The board still has to sign off on the budget.", "Marta Lindqvist"),
          ("Less than the last estimate, by a wide margin.", "Marta Lindqvist")]),
    (NAMED, [("With two looms and a loan from my aunt.", "Ngozi Okafor"),
             ("We export to ten countries and hire every month.", "Ngozi Okafor")]),
    # editorial labels are not speakers
    ("Budget row\n\nNote: this article was updated.\n\nUpdate: new figures were added on Monday.\n\n"
     "Correction: an earlier version misspelt a name.", []),
    # a list of "Name: item" lines is not a conversation
    ("What each candidate needs\n\nSanders: Win the state by a wide margin.\n\n"
     "Clinton: Keep the race close in the suburbs.\n\nRubio: Finish second at the very least.", []),
    # results tables are not statements
    ("Delegate count\n\nAnn Lee: 1,769.\n\nTom Berg: 1,501.\n\nAnn Lee: 547.", []),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_interview_turns(text, expected):
    got = [(q.text, q.speaker) for q in extract(text).quotes]
    assert len(got) == len(expected), got
    for (gt, gs), (et, es) in zip(got, expected):
        assert gt.startswith(et) and gs == es, got


def test_an_answer_runs_over_its_continuation_paragraphs():
    """One statement a paragraph: a reader quotes a paragraph of a long answer, and a
    gold that spans the whole answer is covered by its paragraphs all the same."""
    first, second = extract(QA).quotes[:2]
    assert first.text == "We are ready to start digging in the spring."
    assert second.text == "The board still has to sign off on the budget."
    assert second.kind == "direct" and second.speaker == "Marta Lindqvist"
    assert QA[second.start:second.end] == second.text


TRANSCRIPT = """Interview: Governor Ruth Okafor on the flood plan

Ruth Okafor spoke to the anchor, Tom Reyes, on Sunday.

REYES: The governor released a statement on Friday. Take a look.

(BEGIN VIDEO CLIP)

The rivers will not wait for the legislature, and neither will I.

(END VIDEO CLIP)

REYES: Governor, thank you for joining us this morning.

OKAFOR: Glad to be here, Tom, and glad the rain has stopped.

REYES: Will the levies pass?

OKAFOR: They will pass because people have seen the water in their kitchens.

I have the votes in both chambers, and I intend to use them.

REYES: And if they do not?

OKAFOR: Then I will call them back in August."""


def test_a_stage_direction_ends_a_turn():
    """A clip played inside a turn is someone else's words: the turn stops at the
    stage direction instead of running on into the clip."""
    got = [(q.text, q.speaker) for q in extract(TRANSCRIPT).quotes]
    assert ("The governor released a statement on Friday. Take a look.", "Tom Reyes") in got
    assert not any("rivers will not wait" in t for t, _ in got), got
    assert ("I have the votes in both chambers, and I intend to use them.", "Ruth Okafor") in got


def test_question_turns_are_not_statements():
    texts = [q.text for q in extract(NAMED).quotes]
    assert not any("?" in t for t in texts)
