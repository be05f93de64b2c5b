"""Round x24 (x24bare): a bare name that only its recurring last word vouches for (`bare-name-recurring-surname`).

- sentence-initial capitals prove nothing, after an opening quotation mark or bracket too ("“From Caracas' Tiuna
  Fort: ...”" is no person although "Caracas" recurs);
- `bare-name-preposition`: a capitalised preposition opens no name ("... the tweet, With Beijing ...").
- a true bare name whose surname recurs is still a person.

Sentences are invented for this file; kg:rule names the trigger."""

from __future__ import annotations

import pytest

# (text, a name that must not be a person)
NOT_PEOPLE = [
    ("The ministry posted: “From Caracas' main fort: the declaration is signed.” The delegation then left Caracas.",
     "From Caracas"),
    ("The minister wrote that ties, With Beijing watching, had grown. Beijing did not comment.", "With Beijing"),
    ("(From Bogota to Quito) the convoy drove on. Quito welcomed it.", "From Bogota"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PEOPLE)
def test_no_person_from_a_phrase_that_opens_on_a_preposition_or_a_quote(extract, text, name):
    x, _ = extract(text)
    assert name not in {p.name for p in x.persons}


# (text, the person, rule)
PEOPLE = [
    ("Officials said Hardeep Singh Nijjar was shot in June. Nijjar's killing strained ties.", "Hardeep Singh Nijjar",
     "bare-name-recurring-surname"),
]


@pytest.mark.parametrize(("text", "name", "rule"), PEOPLE)
def test_a_bare_name_whose_surname_recurs_is_a_person(extract, text, name, rule):
    x, _ = extract(text)
    people = {p.name: p.support.rule for p in x.persons}
    assert people.get(name) == rule, people
