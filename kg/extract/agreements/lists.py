"""Enumerated outcomes: items after a colon, members of a plural umbrella, bullets; one draft per item."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.agreement_parties import deal_states
from kg.extract.agreement_lexicon import NOUN, NOUNS
from kg.extract.agreement_parts import list_members, own_words
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


# x25agsplit, counted-members (census: bank789 "two interdepartmental agreements were signed: 'On A' and 'On B'",
# "two memoranda of understanding, one in the area of defence and the other on rescue", "two border security
# agreements, namely A and B"; the next sentence "The two MoUs that were signed deal with A as well as B", "They are A
# and B"; the studied golds keep one agreement per counted or listed instrument and no fact for the count, 6 of 6:
# kg-tj, in-ph, qa-bd, gh-tg, nl-be, kr-ph). A count of instruments whose members the text
# names is those members, one agreement each, not one vague "two agreements". The count guards the reading: the
# members number no more than it (exactly it within the sentence). Named rows, where the members stand:
_COUNT_WORDS = {w: i for i, w in enumerate("two three four five six seven eight nine ten eleven twelve".split(), 2)}
_PLURAL_HEAD = (r"(?P<noun>agreements|accords|treaties|pacts|memoranda|memorandums|MoUs|MOUs|deals|protocols|documents|"
                r"instruments)(?P<ofu>\s+of\s+understanding)?(?:\s*\((?:MoUs?|MOUs?)\))?")
COUNTED_HEAD = re.compile(rf"\b(?P<count>{'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+(?:(?!(?:on|in|at|with|for|to|of|and)\b)"
                          rf"[\w'’-]+\s+){{0,3}}?{_PLURAL_HEAD}\b", re.IGNORECASE)
COUNTED_MEMBERS: tuple[tuple[str, str], ...] = (
    # "two agreements were signed: 'On information exchange' and 'On cooperation in ...'", "three key agreements: an A, B"
    ("colon", r"(?:\s+(?:were|have\s+been|had\s+been)\s+(?:signed|inked|concluded|exchanged))?\s*:\s*(?P<items>.+)$"),
    # "two border security agreements, namely the revised border crossing agreement and the border patrol agreement"
    ("namely", r",?\s+(?:namely|viz\.?|i\.e\.,?)\s+(?P<items>.+)$"),
    # "two memoranda of understanding on Wednesday, one in the area of defence and the other on rescue operations"
    ("one-and-the-other", r"[^,;:]{0,40},\s+(?P<items>one\s+.+?,?\s+and\s+the\s+other\s+.+)$"),
)
_MEMBERS_AFTER = [(name, re.compile(p)) for name, p in COUNTED_MEMBERS]
# the next sentence: "The two MoUs that were signed in Livingstone deal with A as well as B", "They are A and B",
# "The three agreements that were signed covered A and B"
_BACK_TO_COUNT = re.compile(rf"^(?:They|These|Those|The\s+(?:(?:{'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                            rf"{_PLURAL_HEAD}(?:\s+(?:that|which)\s+(?:were|have\s+been)\s+(?:signed|inked)[^,;:]{{0,40}}?)?)"
                            r"\s+(?:are|were|include|included|cover|covered|deal\s+with|dealt\s+with|concern|concerned|"
                            r"address|addressed|relate\s+to|related\s+to)\s+(?P<items>.+)$", re.IGNORECASE)
_NAMELY = re.compile(rf"^(?:[\w'’-]+\s+){{0,5}}?{_PLURAL_HEAD},?\s+(?:namely|viz\.?)\s+(?:an?\s+|the\s+)?(?P<member>.+)$",
                     re.IGNORECASE)
# the count said again: "the two Memorandums of Understanding (MoUs) that were signed", "these agreements"
PLURAL_REFERENCE = re.compile(rf"^(?:the\s+|these\s+|those\s+)?(?:(?:{'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+)?"
                              rf"(?:(?!(?:on|in|at|with|for|to|of|and)\b)[\w'’-]+\s+){{0,3}}?{_PLURAL_HEAD}"
                              r"(?:\s+(?:that|which)\b.*)?$", re.IGNORECASE)
_ONE_OTHER = re.compile(r"^(?:one|the\s+other|another)\s+", re.IGNORECASE)
_SINGULAR = {"agreements": "agreement", "accords": "accord", "treaties": "treaty", "pacts": "pact", "memoranda":
             "memorandum", "memorandums": "memorandum", "mous": "MoU", "deals": "deal", "protocols": "protocol",
             "documents": "document", "instruments": "instrument"}


def counted_number(word: str) -> int:
    return int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]


def _member(noun: str, item: str) -> str:
    """One member in words of its own: an instrument named is itself ("the border patrol agreement"); a matter takes the
    count's noun ("'On information exchange'" -> "agreement on information exchange")."""
    item = _ONE_OTHER.sub("", item.strip(" ,.;“”\"'‘’")).strip(" “”\"'‘’")
    item = re.sub(r"^(?:an?|the)\s+", "", item)
    if NOUN.search(" ".join(item.split()[:6])):
        return item
    link = "" if re.match(r"(?i:on|in|for|to|concerning|regarding|covering|between|with)\b", item) else "on "
    if link == "":
        item = item[0].lower() + item[1:]   # "On information exchange": the title's capital opens no sentence here
    return f"{noun} {link}{item}"


