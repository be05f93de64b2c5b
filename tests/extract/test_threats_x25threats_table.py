"""Threat wordings end where their phrase does (x25threats): a wording that ends on a place's or group's name takes
the common noun the name opens ("instability in the Sahel region", not "... the Sahel"; "security situation in the
country's southern neighbour"), as the gold labels keep it ("the Essequibo region", "the Baltic Sea region").

Sentences are written for these tests in the general news shapes the rules read; none is taken from the bank or an
eval set.
"""

from __future__ import annotations

import pytest

# (sentence, concept, the whole wording expected, a wording that must not be produced or None)
ROWS = [
    # name-takes-head: the place noun the name opens
    ("The ministers discussed the security situation in the Lake Tana region and agreed to meet again.",
     "transnational-threats", "security situation in the Lake Tana region", "security situation in the Lake Tana"),
    ("Both leaders voiced concern over instability in the Sahel region.", "instability",
     "instability in the Sahel region", "instability in the Sahel"),
    ("Troops were sent to fight insurgents in Westland's Cabo Norte province last year.", "insurgency",
     "insurgents in Westland's Cabo Norte province", None),
    ("They reviewed the security situation in Ruritania's Southern neighbour.", "transnational-threats",
     "security situation in Ruritania's Southern neighbour", "security situation in Ruritania's Southern"),
    # ... and the group noun: "attacks from Islamist groups"
    ("The army reported attacks from Islamist groups near the frontier.", "armed-attacks",
     "attacks from Islamist groups", "attacks from Islamist"),
    # ... one noun only, and only a place or group noun: a verb after a name is no head
    ("Gangs in Haiti control most of the capital.", "criminal-gangs", "Gangs in Haiti", "Gangs in Haiti control"),
    ("He said the conflict in Ukraine requires a negotiated end.", "armed-conflict", "conflict in Ukraine",
     "conflict in Ukraine requires"),
]


@pytest.mark.parametrize(("text", "concept", "wording", "not_wording"), ROWS)
def test_name_takes_head(extract, text, concept, wording, not_wording):
    x, _ = extract(text)
    found = [(t.concept, t.wording) for t in x.threats]
    assert (concept, wording) in found, found
    if not_wording:
        assert all(w != not_wording for _, w in found), found


# modifier-takes-head: a threat word used as an adjective takes the noun it modifies
MODIFIER_ROWS = [
    ("The guards discussed the activities of Ruritanian insurgent groups along the frontier.", "insurgency",
     "insurgent groups", "Ruritanian insurgent"),
    ("Police said the Islamist militant group still operates from the hills.", "terrorism", "militant group", None),
    ("The two ministers warned of the spread of extremist ideology among the young.", "violent-extremism",
     "extremist ideology", None),
    ("Officials said the country faces a rising terrorist threat in the north.", "terrorism", "terrorist threat", None),
]


@pytest.mark.parametrize(("text", "concept", "word", "not_wording"), MODIFIER_ROWS)
def test_modifier_takes_head(extract, text, concept, word, not_wording):
    x, _ = extract(text)
    found = [(t.concept, t.wording) for t in x.threats]
    assert any(c == concept and w.endswith(word) for c, w in found), found
    if not_wording:
        assert all(w != not_wording for _, w in found), found
