"""Posts named in text: chains of titles ("Deputy Prime Minister and Foreign Minister") with the state or body
they serve ("India's", "of Canada", "MEA spokesperson", "Commissioner of the RCMP")."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extract import post_bodies, ranks, reference, styles
from kg.extract.context import Context
from kg.extract.org_words import HEADS
from kg.extract.sentences import Sentence

_JOIN = re.compile(r"\s*(?:,|and|&)\s*(?:the\s+)?$|^\s+(?:and|&)\s+$|^\s*,\s*$")

_OF_COUNTRY = re.compile(r"^\s+(?:to\s+the\s+(?:Prime\s+Minister|President|Premier)\s+)?of\s+(?:the\s+)?(?P<c>[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)(?![\w'’])")
_TO_ADJ_LEADER = re.compile(r"^\s+to\s+the\s+(?P<c>[A-Z][a-z]+)\s+(?:Prime\s+Minister|President|Premier|Chancellor)\b")
_TO_PLACE = re.compile(r"^\s+to\s+(?:the\s+)?(?P<c>[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)")
_FIELDS = ("Affairs|Defence|Defense|Security|Safety|Home|Foreign|External|Finance|Commerce|Trade|Industry|Health|"
           "Education|Justice|Immigration|Citizenship|Refugees|Public|National|International|Development|Energy|"
           "Environment|Agriculture|Interior|Internal|Economic|Economy|Emergency|Preparedness|Intelligence|"
           "Information|Broadcasting|Communications|Telecommunications|Transport|Labour|Labor|Employment|Law|Legal|Parliamentary|"
           "Veterans|Border|Customs|Revenue|Treasury|Cooperation|Relations|Diaspora|Overseas|Indians|Women|Youth|"
           "Science|Technology|Digital|Innovation|Infrastructure|Housing|Culture|Tourism|Sport|Mines|Minerals|"
           "Natural|Resources|Fisheries|Oceans|Water|Petroleum|Gas|Oil|Power|Railways|Civil|Aviation|Shipping|"
           "Ports|Finance|Planning|Statistics|Heritage|Crown-Indigenous|Indigenous|Northern|Defence Production|Migration|Asylum|"
           "Political|"  # Indonesia's "Coordinating Minister for Political, Legal and Security Affairs"
           "Homeland|"
           "Integration|Narcotics|Drugs|Crime|Counterterrorism|Counter-Terrorism|Maritime|Climate|Neighbourhood|"
           "Enlargement|Equality|Social|Welfare|Policing|Cabinet")
# "Minister of Posts, Telecommunications & Technology": "&" joins a post's fields as "and" does
_FOR_FIELD = re.compile(rf"^\s+(?:for|of)\s+(?:the\s+)?((?:{_FIELDS})(?:,?\s+(?:(?:and|&)\s+)?(?:{_FIELDS}))*)\b")
# "deputy minister of economy", "minister of investments and foreign trade": a post written in lowercase names its
# field in lowercase too.
_FOR_FIELD_LOWER = re.compile(rf"^\s+(?:for|of)\s+(?:the\s+)?((?:{_FIELDS.lower()}|investments?)(?:,?\s+(?:and\s+)?"
                              rf"(?:{_FIELDS.lower()}|investments?))*)\b(?!\s+(?:of|and)\s+[A-Z])")
# `compound-remit-before`: "Defence and Military Veterans Minister", "Home & Security Minister", "Investment and
# Foreign Trade Minister": a post's remit before it may join fields with "and" or "&", and after the join one
# capitalised word may qualify the next field ("Military Veterans"); the whole remit is the post's.
# `region-remit-before`: "Australia's Pacific Minister": a minister for a region of the world has it as remit.
_REGION_REMITS = "Pacific|Indo-Pacific|Asia-Pacific|Arctic"
_FIELD_BEFORE = re.compile(rf"(?<![\w-])((?:Presidential\s+)?(?:{_FIELDS}|Investments?|{_REGION_REMITS})(?:\s+(?:and\s+)?(?:{_FIELDS})"
                           rf"|\s+(?:and|&)\s+(?:[A-Z][a-z]+\s+)?(?:{_FIELDS}))*)\s+$")
# `field-before-lower-post`: "Ghana's national security minister", "BGB's operations director": a post written in
# lowercase has its field before it in lowercase too.
_FIELD_BEFORE_LOWER = re.compile(rf"(?<![\w-])((?:presidential\s+)?(?:{_FIELDS.lower()}|operations)(?:\s+(?:and\s+)?"
                                 rf"(?:{_FIELDS.lower()}|operations))*)\s+$")
# Posts a field before them makes a post of its own ("Defence Minister", "Homeland Security Adviser").
_FIELDED_POSTS = ("Minister", "Secretary", "Cabinet Secretary", "State Secretary", "Commander", "Director",
                  "Commissioner", "Adviser")
# "Commissioner of the RCMP", "spokesperson for the MEA", "secretary of Iran's Supreme National Security Council"
_OF_ORG = re.compile(r"^\s+(?:of|for|at)\s+(?:the\s+)?(?P<owner>[A-Z][\w.-]*['’]s\s+|U\.S\.\s+|US\s+)?")
# "Deputy Foreign Minister", "Vice Minister of Public Security", "Assistant Secretary of State": a rank before a
# post makes a different post.
# `coordinating-grade`: "Coordinating Minister for Maritime Affairs" (Indonesia, Singapore) heads other ministers
_RANK_BEFORE = re.compile(r"(?<![\w-])(?:Deputy|Vice|Assistant|Under|Acting|Junior|Principal|Senior|Chief|Coordinating|deputy|vice|assistant|acting|interim|Interim|transitional|Transitional|caretaker|Caretaker)[ -]$"
                          # body-before-post: "Ministry of External Affairs Joint Secretary X", "Additional Secretary"
                          r"|(?<![\w-])(?:Joint|Additional|joint|additional)\s$")
_GRADED_ONLY = re.compile(r"^(?:Joint|Additional|joint|additional)\s$")  # ... only before these posts:
_GRADED_POSTS = {"Secretary", "Director", "Director General", "Commissioner", "Director-General"}
# "First Deputy Prime Minister", "First Vice President": an ordinal ranks a deputy post among its deputies; it is part
# of the post ("Deputy Prime Minister" is another post). Only before a deputy's post: "First Minister", "First Lady"
# are posts of their own, already in the titles table.
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?:First|Second|Third|first|second|third)[ -]$")
_DEPUTY_POST = re.compile(r"^(?:Deputy|Vice)\b")
# "... of Abu Dhabi and ": the place a post rules, then the "and" before the holder's next post
_PLACE_THEN_AND = re.compile(r"^\s+of\s+(?:the\s+)?(?P<c>[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?)\s*(?:,\s*|\s+)(?:and\s+)?$")
_DE_FACTO_BEFORE = re.compile(r"(?<![\w-])[Dd]e[ -]facto\s+$")
# "Under President Donald Trump": before any post but a secretary's, "Under" is the preposition, not a rank.
_UNDER = re.compile(r"^(?:Under|under)[ -]$")
# "Assistant Secretary of State for International Narcotics and Law Enforcement Affairs": a capitalised remit.
_FOR_REMIT = re.compile(r"^\s+for\s+((?:[A-Z][\w-]*)(?:\s+(?:and|of|the|&)\s+[A-Z][\w-]*|\s+[A-Z][\w-]*)*)(?=\s*(?:\(|,|\.|;|$))")
_FOR_REMIT_LOWER = re.compile(r"^\s+(?:for|on)\s+((?:(?!the\b|a\b|an\b|his\b|her\b)[a-z-]+\s+){0,2}(?!the\b|a\b)[a-z-]{3,})"
                              r"(?=\s*[,.;]|\s+(?:in|at|on|and|said|says|told|who|was|is|has|had)\b)")
# "deputy secretary (policy) Teo Eng Dih": a bracketed remit of one or two words (not an acronym) before a name.
_BRACKETED_REMIT = re.compile(r"^\s+\((?P<r>[A-Za-z][a-z]+(?:\s+(?:and\s+)?[A-Za-z][a-z]+)?)\)(?=\s+[A-Z][a-z])")
# "... to the Prime Minister", "... to the President": the leader an aide serves.
_TO_LEADER = re.compile(rf"^\s+to\s+the\s+(?P<leader>(?:Vice\s+)?(?:Prime\s+Minister|President|Premier|Chancellor)|"
                        rf"(?:vice\s+)?(?:prime\s+minister|president|premier|chancellor))(?![\w-])")
_OF_AFTER = re.compile(r"\s+of\b")  # "... to the Prime Minister of Canada": the state's, read by _OF_COUNTRY
_LEADER_POST = re.compile(r"(?:Vice\s+|Deputy\s+)?(?:Prime\s+Minister|President|Premier|Chancellor)", re.IGNORECASE)
# "former prime minister and current leader of the opposition X": "and" plus a word saying the next post is held now
# still joins one holder's posts (the first keeps its "former").
_NOW_HELD = re.compile(r"(?<=and)\s+(?:current|currently|now|incumbent|sitting)(?=\s)")
# "foreign ministry spokesperson": the unnamed ministry a spokesperson speaks for is part of the post.
_MINISTRY_BEFORE = re.compile(r"(?<![\w-])((?:foreign|defence|defense|interior|home|justice|finance|security|"
                              r"foreign affairs|external affairs)\s+ministry)\s+$", re.IGNORECASE)
# "government spokesman", "presidential spokeswoman": the one a spokesperson speaks for, written in lowercase.
_SPEAKS_FOR_BEFORE = re.compile(r"(?<![\w-])(government|presidential|presidency|palace|cabinet|army|military|police|"
                                r"party|embassy)\s+$", re.IGNORECASE)
# "Ukraine's national security council secretary": an unnamed body written in lowercase before a lowercase post.
_BODY_BEFORE = re.compile(r"(?<![\w'’-])((?:(?!the\b|a\b|an\b|and\b|of\b|its\b|his\b|her\b)[a-z]+\s+){1,3}"
                          r"(?:council|committee|commission|agency|service|office|ministry|department))\s+$")
# Lowercase posts that a lowercase word before them qualifies ("opposition leader"), unless it only grades them.
_KINDED = {"leader", "Commander", "analyst", "Adviser", "head"}
_KIND_BEFORE = re.compile(r"(?<![\w'’-])((?!(?:the|a|an|and|of|its|his|her|their|former|top|senior|new|then|current|"
                          r"veteran|prominent|key|chief|deputy|acting|interim|main|military|political|said|says|by|as|"
                          r"with|to|for|from|in|on|at|is|was|who|facto)\b)[a-z]{3,})\s+$")
# "a spokesperson in Jakarta", "state secretary at Sweden's foreign ministry": where the post is.
_IN_PLACE = re.compile(r"^\s+(?:in|at)\s+(?:the\s+)?(?P<c>[A-Z][A-Za-z]+)(?=['’]s\s|[\s,.])")


# Bare posts that exist in many bodies, and the body words a run of words before them ends in ("Defence Forces
# chief", "South Xinjiang Military District chief", "navy chief", "Supreme National Security Council secretary").
_BARE_POSTS = {"Chief", "Secretary", "Director", "Commander", "Spokesperson", "Spokesman", "Spokeswoman",
               "Commander-in-Chief", "Commandant"}  # "Army Commander-in-Chief", "Coast Guard Commandant"
# `body-number-before-post`: "Naval Task Force 80 chief": a unit's number closes its name
_BODY_RUN_BEFORE = re.compile(rf"(?<![\w'’-])((?:[A-Z][\w-]*\s+){{0,4}}(?:{HEADS}|District|Division|Region|Fleet)(?:\s+[0-9]{{1,3}})?|"
                              rf"navy|army|police|military|air\s+force|coast\s+guard|border\s+guard|armed\s+forces)\s+"
                              # `body-before-graded-post`: "Navy deputy chief", "Army Deputy Commander": a grade
                              # between them does not cut the body off the post
                              r"(?P<grade>(?:[Dd]eputy|[Vv]ice|[Aa]ssistant)\s+)?$")


def _body_run_before(s: Sentence, start: int, end: int, title_end: int, normal: str,
                     ctx: Context) -> tuple[int, str, int] | None:
    """(where the body begins, the body as written, where the post begins in the grown wording) for a bare post with
    a body's name right before it; a state, demonym or "The" opening the run is left to the prefix. None when the
    body is one the report names as an organisation (its post is named from the body below) or a state's."""
    if normal not in _BARE_POSTS or end != title_end:
        return None
    m = _BODY_RUN_BEFORE.search(s.text, max(0, start - 60), start)
    if m is None:
        return None
    words = m.group(1).split()
    while words and (words[0] in ("The", "the") or country_of(words[0]) or country_of(re.sub(r"['’]s$", "", words[0]))):
        words = words[1:]
    if not words or country_of(" ".join(words)):
        return None
    run = " ".join(words)
    begin = m.end(1) - len(m.group(1)) + m.group(1).index(words[0])
    if any(om.end == s.start + m.end(1) for om in ctx.org_mentions) \
            or reference.titles().pattern.search(run):
        return None  # a body the report knows (named below from its organisation), or a post before this one
    return begin, run, (m.start("grade") if m.group("grade") else start) - begin


