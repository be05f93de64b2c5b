"""find: each body sentence read by named steps over one shared _Run (clause, sentence and filing rows), in order."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extract import dates as dates_mod
from kg.extract.agreement_lexicon import NOUN as NOUN_RE
from kg.extract.agreement_lexicon import NOUNS
from kg.extract.agreement_parties import deal_states
from kg.extract.agreement_parts import LIST_HEAD
from kg.extract.agreement_parts import parts as split_parts
from kg.extract.agreement_topics import topics as talk_topics
from kg.extract.agreement_vetoes import (ACTOR_VETOES, BARE_DEFINITE, WORD_VETOES, Clause, names_no_act,
                                         names_no_content, names_only_instrument, parties_named, points_back, tends_ties,
                                         upholds_principle)
from kg.extract.agreements.clauses import (_BACK_DEAL, _DEFINITE, _DEFINITE_BACK, _POINTS_BACK, _PURPOSE, _TALKS_TOWARD,
                                           _clauses, _parties, _with_matter)
from kg.extract.agreements.draft import _BARE, _FALLBACK, STATUS_RANK, _Draft, _same
from kg.extract.agreements.instruments import (_dated_instruments, _earlier_with, _included_instruments,
                                               _named_instruments)
from kg.extract.agreements.lists import (COUNTED_HEAD, PLURAL_REFERENCE, _bullets, _colon_list, _umbrella_items,
                                         counted_in_sentence, counted_next_sentence, counted_number, counted_standalone)
from kg.extract.agreements.merge import _merge, _one_noun
from kg.extract.agreements.readings import (_VERB_PHRASE_NEXT, _antecedent, _definite_again, _it_named,
                                            _more_infinitives, _pointed_back, _restated_participle, _status,
                                            content_status, passive_subject)
from kg.extract.agreements.records import _fold_references, _records, names_matter_after
from kg.extract.context import Context
from kg.extract.model import Agreement, Event
from kg.extract.sentences import Sentence

_MECHANISM = re.compile(r"\b(?:ongoing|regular|annual|existing|institutionali[sz]ed)\s+((?:[A-Z][\w-]*\s+(?:and\s+)?){1,6}"
                        r"(?:Dialogue|Mechanism|Framework|Partnership|Initiative|Consultations|Working Group|Task Force))")
_PASSIVE_SIGNED = re.compile(rf"\b{NOUNS}\b[^.]{{0,40}}?\b(?:was|were|has been|had been|have been)\s+"
                             r"(?:signed|ratified|inked|finali[sz]ed)\b")
_COUNTED = re.compile(r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|more\s+than|a\s+total\s+of)\s")
_INCLUDES = re.compile(r"\b(?:agreement|deal|pact|accord)\s+(?:also\s+)?(?:includes|covers|provides for|provides that|comprises)\b")
_ANAPHOR = re.compile(r"^(?:The|This|That|Under the|Under this)\s+(?:\w+\s+)?(?:agreement|deal|pact|accord)\b")


@dataclass
class _Run:
    """What find's steps share: the drafts so far and, for the sentence being read, what it has found."""
    ctx: Context
    drafts: list[_Draft] = field(default_factory=list)
    previous: str = ""    # the sentence read before this one (what "These include A, B and C" refers to)
    found: list[_Draft] = field(default_factory=list)   # this sentence's drafts, filed into drafts by its last row
    folded: _Draft | None = None   # the deal this sentence restates, once one signing in it was read as such
    bare: bool = False    # the clause being read takes its whole sentence for want of words ("signed a deal")
    shown: str | None = None   # what its record shows instead of that sentence (matter-after-instrument)
    counted: tuple[_Draft, int, str] | None = None   # this sentence's count of instruments, members unnamed
    before: tuple[_Draft, int, str] | None = None    # the last sentence's


