"""Folds: two bodies of one report that are one body become one, the later one's names its aliases."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.context import Context
from kg.extract.model import Organization
from kg.extract.names import slug
from kg.extract.organizations.patterns import _MINISTRY_FIELD, _OWN_BODY_TAIL, _REMIT
from kg.extract.organizations.readings import _initials, _plain, _STYLE


def _remit_short_forms(ctx: Context) -> None:
    """on-complement short form: "the Joint Permanent Commission on Defence and Security ... the Joint Permanent
    Commission", "United Nations Standing Advisory Committee on Security Questions, known as UNSAC": the name before
    its remit is the same body's short form (an alias, and the words its initials spell); a body found under it
    folds in."""
    for org in [o for o in ctx.organizations.values() if o.support.rule == "org/of-shape"]:
        m = _REMIT.match(org.name)
        if not m or org.key not in ctx.organizations or len(m.group("short").split()) < 2 \
                or not re.search(r"(?:Commission|Committee|Council|Office|Forum)$", m.group("short")):
            continue
        short = m.group("short")
        if short not in org.aliases:
            org.aliases.append(short)
        for other in list(ctx.organizations.values()):
            if other.key != org.key and other.support.rule != "org/known" and \
                    (other.name == short or short.endswith(" " + other.name) and len(other.name.split()) > 1):
                _fold_into(ctx, other.key, org)


def _subunits(ctx: Context) -> None:
    """"Prime Minister's Office Media Wing" is the Prime Minister's Office speaking: fold it in as an alias."""
    for key, org in list(ctx.organizations.items()):
        for other in ctx.organizations.values():
            if other.key != key and _plain(org.name).startswith(_plain(other.name) + " ") and key in ctx.organizations \
                    and org.support.rule != "org/known" \
                    and not org.name[len(other.name):].startswith((" of ", " and ")) \
                    and not _OWN_BODY_TAIL.search(org.name[len(other.name):]):  # "National Police of Colombia",
                # "Ministry of Foreign Affairs and International Co-operation", "ASEAN Secretariat" are bodies of their
                # own, and so is a body of the reference table ("United Nations Mission in South Sudan")
                _fold_into(ctx, key, other)
                break


def _one_body_per_acronym(ctx: Context) -> None:
    """"Islamic Revolutionary Guards Corps (IRGC)" and the table's "Islamic Revolutionary Guard Corps" in one report
    are one body: two bodies going by the same acronym are the first one named."""
    seen: dict[str, str] = {}
    by_short = {a: o for o in ctx.organizations.values() for a in o.aliases if a.isupper()}
    known = reference.organizations().by_word
    for key, org in list(ctx.organizations.items()):
        head, _, rest = org.name.partition(" ")
        whole = ctx.organizations.get(slug(f"{by_short[head].name} {rest}")) if head in by_short and rest else None
        if whole is not None and whole.key != key:
            _fold_into(ctx, key, whole)  # "CSC Secretariat" is the "Colombo Security Conclave Secretariat"
            continue
        # the table's initials only for the table's own body, not for a state's body named by a generic alias
        # ("Russia's Security Council" is no "UNSC")
        table = known[org.name].aliases if org.support.rule == "org/known" and org.name in known \
            and known[org.name].name == org.name else []
        short = [a for a in [org.name, *org.aliases, *table] if a.isupper() and len(a) > 2]
        first = next((seen[a] for a in short if a in seen and seen[a] in ctx.organizations), None)
        if first and first != key:
            ctx.organizations[first].country = ctx.organizations[first].country or org.country
            _fold_into(ctx, key, ctx.organizations[first])
            continue
        for a in short:
            seen.setdefault(a, key)


def _fold_into(ctx: Context, key: str, target: Organization) -> None:
    """The body ``key`` is ``target`` again: its names become aliases, its evidence and mentions move over."""
    org = ctx.organizations.pop(key)
    for alias in [org.name, *org.aliases]:
        if alias not in target.aliases and alias != target.name:
            target.aliases.append(alias)
    target.support.evidence.extend(e for e in org.support.evidence if e not in target.support.evidence)
    for mention in ctx.org_mentions:
        if mention.key == key:
            mention.key = target.key


def _lowercase_aliases(ctx: Context) -> None:
    """"the Kyrgyz border service" after "the Kyrgyz Border Guard Service": a state body written in lowercase whose
    words all stand in a capitalised body of the same state with the same head word is that body again."""
    for key, org in list(ctx.organizations.items()):
        if org.support.rule != "org/state-body":
            continue
        words = set(_plain(org.name).lower().split())
        for other in ctx.organizations.values():
            other_words = _plain(other.name).lower().split()
            # another lowercase state body holds it only when it says more: "Ukrainian forces" after "the Ukrainian
            # defense forces" is that body again, with its qualifier dropped
            if other.key == key or other.support.rule == "org/state-body" and not words < set(other_words) \
                    or other.country != org.country \
                    or not other_words or other_words[-1] != _plain(org.name).lower().split()[-1] \
                    or not words <= set(other_words):
                continue
            _fold_into(ctx, key, other)
            break


