"""find: the report's events, the rows of _STEPS run in order over one shared _Run."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract import lead
from kg.extract.context import Context
from kg.extract.model import Event

from kg.extract.events.drafts import _Run
from kg.extract.events.vetoes import _only_a_spokesperson
from kg.extract.events.merging import (_MEMBERS, _fold_ahead_of_own_visit, _fold_attendees, _fold_lone_into_pair,
                                      _signers_join_the_occasion)
from kg.extract.events.reading import _read_sentences
from kg.extract.events.orphans import _carry_lead, _coordinated_pair, _frame_orphans
from kg.extract.events.placing import _place_and_date


_UNNAMED_HOLDERS = re.compile(r"\b(?:chiefs|ministers|officials|delegations|envoys|negotiators)\s+(?:held|opened|began)\s+talks\b")


def find(ctx: Context) -> list[Event]:
    """The report's events: the rows of _STEPS, in order, over one shared _Run."""
    run = _Run(ctx=ctx, published=ctx.doc.published, lead_date=lead.date(ctx))
    for _name, step in _STEPS:
        step(run)
    return run.events


def _each_predicate_place(run: _Run) -> None:
    """Rule "each-predicate": "During the visit, he called on A and held talks with B" — one place for both verbs."""
    drafts = run.drafts
    for d in drafts:
        if d.place is None and d.trigger.endswith("-each-predicate"):
            d.place = next((x.place for x in drafts if any(e is d.sentence for e in x.evidence) and x.place
                            and x.trigger.endswith("-each-predicate")), None)


def _lead_orphans(run: _Run) -> None:
    """The lead's talks without people go to the meeting the next sentences report (_carry_lead)."""
    run.left = _carry_lead(run.ctx, run.drafts, run.orphans, run.published)


def _framed_orphans(run: _Run) -> None:
    """Occasions still without people take the delegation heads or post holders named near them (_frame_orphans)."""
    # (veto "one-side-frames-none": a delegation's members alone are one side, no meeting; they join one later)
    _frame_orphans(run.ctx, run.drafts, run.left + run.named, [d for d in run.loose if d.trigger not in _MEMBERS],
                   run.published)


def _holders_named_next(run: _Run) -> None:
    """"Saudi and Iranian security chiefs held talks hosted by X": the next sentence names the chiefs."""
    ctx = run.ctx
    for d in run.drafts:
        nxt = next((x for x in ctx.reporting() if x.paragraph == d.sentence.paragraph + 1), None)
        if len(d.participants) == 1 and nxt and _UNNAMED_HOLDERS.search(d.sentence.text) \
                and _coordinated_pair(ctx, nxt):
            d.participants = _coordinated_pair(ctx, nxt) + d.participants


def _attendees_join(run: _Run) -> None:
    """Rule "attended-by": attendees named after an occasion framed only later join it (_fold_attendees)."""
    run.drafts = _fold_attendees(run.drafts, run.loose)


def _no_lone_holder_noun(run: _Run) -> None:
    """Veto "lone-holder-noun": "Spokeswoman A said the talks would help", "he welcomed the meeting": a talk or meeting
    noun that gives one person only, in one sentence, with neither place nor date, is a comment on an occasion
    rather than a report of one."""
    run.drafts = [d for d in run.drafts if not (len(d.participants) == 1 and d.trigger in ("talks-noun", "meeting-noun")
                                                and len(d.evidence) == 1 and not d.place and not d.date
                                                and d.modality == "asserted" and not d.vague)]


def _signers_join(run: _Run) -> None:
    """Rule "signers-join-the-occasion": a pact's signers join the occasion it was signed at."""
    run.drafts = _signers_join_the_occasion(run.ctx, run.drafts)


def _ahead_of_own_visit(run: _Run) -> None:
    """Rule "ahead-of-own-visit": "ahead of his visit" names when the meeting the visit was for happened."""
    run.drafts = _fold_ahead_of_own_visit(run.drafts)


def _no_spokesperson(run: _Run) -> None:
    """Veto "spokesperson-no-participant": a spokesperson speaks about an occasion; they did not hold it."""
    for d in run.drafts:
        d.participants = [k for k in d.participants if not _only_a_spokesperson(run.ctx, k)]


def _no_participant(run: _Run) -> None:
    """An event needs a participant."""
    run.drafts = [d for d in run.drafts if d.participants]


def _lone_into_pair(run: _Run) -> None:
    """Rule "lone-into-pair": talks naming one person fold into the one occasion of several people holding them."""
    run.drafts = _fold_lone_into_pair(run.drafts)


# find's steps, in order: read the sentences into drafts, give occasions their people, fold and veto, then place,
# date and report.
_STEPS: tuple[tuple[str, Callable[[_Run], None]], ...] = (
    ("read-sentences", _read_sentences),
    ("each-predicate", _each_predicate_place),
    ("carry-lead", _lead_orphans),
    ("frame-orphans", _framed_orphans),
    ("unnamed-holders", _holders_named_next),
    ("attendees-join", _attendees_join),
    ("lone-holder-noun", _no_lone_holder_noun),
    ("signers-join-the-occasion", _signers_join),
    ("ahead-of-own-visit", _ahead_of_own_visit),
    ("spokesperson-no-participant", _no_spokesperson),
    ("no-participant", _no_participant),
    ("lone-into-pair", _lone_into_pair),
    ("place-and-date", _place_and_date),
)
