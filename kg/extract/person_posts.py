"""Linking a name to its post: posts that run on into a remit or a name, ranks, styles, "who heads", "who is",
plural and bracketed titles, delegation heads; and the bookkeeping that merges a person's posts at the end."""

from __future__ import annotations

import re

from kg.extract import coreference, ranks, reference, styles
from kg.extract.context import Context
from kg.extract.dates import MONTHS, WEEKDAYS_TITLE
from kg.extract.model import Person
from kg.extract.names import (BODY_OR_POST_WORDS, NAME, STOP_WORDS, caps_initials_vetoed, clean_name, is_caps_initials,
                              person_key, tokens)
from kg.extract.person_roles import _add, _add_roles
from kg.extract.person_states import _state_named
from kg.extract.person_words import _DOTTED, _PLACE_STARTS, _RANK_ABBREVIATIONS, _RANK_WORDS
from kg.extract.posts import _FIELDS as posts_fields, _RANKS, STATE_STYLE, Chain, bare_post, country_of
from kg.extract.posts import INSIDE_REMIT as _INSIDE_REMIT  # `post-inside-remit`
from kg.extract.posts.joining import _named_before
from kg.extract.sentences import Sentence


def _abbreviated_rank(words: list[str]) -> tuple[str, str] | None:
    ranks = [w.rstrip(".") for w in words if w.rstrip(".") in _RANK_WORDS]
    if not ranks or len(ranks) != len([w for w in words if w.rstrip(".") in _RANK_ABBREVIATIONS]):
        return None
    expanded = " ".join(_RANK_WORDS[r] for r in ranks)
    if ranks[-1] == "Brig" and len(ranks) == 1:
        expanded = "Brigadier"
    return " ".join(ranks), expanded


# "the Vice Minister of Internal Order of Peru, Nestor Zegarra", "the Minister of National Defence and Veterans of the
# Homeland, Joao dos Santos": a post's remit runs on in capitalised words (joined by of/for/to/and) up to the comma
# that sets its holder's name in apposition; the whole run is the post, a state at its end is whose post it is.
_CAPWORD = r"[A-Z][\w'’-]*"
_POST_RUNS_ON = re.compile(
    rf"^(?P<rest>(?:\s+{_CAPWORD})*(?:\s+(?:of|for|to|and|on)\s+(?:the\s+)?{_CAPWORD}(?:\s+{_CAPWORD})*){{0,4}})"
    rf"(?=\s*,\s*(?:the\s+)?(?:Rt\.?\s+)?(?:(?:{_DOTTED}|Hon\.?)\s+)?(?P<name>{NAME})(?:\s+MP)?\s*(?:[,;.)(\"“”]|and\b|in\b|(?:has|have|had|was|were|is|said|"
    rf"says|told|met|signed|arrived|participated|led|took|held)\b|$))")
# A state a remit ends in: "of" and its name, in its formal style or not; `state-formal-style`: "to" or "in" and a
# state in its formal style ("... to the Sultanate of Oman"; a plain "to Guyana" is read by _STATE_AT_END).
_STYLED_STATE_IN_REMIT = re.compile(rf"\s+(?:(?P<link>of)\s+(?:the\s+)?(?P<style>{STATE_STYLE}\s+of\s+(?:the\s+)?)?|"
                                    rf"(?P<link2>to|in)\s+(?:the\s+)?(?P<style2>{STATE_STYLE}\s+of\s+(?:the\s+)?))")
_STATE_AT_END = re.compile(rf"\s+(?:of|to)\s+(?:the\s+)?(?P<style>{STATE_STYLE}\s+of\s+(?:the\s+)?)?"
                           r"(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})$")


def _styled_named(style: str | None, words: str) -> str | None:
    """The state ``words`` name after a formal ``style``; the whole when the style is part of the state's own name
    ("the Democratic People's Republic of Korea" is not "Korea")."""
    return style and _state_named(style + words) or _state_named(words) or _demonym_form(words)


# `demonym-form-state`: "the Turkish Republic", "the Kyrgyz Republic": a state's adjective and its form name the state.
_DEMONYM_FORM = re.compile(r"(?P<adj>[A-Z][a-z]+)\s+(?:Republic|Kingdom|Federation)")


def _demonym_form(words: str) -> str | None:
    m = _DEMONYM_FORM.fullmatch(words.strip())
    return country_of(m.group("adj")) if m and m.group("adj") in reference.countries().adjectives else None