# (the signing's setting after the members ends them: "..., and the other on rescue, during a meeting between ...")
_MEMBERS_END = re.compile(r",\s+(?:during|at|after|before|following|while|as|in\s+the\s+presence|on\s+the\s+sidelines|"
                          r"according\s+to)\b.*$")
# an instrument listed after a comma or an "and" that opens a new instrument's phrase ("... Search and Rescue
# Cooperation and Terms of Reference on ...": "and" within a name is no break)
_NEXT_NAMED = re.compile(rf"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:an?\s+|the\s+)?(?:(?!and\b)[\w'’-]+\s+){{0,4}}?{NOUNS}\b)")


def _items(items: str, fits: Callable[[int], bool]) -> list[str]:
    """The members of a list that the count fits: instruments each headed by its noun, quoted titles, a list parted by
    commas and "as well as" only, then one parted by every "and" too (the first reading the count fits)."""
    items = _MEMBERS_END.sub("", _SAID_TAIL.sub("", items)).strip(" .")
    if re.match(r"(?i:one)\s", items):
        return [p for p in re.split(r",?\s+and\s+(?=the\s+other\s)", items, maxsplit=1)]
    members = [i.strip(" ,") for i in _NEXT_NAMED.split(items) if i and i.strip(" ,")]
    if fits(len(members)) and all(NOUN.search(m) for m in members):
        return members
    # quoted titles keep their own "and": "'On A' and 'On B in the field of C and D'"
    quoted = re.findall(r"[‘“\"']([^’”\"']{3,})[’”\"']", items)
    if fits(len(quoted)) and re.match(r"\s*[‘“\"']", items):
        return quoted
    coarse = [p.strip(" ,") for p in re.split(r",\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+as\s+well\s+as\s+", items) if p.strip(" ,")]
    if fits(len(coarse)):
        return coarse
    members = list_members(own_words(items))
    return members if fits(len(members)) else []


def _member_drafts(ctx: Context, d: _Draft, noun: str, members: list[str], s: Sentence, row: str) -> list[_Draft]:
    return [_Draft(description=_member(noun, m), status=d.status, parties=d.parties, sentence=d.sentence,
                   evidence=list(dict.fromkeys(d.evidence + [s])), rule="counted-members",
                   clause=(s.start, 0, f"counted-members/{row}"))
            for m in members]


