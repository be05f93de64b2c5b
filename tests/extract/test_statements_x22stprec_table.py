"""Round x22 (x22stprec): a stance verb is part of what was said (reading `content-verb`, kg.extract.statements).

"Russia denied any involvement" credited as "any involvement" turns the stance over; "Japan condemned North Korea for
its launch" as "North Korea for its launch" is a fragment. The stance verb (kg.extract.reporting.STANCE) stays at the
head of the text when its words follow it directly or after "that"; a speech verb only frames its words and stays
out, and words that stand before the credit get no verb.
Convention: studied golds put a statement's keyword on such a verb 2 times of 796 (both found already); every other
stance-credited gold keyword lies in the words after the verb, which the text keeps. Sentences invented for this file."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

LEAD = "COLOMBO, May 12 - Sri Lankan and Pakistani officials met in Islamabad on Tuesday to discuss security.\n\n"

# (sentence, speaker expected, the statement's text expected)
ROWS = [
    ("Russia denied any involvement in the recent incidents.", "Russia", "denied any involvement in the recent incidents."),
    ("Japan condemned North Korea for its ballistic missile launch.", "Japan",
     "condemned North Korea for its ballistic missile launch."),
    ("Moscow denied that it had supplied drones to the rebels.", "Russia",
     "denied that it had supplied drones to the rebels."),
    ("Ukraine urged Russia to withdraw its troops from the border.", "Ukraine",
     "urged Russia to withdraw its troops from the border."),
    ("Pakistan also expressed concern over the rising attacks.", "Pakistan", "expressed concern over the rising attacks."),
    # a speech verb frames its words: no verb at their head
    ("Pakistan said the talks had been held in a cordial atmosphere.", "Pakistan",
     "the talks had been held in a cordial atmosphere."),
]


@pytest.mark.parametrize(("sentence", "speaker", "text"), ROWS)
def test_a_stance_verb_heads_its_words(sentence, speaker, text):
    doc = Document(id="t", text=LEAD + sentence, path="t.txt", publisher="X", published=dt.date(2026, 3, 12))
    statements = RuleExtractor().extract(doc).statements
    assert [(s.speaker.label, s.text) for s in statements] == [(speaker, text)]
