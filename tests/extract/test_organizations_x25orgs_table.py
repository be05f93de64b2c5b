"""Round x25 (x25orgs, patterns._KIND_BY_HEAD `outlet-agency`): a news or press agency named by its head is an
outlet (kind media), not a state's agency, even when the state owns it; a state's own agency keeps its kind.
Sentences are invented for this file."""

from __future__ import annotations

import pytest

# (sentence, body, kind)
ROWS = [
    ("The two sides agreed to share intelligence, the Arcadian News Agency (ANA) reported.", "Arcadian News Agency",
     "media"),
    ("According to the Borduria Press Agency, the ministers met in Szohod on Monday.", "Borduria Press Agency", "media"),
    ("Talks were held in Mogadishu on Tuesday, Northland News Agency reports.", "Northland News Agency", "media"),
    ("The Kenyan National Intelligence Agency said it had arrested two suspects.",
     "Kenyan National Intelligence Agency", "agency"),
    ("The Ruritanian Border Agency said the crossing would reopen in May.", "Ruritanian Border Agency", "agency"),
]


@pytest.mark.parametrize(("sentence", "body", "kind"), ROWS)
def test_a_news_agency_is_an_outlet(extract, sentence, body, kind):
    x, _ = extract(sentence)
    assert {o.name: o.kind for o in x.organizations}.get(body) == kind
