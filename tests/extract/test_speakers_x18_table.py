"""Round x18 (x18bodyback): a body the report names in full ("the Joint Border Commission"), then speaks of by its
kind alone, capitalised or not ("The Commission noted ...", "the Committee urged ..."), is that body: the speaker
shape "body-short-form". "It added ..." after it goes on with the same body. Each row: text after INTRO, who must be
credited (None: no statement), a word of the words. Sentences are written for these tests."""

from __future__ import annotations

import pytest

INTRO = ("The fifth session of the Joint Border Commission between Malawi and Zambia opened in Lilongwe on Tuesday. "
         "Home Affairs Minister Ken Zikhale Ng'oma of Malawi welcomed the delegations. ")


def _credited(x, word):
    return [s.speaker.label for s in x.statements if word in s.text]


def _check(extract, text, speaker, word):
    x, _ = extract(INTRO + text)
    assert _credited(x, word) == ([speaker] if speaker else [])


SHORT_FORM = [
    # capitalised short form of the body named before: the body, whatever verb of speech or stance follows
    ("The Commission noted that cattle rustling had fallen along the Luangwa stretch.", "Joint Border Commission",
     "rustling"),
    ("The Commission urged both governments to finish the beacon survey before the rains.", "Joint Border Commission",
     "beacon"),
    ("The Commission also expressed concern over fuel smuggling at the Mchinji crossing.", "Joint Border Commission",
     "fuel"),
    ("The Commission stressed that joint patrols must cover the lake shore as well.", "Joint Border Commission",
     "shore"),
    # lowercase short form: the named body too, not an unnamed "Commission"
    ("The new checkpoints would open in August, the commission said.", "Joint Border Commission", "checkpoints"),
    # "the joint commission": the same body
    ("The border posts need a shared radio network, the joint commission said.", "Joint Border Commission", "radio"),
]


@pytest.mark.parametrize("text, speaker, word", SHORT_FORM, ids=[r[2] for r in SHORT_FORM])
def test_short_form_is_the_named_body(extract, text, speaker, word):
    _check(extract, text, speaker, word)


def test_it_added_goes_on_with_the_body(extract):
    x, _ = extract(INTRO + "The Commission noted that cattle rustling had fallen. "
                   "It added that a hotline between the police chiefs would be tested in May.")
    assert _credited(x, "hotline") == ["Joint Border Commission"]


OTHER_KINDS = [
    ("The Secretariat of the Lake Malawi Forum met on Monday. The Secretariat said the water levels were rising.",
     "Secretariat of the Lake Malawi Forum", "water"),
    ("The Southern Defence Committee met on Monday. The Committee noted that the drills had gone well.",
     "Southern Defence Committee", "drills"),
]


@pytest.mark.parametrize("text, speaker, word", OTHER_KINDS, ids=[r[2] for r in OTHER_KINDS])
def test_other_kinds_of_body(extract, text, speaker, word):
    x, _ = extract(text)
    assert _credited(x, word) == [speaker]


def test_no_body_of_that_kind_named_no_named_body_credited(extract):
    # no committee named before: the short form is not given to the commission
    x, _ = extract(INTRO + "The Committee noted that the fences had been repaired.")
    assert "Joint Border Commission" not in _credited(x, "fences")
