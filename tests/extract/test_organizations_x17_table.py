"""Organisations, seventeenth round (x17orgs2): a commission, committee, council, office or forum keeps its remit after
"on" in its name (on-complement), and its short form before "on" names the same body (on-complement short form); a
state pair before an acronym-defined name opens it (pair-late).
Rows: (text, the full name found, a cut name that must not stand as a body of its own)."""

from __future__ import annotations

import pytest

REMIT_ROWS = [
    # on-complement: the remit after "on" closes the body's name
    ("The fourth session of the Joint Standing Commission on Defence and Security opened in Lusaka.",
     "Joint Standing Commission on Defence and Security", "Joint Standing Commission"),
    ("Delegates met under the Regional Advisory Committee on Maritime Questions in Accra.",
     "Regional Advisory Committee on Maritime Questions", "Regional Advisory Committee"),
    # an event word after the remit is the body's meeting, not its name
    ("Ministers attended the 5th Bilateral Joint Commission on Border Security Session in Maputo.",
     "Bilateral Joint Commission on Border Security", "Bilateral Joint Commission on Border Security Session"),
    # on-complement short form: the name before "on" later in the report is the same body
    ("The Joint Standing Commission on Defence and Security met in Lusaka. The Joint Standing Commission will meet "
     "again next year.", "Joint Standing Commission on Defence and Security", "Joint Standing Commission"),
]

# pair-late: a state pair before the words an acronym in brackets spells opens the body's name
PAIR_ROWS = [
    ("Officers of the Laos-Vietnam Provincial Border Committee (PBC) met in Vinh.",
     "Laos-Vietnam Provincial Border Committee", "Provincial Border Committee"),
    ("The Ghana-Togo Joint Technical Commission (JTC) reviewed the crossings.",
     "Ghana-Togo Joint Technical Commission", "Joint Technical Commission"),
]

# a date after "on" is when the body acted, not its remit
DATE_ROWS = [
    ("The Security Council on Monday extended the mission.", "Security Council on Monday"),
    ("The Joint Border Committee on Tuesday agreed to reopen two crossings.", "Joint Border Committee on Tuesday"),
]


@pytest.mark.parametrize(("text", "full", "cut"), REMIT_ROWS)
def test_remit_closes_the_name(extract, text, full, cut):
    x, _ = extract(text)
    names = {o.name for o in x.organizations}
    assert full in names, names
    assert cut not in names, names


def test_short_form_spells_the_initials(extract):
    x, _ = extract("Envoys met at the Regional Advisory Committee on Maritime Questions, known as RACMQ's sister body "
                   "RAC, in Accra. RAC members agreed.")
    names = {o.name for o in x.organizations}
    assert "RAC" not in names, names


@pytest.mark.parametrize(("text", "wrong"), DATE_ROWS)
def test_a_date_is_no_remit(extract, text, wrong):
    x, _ = extract(text)
    assert wrong not in {o.name for o in x.organizations}


@pytest.mark.parametrize(("text", "full", "cut"), PAIR_ROWS)
def test_state_pair_opens_an_acronym_name(extract, text, full, cut):
    x, _ = extract(text)
    names = {o.name for o in x.organizations}
    assert full in names, names
    assert cut not in names, names
