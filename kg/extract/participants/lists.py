"""Runs of people: coordinated subjects and object lists, their members joined by titles, appositions or "and with"."""

from __future__ import annotations

import re

from kg.extract.context import Context, Mention
from kg.extract.participants.patterns import _COORDINATION


# Rule "reporter-after-object": a person right after the object list whose own verb is a speech verb reports the
# occasion ("A received B, Interior Minister C said on Tuesday"); the list ended before them.
_REPORTER_AFTER = re.compile(r"^\s*(?:said|says|told|added|noted|stated|announced|confirmed|wrote|tweeted|posted)\b")
# Words a post may hold besides capitalised ones ("Governor of Zhambyl region", "Minister of Internal Affairs of
# Kyrgyzstan", "High Commissioner of Mauritius to Sri Lanka", "Ibrahim Lt Col (Retd) Latheef, DC, NSA of Maldives").
_POST_SMALL = frozenset("of for the to on and de del da du la le al el bin ibn region province state district county "
                        "affairs forces force staff office department ministry general".split())
# A word that opens or carries a clause: a gap holding one is no list separator.
_CLAUSE_WORD = frozenset("said says told who which that after before while when over about against during met meet "
                         "meets held hold was were is are has have had will would signed agreed visited received "
                         "hosted including monday tuesday wednesday thursday friday saturday sunday january february "
                         "march april may june july august september october november december".split())


def titled_list_gap(gap: str) -> bool:
    """"A, Governor of Zhambyl region B", "A; the Vice Minister of Defence of Peru, B", "A, NSA of Maldives; B": the
    words between two people of one list that name the next member's post (or the last one's, in apposition) and
    nothing else. Rule "titled-list": a list whose members each carry a post, separated by commas or semicolons."""
    if ";" not in gap and "," not in gap:
        return False
    words = re.findall(r"[^\s,;()]+", gap)
    if len(words) > 18:
        return False
    for w in words:
        bare = w.strip(".’'-–")
        if not bare:
            continue
        if bare.lower() in _CLAUSE_WORD:
            return False
        if not (bare[0].isupper() or bare.lower() in _POST_SMALL or bare.isdigit()):
            return False
    return True


# Lowercase words a post may hold in a coordinated partner's title ("and India's new prime minister B", "and the head
# of the Sovereign Council of Sudan Gen. B", "and South Xinjiang Military District chief Major General B").
_TITLE_WORDS = frozenset("minister ministers prime deputy vice foreign defence defense interior home security national "
                         "president premier chancellor chief chiefs head commander counterpart leader secretary general "
                         "ambassador envoy adviser advisor director governor king emir crown prince junta military army "
                         "navy police intelligence new top senior acting state of for the to and de del da al el bin ibn "
                         "affairs forces force staff council sovereign district region province high commissioner "
                         "special representative newly-appointed newly-elected newly appointed elected incoming "
                         "outgoing visiting chairman chairwoman chairperson inspector committee service armed "
                         "government "
                         # x24lonemeeting: a border or coast force's own words ("and the commander of the Tajik border
                         # troops B met", "and the head of the coast guard B")
                         "border troops guard guards coast customs gendarmerie".split())
# A rank or style of address opening the partner's name ("Gen.", "Lt Gen", "Dr", "Sheikh").
_STYLE = (r"(?:(?:Gen|Lt|Lieut|Maj|Col|Brig|Adm|Dr|Mr|Mrs|Ms|Hon|H\.E|Amb|Sheikh|Prince|Sen|General|Lieutenant|Major|"
          r"Colonel|Brigadier|Admiral|Senior|Vice|Rear|Air|Marshal)\.?\s+)*")
# (x24lonemeeting: "A, Jr. and B": the full stop of the first name's "Jr." may open the gap)
_PARTNER_GAP = re.compile(r"^\.?\s*(?:,?\s+and|,(?=\s+(?:his|her|their|the|[a-z]+)\s))\s+"
                          r"(?:(?:his|her|their|the)\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)?"
                          r"(?:[\w'’().-]+\s+){0,10}?(?:[\w'’().-]+,\s+)?" + _STYLE + r"$")


