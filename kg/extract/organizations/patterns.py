"""The regular expressions and word tables the shapes, steps, vetoes and folds read."""

from __future__ import annotations

import re

from kg.extract.org_words import CAPW as _CAPW, HEADS as _HEADS
from kg.extract.dates import MONTHS, WEEKDAYS_TITLE

_FIELD_WORD = r"(?:Defen[cs]e|Foreign|Interior|Home|Justice|Finance|Security|External)"
# "Ministry of Trade, Industry and Energy", "Commission for Trade, Economic, Scientific, and Technical Cooperation": a
# body's complement may be a list of fields closed by "and"; cut at the first comma, the name matches nothing.
_FIELD_LIST = (rf"(?:,\s+(?!(?:{_HEADS}|Army|Navy)\b){_CAPW}(?:\s+{_CAPW})?)+,?\s+(?:and|&)\s+"
               rf"(?!(?:{_HEADS}|Army|Navy)\b){_CAPW}")
# on-complement: "Joint Permanent Commission on Defence and Security", "Standing Advisory Committee on Security
# Questions", "Office on Drugs and Crime": a commission, committee, council, office or forum takes its remit after "on"
# as part of its name (the studied golds keep the whole name); not a date ("the Council on Monday", "on 5 May").
_WHEN = (r"(?:" + "|".join(sorted(WEEKDAYS_TITLE) + [m.title() for m in MONTHS if len(m) > 3 and m != "sept"] + ["May"])
         + r"|Christmas|Eve|New\s+Year)(?![\w-])")
_ON_FIELD = (r"(?:(?<=Commission\s)|(?<=Committee\s)|(?<=Council\s)|(?<=Office\s)|(?<=Forum\s))on"
             rf"(?=\s+(?:the\s+)?(?!{_WHEN})[A-Z])")
_OF_SHAPE = re.compile(rf"(?<![\w-])(?:(?:{_CAPW}\s+){{1,3}}(?=(?:University|College|Institute|Academy)\s))?(?:Ministry|Department|Office|Directorate|Bureau|Council|Commission|Committee|"
                       rf"Agency|Board|Secretariat|Embassy|High Commission|Presidency|University|College|Institute|Academy|Centre|Center|"
                       rf"Foundation|Fund|Bank|Court|Tribunal|Forum|Organisation|Organization|Union|Association|Alliance|League|Coalition|"
                       rf"Federation|Society|Service|Corps|Parliament|National Assembly)\s+(?:of|for|Of|For|{_ON_FIELD})\s+(?:the\s+)?{_CAPW}"
                       rf"(?:\s+(?:and|&)\s+{_CAPW}|\s+of\s+(?:the\s+)?{_CAPW}|\s+{_CAPW}|{_FIELD_LIST})*")
# Firms are named by their own heads: "Naval Group", "Barzan Holding", "Larsen Industries", "Kestrel Airlines",
# "Harbour Bank" (not the West Bank, a place).
_COMPANY = r"(?:Group|Holdings?|Corporation|Industries|Company|Ltd|Inc|Airlines|Airways|(?<!West\s)Bank)"
# Heads of bodies that several states or members form, and of legislatures: "Indian Ocean Rim Association",
# "Balkan Peace Platform", "Border Commanders Board", "European Peace Fund", "US Congress".
_JOINT = r"(?:Association|Alliance|Board|Platform|Fund|Coalition|League|Congress)"
# A state's dotted initials open a name as its other words do: "the U.S. Navy", "U.S. Forces Japan", "the U.K. Border
# Force" (CAPW reads "US" and "UK", not "U.S."); a place after "Forces" stays in the name ("U.S. Forces Korea").
_STATE_INITIALS = r"(?:U\.S\.|U\.K\.)"
# named-unit-area: "South Xinjiang Military District", "the Northern Military Region": a command named by its area is a
# unit of a state's forces (its numbered form is numbered-unit, in shapes.py).
_UNIT_AREA = r"(?:Military\s+District|Military\s+Region)"
_HEAD_SHAPE = re.compile(rf"(?<![\w&.-])(?:{_STATE_INITIALS}\s+(?:{_CAPW}\s+){{0,5}}|(?:{_CAPW}\s+){{1,5}})"
                         rf"(?:{_HEADS}|{_COMPANY}|{_JOINT}|{_UNIT_AREA})(?![\w-])(?:\s+(?:Media\s+)?Wing)?"
                         rf"(?:(?<=U\.S\. Forces)\s+(?:Japan|Korea|Europe))?")
