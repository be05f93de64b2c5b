"""Round x24 of the agreement descriptions (x24agdesc, description bounds): where a description read after its verb
ends. Sentences are invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.agreements.draft import DESCRIPTION_BOUNDS, _description

# _description(), as a string function: (the words after the verb, the description)
BOUNDS = [
    # phrase-end-cap: the cap waits for a phrase end a few words on, else cuts where it fell
    ("share " + "data and " * 14 + "curb illegal arms and drug trafficking.",
     "share " + "data and " * 14 + "curb illegal arms and drug trafficking"),
    ("share " + "data and " * 14 + "patrol the common border, and the two ministers also met the press.",
     "share " + "data and " * 14 + "patrol the common border"),
    ("share " + "data and " * 20 + "more.", "share" + " data and" * 14 + " data"),
    # one-line: a hard-wrapped source
    ("a roadmap for\nfuture cooperation in maritime security.", "a roadmap for future cooperation in maritime security"),
    ("joint  operations  against armed groups.", "joint operations against armed groups"),
]


@pytest.mark.parametrize(("rest", "expected"), BOUNDS)
def test_description_bounds(rest, expected):
    assert _description(rest) == expected


# phrase-end-cap: the cap does not reach over words the splitter would part off as one more agreement
CAP_STOPS = [
    ("share " + "data and " * 14 + "patrol as well as train police.", "share" + " data and" * 14 + " patrol"),
    ("share " + "data and " * 14 + "patrol and enhance mutual trust.", "share" + " data and" * 14 + " patrol"),
]


@pytest.mark.parametrize(("rest", "expected"), CAP_STOPS)
def test_cap_stops_before_more_items(rest, expected):
    assert _description(rest) == expected


def test_rows_named():
    assert [name for name, _ in DESCRIPTION_BOUNDS] == ["phrase-end-cap", "one-line"]