def _one_ministry_per_field(ctx: Context) -> None:
    """"Ministry of Defense of Azerbaijan" and "Azerbaijan Defense Ministry" in one report are one body: a state's
    ministry is known by its state and its field, however the words are ordered."""
    seen: dict[tuple[str, str], str] = {}
    for key, org in list(ctx.organizations.items()):
        m = _MINISTRY_FIELD.match(_plain(org.name))
        if not m or not org.country:
            continue
        state = m.group("s1") or m.group("s2")
        if state and reference.countries().code(re.sub(r"['’]s$", "", state)) not in (None, org.country):
            continue
        field = re.sub(r"\s+Affairs$", "", m.group("f1") or m.group("f2")).lower().replace("defense", "defence")
        first = seen.setdefault((org.country, field), key)
        if first == key:
            continue
        _fold_into(ctx, key, ctx.organizations[first])


def _owner_core(name: str) -> tuple[str, str] | None:
    """"Parliament of Georgia" -> ("GE", "parliament"); "South Korea's Defence Media Agency" and "South Korean Defence
    Media Agency" -> ("KR", "defence media agency"): the state a body's name opens or closes with, and the rest."""
    owned = _owner_split(name)
    if owned is None or not re.match(r"[A-Z]", owned[1]) or reference.countries().code(owned[1]):
        return None  # "Indian armed forces" keeps its own case; a lowercase core is _lowercase_aliases' business
    return owned[0], owned[1].lower().replace("defense", "defence")


def _owner_split(name: str) -> tuple[str, str] | None:
    """The state a body's name opens or closes with and the rest, as written: "Japan Self-Defense Forces" ->
    ("JP", "Self-Defense Forces")."""
    countries = reference.countries()
    plain = _plain(name)
    of = re.match(r"^(?P<core>.+?)\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?)$", plain)
    if of and countries.code(of.group("state")) and " of " not in of.group("core"):
        return countries.code(of.group("state")), of.group("core")
    words = plain.split()
    for n in (2, 1):
        owner = re.sub(r"'s$", "", " ".join(words[:n]))
        if len(words) > n and countries.code(owner):
            return countries.code(owner), " ".join(words[n:])
    return None


def _table_acronym_of_a_named_body(ctx: Context) -> None:
    """"the Japanese Self-Defence Forces ... the Air SDF's fighters": initials the reference table gives to another
    body (Syrian Democratic Forces) are, in a report that names a body with those initials and never writes the
    table's body out, that named body's. A table body met only by its initials is dropped for the named one."""
    for key, org in list(ctx.organizations.items()):
        said = {m.text for m in ctx.org_mentions if m.key == key}
        if org.support.rule != "org/known" or not said or not all(re.fullmatch(r"[A-Z]{2,6}", t) for t in said):
            continue
        for other in ctx.organizations.values():
            if other.key == key:
                continue
            forms = [other.name, *other.aliases]
            initials = {_initials(f) for f in forms} | {_initials(o[1]) for o in map(_owner_split, forms) if o}
            if said & initials and not said & set(other.aliases):  # "... (JNIM)": the text's own spelling of the
                # table's body, which _one_body_per_acronym folds into the table's name
                for mention in ctx.org_mentions:
                    if mention.key == key:
                        mention.key = other.key
                other.aliases.extend(sorted(t for t in said if t not in other.aliases))
                other.support.evidence.extend(e for e in org.support.evidence if e not in other.support.evidence)
                del ctx.organizations[key]
                break


def _one_body_per_owner(ctx: Context) -> None:
    """"Parliament of Georgia" and "the Georgian Parliament", "South Korean Defence Media Agency" and "South Korea's
    Defence Media Agency" in one report are one body: the owner may be written as the state's name, its demonym or its
    possessive, before the body or after "of"; the first form found keeps the name, the others become aliases."""
    seen: dict[tuple[str, str], str] = {}
    for key, org in list(ctx.organizations.items()):
        owned = {o for o in map(_owner_core, [org.name, *org.aliases]) if o is not None}
        first = next((seen[o] for o in owned if o in seen and seen[o] in ctx.organizations), None)
        if first is not None and first != key:
            _fold_into(ctx, key, ctx.organizations[first])
            continue
        for o in owned:
            seen.setdefault(o, key)