# "Saudi armed forces": a state's military as a whole; "Kenyan police", "Tunisian coast guard" are descriptions.
_ARMED = re.compile(r"(?<![\w-])(?P<adj>[A-Z][a-z]+)\s+armed forces(?![\w-])")
# "the Fiji Military Forces and Police", "the Indian Air Force and Army": a state's service named by its head alone
# after "and" shares the state of the service before it (a capitalised word after it opens a name of its own).
_SERVICE_HEAD = r"(?:Air\s+Force|Coast\s+Guard|Border\s+Guard|Police|Navy|Army|Gendarmerie|Marines)"
_SHARED_OWNER = re.compile(rf"(?<![\w-])(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})\s+(?:{_CAPW}\s+){{0,3}}"
                           rf"(?:Army|Navy|Police|Forces|Force|Guard)\s+and\s+(?:the\s+|its\s+)?(?P<head>{_SERVICE_HEAD})"
                           rf"(?![\w-])(?!\s+[A-Z])")
# "the Tunisian presidency", "the Rwandan Presidency": a state’s presidency speaks as a body, in either case.
_PRESIDENCY = re.compile(r"(?<![\w-])(?P<adj>[A-Z][a-z]+)\s+[Pp]residency(?![\w-])")
_LONGER_BODY = re.compile(rf"^(?:\s+{_CAPW}){{0,4}}\s+(?!Wing\b)(?:{_HEADS}|Mission)(?![\w-])")
# A state's mission abroad is named with the city it sits in: "the Japanese Embassy in Beijing".
_MISSION = re.compile(r"(?:Embassy|High Commission|Consulate(?:[- ]General)?)$")
_IN_CAPITAL = re.compile(r"^\s+in\s+(?P<c>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])")
_OF_STATE = re.compile(r"^\s+of\s+(?:the\s+)?(?P<c>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])")
# of-complement: "the Democratic Forces for the Liberation of Rwanda", "the Strategic Support Force of the People’s
# Liberation Army", "the Kyrgyz Cabinet of Ministers": a name read up to its head goes on over an "of/for" complement
# of capitalised words; a name is the whole capitalised span (the studied golds keep it whole: "Armed Forces of the
# Philippines", "Border Service of the Kyrgyz State Committee for National Security"). Not a date, an operation or
# an exercise the body takes part in ("the Navy for Operation Sea Guard").
_COMPLEMENT = re.compile(rf"^\s+(?:of|for)\s+(?:the\s+)?"
                         rf"(?!{_WHEN}|(?:Operation|Exercise|Today|Tomorrow|Yesterday)\b){_CAPW}"
                         rf"(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPW}|\s+{_CAPW})*")
# A body named by its head alone after its state's possessive ("Japan's Cabinet").
_LONE_HEADS = {"Cabinet", "Parliament", "Senate", "Congress", "Treasury", "Presidency"}
# "the Ministries of Home and External Affairs"
_COORDINATED = re.compile(rf"(?<![\w-])(?:(?P<field>{_FIELD_WORD})\s+)?(?P<head>Ministries|Departments)\s+of\s+(?:the\s+)?(?P<a>{_CAPW}(?:\s+{_CAPW})?)\s+and\s+"
                          rf"(?P<b>{_CAPW}(?:\s+{_CAPW}){{0,2}})")
# One ministry, however written: "Ministry of Defense of Georgia", "Georgia's Defence Ministry", "Defense Ministry".
_MINISTRY_FIELD = re.compile(rf"^(?:(?P<s1>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)\s+)?(?P<f1>{_FIELD_WORD}(?:\s+Affairs)?)\s+Ministry$|"
                             rf"^Ministry\s+of\s+(?P<f2>{_FIELD_WORD}(?:\s+Affairs)?)(?:\s+of\s+(?:the\s+)?(?P<s2>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))?$")
