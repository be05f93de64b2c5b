"""Round 12 (issue 8) mechanisms of people and posts: a post that introduces its holder before the name, a
counterpart's own post over the like post it was given, the leader an aide serves, an ambassador's style, a former
and a current post of one holder, a bracketed remit. Sentences written for the tests in news style. Each row: (text,
the person's name, posts that must be there, posts that must not)."""

from __future__ import annotations

import pytest
from extract_support import check_posts as _check

# a definite post no one holds, in the lead or qualified by a state, is the post of the first person the next two
# sentences name for the first time (rule `post-then-new-name`)
POST_THEN_NEW_NAME = [
    ("DHAKA: The deputy foreign minister arrived in Yangon on Monday for talks on the refugee crisis.\n\n"
     "Rahima Sultana Chowdhury and Than Swe, the host foreign minister, discussed the repatriation plan.",
     "Rahima Sultana Chowdhury", ["Deputy Foreign Minister"], []),
    ("Kenyan Defence Minister Aden Duale met on Friday with the Ugandan minister of state for defence affairs to "
     "discuss border security.\n\nDuale and Jacob Oboth Oboth reviewed the joint patrols, the ministry said.",
     "Jacob Oboth Oboth", ["Minister of State for defence affairs"], []),
    # the first person named after the post already holds a post of their own: nothing is carried over
    ("DHAKA: The deputy foreign minister arrived in Yangon on Monday.\n\nHome Minister Asaduzzaman Khan said the "
     "talks would go on.", "Asaduzzaman Khan", ["Home Minister"], ["Deputy Foreign Minister"]),
    # a post somebody in the report holds is not carried to a newcomer
    ("Foreign Minister Penny Wong flew to Jakarta on Monday. The Foreign Minister met officials there.\n\n"
     "Retno Marsudi said the visit was welcome.", "Retno Marsudi", [], ["Foreign Minister"]),
    # a state's post is not given to someone of another state
    ("Guler met the Qatari minister of state for defense affairs on Tuesday.\n\nGuler and Pakistani Army chief "
     "General Asim Munir later held talks.", "Asim Munir", [], ["Minister of State for defense affairs"]),
]

# a counterpart holds the like post only until the report names their own (rule `counterpart-post` yields)
OWN_POST_OVER_COUNTERPART = [
    ("Ethiopian Federal Police Commissioner General Demelash Gebre held talks with his Kenyan counterpart Hillary "
     "Nzioki Mutyambai in Nairobi.\nKenyan Inspector General Mutyambai said the two forces agreed to share "
     "intelligence.", "Hillary Nzioki Mutyambai", ["Inspector General"], ["Police Commissioner General"]),
    ("Indian Defence Minister Rajnath Singh held talks with his Australian counterpart Richard Marles in Canberra.",
     "Richard Marles", ["Defence Minister"], []),
]


# an aide's post takes the leader it serves; the name after it is the aide's, not the leader's
AIDE_TO_LEADER = [
    ("National Security Advisor to the Prime Minister Ajit Doval met Wang Yi in Beijing.", "Ajit Doval",
     ["National Security Advisor to the Prime Minister"], ["Prime Minister"]),
    ("The lunch was joined by Parliamentary Secretary to the Prime Minister Rachel Bendayan.", "Rachel Bendayan",
     ["Parliamentary Secretary to the Prime Minister"], ["Prime Minister"]),
    ("Special Assistant to the President Femi Adesina said the visit went well.", "Femi Adesina",
     ["Special Assistant to the President"], ["President"]),
    ("Mohammad Sadiq, the special assistant to the prime minister on Afghanistan, was also present.", "Mohammad Sadiq",
     ["Special Assistant to the prime minister"], []),
    ("Advisor to the Prime Minister of Canada Nathalie Drouin said.", "Nathalie Drouin", ["Adviser"], ["Prime Minister"]),
]

# "former X and current Y NAME": one holder's two posts; "leader of (the) opposition" is a post
FORMER_AND_CURRENT = [
    ("The government answered comments from former Tuvalu prime minister and current leader of opposition Enele "
     "Sopoaga that he would scrap the treaty.", "Enele Sopoaga", ["former Prime Minister", "Leader of the Opposition"],
     []),
    ("Prime Minister Ali Musa met the current Foreign Minister Omar Haddad on Monday.", "Omar Haddad",
     ["Foreign Minister"], ["Prime Minister"]),
]

# "deputy secretary (policy) NAME": a bracketed remit between a post and its holder's name is part of the post
BRACKETED_REMIT = [
    ("The pact was signed by the ministry's deputy secretary (policy) Lim Wei Ming and his Korean host.", "Lim Wei Ming",
     ["Deputy Secretary (policy)"], []),
    ("Air Marshal (Retd) Tariq Ahmed Khan said the drill went well.", "Tariq Ahmed Khan", ["Air Marshal"], []),
    ("Defence Ministers Ivan Velasquez (Colombia) and Omar Haddad (Venezuela) met in Caracas.", "Omar Haddad",
     ["Defence Minister"], []),
]

# "Amb." before a name after a post: an ambassador's style is a post of its own
AMBASSADOR_STYLE = [
    ("They were welcomed by Somali officials, including NISA Director Amb. Abdullahi Mohamed Ali.",
     "Abdullahi Mohamed Ali", ["Ambassador"], []),
]


@pytest.mark.parametrize(("text", "name", "present", "absent"), POST_THEN_NEW_NAME + OWN_POST_OVER_COUNTERPART
                         + AIDE_TO_LEADER + AMBASSADOR_STYLE
                         + FORMER_AND_CURRENT + BRACKETED_REMIT)
def test_rows(extract, text, name, present, absent):
    _check(extract, text, name, present, absent)