def find(ctx: Context, events: list[Event]) -> list[Agreement]:
    """The report's agreements: each body sentence read by the rows of _SENTENCE_STEPS over one shared _Run, then the
    references folded into the instruments they name, one record per draft."""
    run = _Run(ctx=ctx)
    for s, offset in ctx.body():
        run.found, run.folded = [], None
        run.before, run.counted = run.counted, None
        for _name, step in _SENTENCE_STEPS:
            step(run, s, offset)
        run.previous = s.text
    return _records(ctx, events, _fold_references(run.drafts))


def _read_clauses(run: _Run, s: Sentence, offset: int) -> None:
    """Each trigger match of the sentence through the rows of _CLAUSE_STEPS, in order, until one settles it."""
    for c in _clauses(run.ctx, s, offset):
        for _name, step in _CLAUSE_STEPS:
            if step(run, c):
                break


# A clause step returns True when it has settled the clause: rejected it, or filed it as more about an earlier deal.

def _anaphor_object(run: _Run, c: Clause) -> bool:
    """"reviewed X and agreed to strengthen it further": a pronoun object stands for what the subject reviewed."""
    c.desc = _antecedent(c)
    return False


def _word_vetoes(run: _Run, c: Clause) -> bool:
    """The named rejections that read the clause's words (agreement_vetoes.WORD_VETOES)."""
    return any(veto(run.ctx, c) for _, veto in WORD_VETOES)


def _signed_again_in_words(run: _Run, c: Clause) -> bool:
    """"... signed the document in Tunis": the agreement already reported, signed again in words."""
    if c.trigger.status == "signed" and (c.m.group().endswith(("the ", "The ")) and _DEFINITE.match(c.desc)
                                         or re.match(r"(?:it|them)\b", c.desc)) \
            or c.trigger.noun_object and c.m.group().endswith(("the ", "The ")) and _POINTS_BACK.fullmatch(c.desc):
        earlier = [x for x in run.drafts + run.found if x.status == "signed"]
        if earlier and c.sentence not in earlier[-1].evidence:
            earlier[-1].evidence.append(c.sentence)
        return True
    return False


def _definite_again_row(run: _Run, c: Clause) -> bool:
    """"announced the agreement at a joint conference", "the signing of the bilateral policing agreement underscored
    ...": a definite noun phrase without a complement of its own names the deal already reported (one with the same head
    noun), not a new one."""
    again = _definite_again(c, run.drafts + run.found)
    if again is None:
        return False
    if c.sentence not in again.evidence:
        again.evidence.append(c.sentence)
    return True


def _restated(run: _Run, c: Clause) -> bool:
    """"the security MoU signed with Larijani had been prepared before ...", "the deal signed late Monday envisions
    ...": a definite deal named before its participle, in a report that has told of a signing already, is that deal
    again; so is a later signing of the same sentence ("... and was signed once ...")."""
    s = c.sentence
    restated = _restated_participle(c, s.text[c.offset:c.m.start()], run.drafts + run.found) \
        or (run.folded if run.folded is not None and c.trigger.status == "signed" else None)
    if restated is None:
        return False
    run.folded = restated
    if s not in restated.evidence:
        restated.evidence.append(s)
    return True


def _definite_back(run: _Run, c: Clause) -> bool:
    """"The agreement was signed by ...", "The treaty must now be ratified": the agreement already reported."""
    s = c.sentence
    if c.trigger.name in ("sign-verb", "noun-was-agreed") and c.backward and (run.drafts or run.found) \
            and _DEFINITE_BACK.search(s.text[c.offset:c.m.start()] + (" was " if c.trigger.name == "noun-was-agreed" else "")):
        earlier = run.drafts + run.found
        if s not in earlier[-1].evidence:
            earlier[-1].evidence.append(s)
        return True
    return False


