"""Round 23 posts handed to the wrong neighbour (x23rolelist). persons._runs_into_next_holder,
`post-runs-into-next-holder`: in a list whose items open with the post, a post after a name that holds the post
before it, running on with no comma into words that end in a name, is the next item's; and person_words._NEXT_HOLDER,
`next-holder-bracketed`: a bracketed remit, a remit with its own "of", or "(Retd)" after the rank still opens the next
item. Sentences written for the tests in news style. Each row: (text, the person's name, posts that must be there,
posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

RUNS_INTO_NEXT_HOLDER = [
    # the remit runs into the next holder's name: the post is that holder's, not the earlier name's
    ("The delegation included Permanent Secretary Kwame Asante, Commander of the Air Force Air Vice Marshal Thomas "
     "Oppong, Acting Director of Policy Harriet Thompson.",
     "Thomas Oppong", ["Commander of the Air Force"], ["Acting Director"]),
    ("The delegation included Permanent Secretary Kwame Asante, Commander of the Air Force Air Vice Marshal Thomas "
     "Oppong, Acting Director of Policy Harriet Thompson.",
     "Harriet Thompson", ["Acting Director of Policy"], []),
    ("Officials met Mexico's Foreign Minister Luis Videgaray, Mexico's Secretary of Government Miguel Osorio, and "
     "Attorney General Alberto Beltran.",
     "Luis Videgaray", ["Foreign Minister"], ["Secretary"]),
    # unchanged: a post set off by commas after a name is that name's ("of" runs into a body, not a name)
    ("Chinese President Xi Jinping, Chairman of the Central Military Commission, said the army must be ready.",
     "Xi Jinping", ["President", "Chairman of the Central Military Commission"], []),
    ("Defence Minister Suleiman Dedefo, Ambassador to Djibouti, noted the progress made.",
     "Suleiman Dedefo", ["Defence Minister", "Ambassador"], []),
]

NEXT_HOLDER_BRACKETED = [
    # a bracketed remit and a remit with its own "of" before the comma and the next holder's style
    ("The delegation included Commander of the Army, Lieutenant General Mahesh Perera, Additional Secretary (Defence) "
     "of the Ministry of Defence, Mr. Sarath Kumara, and others.",
     "Mahesh Perera", [], ["Additional Secretary"]),
    # a bracketed "retired" after the next holder's rank
    ("He called on the Prime Minister, Mahinda Rajapaksa, Secretary General of the Ministry of Defence, General (Retd) "
     "Kamal Gunaratne, and the Navy Chief.",
     "Mahinda Rajapaksa", ["Prime Minister"], ["Secretary-General of the Ministry of Defence"]),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), RUNS_INTO_NEXT_HOLDER)
def test_post_runs_into_next_holder(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)


@pytest.mark.parametrize(("text", "name", "present", "absent"), NEXT_HOLDER_BRACKETED)
def test_next_holder_bracketed(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
