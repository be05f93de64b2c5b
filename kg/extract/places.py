"""Where a meeting took place: a known city after "in/at/to", or a venue named right after "meeting/talks in"."""

from __future__ import annotations

import difflib
import re

from kg.extract import dates as dates_mod
from kg.extract import gazetteer, reference

# (any word between, quoted titles and dashes included: "signed the ‘Agreement on ...’ on Wednesday in Port Moresby";
# a semicolon ends the clause)
_PLACE_AFTER = re.compile(r"^\s*(?:[^\s;]+\s+){0,25}?(?:in|to|at|visited|visiting|reached|(?:departs?|departed|departing|leaves|left|leaving|heads|headed|bound)\s+for)\s+(?:the\s+)?(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
# "a meeting in Foz do Iguacu between ...", "the APEC summit in Shenzhen in November": a place named right after
# the noun is the venue even when it is not in the city table.
_VENUE = re.compile(r"^(?:meeting|meetings|talks|summit)\s+in\s+(?P<city>[A-Z][\w-]+(?:\s+(?:(?:do|da|de|del|di|du|el|al|es|la|le)\s+)?"
                    r"[A-Z][\w-]+)*(?:\s+\([A-Z][a-z]+\))?)(?=\s+(?:between|with|on|in|last|this|next|later|as)\b|[,.]|$)")
# "Frankfurt (Oder)": a bracketed qualifier is part of the place's name.
_QUALIFIED = re.compile(r"^\s+\([A-Z][a-z]+\)")
# "in the border city of Tacna", "in the capital, Kyiv": the text itself says the name is a city, known or not.
# "in the Kyrgyz village of Borborduk", "in the Hungarian-Serbian border town of Roszke": a state's adjective may lead.
# "in the capital Ankara": after "capital" the name may follow bare (never a day or month: "in the capital Monday").
_DAYS = "|".join(sorted(dates_mod.WEEKDAYS_TITLE))
_DESCRIBED = re.compile(r"\b(?P<prep>in|at|to)\s+the\s+(?:[A-Z][\w-]+\s+)?(?:[a-z]+\s+){0,2}?(?:(?:city|town|capital|port|village)"
                        rf"(?:\s+of|,)|capital(?!\s+(?:{_DAYS}|{dates_mod.MONTH_NAMES})\b))"
                        rf"\s+(?P<city>[A-Z][\w-]+(?:\s+(?!(?:{_DAYS})\b)"
                        r"[A-Z][\w-]+)?)")


# "in the Turkish capital Ankara", "in the German capital": a capital named by its country's adjective or name.
# "in Qatar's capital Doha", "to Mali's capital, Bamako": the capital named by its state's possessive.
_NAMED_CAPITAL = re.compile(r"\b(?P<prep>in|at|to)\s+(?:the\s+(?P<country>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)|"
                            r"(?P<owner>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s)\s+capital"
                            r"(?:,?\s+(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?))?")


# Row "long-name": "in Dar es Salaam", "to Ho Chi Minh City", "in Bandar Seri Begawan": a place of three words or more,
# or joined by a lowercase particle, is read whole when the tables or the gazetteer know it (the two-capitalised-word
# reading cuts it to "Dar" or "Ho Chi", which no table knows).
_PARTICLES = r"(?:es|as|us|ul|de|do|da|del|di|du|el|al|la|le|of)"
_LONG_WORDS = re.compile(rf"[A-Z][\w-]+(?:\s+(?:{_PARTICLES}\s+)?[A-Z][\w-]+){{0,3}}")


def _long_name(text: str) -> str | None:
    """The longest known place of three words or more (particles counted) at the start of ``text``."""
    m = _LONG_WORDS.match(text)
    words = m.group().split() if m else []
    for n in range(len(words), 2, -1):
        cand = " ".join(words[:n])
        if cand[0].isupper() and cand.split()[-1][0].isupper() and (
                cand in reference.countries().cities or gazetteer.state(cand)):
            return cand
    return None


# Row "capital-as-named": "in Tanzania's capital, Dar es Salaam", "in the Tanzanian capital Dar-es-Salaam": the city the
# text names as the capital is the place, not the table's capital (capitals move: Dodoma, Dar es Salaam; the text also
# calls a state's seat of government its capital). A single name the tables lack is read as written when a clause
# boundary follows it ("Tanzania's capital, Dar-es-Slaam, and held"): the words say it is a city.
_AS_WRITTEN = re.compile(r"(?P<name>[A-Z][a-z]+(?:-[A-Za-z]+)*)(?=\s*[,.;]|\s+(?:and|on|in|for|to|where|last|this)\b)")


def _named_as_capital(m: re.Match[str], table: str | None) -> tuple[str | None, bool]:
    """The city a capital phrase names, and whether it is read as written (no table or gazetteer knows it); a name
    that is the table's capital misspelt is that capital."""
    if not m.group("city"):
        return None, False
    rest = m.string[m.start("city"):]
    cities = reference.countries().cities
    known = _long_name(rest) or next((c for c in (m.group("city"), m.group("city").split()[0])
                                      if c in cities or gazetteer.state(c)), None)
    if known:
        return known, False
    written = _AS_WRITTEN.match(rest)
    if not written or _not_a_place_word(written.group("name")):
        return None, False
    if table and _misspelt(written.group("name"), table):
        return table, False  # "Turkmenistan's capital Asghabat": the table's capital, spelt right
    return written.group("name"), True


def _not_a_place_word(word: str) -> bool:
    """A day, a month, a state's name or adjective: never a city read as written."""
    countries = reference.countries()
    return word in dates_mod.WEEKDAYS_TITLE or word.lower() in dates_mod.MONTHS or word in countries.names \
        or word in countries.adjectives


def _misspelt(name: str, capital: str) -> bool:
    """Whether a name read as written is the table's capital misspelt ("Asghabat" for Ashgabat), not another city
    ("Dar-es-Slaam" for Dodoma)."""
    return difflib.SequenceMatcher(None, name.lower(), capital.lower()).ratio() >= 0.75


def capital_of(code: str) -> str | None:
    """The first capital the country table lists for a state ("DE" -> "Berlin")."""
    return next((cap for cap, c in reference.countries().capitals.items() if c == code), None)


def _name_capitals(text: str) -> tuple[str, set[str]]:
    """The text with each capital phrase replaced by "<prep> <city>" (row "capital-as-named", else the table's
    capital), and the cities read as written there (which the text itself says are cities)."""
    out, at, written = [], 0, set()
    for m in _NAMED_CAPITAL.finditer(text):
        if m.start() < at:
            continue
        code = reference.countries().code(re.sub(r"['’]s$", "", m.group("country") or m.group("owner")))
        table = capital_of(code) if code else None
        named, as_written = _named_as_capital(m, table)
        end = m.end()
        if named and text.startswith(named, m.start("city")):
            end = max(end, m.start("city") + len(named))  # "Dar" of "Dar es Salaam" is replaced whole
        if as_written:
            written.add(named)
        capital = named or table
        out += [text[at:m.start()], f"{m.group('prep')} {capital}" if capital else m.group()]
        at = end
    return "".join(out) + text[at:], written


def city(text: str) -> str | None:
    """The first known city the text names after "in", "to", "at" or "visited" (or a town placed by its region
    and country: "Kananaskis, Alberta, Canada")."""
    cities = reference.countries().cities
    text = re.sub(r"^[^\w]*(?:visited|visiting|visits|visit)\s+(?=[A-Z])", "to ", text)
    text, written = _name_capitals(text)
    described = {m.group("city") for m in _DESCRIBED.finditer(text)} | written
    text = _DESCRIBED.sub(lambda m: f"{m.group('prep')} {m.group('city')}", text)
    m = _PLACE_AFTER.match(text)
    while m:
        found = m.group("city")
        long = _long_name(text[m.start("city"):])
        if long and (long in cities or not any(c in cities or gazetteer.state(c) for c in (found, found.split()[0]))):
            return long  # (a known city the long name starts with wins: "Santiago de Chile" is Santiago)
        for cand in (found, found.split()[0]):
            if cand in cities or cand in described:
                qualified = _QUALIFIED.match(text[m.end():]) if cand == found else None
                return cand + qualified.group() if qualified else cand
        town = _town(found)
        if town:
            # "in Port Area, Manila": a district the gazetteer knows, placed by its known city: the city is the place
            district = re.match(r"^,\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)", text[m.end():])
            return district.group(1) if district and district.group(1) in cities else town
        tail = text[m.end():]
        # "Kananaskis, Alberta, Canada", "Guiyang, Guizhou Province, China": a town placed by its region and state
        if re.match(r"^,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+[A-Z]", tail) and reference.countries().code(
                tail.split(",")[2].strip().rstrip(".").split()[0]):
            return found
        text = text[m.end():]
        m = _PLACE_AFTER.match(text)
    return None


def _town(found: str) -> str | None:
    """Rule "gazetteer-town": a name the hand tables lack that the gazetteer knows as a town ("in Batumi", "to
    Mombasa"), read whole: its first word alone only before a day or month ("in Rawalpindi Monday"), never before
    another name ("to Vladimir Putin", "in Hassan Abdullah's office")."""
    first, _, rest = found.partition(" ")
    if rest == "City" and gazetteer.state(first):
        return first  # row "city-suffix": "in Lubango City" is Lubango, as "Manila City" is Manila
    if gazetteer.state(found):
        return found
    if rest and (rest in dates_mod.WEEKDAYS_TITLE or rest.lower() in dates_mod.MONTHS) and gazetteer.state(first):
        return first
    return None


def state(place: str) -> str | None:
    """The state a meeting's place is in: the hand tables' city or state, else the gazetteer's town."""
    return reference.countries().place_state(place) or gazetteer.state(place)


# "an informal meeting between A and B took place in Almaty", "The meeting, which took place in Algiers": the words
# say the name is where it happened.
# (an acronym in brackets may follow the occasion's name: "the 29th session of the Joint ... Commission (JPCDS) was held
# in Swakopmund")
_HELD_IN = re.compile(r"^[\w/–-]+,?\s+(?:[\w’'.,-]+\s+|\([A-Z]{2,8}\)\s+){0,12}?(?:took place|takes place|was held|were held|will be held|"
                      r"will take place|is being held|are being held)\s+in\s+(?P<city>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
                      r"(?=\s+(?:on|in|last|this|next|between|with)\b|[,.]|$)")


def venue(text: str) -> str | None:
    """The place a text starting with "meeting/talks/summit in ..." or "meeting ... took place in X" names, whether
    or not it is a known city (a state's name is no venue: "held in India" says which country only)."""
    m = _VENUE.match(text) or _HELD_IN.match(text)
    if m and reference.countries().names.get(m.group("city")):
        return None
    if not m or m.group("city").split()[0].lower() in dates_mod.MONTHS or m.group("city") in dates_mod.WEEKDAYS_TITLE:
        return None  # "talks in October" says when, not where
    return m.group("city")
