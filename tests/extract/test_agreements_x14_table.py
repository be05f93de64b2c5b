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


# instrument-participle: an instrument named before its participle ("a pact reached with Benin", "a truce agreed after
# two days") is a deal of its own, made by the states its participle names, not the act of the sentence's subject.
# (text, status, a word of the agreement, its parties as a set)
PARTICIPLE = [
    ("The defence ministers of Ghana and Togo held talks in Accra on Monday, the ministry said.\nThe Ghanaian "
     "parliament has ratified the Volta Charter signed with Togo on March 3, 2019.", "signed", "Volta Charter",
     {"GH", "TG"}),
    ("The defence ministers of Ghana and Togo held talks in Accra on Monday, the ministry said.\nGhana's president "
     "wants to leave a fishing agreement reached with Togo a decade ago.", "agreed", "fishing agreement",
     {"GH", "TG"}),
    ("The defence ministers of Ghana and Togo held talks in Accra on Monday, the ministry said.\nClashes broke out on "
     "the border in May, followed by a truce agreed after three days.", "agreed", "truce", {"GH", "TG"}),
]


@pytest.mark.parametrize(("text", "status", "word", "parties"), PARTICIPLE)
def test_instrument_participle(extract, text, status, word, parties):
    x, _ = extract(text)
    assert any(word in a.description and a.status == status and set(a.parties) == parties
               for a in x.agreements), _all(x)


# A passive is no participle: the subject's own decision stays its own ("was approved by the cabinet")
def test_passive_is_not_a_participle(extract):
    x, _ = extract("The defence ministers of Ghana and Togo held talks in Accra on Monday, the ministry said.\n"
                   "Ghana's new budget plan was approved by the cabinet on Tuesday.")
    assert not any("budget" in a.description for a in x.agreements), _all(x)


# mediator-not-party: the state that brokers or hosts a deal is no party to it (text, a word, its parties as a set)
MEDIATED = [
    ("Ghana and Togo traded fire across the border in June, and Nigeria sent envoys to Accra and Lomé. Nigeria urged "
     "calm. Nigeria's president called both leaders.\nBoth countries had signed a truce earlier in July, brokered by "
     "Nigerian President Bola Tinubu.", "truce", {"GH", "TG"}),
]


@pytest.mark.parametrize(("text", "word", "parties"), MEDIATED)
def test_mediator_not_party(extract, text, word, parties):
    x, _ = extract(text)
    assert any(word in a.description and set(a.parties) == parties for a in x.agreements), _all(x)


# venue-not-party: a state named only as the place of the talks is no party; one named as a party too stays
VENUE = [
    ("Ghana and Togo held border talks this week. Benin hosted them. Benin's minister opened the session. Benin "
     "provided security.\nThe Ghanaian and Togolese ministers met in Cotonou, Benin on Friday and agreed to open a "
     "joint border post at Aflao.", "border post", {"GH", "TG"}),
    ("Ghana, Togo and Benin held border talks this week. Togo and Ghana sent ministers; Benin sent its envoy. Benin "
     "and Togo signed.\nThe ministers of Ghana, Togo and Benin met in Cotonou, Benin and pledged to share police "
     "records.", "police records", {"GH", "TG", "BJ"}),
    # a place that is what was agreed, not where: "a consulate in Basra, Iraq" keeps Iraq a party
    ("Kuwait and Iraq held border talks in Kuwait City on Monday. Iraq's minister led his side.\nThe Kuwaiti minister "
     "said they agreed to open a trade office at the Kuwaiti consulate in Basra, Iraq.", "trade office",
     {"KW", "IQ"}),
    # a list after the city is no state of the city: "in Dhaka, Myanmar and Bangladeshi officials" keeps Myanmar
    ("Myanmar and Bangladesh discussed refugees this week. Myanmar sent a delegation.\nAt a meeting on 2 October in "
     "Dhaka, Myanmar and Bangladeshi officials agreed to form a joint working group on returns.", "working group",
     {"MM", "BD"}),
]


@pytest.mark.parametrize(("text", "word", "parties"), VENUE)
def test_venue_not_party(extract, text, word, parties):
    x, _ = extract(text)
    assert any(word in a.description and set(a.parties) == parties for a in x.agreements), _all(x)
