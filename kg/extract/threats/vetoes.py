"""The named vetoes: reasons a mention is no concern, tried in order by ``vetoed``."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extract import reference
from kg.extract.threats.records import _Mention


# -- vetoes: named reasons a match is no concern ----------------------------------------------------------------
@dataclass(frozen=True)
class _Scene:
    """What a veto reads besides the mention: the article's body names, the sentence's other mentions, its states."""
    names: list[tuple[int, int]]
    siblings: list[_Mention] = field(default_factory=list)
    main_states: frozenset[str] = frozenset()


def _inside_body_name(m: _Mention, scene: _Scene) -> bool:
    """"Bureau of International Narcotics Affairs": the word names the body (armed groups are the exception)."""
    at = m.sentence.start + (m.start if m.anchor is None else m.anchor)
    return any(a <= at < b for a, b in scene.names)


# Bodies a bare threat word can name the remit of.
_BODY_AFTER = re.compile(r"^\s+(?:committees?|commissions?|units?|cells?|task\s?forces?|desks?|departments?|centres?|centers?)\b")
# A force named by the field it guards: "border security forces exchanged fire", "maritime security personnel".
_FORCE_AFTER = re.compile(r"^\s+(?:forces?|personnel|guards?|troops|officers|officials|agenc(?:y|ies))\b")


def _body_remit(m: _Mention, _: _Scene) -> bool:
    """"a joint border security committee", "border security forces": the body's remit, not a concern the report
    raises."""
    after = m.sentence.text[m.end:]
    return m.generic and (_BODY_AFTER.match(after) is not None
                          or _FIELD.fullmatch(m.term) is not None and _FORCE_AFTER.match(after) is not None)


def _list_hypernym(m: _Mention, scene: _Scene) -> bool:
    """"cross-border crimes such as intrusion and trafficking": the list names the concerns, not the cover word (a list
    of places names none: "conflicts in several regions, including Libya and Syria")."""
    cue = re.match(r"^(?:\s+(?:ahead|today|now|too|also))?,?\s+(?:such as|including|like|notably)\s+(?:the\s+|an?\s+|[“\"])?",
                   m.sentence.text[m.end:])
    # The list's first item must be a concern itself: "crimes such as illegal intrusion" (not "war of aggression,
    # including on sanctions" or "cyber security, including prevention of ...").
    return m.generic and cue is not None \
        and any(m.end + cue.end() <= x.start <= m.end + cue.end() + 12 for x in scene.siblings if x is not m)


# "<domain> security" names a field of work ("cooperation in cyber security, military medicine and training"); it
# is a concern only beside one ("maritime security, counter-terrorism and cyber security").
_FIELD = re.compile(r"(?:cyber|border|maritime|energy|food|health|information)[ -]?security", re.IGNORECASE)


def _cooperation_field(m: _Mention, scene: _Scene) -> bool:
    """A bare "cyber security" or "border security" in a sentence that names no concern besides: a field."""
    field = lambda x: x.generic and _FIELD.fullmatch(x.term) is not None  # noqa: E731
    return field(m) and not any(not field(x) for x in scene.siblings if x is not m)


# A treaty's or plan's hypothetical: "to defend each other in the event of armed attacks", "in case of an attack",
# also as the second of two cases it supposes ("in case of rebellion or external aggression").
_HYPOTHETICAL = re.compile(r"(?:in\s+the\s+event\s+of|in\s+case\s+of|should\s+there\s+be|against\s+any\s+possible)"
                           r"\s+(?:an?\s+|any\s+|future\s+)*(?:[\w-]+\s+(?:or|and)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?)?$",
                           re.IGNORECASE)
# ... and the attack a pact deters: "joint deterrence against any aggression", "protection against external aggression"
# ("protection against terrorism" names a concern the pact meets, not one it supposes).
_DETERRED = re.compile(r"(?:deterren(?:ce|t)|protection)\s+(?:against|from)\s+(?:an?\s+|any\s+|future\s+|external\s+|"
                       r"foreign\s+|possible\s+|potential\s+)*$", re.IGNORECASE)
_DETERRED_ACTS = re.compile(r"(?:aggression|(?:armed\s+)?attacks?|invasion)$", re.IGNORECASE)


def _hypothetical(m: _Mention, _: _Scene) -> bool:
    """A bare attack or conflict word a clause only supposes ("in the event of an armed attack"): no concern raised."""
    if not m.generic:
        return False
    text = m.sentence.text
    if _HYPOTHETICAL.search(text, max(0, m.start - 60), m.start) is None and not (
            _DETERRED_ACTS.search(m.term) and _DETERRED.search(text, max(0, m.start - 60), m.start)):
        return False
    # a state named in the wording makes it an act someone makes: "deterrence against Russian aggression"
    return not re.search(r"(?-i:[A-Z])", text[m.start:m.end].split(m.term.split()[0])[0] if m.term else "")


# A mutual-defence clause names the act it answers, not one anyone has made: "aggression against either country
# shall be considered aggression against both", "an attack on one or more contracted parties ... an aggression
# against the other parties".
_PARTNERS = (r"(?:countr(?:y|ies)|states?|nations?|part(?:y|ies)|members?(?:\s+states?)?|signator(?:y|ies)|allies|sides?|"
             r"of\s+them)")
_MUTUAL_CLAUSE = re.compile(rf"(?<![\w-])(?:on|against|of)\s+(?:either|(?:any|one|each)(?:\s+(?:or\s+more\s+)?of)?|one\s+or\s+more)"
                            rf"\s+(?:the\s+|its\s+|their\s+)?(?:two\s+|three\s+|contracting\s+|contracted\s+|member\s+|"
                            rf"allied\s+|signatory\s+)*{_PARTNERS}(?![\w-])", re.IGNORECASE)
_MUTUAL_TARGET = re.compile(r"^\s+(?:on|against)\s+(?:the\s+(?:sovereignty|territorial\s+integrity|security)(?:\s+(?:and|or)\s+"
                            r"(?:sovereignty|territorial\s+integrity|security))?\s+of\s+)?"
                            r"(?:either|any|one|each|both|all|the\s+others?)(?![\w-])", re.IGNORECASE)


def _mutual_defence(m: _Mention, _: _Scene) -> bool:
    """An attack or aggression word, no one named in it, aimed at "either country", "one state" or "both", in a
    sentence that states a mutual-defence clause: no act anyone has made."""
    text = m.sentence.text
    # (a wording that names someone, "Russian aggression against either ...", is an act someone made)
    if re.search(r"[A-Z]", text[m.start:m.end]) or not _MUTUAL_CLAUSE.search(text):
        return False
    # the wording may already hold its complement ("aggression against either country"): read from the term's end
    head = re.search(re.escape(m.term.split()[-1]), text[m.start:m.end], re.IGNORECASE)
    return head is not None and _MUTUAL_TARGET.match(text[m.start + head.end():]) is not None


# A weapon a state buys, sells or builds for itself is equipment, not a threat: "supplied its cruise missile systems",
# "jointly produce interceptor missiles", "a missile defence shield".
_EQUIPMENT_AFTER = re.compile(r"^\s+(?:systems?|batteries|launchers?|defen[cs]e|shield|interceptors?|deals?|sales?|"
                              r"purchases?|contracts?|exports?|procurement|frigates?|boats?|corvettes?|makers?|manufacturers?|"
                              r"producers?)\b", re.IGNORECASE)
_EQUIPMENT_BEFORE = re.compile(r"(?:suppl(?:y|ies|ied|ying)|sell(?:s|ing)?|sold|bu(?:y|ys|ying)|bought|purchas\w*|acquir\w*|"
                               r"procur\w*|deliver\w*|export\w*|produc\w*|manufactur\w*|interceptor|anti-ship|"
                               r"anti-aircraft|anti-tank|surface-to-air|air[- ]defen[cs]e|armed\s+with|equipped\s+with|fitted\s+with)\b"
                               r"(?:\s+[\w-]+){0,5}\s*$", re.IGNORECASE)
# ... and "attack" names the role of a platform: "Mi-35 attack helicopters", "light attack aircraft".
_PLATFORM_AFTER = re.compile(r"^\s+(?:aircraft|helicopters?|choppers?|jets?|planes?|submarines?|craft)\b", re.IGNORECASE)


def _equipment(m: _Mention, _: _Scene) -> bool:
    """A missile or rocket named as what a state supplies, buys, makes or arms a craft with, and the attack aircraft or
    helicopter a fleet holds: equipment, not a concern."""
    if re.fullmatch(r"attacks?", m.term) and re.fullmatch(r"(?i)attacks?", m.sentence.text[m.start:m.end]):
        return _PLATFORM_AFTER.match(m.sentence.text[m.end:]) is not None
    if m.concept != "arms-proliferation" or not re.search(r"missile|rocket", m.term):
        return False
    text = m.sentence.text
    return bool(_EQUIPMENT_AFTER.match(text[m.end:]) or _EQUIPMENT_BEFORE.search(text, max(0, m.start - 70), m.start))


# A state's own build-up, told of the state itself: "Japan has been accelerating its military buildup".
_OWN = re.compile(r"(?:its|their|our)\s+(?:own\s+)?$", re.IGNORECASE)


def _own_capability(m: _Mention, scene: _Scene) -> bool:
    """Military power a report's own state is building ("Tokyo is expanding its military build-up"): no threat to it."""
    if m.concept != "military-pressure" or not _OWN.search(m.sentence.text, max(0, m.start - 12), m.start):
        return False
    before = m.sentence.text[:m.start]
    subjects = [reference.countries().code(re.sub(r"['’]s$", "", w)) for w in re.findall(r"[A-Z][\w'’-]+", before)]
    states = [c for c in subjects if c]
    return bool(states) and states[-1] in scene.main_states  # the nearest state before is whose forces they are


