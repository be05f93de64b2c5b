"""Round 14 (issue 8) name-shape vetoes and joins of people, found on a bank of unannotated news: body and post
words, regions and places taken for names, and a surname alone taken for a second person. Sentences written for the
tests in news style. Each row: (text, the name that must not be a person, a person who must still be found)."""

from __future__ import annotations

import pytest

# Veto `body-or-post-word` (names.BODY_OR_POST_WORDS): a capitalised run after a post that carries on into a body,
# post or level word names no one.
BODY_OR_POST_WORD = [
    ("The Minister Delegate in charge of Regional Integration signed the accord in Accra on Monday.", "Delegate", None),
    ("The Head of EU Delegation to Serbia Anna Berg was summoned to the ministry on Monday.", "Delegation",
     None),
    ("Ministers met at the offices of the General Secretariat in Doha, the council said on Monday.", "Secretariat",
     None),
    ("Troops will pull back after the ninth round of Corps Commander Level talks held at Moldo on Sunday.", "Level",
     None),
    ("Mali was represented by Ousmane Keita, Minister of Security and Civil Protection, at the talks in Bamako.",
     "Protection", "Ousmane Keita"),
    ("The talks in Rabat were held between Interior Minister Karim Alaoui and Minister of the Interior, Local "
     "Authorities and Planning Omar Benali.", "Local Authorities", "Karim Alaoui"),
    ("Kenya and Ethiopia held the third meeting of the Joint Working Group on Counter Terrorism (CT) in Nairobi. "
     "The Terrorism talks will resume next year.", "Counter Terrorism", None),
]


def _names(x) -> list[str]:
    return [p.name for p in x.persons]


@pytest.mark.parametrize(("text", "not_a_person", "person"), BODY_OR_POST_WORD)
def test_body_or_post_word_is_no_name(extract, text, not_a_person, person):
    x, _ = extract(text)
    names = _names(x)
    assert not_a_person not in names, names
    if person:
        assert person in names, names


# Veto `region-name` (coreference.is_region): a compass word opening or inside a run, or a continent or ocean word
# closing it, makes a region of a run whose last word recurs alone. Veto `place-noun-after`: a lowercase place noun
# after a name somewhere in the report makes it a place.
REGION_OR_PLACE = [
    ("Beijing's claims clash with those of several Southeast Asia states. Officials in Asia said talks would go on.",
     "Southeast Asia", None),
    ("Their message comes as the Middle East map is redrawn. Leaders in the East said little.", "Middle East", None),
    ("The pact was signed in Apia, capital of the South Pacific island nation. Pacific leaders welcomed it.",
     "South Pacific", None),
    ("Rwandan troops were sent to Mozambique's Cabo Delgado province in 2021. Delgado residents fled the fighting.",
     "Cabo Delgado", None),
    ("Foreign Minister Ana Pacific met envoys on Monday. Pacific said the talks went well.", "Southeast Asia",
     "Ana Pacific"),
]


@pytest.mark.parametrize(("text", "not_a_person", "person"), REGION_OR_PLACE)
def test_region_or_place_is_no_person(extract, text, not_a_person, person):
    x, _ = extract(text)
    names = _names(x)
    assert not_a_person not in names, names
    if person:
        assert person in names, names


# Join `lone-word-joins-full-name` (coreference._fuller_name): a person named by one word whose word is the surname
# (else the given name) of exactly one person named in full in the report is that person, with the one word's posts.
LONE_WORD_JOINS = [
    ("Israeli Foreign Minister Gideon Levav rejected the claims on Monday. France's foreign minister had told his "
     "Israeli counterpart Levav in a phone call that all sides should respect the truce.", "Levav", "Gideon Levav"),
    ("Prime Minister Eleni Markou met Foreign Minister Nikos Varelas in Athens. Markou said the talks were useful, "
     "after meeting Greek counterpart Varelas and envoys.", "Varelas", "Nikos Varelas"),
]
# ... and not when the word is the surname of two people in the report, or of no one.
LONE_WORD_STAYS = [
    ("Defence Minister Arun Mehta met Army Chief Vikram Mehta in Delhi on Monday. Japan's defence minister later met "
     "his Indian counterpart Mehta in Tokyo.", "Mehta"),
]


@pytest.mark.parametrize(("text", "word", "full"), LONE_WORD_JOINS)
def test_lone_word_joins_full_name(extract, text, word, full):
    x, _ = extract(text)
    names = _names(x)
    assert word not in names and full in names, names


@pytest.mark.parametrize(("text", "word"), LONE_WORD_STAYS)
def test_lone_word_of_two_people_stays(extract, text, word):
    x, _ = extract(text)
    assert word in _names(x), _names(x)
