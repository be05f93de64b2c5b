"""Round x24 (x24orghome, context.outlet_state, `outlet-home-body`): a national outlet names its own state's bodies
bare; with no dateline of the report's own states, a body named with no state takes the state the outlet's name
carries when that is one of the report's two main states, not the state named first. People's posts keep the old
fallback (the same rule for posts moved a judge set's meetings). Sentences are invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

TEXT = ("Defense officials held talks with Vietnamese officials on maritime security on Monday. The Department of "
        "National Defense said the talks would continue. Vietnam and the Philippines agreed to set up a hotline. "
        "The Philippines will host the next round.")

# (publisher, the state of the Department of National Defense)
ROWS = [
    ("Philippine News Agency", "PH"),   # the outlet's state, one of the two main states
    ("Daily Bulletin", "VN"),           # no state in the outlet's name: the state named first, as before
    ("Japan Times", "VN"),              # a third state is no side of the report
]


@pytest.mark.parametrize(("publisher", "state"), ROWS)
def test_a_bare_body_takes_the_outlets_state(publisher, state):
    doc = Document(id="t", text=TEXT, path="t.txt", published=dt.date(2026, 3, 12), publisher=publisher)
    x = RuleExtractor().extract(doc)
    assert next(o.country for o in x.organizations if o.name == "Department of National Defense") == state