# Posts that exist in many bodies: which body is part of the post ("FBI Director", "DEA Administrator").
BODY_POSTS = {"Director", "Director General", "Executive Director", "Deputy Director", "Commissioner", "Chief",
              "Commander", "Administrator", "Press Secretary", "Head", "head",
              "Secretary"}  # body-before-post: "Iran's Supreme National Security Council Secretary, X"
# Posts written in lowercase that the body bound to them names the same way ("Kyrgyz border service head"), and
# spokespeople, whom the body they speak for names ("Foreign Ministry Spokesperson").
LOWER_BODY_POSTS = {"Director", "Director General", "Commissioner", "Chief", "Commander", "Chairman", "Secretary",
                    "head"}
SPOKESPEOPLE = {"Spokesperson", "Spokesman", "Spokeswoman"}


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


@dataclass
class Chain:
    """One or more titles in a row ("Deputy Prime Minister and Foreign Minister"), with what qualifies them."""

    start: int                      # offsets within the sentence
    end: int
    titles: list[tuple[str, str]] = field(default_factory=list)   # (wording, normalised)
    country: str | None = None
    org_key: str | None = None
    lower: bool = False
    former: bool = False            # "former president", "ex-minister": a post once held, named as such
    prefix_start: int = 0           # where "India's" / "the Canadian" / "MEA" before the title begins


