"""Meetings, visits, talks, summits and calls: who took part, where, when, and whether it happened or is planned.

Each clause is read against the trigger table (event_triggers.TRIGGERS); a trigger that no veto rejects and that
has people (participants.find) becomes a draft; drafts of one occasion merge (one meeting is one event however
many sentences describe it); then the lead, the dateline and a placed visit date and place what is left open.
kg:rule is "meeting/<trigger>" (with "-expected" for planned occasions), naming the row that reported it.

The parts, each importing only from those before it:
    drafts     the draft an occasion is built in, the run find's steps share, and its clause's bearing, day and place
    vetoes     the named vetoes of a trigger, by its words or by its people
    splitting  one meeting per host ("held separate meetings with A, B and C")
    merging    one event per occasion: which drafts are the same occasion, and the folds that join them
    reading    sentences into drafts, clause by clause (_draft applies one trigger row)
    orphans    occasions named without people, given the people named near them
    placing    each draft placed and dated (_DRAFT_STEPS), then reported as an Event
    driver     find: the rows of _STEPS in order
"""

from kg.extract.events.driver import find
from kg.extract.events.reading import _TRIGGER_ROWS

# named as events.<name> by other files' comments and tests' docstrings: still reachable under that name
from kg.extract.events.merging import _fold_lone_into_pair, _other_side
from kg.extract.events.reading import _BOUNDARY, _list_semicolon
from kg.extract.events.splitting import _separate
from kg.extract.events.vetoes import _SIGNED_BY

__all__ = ["find"]
