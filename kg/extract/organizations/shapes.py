"""Organisations: known bodies from the reference table, bodies named by shape, acronyms, credited outlets."""

from __future__ import annotations

import re
from functools import cache
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal

from kg.extract import org_bare, org_cues, reference, state_bodies
from kg.extract.org_acronyms import definitions
from kg.extract.org_words import CAPW as _CAPW, HEADS as _HEADS, LEAD_STOP as _LEAD_STOP, ORDINAL as _ORDINAL, \
    UNIT_HEADS as _UNIT_HEADS, dateline_credit, possessor as _possessor
from kg.extract.context import Context, Mention
from kg.extract.dates import MONTHS, WEEKDAYS_TITLE
from kg.extract.model import Organization, Support
from kg.extract.names import STOP_WORDS, slug
from kg.extract.sentences import Sentence

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
# unit of a state's forces (its numbered form is numbered-unit, below).
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
# Armed and criminal groups without a head word, by the words around them: "Los Lobos gang", "members of the New
# IRA", "al-Shabaab militants", "the Wagner group".
_GROUP_WORD = r"(?:(?:al|el|ad|an|as|ash|at|wal)-)?[A-Z][\w’'-]*"
_GROUP_NAME = rf"{_GROUP_WORD}(?:\s+(?:(?:del|de|la|los|las|da|do|of|al|wal|el)\s+)?{_GROUP_WORD}){{0,4}}"
_GROUP_BEFORE = re.compile(rf"(?<![\w-])(?P<the>[Tt]he\s+)?(?P<name>{_GROUP_NAME})\s+(?P<cue>gangs?|cartels?|militias?|"
                           rf"militants|insurgents|rebels|fighters|jihadists|guerrillas|(?:armed|militant|criminal|crime|"
                           rf"rebel|jihadist|extremist|separatist|terrorist)\s+(?:group|organi[sz]ation|network)|group|"
                           rf"faction|syndicate|mafia)(?![\w-])")
_GROUP_AFTER = re.compile(rf"(?<![\w-])(?i:members|militants|fighters|leaders?|commanders?|factions?|cells?|remnants|"
                          rf"affiliates|operatives|gunmen|suspected members) of (?P<the>the\s+)?(?P<name>{_GROUP_NAME})")
# "the terrorist groups OLF Shene and Al-Shabbab", "jihadist group Jama'at Nasr al-Islam wal-Muslimin": a group's
# name right after the kind of armed group it is, one or two of them.
_GROUP_CUED = re.compile(rf"(?<![\w-])(?:terrorist|militant|jihadist|rebel|armed|insurgent|extremist|separatist|"
                         rf"criminal)\s+(?:groups?|organi[sz]ations?|outfits?|movements?)\s+(?:the\s+)?"
                         rf"(?P<name>{_GROUP_NAME})(?:\s+and\s+(?:the\s+)?(?P<name2>{_GROUP_NAME}))?")
