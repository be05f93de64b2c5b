"""Round x22 (x22stnarr): a claim told twice, once in the reporter's words and once quoted, is one statement (reading
`restated-in-quote`, kg.extract.statements).

"X said the talks will add new vigour to ties ... 'Today's talks will add new vigour to our ties,' X said": analysts
count one claim. The paraphrase joins the quotation's statement (its words kept); a paraphrase that says more than
the quotation, or one by another speaker, stays a statement of its own.
Convention: studied golds count one statement in 3 of 4 such pairs (the corpus 1 of 1). Sentences invented for this
file."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rules import RuleExtractor
from kg.sources import Document

LEAD = "NEW DELHI, May 12 - Indian Defence Minister Rajnath Singh met Maldivian Defence Minister Ghassan Maumoon.\n\n"

# (paragraphs after the lead, number of statements expected, words the statements must hold between them)
ROWS = [
    # the paraphrase, then the quotation telling it again: one statement holding both
    ("Singh said the talks will add new vigour to India-Maldives defence ties.\n\n"
     "“Today's talks will add new vigour to India-Maldives defence ties and to our shared security,” Singh said.",
     1, ["vigour", "shared security"]),
    # the quotation first, then the paraphrase
    ("“Our navies will hold joint patrols across the Indian Ocean every year from now on,” Maumoon said.\n\n"
     "Maumoon also said the navies will hold joint patrols across the Indian Ocean every year.",
     1, ["joint patrols"]),
    # the paraphrase says more than the quotation: two statements
    ("Singh said the coast guards will share radar data, train cadets together and fight piracy in the region.\n\n"
     "“We are determined to fight piracy together, whatever it takes,” Singh said.",
     2, ["radar data", "whatever it takes"]),
    # another speaker quoted: two statements
    ("Singh said the talks will add new vigour to India-Maldives defence ties.\n\n"
     "“Today's talks will add new vigour to India-Maldives defence ties and to our shared security,” Maumoon said.",
     2, ["vigour", "shared security"]),
]


@pytest.mark.parametrize(("paragraphs", "count", "words"), ROWS)
def test_a_claim_told_twice_is_one_statement(paragraphs, count, words):
    doc = Document(id="t", text=LEAD + paragraphs, path="t.txt", publisher="X", published=dt.date(2026, 3, 12))
    statements = RuleExtractor().extract(doc).statements
    assert len(statements) == count, [(s.speaker.label, s.text) for s in statements]
    texts = " ".join(s.text for s in statements)
    assert all(w in texts for w in words)
