"""Round x21 (x21vague): a general cooperation goal that was only discussed is not an agreement.

- general-goal-discussed (agreement_vetoes) and general-goal (agreement_topics): talk of cooperation whose every word
  tends the relationship ("existing cooperation relations and means of enhancing them", "greater cooperation between
  the two countries") names no step, instrument, mechanism, field or body; the corpus records no such discussed item.
- A named field stays, as the golds keep it ("ways of enhancing cooperation in maritime security and
  counter-terrorism"); so do a coordination, a purpose, a third state or a name. Agreed or committed, a general goal
  stays an agreement (the golds keep "agreed to strengthen cooperation between the two countries").

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

from kg.extract.agreement_topics import general_goal

_LEAD = "Ghana and Togo held security talks in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


NOT_AGREEMENTS = [
    "They discussed existing cooperation relations between the two ministries and means of enhancing them.",
    "The two ministers called for greater cooperation between the two countries.",
    "The two ministers discussed the prospects of bilateral cooperation.",
    "The two sides discussed boosting joint efforts.",
    "The delegations exchanged views on the prospects for a bilateral partnership that has solid potential.",
    "Ways to boost bilateral strategic ties were among the key issues that figured in the talks.",
]


@pytest.mark.parametrize("sentence", NOT_AGREEMENTS)
def test_general_goal_discussed_is_no_agreement(extract, sentence):
    x, _ = extract(_LEAD + sentence)
    assert not x.agreements, _facts(x)


# (sentence, a word the description must carry, status, rule)
KEPT = [
    ("The ministers discussed ways of enhancing cooperation in maritime security and counter-terrorism.",
     "maritime security", "discussed", "agreement/discussed-ways-to"),
    ("The two ministers discussed ways to enhance bilateral defence and security cooperation.",
     "defence", "discussed", "agreement/discussed-ways-to"),
    ("The two sides agreed to further deepen cooperation.", "deepen cooperation", "agreed", "agreement/agreed-to-clause"),
]


@pytest.mark.parametrize(("sentence", "word", "status", "rule"), KEPT)
def test_field_or_assent_kept(extract, sentence, word, status, rule):
    x, _ = extract(_LEAD + sentence)
    hits = [f for f in _facts(x) if word in f[0]]
    assert hits, _facts(x)
    assert hits[0][1:] == (status, rule), hits


@pytest.mark.parametrize(("desc", "own", "general"), [
    ("greater cooperation between the two countries", None, True),
    ("existing cooperation relations between the two ministries and means of enhancing them", None, True),
    ("further deepen cooperation between Ghana and Togo", ["GH", "TG"], True),      # the pair are parties
    ("enhancing cooperation in maritime security", None, False),                     # a field
    ("enhance coordination to resolve regional crises", None, False),                # a mechanism and a purpose
    ("plans to boost cooperation and address common challenges", None, False),      # a purpose
    ("supporting Ukraine", ["GB", "DE"], False),                                     # a third state is content
    ("implement the Bilateral Cooperation Plan", None, False),                      # a named instrument
])
def test_general_goal(desc, own, general):
    assert general_goal(desc, own) is general
