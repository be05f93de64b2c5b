"""Counterparts: "met his Polish counterpart, X" — the counterpart's post is the like of the owner's, in
the counterpart's state; "counterparts ... respectively"."""

from __future__ import annotations

import re

from kg.extract import coreference
from kg.extract.context import Context, Mention
from kg.extract.model import Person, Role, Support
from kg.extract.names import NAME, slug
from kg.extract.person_posts import completes
from kg.extract.posts import _RANKS, bare_post, country_of
from kg.extract.sentences import Sentence


# "... and their German counterparts Heiko Brandt and Anna Vogel": the second of two counterparts named together.
_SECOND_COUNTERPART = re.compile(rf"\s+and\s+(?P<name>{NAME})")
# Seats in a legislature: posts with no like abroad for a counterpart to hold (`counterpart-no-seat`).
_SEATS = frozenset({"Senator", "MP", "Member of Parliament", "Congressman", "Congresswoman", "Lawmaker", "Legislator"})
# Styles, honorifics and abbreviated ranks before a counterpart's name ("Prince", "Sheikh", "Dr", "Col", "Maj Gen
# (Rtd)"): the person the report found starts after them.
_STYLE_BEFORE_NAME = re.compile(r"(?:(?:Prince|Princess|Sheikh|Sheikha|Shaikh|Sheik|Dr|Mr|Mrs|Ms|Mme|Prof|Professor|"
                                r"Sir|Dame|H\.\s?E|Hon|Datuk|Dato'?|Seri|Tan\s+Sri|Col|Lt|Maj|Gen|Brig|Adm|Capt|Cdr|"
                                r"Colonel|Major|Lieutenant|Captain|Commodore|General|Admiral|Brigadier|Rear|Vice|Air|"
                                r"Marshal|Field)\.?[\s-]+|\((?:[Rr]td|[Rr]etd|[Rr]etired)\.?\)\s+)+(?=[A-Z])")


def _counterpart_state(s: Sentence, m: re.Match[str]) -> str | None:
    """The state the adjective before "counterpart" names, read with the word before it when the two are one
    adjective ("his South Korean counterpart": South Korea, not the Korea "Korean" leaves to guess)."""
    group = "adj" if m.group("adj") else "adj0" if m.group("adj0") else None
    if group is None:
        return None
    two = re.search(r"(?<![\w-])([A-Z][a-z]+)\s+$", s.text[:m.start(group)])
    if two and country_of(f"{two.group(1)} {m.group(group)}"):
        return country_of(f"{two.group(1)} {m.group(group)}")
    return country_of(m.group(group))


def _counterparts_respectively(ctx: Context, s: Sentence, m: re.Match[str]) -> bool:
    """"Foreign Minister A and Defence Minister B will meet their German counterparts C and D": two counterparts
    named together pair, in order, with the two post holders named before them in the sentence; each holds the
    like post of the state the adjective names, and the holders are from the article's other state."""
    if "counterparts" not in m.group(0):
        return False
    second = _SECOND_COUNTERPART.match(s.text, m.end())
    if second is None:
        return False
    keys = [coreference.mention_key(ctx, s.start + m.start("name")),
            coreference.mention_key(ctx, s.start + second.start("name"))]
    if None in keys or keys[0] == keys[1]:
        return False
    owners: list[str] = []
    for pm in sorted(ctx.person_mentions, key=lambda pm: pm.start):
        if s.start <= pm.start < s.start + m.start() and pm.key not in keys and pm.key not in owners:
            owners.append(pm.key)
    owners = owners[-2:]
    if len(owners) != 2 or not all(ctx.persons[o].roles for o in owners):
        return False
    code = _counterpart_state(s, m)
    if code is None:
        mine = next((ctx.persons[o].country for o in owners if ctx.persons[o].country), None) or ctx.home_country
        others = [c for c in ctx.main_countries() if c != mine]
        code = others[0] if mine and others else None
    for owner_key, key in zip(owners, keys):
        person, other = ctx.persons[key], ctx.persons[owner_key]
        if code and key not in ctx.person_explicit_country:
            person.country = code
            ctx.person_explicit_country.add(key)
        if code and owner_key not in ctx.person_explicit_country:
            rest = [c for c in ctx.main_countries() if c != code]
            if rest:
                other.country = rest[0]
                ctx.person_explicit_country.add(owner_key)
        if not all(r.title in _RANKS for r in person.roles):
            continue  # the counterpart's own post is named
        here = [r for r in other.roles if ctx.span(s) in r.support.evidence] or other.roles
        here = [r for r in here if r.title not in _RANKS and not r.organization]
        for role in here[-1:]:
            title = _like_post(role.title, other.country or ctx.home_country, code or person.country)
            person.roles.append(Role(title=title, key=slug(title), country=code or person.country,
                                     wording="counterpart",
                                     support=Support(evidence=[ctx.span(s)], rule="counterparts-respectively",
                                                     confidence=0.6)))
    return True


