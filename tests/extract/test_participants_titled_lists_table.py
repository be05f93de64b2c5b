"""kg/extract/participants/ (titled_list_gap) and events._list_semicolon: a list of people each named with a post,
its members separated by commas or semicolons, all take part in the occasion the list is the subject or object of.
The twins below keep a clause (a verb, "said", "who") between two people: the second is no member of the list."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, participants of the one meeting expected)
LIST_ROWS = [
    ("semicolon-list-subject",
     "At the border on Monday, the Minister of Defence of Peru, Hugo Quispe; the Vice Minister of Security of "
     "Chile, Rosa Vidal; and the Governor of Arica, Pedro Soto, took part in a working meeting on smuggling.",
     ["Hugo Quispe", "Pedro Soto", "Rosa Vidal"]),
    ("comma-list-with-lowercase-post",
     "A joint sitting of the interior ministries of Kenya and Uganda was held in Busia. Interior Minister of Kenya "
     "John Otieno, Interior Minister of Uganda Grace Akello, Governor of Busia region Paul Wafula took part in the "
     "sitting.", ["Grace Akello", "John Otieno", "Paul Wafula"]),
    ("name-then-post-semicolons",
     "Kenyan Foreign Minister John Otieno; Peter Kamau, High Commissioner of Kenya to Uganda; and Grace Akello, "
     "Foreign Minister of Uganda, signed the protocol in Kampala on Monday.",
     ["Grace Akello", "John Otieno", "Peter Kamau"]),
    ("object-list-semicolons",
     "Chilean President Rosa Vidal received the Minister of Defence of Peru, Hugo Quispe; the Interior Minister of "
     "Peru, Ana Flores; and the Peruvian ambassador in Santiago on Tuesday.",
     ["Ana Flores", "Hugo Quispe", "Rosa Vidal"]),
]


@pytest.mark.parametrize("why,text,people", LIST_ROWS, ids=[r[0] for r in LIST_ROWS])
def test_titled_list_takes_part(extract, why, text, people):
    x, _ = extract(text, published=PUBLISHED)
    assert people in [participants(x, e) for e in x.events], [(participants(x, e), e.support.rule) for e in x.events]


# A clause between the people: the semicolon ends one clause and opens another; the second person is not listed.
NO_LIST_ROWS = [
    ("semicolon-between-clauses",
     "Chilean President Rosa Vidal received Peruvian Defence Minister Hugo Quispe on Tuesday; Interior Minister Ana "
     "Flores said the border would stay open.", "Ana Flores"),
    ("speech-after-comma",
     "Chilean President Rosa Vidal received Peruvian Defence Minister Hugo Quispe, Interior Minister Ana Flores "
     "said on Tuesday.", "Ana Flores"),
]


@pytest.mark.parametrize("why,text,outsider", NO_LIST_ROWS, ids=[r[0] for r in NO_LIST_ROWS])
def test_a_clause_ends_the_list(extract, why, text, outsider):
    x, _ = extract(text, published=PUBLISHED)
    assert x.events, "the reception itself is still reported"
    assert not any(outsider in participants(x, e) for e in x.events), [participants(x, e) for e in x.events]


@pytest.mark.parametrize("gap,ok", [
    (", Governor of Zhambyl region ", True),
    ("; the Vice Minister of Defence Policies of Peru, ", True),
    (", NSA of Maldives; ", True),
    ("; Interior Minister ", True),
    (" on Tuesday; Interior Minister ", False),   # a lowercase word outside a post
    (", who met ", False),
    (" and ", False),                              # no comma or semicolon: the older coordination rules decide
    (", Kenya's Foreign Ministry said; ", False),
])
def test_titled_list_gap(gap, ok):
    from kg.extract.participants import titled_list_gap
    assert titled_list_gap(gap) is ok
