"""Round x25 (x25agprec): a will-clause nobody undertakes is no agreement.

- no-undertaking (agreement_vetoes): one side's hope for what both will do ("Wei expressed his hope that the two
  militaries will expand joint training"), or the effect a relation or a deal will have ("the development of military
  cooperation between A and B will ensure regional stability", "agreed that a strong defence partnership between them
  will augur well"). Studied golds: 0 of 10 such hopes and effects recorded. Both sides' undertaking, a deal's
  provision ("will enable ... to deploy troops") and a shared arrangement stay.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

_LEAD = "Ghana's defence minister Kofi Mensah met Togo's defence minister Yao Agbeko in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


# (sentence, a word of the hope or effect that must not become an agreement)
GONE = [
    ("Mensah expressed his hope that the two militaries will expand joint training and deepen border control "
     "cooperation.", "joint training"),
    ("Agbeko hoped that Ghana and Togo would cooperate to curb piracy in the Gulf of Guinea.", "curb piracy"),
    ("It was noted that the development of military cooperation between Ghana and Togo will ensure regional "
     "stability and security.", "regional stability"),
    ("The two ministers agreed that a strong defence partnership between them will augur well for the security of the "
     "Gulf of Guinea.", "augur well"),
]


@pytest.mark.parametrize(("sentence", "word"), GONE)
def test_hope_or_effect_is_no_agreement(extract, sentence, word):
    x, _ = extract(_LEAD + sentence)
    assert not any(word in f[0] for f in _facts(x)), _facts(x)


# (sentence, a word of the fact, its status): an undertaking, a deal's provision, an arrangement stay
STAYS = [
    ("The two countries will exchange information on suspected pirates operating in the Gulf of Guinea.",
     "suspected pirates", "committed"),
    ("A defence agreement between Ghana and Togo will enable the former to deploy troops in Togolese territory for "
     "joint drills.", "deploy troops", None),
    ("The two ministers agreed that a joint patrol unit will be set up at the Aflao border post.", "joint patrol unit",
     "agreed"),
]


@pytest.mark.parametrize(("sentence", "word", "status"), STAYS)
def test_undertaking_or_provision_stays(extract, sentence, word, status):
    x, _ = extract(_LEAD + sentence)
    hits = [f for f in _facts(x) if word in f[0]]
    assert hits, _facts(x)
    assert status is None or any(f[1] == status for f in hits), hits
