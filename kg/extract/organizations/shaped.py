"""The of-shape's and head-shape's matches grown into bodies' names by the named steps of _SHAPED_STEPS."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from kg.extract import reference
from kg.extract.dates import MONTHS, WEEKDAYS_TITLE
from kg.extract.org_words import HEADS as _HEADS, LEAD_STOP as _LEAD_STOP, possessor as _possessor
from kg.extract.organizations.patterns import (_COMPANY, _DOCUMENT_AFTER, _IN_CAPITAL, _IN_POST, _INSTITUTION_AND,
    _LONE_HEADS, _MISSION, _NAME_OPENER, _OF_STATE, _QUALIFIES_POST, _SERVICE_WORDS)
from kg.extract.organizations.readings import (_after_post, _closed_by_state, _cut_at_post, _expand, _kind,
    _name_end, _opening_state, _post_ends, _state_opens, _state_pair_before, _title_follows, _trim, _with_complement)
from kg.extract.organizations.scan import _Found, _free_but_complement, _Scan


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


# and-opener: "the National Defense and Armed Forces Committee of the French National Assembly", "the Organization and
# Inspection Department of the Ministry ...", "the Belt and Road Forum for International Cooperation": capitalised words
# before "and" that run on into the words opening a body's name open it too (the studied golds keep such names whole,
# 22 of 22 with "and"); a state's name with "and" opens it whole ("Trinidad and Tobago Coast Guard", "Bosnia and
# Herzegovina Council of Ministers"), not its last word alone.
_WHEN_WORDS = WEEKDAYS_TITLE | {m.title() for m in MONTHS}
_AND_BEFORE = re.compile(r"(?<![\w’'.-])(?P<w>(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)\s+(?:and|&)\s+$")


def _state_with_and(c: _Chain, before: str, first: str) -> int | None:
    """How far back the state's name with "and" that ends ``before`` and goes on with ``first`` ("Trinidad and" +
    "Tobago") starts, or None."""
    m = _AND_BEFORE.search(before)
    if m is None:
        return None
    words = m.group("w").split()
    for i in range(len(words)):
        if c.countries.code(" ".join(words[i:]) + " and " + first) and not c.countries.code(first):
            return len(before) - m.start("w") - len(" ".join(words[:i])) - (1 if i else 0)
    return None


def _and_opener(c: _Chain, before: str, end: int) -> int | None:
    """How far back the words before "and" that open the name start (and-opener, above), or None: not a list's other
    item (a body's head, a state, a post or its holder, a date)."""
    m = _AND_BEFORE.search(before)
    if m is None:
        return None
    words = m.group("w").split()
    while words and words[0] in _LEAD_STOP:
        words.pop(0)
    if not words or any(re.fullmatch(_HEADS, w) or re.fullmatch(_COMPANY, w) or c.countries.code(w)
                        or w in c.countries.adjectives or w in _WHEN_WORDS for w in words) \
            or reference.titles().pattern.search(" ".join(words)) \
            or _post_ends(before[:m.start("w") + m.group("w").index(words[0])]):
        return None
    back = len(before) - m.start("w") - m.group("w").index(words[0])
    return back if c.scan.free(end - back, end) else None  # "... and" + a body already found: a list


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


def _ends(c: _Chain, name: str) -> str:
    return _name_end(name, before=c.text[:c.start], text=c.scan.ctx.text, at=c.scan.s.start + c.start)


def _name_ends(c: _Chain) -> None:
    """"Ghana's Ministry of Information Thursday", "the Kuwaiti Ministry of Interior's efforts", "Spokesman for the
    Chinese Ministry of National Defense Zhang Xiaogang": a day, a possessive or the post's holder ends the name
    (readings._name_end, name-end boundary)."""
    c.name = _ends(c, c.name)


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
    state = _state_with_and(c, text[max(0, start - 60):start], name.split()[0])
    if state:  # "Trinidad and Tobago Coast Guard" (and-opener)
        c.name, c.start = text[start - state:start] + name, start - state
        return
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
        whole = _ends(c, _with_complement(c.name, c.after()))  # "the Armed Forces of Arcadia Monday" (name-end)
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
        before = c.text[max(0, kept - 60):kept]
        back = _state_with_and(c, before, words[0]) or _and_opener(c, before, kept)  # and-opener
        if back and kept - back > 0:
            head = c.text[kept - back:kept] + head
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
    ("name-end", _name_ends),
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
