"""Round x17 (x17talks): cooperation talked over in a named security field.

- field-named: "discussed ways of enhancing cooperation in defence industries" names a field, so the vague-goal veto
  (which keeps out "discussed ways to strengthen ties") lets it through as an agreement discussed; only fields of the
  corpus's own (security, defence, policing, energy): tourism, trade or general words ("in all fields") stay vetoed.
  The field may also modify the cooperation ("ways to enhance bilateral defence cooperation").
- discussed-ways-to also reads "reviewed", "exchanged views on", "means", "possibilities" and a day between the verb
  and its object ("discussed on Monday prospects for"), and "exchanged views on / touched upon strengthening ...".

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

from kg.extract.agreement_vetoes import field_named

_LEAD = "Ghana and Togo held security talks in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


# (sentence, a word the description must carry, rule)
DISCUSSED = [
    ("The ministers discussed ways of enhancing bilateral cooperation in arms production.",
     "arms production", "agreement/discussed-ways-to"),
    ("The two ministers discussed on Tuesday prospects for strengthening cooperation in naval training.",
     "naval training", "agreement/discussed-ways-to"),
    ("The delegations reviewed means of expanding cooperation in the fight against drug trafficking.",
     "drug trafficking", "agreement/discussed-ways-to"),
    ("Ghana and Togo also discussed boosting their cooperation on border policing along the lagoon.",
     "border policing", "agreement/discussed-proposal"),
    ("They explored possibilities for deepening cooperation in the field of cyber defence.",
     "cyber defence", "agreement/discussed-ways-to"),
    ("The delegations exchanged views on intensifying cooperation in coast guard patrols.",
     "coast guard patrols", "agreement/discussed-ways-to"),
    ("The two generals discussed ways to deepen bilateral naval cooperation.",
     "naval cooperation", "agreement/discussed-ways-to"),
    ("Ghana and Togo discussed expanding military cooperation.",
     "military cooperation", "agreement/discussed-proposal"),
]


@pytest.mark.parametrize(("sentence", "word", "rule"), DISCUSSED)
def test_field_named_is_discussed(extract, sentence, word, rule):
    x, _ = extract(_LEAD + sentence)
    hits = [f for f in _facts(x) if word in f[0]]
    assert hits, _facts(x)
    assert hits[0][1] == "discussed" and hits[0][2] == rule, hits


NOT_AGREEMENTS = [
    "The ministers discussed ways of strengthening bilateral ties.",
    "The ministers discussed ways of enhancing cooperation in all fields.",
    "The ministers discussed ways of enhancing cooperation in tourism and culture.",
    "The ministers discussed bilateral relations and regional issues.",
    "The delegations exchanged views on strengthening friendly relations.",
    # plain "discussed cooperation in X" stays a topic (topic-not-proposal): the seed gold leaves it out
    "The two sides discussed cooperation on counter-terrorism and information sharing.",
]


@pytest.mark.parametrize("sentence", NOT_AGREEMENTS)
def test_no_field_no_agreement(extract, sentence):
    x, _ = extract(_LEAD + sentence)
    assert not x.agreements, _facts(x)


@pytest.mark.parametrize(("desc", "named"), [
    ("enhancing cooperation in counter-terrorism", True),
    ("expanding cooperation in the face of new threats", False),   # no field after "in the face of"
    ("strengthening cooperation in areas of mutual interest", False),
    ("enhancing bilateral defence cooperation", True),                      # the field as modifier
    ("enhancing bilateral economic cooperation", False),
    ("issues of trade, and cooperation in maritime security", False),      # cooperation does not head it
])
def test_field_named(desc, named):
    assert field_named(desc) is named
