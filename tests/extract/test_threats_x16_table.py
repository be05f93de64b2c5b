"""Threat rows and vetoes of the sixteenth round (x16threatP), read off a census of the development bank of unannotated
news (BENCHMARKS.md).

Sentences are written for these tests, in the general news shapes the rows read; none is taken from the bank or an
eval set.
"""

from __future__ import annotations

import pytest
from extract_support import check_threat

# friction told in the singular is friction too: "tension" as "tensions" (text, concept, word, rule)
SINGULAR_TENSION = [
    ("The two navies agreed on a hotline amid rising tension in the Yellow Sea.", "military-pressure",
     "rising tension in the Yellow Sea", "threat/lexicon:rising tension"),
    ("Tension has run high along the northern frontier since the shooting.", "military-pressure", "tension",
     "threat/lexicon:tension"),
    ("The envoys met to ease tension between the two capitals.", "military-pressure", "tension",
     "threat/lexicon:tension"),
]


@pytest.mark.parametrize(("text", "concept", "word", "rule"), SINGULAR_TENSION)
def test_singular_tension(extract, text, concept, word, rule):
    check_threat(extract, text, concept, word, rule)


# equipment veto, widened: the attack role of a platform, a missile's maker, a missile a craft is armed with, and air
# defence written without its hyphen are equipment; an attack made and a missile fired stay concerns
EQUIPMENT = [
    ("The air force will take delivery of six attack helicopters next year.", None, "attack", None),
    ("The navy ordered four light attack aircraft from the Korean firm.", None, "attack", None),
    ("The deal was signed with the French missile maker at the fair.", None, "missile", None),
    ("Its patrol boats are armed with anti-ship missiles and a deck gun.", None, "missiles", None),
    ("The ministry has bought radars and air defense missiles worth two billion dollars.", None, "missiles", None),
    ("Two guards died in an attack on the border post last week.", "terrorism", "attack",
     "threat/lexicon:attack"),
    ("The ministers condemned the ballistic missile launched over the strait on Monday.", "arms-proliferation",
     "ballistic missile", "threat/lexicon:ballistic missile"),
]


@pytest.mark.parametrize(("text", "concept", "word", "rule"), EQUIPMENT)
def test_equipment_widened(extract, text, concept, word, rule):
    check_threat(extract, text, concept, word, rule)
