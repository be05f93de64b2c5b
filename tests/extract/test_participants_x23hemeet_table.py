"""kg/extract/participants/ row "speaker-himself-adjunct" (x23hemeet): "X said Tuesday that he will meet Y" — a time or
a medium between the speech verb and its clause ("said on Monday", "told reporters on Tuesday", "said in a statement")
leaves the pronoun the speaker, who takes part beside Y; a name or a clause of its own there is someone else's."""

from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2026, 3, 12)  # a Thursday

ROWS = [
    # (why, text, the participants one meeting must hold (as a set))
    ("said-weekday-that-he",
     "Japanese Defense Minister Minoru Kihara said Tuesday that he will meet with his Australian counterpart Richard "
     "Marles in Tokyo on Thursday.",
     {"Minoru Kihara", "Richard Marles"}),
    ("said-on-weekday-he",
     "Kenyan President William Ruto said on Monday he had met Ugandan President Yoweri Museveni.",
     {"William Ruto", "Yoweri Museveni"}),
    ("said-in-a-statement-that-she",
     "Kenyan Foreign Minister Alice Njeri said in a statement that she would hold talks with Ugandan Foreign Minister "
     "Robert Ssali next week.",
     {"Alice Njeri", "Robert Ssali"}),
    ("said-earlier-this-week-to-meet",
     "Kenyan President William Ruto said earlier this week that he would travel to Kampala to meet President Yoweri "
     "Museveni.",
     {"William Ruto", "Yoweri Museveni"}),
]

# (why, text, names that no meeting may hold together)
NOT_ROWS = [
    ("a-named-third-party-between",
     "Kenyan President William Ruto said Tuesday that Foreign Minister Alice Njeri told him she would meet Ugandan "
     "President Yoweri Museveni.",
     [{"William Ruto", "Yoweri Museveni"}]),
    ("another-clause-between",
     "Kenyan President William Ruto said Tuesday that the envoy whom officials praised would meet Ugandan President "
     "Yoweri Museveni.",
     [{"William Ruto", "Yoweri Museveni"}]),
]


def _names(x, e):
    names = {p.key: p.name for p in x.persons}
    return {names.get(k, k) for k in e.participants}


@pytest.mark.parametrize("why,text,want", ROWS, ids=[r[0] for r in ROWS])
def test_speaker_himself_adjunct(extract, why, text, want):
    x, _ = extract(text, published=PUBLISHED)
    got = [(_names(x, e), e.kind, e.support.rule) for e in x.events]
    assert any(want <= names for names, kind, _ in got if kind != "visit"), got


@pytest.mark.parametrize("why,text,pairs", NOT_ROWS, ids=[r[0] for r in NOT_ROWS])
def test_speaker_himself_adjunct_not(extract, why, text, pairs):
    x, _ = extract(text, published=PUBLISHED)
    got = [_names(x, e) for e in x.events if e.kind != "visit"]
    assert not any(pair <= names for pair in pairs for names in got), got
