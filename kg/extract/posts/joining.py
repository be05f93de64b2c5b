"""Which chain a post goes into (the one before it, or its own), and a rank after a post merged into its chain."""

from __future__ import annotations

import re

from kg.extract import reference

from kg.extract.posts.patterns import _JOIN, _NOW_HELD, _PLACE_THEN_AND, _RANKS, country_of
from kg.extract.posts.records import Chain, _Post
from kg.extract.posts.prefix import _QUALIFIERS, _RULES_A_PLACE, _is_former, _place_prefix, _prefix, _prefix_start
from kg.extract.posts.bodies import _heads_body, _rank_opens_name


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


# "Chief of Staff of the Ethiopian Armed Forces (ENDF), General Berhanu Jula": a post, then its holder's rank.
_RANK_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,7}\)\s*)?,\s*$")
# `post-state-rank`: "head of the Sovereign Council Gen. X", "Commander of the Land Forces Congo Lieutenant General X":
# right after a post grown over its body, a rank (the post's state between them, or nothing) opens the holder's name.
_STATE_GAP = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,7}\)\s*)?(?:,\s*)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                        r"(?:\s*,)?\s+$")


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
