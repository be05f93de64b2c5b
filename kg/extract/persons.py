"""People and their posts: title chains before or after a name, appositives, descriptors, short references."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract import reference
from kg.extract.context import Context, Mention
from kg.extract.model import Person, Role, Support
from kg.extract.names import CAP, NAME, NAME_AT_END_RE, NAME_RE, STOP_WORDS, clean_name, person_key, slug, tokens
from kg.extract.sentences import Sentence

_JOIN = re.compile(r"\s*(?:,|and|&)\s*(?:the\s+)?$|^\s+(?:and|&)\s+$|^\s*,\s*$")
_NAME_AFTER = re.compile(rf"^\s*(?:\([A-Z]{{2,6}}\)\s*)?(,\s*)?({NAME})")
_PAREN_TITLE = re.compile(r"^\s*\(")
_TRUNCATED = re.compile(r"^\s*\[(?:\.\.\.|…)\]")
# Words before a bare name that mark it as a person ("Khalistani terrorist Gurpatwant Singh Pannun").
_DESCRIPTOR = re.compile(
    rf"(?<![\w])(?:terrorist|coordinator|leader|activist|gangster|separatist|extremist|commander|militant|founder|"
    rf"diplomat|journalist|businessman|official|counterpart|spokesperson|spokesman|lawyer|analyst|envoy|negotiator|"
    rf"chief|head|aide|suspect|accused|dissident|cleric)\s+({NAME})")
_APPOSITIVE_DESCRIPTOR = re.compile(
    rf"(?<![\w-])({NAME}),\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,4}}?(?:coordinator|leader|activist|terrorist|official|"
    rf"member|founder|commander|spokesperson|chief|head|diplomat|journalist|businessman|gangster|militant)\b")
_HONORIFICS = {"Prince", "Princess", "Sheikh", "Sheikha", "Dr", "Dr.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Sir",
               "Dame", "Lord", "Lady", "Shri", "Smt", "Smt.", "Emir", "King", "Queen"}
_POST_DESCRIPTOR = re.compile(r"^,\s+(?:a|an|the)\s+(?:(?:key|senior|top|former|prominent|chief|self-styled)\s+)*"
                              r"(?P<post>(?:[A-Z][\w-]*\s+){1,4}(?:coordinator|leader|commander|founder|chief|head|"
                              r"spokesperson|member|official))\b")
_SPEECH = re.compile(rf"(?<![\w-])({NAME})\s+(?:said|says|told|added|stated|noted|wrote|announced|met|held|visited|"
                     rf"urged|warned|called|emphasi[sz]ed|stressed|highlighted)\b")
_COUNTERPART = re.compile(rf"(?P<adj>[A-Z][a-z]+)\s+counterpart,?\s+(?P<name>{NAME})")
_OF_COUNTRY = re.compile(r"^\s+(?:to\s+the\s+(?:Prime\s+Minister|President|Premier)\s+)?of\s+(?:the\s+)?(?P<c>[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)")
_TO_ADJ_LEADER = re.compile(r"^\s+to\s+the\s+(?P<c>[A-Z][a-z]+)\s+(?:Prime\s+Minister|President|Premier|Chancellor)\b")
_TO_PLACE = re.compile(r"^\s+to\s+(?:the\s+)?(?P<c>[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)")
_FIELDS = ("Affairs|Defence|Defense|Security|Safety|Home|Foreign|External|Finance|Commerce|Trade|Industry|Health|"
           "Education|Justice|Immigration|Citizenship|Refugees|Public|National|International|Development|Energy|"
           "Environment|Agriculture|Interior|Internal|Economic|Economy|Emergency|Preparedness|Intelligence|"
           "Information|Broadcasting|Communications|Transport|Labour|Labor|Employment|Law|Legal|Parliamentary|"
           "Veterans|Border|Customs|Revenue|Treasury|Cooperation|Relations|Diaspora|Overseas|Indians|Women|Youth|"
           "Science|Technology|Digital|Innovation|Infrastructure|Housing|Culture|Tourism|Sport|Mines|Minerals|"
           "Natural|Resources|Fisheries|Oceans|Water|Petroleum|Gas|Oil|Power|Railways|Civil|Aviation|Shipping|"
           "Ports|Finance|Planning|Statistics|Heritage|Crown-Indigenous|Indigenous|Northern|Defence Production")
_FOR_FIELD = re.compile(rf"^\s+(?:for|of)\s+(?:the\s+)?((?:{_FIELDS})(?:,?\s+(?:and\s+)?(?:{_FIELDS}))*)\b")
_FIELD_BEFORE = re.compile(rf"(?<![\w-])((?:{_FIELDS})(?:\s+(?:and\s+)?(?:{_FIELDS}))*)\s+$")
_OF_ORG = re.compile(r"^\s+of\s+(?:the\s+)?")
_OFFICE_AFTER = re.compile(r"^(?:['’]s)?\s+(?:Office|Secretariat|House|Media)\b")


@dataclass
class Chain:
    """One or more titles in a row ("Deputy Prime Minister and Foreign Minister"), with what qualifies them."""

    start: int                      # offsets within the sentence
    end: int
    titles: list[tuple[str, str]] = field(default_factory=list)   # (wording, normalised)
    country: str | None = None
    org_key: str | None = None
    lower: bool = False
    prefix_start: int = 0           # where "India's" / "the Canadian" / "MEA" before the title begins


def _country_of(word: str) -> str | None:
    return reference.countries().code(re.sub(r"['’]s$", "", word.strip()))


def _chains(s: Sentence, ctx: Context) -> list[Chain]:
    titles = reference.titles()
    chains: list[Chain] = []
    for m in titles.pattern.finditer(s.text):
        wording = m.group()
        normal = titles.normal[wording.lower()]
        lower = wording[0].islower()
        if wording.isupper() and len(wording) <= 4 and wording != m.group().upper():
            continue
        if len(wording) <= 4 and not wording.isupper() and wording.lower() in ("pm", "nsa", "eam", "fm", "nsia", "gen"):
            continue  # acronym titles only in capitals
        end = m.end()
        rest = s.text[end:]
        # "Minister for Public Safety", "Secretary of Homeland Security": the field is part of the post.
        field_m = _FOR_FIELD.match(rest)
        if field_m and normal in ("Minister", "Secretary", "Minister of State", "Director", "Chief") \
                and _country_of(field_m.group(1)) is None:
            wording = s.text[m.start():end + field_m.end()]
            normal = f"{normal} of {field_m.group(1)}" if normal != "Minister of State" else f"Minister of State for {field_m.group(1)}"
            end += field_m.end()
            rest = s.text[end:]
        # "Foreign Affairs Minister", "Immigration Secretary": field words before the post are part of it.
        pre = _FIELD_BEFORE.search(s.text, max(0, m.start() - 60), m.start())
        if pre and normal in ("Minister", "Secretary") and (not chains or chains[-1].end <= pre.start(1)):
            wording = s.text[pre.start(1):end]
            normal = f"{pre.group(1)} {normal}"
            m_start = pre.start(1)
        else:
            m_start = m.start()
        if chains and chains[-1].end <= m.start() and _JOIN.match(s.text[chains[-1].end:m.start()]) \
                and not re.search(r"[a-z]", s.text[chains[-1].end:m.start()].replace("and", "").replace("the", "")):
            chain = chains[-1]
        else:
            if chains and m.start() < chains[-1].end:
                continue
            chain = Chain(start=m_start, end=end, lower=lower)
            chains.append(chain)
            chain.country, chain.org_key = _prefix(s.text[:m_start], s, ctx)
            chain.prefix_start = m_start - len(_PREFIX.search(s.text, max(0, m_start - 60), m_start).group()) \
                if (chain.country or chain.org_key) else m_start
        chain.end = end
        chain.titles.append((wording, normal))
        chain.lower = chain.lower and lower
    for chain in chains:
        rest = s.text[chain.end:]
        for pattern, serves in ((_OF_COUNTRY, True), (_TO_ADJ_LEADER, True), (_TO_PLACE, False)):
            m = pattern.match(rest)
            if not m:
                continue
            place, cut = _place_prefix(m.group("c"))
            if place is None:
                continue
            end = m.end() - cut
            if serves:  # "Adviser of Canada", "Advisor to the Prime Minister of Canada": the post serves Canada
                chain.country = chain.country or place
            wording, normal = chain.titles[-1]
            chain.titles[-1] = (wording + s.text[chain.end:chain.end + end], normal)
            chain.end += end
            break
    for chain in chains:
        if chain.country is None:
            hints = {titles.country.get(normal) for _, normal in chain.titles} - {None}
            if len(hints) == 1:
                chain.country = hints.pop()  # "External Affairs Minister" is India's post
        of = _OF_ORG.match(s.text[chain.end:])
        if of and not chain.org_key:
            at = s.start + chain.end + of.end()
            org = next((om for om in ctx.org_mentions if om.start == at), None)
            if org:
                chain.org_key = org.key
                chain.country = chain.country or (ctx.organizations[org.key].country)
                wording, normal = chain.titles[-1]
                chain.titles[-1] = (wording + s.text[chain.end:org.end - s.start], normal)
                chain.end = org.end - s.start
    kept: list[Chain] = []
    for chain in chains:  # a title swallowed by the one before ("to the Prime Minister of Canada") is not its own
        if kept and chain.start < kept[-1].end:
            continue
        kept.append(chain)
    return kept


def _place_prefix(words: str) -> tuple[str | None, int]:
    """Country code of the country/capital at the start of ``words`` and how many characters to give back."""
    countries = reference.countries()
    if _country_of(words):
        return _country_of(words), 0
    if words in countries.cities:
        return countries.cities[words], 0
    first = words.split()[0]
    if len(words.split()) > 1:
        code = _country_of(first) or countries.cities.get(first)
        if code:
            return code, len(words) - len(first)
    return None, 0


_PREFIX = re.compile(r"(?:the\s+)?([A-Z][A-Za-z.]+(?:\s+[A-Z][a-z]+)?)(?:['’]s)?\s+$")


def _prefix(before: str, s: Sentence, ctx: Context) -> tuple[str | None, str | None]:
    """The country ("India's", "Canadian", "US") or body ("MEA") named just before a title."""
    cut = max(0, len(before) - 60)  # "$"-anchored searches scan from every start: look at the tail only
    m = _PREFIX.search(before, cut)
    if not m:
        return None, None
    word = m.group(1)
    code = _country_of(word) or _country_of(word.split()[-1])
    if code:
        return code, None
    for om in ctx.org_mentions:
        if om.end == s.start + m.end(1) or om.end == s.start + m.start(1) + len(word):
            org = ctx.organizations.get(om.key)
            return (org.country if org else None), om.key
    return None, None


def find(ctx: Context) -> None:
    """Fill ctx.persons and ctx.person_mentions; then resolve short references ("Doval", "the NSA")."""
    singles: list[tuple[Sentence, int, int, str, Chain | None]] = []
    counterparts: list[tuple[Sentence, re.Match[str]]] = []
    author = ctx.doc.author.strip()
    for s in ctx.reporting():
        chains = _chains(s, ctx)
        claimed: list[tuple[int, int]] = []
        for i, chain in enumerate(chains):
            after = _NAME_AFTER.match(s.text[chain.end:])
            name_after = clean_name(after.group(2)) if after else None
            if name_after and not after.group(2).startswith(name_after):
                skipped = after.group(2)[:after.group(2).find(name_after)].split()
                if not all(w in _HONORIFICS for w in skipped):
                    name_after = None  # the run started with a non-name word: not a name right after the title
            before = NAME_AT_END_RE.search(s.text[max(0, chain.prefix_start - 120):chain.prefix_start])
            name_before = clean_name(before.group(1)) if before and not chain.lower or before and chain.lower else None
            if name_before and not before.group(1).endswith(name_before):
                name_before = None
            use_after = name_after and (not after.group(1) or not name_before)
            if chain.lower and use_after and len(tokens(name_after)) < 2:
                use_after = False
            if use_after:
                start = s.start + chain.end + after.start(2) + after.group(2).find(name_after)
                end = start + len(name_after)
                if _TRUNCATED.match(s.text[end - s.start:]):
                    continue
                if len(tokens(name_after)) == 1:
                    singles.append((s, start, end, name_after, chain))
                else:
                    _add(ctx, s, start, end, name_after, chain, rule="title-name")
                claimed.append((chain.start, chain.end))
                # "Mexican President X and Foreign Secretary Y": the nationality carries over the "and".
                if i + 1 < len(chains) and chains[i + 1].country is None and chain.country and \
                        re.fullmatch(r"\s+and\s+", s.text[end - s.start:chains[i + 1].start]):
                    chains[i + 1].country = chain.country
            elif name_before:
                start = s.start + max(0, chain.prefix_start - 120) + before.start(1) + before.group(1).index(name_before)
                end = start + len(name_before)
                _add(ctx, s, start, end, name_before, chain, rule="name-appositive-title")
                claimed.append((chain.start, chain.end))
            elif not chain.lower and not _OFFICE_AFTER.match(s.text[chain.end:]) \
                    and not re.match(r"^\s+[A-Z]", s.text[chain.end:]):  # "General Assembly" is not a general
                ctx.title_refs.append(Mention(start=s.start + chain.start, end=s.start + chain.end,
                                              key="", text=s.text[chain.start:chain.end]))
                ctx.title_refs[-1].chain = chain  # type: ignore[attr-defined]
        for pattern, rule in ((_DESCRIPTOR, "descriptor-name"), (_APPOSITIVE_DESCRIPTOR, "name-appositive"),
                              (_SPEECH, "name-verb")):
            for m in pattern.finditer(s.text):
                name = clean_name(m.group(1))
                if not name or len(tokens(name)) < 2 or (author and name == author):
                    continue
                start = s.start + m.start(1) + m.group(1).index(name)
                chain = None
                post = _POST_DESCRIPTOR.match(s.text[m.end(1):]) if rule == "name-appositive" else None
                if post:
                    # "Inderjeet Singh Gosal, a key Khalistan Referendum coordinator": a post named by its holder's job.
                    chain = Chain(start=m.end(1), end=m.end(1) + post.end(), titles=[(post.group("post"), post.group("post"))])
                _add(ctx, s, start, start + len(name), name, chain, rule=rule, confidence=0.7)
        for m in _COUNTERPART.finditer(s.text):
            counterparts.append((s, m))
    for s, m in counterparts:
        _counterpart(ctx, s, m)
    for s, start, end, name, chain in singles:
        key = _resolve_token(ctx, name)
        if key:
            _mention(ctx, key, start, end, name)
            _add_roles(ctx, ctx.persons[key], s, chain)
        else:
            _add(ctx, s, start, end, name, chain, rule="title-surname", confidence=0.75)
    _bare_names(ctx)
    _merge_initials(ctx)
    _aliases(ctx)
    _title_refs(ctx)
    for key, person in ctx.persons.items():
        international = any(r.organization and ctx.organizations[r.organization].country is None for r in person.roles)
        if person.country is None and not international:
            person.country = ctx.home_country
        for role in person.roles:
            role.country = role.country or person.country


def _bare_names(ctx: Context) -> None:
    """A name with no title ("Hardeep Singh Nijjar was killed") counts when its surname recurs on its own later
    ("Nijjar's killing"): that is how reports refer back to people, and place or body names rarely do it."""
    known = [(m.start, m.end) for m in ctx.person_mentions] + [(m.start, m.end) for m in ctx.org_mentions]
    for s in ctx.reporting():
        if s.index in ctx.headlines:
            continue
        for m in NAME_RE.finditer(s.text):
            name = clean_name(m.group())
            if not name or not m.group().endswith(name):
                continue
            start = s.start + m.end() - len(name)
            if start == s.start or any(a < start + len(name) and start < b for a, b in known):
                continue  # sentence-initial capitals prove nothing
            if not 2 <= len(tokens(name)) <= 4 or name == ctx.doc.author.strip():
                continue
            last = tokens(name)[-1]
            if last.lower() in reference.titles().normal or len(last) < 3:
                continue
            if any(_lone(ctx.text, x) for x in re.finditer(rf"(?<![\w-]){re.escape(last)}(?![\w-])", ctx.text)
                   if not start <= x.start() < start + len(name)):
                _add(ctx, s, start, start + len(name), name, None, rule="bare-name-recurring-surname", confidence=0.6)


def _lone(text: str, m: re.Match[str]) -> bool:
    """The surname stands alone: no capitalised word right before or after it (it is not "Uttar Pradesh")."""
    before = re.search(r"(\S+)\s+$", text[max(0, m.start() - 30):m.start()])
    after = re.match(r"^(?:['’]s)?\s+(\S+)", text[m.end():m.end() + 30])
    if before and before.group(1)[0].isupper() and not before.group(1).endswith((".", ":", ",")) \
            and before.group(1) not in ("The", "A", "An", "But", "And", "In", "On", "For", "As"):
        return False
    return not (after and after.group(1)[0].isupper() and not text[m.end():m.end() + 2].startswith(("'", "’")))


def _merge_initials(ctx: Context) -> None:
    """"S Jaishankar" and "Subrahmanyam Jaishankar" in one article are one person, under the fuller name."""
    for short in list(ctx.persons.values()):
        toks = tokens(short.name)
        if len(toks) < 2 or not all(len(t) == 1 for t in toks[:-1]):
            continue
        full = [p for p in ctx.persons.values() if p is not short and tokens(p.name)[-1] == toks[-1]
                and tokens(p.name)[0][0] == toks[0][0] and len(tokens(p.name)[0]) > 1]
        if len(full) != 1:
            continue
        target = full[0]
        for alias in [short.name, *short.aliases]:
            if alias not in target.aliases and alias != target.name:
                target.aliases.append(alias)
        for role in short.roles:
            if role.key not in {r.key for r in target.roles}:
                target.roles.append(role)
        target.support.evidence.extend(e for e in short.support.evidence if e not in target.support.evidence)
        if short.key in ctx.person_explicit_country and target.key not in ctx.person_explicit_country:
            target.country = short.country
            ctx.person_explicit_country.add(target.key)
        for m in ctx.person_mentions:
            if m.key == short.key:
                m.key = target.key
        del ctx.persons[short.key]


def _counterpart(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """"Modi and his Canadian counterpart Mark Carney": Carney is Canadian and holds Modi's post there; Modi is
    from the article's other state."""
    code = _country_of(m.group("adj"))
    key = _mention_key(ctx, s.start + m.start("name"))
    if not code or not key:
        return
    person = ctx.persons[key]
    if key not in ctx.person_explicit_country:
        person.country = code
        ctx.person_explicit_country.add(key)
    before = [pm for pm in ctx.person_mentions if s.start <= pm.start < s.start + m.start() and pm.key != key]
    if not before:
        return
    other = ctx.persons[before[-1].key]
    if other.key not in ctx.person_explicit_country:
        rest = [c for c in ctx.main_countries() if c != code]
        if rest:
            other.country = rest[0]
            ctx.person_explicit_country.add(other.key)
            for role in other.roles:
                role.country = rest[0]
    if not person.roles:
        for role in other.roles:
            person.roles.append(Role(title=role.title, key=role.key, country=code, wording="counterpart",
                                     support=Support(evidence=[ctx.span(s)], rule="counterpart-post", confidence=0.6)))


