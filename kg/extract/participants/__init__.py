"""Who took part in an occasion a trigger names (the module moved into this package; its parts follow)."""

from kg.extract.participants.steps import (SPLIT_CUES, _AFTER_OCCASION, _GROUP, _STYLE, _find, coordinated_subjects,
                                           each_predicate, each_with, find, split_cue, titled_list_gap,
                                           titled_partner_gap, with_again)

__all__ = ["SPLIT_CUES", "coordinated_subjects", "each_predicate", "each_with", "find", "split_cue", "titled_list_gap",
           "titled_partner_gap", "with_again"]
