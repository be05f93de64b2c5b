"""Round x25 (x25rolestate): a person given the other side's state.

`called-on-host` (person_states.called_on_host_states): the one a visitor calls on is the host, so a person whose state
is only the home-state fallback, called on by someone whose own post names that same state (or by a subject that names
it, not as a place), takes the report's other main state; "called on X to <act>" (`called-on-exhortation`) asks
something of X and is no courtesy call.
Sentences are invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

_BD_IN = " The Bangladesh Navy chief also toured naval bases. Bangladesh and India agreed to hold joint exercises. " \
         "India will host the next round."
_BD_PK = " Bangladesh and Pakistan agreed to expand training. Pakistan will host the next round of staff talks."

# (rule, text, person, the person's state; None when no state is better than a wrong one)
ROWS = [
    ("called-on-host",
     "Chief of the Bangladesh Navy Admiral Rahim Uddin called on Defence Minister Arvind Mehra on Monday." + _BD_IN,
     "Arvind Mehra", "IN"),
    ("called-on-host",  # the caller's state named in the subject, the caller himself unqualified
     "Principal Staff Officer of the Armed Forces Division of Bangladesh, Lieutenant General Karim Hossain, called on "
     "the Chief of the Naval Staff, Admiral Tariq Mahmood on Friday." + _BD_PK,
     "Tariq Mahmood", "PK"),
    ("called-on-host",  # a list of those called on
     "Chief of the Bangladesh Navy Admiral Rahim Uddin paid courtesy calls on Defence Minister Arvind Mehra and "
     "Foreign Secretary Vikram Rao on Monday." + _BD_IN,
     "Vikram Rao", "IN"),
    ("called-on-exhortation",
     "Chief of the Bangladesh Navy Admiral Rahim Uddin called on Defence Minister Arvind Mehra to release the "
     "detained fishermen." + _BD_IN,
     "Arvind Mehra", "BD"),
]


@pytest.mark.parametrize(("rule", "text", "name", "state"), ROWS)
def test_other_sides_state(rule, text, name, state):
    doc = Document(id="t", text=text, path="t.txt", published=dt.date(2026, 3, 12), publisher="Daily Bulletin")
    x = RuleExtractor().extract(doc)
    person = next(p for p in x.persons if p.name == name)
    assert person.country == state, rule
    assert {r.country for r in person.roles} == {state}
