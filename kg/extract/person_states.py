"""The state a person serves when no post says it: the state named after the holder, the side they
represent, the report's home state as a last resort; the state a post names ("president of Chad")."""

from __future__ import annotations

import re
from collections.abc import Callable

import pycountry

from kg.extract import reference
from kg.extract.context import Context, Mention, official_site
from kg.extract.model import Person
from kg.extract.names import NAME_RE
from kg.extract.person_roles import _QUOTE_MARK
from kg.extract.person_words import _NEXT_HOLDER
from kg.extract.posts import country_of


def _state_named(name: str) -> str | None:
    """The state a name after "president of" is: the reference's names, or any ISO name ("Chad", which the reference
    keeps out of its table since it is more often a given name)."""
    found = country_of(name)
    if found:
        return found
    try:
        return pycountry.countries.get(name=name).alpha_2
    except (AttributeError, LookupError):
        return None


# The holder's state written right after their name, before the report's home state is assumed
# (`state-after-holder`): "Vice President X of El Salvador", "Major-General X of Nigeria who ...", "Gen. X, head of
# Pakistan's intelligence agency", "X, commander of the U.S. Coast Guard's Pacific Area", "X, Permanent Secretary,
# Mauritius." — a post of the holder's own apposition, no verb, no other person, no quotation between.
_HOLDER_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_APPOSED_OF = re.compile(r"\s*,\s+(?:the\s+)?[^,;:\"“”()]{1,80}?\s+of\s+(?:the\s+)?")
_APPOSED_STATE = re.compile(r"\s*,\s+(?:the\s+)?[^,;:\"“”()]{1,60}?,\s+")
# a clause, a destination or a party between the name and the state: the state is not the holder's own
_CLAUSE_WORDS = re.compile(r"\b(?:said|says|met|meets|meeting|held|holds?|visit\w*|with|to|from|for|told|and|by|on|at|"
                           r"signed|discuss\w*|called|between|against|when|while|who|which|that|in|during|after|"
                           r"ambassador|envoy|attach[eé]|consul|counterpart)\b", re.I)
_STATE_ENDS = re.compile(r"['’]s\b|\s*[,.;:)]|\s*$|\s+(?:who|which)\b")


def _mentions_with_sentence(ctx: Context, person: Person):
    """(mention, its sentence) for every mention of the person (the context's bisect lookup, not a scan)."""
    for pm in ctx.person_mentions:
        if pm.key == person.key:
            s = ctx.sentence_at(pm.start)
            if s.start <= pm.start < s.end:
                yield pm, s


