"""x17stmtVerbs: "expressed" with a qualified concern ("expressed deep / his / serious concern over ...") credits the
concern, as the bare "expressed concern" always did; the "express" condition once ate the space its object needed.
Sentences written for these tests. Each row: text after INTRO, who must be credited (None: no statement), a word."""

from __future__ import annotations

import pytest

INTRO = "Foreign Minister Marta Silva of Chile met Peruvian Defence Minister Luis Rojas in Lima on Monday. "


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


EXPRESSED_QUALIFIED_CONCERN = [
    ("Silva expressed deep concern over the smuggling of cocaine across the desert border.", "Marta Silva", "cocaine"),
    ("Rojas expressed his concern about the growing number of armed gangs in the highlands.", "Luis Rojas", "gangs"),
    ("Silva expressed serious concern at the naval drills held near the maritime boundary.", "Marta Silva", "drills"),
    ("Silva expressed concern over the arms build-up along the border.", "Marta Silva", "build-up"),
    # the courtesies stay uncredited
    ("Rojas expressed his gratitude for the warm hospitality of the Chilean hosts.", None, "hospitality"),
    ("Silva expressed support for the new joint patrol schedule.", None, "patrol"),
]


@pytest.mark.parametrize("text,speaker,word", EXPRESSED_QUALIFIED_CONCERN)
def test_expressed_qualified_concern(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])