def _one_body_per_tail(ctx: Context) -> None:
    """tail-name: "the Moroccan-Spanish Permanent Joint Migration Group ... the Migration Group", "Sri Lankan Navy" and
    "Lankan Navy", "Croatian Ministry of Foreign Affairs" and "Ministry of Foreign Affairs" (both Croatia's): a name of
    two words or more that ends a longer body's name in the same report names that body again, and becomes its alias
    (gold files record short forms as aliases). Not a table's body ("Security Council" is the UN's, not the end of
    "Supreme National Security Council"), not when the longer name holds the short one after "of"/"for" (the
    "Public Relations Department of the Iranian Interior Ministry" is a unit of the ministry), nor across states, nor from
    a state's body into one of no state (the "Revolutionary Armed Forces of Colombia" are not Colombia's armed forces)."""
    for short in list(ctx.organizations.values()):
        if short.key not in ctx.organizations or len(short.name.split()) < 2 or short.support.rule == "org/known":
            continue
        longer = next((o for o in ctx.organizations.values() if o.key != short.key and _tail_of(short, o)), None)
        if longer is not None:
            _fold_into(ctx, short.key, longer)


def _tail_of(short: Organization, body: Organization) -> bool:
    if short.country and short.country != body.country:
        return False  # across states, or into a body of no state ("Armed Forces of Colombia" is not the FARC)
    for name in (body.name, *body.aliases):
        head = name[:-len(short.name)]
        if name.endswith(" " + short.name) and not re.search(r"(?<![\w-])(?:of|for|Of|For)(?![\w-])", head):
            return True
    return False


# one-force-per-state: a state's services as a whole, by the words left of a name once its state and a style
# ("Royal", "Republic of") are taken off. Only a service of the whole state: "Second Region Army" is a command, "Quds
# Force" a unit, "Syrian Democratic Forces" no state's forces, so none of them is in the table.
_SERVICE = {**dict.fromkeys(("armed forces", "forces", "military", "military forces", "defence force", "defence forces",
                             "national defence force", "national defence forces", "people's defence force",
                             "people's defence forces", "national armed forces", "self-defence forces"), "whole"),
            **dict.fromkeys(("army", "national army", "people's army", "people's liberation army"), "army"),
            **dict.fromkeys(("police", "police force", "police service", "national police"), "police"),
            "navy": "navy", "air force": "air force", "coast guard": "coast guard"}
# A state's forces as a whole and its army are one actor in news ("the Sudanese and Egyptian armies" are the two
# Armed Forces whose chiefs of staff met); the navy, air force, police and coast guard are bodies of their own.
_LAND = {"whole", "army"}


def _service(org: Organization) -> str | None:
    """The service of a state's own forces a body is ("Royal Moroccan Armed Forces" -> whole, "Sri Lankan army" ->
    army), or None for any other body."""
    if org.kind != "agency" or not org.country:
        return None
    owned = _owner_split(_STYLE.sub("", org.name))
    if owned is None or owned[0] != org.country:
        return None
    core = owned[1].lower().replace("defense", "defence")
    return _SERVICE.get(core)


def _one_force_per_state(ctx: Context) -> None:
    """one-force-per-state: "the Moroccan military" in a report naming the "Royal Moroccan Armed Forces", "the Ugandan
    army" beside the "Uganda People's Defence Force", "Ni-Vanuatu police" beside the "Vanuatu Police": a state's forces
    written generically in lowercase are the body the report names properly for that state and service, not another
    (the golds list the proper name); _lowercase_aliases misses them when the words differ (demonym against name,
    "military" against "Armed Forces"). The land forces as a whole and the army are one service here; a generic name
    goes into a named body first, the same service first; between two generic ones, "forces" goes into the army and a
    later one into the earlier."""
    bodies = [(key, org, _service(org)) for key, org in ctx.organizations.items()]
    bodies = [(key, org, service) for key, org, service in bodies if service is not None]
    for at, (key, org, service) in enumerate(bodies):
        if org.support.rule not in ("org/state-body", "org/armed-forces") or key not in ctx.organizations:
            continue
        fits = []
        for other_at, (other_key, other, other_service) in enumerate(bodies):
            generic = other.support.rule in ("org/state-body", "org/armed-forces")
            if other_key == key or other_key not in ctx.organizations or other.country != org.country \
                    or not (other_service == service or {service, other_service} <= _LAND):
                continue
            if generic and not (other_service == service and other_at < at
                                or (service, other_service) == ("whole", "army")):
                continue
            fits.append((generic, other_service != service, other_at, other))
        if fits:
            _fold_into(ctx, key, min(fits, key=lambda f: f[:3])[3])