def titled_partner_gap(gap: str) -> bool:
    """Rule "titled-partner": "A and India's new prime minister B", "A and his Sudanese counterpart, Gen. B", "A and
    the head of the Sovereign Council of Sudan Gen. B", "A, the chairman of the State Committee of Tajikistan B":
    between two coordinated people, "and" (or a comma before "the/his/her" or a lowercase post: ", minister of
    foreign affairs B") and the second one's title only — every word capitalised or a post's word, no verb or
    clause."""
    m = _PARTNER_GAP.match(gap)
    if not m:
        return False
    words = re.findall(r"[^\s,()]+", gap[gap.index("and") + 3:] if re.match(r"^\.?\s*,?\s+and\s", gap) else gap)
    for w in words:
        bare = w.strip(".’'-–")
        if not bare or bare.lower() in ("his", "her", "their", "the"):
            continue
        if bare.lower() in _CLAUSE_WORD:
            return False
        if not (bare[0].isupper() or bare.lower() in _TITLE_WORDS or bare.isdigit()):
            return False
    return True


# Rule "comitative-member" (x23alongwith): "A, accompanied by Iraq's ambassador B, met C", "A (Retd) along with a
# delegation including Navy Commander B called on C", "A together with Defence Minister B met C", "A and his
# delegation, including B, met C": a companion named in a phrase of company between the subject and its verb goes with
# the subject, and both take part (the studied golds keep the one accompanied, 4 of 4, and the named companions, 2 of
# 2). Only a companion's title may stand between: a clause there ("along with plans that X drew up") names no party.
_COMITATIVE_GAP = re.compile(r"^(?:\s*\([^()]{1,15}\))?\s*,?\s+(?:(?:along|together)\s+with|accompanied\s+by|"
                             r"and\s+(?:his|her|their)\s+(?:delegation|team|entourage),?\s+including)\s+"
                             r"(?:(?:a|an|the|his|her|their)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:delegation|team|entourage),?\s+"
                             r"(?:including|comprising|that\s+included|which\s+included)\s+)?(?P<post>[^;:!?]*)$")


def comitative_gap(gap: str) -> bool:
    """The words between the one accompanied and a named companion are a phrase of company ("along with", "together
    with", "accompanied by", "and his delegation, including") and the companion's title only (rule
    "comitative-member")."""
    m = _COMITATIVE_GAP.match(gap)
    if not m:
        return False
    words = re.findall(r"[^\s,()]+", m.group("post"))
    if len(words) > 14:
        return False
    for w in words:
        bare = w.strip(".’'-–")
        if not bare or bare.lower() in ("his", "her", "their", "the"):
            continue
        if bare.lower() in _CLAUSE_WORD:
            return False
        if not (bare[0].isupper() or bare.lower() in _TITLE_WORDS or bare.lower() in _POST_SMALL or bare.isdigit()):
            return False
    return True


# Rule "own-title-not-a-member" (x24lonemeeting): "A and Secretary of the Security Council of the Russian Federation
# B met": a post read as a title reference ("Secretary of the Security Council", resolved to A, who holds it too) that
# runs on into a named person through its own remit words only ("of the Russian Federation") is that person's title,
# not a member of the list; it neither joins the list nor ends it.
_OWN_TITLE_RUN = re.compile(r"^\s+(?:(?:of|for|the|to)\s+)+(?:[A-Z][\w'’.-]*\s+){1,6}$")


def _own_title(ctx: Context, m: Mention, nxt: Mention) -> bool:
    return m.key != nxt.key and any(r is m for r in ctx.title_refs) \
        and bool(_OWN_TITLE_RUN.match(ctx.text[m.end:nxt.start]))


def coordinated_subjects(ctx: Context, before: list[Mention]) -> list[str]:
    """"Anita Anand and her Indian counterpart S. Jaishankar spoke ...": every person of a coordinated subject."""
    if not before:
        return []
    before = [m for m, nxt in zip(before, before[1:]) if not _own_title(ctx, m, nxt)] + [before[-1]]
    keys = [before[-1].key]
    for prev, cur in zip(reversed(before[:-1]), reversed(before[1:])):
        gap = ctx.text[prev.end:cur.start]
        if (not _COORDINATION.match(gap) or ("and" not in gap and "," not in gap)) and not titled_list_gap(gap) \
                and not titled_partner_gap(gap) and not comitative_gap(gap):
            break
        keys.insert(0, prev.key)
    return keys


