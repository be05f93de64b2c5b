"""Threats and security concerns: lexicon wordings mapped onto the threat scheme, one record per distinct concern.

Three tables drive it. The lexicon (data/reference/threats.tsv) maps wordings onto concepts. ``_LISTS`` rebuilds
the wordings a list leaves implicit: "smuggling of narcotics, arms and gold" names three concerns, "drug and
firearm trafficking" two; each rebuilt wording ("gold smuggling") is looked up in the lexicon like any other.
``_CLAIMS`` reads claims on a place ("the row over the Rann marshes", "Oslo, which disputes parts of the shelf",
"encroached on Philippine waters"), the place kept in the wording. ``_VETOES`` are the named reasons a match is no
concern ("the Bureau of International Narcotics Affairs", "a joint
border security committee"). Every threat carries ``support.rule`` = "threat/<trigger>:<term>", e.g. "threat/lexicon:human trafficking",
"threat/object-list:gold smuggling".

The parts, in the order data flows (each imports only from those before it):

* ``records``: the mention and concern records, and the precedence that names the narrower concept;
* ``wordings``: a lexicon wording looked up or scanned by stem, and grown over the words that narrow it;
* ``phrases``: concerns a pattern names (harm phrases, a state's conduct, claims on a place: ``_CLAIMS``);
* ``lexical``: a sentence's lexicon and phrase mentions, two in one clause joined into one;
* ``lists``: wordings a list leaves implicit (``_LISTS``), and items listed among concerns;
* ``vetoes``: the named reasons a mention is no concern (``_VETOES``, ``vetoed``);
* ``sentence``: one sentence's mentions, each wording taken on to its complement, bare anaphors;
* ``article``: ``find``, one record per distinct concern of the article (named armed groups, folds, exchanges).
"""

from kg.extract.threats.article import find
from kg.extract.threats.records import _PRECEDENCE
from kg.extract.threats.vetoes import _VETOES, vetoed
from kg.extract.threats.wordings import _STEM_INDEX, _STEMS

__all__ = ["find", "vetoed"]
