"""Reviewable reference data (data/reference/*.tsv + pycountry), loaded once and compiled into lookups."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

import pycountry

from kg.config import REFERENCE_DIR  # also read from here by kg.extract.calibration
from kg.extract import ranks
from kg.extract.first_letter import FirstLetterIndex


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (REFERENCE_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def alternation(words: list[str], *, fold: bool = False) -> str:
    """All words as one regex built from their trie: the engine dispatches on each character instead of trying
    hundreds of alternatives at every position, and the longest word wins ('New Delhi' over 'Delhi')."""
    trie: dict = {}
    for word in set(w.lower() for w in words) if fold else set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            body = ("(?:" + body + ")" if len(branches) == 1 and len(body) > 1 else body) + "?"
        return body

    return build(trie)


# Where ISO's name is not the one news uses ("Russian Federation").
_DISPLAY = {"RU": "Russia", "KR": "South Korea", "KP": "North Korea", "SY": "Syria", "VE": "Venezuela",
            "MD": "Moldova", "LA": "Laos", "TZ": "Tanzania", "BO": "Bolivia", "VN": "Vietnam", "IR": "Iran", "TW": "Taiwan",
            "BN": "Brunei", "CD": "Democratic Republic of the Congo", "FM": "Micronesia", "PS": "Palestine",
            "VA": "Vatican", "XK": "Kosovo",
            "CG": "Republic of the Congo"}  # ISO's bare "Congo" is the Democratic Republic in news (countries.tsv)
# States ISO leaves out (Kosovo's user-assigned code): countries.tsv names them; their label comes from _DISPLAY.
NOT_ISO = ("XK",)


@dataclass
class Countries:
    names: dict[str, str] = field(default_factory=dict)       # "Canada" -> "CA"
    adjectives: dict[str, str] = field(default_factory=dict)  # "Canadian" -> "CA"
    capitals: dict[str, str] = field(default_factory=dict)    # "Ottawa" -> "CA"
    cities: dict[str, str] = field(default_factory=dict)      # capitals and other host cities
    display: dict[str, str] = field(default_factory=dict)     # "GB" -> "United Kingdom"
    pattern: re.Pattern[str] = re.compile("(?!)")
    guarded: dict[str, str] = field(default_factory=dict)  # names the pattern admits only in a state's context

    def code(self, word: str) -> str | None:
        return self.names.get(word) or self.adjectives.get(word) or self.capitals.get(word) or self.guarded.get(word)

    def mention_code(self, word: str) -> str | None:
        """The state of a word the pattern matched: code() or a combining form ("Sino" of "Sino-US"), which names a
        state only where the pattern admits it ("Pak" is also a Korean surname)."""
        return self.code(word) or COMBINING_FORMS.get(word)

    def place_state(self, place: str) -> str | None:
        """The state a place's name puts it in: a known city's state, else the state the word names."""
        return self.cities.get(place) or self.code(place)


# A folded spelling that is an ordinary English word stays out ("Reunion" for Réunion).
_FOLD_STOP = frozenset({"Reunion"})


def _written_variants(table: dict[str, str]) -> dict[str, str]:
    """Other ways news types a name of the table: the typographic apostrophe ("Côte d’Ivoire", "Democratic People’s
    Republic of Korea", which else reads as the Republic of Korea) and the letters without their accents ("Turkiye",
    "Sao Tome and Principe", "Curacao"). A variant never overrides a name the table has."""
    out: dict[str, str] = {}
    for name, code in table.items():
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
        for variant in {name.replace("'", "’"), folded, folded.replace("'", "’")} - {name}:
            if variant not in table and variant not in _FOLD_STOP:
                out[variant] = code
    return out


@cache
def countries() -> Countries:
    c = Countries()
    for country in pycountry.countries:
        code = country.alpha_2
        c.display[code] = _DISPLAY.get(code) or getattr(country, "common_name", None) or country.name
        for name in {country.name, getattr(country, "common_name", None)}:
            if name and "," not in name:
                c.names[name] = code
    for code in NOT_ISO:
        c.display[code] = _DISPLAY[code]
    for row in _rows("countries.tsv"):
        code, extra, adjectives, capitals = (row + ["", "", "", ""])[:4]
        for name in _split(extra):
            c.names[name] = code
        for adj in _split(adjectives):
            c.adjectives[adj] = code
        for cap in _split(capitals):
            c.capitals[cap] = code
            c.cities[cap] = code
    # Names that are also ordinary words or collide with adjectives stay out of the name table.
    # "Chad" and "Jersey" are more often a given name and part of "New Jersey" than the country.
    for word in ("Chad", "Jersey"):
        c.names.pop(word, None)
    for row in _rows("cities.tsv"):
        c.cities[row[0]] = row[1]
    for table in (c.names, c.adjectives, c.capitals, c.cities):
        table.update(_written_variants(table))
    words = list(c.names) + list(c.adjectives) + list(c.capitals)
    # "Chad" is the state unless a surname follows it ("Chad Wolf") or it names the lake ("the Lake Chad basin"):
    # "Sudan and Chad on Friday reached a border security agreement" (x16agreeR: 15 bank reports, 14 outlets).
    chad = r"(?<!Lake\s)Chad(?!\s+(?!(?:President|Prime|Foreign|Defen[cs]e|Interior|Minister|Army|Armed|Government|" \
           r"Basin|Republic|Ministry|National|Security)\b)[A-Z][a-z])"
    c.guarded["Chad"] = "TD"   # not in names: the name table is read without the pattern's guard elsewhere
    c.pattern = re.compile(_after_pair_hyphen(words + ["Chad", *COMBINING_FORMS]) + "(?:" + alternation(words) + "|"
                           + chad + "|" + _combining(words) + r")(?:['’]s)?(?![\w])")
    return c


# hyphen-pair (x21): "India-Japan talks", "the Saudi-Bahraini council", "the Kazakhstan–Uzbekistan border", "the
# Russia-Ukraine war" name both states; the second was never read, for a word after a hyphen is mostly the tail of a
# compound ("pro-Russian", "one-China", "Ni-Vanuatu"). A state word after a hyphen or en dash counts when the word
# before it is a state's word too (or a combining form below), so a pair reads both sides and a chain reads each one
# ("India-Japan-Australia"). Hyphenated names stay whole, the longest name winning ("Guinea-Bissau", "Timor-Leste",
# "Bosnia-Herzegovina", "Congo-Brazzaville"); a compound whose other half is no state ("Indo-Pacific", "Afro-Asian",
# "Asia-Pacific", "Euro-Atlantic") reads nothing new.
# combining-form (x21): the prefix forms of a pair ("Sino-US rivalry", "Indo-Japan cooperation", "Pak-China ties",
# "Franco-German council", "Russo-Ukrainian war", "Anglo-Irish agreement") name a state only before a hyphen and
# another state ("Indo-Pak"); "Austro-" (the Austro-Hungarian empire) is left out.
COMBINING_FORMS = {"Sino": "CN", "Indo": "IN", "Pak": "PK", "Franco": "FR", "Russo": "RU", "Anglo": "GB"}
_PAIR_HYPHEN = "[-–]"


def _after_pair_hyphen(words: list[str]) -> str:
    """A match's start: a word's start, or right after "<state word>-" (one fixed-width lookbehind per word length,
    behind a cheap test for the hyphen)."""
    by_length: dict[int, list[str]] = {}
    for word in set(words):
        by_length.setdefault(len(word), []).append(word)
    behind = "|".join(f"(?<={alternation(ws)}{_PAIR_HYPHEN})" for _, ws in sorted(by_length.items()))
    return rf"(?:(?<![\w-])|(?<={_PAIR_HYPHEN})(?:{behind}))"


def _combining(words: list[str]) -> str:
    """A combining form, only before a hyphen and a state's word or another combining form ("Indo-Pak")."""
    forms = alternation(list(COMBINING_FORMS))
    return rf"(?:{forms})(?={_PAIR_HYPHEN}(?:{alternation(words)}|{forms})(?![\w]))|(?<={_PAIR_HYPHEN})(?:{forms})(?![\w-])"