def _objects(ctx: Context, after: list[Mention], *, at: int | None = None) -> list[str]:
    """The people of the object (or subject) run opening at the first mention: "met A, B and C" gives three;
    "summoned A over B's remark" gives A alone."""
    if not after or (at is not None and after[0].start - at > 60):
        return []
    keys = [after[0].key]
    for prev, cur in zip(after, after[1:]):
        gap = ctx.text[prev.end:cur.start]
        if not (_COORDINATION.match(gap) and ("and" in gap or "," in gap)) and not _LIST_GAP.match(gap) \
                and not titled_list_gap(gap) and not titled_partner_gap(gap) and not with_again(gap) \
                and not comitative_gap(gap):
            break
        if "and" not in gap.split() and _REPORTER_AFTER.match(ctx.text[cur.end:cur.end + 30]):
            break  # "A received B, Interior Minister C said": C reports the reception, C is no guest
        if _NEXT_PREDICATE.search(gap):
            break  # "called on A and subsequently met officials, including B": B is the next verb's host (each-predicate)
        keys.append(cur.key)
    return keys


# Rule "each-predicate" (x21metlist): "X called on Prime Minister A and met NSA B", "X will also call on A and meet
# B", "he received A and later held talks with B": coordinated predicates of one subject, each naming its own host.
# The visitor meets each host (one occasion per verb: the golds give "held talks with his counterpart A, and with
# Prime Minister B" as two); the first verb's host is no subject of the second verb, nor a member of its object list.
_PREDICATE_VERB = (r"(?:met|meet|meets|called\s+on|call\s+on|calls\s+on|held\s+talks|hold\s+talks|holds\s+talks|"
                   r"received|receives|receive|paid\s+(?:a\s+)?courtesy\s+calls?)")
_AND_THEN = r"\s*,?\s+and\s+(?:(?:also|later|subsequently|then|separately|further|thereafter)\s+)?"
_NEXT_PREDICATE = re.compile(rf"{_AND_THEN}{_PREDICATE_VERB}\b")
_SECOND_GAP = re.compile(rf"^{_AND_THEN}$")
_FIRST_VERB = re.compile(rf"\b{_PREDICATE_VERB}\b")


def second_predicate(ctx: Context, seg_start: int, before: list[Mention], trigger_at: int) -> int | None:
    """Where the first verb of "X called on A and met B" starts, when the trigger at ``trigger_at`` is its second verb
    (the last person before the trigger is joined to it by "and" only, and a meeting verb precedes that person)."""
    if not _SECOND_GAP.match(ctx.text[before[-1].end:trigger_at]):
        return None
    first = _FIRST_VERB.search(ctx.text[seg_start:before[-1].start])
    return seg_start + first.start() if first else None


# Rule "each-with" (x21metlist): "held talks with his Moroccan counterpart, A, and with Prime Minister B", "a series
# of meetings with Prime Minister A, with the President of the Parliament, B, and with the Minister of Defense, C": the
# preposition said again before each host makes each its own meeting with the subject.
_WITH_AGAIN = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)with\s+(?P<post>[^;:.!?]*)$")


def with_again(gap: str) -> bool:
    """The words between two hosts are "(, and) with" and the second host's post only (rule "each-with")."""
    m = _WITH_AGAIN.match(gap)
    if not m:
        return False
    for w in re.findall(r"[^\s,()]+", m.group("post")):
        bare = w.strip(".’'-–")
        if bare and not (bare[0].isupper() or bare.lower() in _TITLE_WORDS or bare.lower() in _POST_SMALL
                         or bare.lower() in ("his", "her", "their", "the")):
            return False
        if bare.lower() in _CLAUSE_WORD:
            return False
    return True


# "A, Brazil's justice minister, and Paraguayan Interior Minister B", "A and Somalia's Minister of Internal
# Security, B": appositions and titles between the members of a list, without a verb or clause between them.
_LIST_GAP = re.compile(r"^(?=\s*(?:\S+\s+){0,12}\S*$)(?!.*\b(?:said|says|told|who|which|that|after|before|while|when|"
                       r"over|about|against|during|on|in|at)\b)[^;.!?]*\band\b[^;.!?]*$")