def _state_after_holder(ctx: Context, person: Person) -> str | None:
    names, adjectives = reference.countries().names, reference.countries().adjectives
    found = set()
    for pm, s in _mentions_with_sentence(ctx, person):
        cm = next(iter(ctx.countries_in(pm.end, s.end)), None)
        if cm is None or cm.start - pm.end > 120 or any(pm.end <= o.start < cm.start for o in ctx.person_mentions):
            continue
        between, tail = ctx.text[pm.end:cm.start], ctx.text[cm.end:s.end]
        if _CLAUSE_WORDS.search(between.replace(" of ", " ")) and not _HOLDER_OF.fullmatch(between):
            continue
        if _HOLDER_OF.fullmatch(between):
            if cm.text in names and re.match(r"(?!\s+[A-Z]|['’]s)", tail):
                found.add(cm.key)  # "X of Nigeria who ...", "Y of the Republic of Korea for ..."
            continue
        comma = re.match(r"\s*,\s*(?:(?:Mr|Mrs|Ms|Dr|Monsieur|Madame|Hon)\.?\s+)?", tail)
        named = NAME_RE.match(tail, comma.end()) if comma else None
        if comma and (any(cm.end < o.start <= cm.end + 40 for o in ctx.person_mentions)
                      or named and len(named.group().split()) >= 2):
            continue  # "..., the High Commissioner of Koulpélgo in ... Burkina Faso, Monsieur Y": the next one's post
        run = re.match(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", ctx.text[cm.start:s.end])
        if run and _NEXT_HOLDER.match(ctx.text[cm.start + run.end():s.end]):
            continue  # post-opens-next-item: "..., Additional Director General of Indian Coast Guard, ADG Y"
        if cm.text in names and _APPOSED_OF.fullmatch(between) and (_STATE_ENDS.match(tail)
                                                                     or re.match(r"\s+[A-Z]", tail)):
            found.add(cm.key)  # "X, head of Pakistan's intelligence agency", "of the U.S. Coast Guard's Pacific Area"
        elif cm.text in adjectives and cm.text not in names and _APPOSED_OF.fullmatch(between) \
                and re.match(r"\s+[A-Z]?[a-z]", tail):
            found.add(cm.key)  # "X, commander of the Chinese navy"
        elif cm.text in names and _APPOSED_STATE.fullmatch(between) and re.match(r"\s*(?:[.;]|$)", tail):
            found.add(cm.key)
    return found.pop() if len(found) == 1 else None


# The state a delegation frame names for the people it lists (`represented-by`): "Guinea was represented by X,
# Minister of ...", "the Philippines was represented by Foreign Affairs Secretary X and ... Y", "the Sri Lankan
# delegation was headed by Rear Admiral X". A clause break (";", "while") or another state between ends the frame.
_REPRESENTED = re.compile(r"(?:['’]s)?(?:\s+(?:delegation|side|team))?\s+(?:was|were|is|are|has\s+been|had\s+been)"
                          r"\s+(?:represented|led|headed)\s+by\b")
_FRAME_BREAK = re.compile(r";|\b(?:while|whereas|but|which|who)\b|\b(?:said|says|told|met|signed)\b")


def _represented_state(ctx: Context, person: Person) -> str | None:
    found = set()
    for pm, s in _mentions_with_sentence(ctx, person):
        ahead = ctx.countries_in(s.start, pm.start)
        if not ahead:
            continue
        cm = ahead[-1]
        if len(ahead) > 1 and re.fullmatch(r"\s*(?:,|and|&)\s*(?:the\s+)?", ctx.text[ahead[-2].end:cm.start]):
            continue  # "Kenya and Tanzania were represented by X": the frame names no one state
        frame = _REPRESENTED.match(ctx.text, cm.end)
        if frame and frame.end() <= pm.start and pm.start - frame.end() < 150 \
                and not _FRAME_BREAK.search(ctx.text, frame.end(), pm.start) \
                and not _QUOTE_MARK.search(ctx.text, frame.end(), pm.start):
            found.add(cm.key)
    return found.pop() if len(found) == 1 else None


# The visitor is not the host (`visitor-not-host`): "Army chief General X on his first official visit to China",
# "X on Friday embarked upon a two-day visit to Bhutan", "X, who is paying a state visit to Mozambique", "X's visit to
# Armenia", "X ... is expected to arrive in Doha": a post whose holder travels to the report's home state does not
# serve it; no state is better than the host's.
_VISIT_TO = re.compile(r"\b(?:visit(?:s|ed|ing)?(?:\s+to)?|trip\s+to|tour\s+of|travel(?:l?ed|s|ling)?\s+to|"
                       r"arriv(?:e|ed|es|ing|al)\s+in|landed\s+in)\s+(?:the\s+)?$")
_NOT_THE_VISITOR = re.compile(r"\b(?:met|meets?|with|called\s+on|receiv\w*|welcom\w*|host\w*|by|said|says|told|"
                              r"invit\w*|and)\b|[;:\"“”]")


# ... nor is one the visitor met: "held talks with the Prime Minister and Army chief Gen X soon after his arrival in
# Islamabad" — "his" is the subject's ("talks with President X, who is paying a state visit" stay X's own).
_MET_BEFORE = re.compile(r"\b(?:with|met|meets|called\s+on|receiv\w*|welcom\w*|and)\s+(?:[\w.'’-]+\s+){0,6}$")
_PRONOUN_TRIP = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|travel|arrival)")


