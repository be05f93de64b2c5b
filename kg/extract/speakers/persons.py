"""Speaker shapes of people credited by a post ("the minister", "The BGB chief", "his counterpart"), and who holds a post."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract import reference, salience
from kg.extract.context import Context
from kg.extract.model import Person, Role, Speaker
from kg.extract.speakers.memory import Credit
from kg.extract.speakers.patterns import _TITLE_ONLY


def _title_only(c: Credit) -> Speaker | None:
    """"the ambassador", "the Lithuanian defence minister": the person named earlier who holds that post; of
    several holders, or for a one-word post, the one named in this paragraph's reach (the last two sentences)."""
    m = _TITLE_ONLY.search(c.head)
    if not m:
        return None
    words = [w for word in m.group("title").lower().split() for w in _POST_SHORT.get(word, word).split()]
    owner = reference.countries().code(m.group("owner")) if m.group("owner") else None
    if m.group("owner") and owner is None:
        return None  # "Petro's office" is not a post
    before = [p for p in c.ctx.person_mentions if p.key and p.end <= c.start + m.start()]
    holds: dict[str, bool] = {}  # one _holds per person, not per mention
    holders = {p.key for p in before
               if (holds[p.key] if p.key in holds else holds.setdefault(p.key, _holds(c.ctx.persons[p.key], words)))
               and (owner is None or c.ctx.persons[p.key].country in (None, owner))}
    if len(holders) > 1 or len(words) == 1:
        # Of several holders, or for a bare post ("the minister", which an unrecognised name may hold too), only
        # one named within reach; after a quotation, the reach is counted from where the quotation began.
        here = c.ctx.sentence_at(c.memory.quote_start if 0 <= c.memory.quote_start < c.start else c.start).index
        recent = c.ctx.sentences[max(0, here - 2)].start
        holders = {p.key for p in before if p.key in holders and recent <= p.start}
        if len(holders) > 1:
            # two named within reach: the one named last, unless both are named in that sentence (salience)
            at = c.memory.quote_start if 0 <= c.memory.quote_start < c.start else c.start + m.start()
            key = salience.antecedent(c.ctx, at, holders.__contains__, reach=recent)
            holders = {key} if key else set()
    if not holders:
        holders = _named_after(c, words, owner)
    if len(holders) != 1:
        return None  # no one, or two ministers named in one sentence just before: the post does not say who
    person = c.ctx.persons[holders.pop()]
    c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    return c.memory.last_person


# Shape "post-of-speaker" (x21pronoun): a bare one-word post ("the minister", "the president") whose holder was named
# beyond title-only's reach of two sentences — "Kan-Dapaah said ... He said ... The minister said ...", "Mahmud told
# reporters ... Replying to a query, the foreign minister said ... Earlier, the Malaysian envoy called on him. ... the
# minister said", "President Erdoğan and Sheikh Tamim met ... (two sentences of the meeting) ... the president said".
# The report names one holder of the post; that holder is the person who spoke last, or no one else is named within
# reach. A second holder, or someone else named or speaking in between, leaves the post to no one (title-only's
# caution: an unrecognised name may hold the post too).
def _post_of_speaker(c: Credit) -> Speaker | None:
    """"the minister said", its one holder named further back: the holder who goes on speaking."""
    m = _TITLE_ONLY.search(c.head)
    if not m or m.group("owner"):
        return None
    words = [w for word in m.group("title").lower().split() for w in _POST_SHORT.get(word, word).split()]
    at = c.start + m.start()
    named = [p for p in c.ctx.person_mentions if p.key and p.end <= at]
    holders = {p.key for p in named if _holds(c.ctx.persons[p.key], words)} if len(words) == 1 else set()
    if len(holders) != 1:
        return None
    key = holders.pop()
    here = c.ctx.sentence_at(c.memory.quote_start if 0 <= c.memory.quote_start < c.start else c.start).index
    recent = c.ctx.sentences[max(0, here - 2)].start
    last = c.memory.last_speaker if c.memory.last_speaker is not None else c.memory.last_person
    spoke_last = last is not None and last.kind == "person" and last.key == key
    if not spoke_last and any(recent <= p.start for p in named):
        return None
    person = c.ctx.persons[key]
    c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    return c.memory.last_person


def _named_after(c: Credit, words: list[str], owner: str | None) -> set[str]:
    """A post of a state before its holder is named ("Canada's foreign minister says ..." opening the report, "Foreign
    Minister Ana Joly" later): the first person named after the credit who holds the post and is of that state. The
    post must say whose it is (a possessive state or a national adjective): "the minister" alone names no one ahead."""
    adjectives = _adjectives()
    state = owner or next((adjectives[_SPELLING.get(w, w)] for w in words[:-1] if _SPELLING.get(w, w) in adjectives), None)
    if state is None or len(words) < 2:
        return set()
    for p in sorted(c.ctx.person_mentions, key=lambda m: m.start):
        if p.key and p.start >= c.start + len(c.head) and c.ctx.persons[p.key].country == state \
                and _holds(c.ctx.persons[p.key], words):
            return {p.key}
    return set()


