"""Organisations: known bodies from the reference table, bodies named by shape, acronyms, credited outlets.

The parts, each importing only from those above it:

    patterns     the regular expressions and word tables
    readings     readings of a name and the words around it (whose, what kind, where it ends)
    scan         one sentence's scan: the record of a find and the spans already taken
    shaped       the of-shape's and head-shape's matches grown into names by _SHAPED_STEPS
    ministries   bare ministries ("the ministry said"): whose they are
    groups       armed and criminal groups: the named-group shape, its vetoes, the armed-group kind
    shapes       the shapes: each yields the bodies one kind of wording names
    vetoes       named vetoes of a find (_VETOES), and of a body once people are known (_PEOPLE_VETOES)
    folds        two bodies of one report that are one body become one
    driver       find: the shapes over each sentence, then the report-wide passes
"""

from kg.extract.organizations.driver import find
from kg.extract.organizations.groups import armed_group_cue
from kg.extract.organizations.readings import _closing_state  # noqa: F401 (tests import it from here)
from kg.extract.organizations.vetoes import after_people, vetoed

__all__ = ["after_people", "armed_group_cue", "find", "vetoed"]