# A minister's portfolio is part of the post, not a body: "Minister for the Armed Forces", "French Armed Forces
# minister" (a secretary's body is one: "Deputy Secretary of the Central Military Commission").
_IN_POST = re.compile(r"(?<![\w-])(?:Minister|Ministers)\s+(?:of|for)\s+(?:the\s+)?$")
_QUALIFIES_POST = re.compile(r"^\s+(?:minister|secretary)s?\b")
# A body's head inside a document's name: "Status of Visiting Forces Agreement", "Coast Guard Act".
_DOCUMENT_AFTER = re.compile(r"^\s+(?:Agreements?|Treaty|Pact|Accord|Act|Law|Convention|Memorandum|Protocol|"
                             r"Exercises?|Activity|Dialogue|Agreement)\b")
# "the Ghana Armed Forces Command and Staff College", "the Army Conference Centre and Suites": a conjunct that ends
# in a school's or a venue's head and names no state continues the name.
_INSTITUTION_AND = re.compile(r"^\s+and\s+(?:[A-Z][a-z]+\s+){0,2}(?:College|School|Academy|Institute|University|Suites)"
                              r"(?![\w-])")
# A longer name that ends in a body head of its own is a body of its own ("ASEAN Secretariat"), not a sub-unit
# speaking for the shorter one ("Prime Minister's Office Media Wing").
_OWN_BODY_TAIL = re.compile(r"(?:Secretariat|Council|Commission|Committee|Meeting|Conference|Assembly|Court|Bank|"
                            r"Agency|Bureau|Directorate|Institute|Forum|Group)$")
# A state's name right before a known body of that state: "United States Department of Defense".
_STATE_PREFIX = re.compile(r"(?<![\w.-])(?P<state>U\.S\.|US|UK|U\.K\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+$")
# A state's possessive or adjective right before a known body says whose body it is (state-qualified): "South Korea's
# Joint Chiefs of Staff", "the Swedish Ministry of Defence", "Russia's Security Council"; the studied golds file such a
# body under the qualifying state 39 of 39 times, not under the table's state nor the report's home state.
_STATE_QUALIFIER = re.compile(r"(?<![\w.’'-])(?P<state>U\.S\.|U\.K\.|(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?:['’]s?)?\s+$")
# Kinds of body a state owns; a known international body is another state's only by a generic alias ("Security
# Council" of the UN's, "Human Rights Council"), never by its own name or initials ("Russia's NATO envoy").
_OWNED_KINDS = ("ministry", "government", "agency")
# A body named after its building is a place after "at the": "a meeting held at the Pentagon".
# A seat named without "the" is a place too after "in/at": "talks in Malacañang Palace", "arrived at Downing Street".
_VENUE_BEFORE = re.compile(r"(?:\bat|\bin|\binside|\boutside)\s+the\s+$|(?:\bat|\bin|\binside|\boutside)\s+$")
# Words that say what kind of force a force is, not whose it is.
_SERVICE_WORDS = {"Armed", "Air", "Defence", "Defense", "Security", "Naval", "Land", "Ground", "Special", "Military",
                  "Coast", "Border", "Joint", "Allied", "Forces", "Force", "Guard", "Guards", "Self-Defense"}
# Capitalised words or initials right before an of-shape's head (the last one not a possessive): "General
# [Directorate for ...]", "the ECOWAS [Forum of NSAs]".
# (two states' names joined by an en dash open a joint body's name: "the Intergovernmental Russia–Mali Commission")
_NAME_OPENER = re.compile(r"(?<![\w’'–-])(?P<w>(?:(?:[A-Z][a-z]+(?:–[A-Z][a-z]+)?|[A-Z]{2,6})\s+){0,3}"
                          r"(?:[A-Z][a-z]+(?:–[A-Z][a-z]+)?|[A-Z]{2,6}))\s+$")
