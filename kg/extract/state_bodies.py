"""A state's body named in lowercase by its nationality: "the Spanish interior ministry", "Ecuador's armed forces"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract import prefilter, reference

# News writes a state's ministries, forces and missions in lowercase after a demonym, the state's possessive or
# the state's name used as a noun ("Bangladesh coast guard"); no capitalised head word exists for the shape rules
# to see. Only bodies of a state as a whole count ("a Nigerien army post" describes, it does not name); "the
# Colombian government" is how reports say "Colombia" and stays a country.
_BODY = (r"(?:foreign|interior|defen[cs]e|home|justice|finance|health|information)\s+ministry|armed\s+forces|"
         r"security\s+forces|national\s+(?:army|police|guard)|law\s+enforcement\s+(?:forces|agencies)|"
         r"(?:intelligence|spy)\s+(?:agency|service)|army|navy|air\s+force|parliament|cabinet|presidency|"
         r"embassy(?:\s+in\s+[A-Z][a-z]+)?|police|coast\s+guard|defen[cs]e\s+forces|"
         r"border\s+(?:service|guard|guards|police|troops|forces)|(?:prime\s+minister['’]s|president['’]s)\s+office|"
         r"presidential\s+(?:press\s+service|office|administration)|"
         r"state\s+(?:television|TV|news\s+agency|broadcaster|radio)")
_SHAPE = re.compile(rf"(?<![\w-])(?P<state>[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){{0,2}})(?P<poss>['’]s)?\s+(?P<body>{_BODY})(?![\w-])")
# "the Somali government and national army": a second body shares the first one's state.
_CONJOINED = re.compile(rf"(?<![\w-])(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?P<poss>['’]s)?\s+[a-z]+(?:\s+[a-z]+)?"
                        rf"\s+and\s+(?:its\s+|the\s+)?(?P<body>{_BODY})(?![\w-])")
# What follows the body when the phrase only describes something of it: "army chief", "navy crews", and a post
# before a person's name ("foreign ministry spokesperson Mao Ning": the person speaks, not the ministry). The coast
# guard stays out: "China's coast guard used water cannon" describes a fleet at sea, not a body that speaks.
_MODIFIES = re.compile(r"^\s+(?:chiefs?|commanders?|posts?|units?|crews?|officers?|officials?|sources?|troops|"
                       r"soldiers|vessels?|ships?|boats?|bases?|headquarters|personnel|staff|chief\s+of|"
                       r"deployments?|operations?|patrols?)(?![\w-])|^\s+(?:spokes\w+|minister|secretary|director|head|adviser|advisor|envoy|ambassador)\s+(?-i:[A-Z])", re.IGNORECASE)
_KIND = {"ministry": "ministry", "cabinet": "government", "presidency": "government", "embassy": "government",
         "parliament": "government", "office": "government", "administration": "government", "television": "media",
         "TV": "media", "agency": "media", "broadcaster": "media", "radio": "media"}


def _kind_of(body: str, head: str) -> str:
    """"state news agency" is an outlet; "intelligence agency", "spy agency" are a state's agencies, not outlets."""
    return "media" if body.startswith("state") else _KIND.get(head, "agency") if head != "agency" else "agency"


# "the state news agency IRNA", "state television Al Ekhbariya": the outlet's own name follows (kg/extract/org_cues.py).
_OUTLET_NAMED = re.compile(r"^\s+(?:[A-Z]{2,}|[A-Z][a-z]+\s+[A-Z])")
# "the Australian and Papua New Guinean parliaments": one plural body, one body per state.
_PLURAL_BODY = re.compile(r"(?<![\w-])(?P<a>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+and\s+(?P<b>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
                          r"\s+(?P<body>parliaments|armies|navies|coast\s+guards|armed\s+forces|"
                          r"(?:foreign|defen[cs]e|interior)\s+ministries|border\s+(?:services|guards))(?![\w-])")
# "Kenya's defence and foreign ministries", "the defence and foreign ministries of Kenya", "the Chilean interior,
# defence and foreign ministries": one state, several fields coordinated before one plural head; one body per field.
_FIELD_WORD = r"(?:foreign|interior|internal|home|defen[cs]e|justice|finance)"
_FIELDS_AND = re.compile(rf"(?<![\w-])(?:(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})(?P<poss>['’]s)?\s+)?"
                         rf"(?P<fields>{_FIELD_WORD}(?:,\s+{_FIELD_WORD})*,?\s+and\s+{_FIELD_WORD})"
                         rf"\s+ministries(?![\w-])"
                         rf"(?:\s+of\s+(?:the\s+)?(?P<state2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})(?![\w-]))?")
