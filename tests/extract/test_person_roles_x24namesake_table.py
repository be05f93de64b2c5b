"""Round 24: `sentence-state-first-named` (person_roles._add_roles, persons._fill_states). A state written ahead of a
post repeated for someone the report has already named ("the Sudanese – Chadian forces on Wednesday, Gen. Ibrahim")
is a weaker guess at their state than the report's home state; a state the post itself carries still counts, and
the weak guess is kept for a person nothing else gives a state. Found by the round-23 audit: Sudan's defence minister
was given Chad's state from a later sentence. Sentences written for the tests in news style."""

from __future__ import annotations

import pytest

# (report, person, expected state of the person and of each of their posts)
CASES = [
    # resolved single: the later sentence names the other side ahead of the repeated post
    ("Khartoum, Aug. 3 (SUNA) – The Minister of Defence, Gen. Yassin Omar Ibrahim, affirmed the strong relations "
     "between Sudan and Chad. Addressing the conference on the Sudanese – Chadian forces on Wednesday, Gen. Ibrahim "
     "described the experiment as a model for the region.", "Yassin Omar Ibrahim", "SD"),
    # full name repeated: the state ahead is what the post's holder speaks about, not his own
    ("Santo Domingo, July 9 – President Rafael Medina said on Tuesday that any attempt to cross the border would be "
     "met with resistance. Addressing gang members now facing the international force supporting the Haitian "
     "National Police, President Medina reiterated that the border would stay closed.", "Rafael Medina", "DO"),
    # nothing else gives a state (the home state is the one he visits): the weak guess is kept
    ("Thimphu, July 1 (ANI) – Chief of the Army Staff General Rakesh Varma, who is on an official visit to Bhutan, "
     "received a warm welcome. The Indian Army stated that General Varma was welcomed by Major General Karma "
     "Dorji of the Royal Bhutan Army.", "Rakesh Varma", "IN"),
    # the post itself names the state: still the person's state
    ("Addis Ababa, Dec. 3 – General Daniel Mwangi arrived on Monday for talks on the border. "
     "Kenya's army chief, General Mwangi, said the deal would hold.", "Daniel Mwangi", "KE"),
]


@pytest.mark.parametrize("text, name, state", CASES, ids=[c[1] for c in CASES])
def test_repeated_post_keeps_the_person_s_state(extract, text, name, state):
    x, _ = extract(text)
    person = next((p for p in x.persons if p.name == name), None)
    assert person is not None, [p.name for p in x.persons]
    assert person.country == state, (person.country, [(r.title, r.country) for r in person.roles])
    assert {r.country for r in person.roles} == {state}, [(r.title, r.country) for r in person.roles]
