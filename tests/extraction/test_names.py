"""Names and roles: titles split from names, organisations kept whole, surname particles.

Golden rows: (text, expected), expected as in golden.check."""

import pytest

from golden import check


NAMES = [
    ("“We will win,” the Iranian Foreign Minister Reza Karimi said.",
     [("We will win,", "Reza Karimi", "direct")]),
    # organisation names that start with a word that is also a title stay whole
    ("“Nobody should be surprised,” the National Archive said in a statement.",
     [("Nobody should be surprised,", "National Archive", "direct")]),
    ("“It is a question of trust,” a spokesperson for the Energy Agency said.",
     [("It is a question of trust,", "Energy Agency", "direct")]),
    # lower-case surname particles when the first name is left out
    ("“We were not sharp enough,” van Loon told reporters after the match.",
     [("We were not sharp enough,", "van Loon", "direct")]),
    ("“It was a fair result,” said de Wilde.", [("It was a fair result,", "de Wilde", "direct")]),
    ("“We will appeal,” von der Heide said.", [("We will appeal,", "von der Heide", "direct")]),
    ("“We were lucky,” De Wilde said.", [("We were lucky,", "De Wilde", "direct")]),
    # "ten" before a plural is a count, not a particle: the group is the speaker
    ("“We will fight this,” ten Democrats said in a letter.", [("We will fight this,", "Democrats", "direct")]),
    # appositives that only describe the person (age, home town, state, party) stand
    # between the name and the cue: US and Canadian wire style
    ("“We will override the veto,” Senate leader Tom Vale, R-Ky., said on Tuesday.",
     [("We will override the veto,", "Tom Vale", "direct")]),
    ("Sen. Ann Lee, D-Mich., a member of the budget panel, said the plan “can work for everyone.”",
     [("can work for everyone.", "Ann Lee", None)]),
    ("Cory Dunn, 22, of Flint, Mich., said he had not given up.",
     [("he had not given up", "Cory Dunn", "indirect")]),
    ("Ramil Orr, 31, a Boston photographer, said the show was a good chance for him.",
     [("the show was a good chance for him", "Ramil Orr", "indirect")]),
    ("Sen. Ann Lee, D-N.Y., said the plan was dead.", [("the plan was dead", "Ann Lee", "indirect")]),
    # a place's state after a comma, a second appositive, a name inside a relative clause
    ("Dana Holt, a 55-year-old farmer from Sumter, South Carolina, says the senator will “leave here with momentum.”",
     [("leave here with momentum.", "Dana Holt", None)]),
    ("Ann Lee, the mayor, a Democrat, said the plant will close.", [("the plant will close", "Ann Lee", "indirect")]),
    ("Mike Orr, who lives in a small town outside of the state capital, Salem, said he still “hopes for a miracle.”",
     [("hopes for a miracle.", "Mike Orr", None)]),
    ("“We are ready,” said Ana Ruiz, a farmer from Sumter, South Carolina.", [("We are ready,", "Ana Ruiz", "direct")]),
    # an organisation with "and" in its name before a role and the person's name
    ("“The results are very exciting,” says Heart and Stroke senior manager Erin Kim, who leads the project.",
     [("The results are very exciting,", "Erin Kim", "direct")]),
    ("“We are ready,” said Parks and Recreation director Ana Ruiz.", [("We are ready,", "Ana Ruiz", "direct")]),
    # a capitalised nationality before a noun is an adjective, not a subject
    ("Lawyer Robert Vane said awards are rising. Prominent Canadian examples include mining firms in Peru."
     " “The billion-dollar cases are rare,” he added.",
     [("awards are rising", "Robert Vane", "indirect"), ("The billion-dollar cases are rare,", "Robert Vane", "direct")]),
    # two people named in full before one cue speak together
    ("In a statement, the cafe's owners Tore Dahl and Lena Abreu said they respected the vote.",
     [("they respected the vote", "Tore Dahl and Lena Abreu", "indirect")]),
    ("Tom Vale and Ana Ruiz said the bridge would reopen.",
     [("the bridge would reopen", "Tom Vale and Ana Ruiz", "indirect")]),
    # a person and their employer: "Jane Foley of Rabobank" is Jane Foley; names with an
    # "of" and no first name before it stay whole
    ("“Rates will stay high,” said Neil Wilson of Bank of America.", [("Rates will stay high,", "Neil Wilson", "direct")]),
    ("“The market is nervous,” John Smith of Capital Economics said.",
     [("The market is nervous,", "John Smith", "direct")]),
    ("Maria Lopez of the Tenants Union said the rent rise was illegal.",
     [("the rent rise was illegal", "Maria Lopez", "indirect")]),
    ("Jo Bell from the Tenants Union said the rent rise was illegal.",
     [("the rent rise was illegal", "Jo Bell", "indirect")]),
    ("“We welcome the decision,” the Duke of Edinburgh said.",
     [("We welcome the decision,", "Duke of Edinburgh", "direct")]),
    ("“We welcome the decision,” said Secretary of State Ann Vale.", [("We welcome the decision,", "Ann Vale", "direct")]),
    # "Jan" before a name is a first name (the month's abbreviation comes before a day)
    ("“We feed this country,” said Jan de Vries, a dairy farmer.", [("We feed this country,", "Jan de Vries", "direct")]),
    ("The vote on Jan 5 was delayed, officials said.", [("The vote on Jan 5 was delayed", "officials", "indirect")]),
]


@pytest.mark.parametrize("text,expected", NAMES)
def test_names(text, expected):
    check(text, expected)
