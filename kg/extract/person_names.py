"""Finding a person's name and its variants: surnames resolved to full names, echoed and bare names,
titles and names across sentences, list mates."""

from __future__ import annotations

from collections.abc import Iterator

import re
from difflib import SequenceMatcher

from kg.extract import coreference, credits, reference
from kg.extract.context import Context, Mention
from kg.extract.dates import MONTHS, WEEKDAYS_TITLE
from kg.extract.names import (_UP as _UP_LETTERS, CAP, LEADING_RANKS as _LEADING_RANKS, NAME_RE, PARTICLES, STOP_WORDS,
                              clean_name, person_key, slug, tokens)
from kg.extract.person_roles import _add, _add_roles
from kg.extract.person_states import _state_named
from kg.extract.posts import _RANKS, Chain, country_of
from kg.extract.sentences import Sentence


# "the Home Secretary Level Talks", "King Khalid International Airport": a word after a post that runs on into more
# capitalised words that are no name (the name grammar cut them off) names an event, a place or a body, not a holder.
_RUNS_ON = re.compile(r"^(?:['’]s)?\s+([A-Z][a-z]+)")
# ... and "the 8th round of Corps Commander Level talks", "Foreign Secretary Dialogue": words of a meeting's name.
_EVENT_WORDS = frozenset({"Level", "Round", "Talks", "Dialogue", "Summit", "Meeting", "Consultations"})


def _not_a_surname(ctx: Context, name: str, start: int, end: int) -> bool:
    """A lone word after or before a post that no one in the article bears, and that is no surname: a plural
    ("National Security Advisors (NSA)"), a sentence adverb ("Separately, a defence ministry spokesperson"), a word
    of a longer capitalised name ("Home Secretary Level Talks"), or a rank or honorific opening the holder's name
    ("Senior Lieutenant General X")."""
    titles = reference.titles().normal
    if name.endswith("s") and (name[:-1].lower() in titles or name[:-1] in STOP_WORDS):
        return True
    if name.endswith("ly") and re.search(r"(?:^|[.!?]\s+)$", ctx.text[max(0, start - 3):start]) \
            and ctx.text[end:end + 1] == ",":
        return True
    if name in _LEADING_RANKS:
        return True
    if name in _EVENT_WORDS:
        return True  # "Corps Commander Level talks": the word names a meeting or its level, not a holder
    runs_on = _RUNS_ON.match(ctx.text[end:end + 40])
    return bool(runs_on) and runs_on.group(1) in STOP_WORDS and runs_on.group(1) not in WEEKDAYS_TITLE \
        and runs_on.group(1).lower() not in MONTHS


def _known_full_name(surname: str, chain: Chain | None) -> str | None:
    hits = reference.known_people().get(surname, [])
    if chain and chain.country:
        hits = [h for h in hits if h[1] == chain.country]
    return hits[0][0] if len(hits) == 1 else None


_SPOKE = re.compile(r"^(?:['’]s)?\s+(?:also\s+|later\s+)?(?:said|says|told|added|adds|stated|noted|announced|warned|"
                    r"stressed)\b")


def _unheld_speaking_posts(ctx: Context, opener: str):
    """A post no one in the report holds, speaking as the subject of its sentence (what comes before it in the
    sentence matches ``opener``): each with the body's sentences, the sentence's index among them and the chain."""
    body = ctx.body()
    for ref in ctx.title_refs:
        chain: Chain = ref.chain  # type: ignore[attr-defined]
        wanted = {slug(normal) for _, normal in chain.titles}
        if any(wanted & {r.key for r in p.roles} for p in ctx.persons.values()):
            continue
        at = next((i for i, (x, _) in enumerate(body) if x.start <= ref.start < x.end), None)
        if at is None:
            continue
        s, offset = body[at]
        if re.fullmatch(opener, ctx.text[s.start + offset:ref.start]) and _SPOKE.match(ctx.text[ref.end:s.end]):
            yield body, at, chain


