"""Names and posts in shapes that lost people before: styles of address, honorifics closing a name, abbreviated
ranks, a rank set off after a post, a demonym after "of the". One row per mechanism; sentences written for the tests."""

from __future__ import annotations

import pytest

# (sentence, the person's name, their posts in order found)
ROWS = [
    # styles of address are not names
    ("The Honourable Kamla Baptiste, Minister of National Security, spoke to reporters.", "Kamla Baptiste",
     ["Minister of National Security"]),
    ("The call was requested by His Excellency Jorge Alvarado Rios, Ambassador of Peru.", "Jorge Alvarado Rios",
     ["Ambassador"]),
    ("She briefed Selangor Chief Minister Tan Sri Ahmad Kamal Yusof on the plan.", "Ahmad Kamal Yusof",
     ["Chief Minister"]),
    # an honorific after a given name is a family name
    ("The protocol was signed by army commander General Omar Sheikh.", "Omar Sheikh", ["army commander", "General"]),
    # an abbreviated rank between a post and the name is a post of its own
    ("Navy chief Adm Rashid Karimov inspected the fleet.", "Rashid Karimov", ["Admiral"]),
    ("The interim president of Burkina Faso, Gen Ibrahim Sawadogo, flew to Niamey.", "Ibrahim Sawadogo",
     ["Interim President", "General"]),
    # a rank set off by a comma after a post belongs to the post's holder
    ("The plan was signed by the Chief of Staff of the Gabonese Armed Forces (FAG), General Paul Nzeng.",
     "Paul Nzeng", ["Chief of Staff", "General"]),
    ("Defence Minister of Armenia, Colonel General Davit Harutyunyan, arrived.", "Davit Harutyunyan",
     ["Defence Minister", "Colonel General"]),
    # a demonym after "of the" qualifies the body that follows, so the post is that body's
    ("The commander of the Uzbek border troops Bakhtiyor Rakhimov met the press.", "Bakhtiyor Rakhimov",
     ["Uzbek border troops Commander"]),
    ("Chief of the General Staff Lt Gen Petr Novak said the exercise would go ahead.", "Petr Novak",
     ["Chief of General Staff", "Lieutenant General"]),
]


@pytest.mark.parametrize(("sentence", "name", "posts"), ROWS)
def test_person_row(extract, sentence, name, posts):
    x, _ = extract(sentence)
    people = {p.name: [r.title for r in p.roles] for p in x.persons}
    assert name in people, people
    for post in posts:
        assert post in people[name], people


def test_a_counterpart_takes_the_post_not_the_rank(extract):
    x, _ = extract("Defence Minister of Armenia, Colonel General Davit Harutyunyan, met his Georgian counterpart Nika Beridze "
                   "in Yerevan.")
    beridze = next(p for p in x.persons if p.name == "Nika Beridze")
    assert [r.title for r in beridze.roles] == ["Defence Minister"]


def test_a_style_of_address_is_no_alias(extract):
    x, _ = extract("She briefed Selangor Chief Minister Tan Sri Ahmad Kamal Yusof. Later Ahmad Kamal spoke.")
    person = next(p for p in x.persons if p.name == "Ahmad Kamal Yusof")
    assert not any(a.split()[0] in ("Tan", "Sri") for a in person.aliases), person.aliases
