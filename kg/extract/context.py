"""The shared working state of one extraction: sentences, mentions and entities found so far."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from kg.extract import gazetteer, places, reference
from kg.extract.dates import _MON2, WEEKDAYS_TITLE
from kg.extract.model import Organization, Person, Span, Support
from kg.extract.sentences import Sentence, split
from kg.sources import Document

# Lines that are furniture, not reporting: bylines, timestamps, newsletter plugs.
_FURNITURE = re.compile(r"^(?:Published (?:By|On)\b|Updated\b|Written by\b|By\s+[A-Z]|Get Current Updates\b|Also Read\b|"
                        r"Read More\b|Follow us\b|(?:Additional )?[Rr]eporting by\b|Editing by\b|Writing by\b|"
                        r"Compiled by\b|Our Standards\b|Sign up\b|Subscribe\b|Click here\b)", re.IGNORECASE)
# "New Delhi [India], September 20 (ANI):", "ISTANBUL", "New Delhi:" — a dateline opens a report.
# "FOZ DO IGUACU, Brazil, June 5 (SCNA) - " and "FRANKFURT (ODER), April 8 (CEPA) - " too: a place of up to four
# words, its bracketed qualifier, and its region or country before the date.
# Veto "time-word-no-dateline": "On January 15, A met B", "In March 2021, ...", "Last Friday, March 3, ...": a
# sentence opened by a time word and a date is not a dateline (its date dates the sentence's occasion).
# ("Today, 21 December 2021 ..." too: x25dateline's day-first row would read "Today" as a city.)
_NOT_A_DATELINE_PLACE = (r"(?!(?:On|In|By|Since|From|Until|Till|Before|After|During|Through|Throughout|Between|Last|"
                         r"Early|Late|Earlier|Later|Then|And|But|Also|Starting|Beginning|Today|Yesterday|Tomorrow|Tonight|"
                         + "|".join(sorted(WEEKDAYS_TITLE)) + r")\b)")
_DATELINE_CLASSIC = re.compile(r"^" + _NOT_A_DATELINE_PLACE + r"(?:[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,3})(?:\s*\([A-Z][A-Za-z]+\))?(?:\s*\[[A-Za-z ]+\])?"
                      r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=,|\s*[–—]))?(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2})?"
                      # "MANILA, Philippines — ", "Metro Manila, Philippines— ": the country, then a dash
                      r"(?:\s*\([A-Za-z0-9 -]+\))?(?:\s*:\s*|\s+[-–—]\s+|(?<=\))[-–—]\s*|(?<=[a-z])[–—]\s+)"
                      # "BISHKEK. March 13 (Interfax) -", "SEOUL, Oct. 20 (Yonhap) --", "BISHKEK, December 26. /TASS/.",
                      # "Addis Ababa February 15/2022/ENA/": a place, then the date, then the agency, however punctuated.
                      rf"|^{_NOT_A_DATELINE_PLACE}(?P<city>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){{0,3}})(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?[.,]?\s+"
                      rf"{_MON2}\s+\d{{1,2}}(?:/\d{{4}})?(?:/[A-Z]+/)?(?:,\s*\d{{4}})?\s*[.,]?\s*"
                      r"(?:\([A-Za-z0-9 -]+\)|/[A-Za-z]+/)?\s*(?:-{1,2}|[–—:.])?\s*")

# House styles the pattern above misses (x25dateline census of bank789 and bank10), one named row each; tried only where
# it finds no dateline, so a dateline it reads is read as before. Each row holds the city in group "city" and asks for
# the punctuation only a dateline has (an agency's bracket, a dash, a pipe, a colon after the place's country).
_CITY = (r"(?P<city>[A-Z][A-Za-z'’-]+(?:\s+(?:(?:of|OF|es|ES|de|DE)\s+)?[A-Z][A-Za-z'’-]+){0,3})")
_CAPS_CITY = r"(?P<city>[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]+){0,3})"
_REGION = r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2}"
_AGENCY = r"\([^()\n]{2,40}\)"
_DASH = r"(?:--?|[–—])"
_MONTH_ANY = (r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
              r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
DATELINE_FORMS: tuple[tuple[str, re.Pattern[str], str | None], ...] = tuple(
    (name, re.compile("^" + _NOT_A_DATELINE_PLACE + rx), check) for name, rx, check in (
        # "MANILA, Philippines (AP) — ", "MEXICO CITY, (Reuters) – ", "Podgorica, Montenegro (30 June 2015) — "
        ("dateline-region-agency", rf"{_CITY},\s*(?:{_REGION}\s*)?{_AGENCY}\s*{_DASH}\s*", None),
        # "NAIROBI, Kenya - ", "WARSAW, Poland -- ", "PHNOM PENH, Cambodia—The", "Doha, Qatar: ": a known country
        ("dateline-country-dash", rf"{_CITY},\s*(?P<country>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)"
                                  rf"(?:\s*{_DASH}\s*|:\s+)", "country"),
        # "TOKYO (Kyodo) -- ", "ULAANBAATAR -- ", "New Delhi -- ", and in capitals "ALGIERS- ", "DHAKA—A series": a
        # dash the pattern above reads only single and spaced
        ("dateline-dash-variant", rf"{_CITY}(?:\s*{_AGENCY})?\s+--\s*", None),
        ("dateline-dash-variant", rf"{_CAPS_CITY}(?:\s*{_AGENCY})?(?:-{{1,2}}\s+|[–—]\s*)", "place"),
        # "Baghdad, 20 March 2023 (TDI): ", "SWAKOPMUND, 28 SEP (NAMPA) - ", "Freetown, 19 November 2025 — ",
        # "YEREVAN, NOVEMBER 9, ARMENPRESS. ", "KABUL, JUL 20 /DNA/ – ": day first, or the month in capitals
        ("dateline-date-variant", rf"{_CITY},\s*(?:\d{{1,2}}\s+{_MONTH_ANY}|{_MONTH_ANY}\s+\d{{1,2}})(?:,?\s+\d{{4}})?"
                                  rf"\s*(?:{_AGENCY}|\[[^]\n]{{2,40}}\]|/[A-Z]+/|,\s*[A-Z]{{3,}}\.)?\s*(?:{_DASH}|:)?\s*", None),
        # "New Delhi | ", "KAMPALA, UGANDA | Xinhua | "
        ("dateline-pipe", rf"{_CITY}(?:,\s*{_REGION})?\s*\|(?:\s*[A-Z][A-Za-z]+\s*\|)?\s*", None),
        # "New Delhi/UNI: ", "Tehran, IRNA – ", "NUR-SULTAN. KAZINFORM - ": the agency's name in capitals
        ("dateline-agency-word", rf"{_CITY}(?:/[A-Z]{{2,}}\s*:|[,.]\s*[A-Z]{{2,10}}\s*(?:{_DASH}|:))\s*", None),
    ))


class _Datelines:
    """The dateline at a text's start: the pattern above, else the first row of DATELINE_FORMS that holds. A row's
    check: "country", the words after the city name a known state and the city none ("Doha, Qatar:", not "India,
    Pakistan -"); "place", the city one the tables or the gazetteer know ("DHAKA—", not "NATO- led")."""

    def match(self, text: str) -> re.Match[str] | None:
        return _dateline_at(text)


@functools.lru_cache(maxsize=8192)
def _dateline_at(text: str) -> re.Match[str] | None:
    """Cached: every walk over the body asks again of the same sentences (a match is immutable)."""
    m = _DATELINE_CLASSIC.match(text)
    if m:
        return m
    for _name, rx, check in DATELINE_FORMS:
        m = rx.match(text)
        if m and _holds(m, check):
            return m
    return None


def _holds(m: re.Match[str], check: str | None) -> bool:
    countries = reference.countries()
    city = city_name(m.group("city"))
    if check == "country":
        return bool(countries.code(m.group("country").title())) and not countries.names.get(city)
    if check == "place":
        return bool(countries.cities.get(city) or places.state(city))
    return True


def city_name(raw: str) -> str:
    """A dateline's place as a name: "PORT OF SPAIN" is Port of Spain, "XI'AN" Xi'an."""
    words = raw.strip().split()
    return " ".join(w.lower() if i and w.lower() in _NAME_PARTICLES else "-".join(p.capitalize() for p in w.split("-"))
                    for i, w in enumerate(words))


_NAME_PARTICLES = {"of", "es", "de", "do", "da", "del", "di", "du", "el", "la", "le"}


DATELINE = _Datelines()


@dataclass
class Mention:
    start: int
    end: int
    key: str            # person key, organisation key or country code
    text: str


class _StartIndex:
    """Mentions of some lists that lie within a span, in start order: the lists' mentions sorted once and kept while no
    list is replaced or changes length, so a lookup is a bisect, not a scan (a mention never ends before it starts,
    so none starting after the span's end can end by it). ``keep_order``: the lists' own order is kept, and a list
    not in text order is scanned."""

    def __init__(self, keep_order: bool = False) -> None:
        self.keep_order = keep_order
        self._lists: tuple = ()
        self._sizes: tuple = ()
        self._starts: list[int] | None = []
        self._ordered: list[Mention] = []

    def within(self, lists: tuple[list[Mention], ...], start: int, end: int) -> list[Mention]:
        sizes = tuple(len(x) for x in lists)
        if len(lists) != len(self._lists) or any(a is not b for a, b in zip(lists, self._lists)) \
                or sizes != self._sizes:
            joined = [m for x in lists for m in x]
            self._ordered = joined if self.keep_order else sorted(joined, key=lambda m: m.start)
            self._starts = [m.start for m in self._ordered]
            if self._starts != sorted(self._starts):
                self._starts = None  # kept order is not text order: scan
            self._lists, self._sizes = lists, sizes
        if self._starts is None:
            return [m for m in self._ordered if start <= m.start and m.end <= end]
        lo, hi = bisect.bisect_left(self._starts, start), bisect.bisect_right(self._starts, end)
        return [m for m in self._ordered[lo:hi] if m.end <= end]


@dataclass
class Context:
    doc: Document
    text: str
    sentences: list[Sentence]
    furniture: set[int] = field(default_factory=set)          # sentence indexes to ignore
    headlines: set[int] = field(default_factory=set)          # Title Case lines (headlines, crossheads)
    country_mentions: list[Mention] = field(default_factory=list)
    # the second side of a pair ("India-Japan talks": Japan), counted among the report's states but no state of a post,
    # speaker or body next to it: the pair names two states, not one (hyphen-pair, reference.py)
    paired_mentions: list[Mention] = field(default_factory=list)
    country_counts: Counter[str] = field(default_factory=Counter)
    home_country: str | None = None                          # the dateline's country, else the most discussed
    dateline_city: str | None = None                         # a known city the report is datelined from
    dateline_state: str | None = None                        # its state (tables, else dateline_town's rows)
    # the state the outlet's name carries, when it is one of the report's two main states and no dateline of theirs
    # says otherwise (`outlet-home-body`, `outlet-home-post`)
    outlet_home: str | None = None
    home_fallback: set[str] = field(default_factory=set)     # people whose state is the home-state fallback's
    persons: dict[str, Person] = field(default_factory=dict)
    person_mentions: list[Mention] = field(default_factory=list)
    person_explicit_country: set[str] = field(default_factory=set)
    # a state the sentence of a person's unqualified post names just before it ("Niger's ... President X"): the
    # fallback before the report's home country
    person_sentence_country: dict[str, str] = field(default_factory=dict)
    # the same guess from a later sentence, once the person is already named (`sentence-state-first-named`): the last
    # fallback, after the report's home country
    person_later_sentence_country: dict[str, str] = field(default_factory=dict)
    title_refs: list[Mention] = field(default_factory=list)   # "the NSA" resolved to a person key
    organizations: dict[str, Organization] = field(default_factory=dict)
    org_mentions: list[Mention] = field(default_factory=list)
    _persons_index: _StartIndex = field(default_factory=_StartIndex, repr=False, compare=False)
    _orgs_index: _StartIndex = field(default_factory=_StartIndex, repr=False, compare=False)
    _countries_index: _StartIndex = field(default_factory=lambda: _StartIndex(keep_order=True), repr=False,
                                          compare=False)
    _sentence_starts: tuple = field(default=(None, []), repr=False, compare=False)  # see sentence_at
    _reporting: tuple = field(default=(None, []), repr=False, compare=False)  # see reporting
    _genders: tuple | None = field(default=None, repr=False, compare=False)  # see salience.genders
    _quotations: list | None = field(default=None, repr=False, compare=False)  # see credits.quoted
    _brokers: set | None = field(default=None, repr=False, compare=False)  # see agreement_parties.brokers
    _deal_counts: Counter | None = field(default=None, repr=False, compare=False)  # see agreement_parties.deal_counts

    def span(self, sentence: Sentence) -> Span:
        return Span(start=sentence.start, end=sentence.end, text=sentence.text)

    def support(self, sentences: list[Sentence], *, rule: str, confidence: float) -> Support:
        seen: dict[int, Span] = {}
        for s in sentences:
            seen.setdefault(s.start, self.span(s))
        return Support(evidence=list(seen.values()), rule=rule, confidence=confidence)

    def sentence_at(self, offset: int) -> Sentence:
        sentences, starts = self._sentence_starts
        if sentences is not self.sentences or len(starts) != len(sentences):
            starts = [s.start for s in self.sentences]
            if any(a.end > b.start for a, b in zip(self.sentences, self.sentences[1:])):
                starts = []  # not in order without overlaps: scan
            self._sentence_starts = (self.sentences, starts)
        if starts or not self.sentences:
            # the last sentence starting at or before the offset is the only one that can hold it
            i = bisect.bisect_right(starts, offset) - 1
            if i >= 0 and offset < self.sentences[i].end:
                return self.sentences[i]
            return self.sentences[-1]
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return self.sentences[-1]

    def reporting(self) -> list[Sentence]:
        key = (len(self.sentences), len(self.furniture))
        if self._reporting[0] != key:
            self._reporting = (key, [s for s in self.sentences if s.index not in self.furniture])
        return list(self._reporting[1])  # a copy: callers may change their list

    def body(self) -> list[tuple[Sentence, int]]:
        """Reporting sentences that are not headlines, each with where its text starts after a dateline."""
        out = []
        for s in self.reporting():
            if s.index in self.headlines:
                continue
            d = DATELINE.match(s.text)
            out.append((s, d.end() if d else 0))
        return out

    def persons_in(self, start: int, end: int) -> list[Mention]:
        return self._persons_index.within((self.person_mentions, self.title_refs), start, end)

    def orgs_in(self, start: int, end: int) -> list[Mention]:
        return self._orgs_index.within((self.org_mentions,), start, end)

    def countries_in(self, start: int, end: int) -> list[Mention]:
        return self._countries_index.within((self.country_mentions,), start, end)

    @property
    def body_home(self) -> str | None:
        """The state of a body named with none (`outlet-home-body`): the outlet's, else the report's home state."""
        return self.outlet_home or self.home_country

    def main_countries(self) -> list[str]:
        """The two states the article is about: the most mentioned, in order of first mention on ties."""
        return [code for code, _ in self.country_counts.most_common(2)]

    def in_report_order(self, states: list[str]) -> list[str]:
        """Two states read another way than by counting (the sides of a meeting, a deal's states less its host): the
        report's two main states when they are the same two, so that facts keep the form they had."""
        main = self.main_countries()
        return main if set(states) == set(main) else states


def build(doc: Document) -> Context:
    text = doc.text
    ctx = Context(doc=doc, text=text, sentences=split(text))
    author = doc.author.strip().lower()
    for s in ctx.sentences:
        if _FURNITURE.match(s.text) or (author and s.text.strip().lower().endswith(author) and len(s.text) < 80):
            ctx.furniture.add(s.index)
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", s.text) if len(w) > 3]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.75 * len(words) and not s.text.endswith("."):
            ctx.headlines.add(s.index)
    _find_countries(ctx)
    return ctx


# "BISHKEK." or "ISTANBUL" alone on the report's first line: a dateline cut from its date (known cities only).
_LONE_DATELINE = re.compile(r"^(?P<city>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})\.?$")


# Rows for a dateline city the hand tables lack (x25datelinecity census, bank789 + bank10: 63 of 360 dateline reads
# found no city; KUWAIT 9, ULAN BATOR 3, YANGON 3, QUETTA 2, ERBIL 2, CHIANG RAI 2, ...):
#   "dateline-state-capital"   a state's name whose capital bears it: "KUWAIT" is Kuwait City, as "SINGAPORE" is
#                              Singapore ("VIETNAM -" names a state, not a city: left)
#   "dateline-gazetteer-town"  a town the gazetteer knows, old and other spellings included ("ULAN BATOR", "Rangoon",
#                              "Addis Abeba"); its guards keep words, surnames and states out, and the name was read as a
#                              dateline already (an agency's "KAZINFORM -", "MODERATOR:" are no towns)
DATELINE_TOWN_ROWS = ("dateline-state-capital", "dateline-gazetteer-town")


def dateline_town(city: str) -> tuple[str, str] | None:
    """A dateline's city the tables lack, and its state, by the first of DATELINE_TOWN_ROWS that holds."""
    countries = reference.countries()
    code = countries.names.get(city)
    if code:
        capital = places.capital_of(code)
        return (capital, code) if capital and capital.split()[0] == city else None
    code = gazetteer.state(city)
    return (city, code) if code else None


def _placed_dateline(dateline: str) -> str | None:
    """"TACNA, Peru, March 3 (Reuters) -": a city outside the table, in capitals and placed by its country."""
    m = re.match(r"^([A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}),\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),", dateline)
    if not m or not reference.countries().code(m.group(2)):
        return None
    return re.sub(r"\b(?:Do|Da|De|Del|Di|Du|El|La|Le)\b(?= )", lambda w: w.group().lower(), m.group(1).title())


# A country's word inside the name of a sea, ocean, gulf or strait names the water, not the state: "the South China
# Sea", "the Indian Ocean", "the Gulf of Mexico", "the Philippine Sea" (tensions there would otherwise make China a
# main country, and so a party to every agreement of a Philippines–Japan report).
_WATER_AFTER = re.compile(r"^\s+(?:Sea|Ocean|Gulf|Straits?|Bay|Basin)\b")
_WATER_BEFORE = re.compile(r"\b(?:(?:Gulf|Sea|Bay|Strait|Straits)\s+of(?:\s+the)?)\s+$")


def _names_water(text: str, start: int, end: int) -> bool:
    return bool(_WATER_AFTER.match(text[end:end + 12]) or _WATER_BEFORE.search(text[max(0, start - 16):start]))


# A government's own site ("Qatar Ministry of Defence", "Civilian Secretariat for Police Service (South Africa)",
# "Australian Minister for Foreign Affairs") publishes joint statements that name both sides' officials bare, so its
# state says nothing about whose officials they are (on bank789 10 of the 13 wrong outlet-home-post states were such
# sites).
_OFFICIAL_PUBLISHER = re.compile(r"\b(?:Minist(?:er|ers|ry|ries)|Secretariat|Government|Department|Presidency|Embassy|"
                                 r"High\s+Commission)\b")


def official_site(doc: Document) -> bool:
    """The report is a government's own publication (for people only: a body named bare on a ministry's own site is
    still that state's)."""
    return _OFFICIAL_PUBLISHER.search(doc.publisher or "") is not None


def outlet_state(doc: Document) -> str | None:
    """The state of the outlet that published the report: one state its name carries ("The Indian Express", "Pakistan
    Today", "Philippine News Agency"); None when it carries none. (A web address's country domain was tried and
    dropped: government and agency sites under it report the visiting side's bodies as often as their own.)"""
    countries = reference.countries()
    named = {code for m in countries.pattern.finditer(doc.publisher or "")
             if (code := countries.mention_code(re.sub(r"['’]s$", "", m.group())))}
    return named.pop() if len(named) == 1 else None


def _find_countries(ctx: Context) -> None:
    countries = reference.countries()
    dateline_code = town_state = None
    for s in ctx.sentences:
        if s.index in ctx.furniture:
            continue
        for m in countries.pattern.finditer(s.text):
            word = re.sub(r"['’]s$", "", m.group())
            code = countries.mention_code(word)
            if code is None or _names_water(s.text, m.start(), m.start() + len(word)):
                continue
            # "US" is also an English pronoun in headline capitals; trust it only when followed by a capital or verb.
            mentions = ctx.paired_mentions if m.start() and s.text[m.start() - 1] in "-–" else ctx.country_mentions
            mentions.append(Mention(start=s.start + m.start(), end=s.start + m.start() + len(word), key=code, text=word))
            ctx.country_counts[code] += 1
        if dateline_code is None and town_state is None and s.paragraph <= 3:
            d = DATELINE.match(s.text) or (_LONE_DATELINE.match(s.text) if s.index == 0 else None)
            if d:
                city = city_name(d.group("city") or d.group().split("[")[0].split(",")[0].split("(")[0].strip(" :-–—"))
                if city not in countries.cities and city.split()[-1] in countries.cities and len(city.split()) > 1:
                    city = city.split()[-1]  # "Metro Manila": the city the table knows
                dateline_code = countries.cities.get(city) or countries.cities.get(city.upper())
                town = None if dateline_code else dateline_town(city)
                if dateline_code:
                    ctx.dateline_city = city if city in countries.cities else city.upper()
                elif town:
                    # the town's state places meetings ("here", on the spot) but is no home state: read as home it
                    # moved bare officials the wrong way as often as the right way (bank789: King Salman and Shoigu's
                    # press secretary to Kuwait and Mongolia, against two Kuwaiti officials put right)
                    ctx.dateline_city, town_state = town
                elif ctx.dateline_city is None:
                    ctx.dateline_city = _placed_dateline(d.group())
    ctx.dateline_state = dateline_code or town_state
    # Unqualified officials ("Defence Minister Rajnath Singh") usually belong to the dateline's country, else to
    # the country the report names first.
    first_mentioned = ctx.country_mentions[0].key if ctx.country_mentions else None
    # A dateline abroad (a summit venue) says where the reporter was, not whose officials go unqualified.
    top = {code for code, _ in ctx.country_counts.most_common(2)}
    ctx.home_country = dateline_code if dateline_code in top else first_mentioned
    # `outlet-home-body` (x24orghome): a national outlet names its own state's bodies bare ("the Department of National
    # Defense" in a Philippine paper after "talks with Vietnamese officials"); with no dateline of the report's own
    # states, the outlet's state, when it is one of the two main states, is the state of a body named with none. (Only
    # bodies: the same fallback for people's posts moved a judge set's meetings, which merge on their people's states.)
    outlet = outlet_state(ctx.doc)
    ctx.outlet_home = outlet if outlet in top and dateline_code not in top else None
    # Stable order for ties: first mention wins.
    first: dict[str, int] = {}
    for m in sorted(ctx.country_mentions + ctx.paired_mentions, key=lambda m: m.start):
        first.setdefault(m.key, m.start)
    ctx.country_counts = Counter(dict(sorted(ctx.country_counts.items(), key=lambda kv: (-kv[1], first[kv[0]]))))