# A counterpart holds the like post in the state that names it its own way: Britain and the United States call their
# defence and foreign ministers secretaries, the others ministers ("UK Defence Secretary A and his German counterpart
# B": B is Germany's Defence Minister). The other way round ("Defence Minister A and his British counterpart B") is
# left as written: reports and their readers carry the post over as it stands.
_AS_MINISTER = {"defence secretary": "Defence Minister", "defense secretary": "Defense Minister",
                "secretary of defense": "Defense Minister", "secretary of defence": "Defence Minister",
                "secretary of war": "Defense Minister", "secretary of state": "Foreign Minister",
                "foreign secretary": "Foreign Minister"}
_SECRETARY_STATES = ("GB", "US")


# `counterpart-not-acting`: "acting Minister of Interior A and his Algerian counterpart B": acting is how A holds the
# post, not what post it is; B holds the Minister of Interior's post in full.
_HOW_HELD = re.compile(r"^(?:acting|interim|caretaker)\s+", re.IGNORECASE)


def _like_post(title: str, owner_country: str | None, code: str | None) -> str:
    """The post a counterpart from ``code`` holds, like ``title`` held in ``owner_country``."""
    title = _HOW_HELD.sub("", title)
    if owner_country in _SECRETARY_STATES and code and code not in _SECRETARY_STATES:
        return _AS_MINISTER.get(title.lower(), title)
    return title


def _counterpart(ctx: Context, s: Sentence, m: re.Match[str], *, rule: str | None = None) -> None:
    """"Modi and his Canadian counterpart Mark Carney": Carney is Canadian and holds Modi's post there; Modi is
    from the article's other state. ``rule`` names the late pass, which only fills a counterpart still without a post."""
    code = _counterpart_state(s, m)
    key = coreference.mention_key(ctx, s.start + m.start("name"))
    second = _second_counterpart(ctx, s, m, key)
    paired = _paired_states(s, m) if second else None
    if paired:  # "his Latvian and Estonian counterparts A and B": the first adjective is the first name's state
        code = paired[0]
    if rule and key and not _no_post(ctx.persons[key]) \
            and not (second and all(r.title in _RANKS for r in ctx.persons[second].roles)):
        return  # the first pass (or the counterparts' own posts) already gave each a post
    rank = re.match(r"(?:General|Gen\.?|(?:Rear\s+|Vice\s+)?Admiral|Field Marshal|Lieutenant General|Major General|"
                    r"Air (?:Chief )?Marshal|Colonel|Brigadier(?: General)?)\s+",
                    m.group("name"))
    if key is None and rank:  # "his Indonesian counterpart General Prabowo Subianto": the name after the rank
        key = coreference.mention_key(ctx, s.start + m.start("name") + rank.end())
    styled = _STYLE_BEFORE_NAME.match(s.text, m.start("name")) if key is None else None
    if styled:  # `counterpart-styled`: "his Saudi counterpart Prince Faisal bin Farhan", "counterpart, Dr X"
        key = coreference.mention_key(ctx, s.start + styled.end())
    before = [pm for pm in ctx.person_mentions if s.start <= pm.start < s.start + m.start() and pm.key != key]
    if re.match(r"(?:his|her)\b", m.group(0)) and re.match(r"(?:He|She)\s", s.text):
        # "He met A, B, and his counterpart C": "his" is the subject's, the person the report followed before
        prior = [pm for pm in ctx.person_mentions if s.start - 600 < pm.start < s.start and pm.key != key]
        before = prior[-1:] or before
    if not before:  # "Pistorius and his Ukrainian counterpart": a surname whose full name came earlier
        surname = re.search(r"(?<![\w-])([A-Z][\w'’-]+)\s+and\s+$", s.text[:m.start()])
        known = coreference.resolve_token(ctx, surname.group(1)) if surname else None
        if known and known != key:
            before = [Mention(start=s.start + surname.start(1), end=s.start + surname.end(1), key=known,
                              text=surname.group(1))]
    if not code and key and before:  # no adjective, or one that names no state ("his Defence counterpart")
        # "Penny Wong ... with her counterpart Sugiono": the counterpart is from the article's other state.
        mine = ctx.persons[before[-1].key].country or ctx.home_country
        others = [c for c in ctx.main_countries() if c != mine]
        code = others[0] if mine and others else None
    if not code or not key:
        return
    person = ctx.persons[key]
    if key not in ctx.person_explicit_country:
        person.country = code
        ctx.person_explicit_country.add(key)
    if not before:
        return
    other = ctx.persons[before[-1].key]
    if other.key not in ctx.person_explicit_country:
        rest = [c for c in ctx.main_countries() if c != code and c not in (paired or ())]  # the owner is of neither
        if rest:
            other.country = rest[0]
            ctx.person_explicit_country.add(other.key)
            for role in other.roles:
                role.country = rest[0]
    if _no_post(person):  # "his counterpart General X": the rank is no post; "Minister X": a bare post, half of one
        # The matching post: of "Deputy Prime Minister and Defence Minister X", the counterpart is the other
        # side's Defence Minister, the post named last where the two meet.
        here = [r for r in other.roles if ctx.span(s) in r.support.evidence] or other.roles
        # a rank is the person's, not the post matched; the late pass gives none when the owner has only a rank
        here = [r for r in here if r.title not in _RANKS] or (here if rule is None and not styled else [])
        here = [r for r in here if not r.organization]  # a counterpart holds the like post, not in the same body
        # `counterpart-no-seat`: a seat in a legislature is no office another state has a like of ("Senator Johnston
        # described talks with his Indonesian counterpart"): the owner's office named elsewhere stands in for it
        here = [r for r in here if r.title not in _SEATS] or [
            r for r in other.roles if r.title not in _SEATS and r.title not in _RANKS and not r.organization] \
            if here else here
        for role in here[-1:]:
            title = _like_post(role.title, other.country or ctx.home_country, code)
            if not _completes_bare(person, title):
                continue  # `counterpart-bare-other-head`: "Director X" is no Foreign Minister however the owner is
            named = rule or ("counterpart-styled" if styled
                             else "counterpart-completes-bare" if any(bare_post(r.title) for r in person.roles)
                             else "counterpart-post" if title == _HOW_HELD.sub("", role.title) else "counterpart-post-translated")
            person.roles.append(Role(title=title, key=slug(title), country=code, wording="counterpart",
                                     support=Support(evidence=[ctx.span(s)], rule=named, confidence=0.6)))
    if second and person.roles and all(r.title in _RANKS for r in ctx.persons[second].roles):
        # `counterparts-both-post`: "his Latvian and Estonian counterparts A and B" (one owner, two names): the
        # second holds the like post as well, in the second adjective's state when two are named
        _second_holds(ctx, s, person, ctx.persons[second], paired[1] if paired else None)


