"""The words that report a meeting, visit, call or summit, as named rows; the name travels with the event as kg:rule.

Each trigger says which kind of occasion it reports and how its participants are found around it:
  verb     "A met B", "A received B": the subject and the object both take part.
  noun     "the talks with B", "a call between A and B": people join through with/between, or as the subject of a
           light verb ("A held talks") or of "during" ("A said during a call with B").
  visit    "A visited Cairo", "A's trip": the traveller (subject or possessor), plus "by X" and "at the invitation of X".
  joint    "A said at a news conference with B", "A, speaking alongside B": appearing together is meeting.
  join     "X took part", "joined by X": X joins the occasion reported just before.
Vetoes are named predicates on the trigger's clause; a trigger they reject reports nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    name: str                 # the rule name: "meeting/<name>"
    kind: str                 # meeting, talks, call, summit, visit
    role: str                 # verb, noun, visit, joint (see the module docstring)
    pattern: re.Pattern[str]


def _t(name: str, kind: str, role: str, words: str, flags: int = 0) -> Trigger:
    return Trigger(name, kind, role, re.compile(rf"\b(?:{words})\b", flags))


# Order matters only for ties at one offset: the first row to claim a span keeps it.
TRIGGERS: list[Trigger] = [
    _t("phone-call", "call", "noun", r"phone call|telephone call|telephone conversation|video call|phone talks?|telephone talks?|"
       r"(?:tele)?phone conversation|telephonic (?:conversation|call|talks)|video conference call"),
    # "a call on Monday between A and B", "During Thursday's call": a call named by its determiner, not "call for".
    _t("call-noun", "call", "noun", r"(?:(?<=\ba )|(?<=\bthe )|(?<=['’]s )|(?<=\btheir )|(?<=\bhis )|(?<=\bher ))"
       r"call(?!\s+(?:for|on(?!\s+[A-Z][a-z]+day\b)|to|from|it|him|her|them)\b)"),
    _t("spoke-by-phone", "call", "verb", r"(?:spoke|speaks|talked|conversed)\s+(?:over the phone|on the phone|"
       r"by phone|by telephone|by video link|via video link|over the telephone)(?:\s+with)?|dialled|phoned|telephoned"),
    # "A and B held a discussion via telephone", "held an initial discussion via hotline": a call, in other words.
    _t("discussion-by-phone", "call", "verb", r"(?:held|had|hold|holds)\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:discussion|"
       r"conversation|exchange)\s+(?:via|by|over|on)\s+(?:the\s+)?(?:tele)?(?:phone|hotline|video link)"),
    # `attended-by` (x23attended): "The meeting was also attended by A, B and C", "Thursday's talks were attended by the
    # Minister of Defense, A; the Minister of Security, B; ...", "Also present at the meeting were A and B": attendees
    # named after an occasion already reported join that occasion (the studied golds put attendees among its people,
    # 6 of 6); with none just reported they hold it together. Claims its noun, so "the meeting" reports no second one.
    # (a named attendee must follow: "attended by senior officials" leaves the noun to the rows below)
    _t("attended-by", "meeting", "join", r"(?:(?<=\bthe )|(?<=\bThe )|(?<=\bthis )|(?<=\bThis )|(?<=\btheir )|(?<=\bTheir )|"
       r"(?<=day['’]s ))(?:[\w-]+\s+){0,2}?(?:meetings?|talks|session|consultations|discussions)"
       r"(?:,\s+[^,;.]{1,60},|\s+(?:in|at)\s+(?:[A-Z][\w-]+\s*){1,3})?\s+(?:(?:was|were|is|are|will\s+be|(?:has|have|had)\s+been)\s+)(?:also\s+)?"
       r"(?:reportedly\s+)?attended\s+by(?:\s+[\w\s-]{1,40}?,?\s+including)?(?=\s+(?:the\s+)?[A-Z])|"
       r"[Aa]lso\s+present(?:\s+(?:at|during|in)\s+the\s+(?:meeting|talks|session))?\s+were"
       r"(?=\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z])"),
    # `delegation-members` (x23delegation): "The Malawian delegation included Minister A, Principal Secretary B and ...",
    # "The American delegation was made up of the Administrator of USAID, A, the Commander of ..., B", "A was
    # accompanied by Ambassador B and Brigadier C": the named members of one side join the occasion just reported (the
    # studied gold puts them among its people, 1 of 1). A named member must follow ("included senior officials" names
    # no one); a spouse or family accompanying is no party. With no occasion to join they hold none.
    _t("delegation-members", "meeting", "join", r"(?:(?:delegation|entourage)\s+(?:(?:also|further)\s+)?(?:included|includes|"
       r"comprised(?:\s+of)?|comprises|consisted\s+of|(?:was\s+)?(?:made\s+up|composed)\s+of)|"
       r"(?:was|were)\s+(?:also\s+)?accompanied\s+by)(?!\s+(?:(?:his|her)\s+)?(?:spouse|wife|husband)\b)"
       r"(?=,?\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[A-Z])"),
    # "A and B held a thorough exchange of views", "held a discussion in Rabat": one discussion held.
    _t("held-talks", "talks", "verb", r"held talks|hold talks|holds talks|holding talks|held consultations|"
       r"held discussions|held negotiations|(?:held|had|hold|holds)\s+(?:a|an)\s+(?:[a-z-]+\s+)?"
       r"(?:discussion|conversation|exchange of views)"),
    # "in separate conversations with X": a conversation counts as talks when its people come through with/between.
    _t("talks-noun", "talks", "noun", r"talks|discussions|negotiations|consultations|round of talks|conversations?"),
    _t("meet-verb", "meeting", "verb", r"met|meet|meets|sat down with|spoke with|speaks with|conferred with"),
    # "A and B, after meeting at the ministry on Thursday, issued ...": the gerund of a participle clause is the verb
    # whose subject is the sentence's own.
    _t("meeting-gerund", "meeting", "verb", r"(?:(?<=\bafter )|(?<=\bbefore )|(?<=\bwhile )|(?<=\bupon )|(?<=\bfollowing ))"
       r"meeting(?=\s+(?:with\s+|at\s+|in\s+|on\s+|[A-Z]|(?:his|her|their|the)\s+[\w-]+))"),
    _t("meeting-noun", "meeting", "noun", r"meeting|meetings"),
    _t("receive-verb", "meeting", "verb", r"received|receives|receive|greeted|welcomed"),
    _t("host-verb", "meeting", "verb", r"hosted|hosts|(?<!the )(?<!a )(?<!its )host(?! (?:country|nation|city|government))"),
    # "paid a courtesy call to President X", "paid courtesy calls on": the courtesy call's "to" as well as its "on"
    # ("will also call on Prime Minister X and meet Y": the infinitive after a modal, x21metlist)
    _t("call-on", "meeting", "verb", r"called on|calls on|(?<=will )(?:also )?call on|(?<=will also )call on|"
       r"paid (?:a )?(?:courtesy )?calls? (?:on|to)"),
    _t("chaired-by", "meeting", "verb", r"(?:co-)?chaired by"),
    # "Vice Minister A summoned Ambassador B": a summons is a meeting of the two.
    _t("summon-verb", "meeting", "verb", r"summoned|summons"),
    # "A and B signed the accord at Camp Aguinaldo": a signing by two named people (vetoes below) is a meeting; "The SOFA
    # was signed by A and B" (two states) is reported as "signed-by" (kg.extract.events._SIGNED_BY).
    _t("signing", "meeting", "verb", r"signed|inked|sealed|formali[sz]ed|put pen to paper"),
    # `discussed-with`: "A discussed border security with his Ghanaian counterpart B", "A discussed with Syrian President
    # B the file of ...", "A discussed on Monday enhancing cooperation in defence industries, with B": one person
    # talking a matter over with another is talks between them (the object must be a person: see events' objects).
    _t("discussed-with", "talks", "verb", r"discussed\s+with(?=\s)|discussed\s+(?:[\w’'-]+,?\s+){1,14}?with"
       r"(?=\s+(?:(?:his|her|their|visiting|the)\s+)?(?:[A-Z]|[a-z]+\s+(?:[a-z]+\s+)?[A-Z]))"),
    # "A and B also discussed ...": two people of two states working something out together met.
    # "A and B exchanged views on ...": the same, in the wording of state news agencies.
    _t("discussed-pair", "meeting", "verb", r"discussed|exchanged (?:views|opinions)"),
    # "A and his Ugandan counterpart B on Thursday agreed to share intelligence": two people of two states agreeing
    # together met (the vetoes of "discussed-pair" apply; "agreed to meet" is a meeting still to come, told elsewhere).
    _t("agreed-pair", "meeting", "verb", r"(?:have |has |had )?agreed(?!\s+to\s+(?:meet|hold|visit|talk|speak|call)\b)"),
    _t("sidelines", "meeting", "noun", r"[Oo]n the (?:sidelines|margins) of"),
    _t("joint-appearance", "meeting", "joint", r"(?:joint\s+)?(?:news|press) conference (?:with|alongside)|"
       r"(?:speaking|standing|appearing) (?:alongside|with)|ceremony with|joint (?:news|press) conference alongside"),
    # "A and B held a joint press conference in Nairobi": two named people appearing together met (with two at least).
    _t("joint-conference", "meeting", "noun", r"joint (?:news|press) (?:conference|briefing)"),
    _t("summit-noun", "summit", "noun", r"summit"),
    # "Rubio had invited Vieira to come to Washington": a planned visit of the guest, hosted by the inviter.
    _t("invitation", "visit", "verb", r"invited|invites"),
    # "X, who acts as a go-between at the talks, took part", "the ministers, joined by Y": one more participant of
    # the occasion just reported.
    _t("took-part", "meeting", "join", r"took part|takes part|participated|joined by|also attended|(?:was|were) also present|"
       r"(?:side|delegation|team)\s+(?:was|were)\s+(?:led|headed)\s+by"),
    # "The Philippine delegation to the consultations held in Guiyang on Friday was led by A", "The delegations were
    # headed on the Angolan side by A, and ... B", "while Vice Minister B was the head of the party from Beijing": the
    # head of a delegation named apart from the words that report the occasion.
    _t("delegation-head", "meeting", "join", r"(?:delegations?|team)\s+(?:(?:to|at|for|of)\s+[^.;]{0,120}?\s)?(?:was|were)\s+"
       r"(?:led|headed)\s+(?:on\s+the\s+[\w-]+\s+side\s+)?by|(?:was|were)\s+(?:the\s+)?heads?\s+of\s+the\s+"
       r"(?:[\w-]+\s+){0,2}?(?:party|delegation|team|side)"),
    # "The leader of the Kenyan delegation, Dr A, said ...", "head of the Ugandan side, B": a delegation's head named in
    # apposition joins the occasion the delegations held.
    _t("delegation-leader", "meeting", "join", r"(?:[Ll]eader|[Hh]ead|[Cc]hief)\s+of\s+the\s+(?:[A-Z][\w-]+\s+){1,2}"
       r"(?:delegation|team|side)(?=,)"),
    # "A, who is in Manila for a ministerial meeting, said": the stay of the meeting it names.
    _t("in-city-for", "visit", "visit", r"(?:was|were|is|are)\s+(?:here|in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
       r"(?=\s+(?:[\w-]+\s+){0,4}?for\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:meeting|talks|summit|visit|consultations)\b)"),
    _t("visit", "visit", "visit", r"visit|visits|visited|visiting|state visit", re.IGNORECASE),
    _t("trip", "visit", "visit", r"trip|tour", re.IGNORECASE),
    _t("travel", "visit", "visit", r"travel|travels|travelled|traveled|arrived|arrives|arrival|departed for", re.IGNORECASE),
]
# "the Home Secretary Level Talks", "the Joint Border Meeting": an occasion named by a capitalised name. Not a row of
# TRIGGERS: it reports a meeting only when kg.extract.frames finds who held it.
NAMED_OCCASION = _t("named-occasion", "talks", "noun", r"(?<=[a-z] )(?:[A-Z][\w-]*\s+){1,4}(?:Talks|Meeting|Consultations)")
# the triggers that need two named people of two states as their subject, and take no object
PAIR_TRIGGERS = frozenset({"discussed-pair", "agreed-pair"})
KIND_PRIORITY = {"talks": 0, "meeting": 1, "call": 2, "summit": 3, "visit": 4}


@dataclass(frozen=True)
class Veto:
    name: str
    why: str
    pattern: re.Pattern[str]     # searched on the text from the trigger to the end of its clause
    applies_to: frozenset[str]   # trigger names


def _v(name: str, why: str, triggers: set[str], after: str) -> Veto:
    return Veto(name, why, re.compile(after), frozenset(triggers))


# Vetoes that read the words right after the trigger (other vetoes need the participants: see events.py).
VETOES_AFTER: list[Veto] = [
    _v("urging-call-on", "'called on Canada to act' urges; 'called on Prime Minister X' is a courtesy meeting",
       {"call-on"}, r"^(?:called on|calls on|(?:also )?call on|paid (?:a )?(?:courtesy )?calls? (?:on|to))\s+(?:(?!(?:the\s+)?[A-Z])|"
                    r"(?:[\w.’'-]+\s+){1,8}?to\s+[a-z])"),
    _v("host-a-thing", "'hosts a summit/refugees/forces' names no guest; 'hosted X' does",
       {"host-verb"}, r"^\w+\s+(?:a|an|the|some|over|more|about|millions?|thousands?|refugees|troops|forces|bases?)\b"),
    _v("receive-a-thing", "'received support/funds/a letter' is no reception of a person",
       {"receive-verb"}, r"^\w+\s+(?:(?:a|an|the|some|more|no|its|their|his|her|further|over|about)\s+)?(?:[\w-]+\s+)?"
                         r"(?:support|funds?|funding|aid|money|assistance|letters?|messages?|reports?|information|"
                         r"approval|invitations?|requests?|training|weapons|arms|threats?|complaints?|awards?|backing|"
                         r"praise|criticism|votes?|cop(?:y|ies)|deliver(?:y|ies)|shipments?|calls?|news|briefings?|"
                         r"intelligence|orders?|applications?|bids?|\d)\b"),
    # "agreed to receive undocumented migrants", "will receive deportees from the US": people taken in, not guests
    _v("receive-people-taken-in", "'receive migrants/deportees/refugees' takes people in; 'received President X' meets",
       {"receive-verb", "host-verb"}, r"^\w+\s+(?:(?:the|some|more|its|their|all|any|up to|about|over|\d[\d,]*)\s+)?(?:[\w-]+\s+){0,2}?"
                                      r"(?:migrants|deportees|refugees|prisoners|detainees|asylum[- ]seekers|returnees|"
                                      r"immigrants|criminals|deportation flights|evacuees)\b"),
    # ("was welcomed by President X", x25meetparts: the passive receives too; events' veto "welcomed-by-a-thing" keeps
    # it to a person's arrival, not "the move was welcomed by Turkey")
    _v("welcome-a-thing", "'welcomed the decision' approves; 'welcomed President X' receives",
       {"receive-verb"}, r"^welcomed\s+(?!(?:the\s+)?(?:[A-Z][\w.-]*\s+){1,6}|by\s)"),
    _v("invited-to-a-thing", "'invited bids/comments' or 'invited to join the bloc' is no planned visit",
       {"invitation"}, r"^invite[sd]\s+(?:[A-Z][\w'’.-]*\s+){1,6}to\s+(?!(?:visit|come|travel|attend|hold|meet|Washington|[A-Z]))"),
    _v("invited-no-guest", "an invitation counts only with a named guest right after the verb",
       {"invitation"}, r"^invite[sd]\s+(?![A-Z])"),
    _v("summons-a-thing", "'summons to a court' is a writ, not a meeting",
       {"summon-verb"}, r"^summons?\s+(?:to|for|from)\b"),
]
# "the 6th session of the Nigeria–South Africa Bi-National Commission", "the inaugural meeting of the Joint Working
# Group", "the India-Nepal Joint Commission Meeting": a sitting of a standing body of states. Not a row of TRIGGERS
# either: kg.extract.frames gives it the officials the next sentences name, even of one state only.
# (x18session) The body's name may join its states by a slash or a spaced dash ("the Botswana/Namibia Joint Commission",
# "the Angola / Namibia Joint Cooperation Commission", "Republic of South Africa – Republic of Mozambique Joint ...").
_BODY = (r"(?:[A-Z][\w'’–-]*(?:\s*[/–—]\s*|\s+(?:(?:and|&|on|for|of)\s+)?)){1,10}?"
         r"(?:Commission|Committee|Council|Working Group|Group|Dialogue|Mechanism|Board|Forum)")
# "the 3rd Joint Permanent Commission on Defence and Security Session": the body's remit may stand before "Session".
_REMIT = r"(?:\s+(?:on|for|of)\s+(?:[A-Z][\w'’-]*\s+(?:(?:and|&|of)\s+)?){0,5}?[A-Z][\w'’-]*)?"
_ORDINAL = (r"(?:\d+(?:st|nd|rd|th)|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|"
            r"[Tt]enth|[Ii]naugural|[Mm]aiden|annual|latest|next)")
# `body-session-lower` (x18session): a joint body written in lower case, its sitting after it ("the Kuwaiti-Iraqi joint
# committee meeting held in Baghdad", "a Pakistan-Iran joint border commission session", "a joint Angola-Namibia
# commission on defense and security meeting", "the Joint Commission closing session").
# (kg.extract.frames.session_holders keeps it only when it names its states or goes on "between": "the parliament's joint
# committee meeting" is one state's own sitting)
_LOWER_BODY = (r"(?:\b[A-Z][\w'’]+\s*[/–-]\s*[A-Z][\w'’]+\s+)?\b(?:[Jj]oint|[Bb]i-?[Nn]ational)\s+(?:[\w/-]+\s+){0,4}?"
               r"(?:commission|committee|Commission|Committee)(?:\s+(?:on|for)\s+(?:[\w-]+\s+){1,4}?)?\s*"
               r"(?:(?:opening|closing|plenary|ministerial)\s+)?(?:meeting|session|sitting)\b(?:\s+between\b)?")
BODY_SESSION = _t("body-session", "meeting", "noun",
                  # "the 20th Session of The Botswana/Namibia Joint Commission", "the 20th Ministerial Meeting of the
                  # Angola-Namibia ... Joint Commission": an ordinal sitting, in either case, a rank word between
                  rf"{_ORDINAL}\s+(?:[A-Z][\w-]+\s+){{0,2}}?(?:[Ss]ession|[Mm]eeting|[Rr]ound|[Ss]itting|[Ee]dition)\s+"
                  rf"of\s+(?:the|The)\s+{_BODY}|"
                  rf"(?<=[a-z] ){_BODY}{_REMIT}\s+(?:Meeting|Session)|{_LOWER_BODY}")