_NOT_GROUP = {"Islamist", "Islamists", "Jihadist", "Sunni", "Shia", "Shiite", "Kurdish", "Baloch", "Pashtun", "Arab",
              "Christian", "Muslim", "Hindu", "Sikh", "Buddhist", "Maoist", "Marxist", "Tamil", "Tuareg", "Fulani",
              "Rohingya", "European", "African", "Asian", "Latin", "Balkan", "Western", "Eastern", "Northern", "Southern",
              "Central", "Local", "Regional", "National", "Armed", "Criminal", "Several", "Some", "Two", "Three",
              "Rival", "Other", "Foreign", "Police", "Security", "Government", "Army", "State", "Group", "Congress"}
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
_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z&0-9]{1,7})\)")
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
_KIND_BY_HEAD = [("international", re.compile(r"^(?:UN|U\.N\.|EU|AU|United Nations|European Union|African Union)\b")),
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


@dataclass(frozen=True)
class _Found:
    """A body a shape found in one sentence: offsets into the sentence, its name, and what the shape knows of it."""

    start: int
    end: int
    name: str
    kind: str | None = None          # None: judged from the name's head word
    country: str | None = None
    judged: bool = False             # country None means: judge it from the name (else the home state's ministries)
    alias: str | None = None         # another form the body goes by ("Ministry of Foreign Affairs")


@dataclass
class _Scan:
    """One sentence as the shapes see it: its text, the bodies its brackets define, and the spans already taken."""

    ctx: Context
    s: Sentence
    defined: list[tuple[int, int, str, str | None]]
    taken: list[tuple[int, int]] = field(default_factory=list)
    units: list[tuple[int, int]] = field(default_factory=list)  # numbered units: the head shape's cut forms stay out

    def free(self, start: int, end: int) -> bool:
        return not any(start < e and s_ < end for s_, e in self.taken)


# -- shapes: each yields the bodies one kind of wording names ------------------------------------------------
def _known(scan: _Scan) -> Iterator[_Found]:
    """A body of the reference table, by name or alias ("MEA", "Royal Canadian Mounted Police")."""
    known, text = reference.organizations(), scan.s.text
    for m in known.pattern.finditer(text):
        if any(a <= m.start() and m.end() <= b and (a, b) != m.span() or re.fullmatch(r"\s*\(", text[b:m.start()])
               for a, b, _, _ in scan.defined):
            continue  # "Islamic State West Africa Province (ISWAP)" is not the Islamic State, nor its "(CSIS)" another's
        org = known.by_word[m.group()]
        before, after = text[:m.start()], text[m.end():]
        prefix = _STATE_PREFIX.search(before)
        if prefix and org.country and reference.countries().code(prefix.group("state")) == org.country \
                and org.kind in ("ministry", "government", "agency") and m.group()[0].isupper():
            # "the United States Department of Defense", "US Department of Defense": the state's name opens the
            # body's own name here, so the text's longer form is another name of the known body
            start = m.start() - len(prefix.group())
            yield _Found(start, m.end(), org.name, org.kind, org.country, alias=text[start:m.end()])
            continue
        if m.group() not in (org.name, *org.aliases) and re.match(r"\s+[A-Z]", after):
            continue  # "Asean Defence Ministers' Meeting-Plus": an acronym written as a word opens a longer name
        if _inside_longer_name(m, before) or _EVENT_TAIL.match(after) or before.endswith(("pre-", "Pre-")) \
                or _LONGER_BODY.match(after):
            continue  # "Supreme National Security Council" is not the UN's; "African Union Transition Mission"
        if re.match(r"\s", after) and _OF_SHAPE.match(after.lstrip()) and " " not in m.group():
            continue  # "the Commonwealth Bank of Australia": a one-word name opening a longer body's name
        if _NAMES_DOCUMENT.match(after):
            continue  # "the UN Charter", "the United Nations Convention on the Law of the Sea": a document, not the body
        if org.country is None and org.kind == "international" and _of_a_state(after):
            continue  # of-complement: "the Security Council of the Republic of Tajikistan" is that state's council (the
            # of-shape names it whole), "the Commonwealth of Australia" the state itself: not the table's body
        if org.kind == "media" and not (_MEDIA_CREDIT.search(before[-40:]) or _CREDITED_AFTER.match(after)
                                        or _MEDIA_DESCRIBED.search(before[-40:])):
            continue  # an outlet is an actor only when credited as a source, not in a dateline "(ANI)"
        owner = _qualifying_state(before)
        if owner and org.kind in _OWNED_KINDS and owner != org.country:
            yield _Found(m.start(), m.end(), org.name, org.kind, owner)  # state-qualified: "Japan's Politburo"
            continue
        if owner and org.country is None and org.kind == "international" and _generic_alias(m.group(), org):
            # state-qualified generic alias: "Russia's Security Council" is Russia's own council, not the UN's
            yield _Found(m.start(), m.end(), m.group(), "government", owner)
            continue
        country = org.country or (scan.ctx.home_country if org.kind in ("ministry", "government") else None)
        yield _Found(m.start(), m.end(), org.name, org.kind, country)


def _qualifying_state(before: str) -> str | None:
    """The state whose possessive or adjective ends ``before`` ("South Korea's ", "the Philippines' ", "Swedish "):
    the longest run of its last words that names a state."""
    q = _STATE_QUALIFIER.search(before)
    if q is None:
        return None
    words, countries = q.group("state").split(), reference.countries()
    return next((code for i in range(len(words)) if (code := countries.code(" ".join(words[i:])))), None)


def _generic_alias(said: str, org: reference.KnownOrg) -> bool:
    """Whether ``said`` is an alias that drops the owner from the body's name ("Security Council" of "UN Security
    Council"): a name any state's body may carry."""
    return said != org.name and org.name.endswith(f" {said}") and not re.search(r"\b[A-Z]{2,}\b", said)


# "of the Republic of Tajikistan", "of Australia", "of the Russian Federation": a complement that names a state.
_OF_RUN = re.compile(r"^\s+of\s+(?:the\s+)?(?P<run>[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4})")


def _of_a_state(after: str) -> bool:
    """Whether ``after`` opens with "of" and a state ("of the Kingdom of Saudi Arabia", "of the Kyrgyz Republic"),
    not with a body of one ("of the Royal Thai Armed Forces")."""
    run = _OF_RUN.match(after)
    if run is None or re.search(rf"\b(?:{_HEADS})\b", run.group("run")):
        return False
    words, countries = run.group("run").split(), reference.countries()
    return any(countries.code(" ".join(words[i:j])) for i in range(len(words)) for j in range(i + 1, len(words) + 1)
               if words[i] != "of" and words[j - 1] != "of")


def _inside_longer_name(m: re.Match[str], before: str) -> bool:
    inside = re.search(r"(?<![\w-])([A-Z][a-z]+)\s+$", before[-30:])
    pair = re.search(r"(?<![\w-])([A-Z][a-z]+\s+[A-Z][a-z]+)\s+$", before[-30:])
    if pair and reference.countries().code(pair.group(1)):
        # "the South Korean Joint Chiefs of Staff", "the New Zealand Ministry of Defence": a two-word state says whose
        return False
    return bool(inside and inside.group(1) not in _LEAD_STOP and not reference.countries().code(inside.group(1))
                and " " in m.group() and inside.start(1) + len(before) - len(before[-30:]) > 0)


def _acronym_defined(scan: _Scan) -> Iterator[_Found]:
    """"Border Guard Bangladesh (BGB)": the capitalised run an acronym in brackets spells."""
    for start, end, name, country in scan.defined:
        yield _Found(start, end, name, None, country, judged=True)


def _of_shape(scan: _Scan) -> Iterator[_Found]:
    """"Ministry of Home Affairs", "University of Toronto": a body head with an "of/for" complement."""
    for f in _shaped(scan, _OF_SHAPE, joins=False):
        event = _EVENT_END.search(f.name) if _REMIT.match(f.name) else None
        if event:  # "... Commission on Defence and Security Session": the session is the body's event
            f = _Found(f.start, f.end - len(event.group()), f.name[:event.start()], f.kind, f.country,
                       alias=f.alias[:-len(event.group())] if f.alias and f.alias.endswith(event.group()) else f.alias,
                       judged=f.judged)
        yield f


def _head_shape(scan: _Scan) -> Iterator[_Found]:
    """"Border Security Force", "Pakistani Foreign Office": capitalised words ending in a body head."""
    for f in _shaped(scan, _HEAD_SHAPE, joins=True):
        if not any(a <= f.start and f.end <= b for a, b in scan.units):
            yield f  # "Cavalry Regiment Task Force" inside "the 3rd Cavalry Regiment Task Force" is a cut name


# "the third Infantry Division": an ordinal in lowercase opens only an army's formation (not "the first Africa Corps
# deployment", "the second Task Force meeting", where it counts events).
_ORDINAL_LOWER = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"

# numbered-unit: "the 3rd Malaysian Infantry Division", "the U.S. 4th Fleet", "526th Rapid Forces Battalion", "Naval
# Task Force 80": an ordinal before a unit's words, or a number after "Task Force", names one unit; a state's initials,
# adjective or a force's acronym right before it say whose ("the UPDF 2nd Division"). An ordinal word with the unit
# word alone ("Second Division reported ...") may be a sentence's words or a sports league: it needs words between.
_UNIT_SHAPE = re.compile(rf"(?<![\w&.-])(?:(?P<owner>{_STATE_INITIALS}|[A-Z][a-z]+|[A-Z]{{2,6}})\s+)?"
                         rf"(?P<unit>(?:\d{{1,3}}(?:st|nd|rd|th)\s+|{_ORDINAL}\s+(?={_CAPW}\s+(?:{_CAPW}\s+){{0,2}}{_UNIT_HEADS})"
                         rf"|{_ORDINAL_LOWER}\s+(?=(?:{_CAPW}\s+){{1,3}}(?:Division|Brigade|Battalion|Regiment)\b))"
                         rf"(?:{_CAPW}\s+){{0,3}}{_UNIT_HEADS}(?:\s+\d{{1,4}})?)(?![\w-])")
_TASK_FORCE = re.compile(rf"(?<![\w&.-])(?P<words>(?:{_CAPW}\s+){{0,3}})Task\s+Force\s+\d{{1,4}}(?![\w-])")
_OWNER_POSSESSIVE = re.compile(r"(?<![\w-])(?P<o>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)['’]s\s+$")


def _numbered_unit(scan: _Scan) -> Iterator[_Found]:
    """A unit named by its number (numbered-unit above); its owner opens the name only when it names a state or a
    force ("U.S.", "Malaysian", "UPDF"), not a sentence's word ("The"); a possessive before it says whose ("the Indian
    Navy's First Training Squadron")."""
    countries, text = reference.countries(), scan.s.text
    finds = []
    for m in _UNIT_SHAPE.finditer(text):
        owner, start = m.group("owner"), m.start("unit")
        if owner and owner not in _LEAD_STOP and (owner in countries.adjectives or countries.code(owner)
                                                  or re.fullmatch(r"U\.S\.|U\.K\.|[A-Z]{2,6}", owner)):
            start = m.start()
        finds.append((start, m.end()))
    for m in _TASK_FORCE.finditer(text):
        kept = [w for w in _after_post(m.group("words").split()) if w not in _LEAD_STOP]  # "Commander Joint Task
        # Force 661": the post before the unit is a person's
        tail = text[m.end("words"):m.end()]
        start = m.end() - len(" ".join(kept + [tail]))
        if not any(a <= start < b for a, b in finds):
            finds.append((start, m.end()))
    for start, end in finds:
        name = text[start:end]
        held = _OWNER_POSSESSIVE.search(text[max(0, start - 40):start])
        words = name.split() + (held.group("o").split() if held else [])  # "3rd Malaysian Infantry Division"
        force = reference.organizations().by_word.get(words[0])  # "the FARDC 33rd Military Region": the force's state
        country = _country(name, scan.ctx) or next((countries.adjectives[w] for w in words if w in countries.adjectives),
                                                   force.country if force else None)
        scan.units.append((start, end))
        yield _Found(start, end, name, "agency", country, judged=country is None)


@dataclass
class _Chain:
    """The name a shape's match is growing into, as the steps of _shaped read and change it."""

    scan: _Scan
    joins: bool                      # the head shape (words before "and" may open the name), not the of-shape
    countries: reference.Countries
    start: int
    name: str
    end: int = 0                     # set once the name stops growing at its end (expand)
    owner: str | None = None         # the state the body belongs to, as found so far
    owned: str | None = None         # "Egypt's Foreign Ministry" as written: another name of the body
    cut: str | None = None           # the name before its of-complement: another name of the body

    @property
    def text(self) -> str:
        return self.scan.s.text

    def after(self) -> str:
        return self.text[self.start + len(self.name):]


# A step returns None to go on to the next row, False to drop the match, or the find that ends the chain.
_Step = Callable[[_Chain], "_Found | Literal[False] | None"]


def _shaped(scan: _Scan, pattern: re.Pattern[str], *, joins: bool) -> Iterator[_Found]:
    """Each match of ``pattern`` run through the rows of _SHAPED_STEPS, in order, until one drops it or yields it."""
    countries = reference.countries()
    for m in pattern.finditer(scan.s.text):
        chain = _Chain(scan=scan, joins=joins, countries=countries, start=m.start(), name=m.group())
        for _, step in _SHAPED_STEPS:
            out = step(chain)
            if out is False:
                break
            if out is not None:
                yield out
                break


def _trimmed(c: _Chain) -> Literal[False] | None:
    """The sentence's own words off the front (sentence-opener); too short a name is none."""
    c.start, name = _trim(c.text, c.start, c.name)
    if name is None:
        return False
    c.name = name
    return None


def _owner_ends(c: _Chain) -> None:
    """"Committee for National Security’s Border Service Ularbek": a body's possessive inside the run ends the name
    ("... of the People's Republic of China" goes on)."""
    inner = re.search(r"['’]s\s", c.name)
    if inner and re.search(rf"\b(?:{_HEADS})\b", c.name[:inner.start()]) and " " in c.name[:inner.start()] \
            and not c.name[:inner.start()].endswith("People"):
        c.name = c.name[:inner.start()]


def _actors_list(c: _Chain) -> None:
    """"the Council of Elders, Chile and Peru": a list of actors, not of fields."""
    if ", " in c.name and any(c.countries.code(w.strip(",")) for w in c.name[c.name.index(","):].split()):
        c.name = c.name[:c.name.index(",")]


def _taken(c: _Chain) -> Literal[False] | None:
    """A name already found over the span, but inside its of-complement, takes it (_free_but_complement)."""
    return None if _free_but_complement(c.scan, c.start, c.name) else False


def _and_joined(c: _Chain) -> None:
    """"Jammu and Kashmir Police", "Garda National Drugs and Organised Crime Bureau": one name with "and" (head shape
    only); not after a post and its holder (holder-and), a state opening the name (state-opens-conjunct) or a body
    already found ("Ministry of Defence and Armed Forces Command")."""
    if not c.joins:
        return
    text, countries, start, name = c.text, c.countries, c.start, c.name
    joined = re.search(r"(?<![\w-])((?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)\s+and\s+$", text[max(0, start - 60):start])
    words = joined.group(1).split() if joined else []
    while words and (words[0] in _LEAD_STOP or re.search(_HEADS, words[0]) or re.fullmatch(_COMPANY, words[0])
                     or countries.code(words[0])):
        words.pop(0)  # "The Trade and Industry Ministry": the run starts after the sentence's own words
    if words and (reference.titles().pattern.search(" ".join(words))
                  or _post_ends(text[max(0, start - len(joined.group()) - 30):start - len(joined.group())])):
        words = []  # "Foreign Affairs Minister Retno Marsudi and National Armed Forces", "UN Secretary-General
        # Antonio Guterres and African Union Commission": a post and its holder before "and" are a person listed
        # with the body, not the first words of its name (holder-and)
    last = start - len(joined.group()) + len(joined.group(1)) if words else 0  # where the words before "and" end
    if words and all(not re.search(_HEADS, w) and not re.fullmatch(_COMPANY, w) and not countries.code(w)
                     for w in words) and not _state_opens(name) and c.scan.free(last - len(words[-1]), last):
        head = " ".join(words) + joined.group()[len(joined.group(1)):]
        c.name = head + name
        c.start -= len(head)


def _possessed(c: _Chain) -> Literal[False] | None:
    """"Brazil's Federal Police": the body is the Federal Police, Brazil's; "Egypt's Foreign Ministry" as written is
    another name of it. A possessive before the name says whose too."""
    c.owner = _possessor(c.name) or _possessor(c.text[max(0, c.start - 40):c.start].rstrip().rpartition(" ")[2])
    if c.owner and _possessor(c.name):
        c.owned = c.name
        c.start, c.name = c.start + len(c.name.split()[0]) + 1, c.name.split(None, 1)[1]
        if len(c.name.split()) < 2 and c.name not in _LONE_HEADS:
            return False
    return None


def _known_name(c: _Chain) -> Literal[False] | None:
    """A body of the reference table is the known shape's."""
    return False if c.name in reference.organizations().by_word else None


def _title_after(c: _Chain) -> Literal[False] | None:
    """"Interior Cabinet Secretary" is a post (_title_follows)."""
    return False if _title_follows(c.name, c.after()) else None


def _minister_portfolio(c: _Chain) -> Literal[False] | None:
    """"Minister for the Armed Forces": a minister's portfolio is part of the post (_IN_POST)."""
    return False if _IN_POST.search(c.text[:c.start]) else None


def _qualifies_post(c: _Chain) -> Literal[False] | None:
    """"French Armed Forces minister": the name qualifies a post after it."""
    return False if _QUALIFIES_POST.match(c.after()) else None


def _document_after(c: _Chain) -> Literal[False] | None:
    """"Status of Visiting Forces Agreement", "Coast Guard Act": the head is inside a document's name."""
    return False if _DOCUMENT_AFTER.match(c.after()) else None


def _plural_possessive(c: _Chain) -> Literal[False] | None:
    """"...Experts' Working Group": a plural possessive opens the name earlier than the shape saw."""
    return False if re.search(r"[a-z]s['’]\s+$", c.text[:c.start]) else None


def _post_cut(c: _Chain) -> None:
    """"Department of Internal Security and Police Commissioner Manning": a post and its holder end the name (of-shape
    only; _cut_at_post, holder-tail)."""
    if not c.joins:
        c.name = _cut_at_post(c.name)


def _state_closes(c: _Chain) -> None:
    """"Parliament of Georgia Archil Talakvadze": the state closes the name (of-shape only)."""
    if not c.joins:
        c.name = _closed_by_state(c.name)


def _institution_and(c: _Chain) -> None:
    """"the Ghana Armed Forces Command and Staff College": a school's or venue's conjunct naming no state goes on
    (head shape only)."""
    school = _INSTITUTION_AND.match(c.after()) if c.joins else None
    if school and not any(c.countries.code(w) or w in c.countries.adjectives for w in school.group().split()):
        c.name += school.group()


def _of_complement(c: _Chain) -> None:
    """"National Police of Colombia": a state after "of" says whose and stays in the name; else an "of/for" complement
    of capitalised words goes on the name, the head alone another name of it (head shape only; of-complement)."""
    of_state = _OF_STATE.match(c.after())
    if of_state and c.countries.code(of_state.group("c")) and c.joins:
        c.owner = c.countries.code(of_state.group("c"))
        c.name += of_state.group()
    elif c.joins:
        whole = _with_complement(c.name, c.after())
        if whole != c.name:  # "Armed Forces" is no name of anything
            c.cut, c.name = (None if all(w in _SERVICE_WORDS for w in c.name.split()) else c.name), whole


def _expanded(c: _Chain) -> None:
    """The name's end is fixed here, before "PM Office" is written out (_expand)."""
    c.end = c.start + len(c.name)
    c.name = _expand(c.name)


def _state_pair(c: _Chain) -> _Found | None:
    """state-pair opener: "the joint Ghana/Togo Maritime Technical Committee": a joint body, neither state's; a glued
    pair overrides an owner."""
    pair = _state_pair_before(c.text[max(0, c.start - 50):c.start], c.name)
    if pair and (not c.owner or pair.endswith(("/", "-", "–"))):
        return _Found(c.start - len(pair), c.end, pair + c.name, None, None, alias=c.name)
    return None


def _demonym(c: _Chain) -> re.Match[str] | None:
    """The capitalised word right before the of-shape's name, read as a state's adjective by the next two rows."""
    return re.search(r"(?<![\w-])(?P<d>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$", c.text[max(0, c.start - 40):c.start]) \
        if not c.joins else None


def _demonym_pair(c: _Chain) -> _Found | None:
    """"the Polish-Lithuanian Council of Defense Ministers": two states' adjectives name a joint body."""
    demonym = _demonym(c)
    states = {c.countries.adjectives.get(d) for d in demonym.group("d").split("-")} if demonym else {None}
    if demonym and "-" in demonym.group("d") and None not in states and not c.owner:
        return _Found(c.start - len(demonym.group()), c.end, f"{demonym.group('d')} {c.name}", None, None, alias=c.name)
    return None


def _demonym_owner(c: _Chain) -> _Found | None:
    """"the Venezuelan Ministry of Foreign Affairs": the state's adjective is part of how the body is named."""
    demonym = _demonym(c)
    if demonym and demonym.group("d") in c.countries.adjectives and not c.owner:
        return _Found(c.start - len(demonym.group()), c.end, f"{demonym.group('d')} {c.name}", None,
                      c.countries.adjectives[demonym.group("d")], judged=True, alias=c.name)
    return None


def _opener(c: _Chain) -> tuple[list[str], str | None, int]:
    """The capitalised words right before the of-shape's name that open it (after a post, without the sentence's own
    words), the state's adjective popped off before them, and where the kept words start."""
    opener = _NAME_OPENER.search(c.text[max(0, c.start - 60):c.start]) if not c.joins and not c.owner else None
    words = _after_post(opener.group("w").split()) if opener else []
    adjective = None
    while words and (words[0] in _LEAD_STOP or c.countries.code(words[0]) or words[0] in c.countries.adjectives):
        adjective = words[0] if words[0] in c.countries.adjectives and len(words) > 1 else None
        words.pop(0)  # "In Kenya", "The": the sentence's own words, not the name's
    # the kept words must not open the sentence (a capitalised first word may be anything); "The" popped off
    # before them does: "The State Border Guard Service of Ukraine said"
    return words, adjective, c.start - len(" ".join(words)) - 1 - (len(adjective) + 1 if adjective else 0)


def _adjective_opener(c: _Chain) -> _Found | None:
    """"the Kyrgyz State Committee for National Security": the state's adjective opens the name, with the words."""
    words, adjective, kept = _opener(c)
    if words and adjective and kept > 0:
        head = " ".join(words) + " "
        return _Found(c.start - len(head) - len(adjective) - 1, c.end, f"{adjective} {head}{c.name}", None,
                      c.countries.adjectives[adjective], judged=True, alias=head + c.name)
    return None


def _name_opener(c: _Chain) -> _Found | None:
    """name-opener boundary: "General Directorate for Internal Security", "European Peace Fund for Ukraine":
    capitalised words right before the head open the body's name; the head alone is a cut name."""
    words, _, kept = _opener(c)
    if words and kept > 0:
        head = " ".join(words) + " "
        return _Found(c.start - len(head), c.end, head + c.name, None, None, judged=True, alias=c.name)
    return None


def _seat(c: _Chain) -> re.Match[str] | None:
    return _IN_CAPITAL.match(c.text[c.end:])


def _seat_owner(c: _Chain) -> None:
    """"the Foreign Ministry in Beijing" is China's; but "the Turkish Embassy in Doha", "the Indian High Commission in
    Dhaka" are the opening state's missions in the host's capital (mission-abroad: the seat names no owner)."""
    seat = _seat(c)
    if seat and not c.owner and _kind(c.name) != "international" and not _opening_state(c.name):
        c.owner = c.countries.capitals.get(seat.group("c")) or c.countries.names.get(seat.group("c"))


def _mission_seat(c: _Chain) -> None:
    """"... Mission to Solomon Islands", "... Mission in Somalia", "Indian High Commission in Dhaka": where a mission
    is sent or sits is part of its name."""
    seat = _seat(c)
    to_state = re.match(r"^\s+to\s+(?:the\s+)?(?P<c>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?![\w-])", c.text[c.end:])
    if c.name.endswith(("Mission", "Delegation")) and to_state and c.countries.names.get(to_state.group("c")):
        c.name, c.end = c.name + to_state.group(), c.end + len(to_state.group())
    elif seat and c.name.endswith("Mission") and c.countries.names.get(seat.group("c")):
        c.name, c.end = c.name + seat.group(), c.end + len(seat.group())
    elif seat and _MISSION.search(c.name) and seat.group("c") in c.countries.cities:
        c.name, c.end = c.name + seat.group(), c.end + len(seat.group())


def _whole(c: _Chain) -> _Found:
    """The name as grown, its state judged from it when no row said whose; a cut or possessed form is an alias."""
    return _Found(c.start, c.end, c.name, None, c.owner, judged=True,
                  alias=c.owned if c.owned and " " in c.name else c.cut if c.cut and " " in c.cut else None)


# The steps of _shaped, in the order they run: each may change the name being built, drop the match or end it with a
# find (the last one always does).
_SHAPED_STEPS: tuple[tuple[str, _Step], ...] = (
    ("sentence-opener", _trimmed),
    ("owner-ends", _owner_ends),
    ("actors-list", _actors_list),
    ("free-but-complement", _taken),
    ("and-join", _and_joined),
    ("possessive-owner", _possessed),
    ("known-name", _known_name),
    ("title-follows", _title_after),
    ("minister-portfolio", _minister_portfolio),
    ("qualifies-post", _qualifies_post),
    ("document-after", _document_after),
    ("plural-possessive", _plural_possessive),
    ("cut-at-post", _post_cut),
    ("closed-by-state", _state_closes),
    ("institution-and", _institution_and),
    ("of-complement", _of_complement),
    ("expand", _expanded),
    ("state-pair", _state_pair),
    ("demonym-pair", _demonym_pair),
    ("demonym-owner", _demonym_owner),
    ("adjective-opener", _adjective_opener),
    ("name-opener", _name_opener),
    ("seat-owner", _seat_owner),
    ("mission-seat", _mission_seat),
    ("whole", _whole),
)


def _with_complement(name: str, after: str) -> str:
    """The name with the "of/for" complement right after it (of-complement), ended where a post's holder or a
    state closes it ("... of the PLA General Li" ends at "PLA"); the name as it was if none follows."""
    comp = _COMPLEMENT.match(after)
    if comp is None or all(w in _SERVICE_WORDS for w in name.split()) and not _of_a_state(after):
        return name  # "Chief of Defense Forces of the Royal Thai Armed Forces": service words say whose by a state only
    whole = _closed_by_state(_cut_at_post(name + comp.group()))
    return whole if len(whole) > len(name) and not re.search(r"\s(?:of|for|the)$", whole) else name


def _free_but_complement(scan: _Scan, start: int, name: str) -> bool:
    """Whether no name already found overlaps ``name`` but for names inside its "of/for" complement: "the Joint
    Defense Council of the Gulf Cooperation Council", "the Executive Secretariat of LCBC" name a body of their own
    whose complement holds the body it belongs to (found first, and kept; of-complement)."""
    end = start + len(name)
    if scan.free(start, end):
        return True
    of = re.search(r"\s(?:of|for)\s", name)
    if of is None or _COMPLEMENT.match(scan.s.text[end:]):
        return False  # "the Office of the UN Special Coordinator for Lebanon": a name read past a table body must be
        # the whole span, or nothing
    return all(start + of.end() <= a and b <= end or not (start < b and a < end) for a, b in scan.taken)


def _owned_by_complement(f: _Found, scan: _Scan) -> _Found:
    """of-complement: "the General Secretariat of the Gulf Cooperation Council" belongs where the body its complement
    names belongs (no state here), not to the report's home state as a bare secretariat would."""
    of = re.search(r"\s(?:of|for)\s", f.name)
    if of is None:
        return f
    inner = scan.s.start + f.start + of.end()
    parent = next((m for m in scan.ctx.org_mentions if inner <= m.start and m.end <= scan.s.start + f.end), None)
    if parent is None or parent.key not in scan.ctx.organizations:
        return f
    return replace(f, country=scan.ctx.organizations[parent.key].country, judged=False)


# state-pair opener: "the joint Ghana/Togo Maritime Technical Committee", "the Angola-Namibia Security and Defence Joint
# Commission": two states joined by a slash or a dash open a joint body's name; the body is neither state's alone.
_PAIR_GLUED = re.compile(r"(?<![\w/–-])(?P<s>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[/–-]$")
_PAIR_BEFORE = re.compile(r"(?<![\w/–-])(?:(?P<open>[A-Z][a-z]+)\s+)?(?P<s1>[A-Z][a-z]+)[/–-](?P<s2>[A-Z][a-z]+)\s+$")


def _a_state(word: str) -> bool:
    countries = reference.countries()
    return countries.code(word) is not None or word in countries.adjectives


def _state_pair_before(before: str, name: str) -> str | None:
    """The state pair (with its joint) that opens ``name`` from the text right before it, or None."""
    first = name.split()[0]
    glued = _PAIR_GLUED.search(before)
    if glued and _a_state(first):
        state = glued.group("s") if _a_state(glued.group("s")) else glued.group("s").split()[-1]
        if _a_state(state):
            return before[before.rindex(state):]  # "Ghana/" + "Togo Maritime Technical Committee"
    pair = _PAIR_BEFORE.search(before)
    if pair and _a_state(pair.group("s1")) and _a_state(pair.group("s2")) and not _a_state(first):
        # "Angola-Namibia " + "Security and Defence Joint Commission"; a capitalised word before the pair opens the
        # name too ("Intergovernmental Chile–Peru Commission ..."), the sentence's own words do not ("The")
        opener = pair.group("open")
        if opener and (opener in _LEAD_STOP or _a_state(opener)):
            return before[pair.start("s1"):]
        return before[pair.start():]
    return None


# pair-late: "the Thailand-Myanmar High Level Committee (HLC)", "the Angola-Namibia Bi-National Commission (BNC)": a
# state pair right before the words an acronym in brackets spells opens the body's name too (the studied golds keep
# the pair, 7 of 7: "Malaysia-Thailand General Border Committee"); head-shape and of-shape finds check it themselves.
_PAIR_LATE = {"acronym-defined"}


def _with_state_pair(f: _Found, scan: _Scan) -> _Found:
    """The find with the state pair right before it, if any, as the opening of its name (its old name an alias)."""
    before = scan.s.text[max(0, f.start - 50):f.start]
    pair = _state_pair_before(before, f.name) if f.name[:1].isupper() else None
    if not pair or f.name.startswith(pair):
        return f
    return _Found(f.start - len(pair), f.end, pair + f.name, f.kind, None, alias=f.name)


def _state_opens(name: str) -> bool:
    """state-opens-conjunct: "Commandant Ronnie Gavan and Japan Coast Guard", "Tir, Shardul and Indian Coast Guard Ship":
    a body whose name opens with a state or its adjective is whole; the words before "and" are another item of a
    list (a person, a ship), not its first words ("Jammu and Kashmir Police" still joins)."""
    return _a_state(name.split()[0])


def _after_post(words: list[str]) -> list[str]:
    """post-opener: "Additional Secretary Ministry of Defence": capitalised words before an of-shape that hold a post
    name the post of a person (the body is its complement); only words after the post may open the body's name."""
    joined = " ".join(words)
    posts = [m for m in reference.titles().pattern.finditer(joined) if m.group() != "General"]  # "General
    # Secretariat", "General Directorate": a rank word that also opens bodies' names
    return joined[posts[-1].end():].split() if posts else words


def _post_ends(text: str) -> bool:
    """Whether ``text`` ends with a post ("... UN Secretary-General ")."""
    text = text.rstrip()
    return any(m.end() == len(text) for m in reference.titles().pattern.finditer(text))


def _cut_at_post(name: str) -> str:
    """"Department of Internal Security and Police Commissioner Manning": a conjunct that opens with a post (or a
    state's adjective and a post: "... and Cameroonian Head of Delegation") is a person, not the rest of the body's
    name. Then the holder-tail readings (below) end the name where a post's holder runs on after it."""
    adjectives = reference.countries().adjectives
    for m in re.finditer(r"\s+(?:and|&)\s+", name):
        at = m.end()
        adjective = re.match(r"([A-Z][a-z]+)\s+", name[at:])
        if adjective and adjective.group(1) in adjectives:
            at += len(adjective.group())
        if reference.titles().pattern.match(name, at):
            return name[:m.start()]
    holder = _HOLDER.search(name) or _GLUED_HONORIFIC.search(name)
    name = name[:holder.start()] if holder else name
    return _holder_tail(name)


# holder-tail: "Ministry of Defence Rear Admiral Faisal Amin", "Ministry of Foreign Affairs Secretary-General Ahmed",
# "... Affairs Undersecretary", "State Committee for National Security Kamchybek Tashiev": news writes "<post> of
# <body> <holder>" and "<body> <post> <holder>", so a post that follows a word of the complement (not "of the
# Secretary ...", which the complement names), or a two-word name after the complement's closing "Affairs" or
# "Security", opens the holder, not more of the body's name.
_GLUED_HONORIFIC = re.compile(r"(?<=[a-z])(?:Mrs|Mr|Ms|Dr)\.?\s+[A-Z]")  # "Ministry of the InteriorMrs Adelaide"
_EXTRA_POSTS = re.compile(r"\s(?:Undersecretary|Under\s+Secretary)\b")
_COMPLEMENT_CLOSED = re.compile(r"\s(?:Affairs|Security)(?P<rest>\s+[A-Z][a-z]+\s+[A-Z][\w’'-]+)$")


def _holder_tail(name: str) -> str:
    for m in list(reference.titles().pattern.finditer(name)) + list(_EXTRA_POSTS.finditer(name)):
        start = m.start() + (1 if name[m.start()].isspace() else 0)
        before = name[:start].split()
        if len(before) >= 3 and before[-1] not in ("of", "for", "the", "and", "&") and name[start - 1] == " " \
                and before[-1][0].isupper():
            return name[:start].rstrip()
    closed = _COMPLEMENT_CLOSED.search(name)
    if closed and not any(re.fullmatch(_HEADS, w) or w in _SERVICE_WORDS for w in closed.group("rest").split()):
        return name[:closed.start("rest")]
    return name


# "... Vice President of the Executive Council of the Emirate of Abu Dhabi Sheikh Hazza Bin Zayed": an honorific or a
# rank inside a body's of-complement opens the name of the post's holder, which ends the body's name.
_HOLDER = re.compile(r"\s+(?:Sheikh|Sheikha|Sayed|Sayyid|Mullah|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?|Gen\.?|Lt\.?|"
                     r"Lieutenant|Col\.?|Colonel|Brig\.?|Sergeant|Corporal|Alhaji|Engr\.?|Amb\.?)\s+[A-Z]")


def _closed_by_state(name: str) -> str:
    countries = reference.countries()
    for m in re.finditer(r"\sof\s+(?:the\s+)?(?P<c>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)", name):
        for state in (m.group("c"), m.group("c").split()[0]):
            end = m.start("c") + len(state)
            if countries.names.get(state) and re.match(r"\s+[A-Z]", name[end:]):
                return name[:end]
            if countries.names.get(state):
                break  # "... of Saudi Arabia": a two-word state is not closed by its first word
    return name


def _coordinated_heads(scan: _Scan) -> Iterator[_Found]:
    """"the Ministries of Home and External Affairs": one plural head, one body per conjunct."""
    countries = reference.countries()
    for m in _COORDINATED.finditer(scan.s.text):
        head = {"Ministries": "Ministry", "Departments": "Department"}[m.group("head")]
        first, second = m.group("a"), m.group("b")
        if countries.names.get(first) and countries.names.get(second):
            # "Defense Ministries of Azerbaijan and Georgia": one ministry per state, named with its field
            if m.group("field"):
                for state, start, end in ((first, m.start(), m.end("a")), (second, m.start("b"), m.end())):
                    yield _Found(start, end, f"{head} of {m.group('field')} of {state}", "ministry", countries.names[state])
            continue
        if m.group("field"):
            continue  # "Defence Ministries of ..." over anything but two states: no one body per conjunct
        tail = second.split()[-1] if len(second.split()) > 1 and len(first.split()) == 1 else ""
        for words, start, end in ((f"{first} {tail}".strip(), m.start(), m.end("a")), (second, m.start("b"), m.end())):
            name = f"{head} of {words}"
            org = reference.organizations().by_word.get(name)
            yield _Found(start, end, org.name if org else name, org.kind if org else "ministry",
                         org.country if org else None)


def _armed_forces(scan: _Scan) -> Iterator[_Found]:
    """"Saudi armed forces", "the Tunisian presidency": a state's forces or presidency as a whole."""
    for pattern, kind in ((_ARMED, "agency"), (_PRESIDENCY, "government")):
        for m in pattern.finditer(scan.s.text):
            code = reference.countries().adjectives.get(m.group("adj"))
            if code:
                yield _Found(m.start(), m.end(), m.group(), kind, code)


def _shared_owner(scan: _Scan) -> Iterator[_Found]:
    """"the Fiji Military Forces and Police": the second service is the same state's ("Fiji Police")."""
    countries = reference.countries()
    for m in _SHARED_OWNER.finditer(scan.s.text):
        words = m.group()[:m.start("head") - m.start()].split()[:-2]  # "The Sri Lanka Navy": a run of these words
        runs = [" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1)]
        state = next((w for w in runs if countries.adjectives.get(w) or countries.names.get(w)), None)
        code = state and (countries.adjectives.get(state) or countries.names.get(state))
        if code:
            head = re.sub(r"\s+", " ", m.group("head"))
            yield _Found(m.start("head"), m.end("head"), f"{state} {head}", "agency", code)


def _state_body(scan: _Scan) -> Iterator[_Found]:
    """"the Spanish interior ministry", "Ecuador's armed forces" (kg/extract/state_bodies.py)."""
    for body in state_bodies.find(scan.s.text):
        # "India's foreign ministry" is "the foreign ministry" again in the same report: the bare words are an alias
        field = re.search(r"\b[a-z]+\s+ministry$", body.name) if body.kind == "ministry" else None
        yield _Found(body.start, body.end, body.name, body.kind, body.country, alias=field.group() if field else None)


def _bare_state_body(scan: _Scan) -> Iterator[_Found]:
    """"the defence ministry said", "the country's foreign ministry": a field ministry named without its state is
    the ministry of the state whose minister of that field the report names (nearest first), else of the state last
    mentioned ("the country's"), else of the report's home state. Named "<demonym> <field> ministry" like the
    state-body rule, so that a named form of the same ministry folds into it; the bare words are its alias."""
    for bare in state_bodies.bare(scan.s.text):
        at = scan.s.start + bare.start
        code = _last_state_before(scan.ctx, at) if bare.refers_back else _minister_state(scan.ctx, bare.field, at)
        code = code or scan.ctx.home_country
        demonym = state_bodies.demonym(code) if code else None
        if demonym:
            yield _Found(bare.start, bare.end, f"{demonym} {bare.field} ministry", "ministry", code,
                         alias=f"{bare.field} ministry")


# The words a minister's portfolio is named with: "Minister of National Security", "Interior Minister", "Minister for
# Foreign Affairs and Trade". A lexicon of portfolios, so that "Minister of Interior Sheikh Fahad" ends at "Interior".
_PORTFOLIO = (r"(?:Foreign|Interior|Internal|External|Home|Defen[cs]e|Justice|Finance|National|Public|Security|Safety|"
              r"Affairs|Trade|Commerce|Economy|Economic|Health|Information|Education|Labou?r|Immigration|Migration|"
              r"Agriculture|Energy|Transport|Communications|Fisheries|Environment|Planning|Development|Industry|"
              r"Tourism|Culture|Youth|Maritime|Marine|Border|Emergency|Situations|Digital|Investment|Petroleum|Oil|"
              r"Mines|Works|Housing|Local|Government|Social|Welfare|Science|Technology|Innovation|Territorial|"
              r"Administration|Veterans|Intelligence|Homeland|Regional|International|Co-?operation|Relations|"
              r"Diaspora|Citizenship|Reconstruction|Integration|Order)")
_MINISTER_POST = re.compile(rf"(?<![\w-])(?:(?P<state>[A-Z][a-z]+(?:['’]s)?)\s+)?(?P<f1>{_PORTFOLIO}(?:\s+{_PORTFOLIO}){{0,2}})\s+"
                            rf"Minister(?![\w-])|(?<![\w-])Minister\s+(?:of|for)\s+(?:the\s+)?"
                            rf"(?P<f2>{_PORTFOLIO}(?:\s+(?:and\s+|&\s+)?{_PORTFOLIO}){{0,3}})(?![\w-])")


def _post_ministries(ctx: Context) -> None:
    """"a ministry statement said", "at the Ministry’s offices": a ministry named by the bare word is a ministry the
    report names of the portfolio of the minister whose post it names last before the word (before or after: "the
    ministry said" may come first), else the ministry named last before it; those are found already. Else it is
    that minister's ministry, a body of its own, when the post stands in the word's sentence or the one before
    ("Minister of National Security Peter Bunting ... the Ministry’s offices" → "Ministry of National Security").
    Run once every sentence is read, so that a ministry named later is known."""
    countries = reference.countries()
    ministries = [m for m in ctx.org_mentions if m.key in ctx.organizations
                  and ctx.organizations[m.key].kind == "ministry"]
    taken = [(m.start, m.end) for m in ctx.org_mentions]
    for s in ctx.reporting():
        if s.index in ctx.headlines:
            continue
        for start, end in state_bodies.fieldless(s.text):
            at = s.start + start
            if any(a < s.start + end and at < b for a, b in taken):
                continue
            posts = list(_MINISTER_POST.finditer(ctx.text, 0, at))
            post = posts[-1] if posts else None
            field = _field_key(post.group("f1") or post.group("f2")).split()[-1] if post else ""
            same_field = [m for m in ministries if field and field in _field_key(" ".join(
                [ctx.organizations[m.key].name, *ctx.organizations[m.key].aliases]))]
            state = re.sub(r"['’]s$", "", post.group("state") or "") if post else ""
            code = countries.adjectives.get(state) or countries.names.get(state) if state else None
            own = [m for m in same_field if code and ctx.organizations[m.key].country == code]
            same_field = own or same_field  # "Turkish ... Defense Minister": the Turkish one, not the Qatari one
            before = [m for m in ministries if m.end <= at]
            chosen = min(same_field, key=lambda m: abs(m.start - at)) if same_field else \
                before[-1] if before and (post is None or before[-1].start > post.start()) else None
            if chosen:  # "Seoul's defense ministry ... Defense Minister Shin ... the ministry said": that ministry,
                continue  # already found; who said what is the statement rules' to settle (kg/extract/speakers.py)
            if post is None or post.start() < _previous_sentence_start(ctx, s):
                continue  # a post further back is no longer what "the ministry" points to
            demonym = state_bodies.demonym(code) if code else None
            if post.group("f1") and demonym:  # "Saudi Interior Minister" → "Saudi interior ministry", as the
                name = f"{demonym} {post.group('f1').lower()} ministry"  # state-body rule names it
            else:
                name = f"{post.group('f1')} Ministry" if post.group("f1") else f"Ministry of {post.group('f2')}"
            # the body only, no mention: the bare word stays for the statement rules to credit as they do
            org = ctx.organizations.setdefault(slug(name), Organization(
                key=slug(name), name=name, kind="ministry", country=code,
                support=Support(evidence=[ctx.span(s)], rule="org/post-ministry", confidence=0.85)))
            if ctx.span(s) not in org.support.evidence:
                org.support.evidence.append(ctx.span(s))
            if s.text[start:end] not in (org.name, *org.aliases):
                org.aliases.append(s.text[start:end])
            field = post.group("f1") or post.group("f2")
            for form in (f"{field} Ministry", f"Ministry of {field}"):  # one ministry, both word orders
                if form != org.name and form not in org.aliases:
                    org.aliases.append(form)


def _previous_sentence_start(ctx: Context, s: Sentence) -> int:
    earlier = [x.start for x in ctx.sentences if x.end <= s.start]
    return max(earlier, default=s.start)


def _field_key(words: str) -> str:
    """A portfolio's words compared across spellings: "Defense Affairs" and "defence" → "defence"."""
    return re.sub(r"\s*affairs\b", "", words.lower()).replace("defense", "defence").strip()


def _last_state_before(ctx: Context, at: int) -> str | None:
    before = [m for m in ctx.country_mentions if m.end <= at]
    return before[-1].key if before else None


_FIELD_MINISTER = (r"(?P<state>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,2})(?:['’]s)?\s+(?i:FIELD)(?:\s+(?i:affairs))?"
                   r"\s+(?i:minister)")


def _minister_state(ctx: Context, field: str, at: int) -> str | None:
    """The state of the "<Demonym> <Field> Minister" nearest the mention: in its sentence or before it, else after."""
    countries = reference.countries()
    stem = {"defence": "defen[cs]e", "defense": "defen[cs]e"}.get(field, field)
    found = []
    for m in re.finditer(_FIELD_MINISTER.replace("FIELD", stem), ctx.text):
        words = m.group("state").split()
        state = next((" ".join(words[i:]) for i in range(len(words)) if countries.code(" ".join(words[i:]))), None)
        code = state and (countries.adjectives.get(state) or countries.names.get(state))
        if code:
            found.append((m.start(), code))
    sentence = ctx.sentence_at(at)
    here = [c for start, c in found if sentence.start <= start < sentence.end]
    before = [c for start, c in found if start < at]
    return (here or before[-1:] or [c for _, c in found][:1] or [None])[0]


def _cue(scan: _Scan) -> Iterator[_Found]:
    """An outlet credited as a source, an NGO in apposition, a foundation (kg/extract/org_cues.py)."""
    known = reference.organizations().by_word
    for cued in org_cues.find(scan.s.text):
        # "the Anadolu news agency": an outlet named by the first word of a known agency's name is that agency
        whole = next((known[f"{cued.name} {tail}"] for tail in ("Agency", "News Agency", "News")
                      if cued.kind == "media" and f"{cued.name} {tail}" in known), None)
        if whole:
            yield _Found(cued.start, cued.end, whole.name, whole.kind, whole.country)
        elif cued.name not in known:
            yield _Found(cued.start, cued.end, cued.name, cued.kind, cued.country)


def _publisher(scan: _Scan) -> Iterator[_Found]:
    """"first revealed by the ABC", "Newsday also received a statement", "an Interfax correspondent reported": the
    outlet the header names, named in the running text (not as a dateline credit "(Interfax)", "/TASS/")."""
    text, known = scan.s.text, reference.organizations()
    for forms, pattern in _publisher_patterns(scan.ctx.doc.publisher):
        for m in pattern.finditer(text):
            if text[:m.start()].rstrip().endswith(("(", "/", "[")) or text[m.end():].lstrip().startswith((")", "/", "]")):
                continue  # a dateline or byline credit names no source
            org = known.by_word.get(forms[0]) or known.by_word.get(m.group())
            desk = _OUTLET_DESK.match(text[m.end():])
            if desk and not org and desk.group("w") not in org_cues._CALENDAR | STOP_WORDS \
                    and not reference.countries().code(desk.group("w")):
                # "told RNZ Pacific": the header's outlet "RNZ" names its desk or service in the text
                yield _Found(m.start(), m.end() + len(desk.group()), forms[0] + desk.group(), "media", None)
                continue
            yield _Found(m.start(), m.end(), org.name if org else forms[0], "media", org.country if org else None)


_OUTLET_DESK = re.compile(r"^\s(?P<w>[A-Z][a-z]+)(?![\w’'-])")


@cache
def _publisher_patterns(publisher: str) -> list[tuple[list[str], re.Pattern[str]]]:
    """One pattern per outlet of the header, longest form first; compiled once per publisher."""
    return [(forms, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                               + r")(?![\w-])")) for forms in org_cues.publisher_forms(publisher)]


# What the words a group cue found name when they are no group (named-group vetoes, applied in _named_group).
# A capitalised post before "of": "Leader of the Opposition Ranil ...", "Deputy Supreme Commander of the Armed Forces",
# "Commander of Operation Emergence 4" name a post, whoever holds it.
_POST_OF = re.compile(r"(?<![\w-])(?:Leader|Leaders|Commander|Commanders|Chief|Head|Chairman|Chairperson|"
                      r"Secretary|Director)\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}$")
# A place or region: "leaders of Burkina Faso", "the leaders of the Asia Pacific", "South Korean".
_REGION_WORDS = {"Asia", "Pacific", "Africa", "Europe", "America", "Americas", "Sahel", "Gulf", "Caribbean", "Balkans",
                 "Caucasus", "Middle", "East", "West", "Indo-Pacific", "Asia-Pacific", "Horn", "Maghreb", "Levant",
                 "Arctic", "Atlantic", "Mediterranean"}
# A word that describes the group by a place or another group: "al-Qaeda-linked militants", "the Somalia-based
# al-Shabab terrorist group" (the name is the words after it).
_DESCRIBED = re.compile(r"^[\w’'-]+-(?:based|linked|backed|led|affiliated|aligned|allied|inspired|sponsored|funded)$")


def _group_post(name: str, before: str) -> bool:
    return _POST_OF.search(before[-40:]) is not None


def _group_place(name: str, before: str) -> bool:
    countries = reference.countries()
    return countries.code(name) is not None or name in countries.cities \
        or any(w in _REGION_WORDS for w in name.split())


def _group_operation(name: str, before: str) -> bool:
    return name.split()[0] == "Operation"  # "Commander of Operation Sukola": a military operation, not a group


def _group_described(name: str, before: str) -> bool:
    return _DESCRIBED.match(name.split()[-1]) is not None


_GROUP_VETOES: list[tuple[str, Callable[[str, str], bool]]] = [
    ("group-post", _group_post), ("group-place", _group_place), ("group-operation", _group_operation),
    ("group-described", _group_described)]


def _group_vetoed(name: str, before: str) -> str | None:
    return next((veto for veto, test in _GROUP_VETOES if test(name, before)), None)


def _named_group(scan: _Scan) -> Iterator[_Found]:
    """"Los Lobos gang", "members of the New IRA", "the terrorist groups OLF Shene and Al-Shabbab": an armed or
    criminal group named by the words around it."""
    for f in _named_group_finds(scan):
        if not _group_vetoed(f.name, scan.s.text[:f.start]):
            yield f


def _named_group_finds(scan: _Scan) -> Iterator[_Found]:
    known = reference.organizations()
    countries = reference.countries()
    for m in _GROUP_CUED.finditer(scan.s.text):
        for group in ("name", "name2"):
            name = m.group(group)
            if not name or name.split()[0] in _NOT_GROUP or any(countries.code(re.sub(r"['’]s$", "", w))
                                                               or w in _NOT_GROUP for w in name.split()):
                continue
            org = known.by_word.get(name)
            yield _Found(m.start(group), m.end(group), org.name if org else name, "nonstate",
                         org.country if org else None)
    for pattern in (_GROUP_BEFORE, _GROUP_AFTER):
        for m in pattern.finditer(scan.s.text):
            start, name = _group_name(m)
            cue = m.groupdict().get("cue") or ""
            whole = known.by_word.get(f"{name} {cue.rstrip('s').title()}") if name and cue else None
            if whole:  # "the Sinaloa cartel" is the known Sinaloa Cartel
                end = m.end("cue") - (1 if cue.endswith("s") and not whole.name.endswith("s") else 0)
                yield _Found(start, end, whole.name, whole.kind, whole.country)
            elif name and not re.search(rf"(?<![\w-])(?:in|from|near|across)\s+(?:the\s+)?{re.escape(name)}(?![\w-])",
                                        scan.ctx.text):  # not a place: "gangs in Sao Paulo"
                yield _Found(start, start + len(name), name, "nonstate", None)


# -- vetoes: named reasons a shape's find is no body ---------------------------------------------------------
def _a_room(f: _Found, scan: _Scan) -> bool:
    """"the Oval Office": a room where leaders meet, not a body."""
    return f.name in _ROOMS


def _a_title(f: _Found, scan: _Scan) -> bool:
    """"National Security Advisors": a post, even when capitalised like a body."""
    return f.kind is None and reference.titles().pattern.fullmatch(re.sub(r"s$", "", f.name)) is not None


def _a_venue(f: _Found, scan: _Scan) -> bool:
    """"held on July 2 at the Pentagon": a body called by its building's name is where people met, not an actor."""
    return not re.search(_HEADS, scan.s.text[f.start:f.end], re.IGNORECASE) and f.kind in ("ministry", "government") \
        and _VENUE_BEFORE.search(scan.s.text[max(0, f.start - 12):f.start]) is not None


def _generic_forces(f: _Found, scan: _Scan) -> bool:
    """"the Air Forces of the two countries", "its Armed Forces", "Chief of Defence Force", "(JDF) Coast Guard",
    "joint Navy and Air Force units": service words alone, with no state, place or proper name to say whose,
    describe a kind of force. A state's possessive says whose ("Japan's Self-Defense Forces"), and initials of its
    own in brackets make the words a name ("Border Security Force (BSF)")."""
    words = f.name.split()
    own = _ACRONYM_AFTER.match(scan.s.text[f.end:])
    whose = _possessor(scan.s.text[max(0, f.start - 40):f.start].rstrip().rpartition(" ")[2])
    return f.kind is None and whose is None and len(words) > 1 and all(w in _SERVICE_WORDS for w in words) \
        and words[-1] in ("Forces", "Force", "Guards", "Guard") and not (own and own.group(1) == _initials(f.name))


def _a_relationship(f: _Found, scan: _Scan) -> bool:
    """"the US-Australia Alliance", "the India-Japan Partnership": two states joined by a dash name their tie."""
    first, _, rest = f.name.partition(" ")
    states = re.split(r"[-–]", first)
    return rest in ("Alliance", "Partnership") and len(states) == 2 \
        and all(reference.countries().code(s) for s in states)


# rank-post: "Gambia's Deputy Army Chief", "Senior Bureau Official in the Bureau of Counterterrorism": a grade word
# opening a head-shape right before a post noun grades the post; the words name a post, not a body.
_RANK_WORDS = {"Deputy", "Senior", "Acting", "Assistant", "Vice", "Former", "Additional", "Principal", "Junior"}
_POST_NOUN = re.compile(r"^\s+(?:Chief|Chiefs|Official|Officials|Officer|Officers|Commander|Commissioner|Director|Head|Spokesman|"
                        r"Spokesperson|Secretary|Adviser|Advisor)\b")


def _a_rank_post(f: _Found, scan: _Scan) -> bool:
    """"Deputy Army Chief": a post graded by its first word, not a body."""
    return f.name.split()[0] in _RANK_WORDS and _POST_NOUN.match(scan.s.text[f.end:]) is not None


# post-in-name: "Russian Defence Minister Army" (of "... Minister Army General Sergei ..."), "Director General Coast
# Guard", "Inspectors General of Police", a header's "Australian Minister for Defence": a person's post inside the
# words is a post read as a body. Not a post that owns or is the remit of an office ("Prime Minister's Office",
# "Prime Minister Office", "Office of the National Security Adviser") nor "General" opening a body ("General Staff").
_OFFICE_OF_POST = re.compile(r"^(?:['’]s?)?\s*(?:Office|Department|Secretariat|Bureau|Meeting)\b")
_POST_COMPLEMENT = re.compile(r"\bof\s+(?:the\s+)?$")


def _posts_in(name: str) -> Iterator[re.Match[str]]:
    titles = reference.titles().pattern
    yield from titles.finditer(name)
    singular = re.sub(r"^(\w+)s(?=\s)", r"\1", name)  # "Inspectors General of Police": the post in the plural
    if singular != name and (m := titles.match(singular)):
        yield m


def _a_post_in_name(f: _Found, scan: _Scan) -> bool:
    """"Director General Coast Guard": a person's post inside the name, or running into its first words."""
    if f.kind is not None and f.kind != "media":
        return False  # a table body or a state's service named by a shape that knows it
    for m in _posts_in(f.name):
        if m.group().lower() == "general" or _OFFICE_OF_POST.match(f.name[m.end():]) \
                or _POST_COMPLEMENT.search(f.name[:m.start()]):
            continue
        return True
    # a post that begins before the name and ends inside it cuts the name from the post's own words: "Chief of General
    # Staff Saudi Armed Forces", "the Chiefs of Staff Council" (one that only touches its end, "Nepal Army Chief", does not)
    return any(a < f.start < b < f.end for a, b in _post_spans(scan.s.text, max(0, f.start - 40), f.end))


_PLURAL_POST = re.compile(r"\b(?:Chief|Inspector|Director|Commander|Minister)(s)(?=\s)")


def _post_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where posts stand in text[start:end], read in the singular too ("the Chiefs of Staff Council")."""
    window = text[start:end]
    plural = {m.start(1) for m in _PLURAL_POST.finditer(window)}
    singular = "".join(c for i, c in enumerate(window) if i not in plural)
    offsets = [i for i in range(len(window) + 1) if i not in plural]  # singular offset -> window offset
    return [(start + offsets[m.start()], start + offsets[m.end()])
            for m in reference.titles().pattern.finditer(singular)]


# staff-of-post: "Chairman of the Joint Chiefs of Staff of the Bangladesh Armed Forces", "Chief of Army Staff (COAS)",
# "Chief of the General Staff": a staff named right after the post that heads it is the post's own words, not a body
# the report names (studied golds and corpus list 0 of 5 staffs read out of their chief's post; the forces the post
# belongs to are listed, 5 of 5: "Chief of Staff of the Djiboutian Armed Forces"). A staff that acts stays a body:
# "South Korea's Joint Chiefs of Staff said".
_STAFF_POST_BEFORE = re.compile(r"(?<![\w-])(?:Chief|Chiefs|Chairman|Chairperson|Chair|Head)\s+of\s+(?:the\s+)?"
                                r"(?P<state>(?:[A-Z][a-z]+\s+){0,2})$")


def _staff_of_post(f: _Found, scan: _Scan) -> bool:
    """"Chairman of the Joint Chiefs of Staff", "Vice Chairman of the South Korean Joint Chiefs of Staff": the staff
    its chief's post names (whoever's it is) is part of the post."""
    post = _STAFF_POST_BEFORE.search(scan.s.text[max(0, f.start - 50):f.start])
    state = post.group("state").strip() if post else ""
    countries = reference.countries()
    return f.name.endswith("Staff") and post is not None \
        and (not state or countries.code(state) is not None or state in countries.adjectives)


_OUTLET_NAME = re.compile(r"\b(?:Agency|News|Press|Agencia|Agence)$")


def _a_dateline_credit(f: _Found, scan: _Scan) -> bool:
    """"Riyadh, Asharq Al-Awsat —The King ...", "DOHA-Anadolu Agency": an outlet between a dateline's place and the
    dash that opens the story is the wire that carries it, not a source the report credits."""
    text = scan.s.text
    return (f.kind == "media" or _OUTLET_NAME.search(f.name) is not None) \
        and dateline_credit(text[:f.start], text[f.end:])


_VETOES: list[tuple[str, Callable[[_Found, _Scan], bool]]] = [("room", _a_room), ("title", _a_title),
                                                                ("dateline-credit", _a_dateline_credit),
                                                                ("venue", _a_venue), ("relationship", _a_relationship),
                                                                ("generic-forces", _generic_forces),
                                                                ("rank-post", _a_rank_post),
                                                                ("post-in-name", _a_post_in_name),
                                                                ("staff-of-post", _staff_of_post)]

# The table: (rule name, shape, runs on Title Case headlines). Order matters: an earlier shape takes its span.
_SHAPES: list[tuple[str, Callable[[_Scan], Iterator[_Found]], bool]] = [
    ("known", _known, True),
    ("acronym-defined", _acronym_defined, False),
    ("coordinated-heads", _coordinated_heads, False),
    ("of-shape", _of_shape, False),
    ("numbered-unit", _numbered_unit, False),
    ("head-shape", _head_shape, False),
    ("armed-forces", _armed_forces, False),
    ("shared-owner", _shared_owner, False),
    ("state-body", _state_body, False),
    ("bare-ministry", _bare_state_body, False),
    ("cue", _cue, False),
    ("publisher", _publisher, False),
    ("named-group", _named_group, False),
]

# Shapes that settle overlaps themselves: a known name always counts; a shaped name is checked before it grows
# over "and" ("Garda National Drugs and Organised Crime Bureau").
_OWN_SPANS = {"known", "of-shape", "head-shape", "numbered-unit"}  # a unit's owner may be a known force


def find(ctx: Context) -> None:
    """Fill ctx.organizations and ctx.org_mentions (before persons, whose titles can name a body: "MEA spokesperson").
    Each body's rule is "org/<shape>"; later uses of its initials become mentions of it (_acronyms)."""
    for s in ctx.reporting():
        headline = s.index in ctx.headlines  # Title Case headlines capitalise everything: shapes mean nothing there
        scan = _Scan(ctx=ctx, s=s, defined=[] if headline else definitions(s.text))
        for rule, shape, in_headlines in _SHAPES:
            if headline and not in_headlines:
                continue
            for f in shape(scan):
                if rule in _PAIR_LATE:
                    f = _with_state_pair(f, scan)
                if rule in ("of-shape", "head-shape") and f.judged and f.country is None:
                    f = _owned_by_complement(f, scan)
                if rule not in _OWN_SPANS and not scan.free(f.start, f.end) or vetoed(f, scan):
                    continue
                _add(ctx, s, f.start, f.end, f.name, kind=f.kind or _kind(f.alias or f.name),
                     country=f.country or (_country(f.name, ctx) if f.judged else None), rule=f"org/{rule}")
                org = ctx.organizations[slug(f.name)]
                if f.alias and f.alias not in org.aliases:
                    org.aliases.append(f.alias)
                scan.taken.append((f.start, f.end))
    _remit_short_forms(ctx)
    _post_ministries(ctx)
    _acronyms(ctx)
    _bare_acronyms(ctx)
    _subunits(ctx)
    _lowercase_aliases(ctx)
    _one_ministry_per_field(ctx)
    _one_body_per_owner(ctx)
    _one_body_per_tail(ctx)
    _one_force_per_state(ctx)
    _table_acronym_of_a_named_body(ctx)
    _one_body_per_acronym(ctx)
    _armed_groups(ctx)