def _no_post(person: Person) -> bool:
    """The person holds no post the report names in full: ranks only, or bare posts ("Minister Murad") that the like
    post of a counterpart may complete (`counterpart-completes-bare`)."""
    return all(r.title in _RANKS or bare_post(r.title) for r in person.roles)


def _completes_bare(person: Person, title: str) -> bool:
    """Each bare post the person holds is ``title`` cut short: the like post has its head ("Minister" of "Foreign
    Minister"), or the person has no bare post."""
    return all(completes(r.title, title) for r in person.roles if bare_post(r.title) and r.title not in _RANKS)


def _second_counterpart(ctx: Context, s: Sentence, m: re.Match[str], key: str | None) -> str | None:
    """The person of "counterparts A and B" named second, when that is another person than the first."""
    if "counterparts" not in m.group(0) or key is None:
        return None
    second = _SECOND_COUNTERPART.match(s.text, m.end())
    other = coreference.mention_key(ctx, s.start + second.start("name")) if second else None
    return other if other and other != key else None


_PAIRED_ADJECTIVE = re.compile(r"(?<![\w-])([A-Z][a-z]+)\s+and\s+$")


def _paired_states(s: Sentence, m: re.Match[str]) -> tuple[str, str] | None:
    """("LV", "EE") of "his Latvian and Estonian counterparts": each adjective a state, in the order named."""
    group = "adj" if m.group("adj") else "adj0" if m.group("adj0") else None
    if group is None:
        return None
    first = _PAIRED_ADJECTIVE.search(s.text, max(0, m.start(group) - 30), m.start(group))
    codes = (country_of(first.group(1)), country_of(m.group(group))) if first else (None, None)
    return codes if all(codes) and codes[0] != codes[1] else None


def _second_holds(ctx: Context, s: Sentence, first: Person, second: Person, code: str | None) -> None:
    """The second counterpart holds the post the first was given here, in its own state when one is named."""
    role = next((r for r in reversed(first.roles) if r.wording == "counterpart" and r.title not in _RANKS), None)
    if role is None:
        return
    if code and second.key not in ctx.person_explicit_country:  # no state named for it: the first's is no guide
        second.country = code
        ctx.person_explicit_country.add(second.key)
    second.roles.append(Role(title=role.title, key=role.key, country=code, wording="counterpart",
                             support=Support(evidence=[ctx.span(s)], rule="counterparts-both-post", confidence=0.6)))
