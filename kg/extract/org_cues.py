"""Bodies named by the words around them: an outlet credited as a source, an NGO in apposition, a firm by its CEO."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import prefilter, reference
from kg.extract.names import STOP_WORDS
from kg.extract.org_words import HEADS, possessor
from kg.extract.sentences import WEB_NAME

_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:y|de|del|la|of|for|and|the)\s+)?[A-Z][\w’'-]*){0,4}"
# "told the state news agency Armenpress", "told Saudi state television Al Ekhbariya": the outlet a person spoke to
# is credited as a source even when no table knows it.
_OUTLET = re.compile(rf"\b(?:told|to|according to|reported by|quoted by|in an interview with)\s+(?:(?:the|a|an)\s+)?"
                     rf"(?:(?P<adj>[A-Z][a-z]+)(?:['’]s)?\s+)?(?:(?:[a-z]+-)?(?:language|independent|pro-[a-z]+|"
                     rf"private(?:ly)?|leading|local|online|owned|popular)\s+)*(?:state(?:-run|-owned)?\s+|public\s+|private\s+)?"
                     rf"(?:news\s+agency|television|TV|broadcaster|newspaper|daily|radio|news\s+channel|channel)\s+"
                     rf"(?P<name>{_NAME})")
# "according to the Al Nahar newspaper", "the BNS news agency reported": an outlet named before what it is.
_CREDIT = r"(?:[Aa]ccording\s+to|told|published\s+by|carried\s+by|quoted\s+by|reported\s+by|cited\s+by|in\s+an\s+interview\s+with|speaking\s+to)"
_MEDIA_TYPE = (r"(?:newspaper|news\s+agency|daily|broadcaster|television|TV\s+channel|news\s+channel|news\s+website|"
               r"news\s+outlet|radio|magazine|weekly)")
_OUTLET_BEFORE_TYPE = re.compile(rf"(?:\b{_CREDIT}\s+(?:the\s+)?(?:state(?:-run|-owned)?\s+)?(?P<name>{_NAME})\s+{_MEDIA_TYPE}\b|"
                                 rf"(?<![\w-])(?:[Tt]he\s+)?(?P<name2>{_NAME})\s+{_MEDIA_TYPE}\s+(?:reported|said|quoted|cited|"
                                 rf"says|reports|wrote))")
# "Sahara Medias reported", "The New York Times had also reported": a name before "reported" is an outlet credited
# with the news (a body or a person reports too, but those are found by their own shapes and taken first).
# x21outletfix: an outlet named by its web address ("News.Az reports", "Caliber.Az reported") is read whole, never by
# the tail after its full stop ("Az").
_REPORTED = re.compile(rf"(?<![\w’'.-])(?P<name>{WEB_NAME.pattern}|{_NAME})\s+(?:(?:has|had|have)\s+)?(?:also\s+|earlier\s+|previously\s+|"
                       rf"first\s+)?(?:reported|reports)\b(?!\s+(?:to|that\s+(?:he|she|they)\b))")
# Words a name reporting something is not an outlet with: a demonym or state ("Iranian media reported"), a kind.
_NOT_OUTLET = {"Media", "News", "Press", "Officials", "Police", "Authorities", "Sources", "Reports", "Report", "As",
               "State", "Local", "Witnesses", "Residents", "Agencies", "Analysts", "Experts", "Observers"}
# "according to Syria TV": an outlet whose own name says what it is.
_OUTLET_NAMED = re.compile(rf"\b{_CREDIT}\s+(?:the\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+){{1,3}}(?:TV|Television|Radio|News|"
                           rf"Times|Post|Herald|Tribune|Gazette|Daily|Journal|Telegraph|Monitor|Chronicle|Standard|Express))\b")
# "Caminando Fronteras, a Spanish NGO, said": a body introduced by what it is.
_APPOSED = re.compile(rf"(?<![\w-])(?P<name>{_NAME}),\s+an?\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?:[a-z-]+\s+)?"
                      r"(?:NGO|charity|rights\s+group|think[- ]tank|non-governmental\s+organi[sz]ation|advocacy\s+group|"
                      r"campaign\s+group|research\s+(?:group|institute|centre|center)|monitoring\s+group)\b")
# Foundations and institutes named in their own language put the head first: "Fundacion Paz y Frontera".
_FOREIGN_HEAD = re.compile(r"(?<![\w-])(?P<name>(?:Fundaci[oó]n|Fondation|Funda[cç][aã]o|Stiftung|Instituto|Institut|"
                           r"Observatorio|Asociaci[oó]n)(?:\s+(?:(?:y|e|de|del|la|las|los|da|do|für|pour|et)\s+)?"
                           r"[A-Z][\w’'-]*){1,5})")
# "the Canary Islands regional government": a region's own government, named by the region.
_REGIONAL = re.compile(r"(?<![\w-])(?P<name>(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\s+(?:regional|provincial|"
                       r"autonomous|state)\s+government)(?![\w-])")
# "Eric Trappier, CEO of Dassault": the firm a corporate post is held at is a body, named or not by a head word.
_FIRM_POST = re.compile(rf"(?<![\w-])(?:CEO|[Cc]hief [Ee]xecutive(?: [Oo]fficer)?|[Cc]hair(?:man|woman|person)|"
                        rf"[Mm]anaging [Dd]irector|[Ff]ounder|[Pp]resident and CEO)\s+of\s+(?:the\s+)?(?P<name>{_NAME})")
# "an Andina report highlighted", "a Reuters investigation found": an outlet named by what it published.
_OUTLET_WORK = re.compile(r"(?<![\w-])(?:[Aa]n?)\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+(?:report|article|story|"
                          r"investigation|survey|analysis|interview|broadcast)\b")
# "conflict tracker ACLED", "Qatar's port management organisation, Mwani Qatar,", "defence firm Korvane": a name
# right after the kind of body it is (in apposition or not) names a body of that kind.
_DESCRIBED = re.compile(rf"(?<![\w-])(?P<kind>firms?|company|companies|manufacturer|maker|broadcaster|outlet|tracker|"
                        rf"monitor|group|organi[sz]ation|agency|operator|contractor|watchdog)(?:,\s+|\s+)"
                        rf"(?P<name>(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:(?:(?:al|el|wal|ad|an|as|ash|at)-)?[A-Z][\w’'-]*)){{0,3}})")
_MEDIA_KINDS = {"broadcaster", "outlet", "agency"}
_CALENDAR = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
_NOT_NAME = {"The", "A", "An", "In", "On", "At", "But", "And", "It", "This", "That", "He", "She", "They", "We"}


@dataclass(frozen=True)
class Cued:
    start: int
    end: int
    name: str
    kind: str
    country: str | None


def find(text: str) -> list[Cued]:
    folded = prefilter.scan(text)  # a regex is run only when the text holds a word it needs
    countries = reference.countries()
    found = []
    for m in prefilter.finditer(_OUTLET, text, folded):
        name = _trim(m.group("name"))
        if name and not countries.code(name):
            start = m.start("name")
            found.append(Cued(start, start + len(name), name, "media", countries.code(m.group("adj") or "")))
    for m in [*prefilter.finditer(_OUTLET_BEFORE_TYPE, text, folded), *prefilter.finditer(_OUTLET_NAMED, text, folded)]:
        group = "name2" if m.groupdict().get("name2") else "name"
        name = _trim(m.group(group))
        words = (name or "").split()
        owner = None
        if len(words) > 1 and (countries.adjectives.get(words[0]) or possessor(words[0])):
            # "the Iranian Mehr news agency", "Sweden's Dagens Nyheter newspaper": the outlet is Mehr, Iran's
            owner = countries.adjectives.get(words[0]) or possessor(words[0])
            name, words = " ".join(words[1:]), words[1:]
        if words and words[0] not in _NOT_NAME and not countries.code(name) and not any(f.start <= m.start(group) < f.end for f in found):
            start = m.end(group) - len(m.group(group)) + m.group(group).find(name)
            found.append(Cued(start, start + len(name), name, "media", owner))
    for m in prefilter.finditer(_REPORTED, text, folded):
        name = _trim(m.group("name"))
        words = (name or "").split()
        while words and (words[0] in _NOT_NAME and len(words) > 1 and words[0] != "The" or words[0] in STOP_WORDS
                         and words[0] != "The"):
            words.pop(0)
        name = " ".join(words)
        if not words or words[0] in _NOT_NAME and len(words) == 1 or set(words) & (_NOT_OUTLET | _CALENDAR) \
                or any(countries.code(re.sub(r"['’]s$", "", w)) or w in countries.cities for w in words) \
                or reference.titles().pattern.search(name) or re.search(rf"\b(?:{HEADS}|Senate|Congress)\b", name) \
                or any(f.start <= m.start("name") < f.end for f in found):
            continue
        start = m.end("name") - len(name)
        found.append(Cued(start, m.end("name"), name, "media", None))
    for m in prefilter.finditer(_APPOSED, text, folded):
        name = _trim(m.group("name"))
        words = (name or "").split()
        if words and words[0] not in _NOT_NAME and not countries.code(name) and not countries.code(words[0]):
            start = m.end("name") - len(name)
            found.append(Cued(start, m.end("name"), name, "other", countries.adjectives.get(m.group("adj") or "")))
    for m in prefilter.finditer(_FIRM_POST, text, folded):
        name = _trim(m.group("name"))
        if name and name.split()[0] not in _NOT_NAME and not countries.code(name) and name not in countries.cities:
            found.append(Cued(m.start("name"), m.start("name") + len(name), name, "other", None))
    for m in prefilter.finditer(_OUTLET_WORK, text, folded):
        name = m.group("name")
        words = name.split()
        if words[0] in _NOT_NAME or set(words) & _CALENDAR or any(countries.code(w) for w in words) \
                or reference.titles().pattern.search(name) or re.search(rf"\b(?:{HEADS}|Senate|Congress)\b", name) \
                or any(f.start <= m.start("name") < f.end for f in found):
            continue  # "a US report", "a January report", "a Senate report" name no outlet
        found.append(Cued(m.start("name"), m.end("name"), name, "media", None))
    for m in prefilter.finditer(_DESCRIBED, text, folded):
        name, words = m.group("name"), m.group("name").split()
        if "," in text[m.end("kind"):m.start("name")] and _not_apposed(text, m):
            continue
        if words[0] in _NOT_NAME or words[0] in STOP_WORDS or set(words) & _CALENDAR or countries.code(name) \
                or countries.code(words[0]) or name in countries.cities or reference.titles().pattern.match(name) \
                or any(f.start <= m.start("name") < f.end for f in found):
            continue
        found.append(Cued(m.start("name"), m.end("name"), name,
                          "media" if m.group("kind") in _MEDIA_KINDS else "other", None))
    for m in prefilter.finditer(_FOREIGN_HEAD, text, folded):
        found.append(Cued(m.start(), m.end(), m.group(), "other", None))
    for m in prefilter.finditer(_REGIONAL, text, folded):
        region = m.group("region").split()
        while region and region[0] in _NOT_NAME:
            region.pop(0)
        if region and not countries.adjectives.get(region[-1]) and not countries.code(" ".join(region)):
            start = m.end("region") - len(" ".join(region))
            found.append(Cued(start, m.end(), text[start:m.end()], "government", None))
    return found


# After "agency," a name is the agency's only in a closed apposition ("organisation, Mwani Qatar,"): not when the
# comma closes a credit ("According to the Kyodo news agency, Austin met ...") or the phrase is a post held at the body
# ("the head of the country's nuclear agency, Behrouz Kamalvandi, was hurt": the name is the head's).
_CREDIT_OR_POST_BEFORE = re.compile(r"(?:\b[Aa]ccording\s+to|\b(?:[Hh]ead|[Cc]hief|[Dd]irector|[Ss]pokes(?:man|woman|person)|"
                                    r"[Cc]hair(?:man|woman|person)?|[Mm]inister|[Cc]ommander)\s+of)\b[^,;]*$")


def _not_apposed(text: str, m: re.Match[str]) -> bool:
    closed = re.match(r"\s*(?:,|\)|$)", text[m.end("name"):]) is not None
    return not closed or _CREDIT_OR_POST_BEFORE.search(text[max(0, m.start("kind") - 80):m.start("kind")]) is not None


def _trim(name: str) -> str | None:
    """A name ends at its last capitalised word ("Al Ekhbariya that" is "Al Ekhbariya")."""
    words = name.split()
    while words and not words[-1][0].isupper():
        words.pop()
    return " ".join(words) or None


# The outlet's own name in its header: "ABC News (Australia)", "APA (The Associated Press)", "Trinidad and Tobago
# Newsday (via Trinidad Tribune)". The bracket names a wire or a place; "via" names who carried the story.
_GENERIC = {"News", "Online", "Live", "Media", "Daily", "Times", "Press", "Post", "English", "Digital", "Agency",
            "Network", "Channel", "TV", "Today", "Sun", "World"}


def publisher_forms(publisher: str) -> list[list[str]]:
    """The names one outlet of the header goes by, one list per outlet (the main name, then the bracketed one):
    "ABC News (Australia)" → [["ABC News", "ABC"]]; "APA (The Associated Press)" → [["APA"], ["Associated Press"]]."""
    countries = reference.countries()
    outlets: list[list[str]] = []
    initials_of_main = ""
    main = re.sub(r"\([^)]*\)", " ", publisher)
    brackets = [b for b in re.findall(r"\(([^)]*)\)", publisher) if not b.lower().startswith("via ")]
    for part in [main, *brackets]:
        name = re.sub(r"^\s*The\s+", "", " ".join(part.split()))
        if not name or countries.code(name):
            continue
        words = name.split()
        derived = [w for w in words if re.fullmatch(r"[A-Z]{2,}", w) and w != name]
        for n in range(len(words) - 1, 0, -1):  # "Trinidad and Tobago Newsday": the state opens the name
            if countries.code(" ".join(words[:n])):
                derived.append(" ".join(words[n:]))
                break
        if len(words) > 2 and {"News", "Agency"} & set(words[1:]) and all(w in _GENERIC for w in words[1:]):
            derived.append(words[0])  # "Yonhap News Agency" is "Yonhap" in its own text
        derived = [f for f in derived if not all(w in _GENERIC or w in STOP_WORDS for w in f.split())
                   and not countries.code(f) and (len(f) > 3 or f.isupper())]
        forms = ([name] if len(name) > 3 or name.isupper() else []) + derived
        initials = "".join(w[0] for w in words if w[0].isupper())
        if outlets and name.isupper() and name == initials_of_main:
            outlets[0].append(name)  # "Ethiopian News Agency (ENA)": the bracket spells the outlet's own initials
            continue
        if not outlets:
            initials_of_main = initials
        outlets.append(list(dict.fromkeys(forms)))
    return [o for o in outlets if o]