@dataclass
class Titles:
    normal: dict[str, str]        # lowercase wording -> normalised title
    pattern: re.Pattern[str]      # any title wording, case-insensitive
    country: dict[str, str] = field(default_factory=dict)  # normalised title -> the one state with that post


def _general_variants(wording: str) -> list[str]:
    """English writes the post-positive 'general' both ways: Consul General = Consul-General, Director-General."""
    low = wording.lower()
    if low.endswith(" general"):
        return [wording, wording[:-8] + "-" + wording[-7:]]
    if low.endswith("-general"):
        return [wording, wording[:-8] + " " + wording[-7:]]
    return [wording]


@cache
def titles() -> Titles:
    # titles.tsv's posts, then every written form of the ranks of two or more words from the rank grammar (ranks.py)
    rows = _rows("titles.tsv") + [[written, grade] for written, grade in ranks.wordings().items()]
    normal = {variant.lower(): row[1] for row in rows for variant in _general_variants(row[0])}
    country = {row[1]: row[2] for row in rows if len(row) > 2 and row[2]}
    wordings = {variant for r in rows for variant in _general_variants(r[0])}
    pattern = re.compile(r"(?<![\w-])(?:" + alternation(list(wordings), fold=True) + r")(?![\w-])", re.IGNORECASE)
    return Titles(normal=normal, pattern=pattern, country=country)