def _bare_takes_sentence(run: _Run, c: Clause) -> bool:
    """"signed an agreement on Tuesday to tighten border security": the purpose describes it; a bare "signed a deal"
    takes its whole sentence. matter-after-instrument: "signed an agreement on joint fight against drug trafficking" keeps
    the sentence for merging (a bare signing still folds into the deal a later sentence names) but shows its own words."""
    run.bare, run.shown = False, None
    if c.trigger.name == "sign-verb" and _FALLBACK["setting-before-object"].match(c.rest) and not names_only_instrument(c.desc):
        return False   # setting-before-object: "signed in Dushanbe an agreement on X": read after its setting, worded
    if _BARE.match(c.desc) and not LIST_HEAD.match(c.desc) and not c.backward and c.trigger.name != "stage-of-noun" \
            and not (c.trigger.name == "instrument-in-the-making" and len(c.desc.split()) >= 3):
        if not _PURPOSE.match(c.desc):
            head = _BARE.match(c.desc)
            if head and _FALLBACK["matter-after-instrument"].match(c.desc[head.end():]):
                run.shown = c.desc
            c.desc = c.sentence.text[c.offset:].strip()
        run.bare = True
    return False


def _status_row(run: _Run, c: Clause) -> bool:
    """How far along the agreement is: the trigger's status, unless its setting says otherwise (_status)."""
    c.status = content_status(c, run.drafts + run.found) or _status(run.ctx, c)
    return False


def _parties_row(run: _Run, c: Clause) -> bool:
    """The states bound: the actor's, else the article's (_parties)."""
    c.parties = _parties(run.ctx, c.sentence, c.actor, c.desc if c.trigger.status == "signed" else "") or []
    return False


def _two_people(run: _Run, c: Clause) -> bool:
    """Two named persons before the trigger ("Kono and Teodoro signed"): read by the actor vetoes."""
    s = c.sentence
    c.two_people = len({p.key for p in run.ctx.persons_in(s.start + c.offset, s.start + c.m.start())}) >= 2
    return False


def _actor_vetoes(run: _Run, c: Clause) -> bool:
    """The named rejections that read who acts (agreement_vetoes.ACTOR_VETOES)."""
    return any(veto(run.ctx, c) for _, veto in ACTOR_VETOES)


def _one_per_part(run: _Run, c: Clause) -> bool:
    """One draft per part of the clause's description ("agreed to A and B"), less the parts that name no act."""
    s, bare = c.sentence, run.bare
    text = s.text
    split_verbs = _VERB_PHRASE_NEXT.search(c.m.group()) is not None
    pieces = [_it_named(text[c.offset:c.m.start()], p)
              for p in split_parts(c.desc, split_verbs=split_verbs) + _more_infinitives(c)]
    for part in pieces:
        if names_no_act(c, part):
            continue   # "increase joint patrols, and work together in other ways, too": the second names no act
        if len(pieces) > 1 and c.trigger.status != "signed" and (upholds_principle(part) or tends_ties(part)):
            continue   # "..., and protect peace and security across the world", "and to deepen engagement": no act
        at = text.find(part)
        run.found.append(_Draft(description=part, status=c.status, parties=c.parties, sentence=s,
                                named=len(parties_named(c.actor)) >= 2,
                                evidence=[s], bare=bare, rule=c.trigger.name, clause=(s.start, c.m.start(), c.trigger.name),
                                span=(at, at + len(part)) if at >= 0 and not bare else None,
                                shown=run.shown if bare and len(pieces) == 1 else None,
                                reach=c.m.end(), forward=not c.backward))
    return True


# One trigger match, in the order its rows run: rejections and references to a deal already reported first, then the
# status and parties of a new one, then its drafts.
_CLAUSE_STEPS: tuple[tuple[str, Callable[[_Run, Clause], bool]], ...] = (
    ("anaphor-object", _anaphor_object),
    ("word-vetoes", _word_vetoes),
    ("signed-again-in-words", _signed_again_in_words),
    ("definite-again", _definite_again_row),
    ("restated-participle", _restated),
    ("definite-back", _definite_back),
    ("bare-takes-sentence", _bare_takes_sentence),
    ("status", _status_row),
    ("parties", _parties_row),
    ("two-people", _two_people),
    ("actor-vetoes", _actor_vetoes),
    ("one-per-part", _one_per_part),
)