def _ends_a_name(before: str) -> bool:
    """The words before a remit make it the tail of a longer name ("Bureau of Western Hemisphere Affairs", "Ministry
    of External Affairs"): "of"/"for" or a capitalised word that is no state ("India's", "Kenyan") stands before it."""
    m = re.search(r"([\w'’.-]+)\s+$", before[-40:])
    if m is None:
        return False
    word = m.group(1)
    if word in ("of", "for", "Of", "For") or re.search(r"(?:of|for)\s+the\s+$", before):
        return True
    return word[0].isupper() and word not in ("The", "A", "An") and not country_of(word) \
        and not word.endswith((".", "'s", "’s"))


def _capitalised(words: str) -> str:
    """"national security" -> "National Security" ("and" stays lowercase)."""
    return " ".join(w if w == "and" else w[:1].upper() + w[1:] for w in words.split())


def country_of(word: str) -> str | None:
    return reference.countries().code(re.sub(r"['’]s$", "", word.strip()))


# -- title chains: a short driver over tables of named steps (issue 8). Each title the title table finds is read by
# _TITLE_REJECTIONS (the first that holds drops it), then grown by _TITLE_STEPS in order, and the last row puts it into
# a chain; _CHAIN_STEPS then grow each chain over what follows it. Adding a wording is adding a row.
@dataclass
class _Post:
    """One title as the steps grow it: its wording and normal form so far, and where it begins and ends."""

    s: Sentence
    ctx: Context
    chains: list[Chain]             # the sentence's chains so far; only the last step adds to them
    m: re.Match[str]                # the title as the title table found it
    wording: str
    normal: str
    lower: bool
    end: int                        # where the post ends, within the sentence
    start: int                      # where it begins, once the words before it are read
    fielded: bool = False           # `field-after-post` read a field after it
    graded: str = ""                # the post before a body or a bracketed remit after it (`grade-before-remit`)
    body_state: str | None = None   # the state a body written after the post names (`body-after-post`)

    @property
    def rest(self) -> str:
        return self.s.text[self.end:]

    def grow_after(self, length: int, normal: str) -> None:
        """The post takes the next ``length`` characters of the sentence; ``normal`` is its normal form now."""
        self.wording = self.s.text[self.m.start():self.end + length]
        self.normal = normal
        self.end += length

    def grow_before(self, start: int, normal: str) -> None:
        """The post takes the words from ``start`` up to it; ``normal`` is its normal form now."""
        self.wording = self.s.text[start:self.end]
        self.normal = normal
        self.start = start

    def clear_of(self, at: int) -> bool:
        """No chain read so far runs past ``at``: the words from there on are free to be this post's."""
        return not self.chains or self.chains[-1].end <= at


def _acronym_case(p: _Post) -> bool:
    """A short title in capitals that the sentence writes otherwise. As written it never holds (the wording is the
    match itself, and no string in capitals changes when put in capitals); kept as it was, pending a look."""
    return p.wording.isupper() and len(p.wording) <= 4 and p.wording != p.m.group().upper()


def _acronym_lowercase(p: _Post) -> bool:
    """"pm", "fm", "gen": acronym titles only in capitals."""
    return len(p.wording) <= 4 and not p.wording.isupper() \
        and p.wording.lower() in ("pm", "nsa", "eam", "fm", "nsia", "gen")


def _chief_as_rank(p: _Post) -> bool:
    """"Chief Cabinet Secretary": a rank of the post that follows, not a post of its own."""
    return p.normal == "Chief" and p.wording[0].isupper() and re.match(r"\s+[A-Z]", p.s.text[p.m.end():]) is not None


def _field_after(p: _Post) -> None:
    """"Minister for Public Safety", "Secretary of Homeland Security": the field is part of the post."""
    field_m = _FOR_FIELD.match(p.rest) or (_FOR_FIELD_LOWER.match(p.rest) if p.lower else None)
    if not (field_m and p.normal in ("Minister", "Secretary", "Minister of State", "Director", "Chief", "Commissioner",
                                     "Undersecretary")
            and country_of(field_m.group(1)) is None):
        return
    p.grow_after(field_m.end(), f"{p.normal} of {field_m.group(1)}" if p.normal != "Minister of State"
                 else f"Minister of State for {field_m.group(1)}")
    p.fielded = True


def _field_into_body(p: _Post) -> None:
    """"Chief of the Defence Force", "Director of Defence Services": the field words open a body's name, which runs
    on to its last word; the whole name is the post's."""
    body = _FIELD_INTO_BODY.match(p.rest) if p.fielded and not p.lower and p.normal.split()[0] != "Minister" else None
    if body:
        p.grow_after(body.end(), p.normal + re.sub(r"\s+", " ", body.group()))


def _remit_after(p: _Post) -> None:
    """"Special Envoy for Climate", "Commissioner for Human Rights": a capitalised remit after the post is part of
    it."""
    remit = _FOR_REMIT.match(p.rest)
    if remit and country_of(remit.group(1)) is None and (p.normal in ("Commissioner", "Secretary of State", "Envoy",
                                                                      "Special Envoy", "Secretary", "Minister",
                                                                      "Undersecretary", "Special Representative")):
        p.grow_after(remit.end(), f"{p.normal} for {remit.group(1)}")


def _grade_before_remit(p: _Post) -> None:
    """"Joint Secretary (Counter Terrorism)", "Additional Secretary Defence": a grade is read against the post as it
    stands here, before a bracketed remit or a body after it."""
    p.graded = p.normal


def _body_after(p: _Post) -> None:
    """"Chairman Joint Chiefs of Staff Committee", "Secretary Defence X": a body written right after the post it
    heads, with no "of", is part of the post."""
    body = post_bodies.body_after(p.normal, p.rest) if p.end == p.m.end() and p.wording[0].isupper() else None
    p.body_state = post_bodies.state_of(body[1]) if body else None
    if body:
        p.grow_after(body[0], f"{p.normal} {body[1]}")


def _bracketed_remit(p: _Post) -> None:
    """"deputy secretary (policy) Teo Eng Dih", "Director (Operations) X": the bracketed remit before the holder's
    name is part of the post; a bracketed style is not ("Colonel (Dr) X", `style-skipped`)."""
    bracket = _BRACKETED_REMIT.match(p.rest)
    if bracket and not re.fullmatch(r"(?i)re?td\.?|retired|ret\.?", bracket.group("r")) \
            and f"({bracket.group('r')})" not in styles.WORDS \
            and country_of(bracket.group("r")) is None and bracket.group("r") not in reference.countries().cities:
        p.grow_after(bracket.end(), f"{p.normal} ({bracket.group('r')})")


def _leader_served(p: _Post) -> None:
    """"National Security Advisor to the Prime Minister Ajit Doval", "Parliamentary Secretary to the President X": the
    leader an aide serves is part of the aide's post, not a post of the name after it."""
    rest = p.rest
    serves = _TO_LEADER.match(rest) if not _LEADER_POST.fullmatch(p.normal) else None
    if serves and (p.lower or serves.group("leader")[0].isupper()) and not _OF_AFTER.match(rest, serves.end()):
        p.grow_after(serves.end(), p.normal + " " + " ".join(serves.group().split()))


