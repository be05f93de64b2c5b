"""Round 9 (issue 8) mechanisms of people and posts, one table per mechanism; sentences written for the tests in news
style. Each row: (text, the person's name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

# one post named twice (in full, then by its head word or in other words) is one post of the person
SAME_POST = [
    ("Minister of National Security, Hon. Kofi Mensah, met the envoy. Minister Mensah said the accord matters.",
     "Kofi Mensah", ["Minister of National Security"], ["Minister"]),
    ("Foreign Minister Arman Petrosyan arrived on Monday. The Minister of Foreign Affairs of Armenia, Arman Petrosyan, "
     "thanked his hosts.", "Arman Petrosyan", ["Foreign Minister"], ["Minister of Foreign Affairs"]),
    ("The Speaker of the Estonian Parliament, Lauri Tamm, received him. Speaker Tamm said the visit was timely.",
     "Lauri Tamm", ["Speaker of the Estonian Parliament"], ["Speaker"]),
    # a word that makes another post keeps both
    ("Deputy Prime Minister Ines Varga met the press. Prime Minister Ines Varga had resigned a year earlier.",
     "Ines Varga", ["Deputy Prime Minister", "Prime Minister"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), SAME_POST)
def test_same_post_named_twice(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


# a post's remit runs on in capitalised words up to the comma before its holder's full name
POST_RUNS_ON = [
    ("Also present were the Vice Minister of Internal Order of Chile, Tomas Aravena Vidal, and other officials.",
     "Tomas Aravena Vidal", ["Vice Minister of Internal Order"], []),
    ("The talks were opened by the Minister of National Defence and Veterans of the Homeland, Paulo Mendes Cuca, on "
     "Tuesday.", "Paulo Mendes Cuca", ["Minister of National Defence and Veterans of the Homeland"], []),
    ("The call was requested by the Ambassador of Bolivia to Paraguay, Luis Arce Mamani.", "Luis Arce Mamani",
     ["Ambassador"], []),
    # a style without its full stop ("the Rt Hon", "Hon") and "MP" after the name; a state's long name closes the post
    ("She held talks with the Secretary of State for Defence of the United Kingdom of Great Britain and Northern "
     "Ireland, the Rt Hon Peter Allen MP in Tokyo.", "Peter Allen", ["Secretary of State for Defence"], []),
    ("He met Home Secretary the Rt Hon Clara Wood MP in London.", "Clara Wood", ["Home Secretary"], []),
]

# honorific and rank blocks open a name without being one; a lone word after a post that is no surname is no person
NAME_BLOCKS = [
    ("He called on the Vice President of Ghana, Alhaji (Dr) Yakubu Mahama Issah, at his office.",
     "Yakubu Mahama Issah", ["Vice President"], []),
    ("The Chief of Staff, Major General Tunde Adeyemi (retd), opened the course.", "Tunde Adeyemi",
     ["Chief of Staff", "Major General"], []),
    # (the initials before the post are now a body, so the post keeps them, as the golds write "NISS Head")
    ("Present were the army commander and NISA Director Amb. Hassan Abdi Warsame on Monday.", "Hassan Abdi Warsame",
     ["NISA Director"], []),
    ("The delegation was led by Ambassador Maria Teresa Sta. Ana while the Chinese side listened.",
     "Maria Teresa Sta. Ana", ["Ambassador"], []),
    ("The talks were co-chaired by Deputy Minister of National Defence Senior Lieutenant General Tran Van Minh.",
     "Tran Van Minh", ["Deputy Minister of National Defence", "Senior Lieutenant General"], []),
]

NOT_PEOPLE = [
    "Separately, a Chinese Defense Ministry spokesperson said in a statement that Tokyo must stop.",
    "The two countries held the Home Secretary Level Talks in Kathmandu on 22 July.",
    "He was received at King Fahd International Airport by the governor.",
    "The forum brings together National Security Advisors (NSA) from five states.",
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), POST_RUNS_ON + NAME_BLOCKS)
def test_name_and_post_boundaries(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_lone_words_after_posts_are_not_people(extract, text):
    x, _ = extract(text)
    assert [p.name for p in x.persons] == []


# name grammar: a Portuguese "e", a spaced hyphen, an apostrophe before an Arabic article; a shorter form of a name
# that a family name or particle continues is the same person
NAME_GRAMMAR = [
    ("Brazilian Defence Minister Rui Costa e Almeida signed the protocol.", "Rui Costa e Almeida",
     ["Defence Minister"], []),
    ("He met the Minister of the Interior, Kwabena Owusu- Ansah, in Kumasi.", "Kwabena Owusu- Ansah",
     ["Minister of Interior"], []),
    ("Iraqi Prime Minister Ahmad Ja' al-Hashimi arrived in Amman.", "Ahmad Ja' al-Hashimi", ["Prime Minister"], []),
    ("Crown Prince Hamdan bin Rashid welcomed the guests. Later Crown Prince Hamdan bin Rashid Al Maktoum toured the "
     "port.", "Hamdan bin Rashid Al Maktoum", ["Crown Prince"], []),
]

# a style of address marks a person; a name appointed or elected "as" a post holds it
STYLED_AND_AS = [
    ("The pact was discussed by Chancellor Olaf Brandt and Sir Keith Palmer at the summit.", "Keith Palmer", [], []),
    ("Lydia Okafor praised the deal. Mrs Okafor is on her second visit to Lagos.", "Lydia Okafor", [], []),
    ("On Monday Tbilisi appointed Giorgi Beridze as ambassador to Armenia.", "Giorgi Beridze", ["Ambassador"], []),
    ("The election of Maria Lindqvist as President worried Moscow.", "Maria Lindqvist", ["President"], []),
    # a government named after the person who leads it
    ("Ankara signed two memorandums with the government of Khalid Salem Mansour last year.", "Khalid Salem Mansour",
     [], []),
    ("The detainees were never claimed during the administration of Julio Vargas Ruiz.", "Julio Vargas Ruiz", [], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), NAME_GRAMMAR + STYLED_AND_AS)
def test_name_grammar_styles_and_as(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
    x, _ = extract(text)
    assert len(x.persons) == len({p.key for p in x.persons}) and sum(name in p.name for p in x.persons) == 1


# posts written in lowercase keep their lowercase field; a bracketed (Rtd) between rank and name; DGMO is a post
POST_WORDING = [
    ("Omar Haidari, the deputy minister of economy, said the talks went well.", "Omar Haidari",
     ["Deputy Minister of economy"], ["Deputy Minister"]),
    ("Rustam Karimov, deputy prime minister and minister of investments and foreign trade, led the delegation.",
     "Rustam Karimov", ["Minister of investments and foreign trade"], []),
    ("The chief of staff, Air Marshal (Rtd) Sadiq Bello Abubakar, opened the seminar.", "Sadiq Bello Abubakar",
     ["Air Marshal"], []),
    ("Pakistan's DGMO Major General Tariq Mehmood Awan spoke to his counterpart.", "Tariq Mehmood Awan",
     ["Director General of Military Operations", "Major General"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), POST_WORDING)
def test_post_wording(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
