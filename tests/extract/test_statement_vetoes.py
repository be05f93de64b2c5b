"""Vetoes of kg.extract.statement_vetoes, one table per veto (sentences written for these tests). Each row: text
after INTRO, who must be credited (None: no statement), a word of what was said."""

from __future__ import annotations

import pytest

INTRO = "Foreign Minister Karin Holm of Portugal met Danish Foreign Minister Lars Berg in Lisbon on Monday. "


def _found(x, word):
    return [s for s in x.statements if word in s.text]


# Veto joint-courtesy: several parties restating the importance, need or commitment the meeting held dear is the
# readout's narration, not a statement; words of their own ("that ..."), a quotation, a joint document, or one
# speaker alone keep it a statement.
COURTESY = [
    ("Both ministers emphasised the importance of maritime cooperation amid global uncertainty.", None, "maritime"),
    ("The two sides stressed the need to convene the border committee before the summer.", None, "committee"),
    ("The two leaders reaffirmed their resolve to deepen ties in fisheries and shipping.", None, "fisheries"),
    ("They also underlined the importance of continued support for the coastal states of Africa.", None, "Africa"),
    ("Portugal and Denmark emphasised the importance of united efforts against piracy in the Gulf.", None, "piracy"),
    ("Both sides stressed that the fishing quota must be respected by every coastal state.",
     "Portugal and Denmark", "quota"),
    ("Holm emphasised the importance of maritime cooperation in the Atlantic.", "Karin Holm", "Atlantic"),
    ("The two ministers reiterated their “unwavering support” for the coastal guard mission.",
     "Karin Holm and Lars Berg", "guard"),
]


@pytest.mark.parametrize("text, speaker, word", COURTESY, ids=[r[2] for r in COURTESY])
def test_joint_courtesy_veto(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert [s.speaker.label for s in _found(x, word)] == ([speaker] if speaker else [])


# Veto announced-agreement: an agreement, partnership or ceasefire announced is the agreement itself, not a
# statement; an announcement of words or of another thing stays a statement.
ANNOUNCED = [
    ("Portugal announced a broader fisheries agreement with Morocco on Tuesday.", None, "fisheries"),
    ("Portugal and Denmark announced an upgraded strategic partnership covering shipping and ports.", None, "shipping"),
    ("On Saturday, both sides had announced a ceasefire along the disputed maritime boundary.", None, "maritime"),
    ("Holm announced that Portugal would send two frigates to the Baltic next year.", "Karin Holm", "frigates"),
    ("Holm announced a 60 million euro package of support for the coast guard of Cape Verde.", "Karin Holm", "Cape Verde"),
]


@pytest.mark.parametrize("text, speaker, word", ANNOUNCED, ids=[r[2] for r in ANNOUNCED])
def test_announced_agreement_veto(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert [s.speaker.label for s in _found(x, word)] == ([speaker] if speaker else [])
