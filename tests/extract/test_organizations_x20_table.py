"""Organisations, twentieth round (x20orggeneric): one-force-per-state — a state's forces written generically in
lowercase ("the Norwegian military", "the Ghanaian army", "Zambian police") are the body the same report names properly
for that state and service, not a body of their own; the generic words become its alias.
Rows: (text, the body kept, the generic name that must not stand apart). Sentences invented."""

from __future__ import annotations

import pytest

FOLD_ROWS = [
    # the forces as a whole, named by demonym and "military", against the service's own name
    ("The Royal Norwegian Armed Forces hosted the drill in Bodo. Officers said the Norwegian military would send two "
     "ships.", "Royal Norwegian Armed Forces", "Norwegian military"),
    # the army and the forces as a whole are one actor
    ("The Ghana Armed Forces opened a new base near Tamale. The Ghanaian army said it would train 300 recruits.",
     "Ghana Armed Forces", "Ghanaian army"),
    # the demonym against the state's name, same service
    ("The Zambia Police Service arrested ten men on Monday. A week later the Zambian police said all were released.",
     "Zambia Police Service", "Zambian police"),
    # two generic forms: "forces" is the army named beside it
    ("Peruvian forces, working with the Peruvian army, raided the camp on Friday.", "Peruvian army", "Peruvian forces"),
]

# another service, another state, or a force that is no state's: no fold
APART_ROWS = [
    ("The Kenya Navy escorted the ferry while the Kenyan army, backed by police, cleared the road.",
     "Kenya Navy", "Kenyan army"),
    ("The Ghana Armed Forces and the Togolese army held joint patrols on the border.",
     "Ghana Armed Forces", "Togolese army"),
    ("Bangladeshi defence forces and the Bangladeshi coast guard will train together.",
     "Bangladeshi defence forces", "Bangladeshi coast guard"),
]


@pytest.mark.parametrize(("text", "kept", "generic"), FOLD_ROWS)
def test_generic_force_is_the_named_one(extract, text, kept, generic):
    x, _ = extract(text)
    by_name = {o.name: o for o in x.organizations}
    assert kept in by_name, list(by_name)
    assert generic not in by_name, list(by_name)
    assert generic in by_name[kept].aliases or generic.split()[-1] in " ".join(by_name[kept].aliases), by_name[kept]


@pytest.mark.parametrize(("text", "one", "other"), APART_ROWS)
def test_other_service_or_state_stays_apart(extract, text, one, other):
    x, _ = extract(text)
    names = {o.name for o in x.organizations}
    assert {one, other} <= names, names
