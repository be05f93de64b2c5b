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

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import QueryError, SourceError

QUERY_CATEGORIES = ("people", "organizations", "meetings", "agreements", "threats", "statements")
CATEGORIES = ("people", "roles", "organizations", "meetings", "agreements", "threats", "statements")
ACCURACIES = ("meeting_date", "meeting_place", "agreement_status")  # scored apart, as the README says
INFO_ACCURACIES = ("meeting_kind", "agreement_parties")            # reported for information only
GOLD_KEYS = ("people", "organizations", "countries", "meetings", "agreements", "threats", "statements")
_ITEM_KEYS = {
    "people": ("name",),
    "organizations": ("name",),
    "meetings": ("participants",),
    "agreements": ("keywords", "status"),
    "threats": ("keywords",),
    "statements": ("by", "keywords"),
}

Row = dict[str, str | None]


# -- records -------------------------------------------------------------------------------------------------
@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.correct += ok
        self.total += 1

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": self.value}


def _macro(counts: dict[str, Counts]) -> float | None:
    f1s = [c.f1 for c in counts.values() if c.f1 is not None]
    return sum(f1s) / len(f1s) if f1s else None


@dataclass
class ArticleScore:
    """One article's counts, accuracies, and what went wrong, in words (for --verbose)."""

    article: str
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    accuracy: dict[str, Accuracy] = field(
        default_factory=lambda: {a: Accuracy() for a in ACCURACIES + INFO_ACCURACIES})
    misses: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    false_positives: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    mismatches: list[str] = field(default_factory=list)

    @property
    def macro_f1(self) -> float | None:
        return _macro(self.counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "categories": {c: n.to_dict() for c, n in self.counts.items()},
            "macro_f1": self.macro_f1,
            "accuracy": {a: n.to_dict() for a, n in self.accuracy.items()},
            "misses": self.misses,
            "false_positives": self.false_positives,
            "mismatches": self.mismatches,
        }


@dataclass
class Report:
    """Micro-summed counts over articles, macro-F1 over the seven categories, and the per-article scores."""

    articles: list[ArticleScore]
    counts: dict[str, Counts]
    accuracy: dict[str, Accuracy]

    @property
    def macro_f1(self) -> float | None:
        return _macro(self.counts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles_scored": len(self.articles),
            "categories": {c: n.to_dict() for c, n in self.counts.items()},
            "macro_f1": self.macro_f1,
            "accuracy": {a: n.to_dict() for a, n in self.accuracy.items()},
            "articles": [a.to_dict() for a in self.articles],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False)

    def to_text(self, *, verbose: bool = False) -> str:
        lines = [f"{len(self.articles)} article(s)", "", *_table(self.counts), "",
                 f"macro-F1 ({len(CATEGORIES)} categories): {_fmt(self.macro_f1)}"]
        lines += [f"{name.replace('_', ' ')} accuracy: {_fmt(acc.value)} ({acc.correct}/{acc.total})"
                  for name, acc in self.accuracy.items() if name in ACCURACIES]
        lines += [f"({name.replace('_', ' ')} accuracy: {_fmt(acc.value)} ({acc.correct}/{acc.total}), not scored)"
                  for name, acc in self.accuracy.items() if name in INFO_ACCURACIES]
        if verbose:
            for art in self.articles:
                lines += ["", f"== {art.article}  (macro-F1 {_fmt(art.macro_f1)})", *_table(art.counts)]
                for category in CATEGORIES:
                    lines += [f"  missed {category}: {m}" for m in art.misses[category]]
                    lines += [f"  false {category}: {m}" for m in art.false_positives[category]]
                lines += [f"  mismatch: {m}" for m in art.mismatches]
        return "\n".join(lines)


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _table(counts: dict[str, Counts]) -> list[str]:
    rows = [f"{'category':<14}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>8}{'R':>8}{'F1':>8}"]
    rows += [f"{c:<14}{n.tp:>5}{n.fp:>5}{n.fn:>5}{_fmt(n.precision):>8}{_fmt(n.recall):>8}{_fmt(n.f1):>8}"
             for c, n in counts.items()]
    return rows


