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


# `post-then-new-name` does not carry a post to a newcomer found only by the shape of their name (a surname that
# recurs): on news at large such names are as often residences and parades.
NOT_TO_A_NAME_SHAPE = [
    ("ISLAMABAD: The Saudi defence minister arrived on Monday for a two-day visit.\n\nA dinner was held at Aiwan "
     "Karim on Monday evening. The Karim lawns were lit for the guests.", "Aiwan Karim", "Defence Minister"),
]


@pytest.mark.parametrize(("text", "name", "post"), NOT_TO_A_NAME_SHAPE)
def test_post_not_carried_to_a_name_shape(extract, text, name, post):
    x, _ = extract(text)
    posts = {p.name: [r.title for r in p.roles] for p in x.persons}
    assert post not in posts.get(name, []), posts


# "his Sri Lankan counterpart Rear Admiral X": the rank's first word is no person; the counterpart is X, of that state.
COUNTERPART_RANK = [
    ("Indian Navy chief Admiral Dinesh Tripathi met his Bangladeshi counterpart Rear Admiral Nazmul Hassan in Dhaka.",
     "Nazmul Hassan", "BD"),
    ("Indian Navy chief Admiral Dinesh Tripathi met his Sri Lankan counterpart Vice Admiral Kanchana Banagoda.",
     "Kanchana Banagoda", "LK"),
]


@pytest.mark.parametrize(("text", "name", "country"), COUNTERPART_RANK)
def test_counterpart_after_a_two_word_rank(extract, text, name, country):
    x, _ = extract(text)
    assert not [p.name for p in x.persons if p.name in ("Rear", "Vice")]
    assert the_person(x, name).country == country


# Military ranks abbreviated with full stops, as wire copy writes them ("Lt. Col.", "Cmdr.", "Maj. Gen" without the
# last stop, "Brig."): the rank is the person's post, and the name after it is a person's.
DOTTED_RANKS = [
    ("The Bangladeshi team was led by Lt. Col. Rafiqul Islam, the sector commander, officials said.",
     "Rafiqul Islam", "Lieutenant Colonel"),
    ("The cutter's commanding officer, Cmdr. Dana Whitfield, said the crew seized 900 kilograms of cocaine.",
     "Dana Whitfield", "Commander"),
    ("The delegation included Maj. Gen Farooq Ahmed and the defence attache.", "Farooq Ahmed", "Major General"),
    ("Brigade commander Brig. Raghav Menon said the posts had come under fire.", "Raghav Menon", "Brigadier"),
    ("The talks were chaired by Col. Moussa Diarra of the Malian army.", "Moussa Diarra", "Colonel"),
]


@pytest.mark.parametrize(("text", "name", "post"), DOTTED_RANKS)
def test_dotted_rank(extract, text, name, post):
    x, _ = extract(text)
    assert post in [r.title for r in the_person(x, name).roles], [(p.name, [r.title for r in p.roles]) for p in x.persons]


# "his South Korean counterpart X": the two words are one adjective; "Korean" alone leaves the state to guess.
TWO_WORD_ADJECTIVE = [
    ("North Korea fired two missiles on Sunday. Japanese Defence Minister Minoru Kihara met his South Korean "
     "counterpart Ahn Gyu-back in Tokyo, days after North Korea's launch, to discuss North Korean threats.",
     "Ahn Gyu-back", "KR"),
    ("Indian Navy chief Admiral Dinesh Tripathi met his Sri Lankan counterpart Kanchana Banagoda in Colombo.",
     "Kanchana Banagoda", "LK"),
]


@pytest.mark.parametrize(("text", "name", "country"), TWO_WORD_ADJECTIVE)
def test_counterpart_two_word_adjective(extract, text, name, country):
    x, _ = extract(text)
    assert the_person(x, name).country == country, [(p.name, p.country) for p in x.persons]
