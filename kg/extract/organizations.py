"""Organisations: known bodies from the reference table, bodies named by shape, acronyms, credited outlets."""

from __future__ import annotations

import re

from kg.extract import org_cues, reference, state_bodies
from kg.extract.context import Context, Mention
from kg.extract.model import Organization, Support
from kg.extract.names import STOP_WORDS, slug
from kg.extract.sentences import Sentence

_CAPW = r"(?:[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*(?:['’]s)?|[A-Z0-9]{2,}(?:-[A-Za-z0-9]+)?)"
_HEADS = ("Ministry|Office|Agency|Service|Police|Forum|Commission|Council|Assembly|Committee|Bureau|Directorate|"
          "Forces|Force|Army|Navy|Guard|Wing|Party|Front|Organisation|Organization|Institute|Foundation|Cartel|"
          "Movement|Secretariat|Parliament|Cabinet|Embassy|High Commission|Consulate|Authority|Department|Court|"
          "Corps|Command|Brigades|Brigade|Gendarmerie|Administration|Mechanism|Task Force|Centre|Center|Unit|"
          "University|Academy|Mission|General Staff|Intergovernmental Conference")
_OF_SHAPE = re.compile(rf"(?<![\w-])(?:Ministry|Department|Office|Directorate|Bureau|Council|Commission|Committee|"
                       rf"Agency|Board|Secretariat|Embassy|High Commission|Presidency)\s+(?:of|for|Of|For)\s+(?:the\s+)?{_CAPW}"
                       rf"(?:\s+(?:and|of|&)\s+{_CAPW}|\s+{_CAPW})*")
_HEAD_SHAPE = re.compile(rf"(?<![\w-])(?:{_CAPW}\s+){{1,5}}(?:{_HEADS})(?![\w-])(?:\s+(?:Media\s+)?Wing)?")
# "Saudi armed forces": a state's military as a whole; "Kenyan police", "Tunisian coast guard" are descriptions.
_ARMED = re.compile(r"(?<![\w-])(?P<adj>[A-Z][a-z]+)\s+armed forces(?![\w-])")
# "the Tunisian presidency": a state's presidency speaks as a body.
_PRESIDENCY = re.compile(r"(?<![\w-])(?P<adj>[A-Z][a-z]+)\s+presidency(?![\w-])")
# Armed and criminal groups without a head word, by the words around them: "Los Lobos gang", "members of the New
# IRA", "al-Shabaab militants", "the Wagner group".
_GROUP_WORD = r"(?:(?:al|el|ad|an|as|ash|at)-)?[A-Z][\w’'-]*"
_GROUP_NAME = rf"{_GROUP_WORD}(?:\s+(?:(?:del|de|la|los|las|da|do|of|al|wal|el)\s+)?{_GROUP_WORD}){{0,4}}"
_GROUP_BEFORE = re.compile(rf"(?<![\w-])(?P<the>[Tt]he\s+)?(?P<name>{_GROUP_NAME})\s+(?P<cue>gangs?|cartels?|militias?|"
                           rf"militants|insurgents|rebels|fighters|jihadists|guerrillas|(?:armed|militant|criminal|crime|"
                           rf"rebel|jihadist|extremist|separatist|terrorist)\s+(?:group|organi[sz]ation|network)|group|"
                           rf"faction|syndicate|mafia)(?![\w-])")
_GROUP_AFTER = re.compile(rf"(?<![\w-])(?i:members|militants|fighters|leaders?|commanders?|factions?|cells?|remnants|"
                          rf"affiliates|operatives|gunmen|suspected members) of (?P<the>the\s+)?(?P<name>{_GROUP_NAME})")
_NOT_GROUP = {"Islamist", "Islamists", "Jihadist", "Sunni", "Shia", "Shiite", "Kurdish", "Baloch", "Pashtun", "Arab",
              "Christian", "Muslim", "Hindu", "Sikh", "Buddhist", "Maoist", "Marxist", "Tamil", "Tuareg", "Fulani",
              "Rohingya", "European", "African", "Asian", "Latin", "Balkan", "Western", "Eastern", "Northern", "Southern",
              "Central", "Local", "Regional", "National", "Armed", "Criminal", "Several", "Some", "Two", "Three",
              "Rival", "Other", "Foreign", "Police", "Security", "Government", "Army", "State", "Group", "Congress"}
