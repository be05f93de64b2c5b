"""Matching rules: text folding, names, roles, unnamed speakers, greedy one-to-one pairing, row grouping."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from typing import Any
from kg.evaluate.report import Row

# -- text normalisation --------------------------------------------------------------------------------------
def fold(text: str | None) -> str:
    """Lowercase, accents and possessive 's removed, hyphens and punctuation as spaces, spaces collapsed."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"'s\b", "", text)
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _tokens(text: str | None) -> list[str]:
    return fold(text).split()


def keyword_in(keyword: str, text: str | None) -> bool:
    """A keyword (a lowercase stem, maybe several words) starts a word of the text."""
    kw = fold(keyword)
    return bool(kw) and re.search(r"(?<![a-z0-9])" + re.escape(kw), fold(text)) is not None


def _local(value: str | None) -> str | None:
    """A closed-vocabulary value given as a label or an IRI ('.../status/agreed') → 'agreed'."""
    if value is None:
        return None
    return fold(re.split(r"[#/]", value.rstrip("/#"))[-1]) or None


def _date(value: str | None) -> str | None:
    return value[:10] if value and re.match(r"\d{4}-\d{2}-\d{2}", value) else (value or None)


# -- names ---------------------------------------------------------------------------------------------------
# "Sheikh" leads Gulf names as "Sir" or "Shri" lead others: a gold "Sheikh Saif bin Zayed Al Nahyan" is the extracted
# "Saif bin Zayed Al Nahyan" (only leading words are dropped, so "Hassan Sheikh Mohamud" keeps its middle word).
_TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof sir dame shri smt sri nsa nsia pm eam fm president vice king queen prince crown "
    "minister prime deputy secretary general field marshal chancellor ambassador senator governor "
    "sheikh sheikha shaikh".split())


def _name_tokens(name: str | None) -> list[str]:
    """The name's words without leading titles ('NSA Ajit Doval' → ajit doval); all words if only titles."""
    tokens = _tokens(name)
    i = 0
    while i < len(tokens) and tokens[i] in _TITLE_WORDS:
        i += 1
    return tokens[i:] or tokens