def _visits(ctx: Context, person: Person, state: str) -> bool:
    for pm, s in _mentions_with_sentence(ctx, person):
        cm = next(iter(ctx.countries_in(pm.end, s.end)), None)
        if cm is None or cm.key != state or cm.start - pm.end > 120 \
                or any(pm.end <= o.start < cm.start for o in ctx.person_mentions):
            continue
        between = ctx.text[pm.end:cm.start]
        if _VISIT_TO.search(between) and not _NOT_THE_VISITOR.search(between) \
                and not (_MET_BEFORE.search(ctx.text[s.start:pm.start]) and _PRONOUN_TRIP.search(between)):
            return True
    return False


# The other party holds the home state (`paired-with-home-holder`): "Prime Minister X and U.S. President Y met",
# "Minister for Defence X and Indonesia's Minister for Defence Y signed", "Indian Defence Minister Y met counterpart
# X", "X met with his Philippine counterpart": a person joined to one whose post the home state qualifies (named, or
# the unnamed counterpart), by "and" ahead of them or by a meeting word either way, sits across the table from the
# home state: the other side's state, or none.
_PAIRED_AHEAD = re.compile(r"\b(?:and|with|met|meets|meeting|hosted|received|counterparts?)\b")
_PAIRED_BEHIND = re.compile(r"\b(?:with|met|meets|meeting|hosted|received|counterparts?)\b")
_OBJECT_OF_MEETING = re.compile(r"\b(?:with|met|meets|called\s+on|receiv\w*|welcom\w*|hosted|audience)\b")
_PAIR_BREAK = re.compile(r";|\b(?:while|whereas|but|which|who|said|says|told)\b")
_COUNTERPART_AFTER = re.compile(r"\s+counterparts?\b")
_HOLDER_REACH = 70  # a state's word and the post it qualifies: "U.S. President", "Indonesia's Minister for Defence"


def _home_holder(ctx: Context, cm: Mention, person: Person, home: str) -> Mention | None:
    """The mention of another person whose post the home state's word `cm` qualifies ("U.S. President Y"), or None."""
    held = min((pm for pm in ctx.person_mentions if cm.end <= pm.start <= cm.end + _HOLDER_REACH),
               key=lambda pm: pm.start, default=None)
    if held is None or held.key == person.key or held.key not in ctx.person_explicit_country \
            or ctx.persons[held.key].country != home or _QUOTE_MARK.search(ctx.text, cm.end, held.start):
        return None
    return held


def _joined(ctx: Context, start: int, pm: Mention, cm: Mention, held: Mention | None) -> bool:
    """The person's mention `pm` and the home state's holder `held` (qualified by `cm`; None for an unnamed
    counterpart, which only follows the person) face each other."""
    if pm.end <= cm.start:
        if _OBJECT_OF_MEETING.search(ctx.text, start, pm.start):
            return False  # "an audience with King X and talks with Tonga's Prime Minister Y": both are met
        between, pairing = ctx.text[pm.end:cm.start], _PAIRED_AHEAD
    elif held is not None and held.end <= pm.start and "," not in ctx.text[held.end:pm.start]:
        # "Y met counterpart X", not "Y met today in Hanoi ..., spokesperson X said"
        between, pairing = ctx.text[held.end:pm.start], _PAIRED_BEHIND
    else:
        return False
    lo, hi = min(pm.end, held.end if held else pm.end), max(pm.start, cm.start)
    return len(between) < 120 and bool(pairing.search(between)) and not _PAIR_BREAK.search(between) \
        and not any(lo <= o.start < hi and o.key not in (pm.key, held.key if held else pm.key)
                    for o in ctx.person_mentions)


def _paired_with_home_holder(ctx: Context, person: Person, home: str, spans: set[tuple[int, int]]) -> bool:
    for start, end in spans:
        mine = [pm for pm in ctx.person_mentions if pm.key == person.key and start <= pm.start < end]
        for cm in ctx.country_mentions:
            if cm.key == home and start <= cm.start and cm.end <= end:
                held = _home_holder(ctx, cm, person, home)
                if held is not None and any(_joined(ctx, start, pm, cm, held) for pm in mine):
                    return True
                if _COUNTERPART_AFTER.match(ctx.text, cm.end) and any(_joined(ctx, start, pm, cm, None) for pm in mine):
                    return True  # "X met with his Philippine counterpart": the home state's holder, unnamed
    return False


