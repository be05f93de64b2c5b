"""kg/extract/events/ rule "lone-into-pair" (x21eventdup, events._fold_lone_into_pair): talks or a meeting naming one of
its people only folds into the one occasion of several people that holds that person, when no place, date or bearing
keeps them apart. Twins: a visit stays beside its meeting (the golds keep them apart about as often as not); a lone
person held by two occasions stays (which one it is goes unsaid); another day keeps two meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2022, 12, 22)  # a Thursday

# (why, text, the meetings expected: sorted (participants, place))
ROWS = [
    # the lone talks lack their subject ("led a delegation to X for talks with B"); a later sentence names both
    ("talks-for-then-met",
     "Ghana's national security minister Albert Kan-Dapaah on Wednesday led a delegation to Burkina Faso for talks "
     "with the junta leader, Ibrahim Traore. On Wednesday, Kan-Dapaah arrived in Ouagadougou, carrying a message. "
     "The minister told the media after meeting with Traore that the two countries have reviewed their cooperation.",
     [(["Albert Kan-Dapaah", "Ibrahim Traore"], "Ouagadougou")]),
    # the bank's shape: the pair meeting comes from a later sentence whose subject is a post ("The National Security
    # Minister ... after meeting with Traore"), the lone talks from the trip's sentence; without the fold both stay
    ("talks-for-then-post-met",
     "Ghana's national security minister Albert Kan-Dapaah on Wednesday led a high-powered delegation to Burkina Faso "
     "for talks with the leader of the military junta, Ibrahim Traore.\n\nOn Wednesday, Kan-Dapaah arrived in the "
     "Burkinabe capital, carrying a message.\n\nThe National Security Minister told the media after meeting with "
     "Traore that the two countries have reviewed the strong cooperation.",
     [(["Albert Kan-Dapaah", "Ibrahim Traore"], "Ouagadougou")]),
    # twin: one day apart, two occasions
    ("other-day-apart",
     "Kan-Dapaah met Burkina Faso's junta leader Ibrahim Traore in Ouagadougou on Wednesday. Traore held talks in "
     "Ouagadougou on Monday.",
     None),
]


@pytest.mark.parametrize("why,text,want", ROWS, ids=[r[0] for r in ROWS])
def test_lone_into_pair(extract, why, text, want):
    x, _ = extract(text, published=PUBLISHED)
    got = sorted((participants(x, e), e.place.name if e.place else None) for e in x.events if e.kind != "call")
    if want is None:
        assert len(got) != 1 or len(got[0][0]) != 2, got
    else:
        assert got == want, got
