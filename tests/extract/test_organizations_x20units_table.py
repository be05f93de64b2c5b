"""Organisations, twentieth round (x20units): a military unit named by its number (numbered-unit: "the 2nd Armoured
Brigade", "the U.S. 6th Fleet", "Combined Task Force 150") is one body, the number part of its name, and a command named
by its area (named-unit-area: "the Western Military District") is a unit too; a unit word alone ("the brigade") or an
ordinal word with the unit word alone ("Third Division") is not.
Rows: (text, the body expected, its state or None, or for the mirror rows a name that must not appear). Sentences
invented."""

from __future__ import annotations

import pytest

from kg.evaluate.matching import fold

UNIT_ROWS = [
    # ordinal, type words, unit head
    ("Officers of the 5th Mechanised Infantry Brigade met the visiting delegation.", "5th Mechanised Infantry Brigade",
     None, "org/numbered-unit"),
    # a state's initials open the name and say whose
    ("The U.S. 6th Fleet sent a destroyer to the port of Souda.", "U.S. 6th Fleet", "US", "org/numbered-unit"),
    # a state's adjective inside the name
    ("Troops of the 2nd Kenyan Infantry Battalion returned from the mission.", "2nd Kenyan Infantry Battalion", "KE",
     "org/numbered-unit"),
    # a force's acronym opens the name; a known force gives its state
    ("The FARDC 34th Military Region reported clashes near Goma.", "FARDC 34th Military Region", "CD",
     "org/numbered-unit"),
    # an ordinal word needs the unit's words between it and the head
    ("The Second Naval Training Squadron will call at Mombasa.", "Second Naval Training Squadron", None,
     "org/numbered-unit"),
    # a possessive before the unit says whose
    ("Two frigates of the Indian Navy's First Training Squadron reached Port Louis.", "First Training Squadron", "IN",
     "org/numbered-unit"),
    # a number after "Task Force"; capitalised words before it are the unit's, a post before it a person's
    ("Ships of Combined Task Force 150 patrol the Arabian Sea.", "Combined Task Force 150", None, "org/numbered-unit"),
    ("The drill was led by Commodore Ana Reyes, Commander Joint Task Force 633.", "Joint Task Force 633", None,
     "org/numbered-unit"),
    # an ordinal in lowercase opens an army's formation
    ("The commander of the fourth Mountain Brigade welcomed the delegation.", "fourth Mountain Brigade", None,
     "org/numbered-unit"),
    # a field hospital by its number
    ("Doctors of the 12th Field Hospital treated flood victims.", "12th Field Hospital", None, "org/numbered-unit"),
    # named-unit-area: a command named by its area
    ("He met the commander of the Western Military District on Friday.", "Western Military District", None,
     "org/head-shape"),
]

# the head shape's cut form of a numbered unit stays out
CUT_ROWS = [
    ("Officers of the 5th Mechanised Infantry Brigade met the visiting delegation.", "Mechanised Infantry Brigade"),
    ("A spokesman of the Naval Task Force 91 said the ships would sail on Monday.", "Naval Task Force"),
    ("The 7th Coastal Region High Command hosted the visiting sailors.", "Coastal Region High Command"),
]

# a unit word alone, a generic unit, an ordinal word with the unit word alone: no body
MIRROR_ROWS = [
    ("The brigade moved north while a rifle company stayed in the town.", "brigade"),
    ("Third Division officers declined to comment.", "Third Division"),
    ("The 20th Session of the commission opened in Accra.", "20th Session"),
    ("Troops from the military district arrived on Sunday.", "military district"),
    # a lowercase ordinal counting events does not open a corps' or a task force's name
    ("It was the second Africa Corps rotation this year.", "second Africa Corps"),
    ("The first Joint Task Force review ended on Friday.", "first Joint Task Force"),
]


@pytest.mark.parametrize(("text", "name", "country", "rule"), UNIT_ROWS)
def test_a_named_unit_is_a_body(extract, text, name, country, rule):
    x, _ = extract(text)
    found = {fold(o.name): o for o in x.organizations}
    assert fold(name) in found, [o.name for o in x.organizations]
    org = found[fold(name)]
    assert org.support.rule == rule
    assert org.country == country


@pytest.mark.parametrize(("text", "cut"), CUT_ROWS)
def test_the_cut_form_of_a_numbered_unit_is_no_body(extract, text, cut):
    x, _ = extract(text)
    assert fold(cut) not in {fold(f) for o in x.organizations for f in [o.name, *o.aliases]}, \
        [o.name for o in x.organizations]


@pytest.mark.parametrize(("text", "name"), MIRROR_ROWS)
def test_a_unit_word_alone_is_no_body(extract, text, name):
    x, _ = extract(text)
    assert fold(name) not in {fold(f) for o in x.organizations for f in [o.name, *o.aliases]}, \
        [o.name for o in x.organizations]