def _title_states(ctx: Context) -> set[str]:
    countries = reference.countries()
    return {code for m in countries.pattern.finditer(ctx.doc.title or "")
            if (code := countries.mention_code(re.sub(r"['’]s$", "", m.group())))}


def _other_side(ctx: Context, person: Person, home: str, spans: set[tuple[int, int]]) -> str | None:
    """`other-main-state`: across the table from the home state sits the report's other main state ("Duterte and
    Malaysian Prime Minister Y" in a Philippines–Malaysia report) when the report names it twice or in its title,
    unless the sentence gives that state to another person too ("... with Polish Foreign Minister Y and Ukrainian
    Foreign Minister Z": a third state's)."""
    main = ctx.main_countries()
    if len(main) != 2 or home not in main:
        return None
    other = next(code for code in main if code != home)
    if ctx.country_counts[other] < 2 and other not in _title_states(ctx):
        return None  # a passing mention ("... alongside the US") is no side of the report
    taken = any(start <= pm.start < end and pm.key != person.key and pm.key in ctx.person_explicit_country
                and ctx.persons[pm.key].country == other for start, end in spans for pm in ctx.person_mentions)
    return None if taken else other


def _home_fallback(ctx: Context, person: Person, home: str | None = None) -> str | None:
    """The report's home state for an unqualified post, unless the post's sentence tells against it.

    "Malaysia was represented by Foreign Minister X", "during his visit to Colombo, Menon called on President X",
    "a Myanmar delegation led by Major General X": when no sentence of the person's posts names the home state, and
    one names another state AHEAD of the person, outside a quotation, that no other person of the sentence is
    explicitly from (not "Mongolian" of "Mongolian President Y"), the post more likely serves that state than the
    home one, and no state is better than a wrong one. A state named after the person ("President X said ... with
    Morocco", "talks with China's Y") is what the post acts on, and leaves the home state standing.
    """
    home = home or ctx.home_country
    spans = {(e.start, e.end) for role in person.roles for e in role.support.evidence}
    if home is None or not spans:
        return home
    if _visits(ctx, person, home):
        return None
    if _paired_with_home_holder(ctx, person, home, spans):
        return _other_side(ctx, person, home, spans)
    free = False
    for start, end in spans:
        inside = [cm for cm in ctx.country_mentions if start <= cm.start and cm.end <= end]
        if any(cm.key == home for cm in inside):
            return home
        at = min((pm.start for pm in ctx.person_mentions if pm.key == person.key and start <= pm.start < end),
                 default=None)
        if at is None:
            continue
        bound = {ctx.persons[pm.key].country for pm in ctx.person_mentions
                 if start <= pm.start and pm.end <= end and pm.key != person.key and pm.key in ctx.persons
                 and pm.key in ctx.person_explicit_country}
        free = free or any(cm.end <= at and cm.key not in bound
                           and len(_QUOTE_MARK.findall(ctx.text, start, cm.start)) % 2 == 0 for cm in inside)
    return None if free else home


def outlet_home_states(ctx: Context) -> None:
    """`outlet-home-post`: with no dateline of the report's own states, a national outlet writes its own officials
    unqualified ("Defence Minister Arun Jaitley" in The Indian Express after "Chief of the Bangladesh Navy ..."), so a
    person whose state is only the home-state fallback takes the outlet's state (when it is one of the two main
    states), read by the same fallback from that side. Run after the events: meetings merge on their people's states,
    and read at that stage the outlet's state cost a judge set a meeting (x24outlethome, reverted)."""
    outlet = ctx.outlet_home
    if outlet is None or outlet == ctx.home_country or official_site(ctx.doc):
        return  # no outlet's state of the two main states, or the home state agrees, or a government's own site
    for key in ctx.home_fallback:
        person = ctx.persons.get(key)
        if person is None:
            continue
        old, new = person.country, _home_fallback(ctx, person, home=outlet)
        if new is None or new == old:
            continue
        person.country = new
        for role in person.roles:
            if role.country == old:
                role.country = new