def _opening_mention(ctx: Context, sentence: tuple) -> Mention | None:
    """The mention of an untitled person whose name opens the sentence (at its offset), if any."""
    s, offset = sentence
    first = next((m for m in ctx.person_mentions if m.key and m.start == s.start + offset), None)
    return None if first is None or ctx.persons[first.key].roles else first


def _title_then_name(ctx: Context) -> None:
    """"Ghana's National Security Minister said ... . Albert Kan-Dapaah added ...": a post no one holds, speaking
    as a sentence's subject, is held by the untitled person who speaks first in the next sentence."""
    for body, at, chain in _unheld_speaking_posts(ctx, r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,2}"):
        first = _opening_mention(ctx, body[at + 1]) if at + 1 < len(body) else None
        if first is not None and _SPOKE.match(ctx.text[first.end:body[at + 1][0].end]):
            _add_roles(ctx, ctx.persons[first.key], body[at][0], chain)


def _name_then_title(ctx: Context) -> None:
    """"John Healey hailed the pact ... . The Defence Secretary said ...": a definite post no one holds, speaking as
    the subject of a sentence, is the post of the untitled person who opened the sentence before it (the report's
    subject carried over, as _title_then_name carries a post forward to the next sentence's speaker)."""
    for body, at, chain in _unheld_speaking_posts(ctx, r"[Tt]he\s+"):
        first = _opening_mention(ctx, body[at - 1]) if at else None
        if first is not None:
            _add_roles(ctx, ctx.persons[first.key], body[at][0], chain, rule="name-then-title")


