"""Bare acronyms: an all-caps token used as a name in running text is a body unless it is something else."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pycountry

from kg.extract import reference
from kg.extract.context import Context
from kg.extract.names import STOP_WORDS
from kg.extract.org_acronyms import long_form
from kg.extract.org_words import dateline_credit

# "NAPTIP, NDLEA and all the others", "between ASFAT and MKE", "the conditions of the EEU": news names agencies,
# firms and blocs by their initials alone, often without ever spelling them out. The token must stand alone: a
# neighbouring capitalised word makes it part of a longer name ("OLF Shene", "TNI AL"), a neighbouring all-caps
# word a shouted headline or dateline ("FOZ DO IGUACU").
_TOKEN = re.compile(r"(?<![\w&/(.-])(?P<t>[A-Z][A-Z&]{2,6}(?:-[A-Z]{2,6})?)(?:['’]s)?(?![\w&/)-])")
# Tokens that are never bodies: measures, documents, things and common abbreviations.
_NOT_BODY = {"MOU", "MOA", "MOUS", "GDP", "LNG", "UAV", "UAVS", "IED", "IEDS", "COVID", "AIDS", "HIV", "CEO", "CEOS",
             "CFO", "DNA", "GPS", "ICT", "SME", "SMES", "VIP", "VIPS", "FAQ", "ETA", "EEZ", "LAC", "LOC", "FIR", "FIRS",
             "RPG", "AKA", "TBA", "CCTV", "NGO", "NGOS", "ATM", "PDF", "USD", "EUR", "GMT", "UTC", "EST", "BST",
             "OBE", "MBE", "CBE", "KBE", "PHD", "MP", "MPS", "MLA", "MLAS", "CBRN", "CBRNE", "WMD", "SIM", "APC",
             "APCS", "RIP", "OK", "TV", "FM", "AM", "PM", "LGBT", "LGBTQ", "DRONE", "USSR"}
# Documents and calls by their initials: "The LOI on HADR at Sea", "an SOS message", "the SOPs", "the TOR".
_NOT_BODY |= {"LOI", "LOIS", "LOA", "SOS", "SOP", "SOPS", "TOR", "TORS"}
# Leaders news calls by their initials ("signed by MBS and Prime Minister ...") and a state's own initials ("between
# the RSA, Mozambique and Tanzania"): a person and a state, not bodies.
_NOT_BODY |= {"MBS", "MBZ", "AMLO", "RSA"}
# Weapons and capabilities security news names by their initials ("HIMARS launchers", "a THAAD battery").
_NOT_BODY |= {"HIMARS", "ATACMS", "NASAMS", "THAAD", "MANPADS", "SAM", "SAMS", "ICBM", "ICBMS", "SLBM", "IRBM", "UAS",
              "AWACS", "GNSS", "AIS", "SIGINT", "OSINT", "HUMINT", "NOTAM", "DMZ", "ADIZ", "FONOP", "FONOPS", "LPG",
              "CNG", "ASAP", "SAR", "HADR", "ISR", "C4ISR", "IUU"}
# Words of shouted furniture ("BREAKING", "WATCH:", "READ MORE").
_NOT_BODY |= {"BREAKING", "WATCH", "READ", "MORE", "ALSO", "PHOTO", "PHOTOS", "VIDEO", "LIVE", "NEW", "NEWS",
              "OPINION", "ANALYSIS", "EDITORIAL", "EXCLUSIVE", "UPDATE", "UPDATED", "FILE", "SEE", "RELATED", "TOP"}
# A token that qualifies a following lowercase noun names a thing of that kind ("the ANZUS treaty", "ID cards").
# thing-after also reads past a coordinated token ("in PESCO and EDF formats") and one hyphenated modifier ("HOT
# anti-tank missiles"): the noun the run ends in still says what the tokens name.
_THING_AFTER = re.compile(r"^\s+(?:and\s+[A-Z][A-Z&]{1,6}\s+)?(?:[a-z]+-[a-z]+\s+)?"
                          r"(?:treaty|treaties|agreement|agreements|pact|accord|deal|exercises?|drills?|"
                          r"cards?|systems?|missiles?|rockets?|launchers?|programmes?|programs?|format|framework|"
                          r"zone|corridor|rules|regime|standards?|visas?|data|scheme|route|project|protocol|"
                          r"model|class|variant|rifles?|jets?|aircraft|helicopters?|vessels?|ships?|fighters?|"
                          # an event, a call, a vision or a mast: "the MAKS show" (not the verb: "CRISTA show 300
                          # deaths"), "an SOS message", "UNICORN mast"
                          r"formats|shows?(?!\s+(?:\d|(?:that|how|what|a|an|the|no|some|signs?)\b))|airshow|"
                          r"exhibition|expo|messages?|mast|masts|vision|doctrine)\b")
# "Germany-based TKMS", "Turkish-owned ASFAT": a capitalised word that describes where a body is from opens no name.
_DESCRIBED_ORIGIN = re.compile(r"[A-Z][\w’']*-(?:based|owned|run|backed|led|headquartered|registered)\s+$")
_ROMAN = re.compile(r"^[IVXLC]+$")
# "an exercise called ALON", "Operation HAWK": the name of an exercise or an operation.
_NAMED_THING = re.compile(r"(?:exercises?|operations?|[Oo]peration|[Ee]xercise|called|dubbed|code-?named|named)\s+$")


_DATELINE_PLACE = re.compile(r"^(?:,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*)?(?:,|\s*\(|\s*[-–—:])")
_POST_AFTER = re.compile(r"^\s+(?:Director(?:-General)?|Chief|Head|Commander|Commissioner|Spokesman|Spokesperson|"
                         r"Secretary(?:-General)?|Chairman|Chairperson|President)\s+(?:[A-Z][a-z]+\.?\s+)*[A-Z][a-z]+")
_SPELLED_OUT = re.compile(r"(?<![\w-])(?P<t>[A-Z][A-Za-z&-]{1,8}),?\s+(?:stands\s+for|stood\s+for|is\s+short\s+for|"
                          r"short\s+for)\b")


# dateline-alone: "NUR-SULTAN." on a line of its own is the place a dateline opens with.
_ALONE = re.compile(r"^\s*[.:–—-]?\s*$")
# spelled-after: "India's vision of SAGAR (Security and Growth for All in the Region)", "( NAFTA )": the text spells
# the token out in brackets right after it, so the long form decides what it names (found by acronym-defined if a body).
_SPELL_AFTER = re.compile(r"^\s*\((?P<long>[^()]{6,120})\)")


def _dateline_alone(token: str, before: str, after: str) -> bool:
    return not before.strip() and _ALONE.match(after) is not None and "-" in token


def _spelled_after(token: str, before: str, after: str) -> bool:
    m = _SPELL_AFTER.match(after)
    if m is None:
        return False
    words = [w for w in re.split(r"[\s-]+", m.group("long")) if w]
    capitals = [w for w in words if w[0].isupper()]
    return len(capitals) >= 2 and words[0][0] == token[0] and long_form(token.replace("-", ""), words) == len(words)


# Named readings of one use of a token that make it no body (applied after the older unnamed checks in find).
_USE_VETOES = [("dateline-alone", _dateline_alone), ("spelled-after", _spelled_after)]


def use_vetoed(token: str, before: str, after: str) -> str | None:
    """The name of the first use veto the token meets, or None."""
    return next((name for name, test in _USE_VETOES if test(token, before, after)), None)


@dataclass(frozen=True)
class Bare:
    """One use of a bare acronym: offsets into the whole text and the token."""

    start: int
    end: int
    name: str


@cache
def _states() -> frozenset[str]:
    """"PNG", "IRN", "CAR", "DRC": three-letter country codes and the initials of country names stand for states."""
    initials = {"".join(w[0] for w in name.split() if w[0].isupper())
                for name in reference.countries().names if len(name.split()) > 2}
    return frozenset({c.alpha_3 for c in pycountry.countries} | initials)


def _not_a_body(token: str) -> bool:
    countries, titles = reference.countries(), reference.titles()
    word = token.title()
    return (token in _NOT_BODY or token.rstrip("S") in _NOT_BODY or _ROMAN.match(token) is not None
            or token in _states() or countries.code(token) is not None or countries.code(word) is not None
            or word in countries.cities or titles.pattern.fullmatch(token) is not None
            or word in STOP_WORDS or token.lower() in STOP_WORDS)


def find(ctx: Context, taken: list[tuple[int, int]]) -> Iterator[Bare]:
    """Each bare acronym of the body text outside ``taken`` spans (names already found) that names a body."""
    known = reference.organizations().by_word
    defined = set(re.findall(r"\(\s*([A-Z][A-Za-z&-]{1,8})\s*\)", ctx.text))  # "( NAFTA )" too
    # "IEEPA stands for International Emergency Economic Powers Act", "SOFA, short for ...": spelled out in words
    defined |= {m.group("t") for m in _SPELLED_OUT.finditer(ctx.text)}
    for s, offset in ctx.body():
        text = s.text
        for m in _TOKEN.finditer(text, offset):
            token = m.group("t")
            start, end = s.start + m.start("t"), s.start + m.end("t")
            if any(a < end and start < b for a, b in taken) or token in known or _not_a_body(token) \
                    or re.fullmatch(r"[A-Z]&[A-Z]", token):  # "R&D", "M&A": an activity's initials
                continue
            if token in defined or sorted(token) in [sorted(d) for d in defined]:
                continue  # the text spells it out (or misspells it, "SOFVA" for "SOVFA"): a body so defined is found by
                # its definition, anything else is no body
            before, after = text[:m.start()], text[m.end():]
            if re.search(r"(?:[A-Z][\w’'-]*|[‘'\"“])\s*$", before) and not re.search(r"(?<![\w-])(?:The|A|An)\s+$", before) \
                    and not _DESCRIBED_ORIGIN.search(before):
                continue  # "Hungarian News Agency MTI", "exercise ‘JIMEX’": part of a longer name or a quoted name
            if not before.strip() and _DATELINE_PLACE.match(after):
                continue  # "MOMBASA, Kenya, KTN – ...", "BAMAKO (Reuters) -": the place a dateline opens with
            if _NAMED_THING.search(before) or dateline_credit(before, after, placed=True):
                continue  # "GEORGETOWN, Guyana, CMC – The government ...": the wire of a dateline
            if (re.match(r"^\s*(?:[A-Z0-9][\w’'-]*|[’'\"”])", after) and not _POST_AFTER.match(after)) \
                    or _THING_AFTER.match(after):
                continue  # (but "NISA Director Abdullahi Ali": a body's initials before the post its head holds)
            if use_vetoed(token, before, after):
                continue
            yield Bare(start, end, token)
