"""Statement mechanisms of x15stance, one table per mechanism (sentences written for these tests): a stance
expressed ("expressed confidence that ...", a state's thanks), one speaker restating its own state's commitment, a
reporting verb coordinated with the clause's first verb, and a credit in the passive ("..., as stated by X", "This
was stated by X"). Each row: text after INTRO, who must be credited (None: no statement), a word of the words."""

from __future__ import annotations

import pytest

INTRO = "Defence Minister Ana Costa of Portugal met Danish Defense Secretary Jens Lund in Lisbon on Monday. "


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


def _check(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


# "expressed <stance>": confidence, optimism, solidarity, a state's readiness; thanks only as a state's or with an
# appraisal after them. Thanks for the visit and "support for" stay courtesies.
EXPRESSED = [
    ("Costa expressed confidence that the patrols would resume before the winter storms.", "Ana Costa", "storms"),
    ("Lund expressed cautious optimism about the outcome of the fisheries dispute.", "Jens Lund", "fisheries"),
    ("Costa expressed Portugal's solidarity with the fishermen detained off the coast.", "Ana Costa", "detained"),
    ("Lund expressed Denmark's appreciation for Portugal's stance on the quota dispute.", "Jens Lund", "quota"),
    ("Costa expressed gratitude for the radar stations, lauding the ties between the navies.", "Ana Costa", "radar"),
    ("Costa expressed gratitude for the warm hospitality of the Danish delegation.", None, "hospitality"),
    ("Lund expressed support for a direct channel between the two coast guards.", None, "channel"),
]


@pytest.mark.parametrize("text, speaker, word", EXPRESSED, ids=[r[2] for r in EXPRESSED])
def test_expressed_stance(extract, text, speaker, word):
    _check(extract, text, speaker, word)


# One speaker restating its own state's commitment counts; several restating "their commitment" stays a courtesy.
OWN_COMMITMENT = [
    ("Lund reaffirmed Denmark's commitment to the joint patrols in the strait.", "Jens Lund", "patrols"),
    ("Costa reaffirmed her commitment to working with Copenhagen on the radar chain.", "Ana Costa", "radar"),
    ("Both ministers reaffirmed their commitment to the joint patrols in the strait.", None, "patrols"),
]


@pytest.mark.parametrize("text, speaker, word", OWN_COMMITMENT, ids=[r[2] for r in OWN_COMMITMENT])
def test_own_commitment(extract, text, speaker, word):
    _check(extract, text, speaker, word)


# "X <acted> ... and <reporting verb> ...": one subject, a position or an appeal; a courtesy verb after "and", or
# several subjects, stay out.
COORDINATED = [
    ("Lund summoned the Portuguese envoy on Friday and protested over what he called reckless trawling.",
     "Jens Lund", "trawling"),
    ("Costa toured the frigate and urged the Danish navy to extend the exercise by a week.", "Ana Costa", "extend"),
    ("Costa toured the frigate and praised the discipline of the sailors on board.", None, "discipline"),
    ("The two ministers toured the frigate and reiterated the need for wider drills.", None, "drills"),
]


@pytest.mark.parametrize("text, speaker, word", COORDINATED, ids=[r[2] for r in COORDINATED])
def test_coordinated_verb(extract, text, speaker, word):
    _check(extract, text, speaker, word)


# A credit in the passive: the clause before ", as stated by X", or the sentence before "This was stated by X".
PASSIVE_CREDIT = [
    ("The accord covers the sharing of radar data along the maritime border, as stated by Danish officials.",
     "Danish officials", "radar"),
    ("The two navies will hold a joint drill in the Baltic in May. This was announced by Lund at a briefing in "
     "Lisbon.", "Jens Lund", "Baltic"),
]


@pytest.mark.parametrize("text, speaker, word", PASSIVE_CREDIT, ids=[r[2] for r in PASSIVE_CREDIT])
def test_passive_credit(extract, text, speaker, word):
    _check(extract, text, speaker, word)