# Rooms where leaders meet, named like bodies.
_ROOMS = {"Oval Office", "Situation Room", "Cabinet Room", "East Room", "Roosevelt Room"}
# "the DGSI (General Directorate for Internal Security)": an acronym in another language, the name in brackets.
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Za-z&0-9]{1,7})\s*\(\s*$")
_ACRONYM_AFTER = re.compile(r"^(?:['’]s)?\s*\(([A-Z][A-Za-z&0-9]{1,7})\)")  # "the Bahrain Defence Force's (BDF)"
# "according to Iran's state news agency IRNA": what the outlet is may stand between the credit and its name.
_MEDIA_CREDIT = re.compile(r"(?:told|to|by|according to|speaking to|said to|reported by|in an interview with|quoted by)"
                           r"\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+)(?:['’]s)?\s+)?(?:(?:state|official|state-run|public)\s+)?"
                           r"(?:(?:news\s+agency|television|TV|broadcaster|newspaper|daily|radio)\s+)?$", re.IGNORECASE)
# "Saudi state news agency SPA showed footage": an outlet introduced by what it is acts in the story.
_MEDIA_DESCRIBED = re.compile(r"(?:news\s+agency|broadcaster|television|newspaper|daily|radio|outlet|news\s+site)\s+$")
# "Tasnim reported", "the Mehr news agency quoted": an outlet named before what it says.
_CREDITED_AFTER = re.compile(r"^\s+(?:(?:news\s+agency|newspaper|daily|broadcaster|television|radio|website)\s+)?"
                             r"(?:(?:has|had|have)\s+)?(?:also\s+|earlier\s+|previously\s+|first\s+)?"
                             r"(?:reported|reports|said|says|quoted|quotes|wrote|writes|cited|cites)\b")
# A document named after the body that adopted it: "the UN Charter", "United Nations Convention on the Law of the Sea".
_NAMES_DOCUMENT = re.compile(r"^\s+(?:Convention|Charter)\b")
# "Hungarian News Agency MTI reported": an agency's own initials written after its descriptive name.
_OUTLET_HEAD = re.compile(r"\b(?:News Agency|Press Agency|Television|Broadcasting Corporation)$")
_OUTLET_ACRONYM = re.compile(r"^\s+([A-Z]{2,6})(?![\w’'-])")
_DATELINE_AGENCY = re.compile(r"^\s*\)")
_EVENT_TAIL = re.compile(r"^\s+(?:Consultations)\b")
# outlet-agency: "Iraqi News Agency", "Niger Press Agency (ANP)", "Kyodo News Agency": a news or press agency is an
# outlet, not a state's agency (the "Agency" row below), even when a state owns it; first, so "European Press Agency"
# is no international body either.
_KIND_BY_HEAD = [("media", re.compile(r"\b(?:News|Press)\s+Agency$")),
                 ("international", re.compile(r"^(?:UN|U\.N\.|EU|AU|United Nations|European Union|African Union)\b")),
                 ("ministry", re.compile(r"^(?:Ministry|Department)\b|\bMinistry$")),
                 ("agency", re.compile(r"\b(?:Agency|Bureau|Police|Service|Directorate|Forces|Force|Army|Navy|Guard|Military)$|^(?:Agency|Bureau)")),
                 ("government", re.compile(r"\b(?:Office|Cabinet|Parliament|Secretariat|Embassy|High Commission|Consulate|Wing)$")),
                 ("nonstate", re.compile(r"\b(?:Front|Cartel|Movement|Party)$")),
                 # a state's commands, corps and security committees act as its agencies ("U.S. Pacific Command", "14
                 # Corps", "State Committee for National Security"); its councils of ministers and security councils
                 # as its government ("Libyan Presidential Council", "Supreme National Security Council")
                 ("agency", re.compile(r"\b(?:Command|Corps|Military District|Military Region|Administration|Gendarmerie|Committee for National Security|"
                                       r"National Security Committee)$")),
                 ("government", re.compile(r"\b(?:Council of Ministers|Presidential Council|Supreme National Security Council)$")),
                 ("international", re.compile(r"^(?:UN|United Nations|European|World|International)\b"))]


_REMIT = re.compile(r"^(?P<short>.+?)\s+on\s+(?!the\s)(?P<remit>.+)$")
# "... Commission on Defence and Security Session", "... Ministerial": an event of the body, not words of its remit
_EVENT_END = re.compile(r"\s+(?:Session|Sessions|Ministerial|Meeting|Summit)$")
