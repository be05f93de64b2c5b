"""Named vetoes: why a shape's find is no body (_VETOES), and why a body is none once people are known."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract import reference
from kg.extract.org_words import dateline_credit, HEADS as _HEADS, possessor as _possessor
from kg.extract.context import Context
from kg.extract.model import Organization
from kg.extract.organizations.patterns import _ACRONYM_AFTER, _ROOMS, _SERVICE_WORDS, _VENUE_BEFORE
from kg.extract.organizations.readings import _initials
from kg.extract.organizations.scan import _Found, _Scan


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


def vetoed(f: _Found, scan: _Scan) -> str | None:
    """The name of the first veto a find meets, or None."""
    return next((name for name, test in _VETOES if test(f, scan)), None)


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