# Challenges the parties are said to share are the frame of their cooperation, not a concern the report names:
# "to deal with shared security challenges", "we can face these common challenges together".
_SHARED = re.compile(r"(?:shared|common|mutual|these|our|the same)\s+$", re.IGNORECASE)


def _shared_challenge(m: _Mention, _: _Scene) -> bool:
    """"shared security challenges in the Indo-Pacific": what two states face together frames a pact, names no concern
    (so too "shared security threats in the region")."""
    if not re.search(r"challenges?$|^security threats?$", m.term):
        return False
    return bool(re.match(r"(?:shared|common|mutual)\s", m.term)) or \
        _SHARED.search(m.sentence.text, max(0, m.start - 12), m.start) is not None


def _unplaced_situation(m: _Mention, _: _Scene) -> bool:
    """"the region's security situation": a security situation is a concern only with its place named ("Libya's
    security situation", "the security situation in the Sahel"); the lexicon row admits any possessor."""
    if not m.term.startswith("security situation"):
        return False
    return not re.search(r"(?-i:[A-Z])", m.sentence.text[m.start:m.end])


_VETOES: list[tuple[str, Callable[[_Mention, _Scene], bool]]] = [
    ("inside-body-name", _inside_body_name),
    ("body-remit", _body_remit),
    ("list-hypernym", _list_hypernym),
    ("cooperation-field", _cooperation_field),
    ("hypothetical", _hypothetical),
    ("mutual-defence", _mutual_defence),
    ("equipment", _equipment),
    ("own-capability", _own_capability),
    ("shared-challenge", _shared_challenge),
    ("unplaced-situation", _unplaced_situation),
]


def vetoed(m: _Mention, scene: _Scene) -> str | None:
    """The name of the first veto a mention meets, or None."""
    return next((name for name, test in _VETOES if test(m, scene)), None)
