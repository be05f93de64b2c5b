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