# -- after people: vetoes that need the report's people, applied once persons.find has run ----------------------------
def _a_person(org: Organization, ctx: Context) -> bool:
    """`person-not-outlet` (x21outletfix): "Sergei Shoigu reported that ...", "Umerov reported this on Facebook": the
    "X reported" cue reads an outlet, but a name the report holds as a person (whole, or a person's surname) is none."""
    if org.support.rule != "org/cue" or org.kind != "media":
        return False
    names = {n for p in ctx.persons.values() for n in (p.name, *p.aliases)}
    names |= {p.name.split()[-1] for p in ctx.persons.values()}
    return any(n in names for n in (org.name, *org.aliases))


_PEOPLE_VETOES: list[tuple[str, Callable[[Organization, Context], bool]]] = [("person-not-outlet", _a_person)]


def after_people(ctx: Context) -> None:
    """Drop the bodies a row of _PEOPLE_VETOES rejects, with their mentions (no post is held at such a body)."""
    held = {r.organization for p in ctx.persons.values() for r in p.roles}
    for key, org in list(ctx.organizations.items()):
        if key not in held and any(veto(org, ctx) for _name, veto in _PEOPLE_VETOES):
            del ctx.organizations[key]
            ctx.org_mentions[:] = [m for m in ctx.org_mentions if m.key != key]


