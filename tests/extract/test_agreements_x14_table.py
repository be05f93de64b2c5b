"""Round x14 of the agreement mechanisms, judged on a bank of unannotated news: the parties of a deal told of three
states together, restated deals and one-sided acts kept out, and triggers the recall census pointed to. Sentences are
invented for this file."""

from __future__ import annotations

import pytest


def _rule(a) -> str:
    return a.support.rule.split("/", 1)[1]


def _all(x) -> list[tuple[str, str, str, list[str]]]:
    return [(a.status, _rule(a), a.description, a.parties) for a in x.agreements]


# three-party-group: (text, a word of the agreement, its parties as a set)
THREE_PARTIES = [
    ("Ghana, Togo and Benin held security talks in Accra. Ghana and Togo share a long border with Benin. Benin and "
     "Ghana host refugees. The three countries agreed to set up a joint border patrol unit.", "patrol",
     {"GH", "TG", "BJ"}),
    ("Chile, Peru and Bolivia met in Lima on drug trafficking. Chile and Peru sent their police chiefs; Bolivia its "
     "interior minister, and Chile proposed a plan. After the talks the three delegations said they would share "
     "intelligence on cartels.", "intelligence", {"CL", "PE", "BO"}),
    ("Ghana, Togo and Benin held security talks in Accra. Ghana and Togo share a long border with Benin. Benin and "
     "Ghana host refugees. The ministers signed a trilateral memorandum on police training.", "memorandum",
     {"GH", "TG", "BJ"}),
    # a fourth state named most (the threat) is no party of the three's memorandum
    ("Nigeria sent troops. Nigeria massed tanks. Nigeria threatened. Nigeria warned Ghana. Ghana, Togo and Benin held "
     "security talks in Accra on Nigeria. Togo and Benin pledged help. The memorandum on border policing was agreed by "
     "the three countries' interior ministers.", "policing", {"GH", "TG", "BJ"}),
]


@pytest.mark.parametrize(("text", "word", "parties"), THREE_PARTIES)
def test_three_party_group(extract, text, word, parties):
    x, _ = extract(text)
    assert any(word in a.description and set(a.parties) == parties for a in x.agreements), _all(x)


# Two of the three pledging to the third, or a deal of two told without "three": the two stay the parties
TWO_OF_THREE = [
    ("Ghana, Togo and Benin held security talks in Accra. Ghana and Togo share a long border with Benin. Benin and "
     "Ghana host refugees. Ghana and Togo agreed to set up a joint border patrol unit.", "patrol", {"GH", "TG"}),
]


@pytest.mark.parametrize(("text", "word", "parties"), TWO_OF_THREE)
def test_two_of_three(extract, text, word, parties):
    x, _ = extract(text)
    assert any(word in a.description and set(a.parties) == parties for a in x.agreements), _all(x)