# What a report calls a post by its kind: "the Australian leader" is the prime minister, "the top diplomat" the
# foreign minister.
# "The US defense chief" is the defence secretary or minister; "the army chief" holds a post with "chief" in it.
_POST_KINDS = {"leader": ("prime", "president", "chancellor", "premier"), "diplomat": ("foreign", "ambassador", "envoy"),
               "chief": ("minister", "secretary", "head", "director", "commander"),
               "envoy": ("ambassador", "envoy", "representative"), "premier": ("prime", "premier")}


# Posts written short: "the FM said", "the PM told reporters", "the NSA noted" (read as the words they stand for).
_POST_SHORT = {"fm": "foreign minister", "pm": "prime minister", "nsa": "national security adviser",
               "dm": "defence minister", "eam": "external affairs minister"}


# Spellings of one post word ("the defense minister" holds the post "Defence Minister").
_SPELLING = {"defense": "defence", "advisor": "adviser", "counselor": "counsellor"}


@cache
def _adjectives() -> dict[str, str]:
    return {a.lower(): c for a, c in reference.countries().adjectives.items()}


@lru_cache(maxsize=4096)
def _post_words(post: str) -> frozenset[str]:
    """The words of a post as _holds compares them (lowercased, one spelling)."""
    return frozenset(_SPELLING.get(w, w) for w in re.findall(r"[\w-]+", post.lower()))


def _holds(person: Person, words: list[str]) -> bool:
    """A post of the person has the credit's last word (or a post of that kind) and its other words; a national
    adjective must be the person's ("the Australian leader" is not the Indonesian president)."""
    adjectives = _adjectives()
    words = [_SPELLING.get(w, w) for w in words]
    for w in words[:-1]:
        if w in adjectives and person.country and adjectives[w] != person.country:
            return False
    return any(_role_holds(role, words) for role in person.roles)


def _role_holds(role: Role, words: list[str]) -> bool:
    """This post has the credit's last word (or a post of that kind) and its other words (spelled as _holds does)."""
    have = _post_words(f"{role.title} {role.wording}")
    # the body a post belongs to is no post: "a statement by the Border Guard Bangladesh" is the body's, not
    # its Director General's
    post = have - set(role.organization.split("-")) if role.organization else have
    head = words[-1] in post or any(k in post for k in _POST_KINDS.get(words[-1], ()))
    return head and all(w in have or w in _adjectives() or w == "top" for w in words[:-1])


# Shape "post-described" (x19postspeaker): a post credited with words that are no post words, each read for what it
# says of the holder — the state's NAME or a two-word national adjective ("The Chad president", "Bangladesh Army
# Chief", "the South Korean leader": of that state), the acronym of the body the post is in ("The BGB chief", "The OAS
# Secretary General"), a word that says which holder ("the visiting minister", "the acting High Commissioner": no
# constraint, the holder must be the only one), the post written by its initials ("The PS" for Principal Secretary,
# "the CDS"). Tried after title-only; the ONE person named before who holds such a post, else no one (never a pick
# between two); a former holder ("the former Botswana minister") is no one the report names as holder.
_DESCRIBED = re.compile(r"(?:^(?:[Tt]he\s+)?|\b[Tt]he\s+)(?P<desc>(?:[\w-]+\s+){0,6}[\w-]+)\s*$")
_WHICH_HOLDER = frozenset({"visiting", "acting", "host", "outgoing", "incoming", "guest", "serving", "current",
                           "incumbent", "new", "newly-appointed"})
_NOT_HOLDER = frozenset({"former", "ex", "late", "then", "previous", "retired", "erstwhile", "future", "next"})
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_INITIALS_SKIP = frozenset({"of", "the", "and", "for", "on", "in", "to"})


def _described(c: Credit) -> Speaker | None:
    """"The Chad president", "The BGB chief", "the visiting minister", "The PS": the one holder named before."""
    m = _DESCRIBED.search(c.head)
    if not m:
        return None
    written = m.group("desc").split()
    if any(w.lower().strip("-") in _NOT_HOLDER for w in written):
        return None
    state, at = _state_words(written)
    words, of_state = _of_complement(written[at:])
    if state and of_state and state != of_state:
        return None
    state = state or of_state
    described = state is not None or words != written[at:]  # a state, or a field after "of", read
    post: list[str] = []
    acronym = None
    for w in words:
        if w.lower() in _WHICH_HOLDER:
            described = True
        elif _ACRONYM.fullmatch(w) and acronym is None and w.lower() not in _POST_SHORT:
            acronym, described = w, True
        else:
            post += _POST_SHORT.get(w.lower(), w.lower()).split()
    if not described or not (post or acronym and len(words) == 1):
        return None
    post = [_SPELLING.get(w, w) for w in post]
    before = {p.key for p in c.ctx.person_mentions if p.key and p.end <= c.start + m.start()}
    holders = [k for k in before if _fits(c.ctx, c.ctx.persons[k], post, state, acronym)]
    if len(holders) != 1:
        return None  # no one, or two holders the description does not tell apart
    person = c.ctx.persons[holders[0]]
    c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    return c.memory.last_person


