"""A sentence's lexicon and phrase mentions; two concerns in one clause with no list between them are joined."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import reference
from kg.extract.sentences import Sentence
from kg.extract.threats.phrases import _HARM_NOUN, _VIOLENCE_KINDS, _harm_phrases, _place_claims, _state_conduct
from kg.extract.threats.records import _Mention, _rank
from kg.extract.threats.wordings import _AND_OTHER_GAP, _MEMBERS, _extend, _scan


def _lexicon(s: Sentence, group_names: set[str]) -> list[_Mention]:
    rows = reference.threat_rows()
    found: list[_Mention] = []
    for m in _scan(reference.threat_index(), s.text):
        concept, generic = rows[m.lastindex - 1]
        start, end = m.start(), m.end()
        term = m.group().lower()
        named = bool(re.search(r"[A-Z]", m.group()[1:])) and not m.group().isupper() or m.group().isupper() \
            and len(m.group()) > 1
        if re.match(r"counter-?(?:terror|narco|insurgen|extrem|radical|prolifer)", term):
            # "counter-terrorism" is about terrorism; keep the threat's own word as its wording.
            start += len(re.match(r"counter-?", term).group())
            term = term[len(re.match(r"counter-?", term).group()):]
        start, end, modifiers = _extend(s, start, end, term, group_names)
        found.append(_Mention(start=start, end=end, concept=concept, generic=generic, modifiers=frozenset(modifiers),
                              term=term, sentence=s, rule=f"threat/lexicon:{term}", named=named))
    for h in _harm_phrases(s, group_names):
        # "separatist factions" gives the bare "separatist" its head; a fuller or specific lexicon wording wins
        inside = [f for f in found if h.start <= f.start and f.end <= h.end and f.generic and (f.start, f.end) != (h.start, h.end)]
        noun = _HARM_NOUN.search(h.term)
        if noun:
            # "Sectarian violence": the kind says which violence the bare noun is, over the noun's generic row and a
            # capitalised adjective's modifier reading; a row that names the noun specifically still wins
            head = h.end - len(noun.group())
            overlapping = [f for f in found if f.start < h.end and h.start < f.end]
            if any(not f.generic and f.end > head for f in overlapping):
                continue
            inside = overlapping
            h.start = min([h.start] + [f.start for f in inside])
            h.end = max([h.end] + [f.end for f in inside])
        if not any(f.start < h.end and h.start < f.end for f in found if f not in inside):
            found = [f for f in found if f not in inside] + [h]
    for c in _state_conduct(s):
        # a lexicon wording inside the conduct phrase ("aggressive activities") gives way to it; one that overlaps
        # it otherwise ("malicious cyber activities") is the narrower concern
        inside = [f for f in found if c.start <= f.start < c.end]
        c.end = max([c.end] + [f.end for f in inside])
        if not any(f.start < c.end and c.start < f.end for f in found if f not in inside):
            found = [f for f in found if f not in inside] + [c]
    for c in _place_claims(s):
        # a lexicon wording inside the claim ("territorial dispute") gives way to the fuller span
        inside = [f for f in found if c.start <= f.start and f.end <= c.end or f.start <= c.start < f.end]
        c.start = min([c.start] + [f.start for f in inside])
        c.end = max([c.end] + [f.end for f in inside])
        found = [f for f in found if f not in inside] + [c]
    return [_violence_kind(m) for m in _join(sorted(found, key=lambda m: m.start))]


def _violence_kind(m: _Mention) -> _Mention:
    """violence-kind: the bare "violence" row grown over a word that says its kind ("terrorist violence") is filed
    under that kind (phrases._VIOLENCE_KINDS); with none, it keeps the row's kindless concept."""
    if m.rule in _GROUP_ROWS and m.concept in ("insurgency", "armed-violence"):
        # group-kind: "armed groups", "militias" and "rebels" say who acts, not why; a kind word kept before them
        # ("Islamist rebels", "separatist Kurdish militia", "jihadist armed groups") says which, as for violence
        kinds = sorted((w for w in m.modifiers if w in _VIOLENCE_KINDS and _VIOLENCE_KINDS[w] != m.concept),
                       key=lambda w: _rank(_VIOLENCE_KINDS[w]))
        return replace(m, concept=_VIOLENCE_KINDS[kinds[0]], rule=f"threat/group-kind:{kinds[0]}") if kinds else m
    if m.rule != "threat/lexicon:violence":
        return m
    kinds = sorted((w for w in m.modifiers if w in _VIOLENCE_KINDS), key=lambda w: _rank(_VIOLENCE_KINDS[w]))
    if kinds:
        return replace(m, concept=_VIOLENCE_KINDS[kinds[0]], rule=f"threat/violence-kind:{kinds[0]}")
    # violence-author: "Khalistani extremists are using Canadian soil to plan and fund violence in India": the
    # violence is of the kind of its author, named before it in the same clause (no comma or semicolon between)
    author = _VIOLENCE_AUTHOR.search(m.sentence.text[max(0, m.start - 90):m.start])
    if author:
        word = author.group(1).lower().rstrip("s")
        return replace(m, concept=_VIOLENCE_KINDS[word], rule=f"threat/violence-author:{word}")
    return m


