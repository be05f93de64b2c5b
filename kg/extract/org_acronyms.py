"""Bodies an acronym in brackets defines: "Border Guard Bangladesh (BGB)" names the body and gives its short name."""

from __future__ import annotations

import re
from functools import cache

from kg.extract import reference
from kg.extract.org_words import HEADS, LEAD_STOP, possessor

# "Police Service of Northern Ireland (PSNI)": a name defines the acronym in brackets after it. Name words are
# capitalised or small function words ("Primeiro Comando da Capital", "Kurdistan Workers' Party").
_DEFINED = re.compile(r"\((?P<acr>[A-Z][A-Za-z&0-9]{1,8})\)")
_NAME_WORD = re.compile(r"(?:[A-Z][\w’'.&-]*|\d+|of|for|and|the|in|on|da|de|do|dos|das|del|la|las|los|el|des|du|against|&)$")
_SMALL = {"of", "for", "and", "the", "in", "on", "da", "de", "do", "dos", "das", "del", "la", "las", "los", "el", "des",
          "du", "against", "&", "The"}
# What a defined acronym names when it is not a body: agreements, plans, weapons, places.
_NOT_BODY = {"Agreement", "Treaty", "Pact", "Accord", "Protocol", "Act", "Law", "Convention", "Memorandum",
             "Understanding", "Initiative", "Plan", "Programme", "Program", "Strategy", "Dialogue", "Summit",
             "Exercise", "Exercises", "Operation", "Framework", "Declaration", "Charter", "Zone", "Corridor", "Route",
             "System", "Systems", "Device", "Devices", "Vehicle", "Vehicles", "Missile", "Missiles", "Index", "Report",
             "Scheme", "Visa", "Card", "Number", "Code", "Standard", "Regulation", "Directive", "Conference", "Talks"}
_NOT_BODY |= {"Line", "Action", "Vehicles", "Aircraft", "Record", "Minutes", "Discussions", "Communique", "Statement",
              "Roadmap", "Agenda", "Review", "Partnership"}
# Words that make any name an agreement or a place, wherever they stand: "Joint Plan of Action", "Line of Control".
_NOT_BODY_ANY = {"Agreement", "Treaty", "Pact", "Accord", "Protocol", "Convention", "Memorandum", "Initiative", "Plan",
                 "Programme", "Program", "Strategy", "Framework", "Declaration", "Charter", "Line", "Zone", "Corridor"}
# Last words of weapons and capabilities: "Terminal High Altitude Area Defense (THAAD)".
_NOT_BODY_END = {"Defense", "Defence", "Control", "Weapon", "Weapons", "Interceptor", "Launcher", "Drone", "Drones"}
# Heads that make a capitalised run a body even when its acronym comes from another language ("PKK", "SENAD").
_BODY_HEADS = re.compile(rf"(?:{HEADS}|Secretariat|Mission|Group|Brigades?|Battalion|Command|Comando|Militia|Military|"
                         rf"Union|League|Alliance|Coalition|Province|Organisation|Organization|Network|Mechanism|"
                         rf"Service|Corps|Unit|Administration|Ministry)$")

# A spelled-out name still needs a word that makes it a body: "Prime Minister Abiy Ahmed (PhD)", "Artificial
# Intelligence (AI)", "Latin America and the Caribbean (LAC)", "Integrated Check Posts (ICPs)" spell their letters but
# are a person, a field, a region and a facility. "Military" counts only as the last word ("Indonesian Military (TNI)").
_BODY_WORD = re.compile(rf"(?<![\w-])(?:{HEADS}|Secretariat|Mission|Group|Brigades?|Battalion|Command|Comando|Militia|"
                        rf"Union|League|Alliance|Coalition|Province|Network|Corps|Conclave|Congress|Community|Meeting|"
                        rf"Ministerial|Affairs|Bank|Fund|Board|Council|Court|Tribunal|Association|Federation|Society|"
                        rf"Company|Corporation|Industries|Holdings?|Taliban|Guards?|Troops|Gendarmerie|Police|Military$)(?![\w-])")


@cache
def _post_of() -> re.Pattern[str]:
    """A post opening a capitalised run: "Chief of Staff of the ..."."""
    return re.compile(rf"^(?:{reference.titles().pattern.pattern})\s+of\s+(?:the\s+)?", re.IGNORECASE)


def definitions(text: str) -> list[tuple[int, int, str, str | None]]:
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
        long = long_form(acr, [w for _, w in words])
        spelled = long is not None
        if long is None:
            if len(words) < 2 or not _BODY_HEADS.search(words[-1][1]):
                continue
            long = len(words)
        if long < len(words) and words[-long - 1][1] in ("UN", "U.N.", "EU", "AU"):
            long += 1  # "the UN Office for the Coordination of Humanitarian Affairs (OCHA)" is the UN's office
        run, words = words[:-long], words[-long:]
        # "Fighters of the Popular Front (PF) ...": a capitalised sentence opener before "of" is not in the name.
        while len(words) > 2 and (words[0][1] in LEAD_STOP or words[0][0] == 0 and words[1][1] in _SMALL):
            words.pop(0)
            while words and words[0][1] in _SMALL:
                words.pop(0)
        owner = None
        while words and words[0][1] in _SMALL:
            words.pop(0)
        if words and possessor(words[0][1]):  # "Paraguay's National Anti-Drug Secretariat (SENAD)"
            owner = possessor(words.pop(0)[1])
        elif run and possessor(run[-1][1]):
            owner = possessor(run[-1][1])
        while words and words[0][1] in _SMALL:
            words.pop(0)
        names = [w for _, w in words]
        if len(names) < 2 or names[-1] in _NOT_BODY | _NOT_BODY_END or set(names) & _NOT_BODY_ANY or not names[0][0].isupper():
            continue
        start = words[0][0]
        name = text[start:words[-1][0] + len(words[-1][1])]
        post = None if spelled else _post_of().match(name)
        if post:  # "Chief of Staff of the Gabonese Armed Forces (FAG)": the post opens the run, the body follows
            start, name = start + post.end(), name[post.end():]
        if reference.countries().code(name) or reference.titles().pattern.fullmatch(name) \
                or reference.titles().pattern.search(names[-1]) or reference.titles().pattern.search(names[-1].rstrip("s")):
            continue  # "United Arab Emirates (UAE)", "National Security Adviser (NSA)"
        if spelled and not _BODY_WORD.search(name):
            continue  # the head-word requirement: a run that spells the letters but names no body
        found.append((start, start + len(name), name, owner))
    return found


def long_form(acronym: str, words: list[str]) -> int | None:
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