def aggregate(scores: Iterable[ArticleScore]) -> Report:
    articles = list(scores)
    counts = {c: sum((a.counts[c] for a in articles), Counts()) for c in CATEGORIES}
    accuracy = {k: sum((a.accuracy[k] for a in articles), Accuracy()) for k in ACCURACIES + INFO_ACCURACIES}
    return Report(articles=articles, counts=counts, accuracy=accuracy)


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
_TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof sir dame shri smt sri nsa nsia pm eam fm president vice king queen prince crown "
    "minister prime deputy secretary general field marshal chancellor ambassador senator governor".split())


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
_DEMONYMS = {"canadian": "canada", "indian": "india", "pakistani": "pakistan", "australian": "australia",
             "mexican": "mexico", "french": "france", "british": "britain", "american": "america",
             "chinese": "china", "russian": "russia", "saudi": "saudi", "israeli": "israel"}


def _speaker_words(text: str | None) -> set[str]:
    words = set()
    for token in _tokens(text):
        if token in _SPEAKER_FILLERS or len(token) < 2:
            continue
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


# -- scoring one article -------------------------------------------------------------------------------------
def score_article(gold: dict[str, Any], predicted: dict[str, list[Row]], *, article: str = "") -> ArticleScore:
    """Match one article's predicted query rows against its gold; count, and say what was missed or wrong."""
    out = ArticleScore(article=article)
    gold_people = gold.get("people") or []
    people = _group(predicted.get("people") or [], "person")
    person_forms = [[p.get("name") or "", *p.all("name")[1:], *p.all("alias")] for p in people]
    gold_person_forms = [[g["name"], *(g.get("aliases") or [])] for g in gold_people]

    # people, then roles within matched people
    pairs = greedy_match(gold_person_forms, person_forms, lambda g, p: _nonzero(name_strength(g, p)))
    _count(out, "people", pairs, gold_people, people, lambda g: g["name"], lambda p: p.get("name") or p.key)
    matched_person = {pi: gi for gi, pi in pairs}
    for gi, g in enumerate(gold_people):
        g_roles = [r for r in (g.get("roles") or []) if r]
        pi = next((p for p, q in matched_person.items() if q == gi), None)
        p_roles = people[pi].all("role") if pi is not None else []
        role_pairs = greedy_match(g_roles, p_roles, lambda a, b: (1,) if role_match(a, b) else None)
        _count(out, "roles", role_pairs, g_roles, p_roles,
               lambda r, who=g["name"]: f"{who}: {r}", lambda r, who=g["name"]: f"{who}: {r}")
    for pi, p in enumerate(people):
        if pi not in matched_person:
            out.counts["roles"].fp += len(p.all("role"))
            out.false_positives["roles"] += [f"{p.get('name')}: {r}" for r in p.all("role")]

    # organizations
    gold_orgs = gold.get("organizations") or []
    orgs = _group(predicted.get("organizations") or [], "organization")
    org_forms = [[o.get("name") or "", *o.all("name")[1:], *o.all("alias")] for o in orgs]
    gold_org_forms = [[g["name"], *(g.get("aliases") or [])] for g in gold_orgs]
    pairs = greedy_match(gold_org_forms, org_forms, lambda g, p: _nonzero(_org_strength(g, p)))
    _count(out, "organizations", pairs, gold_orgs, orgs, lambda g: g["name"], lambda p: p.get("name") or p.key)

    def gold_person_of(name: str | None, forms: Sequence[str] = ()) -> int | None:
        """The gold person a predicted name denotes: via the people matching, else the best name match."""
        for pi, gi in matched_person.items():
            if name and fold(name) in {fold(f) for f in person_forms[pi]}:
                return gi
        strengths = [(name_strength(gf, [name or "", *forms]), -gi) for gi, gf in enumerate(gold_person_forms)]
        best = max(strengths, default=(0, 0))
        return -best[1] if best[0] else None

    _score_meetings(out, gold, predicted, gold_person_of)
    _score_agreements(out, gold, predicted)
    _score_threats(out, gold, predicted)
    _score_statements(out, gold, predicted, gold_person_of, gold_org_forms)
    return out


def _count(out: ArticleScore, category: str, pairs: list[tuple[int, int]], gold: Sequence[Any],
           pred: Sequence[Any], show_gold: Callable[[Any], str], show_pred: Callable[[Any], str]) -> None:
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    counts = out.counts[category]
    counts.tp += len(pairs)
    counts.fn += len(gold) - len(matched_g)
    counts.fp += len(pred) - len(matched_p)
    out.misses[category] += [show_gold(g) for i, g in enumerate(gold) if i not in matched_g]
    out.false_positives[category] += [show_pred(p) for i, p in enumerate(pred) if i not in matched_p]


