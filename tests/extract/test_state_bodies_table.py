"""A state's bodies written in lowercase (kg/extract/state_bodies.py), and how they fold into named ones: one row per
body noun or veto. Sentences are written for these tests in news style."""

from __future__ import annotations

import pytest

# (sentence, expected body name or None, its alias as written or None)
ROWS = [
    ("Officers from the Malawian police arrived on Tuesday.", "Malawian police", None),
    ("The boat was stopped by the Togo coast guard.", "Togolese coast guard", "Togo coast guard"),
    ("Uzbekistan's border service said the crossing would reopen.", "Uzbek border service",
     "Uzbekistan's border service"),
    ("The Ghanaian border troops were put on alert.", "Ghanaian border troops", None),
    ("Members of the Kenyan defence forces took part in the drill.", "Kenyan defence forces", None),
    ("The deal was confirmed by the Jordanian prime minister's office.", "Jordanian prime minister's office", None),
    ("A copy was released by the Kazakh presidential press service.", "Kazakh presidential press service", None),
    ("The minister spoke to Senegalese state television on Friday.", "Senegalese state television", None),
    ("The pact must be ratified by the Peruvian and Bolivian parliaments.", "Bolivian parliament", None),
    ("The pact must be ratified by the Peruvian and Bolivian parliaments.", "Peruvian parliament", None),
    ("Malian forces, supported by drones, retook the town.", "Malian forces", None),
    ("Before the talks, the Ecuadorian military reported two incursions.", "Ecuadorian military", None),
    ("A joint session of ministries of foreign affairs of Armenia and Georgia was held.",
     "Ministry of Foreign Affairs of Georgia", None),
    # one state, fields coordinated before one plural head: one ministry per field (x11orgs)
    ("The interior and defence ministries of Mali announced a curfew.", "Malian interior ministry", None),
    ("The interior and defence ministries of Mali announced a curfew.", "Malian defence ministry", None),
    ("Niger's justice, interior and foreign ministries signed the order.", "Nigerien justice ministry", None),
    ("Niger's justice, interior and foreign ministries signed the order.", "Nigerien foreign ministry", None),
    ("The defence and foreign ministries of both countries will meet in May.", None, None),
    # vetoes: a unit or a post of the body describes; a named outlet is the outlet, not "state television"
    ("Two Malawian police officers were hurt.", None, None),
    ("He told Senegalese state television RTS that talks went well.", None, None),
    ("Two Malian military helicopters landed in Gao.", None, None),
    # "the Colombian government" is how reports say Colombia, and so are the governments of two states
    ("The Colombian government welcomed the move.", None, None),
    ("The Chilean and Bolivian governments welcomed the move.", None, None),
]


@pytest.mark.parametrize(("sentence", "name", "alias"), ROWS)
def test_state_body_row(extract, sentence, name, alias):
    x, _ = extract(sentence)
    bodies = {o.name: o for o in x.organizations if o.support.rule == "org/state-body"}
    if name is None:
        assert bodies == {}, bodies
        return
    assert name in bodies, bodies
    if alias:
        assert alias in bodies[name].aliases


def test_a_lowercase_body_is_the_named_body_of_its_state_again(extract):
    x, _ = extract("The Ghanaian Border Guard Service confirmed the talks. The head of the Ghanaian border service, "
                   "Kofi Mensah, met his Togolese counterpart.")
    names = {o.name: o for o in x.organizations}
    assert "Ghanaian border service" not in names
    assert "Ghanaian border service" in names["Ghanaian Border Guard Service"].aliases
    mensah = next(p for p in x.persons if p.name == "Kofi Mensah")
    assert [r.title for r in mensah.roles] == ["Ghanaian border service head"]


def test_an_outlet_credited_after_its_state_and_kind(extract):
    x, _ = extract("The strikes hit three villages, according to Iran's state news agency IRNA.")
    assert {o.name: o.kind for o in x.organizations} == {"IRNA": "media"}


# (sentence, body, kind): a state's intelligence or spy agency is an agency; its state news agency is an outlet (x13orgs)
KIND_ROWS = [
    ("Officials said the Latvian spy agency had warned of the attacks.", "Latvian spy agency", "agency"),
    ("Lawmakers said Chile's intelligence agency had tracked the envoy.", "Chilean intelligence agency", "agency"),
    ("The minister told the Omani state news agency that talks went well.", "Omani state news agency", "media"),
]


@pytest.mark.parametrize(("sentence", "name", "kind"), KIND_ROWS)
def test_state_body_kind_row(extract, sentence, name, kind):
    x, _ = extract(sentence)
    assert {o.name: o.kind for o in x.organizations}.get(name) == kind
