"""Round x25 (x25orgs). patterns._KIND_BY_HEAD `outlet-agency`: a news or press agency named by its head is an
outlet (kind media), not a state's agency, even when the state owns it; a state's own agency keeps its kind.
shaped `and-opener`: capitalised words before "and" that run into a body's opening words open its name, and a state's
name with "and" opens it whole; a list's other item (a state, a body, a post and its holder) does not.
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


# (sentence, the body's name, a name that must not be found)
AND_ROWS = [
    ("Ana Ruiz, Chair of the National Defence and Armed Forces Committee of the Arcadian Senate, met him.",
     "National Defence and Armed Forces Committee of the Arcadian Senate", "Armed Forces Committee of the Arcadian Senate"),
    ("The Defence and Security Commission of the Borduria Assembly visited the border.",
     "Defence and Security Commission of the Borduria Assembly", "Security Commission of the Borduria Assembly"),
    ("Delegates attended the Belt and Road Forum for Maritime Cooperation in Beijing.",
     "Belt and Road Forum for Maritime Cooperation", "Road Forum for Maritime Cooperation"),
    ("The Trinidad and Tobago Coast Guard will patrol the gulf with Venezuela.", "Trinidad and Tobago Coast Guard",
     "Tobago Coast Guard"),
    ("Officials of the Bosnia and Herzegovina Council of Ministers met Croatian officials.",
     "Bosnia and Herzegovina Council of Ministers", "Herzegovina Council of Ministers"),
    # a list: a state, or a post and its holder, before "and" is another item
    ("India and Department of Defence of Arcadia signed the deal.", "Department of Defence of Arcadia",
     "India and Department of Defence of Arcadia"),
    ("Secretary Rajesh Kumar and Directorate of Naval Intelligence officers attended.", "Directorate of Naval Intelligence",
     "Rajesh Kumar and Directorate of Naval Intelligence"),
]


@pytest.mark.parametrize(("sentence", "body", "cut"), AND_ROWS)
def test_words_before_and_open_a_bodys_name(extract, sentence, body, cut):
    x, _ = extract(sentence)
    names = {o.name for o in x.organizations}
    assert body in names and cut not in names
