"""The clause wordings find's steps read: a pair's group, how a noun takes its people, taking part, speech, lists."""

from __future__ import annotations

import re


_HOLE = re.compile(r",\s+(?:who|which)\b[^,;]*(?:,|$)")
# "the two leaders", "both defence ministers", "the two defense chiefs": a plural post standing for the pair.
_GROUP = re.compile(r"\b(?:they|both (?:[a-z]+\s+)?(?:ministers|leaders|sides' leaders|nsas|officials|men|women|chiefs)|the two men|"
                    # "the leaders of both neighbouring countries", "the presidents of the two states"
                    r"(?:the\s+)?(?:leaders|presidents|heads of state|(?:[a-z]+\s+)?ministers)\s+of\s+(?:both|the two)\s+"
                    r"(?:[a-z]+\s+)?(?:countries|nations|states)|"
                    r"the two (?:[a-z]+\s+)?(?:ministers|leaders|nsas|counterparts|officials|chiefs|presidents|envoys|"
                    r"heads of (?:state|government)))\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:he|she|his|her)\b", re.IGNORECASE)
_GROUP_BEFORE = re.compile(_GROUP.pattern + r"(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
_GROUP_AFTER = re.compile(r"^\s+(?:between|with|of|among)\s+" + _GROUP.pattern, re.IGNORECASE)
# "at the invitation of President B", "at the invitation of his Ugandan counterpart, B"
_INVITATION = re.compile(r"invitation of\s+(?:(?:his|her|their|the)\s+)?(?:[\w'’.-]+,?\s+){0,5}?$|invitation of\s*$")


# Rule "noun-attended-by", as a relative clause: "the meeting, which was attended by A, B and C".
_RELATIVE_BY = re.compile(r"^\s*,\s+(?:which|that)\s+(?:was|were|will\s+be|is|are)\s+(?:attended|co-chaired|chaired|hosted)"
                          r"\s+by\s")
# A noun takes people through "with/between" ("talks on Monday in Geneva with X"), or as "led/hosted by X".
_NOUN_WITH = re.compile(r"^[”\"]?\s+(?:(?:was|were|will\s+be|is\s+being)\s+held\s+)?(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:in\s+(?:[A-Z][\w-]*\s+|(?:do|da|de|del)\s+){1,4})?"
                        r"(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?(?:(?:each\s+)?with|between|among|alongside)\s|"
                        # Rule "noun-attended-by": "the retreat attended by A and B", "a session chaired by A", "The
                        # meeting brought together A and B": a participle or "bring together" after the noun
                        # (not "The meeting was also attended by ...": attendees of a meeting already reported)
                        r"^\s+(?:(?!(?:was|were|is|are|has|have|had|will|be|been)\s)[a-z]+\s+)?"
                        r"(?:attended|co-chaired|chaired|co-hosted|presided\s+over)\s+by\s|"
                        r"^\s+(?:[\w,'’-]+\s+){0,3}?(?:brought|brings|bringing|will\s+bring)\s+together\s|"
                        r"^\s+(?:[\w,–-]+\s+){0,5}?(?:were|was|(?:will|would|is to|are to|is set to|are set to|is expected to|"
                        r"are expected to)\s+be|(?:is|are|has|have|had)\s+been)\s+(?:led|co-chaired|chaired|hosted|attended|headed)\s+by\s")
# Between a meeting verb and the first person after it, words that close the verb's own phrase: a purpose infinitive
# ("met in Bogota to try to ease tension caused by X"), a time or cause phrase ("ahead of X's visit", "amid"),
# a reporting verb ("met on Monday, the ministry said"), or an unnamed counterpart already standing as the object
# ("met with his Qatari counterpart ahead of ..."). The person further on is no guest.
_OBJECT_BEYOND_CLAUSE = re.compile(r"\bto\s+(?!(?:the|his|her|their|its|a|an|visiting|[A-Z])\b)[a-z]+\s|"
                                   r"\b(?:ahead of|amid|because of|despite|prior to|caused by|according to|as part of|"
                                   r"said|says|told|reported)\b|"
                                   r"\b(?:his|her|their)\s+(?:[A-Z][\w'’-]+\s+)?counterparts?\s+[a-z]")
# Rule "own-counterpart": "A summarised the outcome of the talks with his Russian counterpart B", "A conducted talks
# with her Polish counterparts B and C": the counterpart is the subject's own, so the subject held the occasion.
_WITH_OWN_COUNTERPART = re.compile(r"^\s+(?:(?:on|last)\s+[A-Z][a-z]+day\s+)?with\s+(?:his|her)\s+(?:[A-Z][\w'’-]+\s+){0,3}"
                                   r"counterparts?\b")
# "X said during a call with Y", "X reaffirmed support during a phone call": the subject took part in the occasion.
# ("A, during talks with B, raised ...": "during" needs no article)
_DURING = re.compile(r"\b(?:during|in|at|after|following)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}$|"
                     r"\bduring\s+(?:[\w-]+\s+){0,2}$")
# "During Thursday's call, A and B agreed": the occasion opens the clause and its people are the subject after it.
_OPENING = re.compile(r"^\s*$|(?:^|\b(?:during|at|in)\s+)(?:a|an|the|their|\w+['’]s)\s+(?:[\w-]+\s+){0,2}$",
                      re.IGNORECASE)


# "visited Japanese Prime Minister X", "visiting his Kenyan counterpart, X": a visit verb whose object is a person, its
# titles only between (a place, "visited Tokyo", is no person; "visited Tokyo to meet X" names the person further on).
_VISITED_PERSON = re.compile(r"^(?:visited|visits|visiting)\s+(?:(?:the|his|her|their)\s+)?"
                             r"(?:(?:[A-Z][\w'’.-]*|of|for|and|the|counterparts?),?\s+){0,8}$")


# A finite verb between "talks between/with" and the first person named: the noun phrase ended before that person.
_VERB_IN_GAP = re.compile(r"\b(?:has|have|had|was|were|is|are|will|would|said|says|told)\b")
# A clause opening on "He"/"She" whose verb is a light verb of the occasion ("He also held ...", "She discussed ...").
_HE_HELD = re.compile(r"^(?:He|She)\s+(?:[\w,'’-]+\s+){0,2}?(?:held|had|discussed|attended|hosted|chaired|co-chaired|"
                      r"joined|took part in|participated in)\b(?:\s+[\w-]+){0,6}\s*$")


_LIGHT_VERB = re.compile(r"^(?:['’]s)?\)?\s*(?:[\w,'’-]+\s+){0,8}?(?:held|holds|had|has|have|attended|attends|hosted|hosts|discussed|"
                         r"co-chaired|co-hosted|chaired|co-chair|co-chairs|chair|chairs|preside over|presides over|"
                         r"presided over|presiding over|received|receives|made|makes|placed|joined|began|begins|concluded|led|opened|wrapped up|is holding|will hold|would hold|to hold|"
                         r"participated? in|participates in|take part in|took part in|takes part in)\b"
                         # ("had, on Saturday, a series of meetings with": a time or place set off by commas)
                         r"(?:,\s+[^,;.]{1,30},)?(?:\s+[“\"]?[\w-]+){0,6}\s*[“\"]?$|^['’]s\s+(?:[\w-]+\s+){0,3}$")
# "A and B signed the pact in Cairo after talks that ran late", "A and B agreed to reopen the border after a day of
# talks": the clause's subject held the talks it ends on.
# ("after the talks" points back to talks already reported: see events._BOUNDARY)
_AFTER_OCCASION = re.compile(r"\b(?:after|following)\s+(?:(?:a|two|three|several|hours|days?|rounds?|of)\s+){0,3}"
                             r"(?!the\s|their\s|his\s|her\s)(?:[\w-]+\s+){0,2}$")
# "X said on Tuesday after talks with Y": the speaker held the talks.
# ("X said after hours of talks with Y": a measure of the talks between)
_SAID_AFTER = re.compile(r"\b(?:said|told\s+\w+|added)\s+(?:on\s+\w+\s+|\w+\s+){0,2}(?:after|following|during)\s+"
                         r"(?:\w+\s+|(?:hours|days|weeks|rounds)\s+of\s+)?$")
# Row "speaker-himself-adjunct": the speech verb may carry a time or a medium before its clause ("Kihara said Tuesday
# that he will meet", "said on Monday he had met", "told reporters in Tokyo on Tuesday that she", "said in a statement
# that he"): news puts the day right after "said", and the pronoun is still the speaker. Only such words may stand
# between: a name or another clause there ("said the envoy he sacked ...") is not the speaker's own "he".
_SPEECH_ADJUNCT = (r"(?:(?:on|last|this|earlier|later|late|in|at|during|after|a|an|the|his|her|its|news|press|joint|"
                   r"televised|written|statement|conference|briefing|interview|remarks|reporters|journalists|media|"
                   r"week|month|morning|afternoon|evening|night|today|yesterday|[A-Z][a-z]+day)\s+){0,5}")
_SPEAKER_HIMSELF = re.compile(rf"\b(?:said|says|told\s+\w+|announced|added|stated)\s+{_SPEECH_ADJUNCT}(?:that\s+)?"
                              r"(?:he|she)\s+(?:[“\"]?[\w-]+\s+){0,3}[“\"]?$")
# "Alawi was in Tehran on Sunday for talks with Zarif": the one who came for the talks held them.
_CAME_FOR = re.compile(r"^\s*(?:,\s*)?(?:was|were|is|are|arrived|travelled|traveled|went|came|flew)\b[^.;]{0,50}?\bfor\s+$")
_SPEECH_GAP = re.compile(r"\b(?:said|says|told|added|stated|noted|announced|warned|claimed)\b")
# "A and B", "A and his Indian counterpart B", "A and South Korean Defence Minister B" (a title of capitalised words),
# with the name in apposition after the title ("A and his Turkish counterpart, B").
# "A (Colombia) and B (Venezuela)", "Guyana (A) and Venezuela (B)": each member's state in brackets.
_COORDINATION = re.compile(r"^\)\s+and\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+\($|"
                           r"^(?:\s*\([A-Z][\w ]+\))?(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)(?:(?:his|her|their|the)\s+)?"
                           r"(?:(?:[\w'’-]+\s+){0,3}|(?:[A-Z][\w'’.-]*\s+){0,7}|(?:[\w'’-]+\s+){0,3}[\w'’-]+,\s+|"
                           r"(?:[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*,\s+|"
                           # "and Israel's Minister of Strategic Affairs B": a title with its small words
                           r"[A-Z][\w'’.-]*\s+(?:(?:[A-Z][\w'’-]*|of|for|the|and)\s+){0,8}|"
                           # "and the Papua New Guinea Minister for Foreign Affairs, Hon. B": the same, in apposition,
                           # with a style of address
                           r"[A-Z][\w'’.-]*\s+(?:(?:[A-Z][\w'’-]*|of|for|the|and)\s+){0,8}?[A-Z][\w'’-]*,\s+"
                           r"(?:(?:Hon|H\.E|Dr|Gen|Amb|Mr|Mrs|Ms)\.?\s+)?)$")


def _names_with(tail: str) -> re.Match[str] | None:
    """The words after an occasion noun that name who took part: "with B", "attended by A and B", ", which was
    attended by ..."."""
    return _NOUN_WITH.match(tail) or _RELATIVE_BY.match(tail)
