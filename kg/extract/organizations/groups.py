"""Armed and criminal groups: the named-group shape and its vetoes, and the armed-group kind of a named body."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract import reference
from kg.extract.org_words import LEAD_STOP as _LEAD_STOP
from kg.extract.context import Context
from kg.extract.names import STOP_WORDS
from kg.extract.organizations.scan import _Found, _Scan

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