# -- armed-group kind: a stateless body the report calls rebels or militants is a non-state armed group ---------------
# "the two armies fought Allied Democratic Forces rebels", "the Ruritanian Liberation Army, a rebel group", "fighters
# of the Arakan Army": a name whose head reads as a state's force ("Forces", "Army") is an armed group when the words
# around one of its mentions say so and no state owns it. Named cues (kg:rule "org/armed-group:<cue>"); the threats
# read the same cues (threats._armed_group_mentions).
_ACRONYM_BETWEEN = r"(?:\s*\([A-Z][\w-]{1,9}\))?"
_ARMED_GROUP_AFTER = re.compile(rf"^{_ACRONYM_BETWEEN}\s+(?P<cue>rebels|militants|insurgents|militias?|fighters|"
                                r"jihadists|guerrillas|terrorists|(?:armed|rebel|militant|jihadist|terrorist|insurgent)\s+"
                                r"groups?)(?![\w-])")
_ARMED_GROUP_APPOSED = re.compile(rf"^{_ACRONYM_BETWEEN},\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?P<cue>(?:rebel|militant|"
                                  r"armed|jihadist|terrorist|insurgent|separatist|paramilitary)\s+(?:group|movement|"
                                  r"militia|organi[sz]ation|outfit|faction))(?![\w-])")