_LONGER_BODY = re.compile(rf"^(?:\s+{_CAPW}){{0,4}}\s+(?!Wing\b)(?:{_HEADS}|Mission)(?![\w-])")
_IN_CAPITAL = re.compile(r"^\s+in\s+(?P<c>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])")
_OF_STATE = re.compile(r"^\s+of\s+(?:the\s+)?(?P<c>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?![\w-])")
# A body named by its head alone after its state's possessive ("Japan's Cabinet").
_LONE_HEADS = {"Cabinet", "Parliament", "Senate", "Congress", "Treasury", "Presidency"}
_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z&]{1,7})\)")
# "Police Service of Northern Ireland (PSNI)": a name defines the acronym in brackets after it. Name words are
# capitalised or small function words ("Primeiro Comando da Capital", "Kurdistan Workers' Party").
_DEFINED = re.compile(r"\((?P<acr>[A-Z][A-Za-z&]{1,8})\)")
_NAME_WORD = re.compile(r"(?:[A-Z][\w’'.&-]*|of|for|and|the|in|on|da|de|do|dos|das|del|la|las|los|el|des|du|against|&)$")
_SMALL = {"of", "for", "and", "the", "in", "on", "da", "de", "do", "dos", "das", "del", "la", "las", "los", "el", "des",
          "du", "against", "&", "The"}
# What a defined acronym names when it is not a body: agreements, plans, weapons, places.
_NOT_BODY = {"Agreement", "Treaty", "Pact", "Accord", "Protocol", "Act", "Law", "Convention", "Memorandum",
             "Understanding", "Initiative", "Plan", "Programme", "Program", "Strategy", "Dialogue", "Summit",
             "Exercise", "Exercises", "Operation", "Framework", "Declaration", "Charter", "Zone", "Corridor", "Route",
             "System", "Systems", "Device", "Devices", "Vehicle", "Vehicles", "Missile", "Missiles", "Index", "Report",
             "Scheme", "Visa", "Card", "Number", "Code", "Standard", "Regulation", "Directive", "Conference", "Talks"}
_NOT_BODY |= {"Line", "Action", "Vehicles", "Aircraft"}
# Words that make any name an agreement or a place, wherever they stand: "Joint Plan of Action", "Line of Control".
_NOT_BODY_ANY = {"Agreement", "Treaty", "Pact", "Accord", "Protocol", "Convention", "Memorandum", "Initiative", "Plan",
                 "Programme", "Program", "Strategy", "Framework", "Declaration", "Charter", "Line", "Zone", "Corridor"}
# Last words of weapons and capabilities: "Terminal High Altitude Area Defense (THAAD)".
_NOT_BODY_END = {"Defense", "Defence", "Control", "Weapon", "Weapons", "Interceptor", "Launcher", "Drone", "Drones"}
# Heads that make a capitalised run a body even when its acronym comes from another language ("PKK", "SENAD").
_BODY_HEADS = re.compile(rf"(?:{_HEADS}|Secretariat|Mission|Group|Brigades?|Battalion|Command|Comando|Militia|"
                         rf"Union|League|Alliance|Coalition|Province|Organisation|Organization|Network|Mechanism|"
                         rf"Service|Corps|Unit|Administration|Ministry)$")
_LEAD_STOP = {"The", "A", "An", "In", "On", "At", "Of", "For", "To", "And", "But", "As", "After", "Before", "During",
              "According", "Under", "Upon", "Through", "Both", "His", "Her", "Their", "Its", "This", "That", "Earlier",
              "Meanwhile", "However", "Speaking", "Responding", "While", "When", "Following", "Here's", "What", "Get",
              "Ministerial-level", "Pre-Foreign", "Is", "Was", "Are", "Here", "Says", "Said", "How", "Why", "Resuming", "Reinstating", "Advancing", "Continuing"}
_MEDIA_CREDIT = re.compile(r"(?:told|to|by|according to|speaking to|said to|reported by|in an interview with|quoted by)"
                           r"\s+(?:the\s+)?$", re.IGNORECASE)
_DATELINE_AGENCY = re.compile(r"^\s*\)")
_EVENT_TAIL = re.compile(r"^\s+(?:Consultations)\b")
_KIND_BY_HEAD = [("international", re.compile(r"^(?:UN|U\.N\.|EU|AU|United Nations|European Union|African Union)\b")),
                 ("ministry", re.compile(r"^(?:Ministry|Department)\b|\bMinistry$")),
                 ("agency", re.compile(r"\b(?:Agency|Bureau|Police|Service|Directorate|Forces|Force|Army|Navy|Guard)$|^(?:Agency|Bureau)")),
                 ("government", re.compile(r"\b(?:Office|Cabinet|Parliament|Secretariat|Embassy|High Commission|Consulate|Wing)$")),
                 ("nonstate", re.compile(r"\b(?:Front|Cartel|Movement|Party)$")),
                 ("international", re.compile(r"^(?:UN|United Nations|European|World|International)\b"))]


