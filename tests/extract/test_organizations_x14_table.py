"""Organisations, fourteenth round (x14orgs): shapes and repairs counted on the bank of unannotated news.
Rows: (sentence, the body's name, its state's code)."""

from __future__ import annotations

import pytest

# opening-state: the state a body's name opens with may take two or three words, or follow a service's style
STATE_ROWS = [
    ("Sailors of the Sri Lanka Navy trained the recruits.", "Sri Lanka Navy", "LK"),
    ("The New Zealand Defence Force sent two aircraft.", "New Zealand Defence Force", "NZ"),
    ("South Korea's Defence Ministry said the drills would go ahead.", "South Korea's Defence Ministry", "KR"),
    ("A Royal Canadian Navy frigate joined the patrol.", "Royal Canadian Navy", "CA"),
    ("Two ships of the Republic of Korea Navy (ROKN) sailed south.", "Republic of Korea Navy", "KR"),
    ("Officers of the Republic of Fiji Military Forces (RFMF) attended.", "Republic of Fiji Military Forces", "FJ"),
    ("The Indian Coast Guard met the Sri Lankan Coast Guard in Colombo.", "Sri Lankan Coast Guard", "LK"),
    ("The Indian Coast Guard met the Sri Lankan Coast Guard in Colombo.", "Indian Coast Guard", "IN"),
]


@pytest.mark.parametrize(("sentence", "name", "country"), STATE_ROWS)
def test_opening_state(extract, sentence, name, country):
    x, _ = extract(sentence)
    found = {o.name: o.country for o in x.organizations}
    assert name in found, found
    assert found[name] == country, found


# kind-by-head: a state's commands, corps and security committees are its agencies; its councils of ministers,
# presidential councils and supreme security councils its government
KIND_ROWS = [
    ("Officers of the U.S. Southern Command visited the port.", "U.S. Southern Command", "agency"),
    ("The talks between 12 Corps commander Lieutenant General Ravi Rao and his counterpart ended.", "12 Corps",
     "agency"),
    ("The Defense Acquisition Program Administration approved the purchase.",
     "Defense Acquisition Program Administration", "agency"),
    ("The chairman of the State Committee for National Security of Kyrgyzstan met his counterpart.",
     "State Committee for National Security of Kyrgyzstan", "agency"),
    ("The plan went before the Iraqi Council of Ministers on Tuesday.", "Iraqi Council of Ministers", "government"),
    ("The Libyan Presidential Council welcomed the deal.", "Libyan Presidential Council", "government"),
    ("A secretary of Iran's Supreme National Security Council flew to Baghdad.", "Supreme National Security Council",
     "government"),
]


@pytest.mark.parametrize(("sentence", "name", "kind"), KIND_ROWS)
def test_kind_by_head(extract, sentence, name, kind):
    x, _ = extract(sentence)
    found = {o.name: o.kind for o in x.organizations}
    assert found.get(name) == kind, found