# The one a visitor calls on is the host (`called-on-host`): "Commander of the Sri Lankan Army Lt Gen X called on Prime
# Minister Y", "Z, Defence Secretary of Pakistan, who was in Sri Lanka ..., called on President W", "... paid a courtesy
# call on the Deputy Minister of Defence, Major General V": a person whose state is only the home-state fallback,
# called on (alone or in a list) by the sentence's nearest earlier person, whose own post names that same state, sits
# across the table from the caller: the report's other main state (`_other_side`), or none. Run after the events, as
# `outlet-home-post` is: meetings merge on their people's states.
_CALLED_ON = re.compile(r"\b(?:call(?:ed|s|ing)?|(?:paid|pays|paying|made|makes|making|hold|holds|held)\s+(?:a\s+)?"
                        r"(?:separate\s+)?(?:courtesy\s+)?calls?)\s+on\b")
# a state named as where the caller is ("During his stay in Sri Lanka, he paid courtesy calls on ...") is the host's
_PLACE_BEFORE = re.compile(r"\b(?:in|to|at|from|for|visit\w*|arriv\w*|tour\w*|stay\w*)\s+(?:the\s+)?$")
# the list of those called on ends at a clause: "..., and discussed", "; he later met"
_CALLED_LIST_END = re.compile(r";|\b(?:and\s+(?:discussed|held|exchanged|met|reviewed)|who|which|while|where|said|says|"
                              r"after|before|during)\b")
# `called-on-exhortation`: "called on President Y to release the detainees" asks something of Y, no courtesy call
_CALLED_TO_ACT = re.compile(r"\s*(?:,[^,;]{0,80},\s*)?\s+to\s+(?!(?:discuss|brief|exchange|review|congratulate|"
                            r"bid|convey|seek|pay|present|deliberate)\b)[a-z]+")


def _called_on_by_same_state(ctx: Context, person: Person) -> bool:
    """A mention of the person is the object of a courtesy call made from the person's (fallback) state: by a caller
    whose post names it, or, with no such caller, by a subject that names only that state."""
    for pm, s in _mentions_with_sentence(ctx, person):
        call = None
        for m in _CALLED_ON.finditer(ctx.text, s.start, pm.start):
            call = m
        if call is None or _CALLED_LIST_END.search(ctx.text, call.end(), pm.start) \
                or _QUOTE_MARK.search(ctx.text, s.start, pm.start) or _CALLED_TO_ACT.match(ctx.text, pm.end):
            continue
        callers = [o for o in ctx.person_mentions if s.start <= o.start < call.start() and o.key != person.key]
        caller = ctx.persons.get(callers[-1].key) if callers else None
        if caller is not None and caller.key in ctx.person_explicit_country:
            if caller.country == person.country:
                return True
            continue
        # the caller's side named in the subject, not as a place: "of the Armed Forces Division of Bangladesh, Lt Gen
        # X, called on ...", "Commander Sri Lankan Army ... called on ..." (not "During his stay in Sri Lanka, he ...")
        named = ctx.countries_in(s.start, call.start())
        if named and all(cm.key == person.country and not _PLACE_BEFORE.search(ctx.text, s.start, cm.start)
                         for cm in named):
            return True
    return False


def called_on_host_states(ctx: Context) -> None:
    """`called-on-host` (see `_CALLED_ON`): the host a same-state caller called on takes the other main state."""
    _away_from_fallback(ctx, _called_on_by_same_state)


def _away_from_fallback(ctx: Context, away: Callable[[Context, Person], bool], *, title_side: bool = False) -> None:
    """Each person whose state is only the home-state fallback and whom ``away`` shows on the other side takes the
    report's other main state (or none), with the roles that had the old one. With ``title_side``
    (`visitor-title-side`), a visitor whose title names a side other than that one gets none."""
    title_states = _title_states(ctx) if title_side else set()
    for key in sorted(ctx.home_fallback):
        person = ctx.persons.get(key)
        if person is None or person.country is None or not away(ctx, person):
            continue
        spans = {(e.start, e.end) for role in person.roles for e in role.support.evidence}
        old, new = person.country, _other_side(ctx, person, person.country, spans)
        titled = title_states - {old}
        if titled and new not in titled:
            new = None  # the title names the visitor's side, and not the one counted most
        person.country = new
        for role in person.roles:
            if role.country == old:
                role.country = new
        ctx.home_fallback.discard(key)  # settled by its own sentence: no outlet's state overrides it


