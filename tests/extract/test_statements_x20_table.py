"""Statement words of x20quotes (sentences written for these tests): reading `quote-adding` — a second reporting verb
after a quotation and its credit ("“A,” X said, adding that B") goes on with the same utterance, so its clause joins
the quotation's statement, as it already does for unquoted words; a quotation left open at a paragraph's end reads
nothing on, and a contrasting speaker's clause is no addition. Each row: text after INTRO, who is credited, a word of
the quotation that picks the statement, and a word the statement's words must (or must not) hold."""

from __future__ import annotations

import pytest

INTRO = "Foreign Minister Marta Silva of Chile met Peruvian Defence Minister Luis Rojas in Lima on Monday. "


def _words(extract, text, word):
    x, _ = extract(INTRO + text)
    return [(s.speaker.label, s.text) for s in x.statements if word in s.text]


# quote-adding: the participle or second verb after the credit ("adding that", ", noting that", ", and noted that",
# ", adding," before a second quotation, ", saying") joins its clause; the credit may be inverted or carry a setting.
QUOTE_ADDING = [
    ("“The border is calm and the patrols are working well,” Silva said, adding that the fishermen of both "
     "countries can sail in peace again.", "Marta Silva", "patrols", "fishermen"),
    ("“The radar covers the whole desert now,” Rojas told reporters in Lima, noting that the air forces would share "
     "its images every hour.", "Luis Rojas", "radar", "images every hour"),
    ("“We trust each other more than ever,” said Rojas at the ceremony, adding, “this treaty will guide our children "
     "for decades.”", "Luis Rojas", "trust", "guide our children"),
    ("“This is a step for the whole coast,” Silva said, and noted that the two navies would hold a first joint drill "
     "in May.", "Marta Silva", "whole coast", "joint drill"),
    ("“The pact is fair to both nations,” the Chilean foreign ministry said in a release, saying the boundary "
     "commission had finished its survey of the pillars.", "Chilean foreign ministry", "fair to both", "pillars"),
    # "while" before the participle, or no comma between the closing quote mark and it
    ("“We discussed the river ports and the fishing season,” said Rojas while noting that the customs posts would "
     "open at night as well.", "Luis Rojas", "river ports", "customs posts"),
    ("Silva said the incident was “a clumsy attempt to stir trouble” adding that its timing was “no accident at "
     "all.”", "Marta Silva", "clumsy attempt", "no accident"),
    ("Rojas stressed that Peru “wants calm waters in the bay,” adding that the coast guards would meet every "
     "month.", "Luis Rojas", "calm waters", "every month"),
    ("“The pact is fair to both nations,” Silva said, adding that the first joint patrol would sail in June, the "
     "Andean Post reported.", "Marta Silva", "fair to both", "sail in June"),
]


@pytest.mark.parametrize("text, speaker, word, added", QUOTE_ADDING, ids=[r[3] for r in QUOTE_ADDING])
def test_quote_adding(extract, text, speaker, word, added):
    found = _words(extract, text, word)
    assert found and found[0][0] == speaker and added in found[0][1], found


# what stays out: a clause of another speaker after the credit, and the next paragraphs after a quotation a paragraph
# leaves open (its credit comes at the end of the quotation's last paragraph, and the words after that are not it).
NOT_ADDED = [
    ("“The border is calm and the patrols are working well,” Silva said, while Rojas said the army would stay on "
     "alert all winter.", "Marta Silva", "patrols", "alert all winter"),
    ("“We will keep the border crossings open for the traders,” Silva said.\n“We have worked with the Peruvian "
     "police for many years on the border towns.\n“This accord protects both "
     "of our peoples together,” Silva added.\nRojas, while praising the talks, said the army would stay on alert "
     "all winter.", "Marta Silva", "many years", "alert all winter"),
    # the relay closing the added clause credits the words; it is no part of them
    ("“The pact is fair to both nations,” Silva said, adding that the first joint patrol would sail in June, the "
     "Andean Post reported.", "Marta Silva", "fair to both", "Andean Post"),
]


@pytest.mark.parametrize("text, speaker, word, absent", NOT_ADDED, ids=[r[3] for r in NOT_ADDED])
def test_not_added(extract, text, speaker, word, absent):
    found = _words(extract, text, word)
    assert found and found[0][0] == speaker and absent not in found[0][1], found