def _score_meetings(out: ArticleScore, gold: dict[str, Any], predicted: dict[str, list[Row]],
                    gold_person_of: Callable[..., int | None]) -> None:
    gold_meetings = gold.get("meetings") or []
    meetings = _group(predicted.get("meetings") or [], "event")

    def entity(name: str) -> tuple[str, Any]:
        gi = gold_person_of(name)
        return ("person", gi) if gi is not None else ("name", fold(name))

    g_sets = [{entity(n) for n in (m.get("participants") or []) if n} for m in gold_meetings]
    p_sets = [{entity(n) for n in m.all("participantName")} for m in meetings]

    def agree(g: dict[str, Any], p: _Item) -> tuple[bool, bool, bool]:
        return (_local(g.get("kind")) == _local(p.get("kind")), _date(g.get("date")) == _date(p.get("date")),
                fold(g.get("place")) == fold(p.get("place")))

    def score(gi: int, pi: int) -> tuple | None:
        g, p = g_sets[gi], p_sets[pi]
        kind_ok, date_ok, place_ok = agree(gold_meetings[gi], meetings[pi])
        if not g and not p:
            jaccard = 1.0 if kind_ok and place_ok else 0.0
        else:
            jaccard = len(g & p) / len(g | p)
        return (jaccard, kind_ok, date_ok, place_ok) if jaccard >= 0.5 else None

    pairs = greedy_match(range(len(gold_meetings)), range(len(meetings)), score)

    def show_gold(m: dict[str, Any]) -> str:
        return f"{m.get('kind')} of {', '.join(m.get('participants') or []) or '?'} ({m.get('date')}, {m.get('place')})"

    def show_pred(m: _Item) -> str:
        return f"{m.get('kind')} of {', '.join(m.all('participantName')) or '?'} ({m.get('date')}, {m.get('place')})"

    _count(out, "meetings", pairs, gold_meetings, meetings, show_gold, show_pred)
    for gi, pi in pairs:
        g, p = gold_meetings[gi], meetings[pi]
        kind_ok, date_ok, place_ok = agree(g, p)
        out.accuracy["meeting_date"].add(date_ok)
        out.accuracy["meeting_place"].add(place_ok)
        out.accuracy["meeting_kind"].add(kind_ok)
        for what, ok, gv, pv in (("date", date_ok, g.get("date"), p.get("date")),
                                 ("place", place_ok, g.get("place"), p.get("place")),
                                 ("kind", kind_ok, g.get("kind"), p.get("kind"))):
            if not ok:
                out.mismatches.append(f"meeting {show_gold(g)}: {what} {gv!r}, predicted {pv!r}")


def _hits(keywords: Sequence[str], texts: Sequence[str | None]) -> int:
    return sum(1 for k in keywords if any(keyword_in(k, t) for t in texts))


def _overlap(a: str | None, texts: Sequence[str | None]) -> int:
    words = set(_tokens(a))
    return len(words & {w for t in texts for w in _tokens(t)})


def _score_agreements(out: ArticleScore, gold: dict[str, Any], predicted: dict[str, list[Row]]) -> None:
    gold_agreements = gold.get("agreements") or []
    agreements = _group(predicted.get("agreements") or [], "agreement")

    def score(g: dict[str, Any], p: _Item) -> tuple | None:
        descriptions = p.all("description")
        hits = _hits(g.get("keywords") or [], descriptions)
        if not hits:
            return None
        return (hits, _local(g.get("status")) == _local(p.get("status")), _overlap(g.get("about"), descriptions))

    pairs = greedy_match(gold_agreements, agreements, score)
    _count(out, "agreements", pairs, gold_agreements, agreements,
           lambda g: f"{g.get('about')} [{g.get('status')}]",
           lambda p: f"{p.get('description') or p.key} [{p.get('status')}]")
    for gi, pi in pairs:
        g, p = gold_agreements[gi], agreements[pi]
        status_ok = _local(g.get("status")) == _local(p.get("status"))
        out.accuracy["agreement_status"].add(status_ok)
        if not status_ok:
            out.mismatches.append(f"agreement {g.get('about')!r}: status {g.get('status')!r}, "
                                  f"predicted {p.get('status')!r}")
        parties_ok = {fold(x) for x in g.get("parties") or []} == {fold(x) for x in p.all("partyName")}
        out.accuracy["agreement_parties"].add(parties_ok)


