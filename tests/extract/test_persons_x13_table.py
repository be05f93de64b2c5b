"""Round 13 (issue 8) mechanisms of people and posts, found on a bank of unannotated news: the state of an
unqualified post. Sentences written for the tests in news style. Each row: (text, the person's name, the state
their posts must have, or None for "not that state": see the rows)."""

from __future__ import annotations

import pytest
from extract_support import the_person

# An unqualified post ("Chief of Staff, Lt Gen X") takes the state an adjective or a possessive names ahead of it in
# the same sentence, with no one else named between, before the report's home state (`_sentence_country`).
SENTENCE_COUNTRY = [
    # the adjective qualifies the body whose post it is
    ("NAIROBI: Kenyan Defence Cabinet Secretary Aden Duale met army officers. Later, Ugandan People's Defence Force "
     "Chief of Staff, Lt Gen Kayanja Muhanga, joined the talks in Nairobi with Kenyan officers.",
     "Kayanja Muhanga", "UG"),
    # the possessive state of a body before the post
    ("Officials from Kenya and Tanzania met in Mombasa. Tanzania's police force spokesman, Commissioner David "
     "Misime, said the joint patrols would resume in Kenya next week.", "David Misime", "TZ"),
    # a clause about the state, then its officer
    ("Kenya and Tanzania agreed on patrols in Nairobi. The Tanzanian navy was represented by Rear Admiral Ameir "
     "Ramadhan Hassan, officials in Kenya said.", "Ameir Ramadhan Hassan", "TZ"),
]

# ... and not when someone else is named between, or a quotation closes between: the home state stays.
NOT_ACROSS = [
    ("NAIROBI: Kenya hosted the meeting. The Ugandan envoy Joyce Kikafunda greeted Commissioner General Japheth "
     "Koome, who leads police in Kenya.", "Japheth Koome", "UG"),
    ("NAIROBI: Kenya hosted the meeting in Nairobi. \"The Ugandan side must act now,\" spokesman Resila Onyango told "
     "reporters in Kenya.", "Resila Onyango", "UG"),
]


@pytest.mark.parametrize(("text", "name", "country"), SENTENCE_COUNTRY)
def test_sentence_country(extract, text, name, country):
    x, _ = extract(text)
    person = the_person(x, name)
    assert person.roles and all(r.country == country for r in person.roles), [(r.title, r.country) for r in person.roles]


@pytest.mark.parametrize(("text", "name", "country"), NOT_ACROSS)
def test_not_across_a_name_or_a_quotation(extract, text, name, country):
    x, _ = extract(text)
    person = the_person(x, name)
    assert person.roles and all(r.country != country for r in person.roles), [(r.title, r.country) for r in person.roles]
