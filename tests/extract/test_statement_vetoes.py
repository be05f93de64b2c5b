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


# Veto announced-agreement: an agreement, partnership or ceasefire announced is the agreement itself, not a
# statement; an announcement of words or of another thing stays a statement.
ANNOUNCED = [
    ("Portugal announced a broader fisheries agreement with Morocco on Tuesday.", None, "fisheries"),
    ("Portugal and Denmark announced an upgraded strategic partnership covering shipping and ports.", None, "shipping"),
    ("On Saturday, both sides had announced a ceasefire along the disputed maritime boundary.", None, "maritime"),
    ("Holm announced that Portugal would send two frigates to the Baltic next year.", "Karin Holm", "frigates"),
    ("Holm announced a 60 million euro package of support for the coast guard of Cape Verde.", "Karin Holm", "Cape Verde"),
]


# Veto narrated-event: an outlet narrating the meeting, visit or signing itself, or an event with no one who could
# have said it, is no statement; a body's readout of the meeting, and a narration that goes on to what was agreed
# or said, stay statements.
NARRATED = [
    ("Holm and Berg met at the naval academy on Monday afternoon, state media reported.", None, "academy"),
    ("Portugal and Denmark signed a fisheries protocol on Monday, Danish media reported.", None, "protocol"),
    ("The meeting was held at the naval headquarters in Lisbon, the Portuguese foreign ministry said.", None, "headquarters"),
    ("An official welcome ceremony took place at the Belem Palace, the news agency reported.", None, "Belem"),
    ("Berg was welcomed by Holm and senior naval officers at the airport, the Danish foreign ministry said.", None, "airport"),
    ("Holm and Berg met at the naval academy and agreed to share radar data, state media reported.",
     "State media", "radar"),
    ("Holm received Berg at the ministry on Monday evening, the Portuguese foreign ministry said.",
     "Portuguese foreign ministry", "evening"),
]


# Veto joint-undertaking: several parties credited with agreeing, committing or pledging to do something together
# is an agreement, not a statement, unless a joint document reports it; one party's pledge stays a statement.
UNDERTAKING = [
    ("The two ministers vowed to set up a working group on border security.", None, "working group"),
    ("The two sides pledged to hold a security dialogue every six months.", None, "six months"),
    ("Portugal and Denmark will begin joint naval patrols in the strait next month, the two ministers said.",
     None, "naval patrols"),
    ("According to a joint statement, the ministers agreed to set up a working group on drones.",
     "Portugal and Denmark", "drones"),
    ("Holm pledged to send two frigates to the Baltic next year.", "Karin Holm", "frigates"),
]


# Every veto's table, one case per row.
VETOES = {"courtesy": COURTESY, "announced": ANNOUNCED, "narrated": NARRATED, "undertaking": UNDERTAKING}


@pytest.mark.parametrize("text, speaker, word", [
    pytest.param(*row, id=f"{veto}-{row[2]}") for veto, rows in VETOES.items() for row in rows])
def test_vetoes(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert [s.speaker.label for s in _found(x, word)] == ([speaker] if speaker else [])