def _post_runs_on(s: Sentence, chain: Chain) -> None:
    """Grow the chain's last post over a capitalised remit that ends at the comma before a full name."""
    m = _POST_RUNS_ON.match(s.text[chain.end:])
    if not m or not m.group("rest").strip() or len(m.group("rest").split()) > 14:
        return
    rest, name = m.group("rest"), clean_name(m.group("name"))
    if not name or len(tokens(name)) < 2 \
            or not _opens_name(m.group("name"), name.split()[0], rest, s.text[:chain.prefix_start or chain.start]) \
            or reference.titles().pattern.search(rest) \
            or any(w in WEEKDAYS_TITLE or w.lower() in MONTHS for w in re.findall(r"[A-Z][a-z]+", rest)):
        return
    _grow_post(chain, rest)


# `posted-in-state`: an envoy's or attaché's post "in" a state is where it is posted, not whose it is ("Military
# Attache of the Turkish Republic in the Republic of Kazakhstan X" is Türkiye's attaché), as "to" a state is.
_POSTED_POST = re.compile(r"Ambassador|Commissioner|Envoy|Consul|Attach[eé]|Chargé|Charge")


def _posted(chain: Chain) -> bool:
    return any(_POSTED_POST.search(normal) for _, normal in chain.titles)


def _opens_name(written: str, first: str, rest: str, before: str) -> bool:
    """`remit-rank-name`: the words after the comma open the holder's name, or a rank does ("The High Commissioner of
    Pakistan to Sri Lanka, Major General X,", "the Commander of the Army Training Centre, Major General X,"): the rank
    is the holder's as well (the rank's own chain binds it), and it does not cut the remit off the post. Before a
    rank the run must end as a remit does (a state, a field, a body's word): "Foreign Minister A B, Field Marshal C"
    is a list of holders, the run a name; and no name set off by a comma before the post ("General A, Deputy
    Commissioner for Policing, Lieutenant General B": the post is A's, the rank opens the next item)."""
    if written.startswith(first):
        return True
    at = written.find(f" {first}")
    return at > 0 and ranks.grade_of(written[:at]) is not None and _remit_ends(rest.split()) \
        and not _named_before(re.sub(r"(?:[A-Z][\w'’-]*\s+)+$", "", before))  # "A, Deputy National | Police ..."


def _grow_post(chain: Chain, rest: str) -> None:
    """The chain's last post grown over its capitalised remit ``rest``; a state at the remit's end is whose post."""
    words = rest
    # "... of the United Kingdom of Great Britain and ...", "... of the Republic of Armenia"; `state-formal-style`:
    # "... to the Sultanate of Oman", "... in the Kingdom of Bahrain" (a state after "to" is where the post is sent,
    # not whose it is)
    for of in _STYLED_STATE_IN_REMIT.finditer(rest):
        tail = rest[of.end():].split()
        style = of.group("style") or of.group("style2")
        named = next(filter(None, (_styled_named(style, " ".join(tail[:n])) for n in range(min(4, len(tail)), 0, -1))),
                     None)
        if named and all(w[0].isupper() or w in ("and", "of", "the") for w in tail):
            if of.group("link2") != "to" and not (of.group("link2") == "in" and _posted(chain)):
                chain.country = chain.country or named
            words = rest[:of.start()]
            break
    state = _STATE_AT_END.search(words)
    while state and _styled_named(state.group("style"), state.group("state")):  # "... of Peru", "... to Guyana"
        if chain.country is None or not state.group(0).lstrip().startswith("to"):
            chain.country = chain.country or _styled_named(state.group("style"), state.group("state"))
        words = words[:state.start()]
        state = _STATE_AT_END.search(words)
    wording, normal = chain.titles[-1]
    chain.titles[-1] = (wording + rest, normal + re.sub(r"\s+", " ", words))
    chain.end += len(rest)


# `post-remit-name`: "Minister of Defence of the Republic of Armenia Suren Papikyan received ...", "Minister of Foreign
# and European Affairs Gordan Grlic Radman said", "Cabinet Secretary for Defence Raychelle Awour Omamo, and ...": the
# remit runs on in capitalised words and the holder's name follows with no comma. The remit must end in a word that
# ends remits (a state, a field, a body or post word), the name be two to four name words, then a clause goes on.
# `state-formal-style`: "to" or "in" joins the run only before a state's formal style ("Deputy Prime Minister for
# Defence Affairs in the Sultanate of Oman X", "Ambassador of the Republic of Korea to the Kingdom of Bahrain X").
_REMIT_RUN = re.compile(rf"^(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?|(?:to|in)\s+(?:the\s+)?(?={STATE_STYLE}\s+of\s))?"
                        rf"{_CAPWORD})+")
_REMIT_FIELDS = frozenset(re.sub(r"\s+", "|", posts_fields).split("|"))
_AFTER_HOLDER = re.compile(r"^\s*(?:[,;.)(:\"“”]|(?:and|has|have|had|was|were|is|said|says|told|met|received|signed|"
                           r"arrived|held|hosted|welcomed|visited|noted|stated|stressed|added|exchanged|led|paid|"
                           r"called|expressed|discussed|attended|announced|urged|thanked|will|would|"
                           # `holder-then-past-verb`: any verb in the past ("addressed", "assured") goes on the clause
                           r"[a-z]{3,}ed)\b|$)")


