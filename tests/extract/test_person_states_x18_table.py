"""Round x18, x18rolestate (person_states._paired_with_home_holder, `paired-with-home-holder`, and
person_states._other_side, `other-main-state`): an unqualified holder joined to one whose post the report's home state
qualifies — by "and" ahead of them ("X and Kenyan President Y"), or by a meeting word either way ("X met with Kenya's
Y", "Kenyan minister Y met counterpart X"), or to the home state's unnamed counterpart ("X met his Kenyan
counterpart") — sits across the table from the home state: the post serves the report's
other main state when it is named twice or in the title and given to no one else in the sentence, else none.
Sentences are invented for this file."""

from __future__ import annotations

import pytest

# A Kenya–Tanzania report: Kenya is the home state (named first), Tanzania the other main state (named twice).
HOME = "NAIROBI -- Kenya and Tanzania held security talks on Monday. Tanzania pledged joint patrols. "


def the_person(x, name):
    return next(p for p in x.persons if p.name == name)


ACROSS = [
    # paired-with-home-holder + other-main-state: "X and Kenyan President Y"
    (HOME + "Prime Minister Amani Mwakyusa and Kenyan President William Ruto signed the accord.", "Amani Mwakyusa",
     "TZ"),
    # a meeting word ahead of the home state's holder
    (HOME + "Defence Minister Juma Hamisi held talks with Kenya's Defence Secretary Aden Duale in Arusha.",
     "Juma Hamisi", "TZ"),
    # the home state's holder met the unqualified one
    (HOME + "Kenyan Interior Minister Kipchumba Murkomen met counterpart General Baraka Mollel in Mombasa.",
     "Baraka Mollel", "TZ"),
    # an unnamed holder of the home state: "X met with his Kenyan counterpart"
    (HOME + "Defence Minister Juma Hamisi met with his Kenyan counterpart on Monday in Arusha.", "Juma Hamisi", "TZ"),
    (HOME + "The president thanked Interior Minister Juma Hamisi and his Kenyan counterpart for the patrols.",
     "Juma Hamisi", "TZ"),
    # other-main-state vetoed: the sentence gives Tanzania to another person, so no state
    (HOME + "Foreign Secretary Alan Brookes held a meeting with Kenyan Foreign Minister Musalia Mudavadi and "
     "Tanzanian Foreign Minister Stergomena Tax.", "Alan Brookes", None),
]


@pytest.mark.parametrize(("text", "name", "country"), ACROSS)
def test_across_the_table_from_the_home_state(extract, text, name, country):
    x, _ = extract(text)
    person = the_person(x, name)
    states = [(r.title, r.country) for r in person.roles]
    assert person.roles and all(r.country == country for r in person.roles), states


SAME_SIDE = [
    # a list after the home state's holder is the same delegation: the home state stays
    (HOME + "Kenyan Foreign Minister Musalia Mudavadi, Defence Secretary Aden Duale and police chief Douglas "
     "Kanja met the delegation.", "Aden Duale", "KE"),
    # both are met by someone else ("an audience with ... and talks with"): the home state stays
    (HOME + "The envoy had an audience with President Samuel Langat and held talks with Kenya's Prime Minister "
     "Peter Omondi.", "Samuel Langat", "KE"),
    # a comma clause after the meeting: the spokesperson is not the one met
    (HOME + "Kenyan Interior Minister Kipchumba Murkomen met the delegation in Mombasa, ministry spokesperson Grace "
     "Wanjiku said.", "Grace Wanjiku", "KE"),
]


@pytest.mark.parametrize(("text", "name", "country"), SAME_SIDE)
def test_same_side_keeps_the_home_state(extract, text, name, country):
    x, _ = extract(text)
    person = the_person(x, name)
    states = [(r.title, r.country) for r in person.roles]
    assert person.roles and all(r.country == country for r in person.roles), states


def test_a_passing_mention_is_no_side(extract):
    # other-main-state needs the other state named twice or in the title: "alongside the US" is no side of the report
    text = ("NAIROBI -- Kenya hosted the talks. Defence Minister Juma Hamisi held talks with Kenya's Defence Secretary "
            "Aden Duale, who praised the drills held alongside the US.")
    x, _ = extract(text)
    person = the_person(x, "Juma Hamisi")
    states = [(r.title, r.country) for r in person.roles]
    assert person.roles and all(r.country is None for r in person.roles), states
