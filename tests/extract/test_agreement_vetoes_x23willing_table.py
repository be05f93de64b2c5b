"""Round x23 (x23willing): one side's stated readiness is no agreement.

- one-side-willing (agreement_vetoes): "Wang said that China is willing to work with Laos to ...", "the Chinese
  military is ready to ...", "his government is committed to ...": one state, as the subject of a singular copula,
  states its readiness; the corpus counts one side's stance as no agreement (studied golds: 6 of 7 one-sided stances
  carry none). Readiness stated by both sides of the report stays `committed` (blind9's convention), and so does a
  group's ("the two governments are determined to ...").

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

_LEAD = "Ghana's defence minister Kofi Mensah met Togo's defence minister Yao Agbeko in Accra on Monday. "


def _facts(x) -> list[tuple[str, str, str]]:
    return [(a.description, a.status, a.support.rule) for a in x.agreements]


# one side's readiness alone
ONE_SIDE = [
    "Mensah said that Ghana is willing to work with Togo to implement the consensus reached by the two presidents "
    "and expand joint border patrols.",
    "Mensah told his counterpart that the Ghanaian military is ready to work with the Togolese side to combat piracy "
    "in the Gulf of Guinea.",
    "Mensah said Ghana remained committed to training Togolese naval officers at its academy.",
]


@pytest.mark.parametrize("sentence", ONE_SIDE)
def test_one_side_willing_is_no_agreement(extract, sentence):
    x, _ = extract(_LEAD + sentence)
    assert not any("piracy" in f[0] or "patrols" in f[0] or "naval officers" in f[0] for f in _facts(x)), _facts(x)


# both sides state it, or a group does: a commitment
BOTH = [
    ("Mensah said that Ghana is willing to work with Togo to combat piracy in the Gulf of Guinea. Agbeko said Togo is "
     "ready to work with Ghana to share maritime intelligence.", "piracy"),
    ("The two ministers said the Ghanaian and Togolese governments are determined to continue cooperation on "
     "maritime security.", "maritime security"),
]


@pytest.mark.parametrize(("text", "word"), BOTH)
def test_both_sides_willing_stays(extract, text, word):
    x, _ = extract(_LEAD + text)
    assert any(word in f[0] and f[1] == "committed" for f in _facts(x)), _facts(x)