def _mention_key(ctx: Context, start: int) -> str | None:
    return next((m.key for m in ctx.person_mentions if m.start == start), None)


def _mention(ctx: Context, key: str, start: int, end: int, text: str) -> None:
    if not any(m.start == start and m.key == key for m in ctx.person_mentions):
        ctx.person_mentions.append(Mention(start=start, end=end, key=key, text=text))


def _add(ctx: Context, s: Sentence, start: int, end: int, name: str, chain: Chain | None, *, rule: str,
         confidence: float = 0.9) -> None:
    if name == ctx.doc.author.strip():
        return
    key = person_key(name)
    person = ctx.persons.get(key)
    if person is None:
        person = Person(key=key, name=name, support=Support(evidence=[ctx.span(s)], rule=rule, confidence=confidence))
        ctx.persons[key] = person
    elif name != person.name and name not in person.aliases:
        if len(name) > len(person.name):
            person.aliases.append(person.name)
            person.name = name
        else:
            person.aliases.append(name)
    if ctx.span(s) not in person.support.evidence:
        person.support.evidence.append(ctx.span(s))
    _mention(ctx, key, start, end, name)
    _add_roles(ctx, person, s, chain)


def _add_roles(ctx: Context, person: Person, s: Sentence, chain: Chain | None) -> None:
    if chain is None:
        return
    if chain.country and person.key not in ctx.person_explicit_country:
        person.country = chain.country
        ctx.person_explicit_country.add(person.key)
    for wording, normal in chain.titles:
        title = normal
        if chain.org_key and normal == "Spokesperson":
            title = f"{ctx.organizations[chain.org_key].name} Spokesperson"
        key = slug(title)
        role = next((r for r in person.roles if r.key == key), None)
        if role is None:
            person.roles.append(Role(title=title, key=key, country=chain.country, organization=chain.org_key,
                                     wording=wording.strip(),
                                     support=Support(evidence=[ctx.span(s)], rule="title", confidence=0.85)))
        else:
            if len(wording) > len(role.wording):
                role.wording = wording.strip()
            role.country = role.country or chain.country
            if ctx.span(s) not in role.support.evidence:
                role.support.evidence.append(ctx.span(s))