# Styles written between a post's remit and its holder's name: they open the name, never end the remit.
_STYLE_WORDS = frozenset({"Dr", "Mr", "Mrs", "Ms", "Prof", "Professor", "Hon", "Sir", "Dame", "Madam"})
# An adjective's shape ("Western", "Human", "National", "Strategic", "Federal"): it goes before a noun, so a remit
# that seems to end in one goes on into the next capitalised word, which is not the holder's first name.
_REMIT_ADJECTIVE = re.compile(r"(?:ern|al|ic|an|ive)$")


def _remit_ends(words: list[str]) -> bool:
    """The remit's last word(s) close a remit: a state ("of the Republic of Armenia", "of Papua New Guinea"), a field
    ("Foreign and European Affairs"), or a word of bodies and posts ("of the Security Council")."""
    last = re.sub(r"['’]s$", "", words[-1])
    if last in STOP_WORDS and _REMIT_ADJECTIVE.search(last) and last != "Republic" and not (
            last in _REMIT_FIELDS or last.lower() in reference.titles().normal or _state_named(last)):
        return False  # `remit-adjective`: "for the Western | Hemisphere X", "and Human | Mobility X": a noun follows
    if last in _REMIT_FIELDS or last == "Administration" or last in STOP_WORDS or last in BODY_OR_POST_WORDS \
            or last.lower() in reference.titles().normal:
        return True
    return any(_state_named(" ".join(words[-n:])) for n in range(1, min(4, len(words)) + 1))


def _post_runs_into_name(ctx: Context, s: Sentence, chain: Chain) -> tuple[int, int, str, str] | None:
    """`post-remit-name`: where the holder's name after the post's remit begins and ends, the chain grown over the
    remit; None when the run is not remit-then-name."""
    run = _REMIT_RUN.match(s.text[chain.end:])
    if not run:
        return None
    # `remit-name-and`: the run may go on over "and" into the next holder ("Minister of Interior and Administration
    # A and the Minister of Interior of Germany B", "Prime Minister of Papua New Guinea A and Solomon Islands Prime
    # Minister B"): the whole run first, then each cut before an "and"
    found = _remit_run_name(ctx, s, chain, run.group())
    for cut in re.finditer(r"\s+and\s+", run.group()):
        if found is not None:
            break
        found = _remit_run_name(ctx, s, chain, run.group()[:cut.start()], rule="remit-name-and")
    return found


def _remit_run_name(ctx: Context, s: Sentence, chain: Chain, run: str, *, rule: str = "post-remit-name"):
    if _INSIDE_REMIT.search(s.text, max(0, chain.prefix_start - 12), chain.prefix_start):
        return None  # "the Secretary of the Security Council under the President of Uzbekistan A": not the President
    if not re.search(r"\s(?:of|for)\s", s.text[chain.start:chain.end] + run) \
            or not _AFTER_HOLDER.match(s.text[chain.end + len(run):]):
        return None
    words = run.split()
    for n in (4, 3, 2):
        if len(words) < n + 2:
            continue
        name, remit = " ".join(words[-n:]), words[:-n]
        styled = len(remit)
        while styled > 1 and remit[styled - 1].rstrip(".") in _STYLE_WORDS:
            styled -= 1  # `remit-then-style`: "Minister for Pacific Peoples Dr Shane Reti": the style opens the name
        styled -= min(styles.trailing(remit[:styled]), styled - 1)  # and those of styles.STYLES ("... Tan Sri X")
        remit = remit[:styled]
        if clean_name(name) != name or not re.fullmatch(NAME, name) or remit[-1] in ("of", "for", "and", "&", "the") \
                or not _remit_ends(remit) or coreference.is_place(ctx, name) \
                or _state_named(f"{remit[-1]} {name.split()[0]}"):
            continue  # `name-not-state-tail`: "... of Saudi | Arabia Kim Min-soo": the state's last word is no name's
        rest = s.text[chain.end:chain.end + len(run)]
        rest = rest[:[w.start() for w in re.finditer(r"\S+", rest)][len(remit)]].rstrip()  # up to the style or name
        if reference.titles().pattern.search(rest) or len(rest.split()) > 14:
            return None  # another post inside the run: a list of posts, not one remit
        gap = s.text[chain.end + len(rest):]
        start = s.start + chain.end + len(rest) + len(gap) - len(gap.lstrip())
        _grow_post(chain, rest)
        return start, start + len(name), name, rule
    return None


