"""Round x18 (x18names): a person the report names only by a styled surname.

- `styled-surname` (person_names._styled_surnames): a style of address before a lone capitalised word ("Mr Okafor
  said", "Dr. Valente also invited", "Mr Asante-Mensah led a delegation") names a person; when no person found so far
  bears the word and the report never writes it more fully (echoed-surname takes that), the surname is the name.
- vetoes: `styled-not-a-surname` (a stop word, post, state, city or place, or more name words follow the word);
  `common-word` (the report writes the word in lower case too, or it is a word of unnamed sources);
  `near-spelling` (a person already found with a name word spelled nearly so: the same person, a mention of them).
- `near-spelling` also on a lone surname that speaks with no fuller writing ("Shamkani said" beside "Ali Shamkhani"):
  a mention and an alias of the person found, so the statement is theirs.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest


def _people(x) -> dict[str, str]:
    return {p.name: p.support.rule for p in x.persons}


# (text, the person, rule)
STYLED = [
    ("Border talks ended in Lome on Friday. Mr Okafor said the two sides would meet again in June.", "Okafor",
     "styled-surname"),
    ("The summit will open on Monday. Upon the request of both leaders, Dr. Valente also invited the Brazilian "
     "delegation to attend.", "Valente", "styled-surname"),
    ("Mr Asante-Mensah led a high-level delegation from Ghana which included security chiefs.", "Asante-Mensah",
     "styled-surname"),
    ("The two ministers met in Dili. Mrs Haraldsen told reporters the patrols would continue.", "Haraldsen",
     "styled-surname"),
]


@pytest.mark.parametrize(("text", "name", "rule"), STYLED)
def test_a_styled_lone_surname_is_a_person(extract, text, name, rule):
    x, _ = extract(text)
    assert _people(x).get(name) == rule, _people(x)


# (text, a name that must not be a person on its own)
NOT_STYLED = [
    # the report writes the name more fully: echoed-surname or the name grammar give the full name
    ("Defence Minister Peter Okafor arrived in Lome. Mr Okafor said the talks went well.", "Okafor"),
    # more name words follow the style: the name grammar reads the full name
    ("Mr Kwame Asante said the talks went well.", "Kwame"),
    # a post, a state or a city after the style
    ("Mr President, the delegation said, is welcome in Accra.", "President"),
    ("The envoy met Ms Ghana organisers in Accra on Monday.", "Ghana"),
    # `near-spelling`: the same person written two ways is not a second person
    ("President Mahinda Rajapaske met the Indian envoy on Monday. Mr Rajapakse said the talks were useful.",
     "Rajapakse"),
]


@pytest.mark.parametrize(("text", "name"), NOT_STYLED)
def test_vetoes_keep_styled_words_that_are_no_lone_surname_out(extract, text, name):
    x, _ = extract(text)
    assert name not in _people(x), _people(x)


def test_a_common_word_after_a_style_is_no_person(extract):
    # `common-word`: the report writes the word in lower case too
    x, _ = extract("Mr Chairman said the session would close. The chairman later left for Abuja.")
    assert "Chairman" not in _people(x)
    x, _ = extract("Dr Sources said the meeting was useful. The sources added nothing more.")
    assert "Sources" not in _people(x)


def test_a_misspelt_styled_surname_is_a_mention_of_the_person(extract):
    x, _ = extract("President Mahinda Rajapaske met the Indian envoy on Monday. Mr Rajapakse said the talks were "
                   "useful.")
    people = _people(x)
    assert "Mahinda Rajapaske" in people and len(people) == 1, people


# `near-spelling` on a speaking surname: the speaker is the person the report names with another spelling
MISSPELT_SPEAKER = [
    ("Iran's security chief Ali Shamkhani met Iraqi officials in Baghdad. Shamkani said the agreement would end the "
     "attacks.", "Ali Shamkhani", "Shamkani"),
    ("Guatemalan President Alvaro Colom met his Mexican counterpart on Monday. Colon said the fight against crime "
     "needs unity.", "Alvaro Colom", "Colon"),
]


@pytest.mark.parametrize(("text", "name", "written"), MISSPELT_SPEAKER)
def test_a_misspelt_speaking_surname_is_the_person_found(extract, text, name, written):
    x, _ = extract(text)
    people = {p.name: p for p in x.persons}
    assert set(people) == {name}, list(people)
    assert written in people[name].aliases
    assert any(st.speaker and st.speaker.key == people[name].key for st in x.statements), [
        (st.speaker, st.text) for st in x.statements]