def _close_first_names(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def _surname_rule(a: str, b: str) -> bool:
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb or ta[-1] != tb[-1]:
        return False
    if len(ta) == 1 or len(tb) == 1:  # a bare surname: nothing to contradict it
        return True
    return _close_first_names(ta[0], tb[0])


def name_strength(gold_forms: Sequence[str], pred_forms: Sequence[str]) -> int:
    """How well two people's names agree; each side's forms are [name, *aliases]. 3 same name, 2 a shared
    form (alias), 1 the names have the same surname and close first names, 0 no match. The surname rule compares
    the names, not aliases: a gold alias "Kovac" must not let "Petra Kovac" stand for "Maria Kovac"."""
    gold_forms = [g for g in gold_forms if g]
    pred_forms = [p for p in pred_forms if p]
    if not gold_forms or not pred_forms:
        return 0
    if _name_tokens(gold_forms[0]) == _name_tokens(pred_forms[0]):
        return 3
    gold_keys = {tuple(_name_tokens(g)) for g in gold_forms} | {tuple(_tokens(g)) for g in gold_forms}
    pred_keys = {tuple(_name_tokens(p)) for p in pred_forms} | {tuple(_tokens(p)) for p in pred_forms}
    if gold_keys & pred_keys - {()}:
        return 2
    if _surname_rule(gold_forms[0], pred_forms[0]):
        return 1
    return 0


def _org_strength(gold_forms: Sequence[str], pred_forms: Sequence[str]) -> int:
    gold_keys = [fold(g) for g in gold_forms if fold(g)]
    pred_keys = [fold(p) for p in pred_forms if fold(p)]
    if gold_keys and pred_keys and gold_keys[0] == pred_keys[0]:
        return 2
    return 1 if set(gold_keys) & set(pred_keys) else 0


# -- roles ---------------------------------------------------------------------------------------------------
_ROLE_ABBREVIATIONS = {
    "nsa": "national security advisor", "nsia": "national security and intelligence advisor",
    "pm": "prime minister", "dpm": "deputy prime minister", "fm": "foreign minister",
    "eam": "external affairs minister", "mea": "ministry of external affairs", "mod": "ministry of defence",
    "coas": "chief of army staff", "cds": "chief of defence staff", "hc": "high commissioner",
    "dy": "deputy", "gen": "general", "secy": "secretary", "min": "minister", "un": "united nations",
}
_ROLE_SPELLINGS = {"adviser": "advisor", "defense": "defence", "organization": "organisation",
                   "organized": "organised", "counselor": "counsellor"}
_ROLE_FILLERS = frozenset("a an the of for and in on at affairs official union federal".split())
_COUNTRY_EXTRAS = ("us usa uk britain england america indian canadian pakistani australian mexican french british "
                   "american chinese russian japanese german italian saudi bangladeshi nepalese lankan afghan "
                   "iranian israeli ukrainian emirati").split()


@cache
def _country_pattern() -> re.Pattern[str]:
    """Country names (pycountry's names and common names, before any comma or bracket) and common demonyms."""
    import pycountry

    names = set(_COUNTRY_EXTRAS)
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(fold(re.split(r"[,(]", value)[0]))
    alternatives = "|".join(re.escape(n) for n in sorted(names - {""}, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")


def _role_words(title: str | None) -> tuple[frozenset[str], frozenset[str]]:
    """(core words, significant words) of a title; the core stops at a 'to ...' complement."""
    expanded = " ".join(_ROLE_ABBREVIATIONS.get(t, t) for t in _tokens(title))
    words = [_ROLE_SPELLINGS.get(t, t) for t in _country_pattern().sub(" ", expanded).split()]
    cut = words.index("to") if "to" in words else len(words)
    core = frozenset(w for w in words[:cut] if w not in _ROLE_FILLERS)
    significant = frozenset(w for w in words if w not in _ROLE_FILLERS and w != "to")
    return core, significant


def role_match(gold_title: str | None, pred_title: str | None) -> bool:
    """Each title's core words all appear among the other's significant words."""
    g_core, g_sig = _role_words(gold_title)
    p_core, p_sig = _role_words(pred_title)
    return bool(g_core) and bool(p_core) and g_core <= p_sig and p_core <= g_sig


# -- unnamed speakers ----------------------------------------------------------------------------------------
_SPEAKER_FILLERS = frozenset("a an the of and in to for from on by joint statement said".split())
_ARTICLES = frozenset("a an the of".split())
_DEMONYMS = {"canadian": "canada", "indian": "india", "pakistani": "pakistan", "australian": "australia",
             "mexican": "mexico", "french": "france", "british": "britain", "american": "america",
             "chinese": "china", "russian": "russia", "saudi": "saudi", "israeli": "israel"}


def _speaker_words(text: str | None) -> set[str]:
    """The words that tell one unnamed speaker from another. A speaker of filler words only ("joint statement") keeps
    them: dropped, it had no words left and no prediction could ever match it."""
    tokens = [t for t in _tokens(text) if len(t) >= 2]
    if any(t not in _SPEAKER_FILLERS for t in tokens):
        tokens = [t for t in tokens if t not in _SPEAKER_FILLERS]
    else:
        tokens = [t for t in tokens if t not in _ARTICLES]
    words = set()
    for token in tokens:
        token = _DEMONYMS.get(token, token)
        if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
            token = token[:-1]
        words.add(token)
    return words


# -- greedy one-to-one matching ------------------------------------------------------------------------------
def greedy_match(
    gold: Sequence[Any], pred: Sequence[Any], score: Callable[[Any, Any], tuple | None]
) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index): best-scoring candidate pair first, each item used once; ties go to
    the earlier gold item, then the earlier prediction. ``score`` returns None for 'no match'."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            s = score(g, p)
            if s is not None:
                candidates.append((s, gi, pi))
    candidates.sort(key=lambda c: c[0], reverse=True)  # stable: equal scores keep index order
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _nonzero(strength: int) -> tuple[int] | None:
    return (strength,) if strength else None


# -- predicted rows grouped into items -----------------------------------------------------------------------
@dataclass
class _Item:
    """One predicted fact, gathered from the rows that share its subject variable."""

    key: str
    first: dict[str, str | None] = field(default_factory=dict)   # first bound value per variable
    values: dict[str, list[str]] = field(default_factory=dict)   # all distinct bound values per variable

    def get(self, var: str) -> str | None:
        return self.first.get(var)

    def all(self, var: str) -> list[str]:
        return self.values.get(var, [])


def _group(rows: Iterable[Row], subject: str) -> list[_Item]:
    items: dict[str, _Item] = {}
    for n, row in enumerate(rows):
        key = row.get(subject) or f"_row{n}"
        item = items.setdefault(key, _Item(key))
        for var, value in row.items():
            if value is None:
                continue
            if item.first.get(var) is None:
                item.first[var] = value
            bucket = item.values.setdefault(var, [])
            if value not in bucket:
                bucket.append(value)
    return list(items.values())
