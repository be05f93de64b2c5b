"""Score extracted facts against hand-made gold, by the matching rules of the corpus README. Pure: no store, no RDF.

Input per article: the gold dict (``<stem>.gold.json``) and the rows of the six competency queries, as
``{category: [row dict]}`` with strings or None. ``score_article`` matches them; ``aggregate`` sums the counts
(micro over articles) into a ``Report`` that renders as a table or as a dict. Every matching is greedy and
one-to-one: all candidate pairs are scored, the best pair is taken first, and each item is used at most once.

The rules, where the README leaves room (see each helper for details):

* **people** match by name: equal names, or equal forms between {name, aliases} on both sides, or the same
  surname with a close first name (equal, an initial, or spelling ratio >= 0.8; a one-word name is a surname
  and needs no first name). Case, accents, punctuation and leading titles ("NSA", "Dr", "Prime Minister") ignored.
* **roles** are (person, title) facts. A gold role of a matched person matches a predicted role of the same
  person when each title's *core* words are all among the other's significant words. Significant words:
  lowercase, abbreviations expanded (NSA, PM, MEA ...), spellings unified (adviser/advisor), country names and
  demonyms and filler words (of, the, affairs, official ...) dropped; the core is what comes before a "to ..."
  complement ("... Advisor *to the Prime Minister*"). So "Minister for Defence" = "Defence Minister", but
  "Deputy Prime Minister" != "Prime Minister" and "National Security Advisor" != "National Security and
  Intelligence Advisor". Roles of unmatched people count as missed / false.
* **organizations** match when a form of one (name or alias) equals a form of the other.
* **meetings** match when the participant sets have Jaccard >= 0.5 (participants resolved to gold people by the
  name rule). Two meetings without named participants match when kind and place agree. Date and place are scored
  apart, as accuracy over matched meetings (None = None counts as correct).
* **agreements** match when a gold keyword starts a word of the predicted description; status is scored apart.
* **threats** (rows grouped by ?threat) match when a gold keyword starts a word of any of the threat's labels.
* **statements** match by speaker and a gold keyword in the text. A named speaker (a gold person or organisation)
  must match by the people / organisation rule; an unnamed one ("officials", "government sources", "Canada")
  needs a shared significant word (plurals and demonyms folded: "official" ~ "officials", "Canadian" ~ "Canada").

Keywords are lowercase stems: "crim" matches "crime" and "criminal", not "incriminate"; hyphens count as spaces.
Precision, recall and F1 are undefined (None) when their denominator is 0; macro-F1 is the mean over the seven
categories whose F1 is defined, so a category empty in both gold and prediction counts nothing.
"""

from kg.evaluate.gold import gold_path, load_gold, run_queries_for_eval, support_for_eval, validate_gold
from kg.evaluate.matching import fold, greedy_match, keyword_in, name_strength, role_match
from kg.evaluate.report import (
    ACCURACIES, CATEGORIES, GOLD_KEYS, INFO_ACCURACIES, QUERY_CATEGORIES, Accuracy, ArticleScore, Counts, Judged,
    Report, Row, aggregate, calibration, rule_counts,
)
from kg.evaluate.scoring import score_article

__all__ = [
    "ACCURACIES", "CATEGORIES", "GOLD_KEYS", "INFO_ACCURACIES", "QUERY_CATEGORIES", "Accuracy", "ArticleScore",
    "Counts", "Judged", "Report", "Row", "aggregate", "calibration", "fold", "gold_path", "greedy_match",
    "keyword_in", "load_gold", "name_strength", "role_match", "rule_counts", "run_queries_for_eval",
    "score_article", "support_for_eval", "validate_gold",
]
