"""Statement mechanisms of x16stmtR, one table per mechanism (sentences written for these tests): verbs that report
words only through a "that" clause (mention, clarify, remind, reassure, respond, believe, think, hope, request), the
passive of those verbs (`impersonal-belief`), several speakers' shared belief (`joint-belief`), and a second quotation
of the same speaker in one sentence joined to the first (`same-sentence-quote`). Each row: text after INTRO, who
must be credited (None: no statement), a word of the words."""

from __future__ import annotations

import pytest

INTRO = "Foreign Minister Marta Silva of Chile met Peruvian Defence Minister Luis Rojas in Lima on Monday. "


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


def _check(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


# The verb with its "that" clause credits the clause; without it, it is an act or a mere mention.
THAT_CLAUSE = [
    ("Silva mentioned that the joint radar would cover the whole desert border by spring.", "Marta Silva", "radar"),
    ("Rojas clarified that Lima had only recalled its attaché and had not expelled anyone.", "Luis Rojas", "attaché"),
    ("Silva reminded that the 1929 treaty binds both states to settle disputes peacefully.", "Marta Silva", "1929"),
    ("Rojas reassured the Chilean delegation that no troops would be moved toward the border.", "Luis Rojas",
     "troops"),
    ("Peruvian officials responded that the detained fishermen would be freed within a week.", "Peruvian officials",
     "fishermen"),
    ("Rojas believes that the hotline between the two navies will prevent future incidents.", "Luis Rojas",
     "hotline"),
    ("Silva requested that the boundary commission meet before the end of the harvest.", "Marta Silva", "harvest"),
    ("Silva mentioned the cooperation between the two coast guards in the northern ports.", None, "coast guards"),
    ("Rojas responded to the letter about the smuggling routes along the coast.", None, "smuggling"),
    ("Rojas responded to claims that Peruvian boats had entered Chilean waters last week.", None, "boats"),
    ("Rojas hopes for progress on the maritime boundary talks in the coming months.", None, "maritime"),
]


@pytest.mark.parametrize("text, speaker, word", THAT_CLAUSE, ids=[r[2] for r in THAT_CLAUSE])
def test_that_clause_verbs(extract, text, speaker, word):
    _check(extract, text, speaker, word)


def test_that_clause_hearer_is_no_part_of_the_words(extract):
    x, _ = extract(INTRO + "Rojas reassured the Chilean delegation that no troops would be moved toward the border.")
    assert [s.text for s in x.statements if "troops" in s.text][0].startswith("no troops")


# impersonal-belief: "it is believed that ..." has no holder; joint-belief: several speakers' shared belief is the
# readout's summary of the meeting, not a position one of them took.
VETOED = [
    ("In a broader sense, it is believed that the patrols also help the fishing towns recover.", None, "fishing"),
    ("It was hoped that the talks would settle the dispute over the fishing grounds.", None, "fishing"),
    ("The two ministers believe that closer coast guard ties will keep the shipping lanes safe.", None, "shipping"),
    ("Chile and Peru hope that the new commission will end the quarrel over the grazing lands.", None, "grazing"),
]


@pytest.mark.parametrize("text, speaker, word", VETOED, ids=[r[2] for r in VETOED])
def test_belief_vetoes(extract, text, speaker, word):
    _check(extract, text, speaker, word)


# same-sentence-quote: two quotations of one speaker in one sentence are one utterance.
def test_second_quotation_of_the_speaker_joins_the_first(extract):
    x, _ = extract(INTRO + 'Rojas said that while the two sides "did not discuss the figures at all," he believed '
                           'Chile would "reach the right decision on what the navy needs" soon.')
    rojas = [s for s in x.statements if s.speaker.label == "Luis Rojas"]
    assert len(rojas) == 1 and "figures" in rojas[0].text and "navy needs" in rojas[0].text


def test_quotations_of_the_speaker_in_two_sentences_stay_two(extract):
    x, _ = extract(INTRO + '"The border has been calm for a decade now," Rojas said. "We will keep the hotline open '
                           'for the fishermen of both countries," he added.')
    assert len([s for s in x.statements if s.speaker.label == "Luis Rojas"]) == 2


# said-inverted-wide: an inverted credit with a dash, a lowercase post or an article, or an occasion after the name;
# a person or an unnamed source is credited, a body's release is not (it narrates the meeting as often as not).
INVERTED_WIDE = [
    ("The patrol boats will reach the northern ports before the end of the month – said Foreign Minister Marta Silva.",
     "Marta Silva", "patrol boats"),
    ("Peru will also send two engineers to help clear the mines along the old frontier, said the defence minister.",
     "Luis Rojas", "engineers"),
    ("It marks the start of a new chapter between the two navies, said Defence Minister Luis Rojas after signing the "
     "accords with his counterpart in the capital.", "Luis Rojas", "new chapter"),
    ("The commission is likely to examine the disputed fishing grounds first, said a senior official in Santiago.",
     "senior official", "fishing grounds"),
    ("The two delegations met at the border post to review the patrol schedule, said a release by the Peruvian "
     "Ministry of Defence on Tuesday.", None, "patrol schedule"),
]


@pytest.mark.parametrize("text, speaker, word", INVERTED_WIDE, ids=[r[2] for r in INVERTED_WIDE])
def test_said_inverted_wide(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    got = _credited(x, word)
    assert (got == [] if speaker is None else len(got) == 1 and speaker.lower() in got[0].lower())


# restated-claim: a lead restating a claim the report quotes again with its speaker is counted once.
def test_lead_restating_a_quoted_claim_is_counted_once(extract):
    x, _ = extract(INTRO + 'The hotline will make border incidents "far less likely," says Peru\'s defence minister.\n'
                           'The new hotline "will make border incidents far less likely in the years ahead," Rojas '
                           'said on Monday.')
    assert len([s for s in x.statements if "hotline" in s.text or "far less likely" in s.text]) == 1