# Words that make a different post of the same kind ("Deputy Prime Minister" is not the Prime Minister; a "former
# President" is not the President now): a post with one of them never stands for the post without it.
_OTHER_POST_WORDS = frozenset("former ex deputy vice first second assistant under acting interim outgoing incoming "
                              "junior principal permanent then designate elect".split())
_POST_SPELLINGS = {"defense": "defence", "advisor": "adviser", "counselor": "counsellor", "councilor": "councillor",
                   "organization": "organisation"}
_POST_FILLERS = frozenset("of the for and affairs in at".split())


def _post_words(title: str) -> frozenset[str]:
    return frozenset(_POST_SPELLINGS.get(w, w) for w in re.findall(r"[a-z]+", title.lower()) if w not in _POST_FILLERS)


def completes(bare: str, fuller: str) -> bool:
    """`bare-post-completed`: ``fuller`` is ``bare`` with what it heads ("Minister" -> "Foreign Minister", "Director" ->
    "Director of Military Operations"): all the bare post's words are among the fuller one's, and the fuller one adds
    no word that makes another post ("Deputy", "former": a Deputy Minister is no Minister)."""
    words, more = _post_words(bare), _post_words(fuller)
    return bool(words) and words < more and not (more - words) & _OTHER_POST_WORDS


_COUNTERPART_RULES = ("counterpart-post", "counterpart-completes-bare", "counterpart-post-translated", "counterparts-respectively", "counterpart-post-late",
                      "counterparts-both-post")


def _own_post_over_counterpart(person: Person) -> None:
    """"Police Commissioner General A held talks with his Kenyan counterpart B. Kenyan Inspector General B said ...":
    the like post a counterpart is given stands in for a post the report does not name; once the report names the
    counterpart's own post (a later sentence, a surname resolved after the counterpart was read), the like post goes.
    A bare post the like post completes ("Minister Kang" of "his South Korean counterpart Kang", the owner a Foreign
    Minister) is no own post: the like post says what the report left out, and the bare one merges into it."""
    like = [r.title for r in person.roles if r.support.rule in _COUNTERPART_RULES]
    if any(r.support.rule not in _COUNTERPART_RULES and r.title not in _RANKS
           and not (bare_post(r.title) and any(completes(r.title, t) for t in like)) for r in person.roles):
        person.roles = [r for r in person.roles if r.support.rule not in _COUNTERPART_RULES]


def _merge_same_posts(person: Person) -> None:
    """One post named twice: "Minister of National Security Peter Bunting ... Minister Bunting", "the Speaker of the
    Georgian Parliament ... the Speaker", "Foreign Minister" and "Minister of Foreign Affairs". A post whose words are
    all among another post's words of the same person is that post said again, unless the fuller one adds a word
    that makes another post ("Deputy", "former")."""
    if len(person.roles) < 2:
        return
    words = [_post_words(r.title) for r in person.roles]
    dropped: set[int] = set()
    for i, role in enumerate(person.roles):
        for j, other in enumerate(person.roles):
            if i == j or j in dropped or not words[i] or not words[i] <= words[j]:
                continue
            if words[i] == words[j] and i < j:
                continue  # the same words twice: the later one goes, the first stays
            if (words[j] - words[i]) & _OTHER_POST_WORDS:
                continue
            if role.title in _RANKS and other.title not in _RANKS:
                continue  # a rank is no post said again: "General X, Chief of the General Staff" holds both
            dropped.add(i)
            other.country = other.country or role.country
            other.support.evidence.extend(e for e in role.support.evidence if e not in other.support.evidence)
            break
    person.roles = [r for i, r in enumerate(person.roles) if i not in dropped]


_DEFINITE_PLURAL = re.compile(r"^(?:The|the|These|these|Both|both)\s+(?P<bare>[A-Za-z ]+)$")


def _plural_antecedent(ctx: Context, at: int, plural: str) -> str:
    """"The defence ministers of Peru and Colombia agreed ... The ministers, A of Peru and B of Colombia, said": a
    definite plural post with no field of its own refers back to the last plural post of its kind named before it
    (up to two sentences back); with none, the bare plural is the post."""
    definite = _DEFINITE_PLURAL.match(plural)
    if not definite:
        return plural
    bare = definite.group("bare")
    if " " in bare.strip():
        return plural  # "The Foreign Ministers": already has its own field
    antecedent = None
    for found in re.finditer(rf"(?<![\w-])((?:foreign|defen[cs]e|interior|justice|finance|trade|home|security)\s+{bare})\b",
                             ctx.text[max(0, at - 500):at], re.IGNORECASE):
        antecedent = found.group(1)
    return antecedent or bare


