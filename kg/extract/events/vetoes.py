"""Named vetoes of a trigger: from its words alone, or once its people are known."""

from __future__ import annotations

import re

from kg.extract import agreement_lexicon, frames
from kg.extract.event_triggers import PAIR_TRIGGERS, VETOES_AFTER, Trigger
from kg.extract.context import Context
from kg.extract.sentences import Sentence

from kg.extract.events.drafts import _states


# Veto "spokesperson-no-participant": one whose every post is a spokesperson's ("Foreign Ministry spokesperson X told
# a briefing the talks between the envoys had helped") speaks about an occasion for a state; they did not hold it.
_SPOKESPERSON = frames.SPOKESPERSON


def _only_a_spokesperson(ctx: Context, key: str) -> bool:
    person = ctx.persons.get(key)
    return bool(person and person.roles and all(_SPOKESPERSON.search(r.title) for r in person.roles))


# "signed, on November 19, in Dili, a cooperation agreement": an aside set off by commas may follow the verb
_SIGNED_PACT = re.compile(r"\b(?:put\s+pen\s+to\s+paper|(?:(?:signed|inked|sealed|formali[sz]ed)\s+|"
                          r"(?:signed|inked|sealed|formali[sz]ed),\s+(?:[\w.’'-]+\s+){1,5}?[\w.’'-]+,\s+)"
                          r"(?:an?\s+|the\s+)?[‘'“\"]?(?:[\w.,’'-]+\s+){0,6}?[‘'“\"]?(?:agreement|accord|pact|deal|treaty|memorandum|"
                          r"MoU|MOU|MoA|MOA|protocol|document|letter|declaration|statement|roadmap|Agreement|Accord|Treaty|"
                          r"Memorandum|Protocol|framework|arrangement|\([A-Z]{2,6}\))|(?:deal|agreement|pact|accord|treaty|"
                          r"memorandum|MoU|document|protocol|framework|arrangement|statement|declaration|letter|roadmap|charter|plan)s?\s+(?:was|were)\s+(?:formally\s+|jointly\s+)?signed|"
                          # "The treaty, signed by A and her counterpart B"
                          r"(?:deal|agreement|pact|accord|treaty|memorandum|MoU|protocol|declaration)s?,?\s+signed\s+by|"
                          # "A and B signed it in Dublin": the pact the lead just reported, signed where they met
                          r"signed\s+(?:it|them)\s+(?:in|at)\s)")


# x20signmeet, trigger "signed-by": a pact signed BY two named people of two states is a meeting of the two, however the
# report names the pact (bank: 10 reports, 10 outlets where main made no meeting): "The Status of Forces Agreement
# (SOFA) was signed by A and B", "The SOFA was signed in Suva by ...", "the agreement, which was signed by A and his
# counterpart B", "the deal — signed by A and B —", "The document was officially signed two days ago by", "They were
# signed by defence ministers A of X and B of Y", "the Declaration of Macas signed by", "the pact, signed between A and
# his counterpart B". The instrument's words are the agreements' own (agreement_lexicon.NOUNS), with "the <ACRONYM>",
# "MoA" and "document" ("contract" is left out: a sale by an arms exporter is no meeting of states).
_INSTRUMENT = (rf"(?:{agreement_lexicon.NOUNS}|\b(?i:documents?)|\b(?:MoAs?|MOAs?)|\b(?<=[Tt]he )[A-Z]{{2,6}}s?"
               rf"|\b(?:It|it|They|they))")
