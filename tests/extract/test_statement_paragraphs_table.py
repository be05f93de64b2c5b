"""kg.extract.statements: the unit of a body's document reported over several paragraphs (issue 8, x12stmt).

A release continued in a new paragraph ("..., it said." ¶ "..., it added.") is one statement per paragraph; within a
paragraph, or a quotation going on, or the continuation of a release that only narrated the meeting, it stays one.
"""

from __future__ import annotations

import pytest

INTRO = "Portuguese Defence Minister Lars Berg met Danish counterpart Anna Holm in Lisbon on Monday.\n\n"

# (text after the intro, speaker label, how many statements that speaker gets)
CASES = [
    ("The two navies will share radar data on the strait, the Portuguese defence ministry said in a statement.\n\n"
     "In addition, the sides discussed piracy in the Gulf of Guinea, it added.", "Portuguese defence ministry", 2),
    ("The two navies will share radar data on the strait, the Portuguese defence ministry said in a statement. "
     "In addition, the sides discussed piracy in the Gulf of Guinea, it added.", "Portuguese defence ministry", 1),
]


@pytest.mark.parametrize("text,speaker,n", CASES)
def test_release_paragraphs(extract, text, speaker, n):
    x, _ = extract(INTRO + text)
    mine = [s for s in x.statements if s.speaker.label.lower() == speaker.lower()]
    assert len(mine) == n, [(s.speaker.label, s.text) for s in x.statements]
    assert all(s.support.rule for s in mine)
