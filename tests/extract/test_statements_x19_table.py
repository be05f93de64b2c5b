"""x19embedded: a credit that opens inside the words of another credit.

- coordinated-subject (reading of while-other-said): "X said that Ghana and Togo had ..." — an "and" without a comma,
  after no more than a noun phrase of the words, joins two subjects; the second is no speaker of its own, and X's words
  stay whole. A clause with its own verb before "and" ("X said Ghana follows ... and Y said ...") still opens one.
- plain-sense-verb: a speech-list verb whose complement is no speech ("has maintained close ties") credits no one.
- credit-inside-quote (veto of speaker-verb): a reporting verb inside a quotation that its own credit closes
  ("“Under the accord, Ghana pledges ...,” said an official who ...") is part of the quoted words; the credit after
  the quotation (read up to a relative "who") is the speaker.
- credit-tail: "..., an outlet close to the council reported." closes the words; it is no part of them.

Sentences written for these tests. Each row: text after INTRO, the speakers expected (label: a word of the words)."""

from __future__ import annotations

import pytest

INTRO = "Ghanaian army chief General Kofi Mensah met Togolese army chief General Yao Agbeko in Accra on Monday. "


def _statements(x) -> list[tuple[str, str, str]]:
    return [(s.speaker.label, s.text, s.support.rule) for s in x.statements]


COORDINATED = [
    # (sentence, the one speaker, words the statement must hold whole)
    ("Responding, Mensah acknowledged that Ghana and Togo had maintained a warm relationship at every level.",
     "Kofi Mensah", "Ghana and Togo had maintained a warm relationship"),
    ("Mensah said the army and the police have noted progress against smuggling on the lagoon.",
     "Kofi Mensah", "the army and the police have noted progress"),
    ("Agbeko said Ghana and Togo have observed a sharp drop in attacks along the northern frontier.",
     "Yao Agbeko", "Ghana and Togo have observed a sharp drop"),
]


@pytest.mark.parametrize(("sentence", "speaker", "words"), COORDINATED, ids=[r[1] + r[2][:12] for r in COORDINATED])
def test_coordinated_subject_is_no_second_speaker(extract, sentence, speaker, words):
    x, _ = extract(INTRO + sentence)
    found = _statements(x)
    assert [f[0] for f in found] == [speaker]
    assert words in found[0][1]


def test_clause_with_its_own_verb_still_opens_a_second_speaker(extract):
    x, _ = extract(INTRO + "Mensah said Ghana follows a strict policy against arms smuggling and Agbeko said Togo is "
                           "running patrols along the border.")
    found = {(f[0], f[2]) for f in _statements(x)}
    assert found == {("Kofi Mensah", "statement/speaker-said"), ("Yao Agbeko", "statement/while-other-said")}


def test_plain_sense_verb_credits_no_one(extract):
    x, _ = extract(INTRO + "Mensah said the border was calm this year, while Togo has maintained close ties with "
                           "Burkina Faso for decades.")
    found = _statements(x)
    assert [f[0] for f in found] == ["Kofi Mensah"]
    assert "Burkina Faso" in found[0][1]


CREDIT_INSIDE_QUOTE = [
    ("“Under the new accord, Togo pledges it will not allow armed groups to use its territory to attack Ghana,” said a "
     "Ghanaian official who attended the signing.", "Ghanaian official", "Togo pledges"),
    ("\"Under the new accord, Ghana promises it will share radar data on the Volta crossings with Togo,\" said a "
     "senior Togolese official who took part in the talks.", "Senior Togolese official", "radar data"),
]


@pytest.mark.parametrize(("sentence", "speaker", "words"), CREDIT_INSIDE_QUOTE, ids=[r[2] for r in CREDIT_INSIDE_QUOTE])
def test_credit_inside_a_credited_quotation_is_the_quotation(extract, sentence, speaker, words):
    x, _ = extract(INTRO + sentence)
    found = [f for f in _statements(x) if words in f[1]]
    assert [(f[0], f[2]) for f in found] == [(speaker, "statement/said-after-quote")]


def test_credit_inside_a_quotation_whose_credit_fails_is_no_statement(extract):
    # the credit after the quotation names no one the report knows: the subject inside it is still not the speaker
    x, _ = extract(INTRO + "“The two generals stressed the importance of joint patrols along the shared border and of "
                           "sharing intelligence,” the ministries in Accra and Lome announced in a joint note.")
    assert not [f for f in _statements(x) if f[0].startswith(("Kofi", "Yao", "Ghana and", "Togo and"))]


def test_lowercase_outlet_tail_is_no_part_of_the_words(extract):
    x, _ = extract(INTRO + "Mensah on Wednesday told Agbeko that Ghana wants an end to the raids, an outlet close to "
                           "the army reported.")
    found = _statements(x)
    assert [f[0] for f in found] == ["Kofi Mensah"]
    assert found[0][1].rstrip(".") == "Ghana wants an end to the raids"
