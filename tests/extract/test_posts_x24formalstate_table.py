"""Round 24: a state written in its formal style inside a post (`state-formal-style`: posts.patterns STATE_STYLE and
styled_state; person_posts _STYLED_STATE_IN_REMIT, _STATE_AT_END, _REMIT_RUN; posts.bodies _STATE_AFTER): "Ambassador
to the Sultanate of Oman X", "... in the Kingdom of Saudi Arabia" read the state as "to Oman" does, the style stays out
of the post's words; and the ambassador's full style ("Ambassador Extraordinary and Plenipotentiary") is the post
Ambassador. Sentences written for the tests in news style. Each row: (text, the person's name, post, state)."""

from __future__ import annotations

import pytest

ROWS = [
    # after "to": the post's state is the sender's, as with "to Oman"
    ("Kuwait's Ambassador to the Sultanate of Oman Mohammed Al-Hajri attended the meeting.",
     "Mohammed Al-Hajri", "Ambassador", "KW"),
    ("Kuwait's Ambassador to the Republic of Kazakhstan Mohammed Al-Hajri attended the meeting.",
     "Mohammed Al-Hajri", "Ambassador", "KW"),
    ("Kuwait's Ambassador to the Kingdom of Bahrain Mohammed Al-Hajri attended the meeting.",
     "Mohammed Al-Hajri", "Ambassador", "KW"),
    ("The Ambassador of Kuwait to the Sultanate of Oman, Mohammed Al-Hajri, attended the meeting.",
     "Mohammed Al-Hajri", "Ambassador", "KW"),
    ("The Ambassador of Kuwait to the Hashemite Kingdom of Jordan, Mohammed Al-Hajri, attended the meeting.",
     "Mohammed Al-Hajri", "Ambassador", "KW"),
    ("Ambassador of the Republic of Korea to the Kingdom of Saudi Arabia Kim Min-soo met officials.",
     "Kim Min-soo", "Ambassador", "KR"),
    # after "in": the state the post serves
    ("Deputy Prime Minister of Defense Affairs in the Sultanate of Oman Shehab Al-Said, discussed cooperation.",
     "Shehab Al-Said", "Deputy Prime Minister of Defense Affairs", "OM"),
    ("Commander of the Royal Land Forces in the Kingdom of Saudi Arabia Lt Gen Fahd al Mutair met officials.",
     "Fahd al Mutair", "Commander of the Royal Land Forces", "SA"),
    # the ambassador's full style
    ("Saida Shinichi, Ambassador Extraordinary and Plenipotentiary of Japan to Bangladesh, signed the agreement.",
     "Saida Shinichi", "Ambassador", "JP"),
    ("The Ambassador Extraordinary and Plenipotentiary of India to the Sultanate of Oman, Amit Narang, met the minister.",
     "Amit Narang", "Ambassador", "IN"),
    # unchanged: the plain name, and "of the Republic of X"
    ("Kuwait's Ambassador to Oman Mohammed Al-Hajri attended the meeting.", "Mohammed Al-Hajri", "Ambassador", "KW"),
    ("Minister of Defence of the Republic of Armenia Suren Papikyan received the delegation.",
     "Suren Papikyan", "Minister of Defence", "AM"),
]


@pytest.mark.parametrize(("text", "name", "post", "state"), ROWS)
def test_state_in_formal_style_inside_a_post(extract, text, name, post, state):
    x, _ = extract(text)
    roles = {p.name: [(r.title, r.country) for r in p.roles] for p in x.persons}
    assert name in roles, roles
    assert (post, state) in roles[name], roles


# `name-not-state-tail`: the last word of a two-word state is no holder's first name.
def test_state_last_word_opens_no_name(extract):
    x, _ = extract("Ambassador of the Republic of Korea to the Kingdom of Saudi Arabia Kim Min-soo met officials.")
    assert not [p.name for p in x.persons if p.name.startswith("Arabia")]