_SIGNED_BY = re.compile(
    rf"(?<![\w-]){_INSTRUMENT}(?:\s+of\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?(?:\s*\([A-Z][\w&-]{{1,9}}\))?"
    # what it is about or whom it binds between the pact and its verb: "an agreement between X and Y was signed by"
    rf"(?:\s+(?:between|with|on|for)\s+(?:[\w’'-]+\s+){{0,5}}?[\w’'-]+(?=\s+(?:was|were|has|have|had|is|are)\s))?"
    rf"(?:\s*,\s*(?:which|that)\s+|\s*,\s*|\s+[—–]\s+|\s+(?:which|that)\s+|\s+)"
    rf"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)?(?:[a-z]+ly\s+|also\s+|jointly\s+)?"
    rf"(?:signed|inked)(?:\s+(?!by\b|between\b)[\w’'-]+){{0,5}}\s+(?:by|between)\s")


def _vetoed_by_wording(ctx: Context, s: Sentence, seg: str, a: int, t: re.Match[str], trig: Trigger,
                       quotes: list[tuple[int, int]]) -> str | None:
    """The name of the veto that rejects this trigger from its words alone, or None."""
    if trig.role != "visit" and seg[t.start()].isupper() and t.start() > 0:
        return "capitalised-name-part"   # "the Shangri-La Dialogue", "the Meeting of Heads": part of a name
    quote = next(((qs, qe) for qs, qe in quotes if qs <= a + t.start() < qe), None)
    if quote and not _QUOTED_PREDICATE.search(s.text[:quote[0]]) and not _SCARE_QUOTE.match(s.text[quote[0]:quote[1]]):
        return "inside-quotation"        # a meeting mentioned inside a quotation is the speaker's, not a new report
    if trig.role == "noun" and _INTERNAL.search(seg[:t.start()]):
        return "internal-meeting"        # "during the Cabinet meeting": one government's own sitting, no meeting of states
    for veto in VETOES_AFTER:
        if trig.name in veto.applies_to and veto.pattern.search(seg[t.start():]):
            return veto.name
    if trig.name == "receive-verb" and _WELCOMED_BY.match(seg[t.start():]) \
            and not _PRONOUN_PASSIVE.search(seg[:t.start()]) \
            and not ctx.persons_in(s.start + a, s.start + a + t.start()):
        return "welcomed-by-a-thing"     # "a move welcomed by Turkey", "the idea was welcomed by X": no guest received
    if trig.name == "receive-verb" and _WELCOMED_BY.match(seg[t.start():]) and _WHERE_PRONOUN.match(seg) \
            and not re.match(r"(?:He|She|They)\b", s.text) and not ctx.persons_in(s.start, s.start + a):
        # "The Uganda's Chief of Defence Forces arrived in Juba, where he was welcomed by A": the guest is the
        # sentence's own subject, a post that names nobody here, not the last person named (whom he came to see)
        return "welcomed-by-unnamed-guest"
    return None


# Veto "welcomed-by-a-thing" (x25meetparts): the passive "was welcomed by A" receives a guest only when a person is
# its subject: a name in the clause before it ("Minister al-Shammari was welcomed by his Saudi counterpart, Prince A")
# or a pronoun ("Upon his arrival, he was warmly welcomed by Minister A", ", where he was welcomed by Crown Prince A").
_WELCOMED_BY = re.compile(r"^welcomed\s+by\b")
_WHERE_PRONOUN = re.compile(r"^\W*\s*where\s+(?:he|she|they)\b")
_PRONOUN_PASSIVE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                              r"(?:[a-z]+ly\s+)?$")


_INTERNAL = re.compile(r"\b(?:[Cc]abinet|party|board|committee|staff|parliamentary|caucus|shareholders['’]?|"
                       r"[Pp]olitburo|plenary|council of ministers)\s+$")


# 'he would hold "urgent meetings" with A and B', 'had an "excellent meeting" with A': a quotation of two or three
# words that ends on the occasion's noun is the reporter's sentence quoting a word, not the speaker's own report.
_SCARE_QUOTE = re.compile(r"^[\"“](?:[\w-]+\s+){1,2}(?:meetings?|talks)[\"”]$")
# 'A and B "agreed to meet soon," the ministry said': a quotation that carries a named subject's own predicate.
_QUOTED_PREDICATE = re.compile(r"[A-Z][\w'’.-]+\s*$")


