"""Round x25 (x25sttext): a statement's text starts at the reported clause, not at the hearer the speaker told it to
(reading `hearer-before-that` and `long-hearer`, kg.extract.triggers.leads, read by speaker_verb).

"X confirmed to the Daily Tribune that A", "X explained to the Commission that A", "X told a joint commission ...
meeting held at ... on Thursday that A": the words are A. Convention: on the studied sets 3 of 3 gold-keyed sentences of
these shapes (told the commissioner that, told a press conference in Tokyo on Friday that, conveyed to India that) key
the clause after "that", none the hearer. Sentences invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

LEAD = "PORT OF SPAIN, May 12 - Police chiefs of the region met in Port of Spain on Tuesday to discuss security.\n\n"

# (sentence, speaker expected, the statement's text expected)
ROWS = [
    # a named hearer after "to", whatever the speech verb
    ("Police spokesman Alan Brathwaite confirmed to the Daily Tribune that the agreement would be signed during the "
     "state visit next week.", "Alan Brathwaite", "the agreement would be signed during the state visit next week."),
    ("Dr Alan Brathwaite explained to the Commission that Grenada came under the spotlight after trying to address "
     "the land question.", "Alan Brathwaite",
     "Grenada came under the spotlight after trying to address the land question."),
    # "that" with a comma after it opens the words too
    ("Before the signing, Alan Brathwaite revealed to reporters that, after operations by the police in the south, "
     "some suspects had crossed over to the neighbouring country.", "Alan Brathwaite",
     "after operations by the police in the south, some suspects had crossed over to the neighbouring country."),
    # after "told" the hearer may be long; no verb of a claim in it
    ("Alan Brathwaite told a joint Grenada-Trinidad commission on defence and security meeting held at the coastal "
     "town of Scarborough on Thursday that crimes such as human trafficking and drug trafficking were rampant.",
     "Alan Brathwaite", "crimes such as human trafficking and drug trafficking were rampant."),
    # a stance verb keeps its head (reading `content-verb`), the hearer goes
    ("Trinidad and Tobago also conveyed to Grenada that it will cooperate in the manufacture of patrol boats.",
     "Trinidad and Tobago", "conveyed that it will cooperate in the manufacture of patrol boats."),
    # unchanged: no hearer, and a "that" with a comma after the verb itself
    ("Alan Brathwaite said that, at a summit held in Scarborough, regional leaders had confirmed their commitment.",
     "Alan Brathwaite", "at a summit held in Scarborough, regional leaders had confirmed their commitment."),
]


@pytest.mark.parametrize(("sentence", "speaker", "text"), ROWS)
def test_the_text_starts_at_the_reported_clause(sentence, speaker, text):
    doc = Document(id="t", text=LEAD + sentence, path="t.txt", publisher="X", published=dt.date(2026, 3, 12))
    statements = RuleExtractor().extract(doc).statements
    assert [(s.speaker.label, s.text) for s in statements] == [(speaker, text)]
