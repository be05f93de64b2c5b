"""Round x21 (x21pronoun): a bare one-word post ("the minister", "the president") whose one holder was named beyond
title-only's reach of two sentences — speaker shape "post-of-speaker" (kg.extract.speakers._post_of_speaker). The
holder is credited when that holder spoke last, or when no one else is named within reach; a second holder, or
another person named in between while the holder is not the last speaker, leaves the post to no one. Each row: the
report, who must be credited (None: no one), a word of the words. Sentences are written for these tests."""

from __future__ import annotations

import pytest


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


HOLDER = [
    # the holder goes on speaking, someone else named in between
    ("Foreign Minister Hasan Rahman said on Tuesday that Dhaka was in touch with the authorities in Yangon.\n"
     "\"We are discussing with Myanmar to send back the border guards,\" he told reporters.\n"
     "The border guards crossed into Bandarban district on Monday.\n"
     "Earlier, Malaysian High Commissioner Nora Ismail made a courtesy call at the ministry.\n"
     "Regarding the meeting, the minister said they discussed investment in the special economic zones.",
     "Hasan Rahman", "economic zones"),
    # the holder named three sentences back, no one else named since
    ("President Recep Erdogan and Qatari Emir Tamim Al Thani met in Doha on Tuesday.\n"
     "Fifteen agreements were signed at the palace after the meeting.\n"
     "The committee will meet again next year in Ankara.\n"
     "The delegations also toured the new port in the afternoon.\n"
     "The president said the two countries had signed dozens of agreements in the military sphere.",
     "Recep Erdogan", "dozens of agreements"),
]


@pytest.mark.parametrize("text, speaker, word", HOLDER, ids=[r[2] for r in HOLDER])
def test_bare_post_credits_its_one_holder(extract, text, speaker, word):
    x, _ = extract(text)
    assert _credited(x, word) == [speaker]


NO_ONE = [
    # two holders of the post named before: the post does not say which
    ("Kenyan Defence Minister Aden Duale met Ugandan Defence Minister Vincent Ssempijja in Kampala on Monday.\n"
     "Fifteen agreements were signed at the palace after the meeting.\n"
     "The committee will meet again next year in Nairobi.\n"
     "The delegations also toured the new port in the afternoon.\n"
     "The minister said the road corridor would be guarded jointly.", "corridor"),
]


@pytest.mark.parametrize("text, word", NO_ONE, ids=[r[1] for r in NO_ONE])
def test_bare_post_names_no_one(extract, text, word):
    x, _ = extract(text)
    assert _credited(x, word) == []
