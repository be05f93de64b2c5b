"""Round 16, second people pass: a person the report names in full once and then by surname alone. One table per
trigger or veto; sentences written for the tests in news style."""

from __future__ import annotations

import pytest

_LEAD = "Ghana and Togo held talks on border security on Monday. "

# `echoed-surname`: a lone surname speaking as a subject ("Osei said", '..." Osei told', "Mr Osei added") names a
# person; the report's fuller writing of it elsewhere (given names or initials right before it) is the name
ECHOED_SURNAME = [
    (_LEAD + "Director of Border Affairs of Ghana Kwame Osei and the Togolese delegation signed the minutes. "
             "Osei said the patrols would resume in March.", "Kwame Osei"),
    (_LEAD + "Efua Mensah Boateng, deputy head of the coastal command, met the Togolese officers in Lome. "
             "Boateng told reporters the navy would share radar data.", "Efua Mensah Boateng"),
    (_LEAD + "The minutes were signed by the Secretary of Interior, K.A.B. Danquah, and two officers. "
             "\"The border must stay open to traders,\" Danquah said.", "K.A.B. Danquah"),
    (_LEAD + "At the meeting, envoy Yaw Asante Darko listened. During the talks, Darko stressed the value of trade.",
     "Yaw Asante Darko"),
]


@pytest.mark.parametrize(("text", "name"), ECHOED_SURNAME)
def test_echoed_surname(extract, text, name):
    x, _ = extract(text)
    assert name in [p.name for p in x.persons], [p.name for p in x.persons]


# the echo needs a speaking surname and a fuller writing: a state, a place or a lone word with no given name before
# it anywhere is no person
ECHO_VETOES = [
    (_LEAD + "The patrols met near Aflao, then drove to Upper Aflao market. Aflao welcomed the plan, officials said.",
     "Aflao"),
    (_LEAD + "The Republic of Togo signed the memorandum. Togo said it would deploy more officers.", "Togo"),
    (_LEAD + "Afrobarometer said the border towns were calm. Afrobarometer said trade had resumed.", "Afrobarometer"),
]


@pytest.mark.parametrize(("text", "word"), ECHO_VETOES)
def test_echo_vetoes(extract, text, word):
    x, _ = extract(text)
    assert not [p.name for p in x.persons if word in p.name], [p.name for p in x.persons]


# `surname-in-full`: a person found only by a post and a surname ("Minister Agyeman") takes the full name the report
# writes elsewhere without the post
SURNAME_IN_FULL = [
    (_LEAD + "Ghana's interior minister, speaking at the opening, Akosua Agyeman, outlined the threats. "
             "Both Minister Agyeman and the Togolese envoy stressed the need for joint patrols.", "Akosua Agyeman"),
]


@pytest.mark.parametrize(("text", "name"), SURNAME_IN_FULL)
def test_surname_in_full(extract, text, name):
    x, _ = extract(text)
    names = [p.name for p in x.persons]
    assert name in names and name.split()[-1] not in names, names
