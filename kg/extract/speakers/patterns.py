"""The credit patterns several parts read a credit's words with: times, auxiliaries, asides, groups, posts, pronouns."""

from __future__ import annotations

import re


# "The U.S. and Canadian governments Tuesday", "a press release on Monday evening": when is no part of who.
_TIME_TAIL = re.compile(r"(?:\s+(?:last|this|next|earlier this|later this)\s+(?:week|month|year)|"
                        r"\s+(?:on\s+)?(?-i:[A-Z])[a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|"
                        r"\s+(?:yesterday|today|separately|also|here|there))+\s*$")
_NATIONAL = re.compile(r"(?:^|\s)([A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:sources|officials|diplomats)\s*$")
STATEMENT_REF = re.compile(r"\b(?:the|a|an)\s+(?:official\s+|joint\s+|press\s+|news\s+|ministry\s+|"
                           r"(?:ministry|department)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?(?=(?:press\s+|news\s+)?(?:statement|release)\b)|(?-i:[A-Z][\w.]*)\s+|"
                           r"(?:[a-z]+\s+){1,2}(?=(?:ministry|department|embassy|army|police|agency|commission)\s))*(?:statement|release|"
                           r"readout|communiqu[eé])(?:\s+(?:(?:issued|released|published|put\s+out)\s+by|from|by)\s+.+)?\s*$",
                           re.IGNORECASE)
_GROUP = re.compile(r"\b(?:they|the two (?:(?-i:[a-z])+\s+)?(?:ministers|leaders|nsas|counterparts|chiefs|presidents|envoys)|"
                    r"the two (?:sides|countries|governments)|"
                    r"the two countries['’] (?:[a-z]+\s+)?(?:ministers|leaders|officials|governments)|"
                    r"both (?:(?-i:[a-z])+\s+)?(?:ministers|leaders|diplomats|presidents|chiefs|envoys)|both (?:sides|countries|parties)|"
                    r"the (?:two )?heads of (?:state|government)|the (?:two )?parties|the governments)\s*$",
                    re.IGNORECASE)
_COUNTRY_GROUP = re.compile(r"(?:countries|governments|sides|delegations)\s*$", re.IGNORECASE)
# "The ministers", "the defence ministers": people credited together by their shared post.
# "the Defense Ministers of Latvia and Estonia": whose ministers they are may follow.
_PLURAL_POST = re.compile(r"\b[Tt]he\s+(?P<post>(?:[A-Za-z]+\s+){0,2}(?:[Mm]inisters|[Ll]eaders|[Pp]residents|[Ee]nvoys|"
                          r"[Nn]egotiators|[Dd]elegations))(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*"
                          r"\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s*$")
# (x24inturn) "X in turn said", "X for his part stated", "X on her part noted": a turn-taking phrase without its commas
_AUX = re.compile(r"(?:\s+(?:in\s+(?:his\s+|her\s+|its\s+|their\s+)?turn|(?:for|on)\s+(?:his|her|its|their)\s+part|"
                  r"has|have|had|also|both|jointly|further|later|then|again|separately|earlier|previously|repeatedly|"
                  r"however|too|would|will|is|was|had\s+been|has\s+been|[a-z]{3,}ly))+\s*$")
_BODY_NOUN = re.compile(r"(?:^|\b[Tt]he\s+)(?P<noun>ministry|department|agency|commission|office|service|bureau|force|"
                        r"police|army|navy|presidency|council|secretariat|directorate|Police|Ministry|Department)\s*$")
# "the intelligence agency", "the foreign ministry": a body the report has named, described by its kind.
_DEFINITE_BODY = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}(?P<noun>agency|ministry|service|bureau)\s*$")
_NOUN_KIND = {"agency": "agency", "service": "agency", "bureau": "agency", "ministry": "ministry"}
_BODY_BACK = re.compile(r"\bthe\s+(?:agency|service|ministry)(?:['’]s)?(?:\s+(?:report|assessment|statement))?\s*$",
                        re.IGNORECASE)
# "the minister", "the ambassador", "the consul-general": a post the report has given to a named person.
# "the Polish defence minister", "Ghana's Foreign Affairs and Regional Integration minister", "Union Minister" (the
# credit is nothing but the post): the post's words must all be a post of one person named before (see _holds).
_TITLE_ONLY = re.compile(r"(?:(?:^|\b)(?:[Tt]he|(?P<owner>[A-Z][\w-]+)['’]s)\s+|^(?=[A-Z]))"
                         r"(?P<title>(?:[\w-]+\s+){0,5}[\w-]+)\s*$")
_SEVERAL = re.compile(r"\b(?P<who>(?:[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Aa] number of|\w+ other)\s+(?:[A-Z][\w-]+\s+){0,2}"
                      r"(?:countries|states|governments|allies|nations|members|capitals))\s*$")
_HIS = re.compile(r"\b(?:[Hh]is|[Hh]er)\s+(?:press\s+|media\s+)?(?P<noun>aides?|advisers?|advisors?|allies|spokes(?:man|woman|person)|office|"
                  r"camp|team|lawyers?|associates)\s*$")
# What follows a person who is the subject of a clause: "Collins, on Tuesday backed", "Berg has warned", "Singh on
# Thursday held" (irregular pasts too).
_SUBJECT_NEXT = re.compile(r"^(?:,\s*(?:on|last|this|earlier)\s+\w+,?\s+|\s+(?:(?:on|last|this|earlier)\s+\w+\s+|also\s+|"
                           r"later\s+)?)(?:[a-z]+ed|has|had|was|is|will|would|said|told|says|held|met|made|gave|took|spoke|sent|led|paid|"
                           r"began|went|came|wrote|set|put|sought|left|flew|saw|won|struck|signed)\b")
_DOCUMENT = re.compile(r"\b[Tt]he\s+(?P<doc>(?:[\w-]+\s+){0,2}(?:agreement|treaty|deal|accord|memorandum|declaration|"
                       r"charter|pact|draft|document|resolution|communiqu[eé]|text))\s*$")
_HE_SHE = re.compile(r"\b(?:he|she|him|her)\s*$", re.IGNORECASE)  # "according to him"
_IT = re.compile(r"\bit\s*$", re.IGNORECASE)
_THEY = re.compile(r"\b(?:they|them)\s*$", re.IGNORECASE)
_PAREN = re.compile(r",\s[^,]{1,120},\s*$")
_RELATIVE_TAIL = re.compile(r",\s+(?:who|whose)\s[^,;“”\"]{3,140}$")
ACR = re.compile(r"\s*\([A-Z][A-Za-z]{1,6}\)\s*$")
# What may follow a body in a credit: "a MEA release", "the ministry's statement", "the Taliban government".
# "a Prime Minister Office (PMO) statement", "an ISPR news release": the body's acronym and document after it.
_ORG_TAIL = re.compile(r"^(?:\s*\((?-i:[A-Z])[A-Za-z]{1,6}\)|\))?(?:['’]s)?(?:\s+(?:press\s+|news\s+)?(?:release|statement|report|readout|spokesperson|spokesman|"
                       r"officials?|sources|government|media wing|said))?\s*$")
