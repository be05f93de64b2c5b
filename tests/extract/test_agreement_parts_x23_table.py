"""Round x23 of the agreement descriptions (x23splitter, member-connectors): each member of a list of instruments is
"agreement on <its own words>", never the words that join it to the list ("as well as on", "and on", "including in
fields such as"). Sentences are invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.agreement_parts import MEMBER_CONNECTORS, parts

# parts(), as a string function: (description read after the verb, the agreements it gives)
SPLIT = [
    # added-member: "as well as" parts members as "and" does; its preposition is the list's own
    ("agreements on fisheries, ports and aviation, as well as on customs",
     ["agreement on fisheries", "agreement on ports", "agreement on aviation", "agreement on customs"]),
    ("agreements in the fields of mining and tourism, as well as in policing",
     ["agreement on mining", "agreement on tourism", "agreement on policing"]),
    # repeated-link: "on A and on B"
    ("agreements on pilot training and on coast guards", ["agreement on pilot training", "agreement on coast guards"]),
    # example-cue and field-cue: "including in fields such as"
    ("agreements including in fields such as farming, water and aviation",
     ["agreement on farming", "agreement on water", "agreement on aviation"]),
    ("agreements on fuel, including ports and shipping", ["agreement on fuel", "agreement on ports", "agreement on shipping"]),
    # left as they were: examples of a vague remainder stay one member; a member's inner "in" stays
    ("agreements in many other fields, including pilot training, joint patrols and officer exchanges",
     ["agreement on pilot training, joint patrols and officer exchanges"]),
    ("agreements on cooperation in mining, tourism and policing",
     ["agreement on cooperation in mining", "agreement on tourism", "agreement on policing"]),
]


@pytest.mark.parametrize(("desc", "expected"), SPLIT)
def test_member_connectors(desc, expected):
    assert parts(desc) == expected


def test_rows_named():
    assert [name for name, _ in MEMBER_CONNECTORS] == ["added-member", "example-cue", "field-cue", "repeated-link"]
