"""The same agreement reported twice is one: two rows on one noun, a signing told again, a deal named again."""

from __future__ import annotations

import re

from kg.extract.agreement_vetoes import names_only_instrument, states_in
from kg.extract.agreements.clauses import _NAMED
from kg.extract.agreements.draft import _STOP, STATUS_RANK, _Draft, _same

def _reads_same_noun(whole: _Draft, other: _Draft) -> bool:
    """A whole-sentence draft and a worded one of its sentence read one agreement noun: both rows matched at one verb
    ("reached an agreement on X": reached-agreement-on and agree-verb+noun), or the worded one's description begins at
    the noun the whole one's verb governs ("adopted an agreement signed by the ministers with the aim of ...")."""
    if other.bare or other.sentence is not whole.sentence or other is whole:
        return False
    same_verb = other.clause is not None and whole.clause is not None and other.clause[1] == whole.clause[1]
    return same_verb or other.span is not None and whole.reach is not None and other.span[0] == whole.reach


def _one_noun(found: list[_Draft]) -> list[_Draft]:
    """one-noun-two-rows: of two rows that read one noun, the worded draft stays (with the more advanced status);
    the one that took its whole sentence for want of words is the same agreement, not a second."""
    out = []
    for d in found:
        worded = next((o for o in found if d.bare and _reads_same_noun(d, o)), None)
        if worded is None:
            out.append(d)
        elif STATUS_RANK[d.status] < STATUS_RANK[worded.status]:
            worded.status = d.status
    return out


def _same_words(a: _Draft, b: _Draft) -> bool:
    """Two triggers read the same words of one sentence ("announced a deal to share data" / "to share data")."""
    if a.sentence is not b.sentence or a.span is None or b.span is None \
            or not (a.span[0] < b.span[1] and b.span[0] < a.span[1]):
        return False
    return True


def _other_pair(a: list[str], b: list[str]) -> bool:
    """Two pairs of states, neither holding the other: the same words name two agreements (when each pair is named in
    its own clause; the article's pair, a fallback, is no evidence of another deal)."""
    sa, sb = set(a), set(b)
    return len(sa) >= 2 and len(sb) >= 2 and not sa <= sb and not sb <= sa


# "agreed to a ceasefire last Saturday": a truce named by its noun and a time alone is the one a report is about ("the
# ceasefire between India and Pakistan brokered by the US"). Only truces: a report has one per conflict, whereas a bare
# "a deal" next to another deal is often a second one (merging those cost the check sets a true agreement).
_BARE_INSTRUMENT = re.compile(r"^(?:an?\s+|the\s+)?(?:(?:new|landmark|historic|formal|full|comprehensive|fragile|"
                              r"temporary|permanent)\s+)*(?P<head>ceasefire|cease-fire|truce|armistice)(?:\s+(?:last|this|next|earlier|on)\s+\w+(?:\s+\w+)?|\s+in\s+(?:19|20)\d\d)?$",
                              re.IGNORECASE)


# "will begin coordinated naval patrols ... Ministers agreed to hold the first patrols in March": a commitment whose
# object is a definite noun phrase names again the thing an earlier commitment introduced (its head noun there).
_DEFINITE_OBJECT = re.compile(r"^(?:[a-z]+\s+){1,2}?the\s+(?:(?:first|joint|new|coordinated|planned|proposed|same|"
                              r"combined|bilateral)\s+){0,2}(?P<head>[a-z]{4,})(?=\s+(?:in|on|at|from|by|next|this|"
                              r"before|after|within)\b|$)")
_GENERAL_HEADS = frozenset("issue issues matter matters cooperation relations ties importance need region border areas "
                           "situation process work efforts".split())


_ACRONYM_HEAD = re.compile(r"^(?:the\s+)?(?P<acronym>[A-Z]{3,}s?)\b")


def _referent(drafts: list[_Draft], new: _Draft) -> _Draft | None:
    """The earlier draft a definite object names again: its description holds the head noun; or, for a description
    headed by an acronym ("SOVFA between the Philippines and Canada"), the draft that introduced the acronym."""
    acronym = _ACRONYM_HEAD.match(new.description)
    if acronym:
        word = acronym.group("acronym").rstrip("s")
        return next((old for old in drafts if re.search(rf"\b{word}s?\b", old.description)), None)
    m = _DEFINITE_OBJECT.match(new.description)
    if m is None or m.group("head") in _GENERAL_HEADS:
        return None
    return next((old for old in reversed(drafts) if old.sentence is not new.sentence
                 and re.search(rf"\b{m.group('head')}\b", old.description)), None)