def _resolve_token(ctx: Context, token: str) -> str | None:
    """A lone capitalised token names a known person when it is one of their name tokens (surname first)."""
    token = re.sub(r"['’]s$", "", token)
    hits = [p.key for p in ctx.persons.values() if len(tokens(p.name)) > 1 and tokens(p.name)[-1] == token]
    if not hits:
        hits = [p.key for p in ctx.persons.values()
                if token in tokens(p.name) or any(token in tokens(a) for a in p.aliases)]
    return hits[0] if len(set(hits)) == 1 else None


def _aliases(ctx: Context) -> None:
    """Later short mentions: a surname or given name alone, or a multi-word surname ("la Fuente")."""
    known = {m.start for m in ctx.person_mentions}
    pattern = re.compile(rf"(?<![\w-])(?:(?:la|de|del|bin|al)\s+)?{CAP}")
    for s in ctx.reporting():
        for m in pattern.finditer(s.text):
            start = s.start + m.start()
            if any(pm.start <= start < pm.end for pm in ctx.person_mentions) or start in known:
                continue
            word = re.sub(r"['’]s$", "", m.group())
            if word in STOP_WORDS:
                continue
            key = None
            for person in ctx.persons.values():
                names = [person.name, *person.aliases]
                if any(n.endswith(" " + word) and " " in word for n in names):
                    key = person.key
            key = key or _resolve_token(ctx, word)
            if key:
                _mention(ctx, key, start, start + len(word), word)
                person = ctx.persons[key]
                if word != person.name and word not in person.aliases:
                    person.aliases.append(word)


def _title_refs(ctx: Context) -> None:
    """"the NSA", "Defence Minister", "the Saudi Crown Prince": the one person in the article holding that post."""
    resolved = []
    for ref in ctx.title_refs:
        chain: Chain = ref.chain  # type: ignore[attr-defined]
        wanted = {slug(normal) for _, normal in chain.titles}
        hits = [p for p in ctx.persons.values() if wanted & {r.key for r in p.roles}]
        if chain.country:
            hits = [p for p in hits if p.country in (None, chain.country) or p.key not in ctx.person_explicit_country]
        if len({p.key for p in hits}) != 1:
            continue
        person = hits[0]
        ref.key = person.key
        resolved.append(ref)
        if chain.country and person.key not in ctx.person_explicit_country:
            person.country = chain.country
            ctx.person_explicit_country.add(person.key)
            for role in person.roles:
                role.country = role.country or chain.country
        alias = ref.text.strip()
        if alias != person.name and alias not in person.aliases and len(alias) > 3 and not re.search(r" (?:to|of) ", alias):
            person.aliases.append(alias)
    ctx.title_refs = resolved
