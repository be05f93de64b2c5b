"""kg/extract/participants/lists.py rule "comitative-member" (x23alongwith): a companion named in a phrase of company
between the subject and its verb ("A, accompanied by B, met C", "A along with a delegation including B called on C",
"A together with B met C", "A and his delegation, including B, met C") goes with the subject: A, the one accompanied,
and B both take part. The studied golds keep the one accompanied (4 of 4) and the named companions (2 of 2).
Twins: a clause after "along with" names no party; a companion left unnamed adds no one and loses no one."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, expected occasions as participants, in any order)
ROWS = [
    ("along-with-delegation-including",
     "Defence Secretary Air Vice Marshal Sampath Perera (Retd) along with a delegation including Navy Commander Vice "
     "Admiral Priyantha Banagoda called on Minister for Defence Khawaja Asif here on Monday.",
     [["Khawaja Asif", "Priyantha Banagoda", "Sampath Perera"]]),
    ("accompanied-by-a-long-title",
     "Iraq's Minister of Defense Irfan al-Hayali, accompanied by Iraq's ambassador to Jordan Safyah al-Sahil, met "
     "with Jordan's army chief Mahmoud Farihat in Amman on Sunday.",
     [["Irfan al-Hayali", "Mahmoud Farihat", "Safyah al-Sahil"]]),
    ("together-with",
     "Ghana's Defence Minister Dominic Nitiwul together with Chief of Army Staff Thomas Oppong-Peprah met Mali's "
     "Defence Minister Sadio Camara in Bamako on Tuesday.",
     [["Dominic Nitiwul", "Sadio Camara", "Thomas Oppong-Peprah"]]),
    ("and-his-delegation-including",
     "Ghana's Defence Minister Dominic Nitiwul and his delegation, including Chief of Army Staff Thomas "
     "Oppong-Peprah, met Mali's Defence Minister Sadio Camara in Bamako on Tuesday.",
     [["Dominic Nitiwul", "Sadio Camara", "Thomas Oppong-Peprah"]]),
    # twins
    ("a-clause-names-no-companion",
     "Ghana's Defence Minister Dominic Nitiwul, along with plans that Thomas Oppong-Peprah drew up, met Mali's "
     "Defence Minister Sadio Camara in Bamako on Tuesday.",
     [["Dominic Nitiwul", "Sadio Camara"]]),
    ("unnamed-companions",
     "Ghana's Defence Minister Dominic Nitiwul, along with a high-level delegation, met Mali's Defence Minister Sadio "
     "Camara in Bamako on Tuesday.",
     [["Dominic Nitiwul", "Sadio Camara"]]),
]


@pytest.mark.parametrize("why,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_comitative_member_takes_part(extract, why, text, expected):
    x, _ = extract(text, published=PUBLISHED)
    got = sorted(participants(x, e) for e in x.events)
    assert got == sorted(expected), [(participants(x, e), e.kind, e.support.rule) for e in x.events]