def _included(run: _Run, s: Sentence, offset: int) -> None:
    """"16 documents were signed, including an agreement on X and ...": one per instrument listed."""
    run.found += _included_instruments(run.ctx, s, offset)


def _dated(run: _Run, s: Sentence, offset: int) -> None:
    """"the 1972 joint statement": an instrument of an earlier year."""
    run.found += _dated_instruments(run.ctx, s, offset, run.drafts + run.found)


def _named(run: _Run, s: Sentence, offset: int) -> None:
    """"Manila and Washington's mutual defense treaty", "the ANZUS treaty": an earlier instrument by its own name."""
    run.found += _named_instruments(run.ctx, s, offset, run.drafts + run.found)


def _with_counterparts(run: _Run, s: Sentence, offset: int) -> None:
    """"agreements in place with the US, Australia and Japan": one per counterpart state."""
    run.found += _earlier_with(run.ctx, s, offset)


def _noun_was_signed(run: _Run, s: Sentence, offset: int) -> None:
    """"The MoU was signed following the meeting": more about the MoU already reported, now signed; with none such,
    and nothing else found in the sentence, a signing of its own, described by the passive's subject (passive-subject:
    one per instrument it lists, the setting after the verb left out unless it carries the matter); a signing told in a
    clause of time ("... after a deal was ratified") keeps its sentence, whose main clause says what the deal does."""
    text, found = s.text, run.found
    passive = _PASSIVE_SIGNED.search(text)
    earlier = _pointed_back(passive, run.drafts) if passive and not found else None
    subject = passive_subject(text, offset) if not found and earlier is None else None
    if earlier is not None:
        if s not in earlier.evidence:
            earlier.evidence.append(s)
        earlier.status = "signed"
    elif subject is not None:
        words, after = subject   # ("", "") for "no agreement was signed": nothing
        if words and names_matter_after(after):
            words = _with_matter(words, after, True)   # "A MoU was signed on cadet exchanges"; not "on November 21"
        # a count of instruments is one umbrella ("four detailed agreements on closer cooperation"), not a list of them
        counted = _COUNTED.match(words) is not None
        for part in ([words] if counted else split_parts(words) or [words]) if words else []:   # "The protocol": one word
            at = text.find(part)
            found.append(_Draft(description=part, status="signed", parties=deal_states(run.ctx), sentence=s,
                                evidence=[s], rule="noun-was-signed", span=(at, at + len(part)) if at >= 0 else None))
    elif passive and not found:
        found.append(_Draft(description=text[offset:].strip(" ."), status="signed", parties=deal_states(run.ctx),
                            sentence=s, evidence=[s], rule="noun-was-signed"))


def _talks_toward(run: _Run, s: Sentence, offset: int) -> None:
    """"Talks on reopening the posts are expected to produce an agreement": an agreement expected."""
    for m in _TALKS_TOWARD.finditer(s.text):
        run.found.append(_Draft(description=m.group("what"), status="expected", parties=deal_states(run.ctx),
                                sentence=s, evidence=[s], rule="talks-expected-to-produce"))


def _talk_topics(run: _Run, s: Sentence, offset: int) -> None:
    """"exports of X figured in the talks", "discussed issues of A, B and C": a topic of talks is discussed."""
    found = run.found
    for rule, topic, at in talk_topics(s.text[offset:]):
        if not any(_same(f.description, topic) for f in found):
            found.append(_Draft(description=topic, status="discussed", parties=deal_states(run.ctx), sentence=s,
                                evidence=[s], rule=rule, clause=(s.start, offset + at, rule)))


def _mechanism(run: _Run, s: Sentence, offset: int) -> None:
    """"the ongoing Strategic Dialogue": a standing mechanism both keep up is a commitment."""
    for m in _MECHANISM.finditer(s.text):
        run.found.append(_Draft(description=m.group(1).strip(), status="committed", parties=deal_states(run.ctx),
                                sentence=s, evidence=[s], rule="ongoing-mechanism"))


