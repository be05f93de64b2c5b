"""Which words of a report count as mentions of a state (kg/extract/context.py): a table of (sentence, states)."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import context
from kg.sources import Document

ROWS = [
    # a sea, ocean, gulf or strait named after a state is water, not the state
    ("Manila protested China’s conduct in the South China Sea on Monday.", ["CN", "PH"]),  # a capital counts
    ("Patrols in the South China Sea and the East China Sea were discussed by Japan.", ["JP"]),
    ("India and Sri Lanka discussed security in the Indian Ocean.", ["IN", "LK"]),
    ("Coast guards from Cuba met in the Gulf of Mexico.", ["CU"]),
    ("Drills in the Sea of Japan and the Philippine Sea worried Russia.", ["RU"]),
    # the state itself, its adjective and its possessive still count
    ("Chinese vessels entered waters claimed by the Philippines.", ["CN", "PH"]),
    ("Mexico's navy and the Indian Navy held talks.", ["MX", "IN"]),
]


@pytest.mark.parametrize("text, states", ROWS)
def test_country_mentions(text, states):
    doc = Document(id="t", text=text, title="", url="", publisher="", published=dt.date(2025, 1, 1), author="",
                   path="t.txt")
    ctx = context.build(doc)
    assert sorted({m.key for m in ctx.country_mentions}) == sorted(states)


# hyphen-pair and combining-form (kg/extract/reference.py): a pair joined by a hyphen or en dash names both states;
# the second side counts among the report's states, and is no single state for a post, speaker or body beside it.
# (text, every state mentioned, the states a neighbouring post may take)
PAIRS = [
    ("India-Japan talks opened in Tokyo.", ["IN", "JP"], ["IN", "JP"]),          # Tokyo is Japan's
    ("The Saudi-Bahraini coordination council met.", ["BH", "SA"], ["SA"]),
    ("Troops patrol the Kazakhstan–Uzbekistan border.", ["KZ", "UZ"], ["KZ"]),
    ("The India-Japan-Australia trilateral met.", ["AU", "IN", "JP"], ["IN"]),   # a chain reads each side
    ("A growing Sino-US rivalry and Indo-Pak tension worry the region.", ["CN", "IN", "PK", "US"], ["CN", "IN"]),
    ("The Franco-German council said so.", ["DE", "FR"], ["FR"]),
    # hyphenated names stay whole; a compound whose other half is no state reads no state
    ("Guinea-Bissau, Timor-Leste and Bosnia-Herzegovina sent envoys to Congo-Brazzaville.", ["BA", "CG", "GW", "TL"],
     ["BA", "CG", "GW", "TL"]),
    ("A free and open Indo-Pacific and Afro-Asian solidarity were discussed.", [], []),
    ("Historians of the Austro-Hungarian empire met pro-Russian and one-China activists.", [], []),
]


@pytest.mark.parametrize("text, states, single", PAIRS)
def test_hyphen_pairs(text, states, single):
    doc = Document(id="t", text=text, title="", url="", publisher="", published=dt.date(2025, 1, 1), author="",
                   path="t.txt")
    ctx = context.build(doc)
    assert sorted({m.key for m in ctx.country_mentions + ctx.paired_mentions}) == sorted(states)
    assert sorted(ctx.country_counts) == sorted(states)
    assert sorted({m.key for m in ctx.country_mentions}) == sorted(single)


# the parties of a deal named by a pair are both states, however often the report names a third
# (text, a word of the agreement, its parties as a set)
PAIR_PARTIES = [
    ("Syria and Israel held talks in London. Syria wants Israel to withdraw, Syria said. Israel's draft is based on "
     "the Egyptian-Israeli peace treaty of 1979.", "peace treaty", {"EG", "IL"}),
]


@pytest.mark.parametrize(("text", "word", "parties"), PAIR_PARTIES)
def test_pair_parties(extract, text, word, parties):
    x, _ = extract(text)
    assert any(word in a.description and set(a.parties) == parties for a in x.agreements), \
        [(a.description, a.parties) for a in x.agreements]


def test_pair_is_no_post_state(extract):
    """A post after a pair keeps the state the sentence gives its holder, not the pair's second side."""
    x, _ = extract("Troops guard the Thai-Malaysian border, Colonel Somchai Wong, a spokesman for Thailand's army, "
                   "told reporters on Monday.")
    person = next(p for p in x.persons if p.name == "Somchai Wong")
    assert all(r.country == "TH" for r in person.roles), person.roles
