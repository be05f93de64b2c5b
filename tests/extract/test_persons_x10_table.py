"""Round 10 (issue 8) mechanisms of people and posts: how a post binds its rank words and its holder's standing.
Sentences written for the tests in news style. Each row: (text, the person's name, posts that must be there, posts
that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

# an ordinal before a deputy's post is part of the post; "Under" before any post but a secretary's is a preposition
RANK_WORDS = [
    ("The delegation was led by Tomas Okello, First Deputy Prime Minister and Minister for Internal Affairs.",
     "Tomas Okello", ["First Deputy Prime Minister", "Minister of Internal Affairs"], ["Deputy Prime Minister"]),
    ("President Garang and his First Vice President Peter Lual agreed to extend the transition.", "Peter Lual",
     ["First Vice President"], ["Vice President"]),
    ("Under President Maria Lopes the country has returned hundreds of migrants.", "Maria Lopes", ["President"],
     ["Under President"]),
    ("Under Secretary Jane Holt told the committee the funds were ready.", "Jane Holt", ["Under Secretary"], []),
    # "First Minister" is a post of its own, not a ranked minister
    ("First Minister Alan Reid met the delegation in Edinburgh.", "Alan Reid", ["First Minister"], []),
]

# "Brig. Gen.": the abbreviated rank is the whole rank
RANK_ABBREVIATIONS = [
    ("Defence Ministry spokesperson Brig. Gen. Anton Wirawan said the drills would go ahead.", "Anton Wirawan",
     ["Brigadier General"], ["General"]),
    ("Army spokesman Brig Gen Musa Bello said the patrols would resume.", "Musa Bello", ["Brigadier General"], []),
]


# two posts joined by "and" before one name are both the holder's, also when the second opens with its field words
TWO_POSTS = [
    ("Jordan's Deputy Prime Minister and Foreign Affairs Minister Omar Haddad met his Iraqi counterpart on Tuesday.",
     "Omar Haddad", ["Deputy Prime Minister", "Foreign Affairs Minister"], []),
    ("Deputy Prime Minister and Defence Minister Paul Harker flew to Manila.", "Paul Harker",
     ["Deputy Prime Minister", "Defence Minister"], []),
    ("The talks involved Sheikh Saif bin Khalid, Vice President and Ruler of Dubai, and other officials.",
     "Saif bin Khalid", ["Vice President", "Ruler of Dubai"], []),
    # the place a post rules closes it, and the "and" after the place opens the holder's next post
    ("Sheikh Hamdan bin Saif, Crown Prince of Dubai and Minister of Defence, attended the parade.", "Hamdan bin Saif",
     ["Crown Prince of Dubai", "Minister of Defence"], []),
    ("The guests included Sheikh Omar bin Saif, Crown Prince of Abu Dhabi and Deputy Supreme Commander of the Armed "
     "Forces.", "Omar bin Saif", ["Crown Prince of Abu Dhabi", "Deputy Supreme Commander of the Armed Forces"], []),
]


# two counterparts named together pair, in order, with the two post holders named before them
COUNTERPARTS_RESPECTIVELY = [
    ("Japanese Foreign Minister Kenji Sato and Defence Minister Hiro Ota met their Australian counterparts Penny Adams "
     "and Richard Moles in Tokyo.", "Richard Moles", ["Defence Minister"], ["Foreign Minister"]),
    ("Japanese Foreign Minister Kenji Sato and Defence Minister Hiro Ota met their Australian counterparts Penny Adams "
     "and Richard Moles in Tokyo.", "Penny Adams", ["Foreign Minister"], ["Defence Minister"]),
    ("Foreign Minister Kenji Sato and Defence Minister Hiro Ota will host their French counterparts Marie Colin and "
     "Paul Vidal next month.", "Paul Vidal", ["Defence Minister"], []),
]


# an apposition "X, the kingdom's / the UAE's previous <post>": the state word or a qualifier before the post does
# not stop the post from binding to the name before it; "de facto" is part of the post
APPOSITION_QUALIFIED = [
    ("Saudi television showed Crown Prince Faisal bin Fahd, the kingdom's de facto ruler, receiving the guests.",
     "Faisal bin Fahd", ["Crown Prince", "de facto ruler"], []),
    ("Jordan said on Monday that Ali Haddad, the kingdom's foreign minister, would travel to Baghdad.", "Ali Haddad",
     ["Foreign Minister"], []),
    ("The country's de facto leader, General Omar Sharif, met the envoy.", "Omar Sharif", ["de facto leader"],
     ["facto leader"]),
    ("He paid his respects after the death of Pedro Alves Costa, Brazil's previous president.", "Pedro Alves Costa",
     ["President"], []),
]


TABLES = {"rank_words": RANK_WORDS, "rank_abbreviations": RANK_ABBREVIATIONS, "two_posts": TWO_POSTS,
          "counterparts_respectively": COUNTERPARTS_RESPECTIVELY, "apposition_qualified": APPOSITION_QUALIFIED}


@pytest.mark.parametrize(("text", "name", "present", "absent"),
                         [pytest.param(*row, id=f"{table}-{i}") for table, rows in TABLES.items() for i, row in enumerate(rows)])
def test_rows(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