def _listed_steps(run: _Run, s: Sentence, offset: int) -> None:
    """"Steps taken include: • A • B": one per bullet."""
    run.found += _bullets(run.ctx, s)


def _colon_items(run: _Run, s: Sentence, offset: int) -> None:
    """"They agreed on the following: A; B": one per item."""
    run.found += _colon_list(run.ctx, s, offset)


def _umbrella(run: _Run, s: Sentence, offset: int) -> None:
    """"The instruments will include A, B and C", "These include ...": one per member."""
    run.found += _umbrella_items(run.ctx, s, offset, run.previous)


def _counted_members(run: _Run, s: Sentence, offset: int) -> None:
    """"two agreements were signed: 'On A' and 'On B'": a count of instruments whose members the sentence names is one
    agreement per member (lists.COUNTED_MEMBERS); one whose members it leaves unnamed waits for the next sentence,
    which may name them ("The two MoUs deal with A as well as B"): the count filed then gives way to its members, and
    what this sentence read of them (the count said again, the same members) folds into them."""
    if run.before is not None and run.before[0] in run.drafts:
        d, n, noun = run.before
        members = counted_next_sentence(run.ctx, s, offset, n, noun, d)
        if members:
            at = next(i for i, x in enumerate(run.drafts) if x is d)
            run.drafts[at:at + 1] = members
            run.found = [f for f in run.found if not PLURAL_REFERENCE.match(f.description)
                         and not any(_same(f.description, m.description) for m in members)]
            return
    members = counted_standalone(run.ctx, s, offset, deal_states(run.ctx))
    if members:
        # a count told earlier without its members ("signed three agreements") gives way to them
        n = len(members)
        count = next((x for x in reversed(run.drafts) if (h := COUNTED_HEAD.match(x.description))
                      and counted_number(h.group("count")) >= n), None)
        if count is not None:
            at = next(i for i, x in enumerate(run.drafts) if x is count)
            run.drafts[at:at + 1] = members
        run.found = [f for f in run.found if not PLURAL_REFERENCE.match(f.description)
                     and not any(_same(f.description, m.description) for m in members)] + ([] if count else members)
        return
    out: list[_Draft] = []
    for d in run.found:
        members, pending = counted_in_sentence(run.ctx, d)
        out += members or [d]
        if pending is not None and not members:
            run.counted = (d, *pending)
    run.found = out


def _one_noun_row(run: _Run, s: Sentence, offset: int) -> None:
    """Two rows that read one noun make one agreement, the worded one (_one_noun)."""
    run.found = _one_noun(run.found)


def _more_about_the_deal(run: _Run, s: Sentence, offset: int) -> None:
    """"The agreement is the first time that France has agreed ...": more about the deal already found; only named
    deals of their own stay."""
    text, found, drafts = s.text, run.found, run.drafts
    if _ANAPHOR.match(text) and drafts and not (text.startswith("Under") and found) \
            and not any(f.status == "agreed" and re.match(r"(?:public|joint|\w+ing\b)", f.description)
                        for f in found if _INCLUDES.search(text)):
        if not _INCLUDES.search(text):
            drafts[-1].evidence.append(s)
            run.found = [f for f in found
                         if f.rule in ("noun-took-effect", "dated-instrument", "earlier-with-counterparts")]


def _back_deal(run: _Run, s: Sentence, offset: int) -> None:
    """"... discussed the possible transfer of destroyers. A deal on the destroyers was expected by December": the deal
    talked about is now expected."""
    for m in _BACK_DEAL.finditer(s.text):
        what = m.group("what").lower()
        earlier = [d for d in run.drafts if re.search(rf"\b{re.escape(what)}\b", d.description.lower())]
        if earlier and STATUS_RANK["expected"] < STATUS_RANK[earlier[-1].status]:
            earlier[-1].status = "expected"
        if earlier and s not in earlier[-1].evidence:
            earlier[-1].evidence.append(s)