def _envoy_remit_lowercase(p: _Post) -> None:
    """"special envoy for border issues": a lowercase envoy's remit, written in lowercase, is part of the post."""
    remit = _FOR_REMIT_LOWER.match(p.rest) if p.lower and p.normal in ("Special Envoy", "Envoy") else None
    if remit:
        p.grow_after(remit.end(), f"{p.m.group()} for {remit.group(1)}")


# The words right before the post that are part of it; the first of these rows that reads them wins.
def _field_before_post(p: _Post) -> re.Match[str] | None:
    return _FIELD_BEFORE.search(p.s.text, max(0, p.m.start() - 60), p.m.start()) or (
        _FIELD_BEFORE_LOWER.search(p.s.text, max(0, p.m.start() - 60), p.m.start()) if p.lower else None)


def _field_widens(p: _Post) -> bool:
    """"National Defence Minister": field words before a post that already has its field widen it."""
    pre = _field_before_post(p)
    if not (pre and p.normal not in ("Minister", "Secretary")
            and re.fullmatch(rf"(?:{_FIELDS})(?:\s+(?:{_FIELDS}))* (?:Minister|Secretary)", p.normal)
            and not p.normal.startswith(pre.group(1)) and p.clear_of(pre.start(1))):
        return False
    p.grow_before(pre.start(1), f"{pre.group(1)} {p.normal}")
    return True


def _spokesperson_for(p: _Post) -> bool:
    """"government spokesman", "presidential spokesperson": whom the spokesperson speaks for is the post."""
    speaks_for = _SPEAKS_FOR_BEFORE.search(p.s.text, max(0, p.m.start() - 20), p.m.start()) \
        if p.normal in ("Spokesperson", "Spokesman", "Spokeswoman") else None
    if not (speaks_for and p.clear_of(speaks_for.start(1))):
        return False
    p.grow_before(speaks_for.start(1), f"{speaks_for.group(1).lower()} {p.normal.lower()}")
    return True


def _field_before(p: _Post) -> bool:
    """"national security minister": field words before a post are part of it, as the post is named."""
    pre = _field_before_post(p)
    if not (pre and p.normal in _FIELDED_POSTS and p.clear_of(pre.start(1))):
        return False
    p.grow_before(pre.start(1), f"{_capitalised(pre.group(1))} {p.normal}")
    return True


def _body_before(p: _Post) -> bool:
    """"navy chief", "Defence Forces chief", "Military District chief": the body named before a bare post is part of
    the post as written."""
    body = _body_run_before(p.s, p.m.start(), p.end, p.m.end(), p.normal, p.ctx)
    if not (body and p.clear_of(body[0])):
        return False
    p.grow_before(body[0], f"{body[1]} {p.s.text[body[0] + body[2]:p.end].strip()}")
    return True


def _ministry_before(p: _Post) -> bool:
    """"foreign ministry spokesperson", "national security council secretary": the unnamed ministry or body before
    the post is part of it, as written (reports differ on the word)."""
    ministry = _MINISTRY_BEFORE.search(p.s.text, max(0, p.m.start() - 40), p.m.start()) \
        or (_BODY_BEFORE.search(p.s.text, max(0, p.m.start() - 50), p.m.start()) if p.m.group()[0].islower() else None)
    if not (ministry and p.normal in ("Spokesperson", "Spokesman", "Spokeswoman", "Secretary", "Director", "head",
                                      "Chief")
            and p.clear_of(ministry.start(1))):
        return False
    p.grow_before(ministry.start(1), f"{ministry.group(1).lower()} {p.normal.lower()}")
    return True


def _kind_before(p: _Post) -> bool:
    """"opposition leader", "rebel commander", "defence analyst": the kind of leader is the post."""
    if p.normal not in _KINDED:
        return False
    kind = _KIND_BEFORE.search(p.s.text, max(0, p.start - 20), p.start)
    if kind is None:  # "Opposition leader X said": the kind opens the sentence
        kind = re.fullmatch(r"([A-Z][a-z]{2,})\s+", p.s.text[:p.start])
        kind = kind if kind and not country_of(kind.group(1)) and kind.group(1) not in ("The", "Former", "Top",
                                                                                       "Senior", "Military", "Veteran",
                                                                                       "Prominent", "Key") else None
    if not (kind and p.clear_of(kind.start(1))):
        return False
    p.wording, p.start = p.s.text[kind.start(1):p.end], kind.start(1)
    p.normal = f"{kind.group(1).lower()} {p.normal.lower()}"
    return True


_WORDS_BEFORE: tuple[tuple[str, Callable[[_Post], bool]], ...] = (
    ("field-widens-post", _field_widens),        # "National Defence Minister"
    ("spokesperson-for", _spokesperson_for),     # "government spokesman", "presidential spokesperson"
    ("field-before-post", _field_before),        # "national security minister"
    ("body-before-post", _body_before),          # "navy chief", "Defence Forces chief"
    ("ministry-before-post", _ministry_before),  # "foreign ministry spokesperson", "... council secretary"
    ("kind-before-post", _kind_before),          # "opposition leader", "rebel commander"
)


def _words_before(p: _Post) -> None:
    """The words right before the post that are part of it: the first row of _WORDS_BEFORE that reads them."""
    for _, read in _WORDS_BEFORE:
        if read(p):
            return


def _stacked_grades(p: _Post) -> None:
    """"Deputy Assistant Secretary", "Principal Deputy Director": grades stack."""
    for _ in range(3):
        rank = _RANK_BEFORE.search(p.s.text, max(0, p.start - 14), p.start)
        if rank and _UNDER.match(rank.group()) and "Secretary" not in p.normal:
            rank = None  # "Under President X", "under Prime Minister Y": a preposition
        if rank and _GRADED_ONLY.match(rank.group()) and p.graded not in _GRADED_POSTS:
            rank = None  # "Joint Task Force Commander": "joint" grades a secretary or director, not any post
        if not (rank and p.clear_of(rank.start()) and not p.normal.startswith(rank.group().strip(" -").title())):
            break
        p.grow_before(rank.start(), f"{rank.group().strip(' -').title()} {p.normal}")


def _field_before_grade(p: _Post) -> None:
    """"Foreign Affairs Principal Secretary", "Defence Permanent Secretary": the remit stands before the grade as
    before the post; not the tail of a body's name ("Ministry of X Joint ...")."""
    ungraded = _HEAD_RANKS.sub("", p.normal)
    if ungraded != p.normal and ungraded in _FIELDED_POSTS:
        pre = _FIELD_BEFORE.search(p.s.text, max(0, p.start - 60), p.start)
        if pre and p.clear_of(pre.start(1)) and not _ends_a_name(p.s.text[:pre.start(1)]):
            p.grow_before(pre.start(1), f"{_capitalised(pre.group(1))} {p.normal}")


