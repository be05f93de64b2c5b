"""Round 16 (issue 8) people recall, one table per trigger or veto; sentences written for the tests in news style.
Each row: (text, the person's name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

_LEAD = "Oman and Kenya held talks on maritime security on Monday. "

# `style-or-rank-name`: a full name after a style of address, or after a rank written in a form the post grammar does
# not read (hyphenated, undotted, with a bracketed "retired" or "reserve"), is a person; a rank is their post too
STYLE_OR_RANK_NAME = [
    (_LEAD + "The envoy was welcomed at the palace by Prince Talal Al-Rashidi and senior officials.",
     "Talal Al-Rashidi", [], []),
    (_LEAD + "He later met Sheikha Noor bint Saeed Al Hinai to discuss the fisheries accord.",
     "Noor bint Saeed Al Hinai", [], []),
    (_LEAD + "The talks were chaired by Professor Amani Wekesa, who praised the outcome.", "Amani Wekesa", [], []),
    (_LEAD + "The delegation included Hon. Joseph Kiprono, MP, and two senior officers.", "Joseph Kiprono", [], []),
    (_LEAD + "Malaysia sent Dato' Seri Azman Ismail to observe the exercise.", "Azman Ismail", [], []),
    (_LEAD + "The message was delivered by Maj.-Gen. Ibrahim Al-Farsi (Rtd) on behalf of the sultan.",
     "Ibrahim Al-Farsi", ["Major General"], []),
    (_LEAD + "The Kenyan side was led by Gen Samuel Otieno Kariuki, the deputy army commander.",
     "Samuel Otieno Kariuki", ["General"], []),
    (_LEAD + "He was received by Lt Gen (R) Tariq Mehmood Khan at the ministry.", "Tariq Mehmood Khan",
     ["Lieutenant General"], []),
    (_LEAD + "The navy was represented by Rear Admiral Salim Juma Mwinyi at the ceremony.", "Salim Juma Mwinyi",
     ["Rear Admiral"], []),
]


# `capitals-surname`: a family name written in capitals after the given names ends the styled name, inside it
STYLE_OR_RANK_NAME += [
    (_LEAD + "Kenya's team was led by Honourable Kiprotich Amos LANGAT, Minister of Defence, and two aides.",
     "Kiprotich Amos LANGAT", [], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), STYLE_OR_RANK_NAME)
def test_style_or_rank_name(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# `style-run-on`: a style or rank whose capitalised run goes on into a place or body word names a place or a body
STYLE_RUN_ON = [
    (_LEAD + "The minister flew in to Prince Hamdan Air Base near the capital.", "Hamdan"),
    (_LEAD + "The delegation landed at Sheikh Rashid International Airport on Sunday.", "Rashid"),
    (_LEAD + "The officers trained at the Gen Mwai Kibaki Barracks in the north.", "Kibaki"),
    # a lone word after a rank is no full name
    (_LEAD + "The plan was presented to the General Staff of the armed forces.", "Staff"),
]


@pytest.mark.parametrize(("text", "word"), STYLE_RUN_ON)
def test_style_run_on(extract, text, word):
    x, _ = extract(text)
    assert not [p.name for p in x.persons if word in p.name], [p.name for p in x.persons]


# `post-remit-name`: a post whose remit runs on in capitalised words, its holder's name following with no comma; the
# remit ends in a state, a field or a body word, the name is two to four words and a clause goes on after it
POST_REMIT_NAME = [
    (_LEAD + "Minister of Interior of the Republic of Kenya Daniel Mwangi Kimani received the Omani envoy.",
     "Daniel Mwangi Kimani", ["Minister of Interior"], []),
    (_LEAD + "Omani Minister of Foreign and Expatriate Affairs Salim Al-Hinai said the talks went well.",
     "Salim Al-Hinai", ["Minister of Foreign and Expatriate Affairs"], []),
    (_LEAD + "The Secretary of the National Security Council of Kenya Grace Wanjiru Mutua attended the meeting.",
     "Grace Wanjiru Mutua", ["Secretary of National Security Council"], []),
    (_LEAD + "They met Cabinet Secretary for Defence Peter Odhiambo, and the army chief.", "Peter Odhiambo",
     ["Cabinet Secretary for Defence"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), POST_REMIT_NAME)
def test_post_remit_name(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# vetoes of `post-remit-name`: a run holding another post is a list of posts; a remit that does not end in a state,
# a field or a body word gives no name
POST_REMIT_NOT_A_NAME = [
    (_LEAD + "It was chaired by the Secretary of the Council under the President of Kenya Samuel Kiprop Ruto and aides.",
     "Kiprop"),
    (_LEAD + "The Director of Coastal Patrol Boats Mombasa Harbour said the boats were ready.", "Mombasa"),
    # `remit-adjective`: a remit seeming to end in an adjective goes on into the next word, which is no first name
    (_LEAD + "The Assistant Secretary for the Eastern Seaboard Paul Otieno Mwangi led the team.", "Seaboard"),
    (_LEAD + "The Minister of Foreign Affairs and Human Settlement Aisha Wanjiru Kamau attended the talks.",
     "Settlement"),
]


@pytest.mark.parametrize(("text", "word"), POST_REMIT_NOT_A_NAME)
def test_post_remit_not_a_name(extract, text, word):
    x, _ = extract(text)
    assert not [(p.name, p.support.rule) for p in x.persons if word in p.name and p.support.rule == "post-remit-name"], \
        [(p.name, p.support.rule) for p in x.persons]


# `descriptor-comma-name` and the round's descriptor words: a descriptor before a name, in apposition after a comma
# too, marks a person; "counterpart", "politician", "assistant" ... are no post of the body named before them
DESCRIPTOR_NAME = [
    (_LEAD + "Talks stalled after the Ugandan strongman, Moses Kaggwa Lutaya, rejected the proposal.",
     "Moses Kaggwa Lutaya", [], []),
    (_LEAD + "The police chief arrived with his assistant Amina Chepkoech and two officers.", "Amina Chepkoech", [], []),
    (_LEAD + "Meanwhile, senior Hezbollah politician Karim Haddad accused the army of delays.", "Karim Haddad", [],
     ["Hezbollah politician"]),
    (_LEAD + "The visit came after an opposition activist, Omar Farouk Abdallah, was arrested.", "Omar Farouk Abdallah", [],
     []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), DESCRIPTOR_NAME)
def test_descriptor_name(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


def test_comma_counterpart_takes_no_body_post(extract):
    """"the Kenya Oman Business Council ... his Omani counterpart, X": no post made of the body and the comma."""
    x, _ = extract(_LEAD + "The Kenya Oman Business Council chair welcomed his Omani counterpart, Said Al-Busaidi, "
                   "to Nairobi.")
    posts = {p.name: [r.title for r in p.roles] for p in x.persons}
    assert not any("," in t for ts in posts.values() for t in ts), posts


# `list-mate`: a full name listed right beside a person the report names (a comma, "and" or a semicolon
# between, after the first one's bracketed or "of" state) is a person too
LIST_MATE = [
    (_LEAD + "The accord was signed by Foreign Minister Badr Al-Saidi, Joseph Mutua Kamau, and Ahmed Farah Warsame.",
     "Joseph Mutua Kamau"),
    (_LEAD + "The accord was signed by Foreign Minister Badr Al-Saidi, Joseph Mutua Kamau, and Ahmed Farah Warsame.",
     "Ahmed Farah Warsame"),
    (_LEAD + "The interior ministers, Interior Minister Hamad Al-Busaidi (Oman) and Peter Njoroge Karanja (Kenya) "
     "met in Muscat.", "Peter Njoroge Karanja"),
    (_LEAD + "Three delegates attended: Envoy Salim Al-Harthy of Oman, Grace Atieno Odhiambo of Kenya and others.",
     "Grace Atieno Odhiambo"),
]


@pytest.mark.parametrize(("text", "name"), LIST_MATE)
def test_list_mate(extract, text, name):
    x, _ = extract(text)
    assert name in [p.name for p in x.persons], [p.name for p in x.persons]


# vetoes of `list-mate`: a place, a state or a body listed beside a person is none
LIST_MATE_NOT_A_PERSON = [
    (_LEAD + "Defence Minister Hamad Al-Busaidi, Dar es Salaam and Mombasa were on the itinerary.", "Dar es Salaam"),
    (_LEAD + "President Samuel Ruto and South Sudan pledged support.", "South Sudan"),
    (_LEAD + "The pact was welcomed by President Samuel Ruto and the Kenya Defence Forces.", "Kenya Defence"),
    # `body-or-post-word`: a capitalised "Counterpart" is a post word, never a name
    (_LEAD + "President Samuel Ruto and his Omani Counterpart, Haitham Al-Said, held talks.", "Counterpart"),
]


@pytest.mark.parametrize(("text", "word"), LIST_MATE_NOT_A_PERSON)
def test_list_mate_not_a_person(extract, text, word):
    x, _ = extract(text)
    assert not [p.name for p in x.persons if word in p.name], [p.name for p in x.persons]


def test_counterpart_of_state_initials(extract):
    """"his PNG counterpart, X" is a person (`descriptor-comma-name`, kept under the rule name counterpart-name)."""
    x, _ = extract(_LEAD + "The pact was signed by Prime Minister Joseph Kamau and his PNG counterpart, Peter Wari.")
    assert "Peter Wari" in [p.name for p in x.persons], [p.name for p in x.persons]