def _file(run: _Run, s: Sentence, offset: int) -> None:
    """Each draft the sentence found through the rows of _FILING_STEPS, until one settles it."""
    for new in run.found:
        for _name, step in _FILING_STEPS:
            if step(run, new):
                break


# One body sentence, in the order its rows run: its trigger matches, the shapes read without a trigger, the folds of
# what it found into what the report told already, then the filing.
_SENTENCE_STEPS: tuple[tuple[str, Callable[[_Run, Sentence, int], None]], ...] = (
    ("clauses", _read_clauses),
    ("included-instrument", _included),
    ("dated-instrument", _dated),
    ("named-instrument", _named),
    ("earlier-with-counterparts", _with_counterparts),
    ("noun-was-signed", _noun_was_signed),
    ("talks-expected-to-produce", _talks_toward),
    ("talk-topics", _talk_topics),
    ("ongoing-mechanism", _mechanism),
    ("listed-step", _listed_steps),
    ("colon-list", _colon_items),
    ("umbrella-members", _umbrella),
    ("counted-members", _counted_members),
    ("one-noun-two-rows", _one_noun_row),
    ("more-about-the-deal", _more_about_the_deal),
    ("back-deal-expected", _back_deal),
    ("file", _file),
)


# A filing step returns True when it has settled the draft: rejected it, or merged it into the drafts so far.

def _no_content(run: _Run, new: _Draft) -> bool:
    """Veto no-content: "agreed to a few days ago", "principal agreement was reached on": a cut clause."""
    return names_no_content(new.description, instrument=new.status in ("signed", "expected"))


def _pointer_back(run: _Run, new: _Draft) -> bool:
    """Veto pointer-back: "the aforementioned cooperation agreement was signed", "signed an MOU on that cooperation":
    the instrument the report names elsewhere. Its sentence joins the report's last agreement with a description of its
    own (an instrument first), an instrument taking the more advanced status. With none, a pointing word names nothing
    and is dropped; a bare "The protocol was signed" stays (the trigger table's convention)."""
    if not points_back(new.description):
        return False
    own = [d for d in run.drafts if not points_back(d.description)]
    target = next((d for d in reversed(own) if NOUN_RE.search(d.description)), None) or (own[-1] if own else None)
    if target is None:
        return not BARE_DEFINITE.match(new.description.strip(" .,;:\"'“”‘’"))
    if new.sentence not in target.evidence:
        target.evidence.append(new.sentence)
    if STATUS_RANK[new.status] < STATUS_RANK[target.status] and NOUN_RE.search(target.description):
        target.status = new.status   # (an act agreed is not made "signed" by a pointer: what was signed is unsaid)
    return True


def _date(run: _Run, new: _Draft) -> bool:
    """The first date its own words give."""
    new.date = next((dm for dm in dates_mod.find(new.description, published=run.ctx.doc.published) if dm.date), None)
    return False


def _expected_ahead(run: _Run, new: _Draft) -> bool:
    """A signing still to come is dated ahead of publication ("on 12 March", read in a report of April: next year's)."""
    published = run.ctx.doc.published
    if new.date and new.status == "expected" and published and new.date.date < published \
            and not re.search(r"(?:19|20)\d\d", new.date.text):
        try:
            new.date = dates_mod.DateMention(start=new.date.start, end=new.date.end, text=new.date.text,
                                             date=new.date.date.replace(year=new.date.date.year + 1))
        except ValueError:
            pass
    return False


def _merge_row(run: _Run, new: _Draft) -> bool:
    """The same agreement reported twice is one agreement (_merge); else a new one."""
    _merge(run.drafts, new)
    return True


_FILING_STEPS: tuple[tuple[str, Callable[[_Run, _Draft], bool]], ...] = (
    ("no-content", _no_content),
    ("pointer-back", _pointer_back),             # "the aforementioned cooperation agreement": the one named already
    ("date", _date),
    ("expected-ahead", _expected_ahead),
    ("merge", _merge_row),
)