@dataclass
class KnownOrg:
    name: str
    aliases: list[str]
    kind: str
    country: str | None


@dataclass
class Orgs:
    by_word: dict[str, KnownOrg]
    pattern: re.Pattern[str]


# Kinds of body whose four-letter initials British style writes as a word ("Nato", "Osce", "Isis"); the initials of
# outlets and agencies ("RAND", "MENA", "SANA") written so are names, regions or words.
_WORDLIKE = ("international", "nonstate")


@cache
def organizations() -> Orgs:
    by_word: dict[str, KnownOrg] = {}
    for row in _rows("organizations.tsv"):
        name, aliases, kind, country = (row + ["", "", "", ""])[:4]
        org = KnownOrg(name=name, aliases=_split(aliases), kind=kind or "other", country=country or None)
        for word in [name, *org.aliases]:
            by_word[word] = org
            if word.isalpha() and word.isupper() and (len(word) >= 5 or len(word) == 4 and org.kind in _WORDLIKE):
                by_word.setdefault(word.capitalize(), org)  # "Caricom", "Asean", "Nato": the acronym written as a word
    # either apostrophe: "Asean Defence Ministers’ Meeting", "People’s Liberation Army" are the table's names
    for word, org in list(by_word.items()):
        for a, b in (("'", "’"), ("’", "'")):
            if a in word:
                by_word.setdefault(word.replace(a, b), org)
    # "the EU-NATO partnership", "an AU-UN mission": two bodies' initials joined by a hyphen name both bodies.
    pattern = re.compile(r"(?:(?<![\w-])|(?<=[A-Z]{2}-))(?:" + alternation(list(by_word)) + r")(?:(?![\w-])|(?=-[A-Z]{2,}(?![\w-])))")
    return Orgs(by_word=by_word, pattern=pattern)


@dataclass
class ThreatTerm:
    pattern: re.Pattern[str]
    concept: str
    generic: bool


@cache
@cache
def threat_lexicon() -> list[list[str]]:
    """The rows of threats.tsv, each wording widened to the morphological families of threat_families.tsv: a row
    written for the act ("arms smuggling") also reads its agents ("arms smugglers")."""
    families = [(re.compile(r"(?<![A-Za-z])" + re.escape(word) + r"(?![A-Za-z])"), family)
                for word, family in _rows("threat_families.tsv")]
    rows = []
    for row in _rows("threats.tsv"):
        wording = row[0]
        for word, family in families:
            wording = word.sub(lambda _, f=family: f, wording)
        rows.append([hyphen_compounds(wording), *row[1:]])
    return rows


def hyphen_compounds(wording: str) -> str:
    """A threat wording whose words a space joins also reads them joined by a hyphen, as news writes a compound used as
    a modifier or in a headline ("cyber-attacks on hospitals", "drug-trafficking networks", "money-laundering"): each
    literal space of the regex source outside a character class, and each hyphen between two letters, becomes "[ -]"."""
    out, depth, escaped = [], 0, False
    for i, ch in enumerate(wording):
        if ch == "-" and not depth and not escaped and 0 < i < len(wording) - 1 and wording[i - 1].isalpha() \
                and wording[i + 1].isalpha():
            out.append("[ -]")  # ... and a hyphen the row writes also reads a space ("cross border attacks")
            continue
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif ch == " " and not depth:
            out.append("[ -]")
            continue
        out.append(ch)
    return "".join(out)


def threat_terms() -> list[ThreatTerm]:
    terms = []
    for row in threat_lexicon():
        terms.append(ThreatTerm(pattern=re.compile(r"(?<![\w])(?:" + row[0] + r")(?![\w])", re.IGNORECASE),
                                concept=row[1], generic=row[2] == "1"))
    return terms


@cache
def threat_pattern() -> re.Pattern[str]:
    """All threat wordings in one alternation, longest first, so one scan finds every mention."""
    rows = sorted(threat_lexicon(), key=lambda r: len(r[0]), reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(f"({r[0]})" for r in rows) + r")(?![\w])", re.IGNORECASE)


@cache
def threat_index() -> FirstLetterIndex:
    """threat_pattern() searched by first letter: the same matches, several times faster (kg/extract/first_letter.py)."""
    rows = sorted(threat_lexicon(), key=lambda r: len(r[0]), reverse=True)
    return FirstLetterIndex(threat_pattern(), [r[0] for r in rows], r"(?![\w])")


