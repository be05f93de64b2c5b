"""People, twentieth round (x20bodystate): the state of a person whose post names a body.
closing-state: a state's name closing a body's name ("Border Patrol Ruritania"-like: "Coast Guard Ghana") is the
body's state, and so its holders'; body-holder-sentence-state: a holder of a body of no known state still takes the
state their own sentence gives ("Ghana was represented by ..."), never the report's home state
(stateless-body-no-home); state-clause-break: a state of another clause ("while ...") is not the post's.
Rows: (text, person, expected state or None). Sentences invented."""

from __future__ import annotations

import pytest

from kg.extract.organizations import _closing_state

BODY_ROWS = [
    # closing-state: the body's name ends with its state's name
    ("Coast Guard Ghana (CGG) and the Togolese navy met in Lome. CGG Director General Rear Admiral Kofi Mensah Addo "
     "said patrols would double.", "Kofi Mensah Addo", "GH"),
    # body-holder-sentence-state: the holder's own sentence names the state
    ("Talks opened in Manila. Thailand was represented by 22 Corps Commander Lieutenant General Somchai Wongsuwan.",
     "Somchai Wongsuwan", "TH"),
    ("The meeting was chaired by Peru's deputy Frontier Police Commander Julio Ramos Vega.", "Julio Ramos Vega", "PE"),
]

MIRROR_ROWS = [
    # stateless-body-no-home: a body of no known state gives its holder no home state
    ("Kenya and Uganda met in Nairobi. The 9th Infantry Division commander Brigadier Peter Otieno Kamau said the "
     "border was calm.", "Peter Otieno Kamau", None),
    # state-clause-break: the state of the first clause is not the second post's
    ("General Amir Hossain Khan led Bangladesh's delegation while BGP's Police Major General Min Zaw Oo led the other "
     "delegation.", "Min Zaw Oo", None),
]

CLOSING_ROWS = [("Border Guard Bangladesh", "BD"), ("Coast Guard Ghana", "GH"), ("Armed Forces of Malta", None),
                ("UN Mission in Libya", None), ("Cameroon-Nigeria Border Commission", None), ("Radio Free Asia", None)]


@pytest.mark.parametrize(("text", "person", "state"), BODY_ROWS + MIRROR_ROWS)
def test_a_posts_body_gives_its_holders_state(extract, text, person, state):
    x, _ = extract(text)
    found = {p.name: p for p in x.persons}
    assert person in found, [p.name for p in x.persons]
    assert found[person].country == state


@pytest.mark.parametrize(("name", "state"), CLOSING_ROWS)
def test_closing_state(name, state):
    assert _closing_state(name) == state
