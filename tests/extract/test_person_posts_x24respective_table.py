"""Round x24 (x24respective, person_posts._plural_title_list, `demonyms-in-order`): states written as adjectives
before a plural post ("Azerbaijani and Georgian Defense ministers A and B", "the Slovenian and Croatian Interior
Ministers, A and B") are shared out over its holders in order; before, every holder took the first. Sentences are
invented for this file."""

from __future__ import annotations

import pytest

# (text, {holder: state})
ROWS = [
    ("Kenyan and Ugandan Defence ministers Aden Duale and Jacob Oboth signed a cooperation plan on Monday.",
     {"Aden Duale": "KE", "Jacob Oboth": "UG"}),
    ("The talks were backed by the Slovenian and Croatian Interior Ministers, Marko Novak and Ivan Horvat, in Brussels.",
     {"Marko Novak": "SI", "Ivan Horvat": "HR"}),
    ("Kazakh, Kyrgyz and Tajik defence ministers Ruslan Zhaksylykov, Baktybek Bekbolotov and Sherali Mirzo met in "
     "Astana.", {"Ruslan Zhaksylykov": "KZ", "Baktybek Bekbolotov": "KG", "Sherali Mirzo": "TJ"}),
]


@pytest.mark.parametrize(("text", "states"), ROWS)
def test_demonyms_before_a_plural_post_go_in_order(extract, text, states):
    x, _ = extract(text)
    got = {p.name: p.country for p in x.persons}
    for name, state in states.items():
        assert got.get(name) == state, got
        person = next(p for p in x.persons if p.name == name)
        assert {r.country for r in person.roles} == {state}, person.roles
