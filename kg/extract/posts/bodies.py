"""The body or remit a post is of ("Chairman of the Parliament of Georgia"), and the state a body is in."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.context import Context

from kg.extract.posts.patterns import _RANKS, STATE_STYLE, country_of
from kg.extract.posts.records import Chain


# -- the body or remit a post is of: "Chairman of the Parliament of Georgia", "Chief of Staff of the Ethiopian Armed
# Forces", "Governor of Zhambyl region", "Minister of Foreign Affairs and Regional Integration" ----------------------
# A complement is a run of capitalised words that ends in a word naming a body, a field or an area: the end word
# tells it from a holder's name that follows ("Chairman of the Parliament of Georgia Archil Talakvadze").
_CAP = r"[A-Z][\w'’-]*"
_BODY_END = (r"(?:Armed\s+Forces|Forces|Force|Parliament|Assembly|Congress|Council|Committee|Commission|Group|Guard|"
             r"Coastguard|Services|Service|Bureau|Agency|Directorate|Command|Army|Navy|Police|Senate|Party|Bank|Court|"
             r"Company|Corporation|"
             r"Office|Department|Ministry|Authority|Institute|Affairs|Integration|Cooperation|Co-operation|Trade|"
             r"Protection|Security|Defen[cs]e|Development|Relations|East|Region|region|Province|province|State|state|"
             r"District|district|Staff)")
_COMPLEMENT = re.compile(rf"^\s+(?:of|for)\s+(?:the\s+)?(?P<body>(?:{_CAP}(?:\s+|\s*,\s*|\s+(?:and|of|for|&)\s+(?:the\s+)?))*?"
                         rf"{_BODY_END})(?![\w-])")
_COMPLEMENT_LONGEST = re.compile(_COMPLEMENT.pattern.replace(")*?", ")*", 1))
# The capitalised words after a post's field that end in a body's word: the field was the body's first word.
_FIELD_INTO_BODY = re.compile(rf"^(?:\s+{_CAP}){{0,2}}?\s+(?:Forces|Force|Services|Staff|Command|Council|Commission|"
                              rf"Committee|Agency|Directorate|Bureau)(?![\w'’-])")
# "... of Foreign Affairs and Regional Integration", "... of Foreign Affairs, Cooperation and African Integration"
_MORE_FIELDS = re.compile(rf"(?P<body>(?:\s*,\s*|\s+and\s+)(?:{_CAP}(?:\s+|\s*,\s*|\s+and\s+))*?{_BODY_END})(?![\w-])")
_FIELD_END = re.compile(r"(?:Affairs|Security|Defen[cs]e|Cooperation|Co-operation|Trade|Integration|Development)$")
# Posts that head a body; a bare "Minister" is excluded: "Minister of X" is built by the field rows above.
_HEADS_BODY = {"Chairman", "Chairperson", "Chair", "President", "Director", "Director General", "Director-General",
               "Chief of Staff", "Chief", "Commander", "Governor", "Secretary-General", "Special Envoy", "Envoy",
               "Head", "head", "Speaker", "Commissioner", "Chief Executive", "CEO", "Minister", "Secretary",
               "Supreme Commander", "Chief of Defence Force", "Chief of Defence Forces", "Commander-in-Chief",
               # the staff chiefs head a force too: "Chief of the General Staff of the Mauritanian Armed Forces"
               "Chief of General Staff", "Chief of Army Staff", "Chief of Defence Staff", "Chief of Naval Staff",
               "Chief of Air Staff", "Army Chief of Staff", "Inspector General"}


# Ranks that make another post of the same kind ("Acting Permanent Secretary", "Deputy Chief of Staff"): the post
# still heads a body.
_HEAD_RANKS = re.compile(r"^(?:(?:Acting|Deputy|Vice|Assistant|Permanent|Principal|Senior|Executive|First|Second|Under|"
                         r"Interim|Special|Additional|Joint|National)\s+)+")


def _heads_body(normal: str) -> bool:
    return normal in _HEADS_BODY or _HEAD_RANKS.sub("", normal) in _HEADS_BODY


def _post_follows(rest: str, at: int) -> bool:
    """A post begins right after the body's run ("... of the Ministry of Defence and Defence Minister X"): the run may
    be the next post's field. `body-then-rank`: a rank is no such post; it opens the holder's name ("Chief of Tanzanian
    Defence Forces General X"), so the body's name ends before it and stays whole."""
    title = reference.titles().pattern.match(rest, at + 1)
    return bool(title) and reference.titles().normal.get(title.group().lower()) not in _RANKS


# `state-after-body`: "... of the Kyrgyz Republic", "... of the Kingdom of Saudi Arabia", "... of Mauritania": the
# state a body is in, written after it in one of the ways states are named.
# `state-formal-style`: "... in the Kingdom of Saudi Arabia": "in" before a state in its formal style too.
_STATE_AFTER = re.compile(rf"\s+(?:of\s+(?:the\s+)?(?:(?P<form>{STATE_STYLE})\s+of\s+(?:the\s+)?)?|"
                          rf"in\s+(?:the\s+)?(?P<form_in>{STATE_STYLE})\s+of\s+(?:the\s+)?)"
                          r"(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
_STATE_FORMS = re.compile(r"\s+(?:Republic|Kingdom|Federation|Sultanate|State|Emirate)(?![\w-])")


def _state_after(after: str) -> tuple[str, int] | None:
    """(the state, how many characters name it) when ``after`` opens with "of" and a state's name."""
    m = _STATE_AFTER.match(after)
    if m is None:
        return None
    words = m.group("c").split()
    for n in range(len(words), 0, -1):
        code = country_of(" ".join(words[:n]))
        if code:
            end = m.start("c") + len(" ".join(words[:n]))
            form = _STATE_FORMS.match(after, end) if not (m.group("form") or m.group("form_in")) else None
            return code, form.end() if form else end  # "the Kyrgyz Republic": the form is part of the name
    return None


def _cut_short(after: str) -> bool:
    """The body's name goes on past where its run stopped ("the Ministry| of Fisheries"), to a word that is no state."""
    m = re.match(r"\s+(?:of|and|&)\s+(?:the\s+)?((?:[A-Z][\w-]*\s+)?[A-Z][\w-]*)", after)
    return bool(m) and not country_of(m.group(1)) and not country_of(m.group(1).split()[0]) \
        and _state_after(after) is None


# `appositive-complement`: "X, Commander of the 4th Army Region,", "X, the head of military intelligence, said",
# "X, Deputy Chief of Policy and Strategy for the Brazilian Ministry of Defense.": a post set off after a name runs
# to where the apposition closes, so its body may hold what a body-name run refuses (ordinals, lowercase words, a
# state's possessive); the close (a comma, a stop, "in"/"at" a place) tells the body from the clause after it.
_APPOSED = re.compile(r"[A-Z][\w'’.)-]*\s*,\s+(?:the\s+)?$")
_APPOSITIVE_BODY = re.compile(r"^\s+(?:of|for)\s+(?:the\s+)?(?P<body>(?:(?:[A-Z](?:\.[A-Z])+\.|[A-Z][\w'’&-]*|"
                              r"[0-9]+(?:st|nd|rd|th)?|"
                              r"of|[a-z][a-z-]{2,}|&)(?:\s+(?=\S)|(?=\s*(?:[,.;:)]|$|\s+(?:in|at)\s+(?:the\s+)?[A-Z]))))+)"
                              r"(?=\s*(?:[,.;:)]|$|\s+(?:in|at)\s+(?:the\s+)?[A-Z]))")
_NOT_IN_BODY = frozenset("""that which who whom whose will would was were is are has have had said says told to in on
    at with by during as from after before when while a an his her their its our this these those also not been being
    than then since into over under about against between where""".split())
# The body's last word names a body, a field or a unit (or is lowercase, a number, an acronym): a capitalised run
# ending otherwise may be the next holder's name ("X, Secretary of Government Miguel Osorio, ...").
_APPOSITIVE_END = re.compile(rf"(?:{_BODY_END}|Battalion|Brigade|Division|Regiment|Corps|Fleet|Branch|Unit|Area|Zone|"
                             r"Sector|Centre|Center|Headquarters|Policy|Strategy|Planning|Operations|Intelligence|"
                             r"Administration|Decentrali[sz]ation|Customs|Technology|Immigration|Mission|Delegation|"
                             r"Secretariat|[a-z][\w-]*|[0-9]+(?:st|nd|rd|th)?|[A-Z]{2,6}|[A-Z](?:\.[A-Z])+)")
_POSTS_SET_OFF = {"Adviser", "Advisor", "Representative", "Coordinator", "Officer", "Spokesperson", "Spokesman"}


_AND_NEXT_POST = re.compile(r"\s+and\s+(?:the\s+)?")


def _appositive_body(chain: Chain, text: str, normal: str) -> int:
    """How far `appositive-complement` grows a post set off after a name (0: not one)."""
    if not (_heads_body(normal) or _HEAD_RANKS.sub("", normal) in _POSTS_SET_OFF) \
            or not _APPOSED.search(text[:chain.prefix_start or chain.start]):
        return 0
    m = _APPOSITIVE_BODY.match(text[chain.end:])
    if m is None:
        return 0
    nxt = next((a for a in _AND_NEXT_POST.finditer(m.group("body"))
                if reference.titles().pattern.match(m.group("body"), a.end())), None)
    if nxt:
        # `body-ends-at-next-post`: "X, Commander of the 3rd Cavalry Regiment and Chairman of the TBC": "and" and a
        # post open the holder's next post; the first post's body ends before them
        m = _APPOSITIVE_BODY.match(text[chain.end:chain.end + m.start("body") + nxt.start()])
        if m is None:
            return 0
    words = m.group("body").split()
    lower = [w for w in words if w[0].islower() and w not in ("of", "and", "for", "the")]
    if len(words) > 9 or len(lower) > 3 or any(w in _NOT_IN_BODY for w in lower) or words[-1] in ("of", "and", "&") \
            or not _APPOSITIVE_END.fullmatch(words[-1].rstrip(".")) or _NOT_BODY.search(m.group("body")) \
            or country_of(m.group("body")) or reference.titles().pattern.search(m.group("body")):
        return 0
    return m.end()


def _body_complement(chain: Chain, text: str) -> None:
    """Grow the chain's last title over the body or remit that follows it, and over a country after that."""
    wording, normal = chain.titles[-1]
    rest = text[chain.end:]
    end = 0
    if _heads_body(normal) and ends_in_post(wording, normal):
        # the longest body first ("... of the National Intelligence and Security Service", not "... and Security"),
        # then the shortest, when the longest runs into a name or a post
        for pattern in (_COMPLEMENT_LONGEST, _COMPLEMENT):
            m = pattern.match(rest)
            if m and _plain(m.group("body")) and not _post_follows(rest, m.end()) \
                    and not _cut_short(rest[m.end():]):
                end = m.end()
                break
    if ends_in_post(wording, normal):
        longer = _appositive_body(chain, text, normal)
        end = longer if longer > end else end
    # more fields, one at a time ("..., Cooperation" then "and African Integration"), each free of a post or a name
    while _FIELD_END.search(wording + rest[:end]):
        m = _MORE_FIELDS.match(rest, end)
        if m is None or not _plain(m.group("body")):
            break
        end = m.end()
    after = reference.titles().pattern.match(rest, end + (1 if rest[end:end + 1] == " " else 0))
    if not end or after and not _rank_opens_holder(rest, after):
        return  # none, or the run was the field of the next post ("... and Defence Minister")
    named = end  # where the post's words end: a state named in its formal style stays out of them
    state = _state_after(rest[end:])
    if state:  # "... of the Parliament of Georgia": the state the body is in
        chain.country = chain.country or state[0]
        named = end if _STATE_FORMS.search(rest[end:end + state[1]]) else end + state[1]
        end += state[1]
    grown = rest[:end]
    if chain.country is None:  # "Speaker of the Georgian Parliament": the body's demonym names the state
        caps = re.findall(r"[A-Z][\w'’-]*", grown)
        chain.country = next((country_of(w) for w in [f"{a} {b}" for a, b in zip(caps, caps[1:])] + caps
                              if country_of(w)), None)
    chain.titles[-1] = (wording + grown, normal + re.sub(r"\s+", " ", rest[:named]))
    chain.end += end


# Words that start a holder's name or a new post, never a body's: the run stops before them.
_NOT_BODY = re.compile(r"(?<![\w-])(?:Professor|Prof|Dr|Mr|Mrs|Ms|Hon|Honourable|Honorable|Sir|General|Minister|"
                       r"Secretary|President)(?![\w-])")


def _rank_opens_holder(rest: str, after: re.Match[str]) -> bool:
    """`body-then-rank-name`: "Commander of the Tibet Military District Maj Gen X": a rank right after the body, with a
    name after it, opens the holder's name; the body stays the post's (a post there would make the run its field)."""
    return reference.titles().normal.get(after.group().lower()) in _RANKS and _rank_opens_name(rest, after.end())


# Only a holder (a rank, a style, a name; a comma first) after the state: "... of the Republic of Kenya to Somalia"
# goes on into the post's remit.
_HOLDER_NEXT = re.compile(r"\s*,?\s+[A-Z]")
# `post-inside-remit` (person_posts reads it too): "the Secretary of the Security Council under the President of the
# Republic of Uzbekistan X": a post right after "under the", "of the", "to the" belongs to another post's remit; the
# name after it is not its holder's.
INSIDE_REMIT = re.compile(r"\b(?:of|under|to|for|at)\s+(?:the\s+)?\Z")


def _styled_state_after(chain: Chain, text: str) -> None:
    """`styled-state-after-post`: "Defence Minister of the Republic of Kazakhstan Lieutenant General X", "Minister of
    Defence of the Union of the Comoros Y": a state named in its formal style right after a post is whose post it is;
    the chain runs over it (so a rank or a name after it is next to the post), the post's words stay as they are."""
    rest = text[chain.end:]
    m = _STATE_AFTER.match(rest)
    state = _state_after(rest) if m and (m.group("form") or m.group("form_in")) else None
    if state is None or not _HOLDER_NEXT.match(rest, state[1]) \
            or INSIDE_REMIT.search(text, max(0, chain.start - 12), chain.start):
        return
    if re.search(r"['’]s$", rest[:state[1]]):
        return  # `styled-state-owns-body`: "of the Sultanate of Oman's Armed Forces": the body after it is the remit
    chain.country = chain.country or state[0]
    wording, normal = chain.titles[-1]
    chain.titles[-1] = (wording + rest[:state[1]], normal)
    chain.end += state[1]


def _plain(body: str) -> bool:
    """A body's words: no name opener or post inside, no state as the last word, at most six words."""
    words = re.findall(r"[\w'’-]+", body)
    return 0 < len(words) <= 6 and not _NOT_BODY.search(body) and not country_of(words[-1])


_SPELLING_GAP = re.compile(r"[\s-]+")


def ends_in_post(wording: str, normal: str, *, fold_case: bool = True) -> bool:
    """The wording still ends in the post's own last word, so nothing has grown it yet. `post-spelling-variant`: a post
    written with spaces where its normal form has hyphens ("Secretary General", "Commander in Chief") ends in it too;
    without this, "Secretary General of the Ministry of Defence" read as grown already and lost its body."""
    last = _SPELLING_GAP.sub(" ", normal.split()[-1])
    written = _SPELLING_GAP.sub(" ", wording.rstrip())
    return written.lower().endswith(last.lower()) if fold_case else written.endswith(last)


def body_as_named(ctx: Context, key: str, written: str) -> str:
    """The body a post belongs to, as the post names it: an acronym the report spells out elsewhere ("the Government
    Communications Security Bureau (GCSB) ... GCSB Director-General X") stands for the full name (posts are written
    with abbreviations expanded); one it never spells out ("NISA Director") stays as written."""
    org = ctx.organizations.get(key)
    if org and re.fullmatch(r"[A-Z][A-Z&]{1,7}", written) and org.name != written and len(org.name.split()) >= 2 \
            and org.name in ctx.text:
        return org.name
    return written


# `rank-in-body-name`: words of a body's name; a rank before them is a word of that name ("General Directorate",
# "Police General Staff").
_BODY_WORD = re.compile(rf"{_BODY_END}|Staff|Directorate|Headquarters|Secretariat|Inspectorate|Prosecutor|Assembly")


def _rank_opens_name(text: str, at: int) -> bool:
    """The capitalised words after a rank are a holder's name, not the rest of a body's ("the General Directorate")."""
    m = re.match(r"\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})", text[at:])
    return bool(m) and not any(_BODY_WORD.fullmatch(w) for w in m.group(1).split())
