"""Round x19 (x19docspeaker): a document credited by its issuer's words (kg.extract.speakers._issuer_document, row
`issuer-document`): "a navy statement", "the ministry's statement", "Qatar's statement", "a BGB press release issued on
Tuesday", "a joint declaration issued in Astana on Saturday" — the issuer the body and state rows read, or the
document's parties once when and where it was issued is set aside; and "a statement released by X" is X's, like "a
statement issued by X". And "the statement said" with no source credited before is the issuer the document mentioned
last names (kg.extract.speakers._issued_before), not an anonymous "official statement". Each row: text after INTRO, who must be credited (None: no statement), a word of the words.
Sentences are written for these tests."""

from __future__ import annotations

import pytest

INTRO = ("Defence Minister Ana Costa of Portugal met Danish Defence Minister Jens Lund in Lisbon on Monday. "
         "The Portuguese Ministry of Defence hosted the talks. ")


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


ISSUER = [
    # a body's kind before the document noun
    ("Two patrol boats were seized near the islands on Sunday, according to a navy statement.", "Navy", "patrol"),
    # a body's possessive: the body of that kind the report named
    ("According to the ministry's statement, the frigates will sail to the strait in the spring.",
     "Ministry of Defence", "frigates"),
    # a state's possessive
    ("According to Denmark's statement, both sides will hold a second round of talks in Copenhagen.", "Denmark",
     "Copenhagen"),
    # when and about what the document was issued is no part of its issuer
    ("The coast guards will share radar data from June, according to a Portuguese Navy press release issued on "
     "Tuesday.", "Portuguese Navy", "radar"),
    ("According to the Danish Foreign Ministry statement on the border incident, two fishing boats were escorted out "
     "of Danish waters.", "Danish Foreign Ministry", "fishing"),
    # a joint document with its circumstance: its parties
    ("The two countries will open a joint training centre for divers, according to a joint declaration issued in "
     "Lisbon on Monday.", "Portugal and Denmark", "divers"),
    # "released by" names the issuer as "issued by" does
    ("According to a statement released by the Portuguese Ministry of Defence, the divers will train in Aveiro.",
     "Ministry of Defence", "Aveiro"),
]


@pytest.mark.parametrize("text, speaker, word", ISSUER, ids=[r[2] for r in ISSUER])
def test_document_by_its_issuer(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


NOT_AN_ISSUER = [
    # a person's statement is no body's: the row leaves it to the person rows
    ("According to the president's statement, the navies will exchange officers every year.", None, "officers"),
    # a communiqué with no issuer in its words, after its circumstance is set aside: not read by this row
    ("A communiqué released after the meeting noted that the divers would train together in Aveiro.", None,
     "Aveiro"),
]


@pytest.mark.parametrize("text, speaker, word", NOT_AN_ISSUER, ids=[r[2] for r in NOT_AN_ISSUER])
def test_not_an_issuer(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert speaker is None or _credited(x, word) == [speaker]
    if speaker is None:
        assert not any(s.speaker.kind == "unnamed" and "statement" in s.speaker.label.lower() or
                       s.speaker.label in ("Navy", "Portugal", "Denmark") for s in x.statements if word in s.text)


ISSUED_BEFORE = [
    # the document was mentioned with its issuer in a sentence the extractor credits to no one
    ("Danish fishing boats were escorted out of the strait, said a navy statement. The statement further said that the "
     "two coast guards will meet again in June.", "Navy", "coast guards"),
    ("The deal was announced in a statement by the Danish government. The two ministers thanked the king for his "
     "support of the deal, the statement said.", "Danish government", "thanked"),
    # no document mentioned before: the statement as credited
    ("The statement said the two navies will hold drills in the strait in May.", "official statement", "drills"),
]


@pytest.mark.parametrize("text, speaker, word", ISSUED_BEFORE, ids=[r[2] for r in ISSUED_BEFORE])
def test_statement_issued_before(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == [speaker]