_ARMED_GROUP_BEFORE = re.compile(r"(?<![\w-])(?P<cue>rebels|fighters|militants|insurgents|guerrillas|jihadists)\s+"
                                 r"(?:of|from)\s+(?:the\s+)?$")
# "Air Force fighters" are jets; a force of a state never becomes a group.
_NOT_ARMED_GROUP = re.compile(r"\bAir\s+Forces?$")


def armed_group_cue(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The words that call the name at text[start:end] an armed group, and where they are: "rebels" in "ADF rebels",
    "militant group" in "Jaish, a militant group", "fighters" in "fighters of the RLA"."""
    window = text[end:end + 120]
    found = _ARMED_GROUP_AFTER.match(window) or _ARMED_GROUP_APPOSED.match(window)
    if found:
        return re.sub(r"\s+", " ", found.group("cue").lower()), end + found.start("cue"), end + found.end("cue")
    lo = max(0, start - 40)
    before = _ARMED_GROUP_BEFORE.search(text[lo:start])
    if before:
        return re.sub(r"\s+", " ", before.group("cue").lower()), lo + before.start("cue"), lo + before.end("cue")
    return None


def _armed_groups(ctx: Context) -> None:
    """A body with no state, of kind agency or other, that one mention calls rebels/militants/a rebel group, is
    non-state (the threats then read "<Name> rebels" as the group's concern)."""
    for m in ctx.org_mentions:
        org = ctx.organizations.get(m.key)
        if org is None or org.kind not in ("agency", "other") or org.country or _NOT_ARMED_GROUP.search(org.name):
            continue
        cue = armed_group_cue(ctx.text, m.start, m.end)
        if cue:
            org.kind = "nonstate"
            org.support.rule = f"org/armed-group:{cue[0]}"


_REMIT = re.compile(r"^(?P<short>.+?)\s+on\s+(?!the\s)(?P<remit>.+)$")
# "... Commission on Defence and Security Session", "... Ministerial": an event of the body, not words of its remit
_EVENT_END = re.compile(r"\s+(?:Session|Sessions|Ministerial|Meeting|Summit)$")


def _remit_short_forms(ctx: Context) -> None:
    """on-complement short form: "the Joint Permanent Commission on Defence and Security ... the Joint Permanent
    Commission", "United Nations Standing Advisory Committee on Security Questions, known as UNSAC": the name before
    its remit is the same body's short form (an alias, and the words its initials spell); a body found under it
    folds in."""
    for org in [o for o in ctx.organizations.values() if o.support.rule == "org/of-shape"]:
        m = _REMIT.match(org.name)
        if not m or org.key not in ctx.organizations or len(m.group("short").split()) < 2 \
                or not re.search(r"(?:Commission|Committee|Council|Office|Forum)$", m.group("short")):
            continue
        short = m.group("short")
        if short not in org.aliases:
            org.aliases.append(short)
        for other in list(ctx.organizations.values()):
            if other.key != org.key and other.support.rule != "org/known" and \
                    (other.name == short or short.endswith(" " + other.name) and len(other.name.split()) > 1):
                _fold_into(ctx, other.key, org)


def vetoed(f: _Found, scan: _Scan) -> str | None:
    """The name of the first veto a find meets, or None."""
    return next((name for name, test in _VETOES if test(f, scan)), None)


# sentence-opener: "Likewise Guatemala's Defense Ministry released ...", "Three US Navy ships ...": a sentence adverb or a
# count opening the capitalised run is the sentence's word, not the body's.
_SENTENCE_OPENERS = {"Likewise", "Similarly", "Additionally", "Moreover", "Furthermore", "Also", "Separately", "Two",
                     "Three", "Four", "Five", "Six", "Several", "Some", "Many", "Other"}


def _trim(text: str, start: int, name: str) -> tuple[int, str | None]:
    words = name.split()
    while words and (words[0] in _LEAD_STOP or words[0] in _SENTENCE_OPENERS or reference.countries().code(words[0]) and len(words) > 2
                     and words[1] in ("Ministry",) and False):
        start += len(words[0]) + 1 + (len(name) - len(name.lstrip()))
        name = name[len(words[0]):].lstrip()
        words.pop(0)
    if len(words) < 2 or words[0] in ("Ministry", "Office") and len(words) < 3 and "of" not in words:
        return start, None if len(words) < 2 else name
    return start, name


def _group_name(m: re.Match[str]) -> tuple[int, str | None]:
    """The group a cue names, or None for a description ("Mexican cartels", "Islamist militants", "Sao Paulo")."""
    start, words = m.start("name"), m.group("name").split()
    while words and (words[0] in _LEAD_STOP or words[0] in _NOT_GROUP or start == 0 and words[0] in STOP_WORDS
                     or len(words) > 1 and _DESCRIBED.match(words[0])):  # "the Somalia-based al-Shabab group"
        start += len(words[0]) + 1
        words.pop(0)
    countries = reference.countries()
    if not words or any(countries.code(re.sub(r"['’]s$", "", w)) or w in countries.cities or w in _NOT_GROUP
                        or w.lower() in reference.titles().normal for w in words):
        return start, None
    if words[-1].lower() in ("of", "del", "de", "la", "los", "las", "da", "do", "al", "wal", "el") or \
            re.search(r"['’]s?$", words[-1]):
        return start, None
    if len(words) == 1 and not (re.fullmatch(r"[A-Z0-9-]{2,}", words[0]) or re.match(r"(?:al|el|ad|an|as|ash|at)-", words[0])
                                or m.group("the")):
        return start, None  # one capitalised word may be a place ("Sinaloa gangs"); an acronym or "al-" is not
    return start, " ".join(words)


def _title_follows(name: str, after: str) -> bool:
    """"Interior Cabinet Secretary" is a post, not a body called "Interior Cabinet"."""
    return name.endswith("Cabinet") and re.match(r"^\s+(?:Secretary|Minister)\b", after) is not None


def _expand(name: str) -> str:
    """"PM Office" is the Prime Minister's Office; "Ministry Of X" in a crosshead is "Ministry of X"."""
    name = re.sub(r"\s(Of|For|And|The)\s", lambda m: " " + m.group(1).lower() + " ", name)
    return re.sub(r"^PM(?:['’]s)?\s+Office", "Prime Minister's Office", name)


def _kind(name: str) -> str:
    seated = re.sub(r"\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*$", "", name)  # "Turkish Embassy in Doha": by its head
    for kind, pattern in _KIND_BY_HEAD:
        if pattern.search(name) or pattern.search(name.split(" of ")[0]) or pattern.search(seated):
            return kind
    return "other"


def _country(name: str, ctx: Context) -> str | None:
    countries = reference.countries()
    first = re.sub(r"['’]s$", "", name.split()[0])
    if "-" in first:
        return None  # "Canada-India CEO Forum" belongs to both
    code = _opening_state(name)
    if code:
        return code
    of = re.search(r"\bof\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$", name)
    if of and countries.code(of.group(1)):
        return countries.code(of.group(1))  # "Armed Forces of the Philippines"
    closing = _closing_state(name)
    if closing:
        return closing
    if _kind(name) in ("ministry", "government"):
        return ctx.home_country
    return None


# `closing-state`: "Border Guard Bangladesh", "Border Guards Bangladesh": a state's name (not its adjective) closes a
# body's name, straight after the body's own capitalised words (no "of"/"in"/"for" between, which says what the body
# acts on, not whose it is), and names the state the body serves.
_CLOSING_STATE = re.compile(r"^(?:[A-Z][\w'’-]*\s+){1,4}?(?<![Oo]f\s)(?<![Ii]n\s)(?<![Ff]or\s)(?<![Tt]o\s)(?<!and\s)"
                            r"(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$")


def _closing_state(name: str) -> str | None:
    m = _CLOSING_STATE.match(name)
    if not m or "-" in name:
        return None
    last = m.group("state").split()[-1]  # "Border Guard Bangladesh": the state's name is the last word
    return reference.countries().code(last) if last in reference.countries().names else None


# "Royal Canadian Navy", "Republic of Fiji Military Forces": a service's style opens the name before its state.
_STYLE = re.compile(r"^(?:Royal|Republic\s+of(?:\s+the)?)\s+")


def _opening_state(name: str) -> str | None:
    """The state a body's name opens with, in one to five words, possessive or not: "Sri Lanka Navy", "New Zealand
    Defence Force", "South Korea's Defence Ministry", "Royal Canadian Navy" (not only its first word: "Sri", "South")."""
    countries = reference.countries()
    for words in (name.split(), _STYLE.sub("", name).split()):  # "Republic of Korea Navy", "Republic of Fiji ..."
        for n in (5, 4, 3, 2, 1):
            if len(words) > n:
                code = countries.code(re.sub(r"['’]s$", "", " ".join(words[:n])))
                if code:
                    return code
    return None


def _add(ctx: Context, s: Sentence, start: int, end: int, name: str, *, kind: str, country: str | None,
         rule: str) -> None:
    key = slug(name)
    org = ctx.organizations.get(key)
    if org is None:
        org = Organization(key=key, name=name, kind=kind, country=country,
                          support=Support(evidence=[ctx.span(s)], rule=rule, confidence=0.85))
        ctx.organizations[key] = org
    elif ctx.span(s) not in org.support.evidence:
        org.support.evidence.append(ctx.span(s))
    text = ctx.text[s.start + start:s.start + end]
    if text != org.name and text not in org.aliases and not reference.countries().code(text) \
            and not (text.islower() and " " not in text):  # "Australian [and ...]", "[defence] and foreign ministries"
        org.aliases.append(text)
    ctx.org_mentions.append(Mention(start=s.start + start, end=s.start + end, key=key, text=text))
    # "... Caribbean States (CELAC)": initials in brackets are the mention; the word before them is no acronym of it
    initials = re.fullmatch(r"[A-Z][A-Z&0-9-]{1,7}", text) is not None
    # "the General Secretariat of the Gulf Cooperation Council (GCC)": initials after a name whose complement ends in
    # a body found before it are that body's (of-complement)
    inner = any(m.end == s.start + end and m.start > s.start + start for m in ctx.org_mentions[:-1])
    acr = None if inner else (_ACRONYM_AFTER.match(s.text[end:])
                              or (not initials and _ACRONYM_BEFORE.search(s.text[:start]))
                              or (_OUTLET_HEAD.search(name) and _OUTLET_ACRONYM.match(s.text[end:])))
    if acr and acr.group(1) not in org.aliases:
        org.aliases.append(acr.group(1))


def _initials(name: str) -> str:
    words = [w for w in re.sub(r"['’]s\b", "", name).replace("-", " ").split()
             if w not in ("of", "the", "and", "for", "&")]
    return "".join(w[0] for w in words if w[0].isupper())


def _acronyms(ctx: Context) -> None:
    """"MEA", "PMO": a capitalised token spelling the initials of a body already named in the article."""
    by_initials = {}
    for org in ctx.organizations.values():
        for alias in [org.name, *org.aliases]:
            if len(alias) > 6:
                by_initials.setdefault(_initials(alias), org.key)
        for alias in org.aliases:
            if alias.isupper():
                by_initials.setdefault(alias, org.key)
    taken = {(m.start, m.end) for m in ctx.org_mentions}
    for s in ctx.reporting():
        for m in re.finditer(r"(?<![\w-])([A-Z]{2,6})(?:['’]s)?(?![\w-])", s.text):
            key = by_initials.get(m.group(1))
            span = (s.start + m.start(1), s.start + m.end(1))
            if key is None or span in taken or any(a <= span[0] < b for a, b in taken):
                continue
            org = ctx.organizations[key]
            if m.group(1) not in org.aliases:
                org.aliases.append(m.group(1))
            ctx.org_mentions.append(Mention(start=span[0], end=span[1], key=key, text=m.group(1)))


def _bare_acronyms(ctx: Context) -> None:
    """"NAPTIP, NDLEA and all the others": an all-caps token no named body accounts for is a body of its own."""
    taken = [(m.start, m.end) for m in ctx.org_mentions]
    for bare in org_bare.find(ctx, taken):
        s = ctx.sentence_at(bare.start)
        _add(ctx, s, bare.start - s.start, bare.end - s.start, bare.name, kind="other", country=None,
             rule="org/bare-acronym")


def _subunits(ctx: Context) -> None:
    """"Prime Minister's Office Media Wing" is the Prime Minister's Office speaking: fold it in as an alias."""
    for key, org in list(ctx.organizations.items()):
        for other in ctx.organizations.values():
            if other.key != key and _plain(org.name).startswith(_plain(other.name) + " ") and key in ctx.organizations \
                    and org.support.rule != "org/known" \
                    and not org.name[len(other.name):].startswith((" of ", " and ")) \
                    and not _OWN_BODY_TAIL.search(org.name[len(other.name):]):  # "National Police of Colombia",
                # "Ministry of Foreign Affairs and International Co-operation", "ASEAN Secretariat" are bodies of their
                # own, and so is a body of the reference table ("United Nations Mission in South Sudan")
                _fold_into(ctx, key, other)
                break


def _one_body_per_acronym(ctx: Context) -> None:
    """"Islamic Revolutionary Guards Corps (IRGC)" and the table's "Islamic Revolutionary Guard Corps" in one report
    are one body: two bodies going by the same acronym are the first one named."""
    seen: dict[str, str] = {}
    by_short = {a: o for o in ctx.organizations.values() for a in o.aliases if a.isupper()}
    known = reference.organizations().by_word
    for key, org in list(ctx.organizations.items()):
        head, _, rest = org.name.partition(" ")
        whole = ctx.organizations.get(slug(f"{by_short[head].name} {rest}")) if head in by_short and rest else None
        if whole is not None and whole.key != key:
            _fold_into(ctx, key, whole)  # "CSC Secretariat" is the "Colombo Security Conclave Secretariat"
            continue
        # the table's initials only for the table's own body, not for a state's body named by a generic alias
        # ("Russia's Security Council" is no "UNSC")
        table = known[org.name].aliases if org.support.rule == "org/known" and org.name in known \
            and known[org.name].name == org.name else []
        short = [a for a in [org.name, *org.aliases, *table] if a.isupper() and len(a) > 2]
        first = next((seen[a] for a in short if a in seen and seen[a] in ctx.organizations), None)
        if first and first != key:
            ctx.organizations[first].country = ctx.organizations[first].country or org.country
            _fold_into(ctx, key, ctx.organizations[first])
            continue
        for a in short:
            seen.setdefault(a, key)


def _fold_into(ctx: Context, key: str, target: Organization) -> None:
    """The body ``key`` is ``target`` again: its names become aliases, its evidence and mentions move over."""
    org = ctx.organizations.pop(key)
    for alias in [org.name, *org.aliases]:
        if alias not in target.aliases and alias != target.name:
            target.aliases.append(alias)
    target.support.evidence.extend(e for e in org.support.evidence if e not in target.support.evidence)
    for mention in ctx.org_mentions:
        if mention.key == key:
            mention.key = target.key


def _lowercase_aliases(ctx: Context) -> None:
    """"the Kyrgyz border service" after "the Kyrgyz Border Guard Service": a state body written in lowercase whose
    words all stand in a capitalised body of the same state with the same head word is that body again."""
    for key, org in list(ctx.organizations.items()):
        if org.support.rule != "org/state-body":
            continue
        words = set(_plain(org.name).lower().split())
        for other in ctx.organizations.values():
            other_words = _plain(other.name).lower().split()
            # another lowercase state body holds it only when it says more: "Ukrainian forces" after "the Ukrainian
            # defense forces" is that body again, with its qualifier dropped
            if other.key == key or other.support.rule == "org/state-body" and not words < set(other_words) \
                    or other.country != org.country \
                    or not other_words or other_words[-1] != _plain(org.name).lower().split()[-1] \
                    or not words <= set(other_words):
                continue
            _fold_into(ctx, key, other)
            break


def _one_ministry_per_field(ctx: Context) -> None:
    """"Ministry of Defense of Azerbaijan" and "Azerbaijan Defense Ministry" in one report are one body: a state's
    ministry is known by its state and its field, however the words are ordered."""
    seen: dict[tuple[str, str], str] = {}
    for key, org in list(ctx.organizations.items()):
        m = _MINISTRY_FIELD.match(_plain(org.name))
        if not m or not org.country:
            continue
        state = m.group("s1") or m.group("s2")
        if state and reference.countries().code(re.sub(r"['’]s$", "", state)) not in (None, org.country):
            continue
        field = re.sub(r"\s+Affairs$", "", m.group("f1") or m.group("f2")).lower().replace("defense", "defence")
        first = seen.setdefault((org.country, field), key)
        if first == key:
            continue
        _fold_into(ctx, key, ctx.organizations[first])


def _owner_core(name: str) -> tuple[str, str] | None:
    """"Parliament of Georgia" -> ("GE", "parliament"); "South Korea's Defence Media Agency" and "South Korean Defence
    Media Agency" -> ("KR", "defence media agency"): the state a body's name opens or closes with, and the rest."""
    owned = _owner_split(name)
    if owned is None or not re.match(r"[A-Z]", owned[1]) or reference.countries().code(owned[1]):
        return None  # "Indian armed forces" keeps its own case; a lowercase core is _lowercase_aliases' business
    return owned[0], owned[1].lower().replace("defense", "defence")


def _owner_split(name: str) -> tuple[str, str] | None:
    """The state a body's name opens or closes with and the rest, as written: "Japan Self-Defense Forces" ->
    ("JP", "Self-Defense Forces")."""
    countries = reference.countries()
    plain = _plain(name)
    of = re.match(r"^(?P<core>.+?)\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)$", plain)
    if of and countries.code(of.group("state")) and " of " not in of.group("core"):
        return countries.code(of.group("state")), of.group("core")
    words = plain.split()
    for n in (2, 1):
        owner = re.sub(r"'s$", "", " ".join(words[:n]))
        if len(words) > n and countries.code(owner):
            return countries.code(owner), " ".join(words[n:])
    return None


def _table_acronym_of_a_named_body(ctx: Context) -> None:
    """"the Japanese Self-Defence Forces ... the Air SDF's fighters": initials the reference table gives to another
    body (Syrian Democratic Forces) are, in a report that names a body with those initials and never writes the
    table's body out, that named body's. A table body met only by its initials is dropped for the named one."""
    for key, org in list(ctx.organizations.items()):
        said = {m.text for m in ctx.org_mentions if m.key == key}
        if org.support.rule != "org/known" or not said or not all(re.fullmatch(r"[A-Z]{2,6}", t) for t in said):
            continue
        for other in ctx.organizations.values():
            if other.key == key:
                continue
            forms = [other.name, *other.aliases]
            initials = {_initials(f) for f in forms} | {_initials(o[1]) for o in map(_owner_split, forms) if o}
            if said & initials and not said & set(other.aliases):  # "... (JNIM)": the text's own spelling of the
                # table's body, which _one_body_per_acronym folds into the table's name
                for mention in ctx.org_mentions:
                    if mention.key == key:
                        mention.key = other.key
                other.aliases.extend(sorted(t for t in said if t not in other.aliases))
                other.support.evidence.extend(e for e in org.support.evidence if e not in other.support.evidence)
                del ctx.organizations[key]
                break


def _one_body_per_owner(ctx: Context) -> None:
    """"Parliament of Georgia" and "the Georgian Parliament", "South Korean Defence Media Agency" and "South Korea's
    Defence Media Agency" in one report are one body: the owner may be written as the state's name, its demonym or its
    possessive, before the body or after "of"; the first form found keeps the name, the others become aliases."""
    seen: dict[tuple[str, str], str] = {}
    for key, org in list(ctx.organizations.items()):
        owned = {o for o in map(_owner_core, [org.name, *org.aliases]) if o is not None}
        first = next((seen[o] for o in owned if o in seen and seen[o] in ctx.organizations), None)
        if first is not None and first != key:
            _fold_into(ctx, key, ctx.organizations[first])
            continue
        for o in owned:
            seen.setdefault(o, key)


def _one_body_per_tail(ctx: Context) -> None:
    """tail-name: "the Moroccan-Spanish Permanent Joint Migration Group ... the Migration Group", "Sri Lankan Navy" and
    "Lankan Navy", "Croatian Ministry of Foreign Affairs" and "Ministry of Foreign Affairs" (both Croatia's): a name of
    two words or more that ends a longer body's name in the same report names that body again, and becomes its alias
    (gold files record short forms as aliases). Not a table's body ("Security Council" is the UN's, not the end of
    "Supreme National Security Council"), not when the longer name holds the short one after "of"/"for" (the
    "Public Relations Department of the Iranian Interior Ministry" is a unit of the ministry), nor across states, nor from
    a state's body into one of no state (the "Revolutionary Armed Forces of Colombia" are not Colombia's armed forces)."""
    for short in list(ctx.organizations.values()):
        if short.key not in ctx.organizations or len(short.name.split()) < 2 or short.support.rule == "org/known":
            continue
        longer = next((o for o in ctx.organizations.values() if o.key != short.key and _tail_of(short, o)), None)
        if longer is not None:
            _fold_into(ctx, short.key, longer)


def _tail_of(short: Organization, body: Organization) -> bool:
    if short.country and short.country != body.country:
        return False  # across states, or into a body of no state ("Armed Forces of Colombia" is not the FARC)
    for name in (body.name, *body.aliases):
        head = name[:-len(short.name)]
        if name.endswith(" " + short.name) and not re.search(r"(?<![\w-])(?:of|for|Of|For)(?![\w-])", head):
            return True
    return False


# one-force-per-state: a state's services as a whole, by the words left of a name once its state and a style
# ("Royal", "Republic of") are taken off. Only a service of the whole state: "Second Region Army" is a command, "Quds
# Force" a unit, "Syrian Democratic Forces" no state's forces, so none of them is in the table.
_SERVICE = {**dict.fromkeys(("armed forces", "forces", "military", "military forces", "defence force", "defence forces",
                             "national defence force", "national defence forces", "people's defence force",
                             "people's defence forces", "national armed forces", "self-defence forces"), "whole"),
            **dict.fromkeys(("army", "national army", "people's army", "people's liberation army"), "army"),
            **dict.fromkeys(("police", "police force", "police service", "national police"), "police"),
            "navy": "navy", "air force": "air force", "coast guard": "coast guard"}
# A state's forces as a whole and its army are one actor in news ("the Sudanese and Egyptian armies" are the two
# Armed Forces whose chiefs of staff met); the navy, air force, police and coast guard are bodies of their own.
_LAND = {"whole", "army"}


def _service(org: Organization) -> str | None:
    """The service of a state's own forces a body is ("Royal Moroccan Armed Forces" -> whole, "Sri Lankan army" ->
    army), or None for any other body."""
    if org.kind != "agency" or not org.country:
        return None
    owned = _owner_split(_STYLE.sub("", org.name))
    if owned is None or owned[0] != org.country:
        return None
    core = owned[1].lower().replace("defense", "defence")
    return _SERVICE.get(core)


def _one_force_per_state(ctx: Context) -> None:
    """one-force-per-state: "the Moroccan military" in a report naming the "Royal Moroccan Armed Forces", "the Ugandan
    army" beside the "Uganda People's Defence Force", "Ni-Vanuatu police" beside the "Vanuatu Police": a state's forces
    written generically in lowercase are the body the report names properly for that state and service, not another
    (the golds list the proper name); _lowercase_aliases misses them when the words differ (demonym against name,
    "military" against "Armed Forces"). The land forces as a whole and the army are one service here; a generic name
    goes into a named body first, the same service first; between two generic ones, "forces" goes into the army and a
    later one into the earlier."""
    bodies = [(key, org, _service(org)) for key, org in ctx.organizations.items()]
    bodies = [(key, org, service) for key, org, service in bodies if service is not None]
    for at, (key, org, service) in enumerate(bodies):
        if org.support.rule not in ("org/state-body", "org/armed-forces") or key not in ctx.organizations:
            continue
        fits = []
        for other_at, (other_key, other, other_service) in enumerate(bodies):
            generic = other.support.rule in ("org/state-body", "org/armed-forces")
            if other_key == key or other_key not in ctx.organizations or other.country != org.country \
                    or not (other_service == service or {service, other_service} <= _LAND):
                continue
            if generic and not (other_service == service and other_at < at
                                or (service, other_service) == ("whole", "army")):
                continue
            fits.append((generic, other_service != service, other_at, other))
        if fits:
            _fold_into(ctx, key, min(fits, key=lambda f: f[:3])[3])


def _plain(name: str) -> str:
    return name.replace("’", "'")