def _de_facto(p: _Post) -> None:
    """"the kingdom's de facto ruler": a post held in fact, not in name, is another post than the one in name."""
    de_facto = _DE_FACTO_BEFORE.search(p.s.text, max(0, p.start - 9), p.start) \
        if "facto" in p.s.text[max(0, p.start - 9):p.start] else None
    if de_facto and p.clear_of(de_facto.start()):
        p.grow_before(de_facto.start(), f"de facto {p.normal.lower() if p.lower else p.normal}")


def _ordinal_deputy(p: _Post) -> None:
    """"First Deputy Prime Minister", "Second Vice President": the ordinal is part of a deputy's post."""
    ordinal = _ORDINAL_BEFORE.search(p.s.text, max(0, p.start - 8), p.start) if _DEPUTY_POST.match(p.normal) else None
    if ordinal and p.clear_of(ordinal.start()):
        p.grow_before(ordinal.start(), f"{ordinal.group().strip(' -').title()} {p.normal}")


def _gap(p: _Post) -> str:
    """The text between the last chain and this post. It ends where the post begins with its own field words:
    "Deputy Prime Minister and Foreign Affairs Minister X" is one holder's two posts, as "Deputy Prime Minister and
    Foreign Minister X" is."""
    chains, text = p.chains, p.s.text
    return text[chains[-1].end:p.start] if chains and chains[-1].end <= p.start \
        else text[chains[-1].end:p.m.start()] if chains else ""


def _place_closes_post(p: _Post, gap: str) -> Chain | None:
    """`place-closes-post`: "Crown Prince of Abu Dhabi and Deputy Supreme Commander ...": the place closes the first
    post and the "and" opens the holder's next one."""
    chains = p.chains
    placed = _PLACE_THEN_AND.match(gap) if chains and chains[-1].end <= p.start and " of " in gap[:5] else None
    place = _place_prefix(placed.group("c"))[0] if placed and not _place_prefix(placed.group("c"))[1] else None
    if not (place and chains[-1].titles[-1][1] in _RULES_A_PLACE and not chains[-1].lower):
        return None
    prev = chains[-1]
    ruled = placed.group("c").strip()
    wording0, normal0 = prev.titles[-1]
    if ruled not in reference.countries().names:
        normal0 = f"{normal0} of {ruled}"
    prev.titles[-1] = (wording0 + p.s.text[prev.end:prev.end + placed.end("c")], normal0)
    prev.country = prev.country or place
    return prev


def _joins_chain(p: _Post, gap: str) -> Chain | None:
    """`joins-chain`: "Deputy Prime Minister and Foreign Minister X", "Chief of Staff General X": only "and", a comma
    (or nothing, before a rank) between this post and the chain before make them one holder's."""
    chains = p.chains
    if chains and chains[-1].end <= p.m.start() and (_JOIN.match(held_gap := _NOW_HELD.sub("", gap)) \
            and not re.search(r"[a-z]", held_gap.replace("and", "").replace("the", ""))
            or p.normal in _RANKS and not p.s.text[chains[-1].end:p.start].strip()):
        return chains[-1]
    return None


def _opens_chain(p: _Post) -> Chain:
    """`opens-chain`: a new chain, with the state or body named before it ("India's", "the Canadian", "MEA")."""
    s, text = p.s, p.s.text
    chain = Chain(start=p.start, end=p.end, lower=p.lower)
    p.chains.append(chain)
    # "Mali's transitional president": the state stands before the words that qualify the post.
    qualified = _QUALIFIERS.search(text, max(0, p.start - 40), p.start)
    chain.former = _is_former(text, p.start)
    base = qualified.start() if qualified else p.start
    chain.country, chain.org_key = _prefix(text[:base], s, p.ctx)
    # "ISLAMABAD - Commander Sri Lankan Army X": the state the body after the post names is whose post it is
    chain.country = p.body_state or chain.country
    # "X, the host foreign minister": the name before the prefix
    chain.prefix_start = _prefix_start(text, base) if (chain.country or chain.org_key) else base
    return chain


def _into_chain(p: _Post) -> None:
    """The post joins the chain before it or opens its own; a title inside the chain before ("to the Prime Minister
    of Canada") is not a post of its own."""
    gap = _gap(p)
    chain = _place_closes_post(p, gap) or _joins_chain(p, gap)
    if chain is None:
        if p.chains and p.m.start() < p.chains[-1].end:
            return
        chain = _opens_chain(p)
    chain.end = p.end
    chain.titles.append((p.wording, p.normal))
    chain.lower = chain.lower and p.lower


# Named rejections, in order; the first that holds drops the title.
_TITLE_REJECTIONS: tuple[tuple[str, Callable[[_Post], bool]], ...] = (
    ("acronym-case", _acronym_case),              # a short title in capitals the sentence writes otherwise (inert)
    ("acronym-lowercase", _acronym_lowercase),    # "pm", "fm": acronym titles only in capitals
    ("chief-as-rank", _chief_as_rank),            # "Chief Cabinet Secretary": a rank of the post that follows
)
# Named steps, in order: the words after the post, then the words before it, then the chain it goes into.
_TITLE_STEPS: tuple[tuple[str, Callable[[_Post], None]], ...] = (
    ("field-after-post", _field_after),           # "Minister for Public Safety", "Secretary of Homeland Security"
    ("field-into-body", _field_into_body),        # "Chief of the Defence Force", "Director of Defence Services"
    ("remit-after-post", _remit_after),           # "Special Envoy for Climate"
    ("grade-before-remit", _grade_before_remit),  # "Joint Secretary (Counter Terrorism)": the post a grade is read on
    ("body-after-post", _body_after),             # "Chairman Joint Chiefs of Staff Committee", "Secretary Defence X"
    ("bracketed-remit", _bracketed_remit),        # "deputy secretary (policy) Teo Eng Dih"
    ("leader-served", _leader_served),            # "National Security Advisor to the Prime Minister Ajit Doval"
    ("envoy-remit-lowercase", _envoy_remit_lowercase),  # "special envoy for border issues"
    ("words-before-post", _words_before),         # the first row of _WORDS_BEFORE that holds
    ("stacked-grades", _stacked_grades),          # "Deputy Assistant Secretary", "Principal Deputy Director"
    ("field-before-grade", _field_before_grade),  # "Foreign Affairs Principal Secretary"
    ("de-facto-post", _de_facto),                 # "the kingdom's de facto ruler"
    ("ordinal-deputy", _ordinal_deputy),          # "First Deputy Prime Minister"
    ("into-chain", _into_chain),                  # the chain before it, or a chain of its own
)


