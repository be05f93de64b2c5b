"""Round 13 speaker shapes (kg.extract.speakers.SHAPES), found by a census of a bank of unannotated reports: a
post of a state credited before its holder is named, and a bare name the name finder does not know. Sentences are
written for these tests; each row names who must be credited and a word of what they said."""

from __future__ import annotations

import pytest

# (text, speaker label or None, a word of the statement)
ROWS = [
    # title-only, holder named after the credit: "Norway's defence minister says ..." opening the report
    ("Norway's defence minister says the two navies will share radar data in the Arctic. Defence Minister Ola "
     "Strand met his Finnish counterpart Aino Virtanen in Oslo on Monday.", "Ola Strand", "radar"),
    ("The Norwegian defence minister said the patrols would start in May. Defence Minister Ola Strand met his "
     "Finnish counterpart Aino Virtanen in Oslo on Monday.", "Ola Strand", "patrols"),
    # the post must be the holder's: the foreign minister is not the defence minister named later
    ("Norway's foreign minister said the patrols would start in May. Defence Minister Ola Strand met journalists "
     "in Oslo on Monday.", None, "patrols"),
    # a bare post names no one ahead
    ("The minister said the patrols would start in May. Defence Minister Ola Strand of Norway met journalists in "
     "Oslo on Monday.", None, "patrols"),
    # unknown-name: a bare surname, named again in the report
    ("Talks with Halvorsen lasted six hours. “We are not there yet on the fishing quota,” Halvorsen said.",
     "Halvorsen", "quota"),
    ("Talks with Halvorsen lasted six hours. Halvorsen conceded that the quota dispute was far from settled.",
     "Halvorsen", "quota"),
    # a post, then a name the finder does not know
    ("Interior Minister Jorunn Haga told the NTB news agency that the border checks would be lifted.",
     "Jorunn Haga", "checks"),
    # a given name that is also a month ("Jan", "May") after a post is still the name
    ("Interior Minister Jan Haga told the NTB news agency that the border checks would be lifted.",
     "Jan Haga", "checks"),
    # a short surname, named again
    ("Talks with Sun ran late. Sun said the Arctic quota issue “is a red line for the region”.", "Sun", "red line"),
    # "The North claimed ...": a determiner is no post, "The North" no name
    ("The North claimed the launch was a success and a warning to its neighbours in the region.", None, "launch"),
]


@pytest.mark.parametrize("text, speaker, word", ROWS, ids=[f"{i}:{r[2]}" for i, r in enumerate(ROWS)])
def test_x13_speaker(extract, text, speaker, word):
    x, _ = extract(text)
    hits = [s.speaker.label for s in x.statements if word in s.text]
    assert hits == ([speaker] if speaker else []), [(s.speaker.label, s.text) for s in x.statements]


# unknown-name vetoes: a word said once, a state, a capital, a body
NOT_NAMES = [
    "“We will not accept any violation of our waters,” Halvorsen said.",  # a lone word said once
    "“We will not accept any violation of our waters,” Oslo said.",
    "“We will not accept any violation of our waters,” Norway said.",
    "“We will not accept any violation of our waters,” Ministry said.",
]


@pytest.mark.parametrize("text", NOT_NAMES)
def test_x13_not_a_bare_name(extract, text):
    x, _ = extract(text)
    assert all(s.support.rule != "statement/said-after-quote" or s.speaker.label not in ("Halvorsen", "Ministry")
               for s in x.statements), [(s.speaker.label, s.text) for s in x.statements]
