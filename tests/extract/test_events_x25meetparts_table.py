"""x25meetparts: the host named in a passive reception joins the guest's occasion.

kg/extract/event_triggers.py veto "welcome-a-thing" no longer takes "was welcomed by A" for an approval; events' veto
"welcomed-by-a-thing" keeps the passive to a person received (a name or a pronoun its subject); reading's row
"clause-he-of-he" reads the "he" of ", where he was welcomed by A" after a sentence opening "He ..." as the person the
last sentences were about; drafts' veto "venue-of-another-state" gives "at the Afghan Ministry of Interior" no dateline
city of another state, so the reception folds into the meeting it is part of.
Twins: "a move welcomed by B", "The decision was welcomed by B" receive no one."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_support import participants

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

# (why, text, expected occasions as (kind, participants, place))
ROWS = [
    ("welcomed-by-after-pronoun",
     "Kenyan Interior Minister Kipchumba Murkomen arrived in Kampala on Monday. Upon his arrival, he was warmly "
     "welcomed by Ugandan Minister Kahinda Otafiire.",
     [("meeting", ["Kahinda Otafiire", "Kipchumba Murkomen"], "Kampala")]),
    ("where-he-was-welcomed-joins-the-visit",
     "The pact was signed during Kenyan President William Ruto's state visit to Kampala, where he was welcomed by "
     "Ugandan President Yoweri Museveni.",
     [("meeting", ["William Ruto", "Yoweri Museveni"], "Kampala")]),
    ("named-guest-welcomed-by-counterpart",
     "Kenyan Interior Minister Kipchumba Murkomen arrived in Kampala on Monday. Upon his arrival, Minister Murkomen "
     "was welcomed by his Ugandan counterpart, Minister Kahinda Otafiire.",
     [("meeting", ["Kahinda Otafiire", "Kipchumba Murkomen"], "Kampala")]),
    ("clause-he-of-he",
     "Kenyan Interior Minister Kipchumba Murkomen travelled to Kampala on Monday. He also met Ugandan President "
     "Yoweri Museveni. He then visited the Ministry of Defence, where he was welcomed by Ugandan Defence Minister "
     "Jacob Oboth.",
     [("meeting", ["Kipchumba Murkomen", "Yoweri Museveni"], "Kampala"),
      ("meeting", ["Jacob Oboth", "Kipchumba Murkomen"], None)]),
    ("venue-of-another-state",
     "NAIROBI: Kenyan Interior Minister Kipchumba Murkomen held a meeting with his Ugandan counterpart, Kahinda "
     "Otafiire, in Kampala on Sunday. Upon Minister Murkomen's arrival at the Ugandan Ministry of Internal Affairs, he "
     "was warmly welcomed by Minister Otafiire.",
     [("meeting", ["Kahinda Otafiire", "Kipchumba Murkomen"], "Kampala")]),
    # twin: the guest of ", where he was welcomed by A" is the sentence's own subject, here a post naming nobody,
    # not the president named before it (veto "welcomed-by-unnamed-guest")
    ("welcomed-by-unnamed-guest",
     "Kenyan Interior Minister Kipchumba Murkomen met Ugandan President Yoweri Museveni in Kampala on Monday. The "
     "Kenyan Chief of Defence Forces arrived in Kampala early Saturday, where he was welcomed by Ugandan army chief "
     "General Muhoozi Kainerugaba.",
     [("meeting", ["Kipchumba Murkomen", "Yoweri Museveni"], "Kampala")]),
    # twins: a thing welcomed receives no one
    ("a-move-welcomed-by",
     "In March, Kenya labelled the group a banned organisation, a move welcomed by Ugandan President Yoweri Museveni.",
     []),
    ("a-decision-welcomed-by",
     "Kenyan Interior Minister Kipchumba Murkomen arrived in Kampala on Monday. The decision was welcomed by Ugandan "
     "President Yoweri Museveni.",
     [("visit", ["Kipchumba Murkomen"], "Kampala")]),
]


@pytest.mark.parametrize("why,text,expected", ROWS, ids=[r[0] for r in ROWS])
def test_welcomed_by_host_joins(extract, why, text, expected):
    x, _ = extract(text, published=PUBLISHED)
    got = sorted((e.kind, participants(x, e), e.place.name if e.place else None) for e in x.events)
    assert got == sorted(expected), [(participants(x, e), e.kind, e.support.rule) for e in x.events]