def _of_complement(words: list[str]) -> tuple[list[str], str | None]:
    """A post with its complement after "of": the state it serves ("The Deputy Foreign Minister of Azerbaijan") or
    its field, read before the post's head ("Secretary of Defense" is a defence secretary, whose head is
    "secretary", not "defense")."""
    if "of" not in words[1:]:
        return words, None
    last = len(words) - 1 - words[::-1].index("of")
    complement = [w for w in words[last + 1:] if w.lower() != "the"]
    state = reference.countries().code(" ".join(complement)) if complement and complement[0][:1].isupper() else None
    if state:
        return _of_complement(words[:last])[0], state  # "... of Foreign Affairs of Azerbaijan": the field too
    cut = words.index("of", 1)
    field = [w for w in words[cut + 1:] if w.lower() not in ("the", "of")]
    return (field + words[:cut], None) if field else (words, None)


def _state_words(words: list[str]) -> tuple[str | None, int]:
    """The state the description opens with by its name ("Chad", "Sri Lanka") or a two-word adjective ("South
    Korean"), and how many words it takes; (None, 0) without one (a one-word adjective is title-only's)."""
    for n in (3, 2, 1):
        phrase = " ".join(words[:n])
        if n < len(words) and phrase[:1].isupper():
            countries = reference.countries()
            code = countries.names.get(phrase) or countries.guarded.get(phrase) or (
                _adjectives().get(phrase.lower()) if n > 1 else None)
            if code:
                return code, n
    return None, 0


def _fits(ctx: Context, person: Person, post: list[str], state: str | None, acronym: str | None) -> bool:
    """One post of the person is the described one: its words, in the body of that acronym, of that state."""
    if state and person.country != state and not any(r.country == state for r in person.roles):
        return False
    for role in person.roles:
        if not post:  # "The PS": the post's own initials, never a body's ("The BGB" is the body)
            if acronym in _post_initials(role.title):
                return True
        elif _role_holds(role, post) and (acronym is None or _body_acronym(ctx, role) == acronym):
            return True
    return False


def _body_acronym(ctx: Context, role: Role) -> str | None:
    """The acronym of the body a post is in: one the report gives it, else its name's capitals ("Border Guard
    Bangladesh" -> "BGB", "Organization of American States" -> "OAS")."""
    if not role.organization:
        return None
    org = ctx.organizations.get(role.organization)
    if org is None:  # a body named only inside the post ("UN Secretary-General"): its key's words
        return "".join(w[0] for w in role.organization.split("-") if w not in _INITIALS_SKIP).upper()
    given = [a for a in org.aliases if _ACRONYM.fullmatch(a)]
    return given[0] if given else _initials(org.name)


def _post_initials(title: str) -> set[str]:
    """A post written by its initials: all of them ("Chief of Defence Staff" -> "CDS") or those before its remit
    ("Principal Secretary of Foreign Affairs" -> "PS"), or those after a remit before it ("Foreign Affairs Principal
    Secretary" -> "PS": the last two words or more)."""
    head = re.split(r"\s+(?:of|for)\s+", title)[0]
    words = head.split()
    return {_initials(title), _initials(head)} | {_initials(" ".join(words[n:])) for n in range(1, len(words) - 1)}


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[\w-]+", name) if w.lower() not in _INITIALS_SKIP and w[0].isupper())


# Shape "counterpart" (x19postspeaker): "His Egyptian counterpart asserted ...": the one person named before who is
# of that state and holds a post. "His counterpart" alone: the one person named before whom the report introduced as
# a counterpart ("met his Japanese counterpart X"), else the one who holds the post of the person who spoke last
# under another state ("X thanked Y. His counterpart said ...": Y).
_COUNTERPART = re.compile(r"(?:^|\b)(?:[Hh]is|[Hh]er)\s+(?P<adj>(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+)?counterpart\s*$")


def _counterpart(c: Credit) -> Speaker | None:
    """"His Egyptian counterpart", "her counterpart": the one person named before whom the words point at."""
    m = _COUNTERPART.search(c.head)
    if not m:
        return None
    adj = (m.group("adj") or "").strip()
    state = _adjectives().get(adj.lower()) if adj else None
    if adj and state is None:
        return None
    before = {p.key for p in c.ctx.person_mentions if p.key and p.end <= c.start + m.start()}
    people = [c.ctx.persons[k] for k in before]
    last = c.ctx.persons.get(c.memory.last_person.key) if c.memory.last_person else None
    if state:
        holders = [p for p in people if p.roles and p.country == state]
    else:
        holders = [p for p in people if p is not last and any(r.wording.lower() == "counterpart" for r in p.roles)]
        if not holders and last is not None and last.country:
            posts = {r.title for r in last.roles}
            holders = [p for p in people if p.country and p.country != last.country and posts & {r.title for r in p.roles}]
    if len(holders) != 1 or holders[0] is last:
        return None
    person = holders[0]
    c.memory.last_person = Speaker(kind="person", key=person.key, label=person.name)
    return c.memory.last_person