# the words of an occasion a sentence names besides a pair's "agreed"
_OTHER_OCCASION = re.compile(r"\b(?:meetings?|talks|summit|statement|communiqu[eé]|declaration|call|visit\w*|"
                             r"conference|session|phone|telephone|video)\b", re.IGNORECASE)


# "A and his deputy B" (not "A and his Ugandan counterpart B"): a pair of one side
_OWN_SIDE = re.compile(r"\band\s+(?:his|her)\s+(?!(?:[\w-]+\s+){0,3}?counterparts?\b)")


def _veto_with_people(ctx: Context, s: Sentence, seg: str, trig: Trigger, participants: list[str],
                      subjects: list[str], published) -> str | None:
    """The name of the veto that rejects a trigger once its people are known, or None."""
    if trig.name in PAIR_TRIGGERS and (len(set(subjects)) < 2 or re.search(r"\b(?:phone|telephone)\b", s.text)
                                         or len({ctx.persons[k].country for k in subjects if k in ctx.persons}) < 2):
        return "discussion-not-between-states"   # only "A and B discussed" by people of two states; by phone: a call
    if trig.name == "agreed-pair" and (None in {ctx.persons[k].country if k in ctx.persons else None for k in subjects}
                                       or _OTHER_OCCASION.search(s.text) or _OWN_SIDE.search(s.text)):
        # "A and B agreed ... following the recent trilateral meeting", "agreed today that the Presidential Meeting
        # will take place": the occasion is another word's (which reports it); "A and his First Vice President B
        # agreed": one side's own people, whatever states the people layer gave them
        return "agreed-elsewhere-or-unplaced-pair"
    if trig.name == "signing" and (len(participants) < 2 or not (
            _SIGNED_PACT.search(seg) or _signed_by(ctx, seg, _signers(participants, subjects), published))):
        return "signing-without-pact-or-pair"    # "X signed the bill, which Y proposed" is no meeting
    if (trig.name == "signing" or trig.name in PAIR_TRIGGERS) and re.search(r"\b(?:in|since)\s+(?:19|20)\d\d\b", seg) and published \
            and not re.search(rf"\b{published.year}\b", seg):
        return "recalled-occasion"               # "when A and B signed the pact in 2015" recalls an old occasion
    if (trig.role == "joint" or trig.name == "joint-conference") and len(participants) < 2:
        return "appearance-alone"                # "speaking alongside" whom the text does not name
    if trig.name == "discussed-with" and len(participants) < 2:
        return "discussed-with-no-one-named"     # "discussed with his counterparts": whom the text does not name
    if trig.name == "discussed-with" and len({ctx.persons[k].country for k in participants if k in ctx.persons}
                                             - {None}) < 2:
        return "discussed-at-home"               # "he discussed the proposal with President X": one state's own talk
    return None


def _signers(participants: list[str], subjects: list[str]) -> list[str]:
    """A pact signed BY people: its signers are the agents, not the clause's subject ("A welcomed the deal — signed by B
    and C —")."""
    return [k for k in participants if k not in subjects]


# Veto "signed-by-long-ago": "the 2015 treaty, signed by then ministers A and B", "the accord, signed by A and B years
# ago": a pact named with its signers as background recalls an old signing, not the occasion the report tells.
_RECALLED_SIGNING = re.compile(r"\b(?:then|former|previously|earlier|years?\s+ago|last\s+year|(?:19|20)\d\d)\b")


def _signed_by(ctx: Context, seg: str, participants: list[str], published) -> bool:
    """Trigger "signed-by" (above): the clause names a pact signed by (or between) its people, of two states at least,
    at no earlier time than the report's."""
    years = {int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", seg)}
    old = _RECALLED_SIGNING.search(seg) and not (published and years == {published.year})
    return len(_states(ctx, participants)) >= 2 and bool(_SIGNED_BY.search(seg)) and not old