def find(ctx: Context) -> None:
    """Fill ctx.organizations and ctx.org_mentions (before persons, whose titles can name a body: "MEA spokesperson")."""
    known = reference.organizations()
    for s in ctx.reporting():
        taken: list[tuple[int, int]] = []
        defined = [] if s.index in ctx.headlines else _definitions(s.text)
        for m in known.pattern.finditer(s.text):
            if any(a <= m.start() and m.end() <= b and (a, b) != m.span() or re.fullmatch(r"\s*\(", s.text[b:m.start()])
                   for a, b, _, _ in defined):
                continue  # "Islamic State West Africa Province (ISWAP)" is not the Islamic State, nor its "(CSIS)" another's
            org = known.by_word[m.group()]
            before, after = s.text[:m.start()], s.text[m.end():]
            inside = re.search(r"(?<![\w-])([A-Z][a-z]+)\s+$", before[-30:])
            if inside and inside.group(1) not in _LEAD_STOP and not reference.countries().code(inside.group(1)) \
                    and " " in m.group() and inside.start(1) + len(before) - len(before[-30:]) > 0:
                continue  # "Supreme National Security Council" is not the UN's "Security Council"
            if _EVENT_TAIL.match(after) or before.endswith("pre-") or before.endswith("Pre-"):
                continue
            if _LONGER_BODY.match(after):
                continue  # "African Union Transition Mission", "Hamas Political Bureau": the longer body is named
            if org.kind == "media" and not (_MEDIA_CREDIT.search(before[-40:]) or re.match(r"^\s+(?:reported|said|quoted)", after)):
                continue  # an outlet is an actor only when credited as a source, not in a dateline "(ANI)"
            country = org.country or (ctx.home_country if org.kind in ("ministry", "government") else None)
            _add(ctx, s, m.start(), m.end(), org.name, kind=org.kind, country=country, rule="known-organization")
            taken.append((m.start(), m.end()))
        if s.index in ctx.headlines:
            continue  # Title Case headlines capitalise everything: shapes mean nothing there
        for start, end, name, country in defined:
            if any(start < e and s_ < end for s_, e in taken):
                continue
            _add(ctx, s, start, end, name, kind=_kind(name), country=country or _country(name, ctx),
                 rule="org-acronym-defined")
            taken.append((start, end))
        for pattern, rule in ((_OF_SHAPE, "org-of-shape"), (_HEAD_SHAPE, "org-head-shape")):
            for m in pattern.finditer(s.text):
                start, name = _trim(s.text, m.start(), m.group())
                if name is None or any(start < e and s_ < start + len(name) for s_, e in taken):
                    continue
                joined = re.search(r"(?<![\w-])((?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)\s+and\s+$", s.text[max(0, start - 60):start])
                words = joined.group(1).split() if joined and rule == "org-head-shape" else []
                while words and (words[0] in _LEAD_STOP or re.search(_HEADS, words[0]) or reference.countries().code(words[0])):
                    words.pop(0)  # "The Trade and Industry Ministry": the run starts after the sentence's own words
                if words and all(not re.search(_HEADS, w) and not reference.countries().code(w) for w in words):
                    # "Jammu and Kashmir Police", "Garda National Drugs and Organised Crime Bureau": names with
                    # "and" in them, not two bodies
                    head = " ".join(words) + joined.group()[len(joined.group(1)):]
                    name = head + name
                    start -= len(head)
                owner = _possessor(name) or _possessor(s.text[max(0, start - 40):start].rstrip().rpartition(" ")[2])
                if owner and _possessor(name):  # "Brazil's Federal Police": the body is the Federal Police, Brazil's
                    start, name = start + len(name.split()[0]) + 1, name.split(None, 1)[1]
                    if len(name.split()) < 2 and name not in _LONE_HEADS:
                        continue
                if name in known.by_word or _title_follows(name, s.text[start + len(name):]):
                    continue
                of_state = _OF_STATE.match(s.text[start + len(name):])
                if of_state and reference.countries().code(of_state.group("c")) and rule == "org-head-shape":
                    owner = reference.countries().code(of_state.group("c"))  # "National Police of Colombia"
                    name += of_state.group()
                end = start + len(name)
                name = _expand(name)
                seat = _IN_CAPITAL.match(s.text[end:])
                if seat and not owner and _kind(name) != "international":  # "the Foreign Ministry in Beijing"
                    owner = reference.countries().capitals.get(seat.group("c")) or reference.countries().names.get(seat.group("c"))
                if seat and name.endswith("Mission") and reference.countries().names.get(seat.group("c")):
                    name, end = name + seat.group(), end + len(seat.group())  # "... Mission in Somalia" is its name
                _add(ctx, s, start, end, name, kind=_kind(name), country=owner or _country(name, ctx), rule=rule)
                taken.append((start, end))
        for pattern, kind in ((_ARMED, "agency"), (_PRESIDENCY, "government")):
            for m in pattern.finditer(s.text):
                code = reference.countries().adjectives.get(m.group("adj"))
                if code and not any(m.start() < e and s_ < m.end() for s_, e in taken):
                    _add(ctx, s, m.start(), m.end(), m.group(), kind=kind, country=code, rule="armed-forces")
                    taken.append((m.start(), m.end()))
        for body in state_bodies.find(s.text):
            if not any(body.start < e and s_ < body.end for s_, e in taken):
                _add(ctx, s, body.start, body.end, body.name, kind=body.kind, country=body.country, rule="state-body")
                taken.append((body.start, body.end))
        for cued in org_cues.find(s.text):
            if cued.name not in known.by_word and not any(cued.start < e and s_ < cued.end for s_, e in taken):
                _add(ctx, s, cued.start, cued.end, cued.name, kind=cued.kind, country=cued.country, rule="org-cue")
                taken.append((cued.start, cued.end))
        for pattern in (_GROUP_BEFORE, _GROUP_AFTER):
            for m in pattern.finditer(s.text):
                start, name = _group_name(m)
                cue = m.groupdict().get("cue") or ""
                whole = known.by_word.get(f"{name} {cue.rstrip('s').title()}") if name and cue else None
                if whole:  # "the Sinaloa cartel" is the known Sinaloa Cartel
                    end = m.end("cue") - (1 if cue.endswith("s") and not whole.name.endswith("s") else 0)
                    if not any(start < e and s_ < end for s_, e in taken):
                        _add(ctx, s, start, end, whole.name, kind=whole.kind, country=whole.country, rule="named-group")
                        taken.append((start, end))
                    continue
                if name and re.search(rf"(?<![\w-])(?:in|from|near|across)\s+(?:the\s+)?{re.escape(name)}(?![\w-])", ctx.text):
                    continue  # a place: "gangs in Sao Paulo"
                if name and not any(start < e and s_ < start + len(name) for s_, e in taken):
                    _add(ctx, s, start, start + len(name), name, kind="nonstate", country=None, rule="named-group")
                    taken.append((start, start + len(name)))
    _acronyms(ctx)
    _subunits(ctx)


