"""Round x19 of the agreement parties (x19hostparty), judged on a bank of unannotated news: a state that hosts other
states' talks in its capital, or brokers their deal anywhere in the report, is no party to a deal told without its
parties. Sentences are invented for this file."""

from __future__ import annotations

import pytest


def _all(x) -> list[tuple[str, str, list[str]]]:
    return [(a.status, a.description, a.parties) for a in x.agreements]


# host-city-not-party: a capital named as the place of two other states' talks does not count for its state
# (text, a word of the agreement, its parties as a set)
HOST_CITY = [
    ("Ghana and Togo traded fire on the border. Ghana and Togo held ceasefire talks in Abuja on Monday. Nigeria "
     "urged calm, and Nigeria's army stood by.\nBoth countries agreed to pull back their troops from the border.",
     "pull back", {"GH", "TG"}),
    # "in Abuja, Nigeria": the state after its city is the place too
    ("Chad and Niger discussed the border this week. Chad and Niger sent envoys to talks held in Abuja, Nigeria. "
     "Nigeria offered help.\nThe two sides agreed to set up a joint patrol.", "joint patrol", {"TD", "NE"}),
    # the host of its own talks stays a party: its capital's sentence names one other state only
    ("Indonesia's minister held talks with his counterpart in New Delhi. China's navy was a concern to Indonesia. "
     "China sent ships, and India offered missiles.\nThe two ministers agreed to deepen maritime cooperation.",
     "maritime", {"ID", "IN"}),
    # a host named by name as one of the meeting's states stays a party
    ("The ministers of Latvia and Lithuania met in Tallinn with Estonia's minister. Latvia and Lithuania shared "
     "plans.\nThey agreed to buy air defence systems together.", "air defence", {"LV", "LT"}),
]


@pytest.mark.parametrize(("text", "word", "parties"), HOST_CITY)
def test_host_city_not_party(extract, text, word, parties):
    x, _ = extract(text)
    assert any(word in a.description and set(a.parties) == parties for a in x.agreements), _all(x)


# mediator-not-party, report-wide: a state the report names as broker or mediator is no fallback party
BROKER = [
    ("Ghana and Togo signed a Nigeria-brokered truce on Friday. Nigeria's president hailed it. Nigeria will send "
     "observers, Nigeria said.\nThe two sides also agreed to reopen the border crossings.", "border crossings",
     {"GH", "TG"}),
    ("Peru and Bolivia met in Lima under the auspices of Brazil. Brazil's envoy spoke. Brazil hosted a dinner. "
     "Brazil paid.\nBoth countries agreed to share police records.", "police records", {"PE", "BO"}),
    # what the broker serves names no broker: "the UN envoy for Lebanon" keeps Lebanon a party
    ("Lebanon and Israel will hold talks under the auspices of the UN envoy for Lebanon. Israel welcomed it.\nThe "
     "two sides agreed to meet again in November.", "meet again",
     {"LB", "IL"}),
]


@pytest.mark.parametrize(("text", "word", "parties"), BROKER)
def test_broker_not_party(extract, text, word, parties):
    x, _ = extract(text)
    assert any(word in a.description and set(a.parties) == parties for a in x.agreements), _all(x)


# three-party-plural: a report on three states' meeting tells a deal by its makers in the plural, no number
# (text, a word of the agreement, its parties as a set)
THREE_PLURAL = [
    ("Ghana, Togo and Benin held security talks in Accra. Ghana and Togo share a long border with Benin. Benin and "
     "Ghana host refugees.\nThe interior ministers also agreed to meet again in March.", "meet again",
     {"GH", "TG", "BJ"}),
    ("Chile, Peru and Bolivia met in Lima on drug trafficking. Chile and Peru sent police chiefs; Bolivia its "
     "minister.\n\"We explored ways to track cartel money,\" the Bolivian minister said.", "cartel money",
     {"CL", "PE", "BO"}),
    # "both sides", "our two countries": a deal of two of the three
    ("Ghana, Togo and Benin held security talks in Accra. Ghana and Togo share a long border with Benin. Ghana "
     "sent its army chief. Togo sent troops.\nThe ministers of both sides agreed to open a hotline.", "hotline",
     {"GH", "TG"}),
]


@pytest.mark.parametrize(("text", "word", "parties"), THREE_PLURAL)
def test_three_party_plural(extract, text, word, parties):
    x, _ = extract(text)
    assert any(word in a.description and set(a.parties) == parties for a in x.agreements), _all(x)
