"""Round 23: a post's second remit is no person (persons._REMIT_BEFORE for `name-pair-subject`, and person_names
`remit-pair-second` for `list-mate`). "the Minister of Defense and Military Production, X, met ..." reads "Defense and
Military Production" as what the post serves, not as two people joined by "and". Sentences written for the tests in
news style. Each row: (text, a name that must be a person, a name that must not)."""

from __future__ import annotations

import pytest

ROWS = [
    ("The Minister of Defense and Military Production, Karim Fawzy, met the visiting Zambian defence minister.",
     "Karim Fawzy", "Military Production"),
    ("The document was signed by the Minister of Defense of Uzbekistan Rustam Aliev and the Minister of Defense and "
     "Aerospace Industries of Kazakhstan, Daulet Seitkali.", "Daulet Seitkali", "Aerospace Industries"),
    # unchanged: two people joined by "and" before a meeting verb are both people
    ("Kwame Mensah and Ibrahim Traore met in Accra on Monday.", "Ibrahim Traore", None),
    ("Daniel Ortega, Mauricio Funes and Porfirio Lobo signed the declaration.", "Daniel Ortega", None),
]


@pytest.mark.parametrize(("text", "person", "not_person"), ROWS)
def test_remit_pair_is_no_person(extract, text, person, not_person):
    x, _ = extract(text)
    names = [p.name for p in x.persons]
    assert person in names, names
    if not_person:
        assert not_person not in names, names
        assert not any(not_person in e.participants for e in x.events if hasattr(e, "participants")), names
