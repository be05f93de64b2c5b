"""Round 24 (x24postgaps): posts lost before a rank. `remit-rank-name` (person_posts._opens_name):
a post whose remit runs on to a comma keeps it when a rank opens the holder's name; `styled-state-owns-body`
(posts.bodies): "of the Sultanate of Oman's Armed Forces" is the post's body; `posted-in-state` and
`demonym-form-state` (person_posts): an envoy's post "in" a state is where it is posted, "the Turkish Republic" is
Türkiye. Sentences written for the tests in news style.
Each row: (text, the person's name, posts that must be there, posts that must not, the state of the first post)."""

from __future__ import annotations

import pytest

ROWS = [
    # remit-rank-name
    ("The High Commissioner of Ghana to Togo, Major General Kofi Mensah, made a courtesy call on the minister.",
     "Kofi Mensah", ["High Commissioner", "Major General"], [], "GH"),
    ("The Ambassador of the Republic of Korea to the Kingdom of Bahrain, Rear Admiral Kim Min-soo, attended.",
     "Kim Min-soo", ["Ambassador", "Rear Admiral"], [], "KR"),
    ("The Vice Minister of Internal Order of Peru, General Nestor Zegarra, said the troops would stay.",
     "Nestor Zegarra", ["Vice Minister of Internal Order", "General"], [], "PE"),
    # a run that is a name, not a remit: a list of holders
    ("Deputy Prime Minister and Foreign Minister Yaw Osei Boateng, Field Marshal Kwame Addo (Chief of Army Staff) "
     "and others attended.", "Yaw Osei Boateng", ["Foreign Minister"], ["Foreign Minister Yaw Osei Boateng"], None),
    # a name set off before the post holds it; the rank after opens the next item
    ("The delegation: Lieutenant General Ama Serwaa Owusu, Deputy National Police Commissioner for Policing, "
     "Lieutenant General Kojo Yeboah Darko, Divisional Commissioner for Crime Intelligence.",
     "Kojo Yeboah Darko", ["Lieutenant General"], ["Police Commissioner for Policing"], None),
    # styled-state-owns-body
    ("Vice Admiral Salim Nasser Al Harthy, Chief of Staff of the Sultanate of Oman's Armed Forces, met the minister.",
     "Salim Nasser Al Harthy", ["Chief of Staff of the Sultanate of Oman's Armed Forces", "Vice Admiral"], [], "OM"),
    # posted-in-state; demonym-form-state
    ("The minister met the Ambassador of the Turkish Republic in the Republic of Kazakhstan Ahmet Yilmaz Kaya.",
     "Ahmet Yilmaz Kaya", ["Ambassador"], [], "TR"),
]


@pytest.mark.parametrize(("text", "name", "present", "absent", "state"), ROWS)
def test_post_gap(extract, text, name, present, absent, state):
    x, _ = extract(text)
    people = {p.name: p for p in x.persons}
    assert name in people, list(people)
    titles = [r.title for r in people[name].roles]
    for post in present:
        assert post in titles, titles
    for post in absent:
        assert post not in titles, titles
    if state:
        assert people[name].roles[0].country == state or any(r.country == state for r in people[name].roles
                                                             if r.title == present[0]), people[name].roles