def _place_after(chain: Chain, s: Sentence, ctx: Context) -> None:
    """"Adviser of Canada", "Advisor to the Prime Minister of Canada", "Governor of Jakarta": the place after a chain
    is whose post it is (a city or province ruled is part of the post); else `styled-state-after-post`."""
    rest = s.text[chain.end:]
    for pattern, serves in ((_OF_COUNTRY, True), (_TO_ADJ_LEADER, True), (_TO_PLACE, False), (_IN_PLACE, True)):
        m = pattern.match(rest)
        if not m:
            continue
        place, cut = _place_prefix(m.group("c"))
        if place is None or pattern is _OF_COUNTRY and _demonym_of_body(m.group("c"), rest[m.end():]):
            continue
        body = _COMPLEMENT.match(rest) if pattern is _OF_COUNTRY and _heads_body(chain.titles[-1][1]) else None
        if body and body.end() > m.end() - cut:
            # "commander of the Vietnam Coast Guard", "Commissioner of the South Africa Police Service": the state's
            # name opens a body's, the body follows
            continue
        end = m.end() - cut
        if serves and pattern is _IN_PLACE and any(re.search(r"Ambassador|Commissioner|Envoy|Consul|Attach", n)
                                                   for _, n in chain.titles):
            serves = False  # "High Commissioner in Ottawa" is posted there, not serving there
        if serves:  # "Adviser of Canada", "Advisor to the Prime Minister of Canada": the post serves Canada
            chain.country = chain.country or place
        wording, normal = chain.titles[-1]
        ruled = m.group("c")[:len(m.group("c")) - cut].strip()
        if pattern is _OF_COUNTRY and normal in _RULES_A_PLACE and ruled not in reference.countries().names:
            normal = f"{normal} of {ruled}"  # "Crown Prince of Abu Dhabi"
        chain.titles[-1] = (wording + s.text[chain.end:chain.end + end], normal)
        chain.end += end
        return
    _styled_state_after(chain, s.text)


def _complement(chain: Chain, s: Sentence, ctx: Context) -> None:
    """"Chairman of the Parliament of Georgia": the body or remit after the chain's last post (`_body_complement`);
    not a body the report knows ("secretary of Iran's Supreme National Security Council"), bound by
    `post-of-known-body`."""
    wording, normal = chain.titles[-1]
    of = _OF_ORG.match(s.text[chain.end:]) if not ends_in_post(wording, normal, fold_case=False) else None
    if of and any(om.start == s.start + chain.end + of.end() for om in ctx.org_mentions):
        return
    _body_complement(chain, s.text)


def _country_of_post(chain: Chain, s: Sentence, ctx: Context) -> None:
    """"External Affairs Minister" is India's post: a post only one state has names the chain's state."""
    if chain.country is None:
        hints = {reference.titles().country.get(normal) for _, normal in chain.titles} - {None}
        if len(hints) == 1:
            chain.country = hints.pop()


def _post_of_known_body(chain: Chain, s: Sentence, ctx: Context) -> None:
    """"vice chairman of China's Central Military Commission", "Chief of Staff of Ethiopian National Defense Force":
    the body a post heads is part of the post, as written (the posts of BODY_POSTS are named from their body when
    their role is added)."""
    of = _OF_ORG.match(s.text[chain.end:])
    if not (of and not chain.org_key):
        return
    at = s.start + chain.end + of.end()
    org = next((om for om in ctx.org_mentions if om.start == at), None)
    if org:
        chain.org_key = org.key
        owner = country_of(of.group("owner").replace("'s", "").replace("’s", "")) if of.group("owner") else None
        chain.country = chain.country or owner or (ctx.organizations[org.key].country)
        wording, normal = chain.titles[-1]
        grown = s.text[chain.end:org.end - s.start]
        if _heads_body(normal) and ends_in_post(wording, normal) \
                and normal not in BODY_POSTS | SPOKESPEOPLE \
                and not (chain.lower and normal in LOWER_BODY_POSTS):
            named = body_as_named(ctx, org.key, org.text)  # "of the FANB": the name the report spells out
            normal += re.sub(r"\s+", " ", grown[:len(grown) - len(org.text)] + named)
        chain.titles[-1] = (wording + grown, normal)
        chain.end = org.end - s.start


# `post-in-ministry`: "Permanent Secretary in the Ministry of Defence", "Head Strategic Communication, Office of the
# NSA", "Ambassador, Nigeria High Commission": the ministry or office a civil post serves in, linked by "in" or set off
# by a comma (where "of" would stand), is part of the post. Only a body the report names, and only one whose name says
# it is an administration: "Defence Minister in the Senate" names where a minister spoke, not the post.
_SERVES_IN = re.compile(r"^(?:\s+in|\s*,)\s+(?:the\s+)?(?P<owner>[A-Z][\w.-]*['’]s\s+)?")
_ADMINISTRATION = re.compile(r"(?<![\w-])(?:Ministry|Department|Office|Secretariat|Directorate|Presidency|Embassy|"
                             r"High\s+Commission|Chancellery)(?![\w-])")
# Posts held in an administration (a grade before them stripped): not a minister, who heads the ministry ("of").
_SERVES_IN_POSTS = {"Secretary", "Undersecretary", "Under Secretary", "State Secretary", "Director", "Director General",
                    "Director-General", "Secretary-General", "Head", "head", "Ambassador", "Commissioner",
                    "High Commissioner", "Adviser", "Advisor", "Officer", "Counsellor", "Coordinator", "Attaché"}
# After the body, the post is over: a comma, a stop, a bracket, a name, a reporting verb; not another lowercase word
# (the body named what follows: "the Defence Secretary, Ministry of Defence officials and ...").
_SERVES_IN_CLOSE = re.compile(r"\s*(?:[,.;:()]|$|\s+(?:and\s+)?[A-Z]|\s+(?:said|says|told|stated|noted|added)\b)")


def _post_in_ministry(chain: Chain, s: Sentence, ctx: Context) -> None:
    """`post-in-ministry` (see _SERVES_IN): grow the chain's last post over the administration it serves in."""
    wording, normal = chain.titles[-1]
    link = _SERVES_IN.match(s.text[chain.end:]) if not chain.org_key and ends_in_post(wording, normal) else None
    head = _HEAD_RANKS.sub("", normal)
    if link is None or not any(head == post or head.startswith(post + " ") for post in _SERVES_IN_POSTS):
        return  # "Head Strategic Communication": a post grown over its remit still serves in the office after it
    at = s.start + chain.end + link.end()
    org = next((om for om in ctx.org_mentions if om.start == at and _ADMINISTRATION.search(om.text)), None)
    if org is None or org.key not in ctx.organizations:
        return
    rest = s.text[chain.end:]
    end = org.end - s.start - chain.end
    while _FIELD_END.search(rest[:end]):  # "... in the Ministry of Defence, Justice and Security"
        more = _MORE_FIELDS.match(rest, end)
        if more is None or not _plain(more.group("body")):
            break
        end = more.end()
    state = _state_after(rest[end:])  # "... in the Ministry of Defence of Montenegro"
    named = end
    if state:
        end += state[1]
    if not _SERVES_IN_CLOSE.match(rest, end):
        return
    owner = country_of(link.group("owner").replace("'s", "").replace("’s", "")) if link.group("owner") else None
    chain.org_key = org.key
    # the state the words name ("Zambia's", "of Montenegro"), not the organisation's guess: a report of many states'
    # delegates names whose ministry it is around the post
    chain.country = chain.country or owner or (state[0] if state else None)
    # the post named with the body as written, link and all (a bare "Secretary" too: the body's name would lose the
    # fields the body's run read past the organisation's name)
    body = body_as_named(ctx, org.key, org.text) + rest[org.end - s.start - chain.end:named]
    normal += re.sub(r"\s+", " ", rest[:org.start - s.start - chain.end] + body)
    chain.titles[-1] = (wording + rest[:end], normal)
    chain.end += end