# The visitor is not of the host's state (`visitor-of-host`): "Amir of Kuwait Sheikh X received Minister of Interior
# Prince Y", "Hulusi Akar received Z with an official ceremony", "... hosted Foreign Minister W and Defence Minister V
# in London", "Serbian President A and visiting Vice Chairman B", "during an official trip to London by Crown Prince C":
# a person whose state is only the home-state fallback, who is received, welcomed or hosted by someone of that same
# state, or called "visiting", or named as the one making a trip to that state, is away from home:
# the report's other main state (`_other_side`), or none. Run after the events, as `called-on-host` is.
_TITLE_RUN = r"(?:(?:[A-Z][\w.'’-]*|of|the|and|for|de|al|bin)\s+){0,8}"
_RECEIVED = re.compile(r"\b(?:received|receives|receiving|welcomed|welcomes|welcoming|hosted|hosts|hosting)\s+"
                       r"(?:the\s+)?(?:visiting\s+)?" + _TITLE_RUN + r"$")
_VISITING = re.compile(r"\bvisiting\s+" + _TITLE_RUN + r"$")
_TRIP_BY = re.compile(r"\b(?:visit|trip|tour)\s+(?:to|of)\s+(?:the\s+)?(?P<place>[^.;,]{1,40}?)\s+by\s+(?:the\s+)?"
                      + _TITLE_RUN + r"$")
# `visitor-received-own`: the one received came with the visitor ("..., accompanying Saudi Minister Y"), or the host
# is an envoy abroad ("Ambassador X received Interior Minister Z" in the host country): the host's own.
_WITH_THE_VISITOR = re.compile(r"\s*,?\s*(?:who\s+(?:is|was)\s+)?accompany\w*\b")
# `visitor-not-host-subject`: the host is the subject of the reception ("Y, Minister of State for Defence, yesterday
# received"), not "... to Prime Minister Y, after having received", nor "When welcoming Y and the ... delegation"
_NOT_THE_HOST = re.compile(r"\b(?:after|before|when|while|having|who|which|that|said|says|told)\b|[;:\"“”]")
_ENVOY = re.compile(r"\b(?:ambassador|envoy|high\s+commissioner|consul|charg[eé]|attach[eé]|embassy)\b", re.I)


def _received_by_same_state(ctx: Context, person: Person, pm: Mention, s) -> bool:
    """The mention is the object of a reception whose host (the nearest person ahead of the verb, its subject) has the
    person's (fallback) state and holds no envoy's post: the two cannot both be at home."""
    verb = _RECEIVED.search(ctx.text, s.start, pm.start)
    if verb is None or _WITH_THE_VISITOR.match(ctx.text, pm.end):
        return False
    hosts = [o for o in ctx.person_mentions if s.start <= o.start and o.end <= verb.start() and o.key != person.key]
    host = ctx.persons.get(hosts[-1].key) if hosts else None
    return host is not None and host.country == person.country \
        and not _NOT_THE_HOST.search(ctx.text, hosts[-1].end, verb.start()) \
        and not any(_ENVOY.search(r.title) for r in host.roles)


def _is_visitor(ctx: Context, person: Person) -> bool:
    for pm, s in _mentions_with_sentence(ctx, person):
        if _QUOTE_MARK.search(ctx.text, s.start, pm.start):
            continue
        if _received_by_same_state(ctx, person, pm, s) or _VISITING.search(ctx.text, s.start, pm.start):
            return True
        trip = _TRIP_BY.search(ctx.text, s.start, pm.start)
        if trip and any(cm.key == person.country for cm in ctx.countries_in(trip.start("place"), trip.end("place"))):
            return True
    return False


def visitor_states(ctx: Context) -> None:
    """`visitor-of-host` (see `_RECEIVED`): the visitor a host of the fallback state receives takes the other side."""
    _away_from_fallback(ctx, _is_visitor, title_side=True)
