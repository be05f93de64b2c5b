"""Round 11 (issue 8) mechanisms of people and posts: a body named before its post, a relative clause naming posts,
an indefinite speaker after a name, a body's complement after a lowercase post. Sentences written for the tests in
news style. Each row: (text, the person's name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

# a body before its post, with its acronym in brackets between; an acronym the report spells out stands for the body's
# full name in the post (posts are written with abbreviations expanded), one it never spells out stays as written
BODY_BEFORE_POST = [
    ("The visitors included the Defence Intelligence Agency (DIA) Director Tom Rivers and his aides.", "Tom Rivers",
     ["Defence Intelligence Agency Director"], ["Director"]),
    ("The National Crime Agency (NCA) said on Monday the gang had been broken up. NCA Director Maria Lopes said more "
     "arrests would follow.", "Maria Lopes", ["National Crime Agency Director"], ["NCA Director"]),
    ("“The network is down,” FBI Director Tom Rivers said.", "Tom Rivers", ["FBI Director"], ["Federal Bureau of Investigation Director"]),
]

# "NAME, who is (also) POST": the clause's posts are the name's, a named body's membership too
WHO_IS_POST = [
    ("Interior Minister Omar Haddad met the envoy. Haddad, who is also Deputy Prime Minister, said the border would "
     "reopen.", "Omar Haddad", ["Interior Minister", "Deputy Prime Minister"], []),
    ("Pham Minh Quan, who is also a Politburo member and Deputy Secretary of the Central Military Commission, arrived in "
     "Manila.", "Pham Minh Quan", ["Politburo member", "Deputy Secretary of the Central Military Commission"], []),
    ("The talks were chaired by Ruth Okafor, who is currently the Minister of Interior.", "Ruth Okafor",
     ["Minister of Interior"], []),
    # a clause that names no post binds nothing
    ("Omar Haddad, who was born in Basra, met President Joe Biden.", "Joe Biden", ["President"], []),
]

# ", a <post> said": an indefinite post before a speech verb is the subject of its own clause, not the name's post
INDEFINITE_SPEAKER = [
    ("The minister will travel to meet the junta leader, General Amadou Sall, a presidency spokesman said.",
     "Amadou Sall", [], ["presidency spokesman"]),
    ("The deal was signed by Omar Haddad, a government spokesman.", "Omar Haddad", ["government spokesman"], []),
]

# a lowercase post heads the body after it ("the commander of the Vietnam Coast Guard"), also when the body's name
# opens with a state's; the rank in apposition after the body is the same person's. A body the report knows is bound
# as an organisation (the post then names it before the post word: the same words, which is how posts are matched)
BODY_COMPLEMENT = [
    ("He signed the pact with the commander of the Thai Coast Guard, Vice Admiral Somchai Rattana.", "Somchai Rattana",
     ["Thai Coast Guard Commander", "Vice Admiral"], ["Commander"]),
    ("She met the director of the Kenya Wildlife Service, Peter Mwangi, in Nairobi.", "Peter Mwangi",
     ["Kenya Wildlife Service Director"], ["Director"]),
    ("The talks were held with the commander of the Eastern Naval Command, Vice Admiral Ravi Shah.", "Ravi Shah",
     ["Eastern Naval Command Commander", "Vice Admiral"], ["Commander"]),
]

# a post's spelling as the report writes it: "State Councilor" is not rewritten "State Councillor"
SPELLING_AS_WRITTEN = [
    ("Chinese State Councilor and Minister of National Defense Li Wen met the delegation.", "Li Wen",
     ["State Councilor"], ["State Councillor"]),
]

# a style written in lowercase ("sheikh X", as some agencies write it) still opens the holder's name after a chain
# of posts; "Visiting" opening the sentence qualifies the post as "visiting" does
LOWERCASE_STYLE = [
    ("DOHA, May 3 -- Visiting Omani Deputy Prime Minister and Minister of Interior sheikh Hamad bin Saif Al-Busaidi "
     "held talks in Doha.", "Hamad bin Saif Al-Busaidi", ["Deputy Prime Minister", "Minister of Interior"], []),
]

# "The defence ministers of A and B ... The ministers, X of A and Y of B": a definite plural post with no field refers
# back to the last plural post of its kind
DEFINITE_PLURAL = [
    ("The foreign ministers of Chile and Peru met in Lima on Monday. The ministers, Ana Torres of Chile and Luis Rojas "
     "of Peru, signed a border accord.", "Luis Rojas", ["Foreign Minister"], ["The minister"]),
    ("The ministers, Ana Torres of Chile and Luis Rojas of Peru, signed a border accord.", "Ana Torres", [],
     ["The minister"]),
]

# a counterpart of a British or American secretary holds the like post as other states name it: a minister
COUNTERPART_LIKE_POST = [
    ("British Defence Secretary Tom Hale signed the declaration in Berlin with his German counterpart Klaus Weber.",
     "Klaus Weber", ["Defence Minister"], ["Defence Secretary"]),
    ("US Secretary of State Paul Grant met his Indian counterpart Ravi Menon in Delhi on Friday.", "Ravi Menon",
     ["Foreign Minister"], ["Secretary of State"]),
    # the other way round the post is carried over as written
    ("Japanese Defence Minister Kenji Sato met his US counterpart Paul Grant in Tokyo on Friday.", "Paul Grant",
     ["Defence Minister"], []),
    ("Australian Defence Minister Mark Hale met his Japanese counterpart Kenji Sato in Tokyo.", "Kenji Sato",
     ["Defence Minister"], []),
]

# "X hailed the pact ... . The Defence Secretary said ...": a post no one holds, opening the next sentence as its
# speaker, is the post of the untitled person who opened the sentence before
NAME_THEN_TITLE = [
    ("Tom Hale hailed the new pact with Germany on Wednesday.\n\nThe Defence Secretary said the deal was a first "
     "step.\n\nMr Hale will fly to Warsaw next.", "Tom Hale", ["Defence Secretary"], []),
    ("Ana Torres met Foreign Minister Luis Rojas in Lima.\n\nThe Foreign Minister said talks went well.", "Ana Torres",
     [], ["Foreign Minister"]),
]

# an international body before its post is part of the post ("EU foreign policy chief", "NATO Secretary General")
INTERNATIONAL_POSTS = [
    ("The ministers, joined by EU foreign policy chief Kaja Lind, vowed to keep up military aid.", "Kaja Lind",
     ["EU foreign policy chief"], ["foreign policy chief"]),
    ("NATO Secretary General Mark Ruud told reporters the alliance was ready.", "Mark Ruud",
     ["NATO Secretary-General"], ["Secretary-General"]),
    ("He met Japan's top diplomat Takeshi Iwata on Monday.", "Takeshi Iwata", ["top diplomat"], []),
]

# posts of the table written out: a defence force's chief (with the force it heads), a party's general secretary, an
# army's chief of staff, a coast guard's commandant; "DG" before the acronym of the body its holder heads
POST_ROWS = [
    ("Chief of Defence Forces General Peter Ndung met the delegation in Juba.", "Peter Ndung",
     ["Chief of Defence Forces", "General"], ["Chief of Defence"]),
    ("Mark Tan, Chief of Defence Force of the Fiji Military Forces, opened the exercise.", "Mark Tan",
     ["Chief of Defence Force of the Fiji Military Forces"], ["Chief of Defence"]),
    ("The delegation accompanied Party General Secretary Nguyen Van Binh to Jakarta.", "Nguyen Van Binh",
     ["Party General Secretary"], ["Secretary"]),
    ("The accord was signed by Ghana's army chief of staff, General Kofi Asante.", "Kofi Asante",
     ["Army Chief of Staff", "General"], []),
    ("Coast guard commandant Admiral Ramon Cruz said the patrols would go on.", "Ramon Cruz",
     ["Commandant", "Admiral"], []),
    ("The talks were led by DG NCB Ravi Kumar Sharma. The Narcotics Control Bureau (NCB) said on Monday that "
     "seizures had doubled.", "Ravi Kumar Sharma", ["Director General of Narcotics Control Bureau"], []),
]

TABLES = {"post_rows": POST_ROWS, "lowercase_style": LOWERCASE_STYLE, "definite_plural": DEFINITE_PLURAL,
          "counterpart_like_post": COUNTERPART_LIKE_POST, "name_then_title": NAME_THEN_TITLE,
          "international_posts": INTERNATIONAL_POSTS, "body_before_post": BODY_BEFORE_POST, "who_is_post": WHO_IS_POST, "indefinite_speaker": INDEFINITE_SPEAKER,
          "body_complement": BODY_COMPLEMENT, "spelling_as_written": SPELLING_AS_WRITTEN}


@pytest.mark.parametrize(("text", "name", "present", "absent"),
                         [pytest.param(*row, id=f"{table}-{i}") for table, rows in TABLES.items() for i, row in enumerate(rows)])
def test_rows(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
