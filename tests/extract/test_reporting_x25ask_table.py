"""x25stspeaker: an appeal made by asking ("Islamabad has repeatedly asked the Taliban to withdraw support") is the
asker's statement, rule statement/speaker-stance, as "called on X to ..." already is; "asked" with no one asked to do
anything ("asked not to be named", "was asked to comment", "when asked about ...") credits no appeal. Sentences written
for these tests. Each row: text after INTRO, who must be credited (None: no statement), a word of the words."""

from __future__ import annotations

import pytest

INTRO = "Defence Minister Ana Costa of Portugal met Danish Defense Secretary Jens Lund in Lisbon on Monday. "

ROWS = [
    ("Costa asked Denmark to send two more minesweepers to the Atlantic task group.", "Ana Costa", "minesweepers"),
    ("Lund has repeatedly asked the Portuguese government to share radar data from the Azores.", "Jens Lund",
     "radar"),
    ("Portugal asked Copenhagen to extend the joint patrols in the North Sea until 2027.", "Portugal", "patrols"),
    # asking nothing of anyone
    ("Costa was asked to comment on the minesweeper order but declined.", None, "minesweeper"),
    ("An official who asked not to be named described the radar talks as difficult.", None, "radar talks"),
]


@pytest.mark.parametrize(("sentence", "speaker", "word"), ROWS, ids=[r[2] for r in ROWS])
def test_ask_to_is_an_appeal(extract, sentence, speaker, word):
    x, _ = extract(INTRO + sentence)
    found = [(s.speaker.label, s.support.rule) for s in x.statements if word in s.text]
    if speaker is None:
        assert all(rule != "statement/speaker-stance" for _, rule in found)
    else:
        assert (speaker, "statement/speaker-stance") in found
