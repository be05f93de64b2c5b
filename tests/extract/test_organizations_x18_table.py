"""Organisations, eighteenth round (x18orgfrag): a name is the whole capitalised span (of-complement). A body's name
read up to its head goes on over an "of/for" complement of capitalised words; a body named with the body it belongs
to in its complement is a body of its own (the parent stays one too); a table's international body followed by "of"
and a state is that state's body or the state itself, not the table's.
Rows: (text, the whole name found, a cut or wrong name that must not stand as a body of its own)."""

from __future__ import annotations

import pytest

WHOLE_ROWS = [
    # of-complement (head-shape): the complement closes the name; the head alone is a cut name
    ("Villagers fled the Popular Forces for the Defence of Kivu after the raid.",
     "Popular Forces for the Defence of Kivu", "Popular Forces"),
    ("The order was announced by the Tajik Cabinet of Ministers on Friday.",
     "Tajik Cabinet of Ministers", "Tajik Cabinet"),
    ("Drones are flown by the Aerospace Support Force of the Northern Liberation Army (NLA).",
     "Aerospace Support Force of the Northern Liberation Army", "Aerospace Support Force"),
    ("The African Mission for Recovery of Darfur sent a patrol.",
     "African Mission for Recovery of Darfur", "African Mission"),
    # service words say whose by a state: "of the Kingdom of Bahrain" closes the name, a two-word state stays whole
    ("Major General Saleh met the Chief of Staff of the Armed Forces of the Kingdom of Saudi Arabia in Riyadh.",
     "Armed Forces of the Kingdom of Saudi Arabia", "Armed Forces of the Kingdom of Saudi"),
    # a body named with its parent in the complement (of-shape over a table body): both are bodies
    ("Envoys met at the offices of the Permanent Secretariat of the Gulf Cooperation Council (GCC) in Riyadh.",
     "Permanent Secretariat of the Gulf Cooperation Council", "Permanent Secretariat"),
    ("Staff of the Technical Secretariat of LCBC briefed the ministers.",
     "Technical Secretariat of LCBC", "Technical Secretariat"),
    # a table's international body followed by a state: that state's council, not the UN's
    ("He received the Secretary of the Security Council of the Republic of Kazakhstan on Monday.",
     "Security Council of the Republic of Kazakhstan", "UN Security Council"),
]

# the parent named in the complement stays a body, and its initials in brackets stay its own
PARENT_ROWS = [
    ("Envoys met at the offices of the Permanent Secretariat of the Gulf Cooperation Council (GCC) in Riyadh.",
     "Gulf Cooperation Council", "GCC"),
    ("Drones are flown by the Aerospace Support Force of the Northern Liberation Army (NLA).",
     "Northern Liberation Army", "NLA"),
]

# what the complement is not: a date, an operation, service words of another body's, a state's formal name
NOT_ROWS = [
    ("The Indian Navy for Operation Calm Seas sent two frigates.", "Indian Navy for Operation Calm Seas"),
    ("The Kenya Army on Monday said two soldiers died.", "Kenya Army on Monday"),
    ("He met the Chief of Defence Forces of the Royal Malaysian Armed Forces, General Hafiz, in Hanoi.",
     "Defence Forces of the Royal Malaysian Armed Forces"),
    ("He spoke for the Commonwealth of Australia at the signing.", "Commonwealth"),
    # a name read past a table body must be the whole span: it goes on with "for Haiti" here, so nothing
    ("Staff from the Office of the UN Special Envoy for Haiti hosted the talks.", "Office of the UN Special Envoy"),
]


@pytest.mark.parametrize(("text", "whole", "cut"), WHOLE_ROWS)
def test_the_whole_span_is_the_name(extract, text, whole, cut):
    x, _ = extract(text)
    names = {o.name for o in x.organizations}
    assert whole in names, names
    assert cut not in names, names


@pytest.mark.parametrize(("text", "parent", "initials"), PARENT_ROWS)
def test_the_parent_keeps_its_initials(extract, text, parent, initials):
    x, _ = extract(text)
    by_name = {o.name: o for o in x.organizations}
    assert parent in by_name, by_name
    assert initials in by_name[parent].aliases
    assert all(initials not in o.aliases for o in x.organizations if o.name != parent)


@pytest.mark.parametrize(("text", "wrong"), NOT_ROWS)
def test_no_complement(extract, text, wrong):
    x, _ = extract(text)
    assert wrong not in {o.name for o in x.organizations}


def test_a_state_service_keeps_its_state(extract):
    x, _ = extract("He met the Chief of Defence Forces of the Royal Malaysian Armed Forces, General Hafiz, in Hanoi.")
    assert "Royal Malaysian Armed Forces" in {o.name for o in x.organizations}
