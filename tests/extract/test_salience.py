"""The salience resolver (kg/extract/salience.py) as statements, meetings and posts use it: a post two people hold
names the one named most recently (never the one reporting it, no one when both are named in that sentence); "he"
and "she" agree with the gender the text gives a person. Sentences written for these tests. Each row: the text,
then what must (or must not) be found."""

from __future__ import annotations

import pytest

NSAS = ("National Security Adviser Musa Garba of Nigeria met National Security Adviser Kwame Mensah of Ghana in Accra "
        "on Monday. ")

# A post two people hold: the holder named last before it; not the one whose reporting verb governs it; no one when
# both holders are named in that sentence.
POSTS = [
    ("Prime Minister Ravi Kumar of India flew to Abu Dhabi on Sunday. The Prime Minister held talks with Crown Prince "
     "Khalid Nasser of the UAE on trade, while Prime Minister Omar Saeed of the UAE hosted a dinner in Dubai.",
     "talks", {"Ravi Kumar", "Khalid Nasser"}),
    (NSAS + "Mensah said the NSA had used the visit to meet Interior Minister Ama Owusu of Ghana.",
     "meet", {"Musa Garba", "Ama Owusu"}),
]


def _people(x, keys):
    names = {p.key: p.name for p in x.persons}
    return {names.get(k, k) for k in keys}


@pytest.mark.parametrize("text, word, people", POSTS, ids=["recent-holder", "not-the-reporter"])
def test_a_post_two_hold_names_the_recent_holder(extract, text, word, people):
    x, _ = extract(text)
    found = [_people(x, e.participants) for e in x.events if any(word in ev.text for ev in e.support.evidence)]
    assert people in found, found


def test_both_holders_in_one_sentence_resolve_to_no_one(extract):
    x, _ = extract(NSAS + "The NSA told reporters the border posts would reopen in June.")
    assert not [s for s in x.statements if "border posts" in s.text and s.speaker.kind == "person"], \
        [(s.speaker.label, s.text) for s in x.statements]


GENDER = ("Foreign Minister Ana Ruiz of Chile met Mr Tomas Berg, Norway's foreign minister, in Oslo on Monday. "
          "Ruiz began her three-day visit with a call on the king. ")
# "she" is not a man the text calls "Mr": the last person the text calls "she"; "he" stays with him.
PRONOUNS = [
    (GENDER + "Berg said the fisheries pact would be signed in May. She said the coast guards would also share "
     "radar data.", "radar", "Ana Ruiz"),
    (GENDER + "Berg said the fisheries pact would be signed in May. He said the coast guards would also share "
     "radar data.", "radar", "Tomas Berg"),
]


@pytest.mark.parametrize("text, word, speaker", PRONOUNS, ids=["she-not-mr", "he-stays"])
def test_pronoun_agrees_in_gender(extract, text, word, speaker):
    x, _ = extract(text)
    assert [s.speaker.label for s in x.statements if word in s.text] == [speaker]


def test_pronoun_without_a_fitting_person_credits_no_one(extract):
    x, _ = extract("Mr Tomas Berg, Norway's foreign minister, met Mr Lars Dahl in Oslo on Monday. Dahl said the pact "
                   "would be signed in May. She said the coast guards would also share radar data.")
    assert not [s for s in x.statements if "radar" in s.text and s.speaker.kind == "person"], \
        [(s.speaker.label, s.text) for s in x.statements]


# "he" in a clause joined to its sentence is the sentence's subject; "He" after "X said that Y met ..." is Y, whose
# doings the sentence reports, not X who reported them.
CLAUSES = [
    ("Foreign Minister Ravi Kumar of India held talks with Crown Prince Khalid Nasser of the UAE in Abu Dhabi while "
     "he held talks with Emir Saif Rahman of Qatar in Doha.", "Doha", {"Ravi Kumar", "Saif Rahman"}),
    ("Spokesman Ade Bello said that National Security Adviser Musa Garba used the visit to meet Interior Minister "
     "Ama Owusu of Ghana. He also paid a courtesy call on Vice President Kofi Adjei of Ghana.", "courtesy",
     {"Musa Garba", "Kofi Adjei"}),
]


@pytest.mark.parametrize("text, word, people", CLAUSES, ids=["while-he", "reported-subject"])
def test_pronoun_subject_of_a_meeting(extract, text, word, people):
    x, _ = extract(text)
    found = [_people(x, e.participants) for e in x.events if any(word in ev.text for ev in e.support.evidence)]
    assert people in found, found


# A source introduced without a name ("a representative of the coast guard said") is the one "the official" or "the
# representative" credits next; without such a source, "the official" stays an unnamed official.
SOURCES = [
    ("Denmark and Portugal agreed to pool their patrol aircraft, a representative of the Danish navy said on Monday. "
     "The crews would train together from May, according to the official.", "crews", "Danish navy"),
    ("Denmark and Portugal agreed to pool their patrol aircraft, a representative of the Danish navy said on Monday. "
     "“Joint patrols will start over the Atlantic in the summer,” the representative added.", "Atlantic", "Danish navy"),
    ("Denmark and Portugal agreed to pool their patrol aircraft on Monday. The crews would train together from May, "
     "according to the official.", "crews", "Official"),
]


@pytest.mark.parametrize("text, word, speaker", SOURCES, ids=["according-to-the-official", "the-representative",
                                                               "no-source-before"])
def test_a_source_introduced_without_a_name(extract, text, word, speaker):
    x, _ = extract(text)
    labels = [s.speaker.label for s in x.statements if word in s.text]
    assert len(labels) == 1 and speaker.lower() in labels[0].lower(), [(s.speaker.label, s.text) for s in x.statements]


# A post credited after two holders were named: the holder named last; no one when both are named in that sentence.
CREDITED_POSTS = [
    ("Defence Minister Ana Ruiz of Chile flew to Oslo on Sunday. Defence Minister Tomas Berg of Norway toured the "
     "naval base on Monday. “The coastal patrols will double next year,” the defence minister said.", "coastal",
     ["Tomas Berg"]),
    ("Defence Minister Ana Ruiz of Chile met Defence Minister Tomas Berg of Norway in Oslo on Monday. “The coastal "
     "patrols will double next year,” the defence minister said.", "coastal", []),
]


@pytest.mark.parametrize("text, word, speakers", CREDITED_POSTS, ids=["last-holder", "both-in-one-sentence"])
def test_a_credited_post_two_hold(extract, text, word, speakers):
    x, _ = extract(text)
    assert [s.speaker.label for s in x.statements if word in s.text and s.speaker.kind == "person"] == speakers


def test_both_diplomats_after_a_call_are_its_pair(extract):
    x, _ = extract("Foreign Minister Ana Ruiz of Chile held a phone call with Norwegian Foreign Minister Tomas Berg on "
                   "Monday. Both diplomats said the fisheries pact would be signed in May.")
    assert [s.speaker.label for s in x.statements if "fisheries" in s.text] == ["Ana Ruiz and Tomas Berg"]



def test_the_post_then_while_he(extract):
    """A post two hold ("The Prime Minister", after Kumar and before Ruiz) and "while he" after it: both are Kumar."""
    x, _ = extract("Prime Minister Ravi Kumar of India arrived in Santiago on Monday. The Prime Minister held talks with "
                   "President Luis Mora of Chile, while he met Prime Minister Ana Ruiz of Peru in Lima on Tuesday.")
    found = [_people(x, e.participants) for e in x.events]
    assert {"Ravi Kumar", "Luis Mora"} in found and {"Ravi Kumar", "Ana Ruiz"} in found, found
