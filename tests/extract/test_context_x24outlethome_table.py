"""Round x24 (x24outlethome, context.outlet_state, `outlet-home`): with no dateline of the report's own states, a
national outlet writes its own officials unqualified, so the state its name carries ("The Indian Express", "Pakistan
Today") is the report's home state when it is one of the two main states; an outlet whose name carries no state, or a
third state, leaves the state named first. Sentences are invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

TEXT = ("Chief of the Bangladesh Navy Admiral Rahim Uddin called on Defence Minister Arvind Mehra on Monday. "
        "The Bangladesh Navy chief also toured naval bases. Bangladesh and India agreed to hold joint exercises. "
        "India will host the next round.")

# (publisher, the unqualified minister's state)
ROWS = [
    ("The Indian Express", "IN"),    # the outlet's state, one of the two main states
    ("Daily Bulletin", "BD"),        # no state in the outlet's name: the state named first
    ("Japan Times", "BD"),           # a third state: not a side of the report
]


@pytest.mark.parametrize(("publisher", "state"), ROWS)
def test_an_outlets_own_state_is_home(publisher, state):
    doc = Document(id="t", text=TEXT, path="t.txt", published=dt.date(2026, 3, 12), publisher=publisher)
    x = RuleExtractor().extract(doc)
    assert next(p.country for p in x.persons if p.name == "Arvind Mehra") == state