def _score_threats(out: ArticleScore, gold: dict[str, Any], predicted: dict[str, list[Row]]) -> None:
    gold_threats = gold.get("threats") or []
    threats = _group(predicted.get("threats") or [], "threat")

    def score(g: dict[str, Any], p: _Item) -> tuple | None:
        labels = p.all("label")
        hits = _hits(g.get("keywords") or [], labels)
        return (hits, _overlap(g.get("label"), labels)) if hits else None

    pairs = greedy_match(gold_threats, threats, score)
    _count(out, "threats", pairs, gold_threats, threats, lambda g: g.get("label") or "?",
           lambda p: " / ".join(p.all("label")) or p.key)


def _score_statements(out: ArticleScore, gold: dict[str, Any], predicted: dict[str, list[Row]],
                      gold_person_of: Callable[..., int | None], gold_org_forms: list[list[str]]) -> None:
    gold_statements = gold.get("statements") or []
    statements = _group(predicted.get("statements") or [], "statement")
    gold_people = gold.get("people") or []
    gold_person_forms = [[g["name"], *(g.get("aliases") or [])] for g in gold_people]

    def speaker_kind(by: str) -> tuple[str, Any]:
        """A gold speaker is a gold person, a gold organisation, or an unnamed source (matched by words)."""
        for gi, forms in enumerate(gold_person_forms):
            if name_strength(forms, [by]) >= 2:
                return ("person", gi)
        for oi, forms in enumerate(gold_org_forms):
            if _org_strength(forms, [by]):
                return ("org", oi)
        return ("unnamed", _speaker_words(by))

    kinds = [speaker_kind(s.get("by") or "") for s in gold_statements]

    def speaker_ok(gi: int, p: _Item) -> bool:
        forms = [*p.all("speakerName"), *p.all("speakerAlias")]
        kind, ref = kinds[gi]
        if kind == "person":
            return any(gold_person_of(f, forms) == ref for f in forms) or bool(
                name_strength(gold_person_forms[ref], forms))
        if kind == "org":
            return bool(_org_strength(gold_org_forms[ref], forms))
        return any(ref & _speaker_words(f) for f in forms)

    def score(gi: int, pi: int) -> tuple | None:
        p = statements[pi]
        hits = _hits(gold_statements[gi].get("keywords") or [], p.all("text"))
        return (hits,) if hits and speaker_ok(gi, p) else None

    pairs = greedy_match(range(len(gold_statements)), range(len(statements)), score)
    _count(out, "statements", pairs, gold_statements, statements,
           lambda g: f"{g.get('by')}: {', '.join(g.get('keywords') or [])}",
           lambda p: f"{', '.join(p.all('speakerName')) or '?'}: {(p.get('text') or '')[:80]}")


# -- gold files ----------------------------------------------------------------------------------------------
def validate_gold(gold: Any, *, where: str) -> None:
    """Raise SourceError naming the file and the missing or mistyped key."""
    if not isinstance(gold, dict):
        raise SourceError(f"{where}: gold must be a JSON object")
    for key in GOLD_KEYS:
        if not isinstance(gold.get(key), list):
            raise SourceError(f"{where}: gold needs a list under {key!r}")
    for key, required in _ITEM_KEYS.items():
        for n, item in enumerate(gold[key]):
            missing = [r for r in required if not isinstance(item, dict) or r not in item]
            if missing:
                raise SourceError(f"{where}: {key}[{n}] lacks {', '.join(missing)}")


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceError(f"{path}: cannot read gold: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise SourceError(f"{path}, line {exc.lineno}: not valid JSON: {exc.msg}") from None
    validate_gold(gold, where=str(path))
    return gold


def gold_path(article: Path, gold_dir: Path | None = None) -> Path:
    """Where an article's gold lives: ``<gold_dir>/<stem>.gold.json``, or next to the article (the corpus)."""
    return (gold_dir or article.parent) / f"{article.stem}.gold.json"


# -- running the competency queries (the only part that touches a store) -------------------------------------
def run_queries_for_eval(store: Any, queries_dir: Path) -> dict[str, list[Row]]:
    """Run the six competency queries on ``store`` (kg.store.Store) and return their rows as plain strings."""
    results: dict[str, list[Row]] = {}
    for category in QUERY_CATEGORIES:
        path = queries_dir / f"{category}.rq"
        if not path.exists():
            raise QueryError(f"{path}: competency query missing (evaluation needs {', '.join(QUERY_CATEGORIES)})")
        solutions = store.query(path.read_text(encoding="utf-8"))
        variables = [v.value for v in solutions.variables]
        results[category] = [
            {var: (None if solution[var] is None else solution[var].value) for var in variables}
            for solution in solutions
        ]
    return results
