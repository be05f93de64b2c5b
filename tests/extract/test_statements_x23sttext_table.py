"""Round x23 (x23sttext): a statement's text is the speaker's words, not the credit (reading `credit-in-words`,
kg.extract.triggers.leads.credit_mention, read by speaker_verb and according_to_first).

A credit read after its words ends them where the speaker's mention begins, with the post and apposition set off around
it; when what stands before the credit is only its frame (a participle, "for his part", nothing), the words are those
after the verb. Convention: in the studied sets 7 of 7 gold-keyed sentences of these shapes (a participle preamble,
a set-off phrase between speaker and verb, an apposition after the speaker) key the claim, none the attribution.
Sentences invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

LEAD = "PORT OF SPAIN, May 12 - Police chiefs of the region met in Port of Spain on Tuesday to discuss security.\n\n"

# (sentence, speaker expected, the statement's text expected)
ROWS = [
    # a participle preamble and the post before the name are the credit's frame: the words follow the verb
    ("Addressing the annual meeting of the association, Grenada's National Security Minister, Alan Brathwaite, said in "
     "the region the challenge of gun smuggling has grown.", "Alan Brathwaite",
     "in the region the challenge of gun smuggling has grown."),
    # a set-off phrase after the speaker, and the relay after the verb
    ("Alan Brathwaite, for his part, said, as cited by the state news agency, that the meeting had been very fruitful.",
     "Alan Brathwaite", "the meeting had been very fruitful."),
    ("Police spokesman Inspector Alan Brathwaite, in a statement, said during the meeting both sides agreed to share "
     "intelligence.", "Alan Brathwaite", "during the meeting both sides agreed to share intelligence."),
    # the words stand before the credit: they end where the speaker's name (and its apposition) begins
    ("The two sides have agreed to hold joint exercises next year, Alan Brathwaite, deputy minister of national "
     "security, told reporters in an interview.", "Alan Brathwaite",
     "The two sides have agreed to hold joint exercises next year"),
    # the name set off after the post of "according to" is the credit's
    ("According to Grenada's national security adviser, Alan Brathwaite, a highlight of the meeting will be a plan to "
     "share intelligence.", "Alan Brathwaite", "a highlight of the meeting will be a plan to share intelligence."),
    # unchanged: a credit split into the words by commas keeps the words on both sides
    ("The regional force, Alan Brathwaite said, would be ready within a year.", "Alan Brathwaite",
     "The regional force would be ready within a year."),
]


@pytest.mark.parametrize(("sentence", "speaker", "text"), ROWS)
def test_the_text_is_the_speakers_words(sentence, speaker, text):
    doc = Document(id="t", text=LEAD + sentence, path="t.txt", publisher="X", published=dt.date(2026, 3, 12))
    statements = RuleExtractor().extract(doc).statements
    assert [(s.speaker.label, s.text) for s in statements] == [(speaker, text)]