def _plural_bracketed(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    plural = re.sub(r"^(?:The|These|Both)\s+", "", m.group("t"))
    singular = re.sub(r"ies$", "y", plural) if plural.endswith("ies") else plural[:-1]
    normal = reference.titles().normal.get(singular.lower(), singular)
    for name_group, state_group in (("a", "ca"), ("b", "cb"), ("a2", "ca2"), ("b2", "cb2"), ("a3", "ca3"), ("b3", "cb3")):
        written = m.group(name_group)
        name = clean_name(written) if written else None
        code = country_of(m.group(state_group)) if written else None
        if not name or not written.startswith(name) or len(tokens(name)) < 2 or not code:
            continue
        chain = Chain(start=m.start("t"), end=m.end("t"), titles=[(plural, normal)], country=code)
        start = s.start + m.start(name_group)
        _add(ctx, s, start, start + len(name), name, chain, rule="plural-title-bracketed")
        key = person_key(name)
        ctx.persons[key].country = code
        ctx.person_explicit_country.add(key)


def _delegation_head(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """"Leader of the South African delegation, Mr. X", "the Kenyan delegation, led by X": the head of a state's
    delegation is a post of that state, as the text words it."""
    which, demonym = ("name", m.group("dem")) if m.group("name") else ("name2", m.group("dem2"))
    written = m.group(which)
    name, code, start = clean_name(written), country_of(demonym), s.start + m.start(which)
    if not name or not written.startswith(name) or not code:
        return
    named = next((pm for pm in ctx.person_mentions if pm.start <= start < pm.end
                  and pm.key in ctx.persons and ctx.persons[pm.key].roles), None)
    if named:  # "led by Defence Minister X": the title stays; the delegation says whose minister
        person = ctx.persons.get(named.key)
        if person and person.country is None and named.key not in ctx.person_explicit_country:
            person.country = code
            ctx.person_explicit_country.add(named.key)
        return
    if len(tokens(name)) < 2:
        return
    head = (m.group("head") or "head").lower()
    title = f"{head.capitalize()} of the {demonym} delegation"
    chain = Chain(start=m.start(), end=m.start() + 1, titles=[(title, title)], country=code)
    _add(ctx, s, start, start + len(name), name, chain, rule="delegation-head", confidence=0.8)


# Words of places and facilities named after people ("Prince Sultan Air Base", "Gen Mwai Kibaki Barracks"): a run
# after a style that holds one names the place.
_FACILITY_WORDS = frozenset("""Barracks Base Airbase Airport Road Street Avenue Highway Bridge Hospital University
College School Academy Institute Stadium Mosque Hall Centre Center Port Camp Cantonment Hotel Palace Foundation Award
Prize Park Square Dam Canal Causeway Station Complex Memorial Museum Library Cup Trophy Garrison Field""".split())


def _rank_post(written: str) -> tuple[str, str] | None:
    """"Maj.-Gen." -> ("Maj.-Gen.", "Major General"), "Rear Admiral" -> itself: a rank as a post, None for a style."""
    normal = ranks.grade_of(written)
    return (written, normal) if normal else None


# A family name in capitals after the given names, as some governments write it; the name ends there.
_CAPITALS_SURNAME = re.compile(r"\s([A-Z]{3,}(?:-[A-Z]{3,})?)(?=\s*(?:[,;:.)]|and\b|$))")


def _style_or_rank_name(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """`style-or-rank-name`: the full name after a style or a rank (see _STYLE_OR_RANK_NAME). Vetoes: the name must be
    the whole capitalised run (`style-run-on`: "King Abdul Aziz International Airport", "Prince Sultan Air Base" name
    places), of two words at least (a lone word after "Gen" is often a given name or a body word), and no place,
    body or byline."""
    written = m.group("name")
    name = clean_name(written)
    if not name or name != written or len(tokens(name)) < 2 or name == ctx.doc.author.strip():
        return
    initialed = is_caps_initials(written.split()[0])  # `style-or-rank-initials-name`: "Gen MM Naravane"
    if initialed and caps_initials_vetoed(ctx.text, s.start + m.start("name"), written.split()[0], written.split()[1]):
        return
    if any(tok in _FACILITY_WORDS for tok in tokens(name)):
        return  # `style-run-on`: "Gen Mwai Kibaki Barracks", "Sheikh Zayed Stadium"
    caps = _CAPITALS_SURNAME.match(s.text, m.end("name"))
    if caps and not country_of(caps.group(1)):
        name += caps.group()  # `capitals-surname`: "Honourable Dikgakgamatso Ndelu SERETSE, Minister of ..."
    start = s.start + m.start("name")
    rank = _rank_post(m.group("style"))
    chain = Chain(start=m.start("style"), end=m.end("style"), titles=[rank]) if rank else None
    held = next((pm for pm in ctx.person_mentions if pm.key and pm.start == start and pm.end == start + len(name)), None)
    if held is not None:
        if chain is not None:  # "Gen X, the deputy commander": found by the apposition, a General as well
            _add_roles(ctx, ctx.persons[held.key], s, chain)
        return
    if any(om.start < start + len(name) and start < om.end for om in (*ctx.org_mentions, *ctx.person_mentions)) \
            or coreference.is_place(ctx, name):
        return
    _add(ctx, s, start, start + len(name), name, chain,
         rule="style-or-rank-initials-name" if initialed else "style-or-rank-name", confidence=0.75)


def _who_heads(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """The post is "head of <body>" when a body the organisation shapes found opens the relative clause."""
    name = clean_name(m.group("name"))
    at = s.start + m.end()
    org = next((om for om in ctx.org_mentions if at <= om.start <= at + len("Iran's ") + 12
                and re.fullmatch(r"(?:[A-Z][\w.-]*['’]s\s+)?", ctx.text[at:om.start])), None)
    if not name or not m.group("name").endswith(name) or len(tokens(name)) < 2 or org is None:
        return
    body = ctx.organizations.get(org.key)
    owner = country_of(ctx.text[at:org.start].strip().replace("’s", "").replace("'s", "")) if org.start > at else None
    title = f"head of the {org.text}"
    chain = Chain(start=m.end("name"), end=org.end - s.start, titles=[(title, title)],
                  country=owner or (body.country if body else None), org_key=org.key)
    start = s.start + m.start("name") + m.group("name").index(name)
    _add(ctx, s, start, start + len(name), name, chain, rule="name-who-heads", confidence=0.7)


# "Giang, who is also a Politburo member and Deputy Secretary of the Central Military Commission, applauded ...",
# "Maria Lopes, who is also the Deputy Prime Minister, said": a relative clause after a name lists posts its holder has
# besides the one the report used; each post chain in the clause is the name's.
_WHO_IS = re.compile(rf"(?<![\w-])(?P<name>{NAME}),\s+who\s+(?:is|was|also\s+serves\s+as|serves\s+as|"
                     rf"concurrently\s+serves\s+as)\s+(?:also\s+|currently\s+|now\s+|concurrently\s+)?"
                     rf"(?:(?:the|a|an)\s+)?(?P<posts>[^,;()\"“”]{{3,160}})")
# "a Politburo member", "a Central Committee member": membership of a named body, as the clause words it.
_BODY_MEMBER = re.compile(r"^(?:(?:the|a|an)\s+)?(?P<post>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+member)\b")


def _who_is(ctx: Context, s: Sentence, m: re.Match[str], chains: list[Chain], claimed: list[tuple[int, int]]) -> None:
    """Bind the post chains of a "NAME, who is (also) ..." clause that nothing else bound to the name before it."""
    name = clean_name(m.group("name"))
    if not name or not m.group("name").endswith(name):
        return
    start = s.start + m.end("name") - len(name)
    lo, hi = m.start("posts"), m.end("posts")
    found = [c for c in chains if lo <= c.start < hi and (c.start, c.end) not in claimed]
    if not found or found[0].start != lo and not re.fullmatch(r"\s*(?:(?:the|a|an)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
                                                           r"\s+member\s+and\s+(?:(?:the|a|an)\s+)?",
                                                           s.text[lo:found[0].start]):
        return  # the clause must open with a post (or a body's membership and a post)
    member = _BODY_MEMBER.match(s.text[lo:found[0].start]) if found[0].start != lo else None
    if member:
        found.insert(0, Chain(start=lo, end=lo + member.end(), titles=[(member.group("post"), member.group("post"))],
                              lower=True))
    key = coreference.resolve_token(ctx, name) if len(tokens(name)) == 1 else None
    for chain in found:
        if key:
            _add_roles(ctx, ctx.persons[key], s, chain, rule="who-is-post")
        elif len(tokens(name)) >= 2:
            _add(ctx, s, start, start + len(name), name, None, rule="name-who-is-post", confidence=0.8)
            _add_roles(ctx, ctx.persons[person_key(name)], s, chain, rule="who-is-post")
        else:
            return
        claimed.append((chain.start, chain.end))
        ctx.title_refs[:] = [r for r in ctx.title_refs if r.start != s.start + chain.start]


def _states_person(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """"Hungary's Viktor Orban", "New Zealand's Judith Collins": a full name owned by a state is its politician."""
    code = reference.countries().names.get(m.group("state"))
    name = clean_name(m.group("name"))
    if not code or not name or not m.group("name").startswith(name) or len(tokens(name)) < 2:
        return
    start = s.start + m.start("name")
    if tokens(name)[0] in _PLACE_STARTS or coreference.is_place(ctx, name) \
            or any(om.start < start + len(name) and start < om.end for om in ctx.org_mentions):
        return  # "Brazil's Sao Paulo state", "Brazil's Federal Police"
    _add(ctx, s, start, start + len(name), name, None, rule="state-possessive-name", confidence=0.7)
    key = person_key(name)
    if key in ctx.persons and key not in ctx.person_explicit_country:
        ctx.persons[key].country = code
        ctx.person_explicit_country.add(key)


# Descriptors that are no post in the body named before them ("his PNG counterpart", "Hezbollah politician").
_NO_BODY_POST = frozenset({"counterpart", "suspect", "accused", "politician", "dictator", "ruler", "strongman", "warlord",
                           "assistant", "partner"})


def _body_descriptor(ctx: Context, s: Sentence, m: re.Match[str]) -> Chain | None:
    """"Hamas official Basem Naim", "Taliban commander X": the job in the body named right before it is the post."""
    word_start = m.start()
    org = next((om for om in ctx.org_mentions if om.end == s.start + word_start - 1), None)
    if org is None or org.key not in ctx.organizations:
        return None
    body = ctx.organizations[org.key]
    word = s.text[word_start:m.start(1)].strip().rstrip(",")
    if word in _NO_BODY_POST:
        return None
    span = s.text[org.start - s.start:word_start + len(word)]
    if any(t.end() == len(span) for t in reference.titles().pattern.finditer(span)):
        return None  # "Indian Army chief": the title chain ("Army chief") already names the post
    title = f"{body.name} {word}"
    return Chain(start=org.start - s.start, end=m.start(1), titles=[(s.text[org.start - s.start:m.start(1)].strip(), title)],
                 country=body.country, org_key=body.key, lower=True)


# `plural-title-list`: one plural post shared out over a list of holders, each with their state ("the defence
# ministers A (Estonia), B (Latvia) and C (Lithuania)", "the three attorney generals attended: A of X, B of Y, and C of
# Z"), or the states listed in the same order ("the Foreign Ministers of X, Y and Z A, B and C"; "Presidents A, B and
# C of X, Y and Z, respectively"). The two-holder shapes with a comma are _PLURAL_TITLE's and _PLURAL_BRACKETED's.
PLURAL_LIST_POST = re.compile(
    r"(?<![\w-])(?P<t>(?:(?:[A-Z][a-z]+|foreign|defen[cs]e|interior|justice|finance|trade|home|security|attorney)\s+)?"
    r"(?:[Pp]residents|[Pp]rime [Mm]inisters|[Mm]inisters|[Ss]ecretaries|[Cc]hancellors|[Aa]mbassadors|"
    r"[Gg]enerals|[Ee]nvoys|[Cc]hiefs))(?![\w-])")
_LIST_SEP = re.compile(r",\s+(?:and\s+)?|,?\s+and\s+")
_STATE_WORDS = re.compile(r"(?:the\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})")
_OF_STATES = re.compile(r"\s+of\s+")
_BEFORE_LIST = re.compile(r"\s*,\s*|\s*(?:\s[a-z]+)?\s*:\s*|\s+")  # "ministers, A", "generals attended: A", "ministers A"
_ITEM_STATE = re.compile(r"\s*\(\s*([A-Z][\w ]+?)\s*\)|\s+of\s+")
_NAME_AT = re.compile(NAME)
_RESPECTIVELY = re.compile(r"\s*,?\s+respectively\b")
# `demonyms-in-order` (x24respective): "Azerbaijani and Georgian Defense ministers A and B", "the Slovenian and Croatian
# Interior Ministers, A and B": the states written as adjectives before the plural post, shared out in order.
_DEMONYMS_BEFORE = re.compile(r"(?P<list>(?:[A-Z][a-z]+(?:,\s+|\s+))*?[A-Z][a-z]+,?\s+and\s+[A-Z][a-z]+)\s+$")
# "ministers of internal security, A of X": a plural post's lower-case remit, closed by the comma before the list
_LIST_FIELD = re.compile(r"((?:[a-z]+\s+){0,2}[a-z]+)(?=\s*,)")


def _title_case(post: str) -> str:
    """"Minister of internal security" -> "Minister of Internal Security"."""
    return " ".join(w if w in ("of", "and", "for", "the") else w[:1].upper() + w[1:] for w in post.split())


def _state_at(text: str, pos: int) -> tuple[str, int] | None:
    """The state named at pos, the longest run of capitalised words that is one ("Georgia" of "Georgia Vigen")."""
    m = _STATE_WORDS.match(text, pos)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):
        code = country_of(" ".join(words[:n]))
        if code:
            return code, m.start(1) + len(" ".join(words[:n]))
    return None


def _states_list(text: str, pos: int) -> tuple[list[str], int]:
    """"X, Y and Z" from pos: the states in order and where the list ends (no states: [], pos)."""
    states: list[str] = []
    at = pos
    while (found := _state_at(text, at)) is not None:
        states.append(found[0])
        at = found[1]
        sep = _LIST_SEP.match(text, at)
        if not sep or _state_at(text, sep.end()) is None:
            break
        at = sep.end()
    return states, at


def _holders_list(text: str, pos: int) -> tuple[list[tuple[int, str, str | None]], int]:
    """"A (X), B of Y and C" from pos: each holder's offset, name and own state, and where the list ends."""
    items: list[tuple[int, str, str | None]] = []
    at = pos
    while (m := _NAME_AT.match(text, at)) is not None:
        name = clean_name(m.group())
        if not name or not m.group().startswith(name) or country_of(name):
            break  # a lone surname ("Kabarebe") keeps the list going but gets no post here: it is resolved elsewhere
        at, state = m.start() + len(name), None
        own = _ITEM_STATE.match(text, at)
        if own and own.group(1):
            state, at = country_of(own.group(1)), own.end()
        elif own and (found := _state_at(text, own.end())) is not None:
            more = _LIST_SEP.match(text, found[1])
            if more and _state_at(text, more.end()) is not None:
                items.append((m.start(), name, None))  # "A, B and C of X, Y and Z": the states of the whole list
                break
            state, at = found
        items.append((m.start(), name, state))
        sep = _LIST_SEP.match(text, at)
        if not sep or not _NAME_AT.match(text, sep.end()):
            break
        at = sep.end()
    return items, at


def _plural_title_list(ctx: Context, s: Sentence, m: re.Match[str]) -> None:
    """Each listed holder of the plural post m names gets its singular, for the state beside them or in order."""
    text = s.text
    at = m.end()
    ahead: list[str] = []
    field = ""
    if (of := _OF_STATES.match(text, at)) is not None:
        ahead, at = _states_list(text, of.end())
        if not ahead and (remit := _LIST_FIELD.match(text, of.end())) is not None:
            field, at = f" of {remit.group(1)}", remit.end(1)  # "The ministers of internal security, A of X, ..."
        elif not ahead:
            return  # "Ministers of Defense of ...": the older shapes' or none
    demonyms = False
    if not ahead and (before := _DEMONYMS_BEFORE.search(text, 0, m.start("t"))) is not None:
        words = re.split(r",\s+(?:and\s+)?|,?\s+and\s+|\s+", before.group("list"))
        states = [country_of(w) for w in words]
        adjectives = reference.countries().adjectives
        if len(states) >= 2 and all(states) and all(w in adjectives for w in words) and len(set(states)) == len(states):
            ahead, demonyms = states, True
    gap = _BEFORE_LIST.match(text, at)
    if gap is None:
        return
    items, end = _holders_list(text, gap.end())
    after: list[str] = []
    if (of := _OF_STATES.match(text, end)) is not None:
        after, tail = _states_list(text, of.end())
        if not _RESPECTIVELY.match(text, tail):
            after = []  # "Presidents A, B and C of X, Y and Z, respectively" only
    in_order = ahead or after
    if len(items) < 3 and not (len(items) == 2 and ahead and (demonyms or not gap.group().strip())):
        return  # two holders with a comma or brackets are the older shapes'
    if in_order and len(in_order) != len(items):
        return  # the states do not pair off with the holders
    definite = re.search(r"(?:^|\s)([Tt]he|[Tt]hese|[Bb]oth)\s+$", text[:m.start("t")])
    written = f"{definite.group(1)} {m.group('t')}" if definite else m.group("t")
    plural = re.sub(r"^(?:The|the|These|these|Both|both)\s+", "", _plural_antecedent(ctx, s.start + m.start("t"), written))
    singular = re.sub(r"ies$", "y", plural) if plural.endswith("ies") else plural[:-1]
    if field:
        plural, singular = plural + field, singular + field
        normal = reference.titles().normal.get(singular.lower()) or _title_case(singular)
    else:
        normal = reference.titles().normal.get(singular.lower(), singular)
    for i, (start, name, own) in enumerate(items):
        code = own or (in_order[i] if in_order else None)
        if not code or len(tokens(name)) < 2:
            continue  # a holder with no state of their own in the list (the post's state is unknown), or a surname
        chain = Chain(start=m.start("t"), end=m.end("t"), titles=[(plural, normal)], country=code)
        _add(ctx, s, s.start + start, s.start + start + len(name), name, None, rule="plural-title-list")
        key = person_key(name)
        _add_roles(ctx, ctx.persons[key], s, chain, rule="plural-title-list")
        ctx.persons[key].country = code
        ctx.person_explicit_country.add(key)