# The lexicon rows for armed groups by who they are (data/reference/threats.tsv): a kind word before them files them.
_GROUP_ROWS = {f"threat/lexicon:{w}" for w in ("rebels", "rebel groups", "armed groups", "militia", "militias")}
_VIOLENCE_AUTHOR = re.compile(r"\b(extremists|terrorists|jihadists|islamists|radicals|separatists|insurgents|rebels|"
                              r"criminals)\b[^,;:.]*$", re.IGNORECASE)


# A concern and one example of it ("dissident groups including the New IRA") are one concern; a cover word with a
# list of kinds ("crimes such as intrusion, trafficking and smuggling") gives way to the list (veto list-hypernym).
_EXAMPLE_GAP = re.compile(r",?\s+(?:including|such as|notably|like|especially|particularly)\s+(?:the\s+)?")
_LIST_AFTER = re.compile(r"^\s*(?:,|and\b|or\b)")


# A subordinate clause opens between two concerns: "to counter drug smuggling while deterring the re-emergence of
# Islamic State" names two.
_SUBORDINATOR = re.compile(r"\b(?:while|whereas|because|although|though|unless)\b",
                           re.IGNORECASE)
_COMPOUND_GAP = re.compile(r"-[a-z]+\s+")   # the rest of a hyphenated modifier: "cocaine[-producing ]gangs"
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+|an?\s+)?")
# Words for those who act, not for what they do: traffickers, extremists, militants, rebels, gangs.
_AGENT = re.compile(r"(?:ers|ists|ants|ents|rebels|groups?|gangs?|cartels?|networks?|militias?)$")


def _join_rank(m: _Mention) -> int:
    """A group word that says who acts, not what ("Rebels launched deadly attacks", "airstrikes against Houthi
    rebels"), leaves the joined concern to the act named with it: it ranks with the kindless armed violence."""
    return _rank("armed-violence") if m.rule in _GROUP_ROWS else _rank(m.concept)


def _join(mentions: list[_Mention]) -> list[_Mention]:
    """Two concerns in one clause with no list between them ("extremists using X to export separatism") are one."""
    out: list[_Mention] = []
    for m in mentions:
        if out and not (out[-1].apart or m.apart) and _AND_OTHER_GAP.fullmatch(m.sentence.text[out[-1].end:m.start]):
            prev = out.pop()  # "heroin and other drugs": one concern; a bare cover word ("and other hostile
            # elements") says less than the kind named first, which then names it
            named = prev if m.generic else m
            # "rebels and other terrorist groups": a group word that says no aim takes the kind its cover word says
            concept = m.concept if prev.rule in _GROUP_ROWS and m.rule not in _GROUP_ROWS else named.concept
            out.append(replace(named, start=prev.start, end=m.end, modifiers=m.modifiers | prev.modifiers, generic=False,
                               concept=concept))
            continue
        if out and m.start < out[-1].end and (out[-1].named or m.named) and out[-1].concept == m.concept \
                and _MEMBERS.search((m if not m.named else out[-1]).term):
            # named-members: "the Tren de Aragua gang" grew over the group's own name the lexicon knows; the name
            # with its members word is the one concern the name is
            prev = out.pop()
            named = prev if prev.named else m
            out.append(replace(named, start=min(prev.start, m.start), end=max(prev.end, m.end)))
            continue
        if out and out[-1].concept != m.concept and not (out[-1].apart or m.apart):
            gap = m.sentence.text[out[-1].end:m.start]
            # A relative clause ("networks that help Mexican cartels") names a second concern, not a narrower one.
            # ... and so does a bare article between them ("membership of a terrorist group a crime").
            if gap.split() and all(w.lower() in ("a", "an", "the") for w in gap.split()):
                out.append(m)
                continue
            if not out[-1].generic and _EXAMPLE_GAP.fullmatch(gap) and not _LIST_AFTER.match(m.sentence.text[m.end:]):
                out[-1] = replace(out[-1], end=m.end)  # "dissident groups including the New IRA": one concern
                continue
            if len(gap.split()) <= 8 and not re.search(r"[,;.\"“”]|\band\b|\bor\b|\bas well as\b|\b(?:that|which|who|such as|including|like)\b", gap) \
                    and not _SUBORDINATOR.search(gap):
                prev = out.pop()
                named = prev if prev.named else m if m.named else None
                concept = min(prev, m, key=_join_rank).concept
                if _BY_AGENT.fullmatch(gap) and (m.named or _AGENT.search(m.term)):
                    # "money laundering by drug traffickers", "attacks by the PKK": the act is the concern, its agent
                    # stays in the wording (a means does not: "attempts to change the status quo by coercion"); a
                    # group named as the agent still names what follows ("by the Al-Shabaab militant group")
                    concept, source = prev.concept, prev
                else:
                    if not gap.strip() or _COMPOUND_GAP.fullmatch(gap):  # a compound names its head: "drug
                        concept = m.concept  # trafficking gangs" and "cocaine-producing gangs" are gangs
                    if named is not None:  # ... but a group's name is the concern: "the PKK terrorist group"
                        concept = named.concept
                    # the rule that gave the concept names the joined concern
                    source = named or (m if concept == m.concept else prev)
                out.append(_Mention(start=prev.start, end=m.end, concept=concept, generic=False,
                                    modifiers=prev.modifiers | m.modifiers | {prev.term}, term=m.term,
                                    sentence=m.sentence, rule=source.rule, named=named is not None))
                continue
        out.append(m)
    return out
