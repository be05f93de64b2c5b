"""Who took part in an occasion a trigger names: the clause's subject and object, "with/between" people, a
coordinated list, an unnamed counterpart, "the two leaders", "he".

The trigger's role (kg/extract/event_triggers.py) says where to look; the clause is the segment events.py cut.

The parts, each importing only from those before it:
    patterns   the clause wordings the steps read (a pair's group, a noun's "with/attended by", taking part, speech)
    lists      runs of people: coordinated subjects and object lists, titled members, "and with" ("each-with")
    splits     one meeting per host: "each-with", "split-<cue>" (SPLIT_CUES), "each-predicate", for events' splitting
    described  rule "described-holder": a post without a name as the report's one holder of it
    unnamed    sides the clause leaves unnamed: a counterpart, a post as subject, a pronoun partner, a group, "he"
    steps      find: the people around the trigger, then the rows of _STEPS over one shared _Clause
"""

from kg.extract.participants.lists import coordinated_subjects, titled_list_gap, titled_partner_gap, with_again
from kg.extract.participants.splits import SPLIT_CUES, each_predicate, each_with, split_cue
from kg.extract.participants.steps import find

# named as participants.<name> by other files' comments and tests' docstrings: still reachable under that name
from kg.extract.participants.lists import _STYLE
from kg.extract.participants.patterns import _AFTER_OCCASION, _GROUP
from kg.extract.participants.steps import _find

__all__ = ["SPLIT_CUES", "coordinated_subjects", "each_predicate", "each_with", "find", "split_cue", "titled_list_gap",
           "titled_partner_gap", "with_again"]
