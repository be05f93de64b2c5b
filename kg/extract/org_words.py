"""Words organisation names are built from, shared by the shape and acronym rules."""

from __future__ import annotations

import re

from kg.extract import reference

# "Co-operation", "Anti-Narcotics": a capitalised word may go on in lowercase after a hyphen, but "Pakistan-based",
# "Russia-backed" describe what follows; an en dash joins capitalised words only ("Nigeria–South Africa Commission").
CAPW = (r"(?:[A-ZÀ-Þ][A-Za-zß-ÿ]*(?:(?:-(?:[A-ZÀ-Þ]|(?!(?:based|led|run|owned|backed|linked|born|style|made|funded|"
        r"sponsored|aligned|affiliated|controlled|held|era|brokered|bound|wide|level)\b)[a-zß-ÿ])|–[A-ZÀ-Þ])[A-Za-zß-ÿ]*)*"
        r"(?:['’]s)?|[A-Z0-9]{2,}(?:-[A-Za-z0-9]+)?)")
HEADS = ("Ministry|Office|Agency|Service|Police|Forum|Commission|Council|Assembly|Committee|Bureau|Directorate|"
          "Forces|Force|Army|Navy|Guard|Wing|Party|Front|Organisation|Organization|Institute|Foundation|Cartel|"
          "Movement|Secretariat|Parliament|Cabinet|Embassy|High Commission|Consulate|Authority|Department|Court|"
          "Corps|Command|Brigades|Brigade|Gendarmerie|Administration|Mechanism|Task Force|Centre|Center|Unit|"
          "University|Academy|Mission|General Staff|Intergovernmental Conference")
# numbered-unit: a military or police unit is named by its number ("the 3rd Cavalry Regiment", "the 4th Fleet", "the
# First Training Squadron", "Task Force 80"); the number is part of the name, a unit word alone ("the division") is not.
ORDINAL = (r"(?:\d{1,3}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
           r"Twelfth)")
UNIT_HEADS = (r"(?:Fleet|Flotilla|Squadron|Battalion|Regiment|Division|Brigade|Corps|Military District|Military Region|"
              r"Army Region|Naval Region|Task Force|Command|Field Hospital|Infantry Company|Rifle Company|Air Wing)")
LEAD_STOP = {"The", "A", "An", "In", "On", "At", "Of", "For", "To", "And", "But", "As", "After", "Before", "During",
              "According", "Under", "Upon", "Through", "Both", "His", "Her", "Their", "Its", "This", "That", "Earlier",
              "Meanwhile", "However", "Speaking", "Responding", "While", "When", "Following", "Here's", "What", "Get",
              "Ministerial-level", "Pre-Foreign", "Is", "Was", "Are", "Here", "Says", "Said", "How", "Why", "Resuming", "Reinstating", "Advancing", "Continuing"}

def possessor(name: str) -> str | None:
    """The state owning a body named with a possessive: "Indonesia's Defence Ministry" → ID."""
    first = (name.split() or [""])[0]
    if not re.search(r"['’]s$", first):
        return None
    return reference.countries().code(first[:-2])


# "Riyadh, Asharq Al-Awsat —The King ...", "GEORGETOWN, Guyana, CMC – The government ...", "Bahrain Mirror- AP: Iran's
# ...", "DOHA-Anadolu Agency": a dateline names the place, then the wire, then a dash or a colon opens the story.
# The place may carry its date ("DUSHANBE, October 26, Asia-Plus --", "Tehran, Aug 1, IRNA –") and the wire its own
# initials ("Afghan Voice Agency (AVA)_Talks ..."): the report's own agency is its author, never a body it credits
# (x21outlets: studied golds list a dateline-only outlet 2 times of 36).
_DATELINE_BEFORE = re.compile(r"^\s*(?:[A-ZÀ-Þ][\w’'.]*[\s,]*|\d{1,4}(?:st|nd|rd|th)?[\s,./]*|[-–—]\s*)*$")
_DATELINE_AFTER = re.compile(r"^\s*(?:\([A-Z]{2,6}\)\s*)?(?:[-–—:_]|$)")


def dateline_credit(before: str, after: str, *, placed: bool = False) -> bool:
    """Whether a name with ``before`` and ``after`` it in its sentence is the wire credited in a dateline (``placed``:
    only after a place, and before a dash or a colon)."""
    if placed and (not before.strip() or not re.match(r"^\s*[-–—:]", after)):
        return False
    return len(before) < 60 and _DATELINE_BEFORE.match(re.sub(r"[A-Z]+-$", "", before)) is not None \
        and _DATELINE_AFTER.match(after) is not None