def _acronym_body_after(chain: Chain, s: Sentence, ctx: Context) -> None:
    """"DG BSF Daljit Singh Chaudhary", "DG ISPR": an abbreviated post, then the acronym of the body it heads."""
    if _OF_ORG.match(s.text[chain.end:]) \
            or not (not chain.org_key and chain.titles[-1][0].isupper() and _heads_body(chain.titles[-1][1])):
        return
    at = s.start + chain.end + 1
    org = next((om for om in ctx.org_mentions if om.start == at and re.fullmatch(r"[A-Z][A-Z&]{1,7}", om.text)
                and ctx.text[at - 1] == " "), None)
    if org and org.key in ctx.organizations:
        body = ctx.organizations[org.key]
        named = body.name if len(body.name.split()) >= 2 and body.name in ctx.text else org.text
        wording, normal = chain.titles[-1]
        chain.titles[-1] = (wording + s.text[chain.end:org.end - s.start], f"{normal} of {named}")
        chain.org_key, chain.country = org.key, chain.country or body.country
        chain.end = org.end - s.start


# Named steps over the chains, in order; each row runs over every chain before the next row.
_CHAIN_STEPS: tuple[tuple[str, Callable[[Chain, Sentence, Context], None]], ...] = (
    # before the place: "Permanent Secretary in Zambia's Ministry of Defence" is no post "in Zambia"
    ("post-in-ministry", _post_in_ministry),      # "Permanent Secretary in the Ministry of Defence"
    ("place-after-post", _place_after),           # "Adviser of Canada", "Crown Prince of Abu Dhabi"
    ("body-complement", _complement),             # "Chairman of the Parliament of Georgia"
    ("country-of-post", _country_of_post),        # "External Affairs Minister" is India's post
    ("post-of-known-body", _post_of_known_body),  # "vice chairman of China's Central Military Commission"
    ("acronym-body-after-post", _acronym_body_after),  # "DG BSF Daljit Singh Chaudhary"
)


def _unswallowed(chains: list[Chain]) -> list[Chain]:
    """A title swallowed by the one before ("to the Prime Minister of Canada") is not its own."""
    kept: list[Chain] = []
    for chain in chains:
        if kept and chain.start < kept[-1].end:
            continue
        kept.append(chain)
    return kept


def chains(s: Sentence, ctx: Context) -> list[Chain]:
    """Every title chain of a sentence, with its prefix (country, body) and complement ("to the PM of Canada")."""
    titles = reference.titles()
    found: list[Chain] = []
    for m in titles.pattern.finditer(s.text):
        wording = m.group()
        p = _Post(s=s, ctx=ctx, chains=found, m=m, wording=wording, normal=titles.normal[wording.lower()],
                  lower=wording[0].islower(), end=m.end(), start=m.start())
        if any(rejects(p) for _, rejects in _TITLE_REJECTIONS):
            continue
        for _, step in _TITLE_STEPS:
            step(p)
    for _, step in _CHAIN_STEPS:
        for chain in found:
            step(chain, s, ctx)
    return _unswallowed(_merge_ranks(found, s.text))


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


# A state's formal style: "the Federal Democratic Republic of", "the Kingdom of", "the Hashemite Kingdom of".
STATE_STYLE = (r"(?:(?:Federal|Democratic|Islamic|People['’]s|United|Socialist|Arab|Plurinational|Bolivarian|Hashemite|"
               r"Cooperative|Independent)\s+){0,3}(?:Republic|Kingdom|Federation|Sultanate|State|Emirate|"
               # "the Union of the Comoros", "the Commonwealth of Dominica", "the Principality of Monaco"
               r"Union|Commonwealth|Principality)")
# `state-after-body`: "... of the Kyrgyz Republic", "... of the Kingdom of Saudi Arabia", "... of Mauritania": the
# state a body is in, written after it in one of the ways states are named.
_STATE_AFTER = re.compile(rf"\s+of\s+(?:the\s+)?(?:(?P<form>{STATE_STYLE})\s+of\s+"
                          r"(?:the\s+)?)?(?P<c>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")
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
            form = _STATE_FORMS.match(after, end) if not m.group("form") else None
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
    state = _state_after(rest) if m and m.group("form") else None
    if state is None or not _HOLDER_NEXT.match(rest, state[1]) \
            or INSIDE_REMIT.search(text, max(0, chain.start - 12), chain.start):
        return
    chain.country = chain.country or state[0]
    wording, normal = chain.titles[-1]
    chain.titles[-1] = (wording + rest[:state[1]], normal)
    chain.end += state[1]


def _plain(body: str) -> bool:
    """A body's words: no name opener or post inside, no state as the last word, at most six words."""
    words = re.findall(r"[\w'’-]+", body)
    return 0 < len(words) <= 6 and not _NOT_BODY.search(body) and not country_of(words[-1])


# "Chief of Staff of the Ethiopian Armed Forces (ENDF), General Berhanu Jula": a post, then its holder's rank.
_RANK_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,7}\)\s*)?,\s*$")
# `post-state-rank`: "head of the Sovereign Council Gen. X", "Commander of the Land Forces Congo Lieutenant General X":
# right after a post grown over its body, a rank (the post's state between them, or nothing) opens the holder's name.
_STATE_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,7}\)\s*)?(?:,\s*)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                        r"(?:\s*,)?\s+$")


# `rank-in-body-name`: words of a body's name; a rank before them is a word of that name ("General Directorate",
# "Police General Staff").
_BODY_WORD = re.compile(rf"{_BODY_END}|Staff|Directorate|Headquarters|Secretariat|Inspectorate|Prosecutor|Assembly")
# A name set off by a comma right before a post: "General A B, National Commissioner of X, ...".
_NAME_COMMA = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*)\s*,\s+$")


def _named_before(before: str) -> bool:
    """A person's name (two capitalised words or more, no state or city) closes the text before a post, then a comma."""
    m = _NAME_COMMA.search(before, max(0, len(before) - 80))
    if m is None:
        return False
    words = m.group(1).split()
    cities = reference.countries().cities
    return not any(country_of(" ".join(words[n:])) or " ".join(words[n:]) in cities for n in range(len(words)))


def _rank_opens_name(text: str, at: int) -> bool:
    """The capitalised words after a rank are a holder's name, not the rest of a body's ("the General Directorate")."""
    m = re.match(r"\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})", text[at:])
    return bool(m) and not any(_BODY_WORD.fullmatch(w) for w in m.group(1).split())


def _rank_gap(prev: Chain, gap: str, text: str, rank: Chain) -> bool:
    """The words between a post and a rank leave them one holder's: a comma; or, when a name follows the rank, only
    spaces or the post's state."""
    if _RANK_GAP.fullmatch(gap):
        # "X, Commissioner of the Police Service, Lieutenant General Y": a post set off after a name is that name's;
        # the rank after it opens the next item of the list
        return not _named_before(text[:prev.prefix_start or prev.start])
    if not _rank_opens_name(text, rank.end):
        return False
    if not gap.strip():
        return True
    m = _STATE_GAP.fullmatch(gap)
    post = prev.titles[-1][1]
    if m is None or m.group("state") is None or not _heads_body(re.split(r"\s+(?:of|for)\s+", post)[0]):
        return False
    code = country_of(m.group("state"))
    if code is None or prev.country not in (None, code):
        return False
    prev.country = code
    return True