# Every threat wording contains one of these stems; sentences without any skip the full pattern.
THREAT_STEMS = re.compile(r"terror|extrem|violen|abduct|boundar|unconstitutional|separat|secess|radical|drug|narco|fentanyl|traffick|substance|crim|gang|"
                          r"cartel|theft|extortion|cyber|hack|ransom|fraud|immigra|migra|crossing|boat|smuggl|launder|"
                          r"financial|arms|gun|weapon|prolifer|espion|spy|interfer|aggress|invasion|border|repress|"
                          r"intimidat|threat|coerc|loophole|piracy|disinformation|nuclear|destruction|missile|strike|drone|ceasefire|"
                          r"infiltrat|killing|hostage|kidnap|hate|anti-|militan|attack|insurgen|clash|shelling|precursor|overdos|addict|"
                          r"cocaine|heroin|methamph|synthetic|syndicate|lords?\b|fishing|poach|financ|fund-?rais|shabaa|shabb|islamic state|"
                          r"\bisis\b|\bisil\b|daesh|qaeda|boko|kurdistan|\bpkk\b|fighters|explosive|\bieds?\b|bomb|hybrid|"
                          r"gr[ae]y[ -]zone|weaponi|instrumentali|cannon|ramm|manoeuv|maneuv|irregular|died|dying|drown|"
                          r"shipwreck|abus|mistreat|\bwar\b|scam|sabotag|undersea|incursion|airspace|uranium|mining|logging|wildlife|"
                          r"environmental|militia|rebel|sanction|lashkar|jaish|resistance front|tehreek|khorasan|iskp|tahrir|nusrat|jnim|"
                          r"land ?mine|ordnance|munition|minefield|territorial|casus|satellite|tanker|shipping|merchant|raid|assault|mafia|"
                          r"cigarette|tobacco|excise|dissident|harass|balochistan|babbar|tiger force|primeiro|\bpcc\b|comando|sinaloa|jalisco|cjng|ms-13|aragua|ndrangheta|camorra|yakuza|"
                          # rows of the commodity, border and conflict lexicon (kg/extract/threats/)
                          r"counterfeit|fake|currenc|banknote|contraband|ivory|rhino|pangolin|opium|cannabis|marijuana|yaba|phensedyl|ammunition|firearm|gun-running|assassinat|conflict|hostilit|fighting|instabil|unrest|maritime|transnational|intrusion|illegal entr|pirat|hijack|robbery|propaganda|misinformation|shadow fleet|attempts? on|"
                          r"offensiv|clan del golfo|situation|environment|landscape|subvert|overthrow|standoff|stand-off|rivalry|challenge|"
                          r"iswap|qaida|hizbul|tehrik|taliban|houthi|ansar allah|rapid support|liberation army|wagner|africa corps|zetas|salvatrucha|gulf clan|choneros|lobos|viv ansanm|march 23|new ira|"
                          r"insecur|rustl|cattle|livestock|deport|climate|global warming|sea[- ]level|disaster|wildfire|bushfire|flood|earthquake|typhoon|cyclone|hurricane|drought|"
                          r"gunmen|assailant|lawless|bombard|air ?raid|build-?up|massing|troop|blackmail|corrupt|debt|influence|ships|vessels|"
                          r"riot|hegemon|expansionis|bully|militari[sz]|jihad|hezbollah|hizbullah|hizballah|flows|trawling|armed|escalat|aggravat|protest|post-conflict|atrocit|massacre|genocide|cleansing|occup|annex|settlement|military|provocat|force|coup|takeover|bandit|breach|violat|assertive|destabili|overlapping|competing|rival|sweeping|expansive|excessive|sovereignty|historic|land claim|(?-i:\bLeT\b|\bJeM\b|\bBLA\b|\bBKI\b|\bKTF\b|\bTTP\b|\bRSF\b|\bELN\b|\bFARC\b|\bAQAP\b|\bAQIM\b|\bIS-K\b|\bM23\b)", re.IGNORECASE)


@cache
def threat_rows() -> list[tuple[str, bool]]:
    rows = sorted(threat_lexicon(), key=lambda r: len(r[0]), reverse=True)
    return [(r[1], r[2] == "1") for r in rows]


@cache
def known_people() -> dict[str, list[tuple[str, str]]]:
    """Surname -> [(full name, alpha-2)] of well-known office holders (data/reference/people.tsv)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in _rows("people.tsv"):
        code = row[1] if len(row) > 1 else ""
        out.setdefault(row[0].split()[-1], []).append((row[0], code))
        if code in _SURNAME_FIRST:  # "President Xi" is Xi Jinping
            out.setdefault(row[0].split()[0], []).append((row[0], code))
    return out


# States whose names put the family name first, as English reports keep them.
_SURNAME_FIRST = {"CN", "TW", "KR", "KP", "HK", "MO"}


@cache
def name_variants() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in _rows("name_variants.tsv") if row[0] != row[1]}
