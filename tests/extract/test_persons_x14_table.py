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