# Words every signing of a report shares: they tell nothing of which deal it is.
_PLAIN_WORDS = frozenset("agree deal deals pact pacts accor signe signi coope count natio bilat gover minis "
                         "inked witne".split())
_NUMBER = re.compile(r"\d[\d.,]*")


def _content(d: _Draft) -> frozenset[str]:
    """A draft's content stems, without the states it names (parties, not content); for one described by its whole
    sentence, only what follows its trigger."""
    text = d.sentence.text[d.reach:] if d.bare and d.reach is not None else d.description
    words = [w for w in re.findall(r"[A-Za-z][\w-]+", text) if w.lower() not in _STOP and not (w[0].isupper() and states_in(w))]
    return frozenset(w.lower()[:5] for w in words) - _PLAIN_WORDS


def _told_again(old: _Draft, new: _Draft) -> bool:
    """signed-told-again: a signing told once more in a sentence of its own, one of the two described by its whole
    sentence ("signed a peace and security agreement" ... "we have witnessed the signing of an agreement of peace and
    security, and ..."): the same parties and the same content words make it the deal already reported. Two numbers
    that differ ("a deal on 30 jets" / "the 2015 deal on 24 jets") are two deals."""
    if old.status != "signed" or new.status != "signed" or not (old.bare or new.bare) or old.sentence is new.sentence:
        return False
    if not (set(old.parties) <= set(new.parties) or set(new.parties) <= set(old.parties)):
        return False
    na, nb = set(_NUMBER.findall(old.description)), set(_NUMBER.findall(new.description))
    if na and nb and na != nb:
        return False
    a, b = _content(old), _content(new)
    shared = len(a & b)
    return shared >= 3 or shared >= 2 and shared / min(len(a), len(b)) >= 0.5


def _merge(drafts: list[_Draft], new: _Draft) -> None:
    """The same agreement reported twice is one agreement: merge evidence, keep the most advanced status."""
    bare = _BARE_INSTRUMENT.match(new.description)
    same_kind = next((old for old in drafts if bare and re.search(rf"\b{bare.group('head')}", old.description,
                                                                   re.IGNORECASE)), None) or _referent(drafts, new)
    if same_kind is not None:
        if new.sentence not in same_kind.evidence:
            same_kind.evidence.append(new.sentence)
        if STATUS_RANK[new.status] < STATUS_RANK[same_kind.status]:
            same_kind.status = new.status
        return
    if new.status == "signed" and _NAMED.match(new.description):
        # A lead's "signed a pact on Tuesday allowing ..." is the pact the next sentence names: take the name.
        bare = next((old for old in drafts if old.bare and old.status == "signed"), None)
        if bare is not None:
            bare.description, bare.bare, bare.shown = new.description, False, None
            if new.sentence not in bare.evidence:
                bare.evidence.append(new.sentence)
            return
    told = next((old for old in drafts if _told_again(old, new)), None)
    if told is not None:
        if new.sentence not in told.evidence:
            told.evidence.append(new.sentence)
        return
    for old in drafts:
        if new.clause is not None and old.clause == new.clause:
            continue  # "establish a centre in X and a centre in Y": split on purpose, not a repetition
        if old.named and new.named and _other_pair(old.parties, new.parties):
            continue  # "Peru and Colombia agreed to fight crime ... Venezuela and Brazil confirmed they would": two deals
        if _same(old.description, new.description) or _same_words(old, new):
            if names_only_instrument(old.description) and not names_only_instrument(new.description):
                # reference-takes-later-name (x23passive): "The agreement was signed in Nairobi ..." told before "the
                # status of forces agreement ...": one agreement, under the words that name it (as a reference folds
                # into a named instrument told before it)
                new.evidence = old.evidence + [e for e in new.evidence if e not in old.evidence]
                new.status = min(old.status, new.status, key=STATUS_RANK.__getitem__)
                drafts[drafts.index(old)] = new
                return
            if new.sentence not in old.evidence:
                old.evidence.append(new.sentence)
            if STATUS_RANK[new.status] < STATUS_RANK[old.status]:
                old.status = new.status
            return
    drafts.append(new)
