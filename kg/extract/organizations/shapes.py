"""The shapes: each yields the bodies one kind of wording names (the table's, by shape, by cue, by outlet)."""

from __future__ import annotations

import re
from functools import cache
from collections.abc import Iterator

from kg.extract import org_cues, reference, state_bodies
from kg.extract.org_words import CAPW as _CAPW, LEAD_STOP as _LEAD_STOP, ORDINAL as _ORDINAL, UNIT_HEADS as _UNIT_HEADS
from kg.extract.names import STOP_WORDS
from kg.extract.organizations.patterns import (_ARMED, _COORDINATED, _CREDITED_AFTER, _EVENT_END, _EVENT_TAIL,
    _HEAD_SHAPE, _LONGER_BODY, _MEDIA_CREDIT, _MEDIA_DESCRIBED, _NAMES_DOCUMENT, _OF_SHAPE, _OWNED_KINDS, _PRESIDENCY,
    _REMIT, _SHARED_OWNER, _STATE_INITIALS, _STATE_PREFIX)
from kg.extract.organizations.readings import (_after_post, _country, _generic_alias, _holder_tail, _inside_longer_name,
    _name_end, _of_a_state, _qualifying_state)
from kg.extract.organizations.scan import _Found, _Scan
from kg.extract.organizations.shaped import _shaped
from kg.extract.organizations.ministries import _last_state_before, _minister_state


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
        country = org.country or (scan.ctx.body_home if org.kind in ("ministry", "government") else None)
        yield _Found(m.start(), m.end(), org.name, org.kind, country)


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
        code = code or scan.ctx.body_home
        demonym = state_bodies.demonym(code) if code else None
        if demonym:
            yield _Found(bare.start, bare.end, f"{demonym} {bare.field} ministry", "ministry", code,
                         alias=f"{bare.field} ministry")


def _cue(scan: _Scan) -> Iterator[_Found]:
    """An outlet credited as a source, an NGO in apposition, a foundation (kg/extract/org_cues.py)."""
    known = reference.organizations().by_word
    for cued in org_cues.find(scan.s.text):
        # "the Anadolu news agency": an outlet named by the first word of a known agency's name is that agency
        whole = next((known[f"{cued.name} {tail}"] for tail in ("Agency", "News Agency", "News")
                      if cued.kind == "media" and f"{cued.name} {tail}" in known), None)
        if whole:
            yield _Found(cued.start, cued.end, whole.name, whole.kind, whole.country)
            continue
        name = cued.name
        if cued.kind == "other":  # "Chairman of the Joint Chiefs of Staff General Mark A. Milley": a rank, a day or the
            # post's holder ends a body's name read after a post (name-end boundary, holder-tail)
            name = _holder_tail(_name_end(name, before=scan.s.text[:cued.start], text=scan.ctx.text,
                                          at=scan.s.start + cued.start))
        if name not in known:
            yield _Found(cued.start, cued.start + len(name), name, cued.kind, cued.country)


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
