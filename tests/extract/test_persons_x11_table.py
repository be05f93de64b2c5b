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
# opens with a state's; the rank in apposition after the body is the same person's
BODY_COMPLEMENT = [
    ("He signed the pact with the commander of the Thai Coast Guard, Vice Admiral Somchai Rattana.", "Somchai Rattana",
     ["Commander of the Thai Coast Guard", "Vice Admiral"], []),
    ("She met the director of the Kenya Wildlife Service, Peter Mwangi, in Nairobi.", "Peter Mwangi",
     ["Director of the Kenya Wildlife Service"], []),
]

# a post's spelling as the report writes it: "State Councilor" is not rewritten "State Councillor"
SPELLING_AS_WRITTEN = [
    ("Chinese State Councilor and Minister of National Defense Li Wen met the delegation.", "Li Wen",
     ["State Councilor"], ["State Councillor"]),
]

TABLES = {"body_before_post": BODY_BEFORE_POST, "who_is_post": WHO_IS_POST, "indefinite_speaker": INDEFINITE_SPEAKER,
          "body_complement": BODY_COMPLEMENT, "spelling_as_written": SPELLING_AS_WRITTEN}


@pytest.mark.parametrize(("text", "name", "present", "absent"),
                         [pytest.param(*row, id=f"{table}-{i}") for table, rows in TABLES.items() for i, row in enumerate(rows)])
def test_rows(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
