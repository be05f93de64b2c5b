"""Organisations: known bodies from the reference table, bodies named by shape, acronyms, credited outlets."""

from kg.extract.organizations.shapes import _closing_state, after_people, armed_group_cue, find, vetoed

__all__ = ["after_people", "armed_group_cue", "find", "vetoed"]