def _merge_ranks(chains: list[Chain], text: str) -> list[Chain]:
    """A rank right after a post (a comma, the post's state or nothing between) is the same person's: one chain holds
    both."""
    merged: list[Chain] = []
    for chain in chains:
        prev = merged[-1] if merged else None
        if prev and all(normal in _RANKS for _, normal in chain.titles) \
                and not any(normal in _RANKS for _, normal in prev.titles) \
                and _rank_gap(prev, text[prev.end:chain.start], text, chain):
            prev.titles.extend(chain.titles)
            prev.end = chain.end
            continue
        merged.append(chain)
    return merged


def _demonym_of_body(words: str, after: str) -> bool:
    """"head of the Kyrgyz border service", "Chief of Staff of the Djiboutian Armed Forces": after "of the", a
    demonym qualifies the body that follows; the post is that body's, not the state's."""
    first = words.split()[0]
    countries = reference.countries()
    return first in countries.adjectives and first not in countries.names and (
        len(words.split()) > 1 or re.match(r"\s+[a-z]+", after) is not None)


def _place_prefix(words: str) -> tuple[str | None, int]:
    """Country code of the country/capital at the start of ``words`` and how many characters to give back."""
    countries = reference.countries()
    if country_of(words):
        return country_of(words), 0
    if words in countries.cities:
        return countries.cities[words], 0
    first = words.split()[0]
    if len(words.split()) > 1:
        code = country_of(first) or countries.cities.get(first)
        if code:
            return code, len(words) - len(first)
    return None, 0


# Posts over a city, emirate or province that is not a state: the place is part of the post ("Crown Prince of Abu
# Dhabi", "Governor of Jakarta"); of a state, it is only the post's country ("Crown Prince of Saudi Arabia").
_RULES_A_PLACE = {"Crown Prince", "Ruler", "Emir", "Governor", "Mayor", "Prince", "Chief Minister", "Sultan"}
_QUALIFIERS = re.compile(r"(?<![\w-])(?:(?:transitional|interim|caretaker|outgoing|incoming|new|newly appointed|host|visiting|Visiting|"
                         r"current|then|de facto|military|junta|long-serving|veteran|former|top|previous|late)\s+)+$")
# "former president", "far-right former president", "a former Estonian prime minister", "ex-minister": the post is
# one held before, and news names it so; a state's name may stand between the word and the post.
_FORMER_BEFORE = re.compile(r"(?<![\w-])(?:[Ff]ormer|[Ee]x-)\s*((?:[A-Z][\w'’-]*\s+){0,2})$")


def _is_former(text: str, start: int) -> bool:
    """The post starting at ``start`` is named as a former one: "former" or "ex-" right before it, or before the
    state or the body's acronym that qualifies it ("the former Iranian SNSC Secretary", "former FBI Director")."""
    m = _FORMER_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and (not m.group(1).strip() or country_of(m.group(1).strip()) is not None
                        or all(country_of(w) or _ACRONYM.fullmatch(w) for w in m.group(1).split()))


_ACRONYM = re.compile(r"[A-Z]{2,6}")


_RANKS = ranks.GRADES  # the rank grammar (ranks.py): a rank is held, not a post of a body
# `bare-post`: a post named by its head alone ("Minister Kang", "the Director"), which says what kind of post the
# person holds but not of what; a fuller post with the same head that the report gives the same person (or, for a
# counterpart, the owner's post) completes it. Ranks are no bare posts: a General holds a rank, not half a post.
_BARE_POST = re.compile(r"(?:(?:deputy|vice|assistant|under)\s+)?"
                        r"(?:minister|secretary|director(?:[\s-]general)?|commander|chief|head)", re.IGNORECASE)


def bare_post(title: str) -> bool:
    """A post that is its head alone ("Minister", "Deputy Head", "Director General"), nothing of what it heads."""
    return _BARE_POST.fullmatch(title.strip()) is not None


_PREFIX = re.compile(r"(?:the\s+)?([A-Z][A-Za-z.]+(?:\s+[A-Z][a-z]+)?|its|country|nation|kingdom|republic|emirate)(?:['’]s)?\s+$")


_BRACKETED_ACRONYM = re.compile(r"(?<=[a-z])\s+\([A-Z][A-Za-z&]{1,7}\)\s+$")


def _prefix_start(text: str, base: int) -> int:
    """Where the prefix _prefix read before the post at ``base`` begins."""
    bracket = _BRACKETED_ACRONYM.search(text, max(0, base - 60), base)
    if bracket:
        cut = text[:bracket.start()] + " "
        m = _PREFIX.search(cut, max(0, len(cut) - 60))
        if m:
            return m.start()
    m = _PREFIX.search(text, max(0, base - 60), base)
    return m.start() if m else base


def _numbered_unit_before(before: str, s: Sentence, ctx: Context) -> tuple[str | None, str] | None:
    """(its state, its key) for a body the report names whose name ends in a number, right before a title."""
    end = s.start + len(before.rstrip())
    om = next((om for om in ctx.orgs_in(s.start, end) if om.end == end and om.text[-1:].isdigit()), None)
    org = ctx.organizations.get(om.key) if om else None
    return (org.country, om.key) if org else None


def _prefix(before: str, s: Sentence, ctx: Context) -> tuple[str | None, str | None]:
    """The country ("India's", "Canadian", "US") or body ("MEA") named just before a title."""
    cut = max(0, len(before) - 60)  # "$"-anchored searches scan from every start: look at the tail only
    bracket = _BRACKETED_ACRONYM.search(before, cut)
    if bracket:  # "National Intelligence and Security Service (NISS) Head": the body, then its acronym, then the post
        before = before[:bracket.start()] + " "
    numbered = _numbered_unit_before(before, s, ctx)
    if numbered:  # "Naval Task Force 41 chief": a unit whose number closes its name, which the prefix does not read
        return numbered
    m = _PREFIX.search(before, cut)
    if not m:
        return None, None
    word = m.group(1)
    code = country_of(word) or country_of(word.split()[-1]) or country_of(word.split()[0])
    for om in ctx.org_mentions:
        if (om.end == s.start + m.end(1) or om.end == s.start + m.start(1) + len(word)) and not country_of(om.text):
            org = ctx.organizations.get(om.key)  # "Afghan Taliban spokesman": the body's post, in that state
            return (org.country if org and org.country else code), om.key
    if code:
        return code, None
    if word in ("country", "nation", "kingdom", "republic", "emirate"):
        # "Iran ... the country's defence minister", "Saudi Arabia ... the kingdom's ruler": the state just named
        at = s.start + m.start(1)
        last = max((cm for cm in ctx.country_mentions if at - 400 < cm.end <= at), key=lambda cm: cm.end, default=None)
        return (last.key if last else None), None
    if word.lower() == "its":  # "China's Ministry of Foreign Affairs said ... Its spokesperson, Guo Jiakun": that body's
        at = s.start + m.start(1)
        last = max((om for om in ctx.org_mentions if at - 300 < om.end <= at), key=lambda om: om.end, default=None)
        if last and ctx.organizations.get(last.key):
            return ctx.organizations[last.key].country, last.key
    return None, None