def _trim(text: str, start: int, name: str) -> tuple[int, str | None]:
    words = name.split()
    while words and (words[0] in _LEAD_STOP or reference.countries().code(words[0]) and len(words) > 2
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
    while words and (words[0] in _LEAD_STOP or words[0] in _NOT_GROUP or start == 0 and words[0] in STOP_WORDS):
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


def _possessor(name: str) -> str | None:
    """The state owning a body named with a possessive: "Indonesia's Defence Ministry" → ID."""
    first = (name.split() or [""])[0]
    if not re.search(r"['’]s$", first):
        return None
    return reference.countries().code(first[:-2])


def _title_follows(name: str, after: str) -> bool:
    """"Interior Cabinet Secretary" is a post, not a body called "Interior Cabinet"."""
    return name.endswith("Cabinet") and re.match(r"^\s+(?:Secretary|Minister)\b", after) is not None


def _definitions(text: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, owner country) of each body whose acronym the sentence defines in brackets."""
    found = []
    for m in _DEFINED.finditer(text):
        acr = m.group("acr")
        if sum(c.isupper() for c in acr) < 2 or reference.countries().code(acr):
            continue
        words = []  # the capitalised run right before the bracket, as (start, word)
        for w in reversed(list(re.finditer(r"\S+", text[max(0, m.start() - 160):m.start()]))):
            if not _NAME_WORD.match(w.group()) or w.group().endswith((",", ".")) and words:
                break
            words.insert(0, (max(0, m.start() - 160) + w.start(), w.group()))
        long = _long_form(acr, [w for _, w in words])
        if long is None:
            if len(words) < 2 or not _BODY_HEADS.search(words[-1][1]):
                continue
            long = len(words)
        if long < len(words) and words[-long - 1][1] in ("UN", "U.N.", "EU", "AU"):
            long += 1  # "the UN Office for the Coordination of Humanitarian Affairs (OCHA)" is the UN's office
        run, words = words[:-long], words[-long:]
        # "Fighters of the Popular Front (PF) ...": a capitalised sentence opener before "of" is not in the name.
        while len(words) > 2 and (words[0][1] in _LEAD_STOP or words[0][0] == 0 and words[1][1] in _SMALL):
            words.pop(0)
            while words and words[0][1] in _SMALL:
                words.pop(0)
        owner = None
        while words and words[0][1] in _SMALL:
            words.pop(0)
        if words and _possessor(words[0][1]):  # "Paraguay's National Anti-Drug Secretariat (SENAD)"
            owner = _possessor(words.pop(0)[1])
        elif run and _possessor(run[-1][1]):
            owner = _possessor(run[-1][1])
        while words and words[0][1] in _SMALL:
            words.pop(0)
        names = [w for _, w in words]
        if len(names) < 2 or names[-1] in _NOT_BODY | _NOT_BODY_END or set(names) & _NOT_BODY_ANY or not names[0][0].isupper():
            continue
        start = words[0][0]
        name = text[start:words[-1][0] + len(words[-1][1])]
        if reference.countries().code(name) or reference.titles().pattern.fullmatch(name) \
                or reference.titles().pattern.search(names[-1]):
            continue  # "United Arab Emirates (UAE)", "National Security Adviser (NSA)"
        found.append((start, start + len(name), name, owner))
    return found


def _long_form(acronym: str, words: list[str]) -> int | None:
    """How many of the trailing ``words`` spell ``acronym`` (Schwartz & Hearst 2003): its letters in order, the
    first one starting a word; None when they do not."""
    text = " ".join(words)
    letters = [c.lower() for c in acronym if c.isalnum()]
    i = len(text) - 1
    for n, c in enumerate(reversed(letters)):
        first = n == len(letters) - 1
        while i >= 0 and (text[i].lower() != c or first and i > 0 and text[i - 1].isalnum()):
            i -= 1
        if i < 0:
            return None
        i -= 1
    start = text.rfind(" ", 0, i + 1) + 1
    return len(text[start:].split())


def _expand(name: str) -> str:
    """"PM Office" is the Prime Minister's Office; "Ministry Of X" in a crosshead is "Ministry of X"."""
    name = re.sub(r"\s(Of|For|And|The)\s", lambda m: " " + m.group(1).lower() + " ", name)
    return re.sub(r"^PM(?:['’]s)?\s+Office", "Prime Minister's Office", name)


def _kind(name: str) -> str:
    for kind, pattern in _KIND_BY_HEAD:
        if pattern.search(name) or pattern.search(name.split(" of ")[0]):
            return kind
    return "other"


def _country(name: str, ctx: Context) -> str | None:
    countries = reference.countries()
    first = re.sub(r"['’]s$", "", name.split()[0])
    if "-" in first:
        return None  # "Canada-India CEO Forum" belongs to both
    code = countries.code(first)
    if code:
        return code
    of = re.search(r"\bof\s+(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)$", name)
    if of and countries.code(of.group(1)):
        return countries.code(of.group(1))  # "Armed Forces of the Philippines"
    if _kind(name) in ("ministry", "government"):
        return ctx.home_country
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
    if text != org.name and text not in org.aliases:
        org.aliases.append(text)
    ctx.org_mentions.append(Mention(start=s.start + start, end=s.start + end, key=key, text=text))
    acr = _ACRONYM_AFTER.match(s.text[end:])
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


def _subunits(ctx: Context) -> None:
    """"Prime Minister's Office Media Wing" is the Prime Minister's Office speaking: fold it in as an alias."""
    for key, org in list(ctx.organizations.items()):
        for other in ctx.organizations.values():
            if other.key != key and _plain(org.name).startswith(_plain(other.name) + " ") and key in ctx.organizations \
                    and not org.name[len(other.name):].startswith(" of "):  # "National Police of Colombia" is its own
                for alias in [org.name, *org.aliases]:
                    if alias not in other.aliases and alias != other.name:
                        other.aliases.append(alias)
                other.support.evidence.extend(e for e in org.support.evidence if e not in other.support.evidence)
                for m in ctx.org_mentions:
                    if m.key == key:
                        m.key = other.key
                del ctx.organizations[key]
                break


def _plain(name: str) -> str:
    return name.replace("’", "'")
