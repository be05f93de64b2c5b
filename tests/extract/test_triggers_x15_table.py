"""Round 15 (x15bstmtP): a statement's words are never only the setting of the words ("in a statement", "In a
tweet", "on X, the platform formerly known as Twitter", "Earlier, the ministry"). The words credited come from the
other side of the credit, or the sentence gives no statement. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.triggers import setting_only

LEAD = "Defence Minister Ola Strand of Norway met General Aino Virtanen of Finland in Oslo.\n"

# (text, speaker label or None, a word the statement must hold, words it must not hold)
ROWS = [
    # a setting before the credit: the words follow "said,"
    (LEAD + "In a tweet, Mr Strand said, the accord gives new impetus to Arctic "
     "patrols.", "Ola Strand", "impetus", "tweet"),
    (LEAD + "Earlier, the Finnish Foreign Ministry, said, Finland urged both "
     "sides to keep the patrols restrained.", "Finnish Foreign Ministry", "restrained", "Earlier"),
    (LEAD + "In a post after the meeting, Strand said, they reviewed radar "
     "cooperation along the Arctic border.", "Ola Strand", "radar", "post"),
    (LEAD + "After the signing session, Strand said, through his account on "
     "“Twitter”: “We agreed to share radar data every week.”", "Ola Strand", "radar", "account"),
    # a setting after the credit: the words come before it
    (LEAD + "'The patrols will resume in spring,' Defence Minister Ola Strand "
     "said on X, the platform formerly known as Twitter.", "Ola Strand", "patrols", "platform"),
    (LEAD + "“The patrols will resume in spring,” General Aino Virtanen, the "
     "commander of the Finnish army, said in another statement.", "Aino Virtanen", "patrols", "commander"),
    # ... and nothing before it: no statement at all
    (LEAD + "The Finnish Army said in a joint statement issued after the "
     "fourth round of border talks.", None, "statement", ""),
    # lead-before-that: the setting, time, hearer or manner between the verb and "that" is no part of the words
    (LEAD + "Defence Minister Ola Strand noted in a press release issued on Friday that the patrols would resume.",
     "Ola Strand", "patrols", "release"),
    (LEAD + "A Finnish foreign ministry spokesman said Thursday, May 14, that the patrols would resume.",
     "Finnish foreign ministry", "patrols", "May"),
    (LEAD + "Strand had told his Finnish counterpart Virtanen in a phone call on Monday that the patrols should "
     "resume.", "Ola Strand", "patrols", "phone"),
    (LEAD + "Finnish sources confirmed to the news agency STT that the patrols would resume next week.",
     "Finnish sources", "patrols", "agency"),
    (LEAD + "The two ministers noted with satisfaction that the Arctic patrols had resumed.",
     "Ola Strand and Aino Virtanen", "patrols", "satisfaction"),
    (LEAD + "After the talks, Strand informed the press that the Arctic patrols would resume.",
     "Ola Strand", "patrols", "press"),
    (LEAD + "Strand said the talks went well, but a Finnish Defence Ministry official told reporters that the "
     "patrols had not resumed.", "Finnish Defence Ministry official", "resumed", "reporters"),
    # ... without "that": a setting or a weekday before a new subject
    (LEAD + "The Finnish Foreign Ministry said on Friday it had sent a note on the patrols to Oslo.",
     "Finnish Foreign Ministry", "note", "Friday"),
    (LEAD + "The Finnish Foreign Ministry said on Twitter the two ministers discussed Arctic patrols.",
     "Finnish Foreign Ministry", "patrols", "Twitter"),
    # ... a relative "that" is a word of the claim
    (LEAD + "Strand said all the vessels that had crossed the line were turned back by the patrols.",
     "Ola Strand", "vessels", ""),
    # a setting that goes on to a claim stays the words
    (LEAD + "Defence Minister Ola Strand said at the same time that the next "
     "meeting will open talks on fisheries.", "Ola Strand", "fisheries", ""),
    (LEAD + "The Finnish Foreign Ministry said in a statement it welcomes the Norwegian offer of radar "
     "data.", "Finnish Foreign Ministry", "welcomes", ""),
]


@pytest.mark.parametrize("text, speaker, word, not_word", ROWS, ids=[f"{i}:{r[2]}" for i, r in enumerate(ROWS)])
def test_x15_setting_only(extract, text, speaker, word, not_word):
    x, _ = extract(text)
    hits = [s for s in x.statements if word in s.text]
    assert [s.speaker.label for s in hits] == ([speaker] if speaker else []), \
        [(s.speaker.label, s.text) for s in x.statements]
    assert not (not_word and any(not_word in s.text for s in hits)), [s.text for s in hits]


@pytest.mark.parametrize("words, expected", [
    ("in a statement.", True), ("In a tweet", True), ("in another statement.", True),
    ("on X, the social platform formerly known as Twitter.", True), ("Earlier, the Finnish ministry", True),
    ("in a joint statement issued after the fourth round of talks.", True),
    ("After his participation in the meeting", True),
    ("in a statement it welcomes Finland as a customer.", False),
    ("at the same time that the meeting will open talks.", False),
    ("after the meeting, the ministers discussed radar cooperation.", False),
    ("the patrols will resume in spring.", False),
])
def test_setting_only(words, expected):
    assert setting_only(words) is expected