def counted_in_sentence(ctx: Context, d: _Draft) -> tuple[list[_Draft], tuple[int, str] | None]:
    """A draft that is a count of instruments ("two interdepartmental agreements"): its members named in its sentence,
    one draft each (or none), and the count and noun a later sentence may name the members of."""
    namely = _NAMELY.match(d.description)
    if namely is not None:   # "border security agreements, namely the revised border crossing agreement": the member
        return [_Draft(description=namely.group("member"), status=d.status, parties=d.parties, sentence=d.sentence,
                       evidence=d.evidence, rule=d.rule, clause=d.clause, span=None, named=d.named)], None
    head = COUNTED_HEAD.match(d.description.strip())
    if head is None:
        return [], None
    n = counted_number(head.group("count"))
    noun = _SINGULAR[head.group("noun").lower()] + (head.group("ofu") or "")
    text = d.sentence.text
    at = text.lower().find(head.group().lower())
    if at < 0:
        return [], (n, noun)
    rest = text[at + len(head.group()):]
    for row, pattern in _MEMBERS_AFTER:
        m = pattern.match(rest)
        if m is None:
            continue
        members = [x for x in _items(m.group("items"), lambda k: k == n) if len(x.split()) >= 2 or NOUN.fullmatch(x)]
        if members and len(members) == n:
            return _member_drafts(ctx, d, noun, members, d.sentence, row), None
    return [], (n, noun)


def counted_next_sentence(ctx: Context, s: Sentence, offset: int, n: int, noun: str, d: _Draft) -> list[_Draft]:
    """The sentence after a count of instruments, naming them: "The two MoUs ... deal with A as well as B"."""
    m = _BACK_TO_COUNT.match(s.text[offset:].strip())
    if m is None:
        return []
    if m.group("noun") is None and not s.text[offset:].strip().startswith(("They", "These", "Those")):
        return []
    if re.match(r"(?i:\w+ed|\w+ing|to|being|also|not|expected|likely|set|due)\b", m.group("items")):
        return []   # "They were signed by A and B", "They are expected to ...": no members named
    members = [x for x in _items(m.group("items"), lambda k: 2 <= k <= n) if 2 <= len(x.split()) <= 25]
    if not 2 <= len(members) <= n:
        return []
    return _member_drafts(ctx, d, noun, members, s, "next-sentence")


# standalone, the same shapes with the count in their own subject: "The three agreements that were signed covered A and
# B", "The two security memoranda of understanding addressed 'A' and 'B'". ("include" is the umbrella-members row's.)
_COUNTED_SUBJECT = re.compile(rf"^The\s+(?P<count>{'|'.join(_COUNT_WORDS)}|\d{{1,2}})\s+(?:(?!(?:on|in|at|with|for|to|of|and)\b)"
                              rf"[\w'’-]+\s+){{0,3}}?{_PLURAL_HEAD}(?P<rel>\s+(?:that|which)\s+(?:were|have\s+been|will\s+be)\s+"
                              r"(?:signed|inked)[^,;:]{0,40}?)?\s+(?P<modal>will\s+)?(?:cover|covered|deal\s+with|dealt\s+with|"
                              r"concern|concerned|address|addressed|relate\s+to|related\s+to)\s+(?P<items>.+)$", re.IGNORECASE)


def counted_standalone(ctx: Context, s: Sentence, offset: int, parties: list[str]) -> list[_Draft]:
    """A sentence whose own subject counts the instruments it names: one agreement per member."""
    text = s.text[offset:].strip()
    m = _COUNTED_SUBJECT.match(text)
    if m is None:
        return []
    n = counted_number(m.group("count"))
    members = [x for x in _items(m.group("items"), lambda k: 2 <= k <= n) if 2 <= len(x.split()) <= 25]
    if not 2 <= len(members) <= n:
        return []
    status = "expected" if m.group("modal") or re.search(r"\bwill\b", m.group("rel") or "") else "signed"
    noun = _SINGULAR[m.group("noun").lower()] + (m.group("ofu") or "")
    draft = _Draft(description="", status=status, parties=parties, sentence=s, evidence=[s])
    return _member_drafts(ctx, draft, noun, members, s, "standalone")