# "The deputy foreign minister was in Kabul ...", "X met the Qatari minister of state ...": a post that introduces its
# holder is definite ("the") or a state's ("Pakistan's") and stands alone, the name coming in a later sentence.
_INTRODUCED = re.compile(r"(?:^|(?<![\w-])[Tt]he\s+)$")
_POSSESSED = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)?['’]s\s")


# People found by the shape of their name alone (a surname that recurs, a comma and "a ..."/"the ..." after it): the
# post of an unnamed holder is not carried to them, since on news at large they are places and events as often
# ("Sital Nivas, the official residence", "the Pakistan Day Parade").
_WEAK_NAME_RULES = frozenset({"bare-name-recurring-surname", "bare-name-styled-surname", "name-appositive"})


def _post_then_new_name(ctx: Context, unheld: list[tuple[Sentence, Chain]]) -> None:
    """"ISLAMABAD: The deputy foreign minister was in Kabul on Tuesday ... . Hina Rabbani Khar and Amir Khan Muttaqi,
    the host foreign minister, discussed ...", "Guler met the Qatari minister of state for defense affairs ... . Guler
    and Sheikh Saoud ... exchanged views": news introduces a person by the post first and names them after. A definite
    post no one in the report holds (one of the lead's two sentences, or one a state qualifies) is the post of the
    first person the next two sentences name for the first time, when that person has no post of their own and is of
    no other state."""
    if not unheld:
        return
    body = ctx.body()
    at_of = {x.index: i for i, (x, _) in enumerate(body)}
    first_seen: dict[str, int] = {}
    for m in sorted(ctx.person_mentions, key=lambda m: m.start):
        if m.key:
            first_seen.setdefault(m.key, m.start)
    bound: set[str] = set()
    for s, chain in unheld:
        at = at_of.get(s.index)
        if at is None or any(normal in _RANKS for _, normal in chain.titles) or chain.former:
            continue
        if not (chain.country or at <= 1):
            continue
        offset = body[at][1]
        prefix = s.text[chain.prefix_start:chain.start]
        if not (_INTRODUCED.search(s.text[offset:chain.prefix_start]) or re.match(r"[Tt]he\s", prefix)
                or _POSSESSED.match(prefix)):
            continue
        wanted = {slug(normal) for _, normal in chain.titles}
        if any(wanted & {r.key for r in p.roles} for p in ctx.persons.values()):
            continue
        for x, _ in body[at + 1:at + 3]:
            new = sorted((m for m in ctx.person_mentions if m.key and x.start <= m.start < x.end
                          and first_seen.get(m.key) == m.start), key=lambda m: m.start)
            if not new:
                continue
            person = ctx.persons[new[0].key]
            if person.support.rule in _WEAK_NAME_RULES:
                break  # "... ceremony at Sital Nivas, the official residence": a name only its shape vouches for
            if person.key not in bound and not any(r.title not in _RANKS for r in person.roles) \
                    and (chain.country is None or person.key not in ctx.person_explicit_country
                         or person.country == chain.country):
                bound.add(person.key)
                _add_roles(ctx, person, s, chain, rule="post-then-new-name")
            break


# Capitalised function words that open a phrase, never a person's name.
_NOT_A_GIVEN_NAME = frozenset("from with in at on for by to of into after before during under over since between "
                              "across via amid".split())
_STYLED_SURNAME = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Mme|Dr|Sir|Dame)\.?\s+([A-Z][\w'’-]+)(?![\w-])")


def _bare_names(ctx: Context) -> None:
    """A name with no title ("Hardeep Singh Nijjar was killed") counts when its surname recurs on its own later
    ("Nijjar's killing"): that is how reports refer back to people, and place or body names rarely do it."""
    known = [(m.start, m.end) for m in ctx.person_mentions] + [(m.start, m.end) for m in ctx.org_mentions]
    # the offsets inside those spans: an overlap is a set lookup per offset of the name, not a scan of every span
    covered = {i for a, b in known for i in range(a, b)}
    odd = [(a, b) for a, b in known if a >= b]  # empty or reversed spans keep the plain test
    # surnames written after a style of address anywhere in the article ("Mr Healey"): one scan per article
    styled_surnames = {m.group(1) for m in _STYLED_SURNAME.finditer(ctx.text)}
    for s in ctx.reporting():
        if s.index in ctx.headlines:
            continue
        for m in NAME_RE.finditer(s.text):
            name = clean_name(m.group())
            if not name or not m.group().endswith(name):
                continue
            start = s.start + m.end() - len(name)
            if any(i in covered for i in range(start, start + len(name))) \
                    or any(a < start + len(name) and start < b for a, b in odd):
                continue
            if not 2 <= len(tokens(name)) <= 4 or name == ctx.doc.author.strip():
                continue
            last = tokens(name)[-1]
            if last.lower() in reference.titles().normal or len(last) < 3:
                continue
            # "John Healey hailed the pact ... Mr Healey is making his first visit": the surname again after a
            # style of address says the name is a person's, at the start of a sentence too
            styled = last in styled_surnames
            if not s.text[:start - s.start].strip(" \"“‘'(") and not styled:
                continue  # sentence-initial capitals prove nothing, after an opening quotation mark too ("“From Caracas' ...")
            if tokens(name)[0].lower() in _NOT_A_GIVEN_NAME:
                continue  # `bare-name-preposition`: "From Caracas", "With Beijing": a preposition opens no name
            if coreference.is_place(ctx, name):
                continue  # "officers in Ciudad del Este": a place
            if styled:
                _add(ctx, s, start, start + len(name), name, None, rule="bare-name-styled-surname", confidence=0.7)
            elif any(coreference.lone_at(ctx.text, a, b) for a, b in coreference.occurrences(ctx.text, last)
                     if not start <= a < start + len(name)):
                _add(ctx, s, start, start + len(name), name, None, rule="bare-name-recurring-surname", confidence=0.6)


# `echoed-surname`: a surname that speaks on its own ("Marape acknowledges the agreement", "..., Adikari said",
# "Mr Scher told") names a person; when no person found so far bears it, the report's fuller writing of it ("Prime
# Minister of Papua New Guinea James Marape", "Robert Scher, deputy assistant secretary") gives the full name: the
# one to three given names or initials right before one of its other occurrences.
_ECHO_VERB = (r"(?:['’]s)?\s+(?:also\s+|later\s+|further\s+)?(?:said|says|told|added|adds|stated|noted|announced|"
              r"warned|stressed|acknowledged|acknowledges|explained|insisted|thanked|urged|emphasi[sz]ed|"
              r"underlined|reiterated|argued|pointed\s+out|tweeted|wrote|was\s+quoted|held|met|"
              r"welcomed|visited|received)\b")
# (no "was", "has", "is": places and states take them too, "Aflao has long been a crossing point")
# the lone word as a subject: opening its sentence (after a quotation mark), after a quotation's closing comma, or
# after a style of address anywhere
_ECHO_SUBJECT = re.compile(rf"(?:^[\"“‘']?|[,!?][\"”’']?\s+|(?<![\w-])(?:Mr|Mrs|Ms|Dr)\.?\s+)"
                           rf"(?P<w>{CAP})(?={_ECHO_VERB})")
_GIVEN = re.compile(rf"(?:{CAP}|[{_UP_LETTERS}]\.(?:[{_UP_LETTERS}]\.)*|(?:{'|'.join(PARTICLES)}))")


def _given_names(words: list[str]) -> list[str]:
    """The one to three given names or initials at the end of ``words`` ("James", "W.M.M.R.", "Rajni Kant")."""
    given: list[str] = []
    for word in reversed(words[-3:]):
        if not _GIVEN.fullmatch(word) or word[0].isupper() and not word.endswith(".") and clean_name(word) != word:
            break
        given.insert(0, word)
    while given and given[0].lower() in PARTICLES:
        given.pop(0)
    return given


def _fuller_writing(ctx: Context, word: str, covered: set[int]) -> tuple[Sentence, int, int, str] | None:
    """(sentence, start, end, name) of the first place where given names or initials stand right before ``word``."""
    for a, b in coreference.occurrences(ctx.text, word):
        if a in covered or not re.search(r"\S\s+$", ctx.text[max(0, a - 3):a]):
            continue
        given = _given_names(ctx.text[max(0, a - 60):a].split())
        written = " ".join(given)
        start = ctx.text.rfind(written, max(0, a - 60), a) if given else -1
        name = f"{written} {word}"
        if start < 0 or re.sub(r"\s+", " ", ctx.text[start:b]) != name or any(i in covered for i in range(start, b)):
            continue
        at = next((x for x in ctx.reporting() if x.start <= start < x.end), None)
        if at is not None and at.index not in ctx.headlines:
            return at, start, b, name
    return None


def _post_beside(at: Sentence, start: int, end: int, unheld: list[tuple[Sentence, Chain]]) -> Chain | None:
    """The holderless post right before the name ("Prime Minister of Papua New Guinea James Marape", "Secretary to
    the Ministry ..., W.M.M.R. Adikari") or right after it in apposition ("Robert Scher, deputy assistant
    secretary of defense"): the name found late is its holder."""
    for x, chain in unheld:
        if x.index != at.index:
            continue
        gap = at.text[chain.end:start - at.start]
        if chain.end <= start - at.start and _REMIT_GAP.fullmatch(gap):
            of_state = _GAP_STATE.fullmatch(gap)
            state = _state_named(of_state.group("state")) if of_state else None
            if state and chain.country in (None, state):
                chain.country = state  # "Prime Minister of Papua New Guinea James Marape"
            return chain
        if chain.prefix_start >= end - at.start \
                and re.fullmatch(r"\s*,\s*(?:the\s+|a\s+|an\s+)?", at.text[end - at.start:chain.prefix_start]):
            return chain
    return None


# between a post and its holder's given names: nothing, a comma, or the post's capitalised remit ("Secretary to the
# Ministry of Fisheries and Aquatic Resources Development, W.M.M.R. Adikari")
_REMIT_GAP = re.compile(r"(?:\s+(?:of|for|to|and|the|[A-Z][\w'’&-]*))*\s*,?\s*")
_GAP_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*,?\s*")


def _covered(ctx: Context) -> set[int]:
    """Every character offset a person or body already names."""
    return {i for m in (*ctx.person_mentions, *ctx.org_mentions) for i in range(m.start, m.end)}


def _lone_words(ctx: Context, pattern: re.Pattern[str], covered: set[int], *,
                min_length: int = 1) -> Iterator[tuple[Sentence, int, str]]:
    """(sentence, offset, word) of each lone capitalised word ``pattern`` finds (its group "w") that no person, body,
    place or state already names, once per word, outside headlines."""
    done: set[str] = set()
    for s in ctx.reporting():
        if s.index in ctx.headlines:
            continue
        for m in pattern.finditer(s.text):
            word, start = m.group("w"), s.start + m.start("w")
            if word in done or start in covered or clean_name(word) != word or len(word) < min_length \
                    or coreference.resolve_token(ctx, word) or coreference.is_place(ctx, word) or country_of(word):
                continue
            done.add(word)
            yield s, start, word


def _echoed_surnames(ctx: Context, unheld: list[tuple[Sentence, Chain]]) -> None:
    covered = _covered(ctx)
    for _s, at_word, word in _lone_words(ctx, _ECHO_SUBJECT, covered):
        if (fuller := _fuller_writing(ctx, word, covered)) is not None:
            at, start, end, name = fuller
            _add(ctx, at, start, end, name, _post_beside(at, start, end, unheld), rule="echoed-surname",
                 confidence=0.7)
            covered.update(range(start, end))
        elif not _a_common_word(ctx, word):
            _misspelt_mention(ctx, at_word, word)  # "Shamkani said" beside "Ali Shamkhani": the person found speaks


# `styled-surname`: "Mr Smith said he and ...", "Mr Kan-Dapaah led a delegation", "Dr. Gonsalves also invited":
# a style of address before a lone capitalised word names a person; when no person found so far bears the word and
# the report never writes it more fully (echoed-surname takes that), the surname is the person's name. Veto
# `styled-not-a-surname`: the word is a stop word, post, state, city or place (clean_name, is_place, country_of), or
# more name words follow it (the full name is the name grammar's to read).
_STYLED_LONE = re.compile(rf"(?<![\w-])(?:Mr|Mrs|Ms|Mme|Dr|Dame)\.?\s+(?P<w>{CAP})(?![\w'’-]|\s+[A-Z])")


def _a_common_word(ctx: Context, word: str) -> bool:
    """Veto `common-word`: a capitalised subject the report also writes in lower case ("Sources said ...", "...
    the sources added"), or a word of unnamed sources ("Officials", "Analysts"), is a common noun, not a surname."""
    return bool(credits.UNNAMED.fullmatch(word)) \
        or re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", ctx.text) is not None


def _spelled_like(ctx: Context, word: str) -> str | None:
    """`near-spelling`: the key of the one person found so far with a name word of 4+ letters spelled nearly like
    ``word`` ("Mr Rajapakse" beside "Mahinda Rajapaske", "Colon" beside "Alvaro Colom"), as identity's matching of
    name words does (difflib ratio >= 0.8): the same person misspelled, not a new one."""
    keys = {p.key for p in ctx.persons.values() for w in {t for n in (p.name, *p.aliases) for t in tokens(n)}
            if len(w) >= 4 and w[0] == word[0] and SequenceMatcher(None, w.lower(), word.lower()).ratio() >= 0.8}
    return next(iter(keys)) if len(keys) == 1 else None


def _misspelt_mention(ctx: Context, start: int, word: str) -> bool:
    """`near-spelling`: the word, a misspelling of one person's name word, is a mention of that person and an alias
    of theirs (so its other occurrences resolve too)."""
    if (key := _spelled_like(ctx, word)) is None:
        return False
    person = ctx.persons[key]
    if word not in person.aliases and word not in tokens(person.name):
        person.aliases.append(word)
    coreference.mention(ctx, key, start, start + len(word), word)
    return True


def _surname_only(ctx: Context, s: Sentence, start: int, word: str, rule: str, confidence: float) -> None:
    """The lone surname as the person's name, or as a mention of the person it misspells."""
    if _a_common_word(ctx, word):
        return
    if _misspelt_mention(ctx, start, word):
        return
    _add(ctx, s, start, start + len(word), word, None, rule=rule, confidence=confidence)


def _styled_surnames(ctx: Context) -> None:
    covered = _covered(ctx)
    for s, start, word in _lone_words(ctx, _STYLED_LONE, covered, min_length=3):
        if _fuller_writing(ctx, word, covered) is None:
            _surname_only(ctx, s, start, word, "styled-surname", 0.65)
            covered.update(range(start, start + len(word)))


def _surname_in_full(ctx: Context) -> None:
    """`surname-in-full`: a person known only by a surname after a post ("Minister Sadi") takes the full name the
    report writes elsewhere with no post before it ("René Emmanuel Sadi speaking during the opening")."""
    covered = _covered(ctx)
    for person in list(ctx.persons.values()):
        if " " in person.name or person.support.rule != "title-surname" or person.key not in ctx.persons:
            continue
        fuller = _fuller_writing(ctx, person.name, covered)
        if fuller is None or person_key(fuller[3]) in ctx.persons:
            continue
        at, start, end, name = fuller
        ctx.persons.pop(person.key)
        for pm in ctx.person_mentions:
            if pm.key == person.key:
                pm.key = person_key(name)
        person.key, person.aliases, person.name = person_key(name), [*person.aliases, person.name], name
        ctx.persons[person.key] = person
        if ctx.span(at) not in person.support.evidence:
            person.support.evidence.append(ctx.span(at))
        coreference.mention(ctx, person.key, start, end, name)
        covered.update(range(start, end))


# `list-mate`: "Daniel Ortega, Mauricio Funes, and Porfirio Lobo signed", "ministers Sven Mikser (Estonia), Raimonds
# Vejonis (Latvia) and Juozas Olekas", "Jeff Sessions of the United States, Nestor Martinez of Colombia": a full name
# listed right beside a person the report names is a person too. Between the two only a list joint (a comma, "and", a
# semicolon), after the first one's bracketed or "of" state.
_LIST_JOINT = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                         r"\s*(?:,|;|,?\s+and)\s*(?:and\s+)?")  # no dash: "Ibok – Ete Ekwe Ibas" is one name


# `list-not-item`: a capitalised run after "of", "the", "for", "to" or a possessive is part of a post, a body or a
# place ("the Vice Minister of Internal Order of Peru, Nestor Zegarra"), not an item of the list.
_NOT_LISTED = re.compile(r"(?:\b(?:of|the|for|to|a|an|at|in)|['’]s)\s+\Z")
# `remit-pair-second`: "the Minister of Defense and Military Production, X": the run after "of <Remit> and" is the
# post's second remit.
_REMIT_PAIR_BEFORE = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+and\s+\Z")


def _list_mates(ctx: Context) -> None:
    for s in ctx.reporting():
        if s.index in ctx.headlines:
            continue
        mentions = [pm for pm in ctx.person_mentions if pm.key and s.start <= pm.start < s.end]
        if not mentions:
            continue
        for m in NAME_RE.finditer(s.text):
            name = clean_name(m.group())
            if not name or name != m.group() or not 2 <= len(tokens(name)) <= 4 or name == ctx.doc.author.strip():
                continue
            start, end = s.start + m.start(), s.start + m.end()
            if any(om.start < end and start < om.end for om in (*ctx.org_mentions, *ctx.person_mentions)):
                continue
            if not any(_LIST_JOINT.fullmatch(ctx.text, pm.end, start) for pm in mentions if pm.end <= start) \
                    and not any(_LIST_JOINT.fullmatch(ctx.text, end, pm.start) for pm in mentions if pm.start >= end):
                continue
            if coreference.is_place(ctx, name) or country_of(name) \
                    or _NOT_LISTED.search(ctx.text, max(0, start - 12), start) \
                    or _REMIT_PAIR_BEFORE.search(ctx.text, max(0, start - 60), start):
                continue
            _add(ctx, s, start, end, name, None, rule="list-mate", confidence=0.7)
            mentions = [pm for pm in ctx.person_mentions if pm.key and s.start <= pm.start < s.end]