_SINGULAR = {"parliaments": "parliament", "armies": "army", "navies": "navy",
             "guards": "guard", "forces": "forces", "ministries": "ministry", "services": "service"}


# "Mozambican forces, backed by ...", "the Philippine military reported": a state's forces or military as a whole,
# but only as an actor: "military" and "forces" also qualify a noun ("Dutch military helicopters", "Russian forces
# commander"), so the next word must close the phrase: punctuation, a function word or a verb.
_ACTOR = re.compile(r"(?<![\w-])(?P<state>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?P<poss>['’]s)?\s+(?P<body>forces|military)"
                    r"(?=\s*[,.;:)]|\s+(?:and|or|to|in|on|at|for|with|of|from|while|during|after|before|since|as|"
                    r"has|have|had|is|was|were|are|will|would|could|can|may|might|must|said|says|say|also|"
                    r"[a-z]+ed)\b)")
# "ministries of internal affairs of Kazakhstan and Kyrgyzstan", "the defence ministries of Peru and Chile": a plural
# body written in lowercase over two states is one body per state.
_FIELD = r"(?:foreign|interior|internal|home|defen[cs]e|justice|finance)(?:\s+affairs)?"
_MINISTRIES_OF = re.compile(rf"(?<![\w-])(?:(?P<f1>{_FIELD})\s+ministries|ministries\s+of\s+(?P<f2>{_FIELD}))\s+of\s+"
                            rf"(?:the\s+)?(?P<a>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})\s+and\s+(?:the\s+)?"
                            rf"(?P<b>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})(?![\w-])")


# "the defence ministry said", "a foreign ministry statement", "Foreign ministry sources said": a field ministry with no
# state named beside it; whose it is the report says elsewhere (organizations.py resolves it). "the country's foreign
# ministry" names its state by the state last mentioned.
_BARE = re.compile(r"(?:(?<![\w’'-])(?P<det>[Tt]he|[Aa]|(?P<ref>[Tt]he\s+country['’]s))\s+|^)"
                   r"(?P<field>(?i:foreign|defen[cs]e|interior|home|justice|finance))\s+ministry(?![\w-])")


# "the ministry said", "a ministry statement", "the Ministry’s offices": a ministry named by neither field nor state;
# which one the report's own posts say (organizations.py). Not "the ministry of ...", a name the of-shape reads.
_FIELDLESS = re.compile(r"(?:(?<![\w’'-])(?P<det>[Tt]he|[Aa])\s+)(?P<word>[Mm]inistry)(?![\w-])(?!\s+(?:of|for)\b)")


def fieldless(text: str) -> list[tuple[int, int]]:
    """Spans of each ministry the sentence names by the bare word ("the ministry said")."""
    found = []
    for m in _FIELDLESS.finditer(text):
        if _MODIFIES.match(text[m.end():]) or _POST_AFTER.match(text[m.end():]):
            continue  # "a ministry spokesperson said": the person speaks
        found.append((m.start("word"), m.end()))
    return found


# A post of a ministry no state names: the person holding it speaks, and the ministry's state is unsaid.
_POST_AFTER = re.compile(r"^\s+(?:spokes\w+|minister|secretary|director|head|adviser|advisor|envoy|deputy)\b",
                         re.IGNORECASE)


@dataclass(frozen=True)
class Bare:
    """A field ministry named without its state: offsets, the field as written, and whether the text points back to
    the state last mentioned ("the country's")."""

    start: int
    end: int
    field: str
    refers_back: bool


def bare(text: str) -> list[Bare]:
    """Each field ministry the sentence names without a state ("the defence ministry said")."""
    found = []
    for m in prefilter.finditer(_BARE, text, prefilter.scan(text)):
        if m.group("det") is None and not m.group("field")[0].isupper():
            continue  # a sentence opening in lowercase is a fragment, not a name
        if m.group("det") is not None and m.group("field")[0].isupper():
            continue  # "the Foreign Ministry": capitalised, the head-shape rule names it
        if _MODIFIES.match(text[m.end():]) or _POST_AFTER.match(text[m.end():]):
            continue  # "foreign ministry spokesperson Mao Ning", "a foreign ministry spokesperson in Jakarta"
        found.append(Bare(m.start("field"), m.end(), m.group("field").lower(),
                          m.group("ref") is not None))
    return found


