"""Threats and security concerns (the module moves into this package; see article)."""

from kg.extract.threats.article import _PRECEDENCE, _STEM_INDEX, _STEMS, _VETOES, find, vetoed

__all__ = ["find", "vetoed"]
