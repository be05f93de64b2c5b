"""Round 18 role recall: a post keeps the body it heads ("Chief of the Defence Force", "vice chairman of the Central
Military Commission"), as news writes it. One table per trigger or veto, sentences written for the tests in news style.
Each row: (text, the person's name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

# `body-then-rank` (posts.py): a rank after a body's run ends the body; it does not cut the body short. Since x19
# (`body-then-rank-name`) the post is written as the text gives it, as it is with no rank after it (same role words).
BODY_THEN_RANK = [
    ("The envoy will meet Chief of Zambian Defence Forces General Moses Banda on Friday.",
     "Moses Banda", ["Chief of Zambian Defence Forces", "General"], []),
    ("Commander of the Malawi Defence Forces Brigadier Paul Otieno received the vessel.",
     "Paul Otieno", ["Commander of the Malawi Defence Forces", "Brigadier"], ["Commander of the Malawi Defence"]),
]

# `field-into-body` (posts.py): the field words after a head post open a body's name, which runs to its last word
FIELD_INTO_BODY = [
    ("The minister was welcomed by the Chief of the Defence Force, Air Marshal Tom Reilly, at the base.",
     "Tom Reilly", ["Chief of Defence Force", "Air Marshal"], ["Chief of Defence"]),
    ("Rear Admiral Kofi Mensah, Director of Defence Services, attended the drill.",
     "Kofi Mensah", ["Director of Defence Services"], ["Director of Defence"]),
]

# `post-state-rank` and a bare space (posts.py): a rank after a post grown over its body, the post's state or nothing
# between, opens the holder's name
POST_STATE_RANK = [
    ("Talks opened with the head of the Transitional Council Gen. Idriss Mahamat in the capital.",
     "Idriss Mahamat", ["head of the Transitional Council", "General"], []),  # x19: as written, same role words
    ("Commander of the Land Forces Gabon Major General Paul Nguema inspected the troops.",
     "Paul Nguema", ["Commander of the Land Forces", "Major General"], []),
]
# veto: a rank word inside a body's name ("the General Directorate") is no rank of the holder
RANK_IN_BODY_NAME = [
    ("The talks were led by Karim Daud, the chief of the General Directorate of Intelligence, on Sunday.",
     "Karim Daud", ["General Directorate of Intelligence Chief"], ["General"]),
]

# `post-of-known-body` (posts.py): a post heading a body the report names is that body's post, as written; an acronym
# the report spells out stands for the full name
POST_OF_KNOWN_BODY = [
    ("The Coastal Surveillance Agency (CSA) named a new board. Jonas Berg, vice chairman of the CSA, arrived on "
     "Monday.", "Jonas Berg", ["Vice Chairman of the Coastal Surveillance Agency"], ["Vice Chairman"]),
    ("Wang Lei, vice chairman of China's Central Military Commission, received the delegation in Beijing.",
     "Wang Lei", ["Vice Chairman of China's Central Military Commission"], ["Vice Chairman"]),
]

# `state-after-body` (posts.py): the state a body is in, named after it in its formal style, is the post's state and
# stays out of the post's words
STATE_AFTER_BODY = [
    ("He met the Chief of the General Staff of the Armed Forces of the Tajik Republic, Major General Rustam Nazarov.",
     "Rustam Nazarov", ["Chief of General Staff of the Armed Forces", "Major General"], []),
    ("General Saad al-Harbi, Chief of General Staff of the Armed Forces of the Kingdom of Bahrain, arrived on Sunday.",
     "Saad al-Harbi", ["Chief of General Staff of the Armed Forces"],
     ["Chief of General Staff of the Armed Forces of the Kingdom of Bahrain"]),
]

# `head-ranks` (posts.py): "National", "Additional", "Joint" grade a head post, which still heads its body
GRADED_HEAD_POSTS = [
    ("General Thabo Nkosi, National Commissioner of the Lesotho Mounted Police Service, opened the meeting.",
     "Thabo Nkosi", ["National Commissioner of the Lesotho Mounted Police Service"], ["National Commissioner"]),
]

# `remit` (posts.py): a capitalised remit ends at a semicolon too
REMIT_BEFORE_SEMICOLON = [
    ("Present were Ana Ortiz, Secretary of State for Security; Luis Vidal, Secretary of State for Trade; and others.",
     "Ana Ortiz", ["Secretary of State for Security"], ["Secretary of State"]),
]

# `appositive-complement` (posts.py): the apposition closes before "at the <Place or body>" too
APPOSITIVE_AT_THE = [
    ("Jean Mugabo, the head of Military Intelligence at the Burundi National Defence Force, said on Monday.",
     "Jean Mugabo", ["head of Military Intelligence"], ["head of Military"]),
]

# `post-opens-next-item` (persons.py) holds only in lists whose items open with the post; in a list whose items open
# with a rank and a name, the post after a name is that name's (a rank before a name is no post)
LIST_DIRECTION = [
    ("The delegation comprised General Peter Dube, National Commissioner of the Police Service, Lieutenant General "
     "Mary Sibiya, Deputy Commissioner for Crime Intelligence, and others.",
     "Peter Dube", ["National Commissioner of the Police Service"], []),
    ("The delegation comprised General Peter Dube, National Commissioner of the Police Service, Lieutenant General "
     "Mary Sibiya, Deputy Commissioner for Crime Intelligence, and others.",
     "Mary Sibiya", [], ["National Commissioner of the Police Service"]),
]

# `body-then-post` (person_roles.py): a post heading a body, right after the body's name, is that body's post
BODY_THEN_POST = [
    ("Ukrainian Australian Council (UAC) President Olena Koval welcomed the decision.",
     "Olena Koval", ["Ukrainian Australian Council President"], ["President"]),
    ("The talks were hosted by European Council President Antonio Costa in Brussels.",
     "Antonio Costa", ["European Council President"], ["President"]),
]

# `holder-then-past-verb` (person_posts.py): after a post's remit and its holder's name, a verb in the past goes on
HOLDER_THEN_PAST_VERB = [
    ("Deputy Minister of Defence and Military Veterans Sipho Dlamini addressed the graduating class.",
     "Sipho Dlamini", ["Deputy Minister of Defence and Military Veterans"], []),
]

ROWS = {"body_then_rank": BODY_THEN_RANK, "field_into_body": FIELD_INTO_BODY, "post_state_rank": POST_STATE_RANK,
        "rank_in_body_name": RANK_IN_BODY_NAME, "post_of_known_body": POST_OF_KNOWN_BODY,
        "state_after_body": STATE_AFTER_BODY, "graded_head_posts": GRADED_HEAD_POSTS,
        "remit_before_semicolon": REMIT_BEFORE_SEMICOLON, "appositive_at_the": APPOSITIVE_AT_THE,
        "list_direction": LIST_DIRECTION, "body_then_post": BODY_THEN_POST,
        "holder_then_past_verb": HOLDER_THEN_PAST_VERB}


@pytest.mark.parametrize(("text", "name", "present", "absent"),
                         [pytest.param(*row, id=f"{table}-{i}") for table, rows in ROWS.items()
                          for i, row in enumerate(rows)])
def test_rows(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
