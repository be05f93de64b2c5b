"""Round 16, second people pass: a person the report names in full once and then by surname alone. One table per
trigger or veto; sentences written for the tests in news style."""

from __future__ import annotations

import pytest
from extract_support import check_posts

_LEAD = "Ghana and Togo held talks on border security on Monday. "

# `echoed-surname`: a lone surname speaking as a subject ("Osei said", '..." Osei told', "Mr Osei added") names a
# person; the report's fuller writing of it elsewhere (given names or initials right before it) is the name
ECHOED_SURNAME = [
    (_LEAD + "Kwame Osei and his Togolese counterpart met in Lome on Sunday. Osei also tweeted that the meeting was "
             "useful.", "Kwame Osei"),
    (_LEAD + "The minutes were signed by the Secretary to the Ministry of Fisheries and Coastal Affairs, A.K. Owusu, "
             "on Friday. Owusu said the fleet would be inspected.", "A.K. Owusu"),
    (_LEAD + "The deal was signed between DG, GIS, Yaw Asante Darko and DG, TIS, Gen Koffi Ablode. During the talks, "
             "Darko stressed the value of trade.", "Yaw Asante Darko"),
    (_LEAD + "The deal was signed between DG, GIS, Yaw Asante Darko and DG, TIS, Gen Koffi Ablode. \"Trade must "
             "flow,\" Darko was quoted as saying.", "Yaw Asante Darko"),
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


# `post-beside-echo`: the holderless post right before the fuller writing, its remit between, is its post; not a
# post with a body between, nor the next list item's post after the name
POST_BESIDE_ECHO = [
    (_LEAD + "The accord was signed by the Secretary to the Ministry of Fisheries and Coastal Affairs, A.K. Owusu, "
             "on Friday. Owusu said the fleet would be inspected.", "A.K. Owusu",
     # since x18initials the sentence no longer ends at "A.K." and the name is read after its post, remit and all
     ["Secretary to the Ministry of Fisheries and Coastal Affairs"], []),
    # a body between the post and the name, and the next item's post after it: neither is the name's
    (_LEAD + "The deal was signed between DG, GIS, Yaw Asante Darko and DG, TIS, Gen Koffi Ablode. During the talks, "
             "Darko stressed the value of trade.", "Yaw Asante Darko", [], ["Director General"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), POST_BESIDE_ECHO)
def test_post_beside_echo(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


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


# `remit-name-and`: a post's remit running into its holder's name, the next holder coordinated after "and" (the run
# is cut before the "and"); `post-inside-remit`: a post after "under the" is part of another post's remit
REMIT_NAME_AND = [
    (_LEAD + "Talks were held in Accra between the Minister of Interior and Administration Kwesi Ampofo Boadu and the "
             "Minister of Security of Togo Yark Damehame.", "Kwesi Ampofo Boadu",
     ["Minister of Interior and Administration"], []),
    (_LEAD + "The session was co-chaired by Ghanaian Minister of Interior and Local Authorities Ama Darkoa Owusu and "
             "Togo’s Minister of Territorial Administration, Payadowa Boukpessi.", "Ama Darkoa Owusu",
     ["Minister of Interior and Local Authorities"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), REMIT_NAME_AND)
def test_remit_name_and(extract, text, name, present, absent):
    check_posts(extract, text, name, present, absent)


def test_post_inside_remit(extract):
    x, _ = extract(_LEAD + "The consultations were chaired by the Secretary of the Security Council under the "
                           "President of the Republic of Ghana Kojo Mensah Badu and the Secretary of the Security "
                           "Council of the Republic of Togo Yawa Kouigan.")
    assert not any(r.title == "President" for p in x.persons for r in p.roles), \
        [(p.name, [r.title for r in p.roles]) for p in x.persons]
