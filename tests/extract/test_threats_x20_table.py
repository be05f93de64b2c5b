"""Named non-state armed groups (x20armedgroups): a stateless body the words around it call rebels, militants or a
rebel group is a non-state organisation and a concern by its name; one group is one concern however it is written.

Sentences are written for these tests in the general news shapes the rules read; none is taken from the bank or an
eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat

# armed-group kind: a name with a force's head word ("Forces", "Army") and no state is a group when called one
# (text, organisation, kind, rule)
ARMED_GROUP_KIND = [
    ("The two armies pursued Eastern Valley Forces rebels across the river.", "Eastern Valley Forces", "nonstate",
     "org/armed-group:rebels"),
    ("Police said the Ruritanian Liberation Army, a separatist militia, held the pass.", "Ruritanian Liberation Army",
     "nonstate", "org/armed-group:separatist militia"),
    ("Soldiers traded fire with fighters of the Northern Hills Army near the dam.", "Northern Hills Army", "nonstate",
     "org/armed-group:fighters"),
    ("Guerrillas ambushed a convoy, said the Popular Defence Forces (PDF) militants' spokesman.", "Popular Defence Forces",
     "nonstate", "org/armed-group:militants"),
    # a state's force stays a state's force; jets are no fighters of a group
    ("The Indian Air Force fighters flew over the parade.", "Indian Air Force", "agency", None),
    ("Units of the Ghana Armed Forces met their counterparts in Accra.", "Ghana Armed Forces", "agency", None),
]


@pytest.mark.parametrize(("text", "name", "kind", "rule"), ARMED_GROUP_KIND)
def test_armed_group_kind(extract, text, name, kind, rule):
    x, _ = extract(text)
    org = next(o for o in x.organizations if o.name == name)
    assert org.kind == kind
    if rule:
        assert org.support.rule == rule


# armed-group: the group's name is the concern (text, concept, word, rule)
ARMED_GROUP_THREAT = [
    # the cue word says the kind (x25armedgroups): rebels insurgency, a separatist militia separatism, fighters none
    ("The two armies pursued Eastern Valley Forces rebels across the river.", "insurgency",
     "Eastern Valley Forces rebels", None),
    ("Police said the Ruritanian Liberation Army, a separatist militia, held the pass.", "separatism",
     "Ruritanian Liberation Army", "threat/armed-group:separatist militia"),
    ("Soldiers traded fire with fighters of the Northern Hills Army near the dam.", "armed-violence",
     "Northern Hills Army", "threat/armed-group:fighters"),
    ("The minister accused the neighbour of arming the rebels of the Red-Kivu group.", "insurgency",
     "Red-Kivu", "threat/armed-group:rebels"),
    ("The Indian Air Force fighters flew over the parade.", None, "Indian Air Force", None),
]


@pytest.mark.parametrize(("text", "concept", "word", "rule"), ARMED_GROUP_THREAT)
def test_armed_group_threat(extract, text, concept, word, rule):
    check_threat(extract, text, concept, word, rule)


# one-group-one-concern: the name, its initials and the name with a members word are one concern (text, wording count)
ONE_GROUP = [
    ("Officials spoke of the Eastern Valley Forces (EVF) rebels on Monday. EVF rebels have raided farms since 2010.",
     "valley forces"),
    ("Officials said Tren de Aragua had grown. Police held members of the Tren de Aragua gang on Monday.", "aragua"),
    ("The troops fought the Western Ridge Forces rebels in May. They fought the WRF rebels in June as well.", "ridge"),
]


@pytest.mark.parametrize(("text", "word"), ONE_GROUP)
def test_one_group_one_concern(extract, text, word):
    x, _ = extract(text)
    named = [t for t in x.threats if word in t.wording.lower() or t.wording.split()[0].isupper()
             and "rebels" in t.wording]
    assert len(named) == 1, [(t.concept, t.wording) for t in x.threats]