@dataclass(frozen=True)
class StateBody:
    start: int
    end: int
    name: str  # "<demonym> <body>", one name for "China's foreign ministry" and "Chinese foreign ministry"
    country: str
    kind: str


@cache
def _demonyms() -> dict[str, str]:
    """alpha-2 → the demonym that names its bodies ("ES" → "Spanish")."""
    demonym: dict[str, str] = {}
    for adj, code in reference.countries().adjectives.items():
        if adj[:1].isupper() and not adj.endswith("s") and not adj.isupper():
            demonym.setdefault(code, adj)
    return demonym


def demonym(code: str) -> str | None:
    """The demonym a state's bodies are named with ("ES" → "Spanish")."""
    return _demonyms().get(code)


def find(text: str) -> list[StateBody]:
    """Each state body the sentence names, by the demonym form so that both spellings fold into one body."""
    countries, demonym = reference.countries(), _demonyms()
    folded = prefilter.scan(text)  # a regex is run only when the text holds a word it needs
    found: list[StateBody] = []
    for m in [*prefilter.finditer(_SHAPE, text, folded), *prefilter.finditer(_CONJOINED, text, folded), *prefilter.finditer(_ACTOR, text, folded)]:
        if m.re is _ACTOR and any(f.start <= m.start("body") < f.end for f in found):
            continue
        words = m.group("state").split()
        # "On Tuesday Ecuador's ..." → "Ecuador"; "Papua New Guinea's police" is Papua New Guinea's, not Guinea's
        state = next((" ".join(words[i:]) for i in range(len(words)) if countries.code(" ".join(words[i:]))), words[-1])
        # "Ankara's foreign ministry": a capital's possessive stands for its state
        code = (countries.names.get(state) or countries.capitals.get(state)) if m.group("poss") else (
            countries.adjectives.get(state) or countries.names.get(state))
        if code is None or code not in demonym:
            continue
        if _MODIFIES.match(text[m.end():]):
            continue
        if m.group("body").startswith("state") and _OUTLET_NAMED.match(text[m.end():]):
            continue
        body = re.sub(r"\s+", " ", m.group("body"))
        head = body.split(" in ")[0].split()[-1]
        start = m.start("state") + m.group("state").rfind(state)
        if m.re is _CONJOINED:
            start = m.start("body")
            if any(f.start <= start < f.end for f in found):
                continue
        found.append(StateBody(start=start, end=m.end(), name=f"{demonym[code]} {body}", country=code,
                               kind=_kind_of(body, head)))
    for m in prefilter.finditer(_MINISTRIES_OF, text, folded):
        field = (m.group("f1") or m.group("f2")).title()
        for group in ("a", "b"):
            code = countries.names.get(m.group(group))
            if code is None or any(f.start <= m.start(group) < f.end for f in found):
                continue
            found.append(StateBody(start=m.start(group), end=m.end(group),
                                   name=f"Ministry of {field} of {m.group(group)}", country=code, kind="ministry"))
    for m in prefilter.finditer(_FIELDS_AND, text, folded):
        code = None
        if m.group("state2"):
            code = countries.names.get(m.group("state2"))
        elif m.group("state"):
            words = m.group("state").split()
            state = next((" ".join(words[i:]) for i in range(len(words)) if countries.code(" ".join(words[i:]))), "")
            code = (countries.names.get(state) or countries.capitals.get(state)) if m.group("poss") else (
                countries.adjectives.get(state) or countries.names.get(state))
        if code is None or code not in demonym or any(f.start <= m.start("fields") < f.end for f in found):
            continue
        for field in re.finditer(_FIELD_WORD, m.group("fields")):
            at = m.start("fields") + field.start()
            found.append(StateBody(start=at, end=at + len(field.group()), kind="ministry", country=code,
                                   name=f"{demonym[code]} {field.group()} ministry"))
    for m in prefilter.finditer(_PLURAL_BODY, text, folded):
        words = m.group("body").split()
        body = " ".join([*words[:-1], _SINGULAR.get(words[-1], words[-1])])
        for group in ("a", "b"):
            state = m.group(group)
            code = countries.adjectives.get(state) or countries.names.get(state)
            if code is None or code not in demonym or any(f.start <= m.start(group) < f.end for f in found):
                continue
            found.append(StateBody(start=m.start(group), end=m.end(group) if group == "a" else m.end(),
                                   name=f"{demonym[code]} {body}", country=code, kind=_KIND.get(body.split()[-1], "agency")))
    return found
