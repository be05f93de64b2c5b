"""Round x25 (x25orgextent). readings._name_end, the name-end boundary (shaped row `name-end`, the of-complement, the
cue shape, and scan._unpossessed for a name an acronym in brackets spells): a body's capitalised run stops at a day or
a month, at the body's possessive (the acronym then is the body's), at an honorific or a rank, and at the name of the
post's holder when the body is the complement of a post written before it or the report writes the holder's surname
elsewhere; the holder's role then points at the body. A person right after "of" is the complement itself.
Sentences are invented for this file."""

from __future__ import annotations

import pytest

# (sentence, the body's name, the run-on name that must not be found)
ROWS = [
    ("The pact was welcomed, said a release by Arcadia's Ministry of Information Thursday.",
     "Ministry of Information", "Ministry of Information Thursday"),
    ("The minister reviewed the Ruritanian Ministry of Interior's plans to buy drones.",
     "Ruritanian Ministry of Interior", "Ruritanian Ministry of Interior's"),
    ("The UK will build a base at the Borduria Defence Force’s (BDF) port.", "Borduria Defence Force",
     "Borduria Defence Force’s"),
    ("The deal was signed by the head of the Supreme Committee for Combating Drugs Dr. Selim Varga.",
     "Supreme Committee for Combating Drugs", "Supreme Committee for Combating Drugs Dr"),
    ("The drills show resolve, Spokesman for the Arcadian Ministry of National Defense Tomas Welkor said.",
     "Arcadian Ministry of National Defense", "Arcadian Ministry of National Defense Tomas Welkor"),
    ("The delegation was headed by the head of the State Committee for National Security of the Kyrgyz Republic "
     "Kamchybek Tashiev.", "State Committee for National Security of the Kyrgyz Republic",
     "State Committee for National Security of the Kyrgyz Republic Kamchybek Tashiev"),
    ("The new president of the Association of Caribbean Commissioners of Police Orlen Bastide praised the talks. "
     "Bastide said the region must share data.", "Association of Caribbean Commissioners of Police",
     "Association of Caribbean Commissioners of Police Orlen Bastide"),
]


@pytest.mark.parametrize(("sentence", "body", "run_on"), ROWS)
def test_a_bodys_name_stops_at_the_boundary(extract, sentence, body, run_on):
    x, _ = extract(sentence)
    names = {o.name for o in x.organizations}
    assert body in names and run_on not in names


def test_the_acronym_after_a_possessive_is_the_bodys(extract):
    x, _ = extract("The UK will build a base at the Borduria Defence Force’s (BDF) port.")
    assert "BDF" in {o.name: o for o in x.organizations}["Borduria Defence Force"].aliases


def test_the_holders_role_points_at_the_renamed_body(extract):
    x, _ = extract("The drills show resolve, Spokesman for the Arcadian Ministry of National Defense Tomas Welkor "
                   "said.")
    body = next(o for o in x.organizations if o.name == "Arcadian Ministry of National Defense")
    person = next(p for p in x.persons if p.name == "Tomas Welkor")
    assert any(r.organization == body.key for r in person.roles)


# (sentence, a name that must be found whole)
KEPT = [
    # a person after "of" is the complement, not a run-on
    ("The statement came from the office of Prime Minister Tomas Welkor on Monday.", None),
    # a month followed by the body's head is part of its name; the common nouns of a complement are no person's
    ("The Council for Trade Promotion said trade promotion was its aim.", "Council for Trade Promotion"),
    ("Zhao Wen, chairman of the Chinese People's Political Consultative Conference, met the Conference's guests.",
     "Chinese People's Political Consultative Conference"),
]


@pytest.mark.parametrize(("sentence", "body"), KEPT)
def test_no_boundary_inside_a_whole_name(extract, sentence, body):
    x, _ = extract(sentence)
    names = {o.name for o in x.organizations}
    if body:
        assert body in names
    assert not any(n.endswith(("Council for Trade", "Political")) for n in names)
