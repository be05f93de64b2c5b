"""Round x19 (x19rolefound), person_posts._plural_title_list, rule `plural-title-list`: one plural post shared out
over a list of holders, each holder's state beside their name or the states listed in the same order. Sentences are
invented for this file."""

from __future__ import annotations

import pytest

# (text, {holder: (post, state)}) — every holder listed must get the post with their own state
SHARED = [
    ("The Nordic defence ministers Anna Berglund (Sweden), Olli Rantanen (Finland) and Kari Haugen (Norway) met in "
     "Oslo on Monday.",
     {"Anna Berglund": ("Defence Minister", "SE"), "Olli Rantanen": ("Defence Minister", "FI"),
      "Kari Haugen": ("Defence Minister", "NO")}),
    ("The interior ministers, Tomas Novak of the Czech Republic, Peter Horvath of Slovakia and Anna Kowal of Poland, "
     "signed the plan.",
     {"Tomas Novak": ("Interior Minister", "CZ"), "Peter Horvath": ("Interior Minister", "SK"),
      "Anna Kowal": ("Interior Minister", "PL")}),
    ("Talks between the Foreign Ministers of Chile, Peru and Bolivia Marta Rojas, Luis Quispe and Ana Mamani ended "
     "late.",
     {"Marta Rojas": ("Foreign Minister", "CL"), "Luis Quispe": ("Foreign Minister", "PE"),
      "Ana Mamani": ("Foreign Minister", "BO")}),
    ("Defense Ministers of Estonia and Georgia Mart Tamm and Giorgi Beridze held a private meeting.",
     {"Mart Tamm": ("Defence Minister", "EE"), "Giorgi Beridze": ("Defence Minister", "GE")}),
]

# the list does not share the post out: the states do not pair off, or a holder has no state
UNSHARED = [
    ("The Foreign Ministers of Chile and Peru Marta Rojas, Luis Quispe and Ana Mamani met.", "Ana Mamani"),
    ("The defence ministers Anna Berglund, Olli Rantanen and Kari Haugen met in Oslo.", "Kari Haugen"),
]


@pytest.mark.parametrize(("text", "holders"), SHARED)
def test_a_plural_post_is_shared_out_over_the_list(extract, text, holders):
    x, _ = extract(text)
    roles = {p.name: [(r.title, r.country) for r in p.roles] for p in x.persons}
    for name, (post, state) in holders.items():
        assert (post, state) in roles.get(name, []), roles


@pytest.mark.parametrize(("text", "name"), UNSHARED)
def test_no_post_without_a_state_for_the_holder(extract, text, name):
    x, _ = extract(text)
    assert any(p.name == name for p in x.persons) is False or all(
        r.country is not None for p in x.persons if p.name == name for r in p.roles)


# the states after the list, "respectively": the last holder's "of X" opens the states' list, not their own state;
# a definite bare plural takes its field from the plural post named before it
IN_ORDER = [
    ("Presidents Juan Mora, Rosa Vega, and Pedro Lara of Panama, Costa Rica and Belize, respectively, met in Colon.",
     {"Juan Mora": ("President", "PA"), "Rosa Vega": ("President", "CR"), "Pedro Lara": ("President", "BZ")}),
    ("The defence ministers of Chile, Peru and Bolivia met on Monday. The pact was signed by the ministers Marta Rojas "
     "of Chile, Luis Quispe of Peru and Ana Mamani of Bolivia.",
     {"Marta Rojas": ("Defence Minister", "CL"), "Ana Mamani": ("Defence Minister", "BO")}),
]


@pytest.mark.parametrize(("text", "holders"), IN_ORDER)
def test_states_in_order_and_the_antecedent(extract, text, holders):
    x, _ = extract(text)
    roles = {p.name: [(r.title, r.country) for r in p.roles] for p in x.persons}
    for name, (post, state) in holders.items():
        assert roles.get(name) == [(post, state)], roles


# a lone surname in the list keeps it going; a lower-case remit after the plural post is part of the post
WIDER = [
    ("The deal was signed by defence ministers Okello, Mary Atieno of Kenya and John Mwamba of Zambia.",
     {"Mary Atieno": ("Defence Minister", "KE"), "John Mwamba": ("Defence Minister", "ZM")}),
    ("The ministers of internal security, Paul Nkusi of Rwanda, Grace Achieng of Kenya and Tom Banda of Malawi, "
     "signed the accord.",
     {"Paul Nkusi": ("Minister of Internal Security", "RW"), "Tom Banda": ("Minister of Internal Security", "MW")}),
]


@pytest.mark.parametrize(("text", "holders"), WIDER)
def test_a_surname_or_a_remit_in_the_list(extract, text, holders):
    x, _ = extract(text)
    roles = {p.name: [(r.title, r.country) for r in p.roles] for p in x.persons}
    for name, (post, state) in holders.items():
        assert (post, state) in roles.get(name, []), roles
