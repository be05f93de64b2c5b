"""The named steps over whole chains: the place, ministry, body, state and acronym after a chain's last post."""

from __future__ import annotations

import re

from kg.extract import reference
from kg.extract.context import Context
from kg.extract.sentences import Sentence

from kg.extract.posts.patterns import (_IN_PLACE, _OF_COUNTRY, _OF_ORG, _TO_ADJ_LEADER, _TO_PLACE, BODY_POSTS,
                                       LOWER_BODY_POSTS, SPOKESPEOPLE, country_of, styled_state)
from kg.extract.posts.records import Chain
from kg.extract.posts.prefix import _RULES_A_PLACE, _demonym_of_body, _place_prefix
from kg.extract.posts.bodies import (_COMPLEMENT, _FIELD_END, _HEAD_RANKS, _MORE_FIELDS, _body_complement, _heads_body,
                                     _plain, _state_after, _styled_state_after, body_as_named, ends_in_post)


def _place_after(chain: Chain, s: Sentence, ctx: Context) -> None:
    """"Adviser of Canada", "Advisor to the Prime Minister of Canada", "Governor of Jakarta": the place after a chain
    is whose post it is (a city or province ruled is part of the post); else `styled-state-after-post`."""
    rest = s.text[chain.end:]
    for pattern, serves in ((_OF_COUNTRY, True), (_TO_ADJ_LEADER, True), (_TO_PLACE, False), (_IN_PLACE, True)):
        m = pattern.match(rest)
        if not m:
            continue
        place, cut = _place_prefix(styled_state(m))  # `state-formal-style`: "to the Sultanate of Oman"
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
