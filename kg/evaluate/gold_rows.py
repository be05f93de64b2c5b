"""One annotator's gold as the competency queries' rows, so another annotator's gold scores it (agreement).

``kg eval DIR --against OTHER`` scores OTHER's gold as if an extractor had predicted it: each gold item becomes
the rows its query would return for such a fact (one per person × role × alias, per meeting participant, per
agreement party, per threat label), and ``score_article`` judges them exactly as it judges the store's rows.
Gold has no statement text and no agreement or threat wording beyond ``about`` and ``label``, so the keywords
the annotator chose stand in where that text lacks them: a keyword both annotators chose always matches, and a
statement's keywords are compared by the stems of their words (one claim keyed in two forms agrees).
"""

from __future__ import annotations

from itertools import product
from pathlib import Path
from typing import Any

from kg.errors import SourceError
from kg.evaluate.gold import load_gold
from kg.evaluate.matching import _org_strength, keyword_in, name_strength
from kg.evaluate.report import QUERY_CATEGORIES, Report, Row, aggregate
from kg.evaluate.scoring import score_article


def gold_rows(gold: dict[str, Any], *, where: str = "gold") -> dict[str, list[Row]]:
    """The rows of the six competency queries for a store holding exactly this gold's facts."""
    read = _Reader(where)
    people = [(read.text(p, "people", n, "name", required=True), read.texts(p, "people", n, "aliases"),
               read.texts(p, "people", n, "roles"), read.text(p, "people", n, "country"))
              for n, p in enumerate(gold["people"])]
    orgs = [(read.text(o, "organizations", n, "name", required=True), read.texts(o, "organizations", n, "aliases"),
             read.text(o, "organizations", n, "country")) for n, o in enumerate(gold["organizations"])]
    rows: dict[str, list[Row]] = {category: [] for category in QUERY_CATEGORIES}

    for n, (name, aliases, roles, country) in enumerate(people):
        rows["people"] += [{"person": f"gold:person/{n}", "name": name, "role": role, "country": country,
                            "alias": alias} for role, alias in product(roles or [None], aliases or [None])]
    for n, (name, aliases, country) in enumerate(orgs):
        rows["organizations"] += [{"organization": f"gold:organization/{n}", "name": name, "country": country,
                                   "kind": "organisation", "alias": alias} for alias in aliases or [None]]
    for n, m in enumerate(gold["meetings"]):
        row = {"event": f"gold:meeting/{n}", "kind": read.text(m, "meetings", n, "kind"),
               "date": read.text(m, "meetings", n, "date"), "place": read.text(m, "meetings", n, "place"),
               "modality": None, "document": None}
        names = read.texts(m, "meetings", n, "participants")
        rows["meetings"] += [{**row, "participantName": p, "participant": None} for p in names or [None]]
    for n, a in enumerate(gold["agreements"]):
        about = read.text(a, "agreements", n, "about") or ""
        row = {"agreement": f"gold:agreement/{n}", "description": _with_keywords(about, read.texts(
            a, "agreements", n, "keywords")), "status": read.text(a, "agreements", n, "status"),
            "date": read.text(a, "agreements", n, "date"), "document": None}
        parties = read.texts(a, "agreements", n, "parties")
        rows["agreements"] += [{**row, "partyName": p, "party": None} for p in parties or [None]]
    for n, t in enumerate(gold["threats"]):
        label = read.text(t, "threats", n, "label")
        keywords = read.texts(t, "threats", n, "keywords")
        labels = ([label] if label else []) + [k for k in keywords if not keyword_in(k, label)]
        rows["threats"] += [{"threat": f"gold:threat/{n}", "label": x, "broader": None} for x in labels]
    for n, s in enumerate(gold["statements"]):
        by = read.text(s, "statements", n, "by", required=True)
        row = {"statement": f"gold:statement/{n}", "speakerName": by, "speaker": None, "modality": None,
               "viaName": None, "quoted": None, "document": None,
               "text": ", ".join(read.texts(s, "statements", n, "keywords"))}
        aliases = [f for f in _speaker_forms(by, people, orgs) if f != by]
        rows["statements"] += [{**row, "speakerAlias": alias} for alias in aliases or [None]]
    return rows


def _with_keywords(text: str, keywords: list[str]) -> str:
    """The text, then the keywords it does not already contain: they say what the annotator took it to be about."""
    missing = [k for k in keywords if not keyword_in(k, text)]
    return f"{text} ({', '.join(missing)})".strip() if missing else text


def _speaker_forms(by: str, people: list[tuple], orgs: list[tuple]) -> list[str]:
    """A speaker the annotator also listed as a person or organisation is that entity, names and aliases, as
    in the store; an unnamed one ("officials") is only its words."""
    for name, aliases, *_ in people:
        if name_strength([name, *aliases], [by]) >= 2:
            return [name, *aliases]
    for name, aliases, _ in orgs:
        if _org_strength([name, *aliases], [by]):
            return [name, *aliases]
    return []


class _Reader:
    """Reads a gold item's fields, raising SourceError naming the file, item and field when one is mistyped."""

    def __init__(self, where: str) -> None:
        self.where = where

    def text(self, item: dict[str, Any], category: str, n: int, key: str, *, required: bool = False) -> str | None:
        value = item.get(key)
        if isinstance(value, str) and value:
            return value
        if value in (None, "") and not required:
            return None
        raise SourceError(f"{self.where}: {category}[{n}].{key} must be a{' non-empty' if required else ''} "
                          f"string{'' if required else ' or null'}, not {_show(value)}")

    def texts(self, item: dict[str, Any], category: str, n: int, key: str) -> list[str]:
        value = item.get(key)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SourceError(f"{self.where}: {category}[{n}].{key} must be a list of strings, not {_show(value)}")
        return list(dict.fromkeys(v for v in value if v))


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def score_against(gold_dir: Path, other_dir: Path) -> Report:
    """Score each ``<slug>.gold.json`` of ``other_dir`` as the prediction for the same slug's gold in ``gold_dir``."""
    golds = sorted(gold_dir.glob("*.gold.json"))
    if not golds:
        raise SourceError(f"{gold_dir}: no <slug>.gold.json to score against")
    missing = [path.name for path in golds if not (other_dir / path.name).is_file()]
    if missing:
        raise SourceError(f"{other_dir}: no {', '.join(missing)} (every gold in {gold_dir} needs its counterpart)")
    scores = []
    for path in golds:
        slug = path.name.removesuffix(".gold.json")
        other = other_dir / path.name
        reference = load_gold(path)
        gold_rows(reference, where=str(path))  # the same field checks on both sides: a mistyped field is one line
        predicted = gold_rows(load_gold(other), where=str(other))
        scores.append(score_article(_stemmed_statements(reference), predicted, article=slug))
    return aggregate(scores)


# Two annotators key one claim in different forms ("annual meetings" / "annual", "proposals" / "proposal"); against an
# extractor's full sentence either form matches, against the other's keyword list only the shorter one did, and most
# of the readers' statement "disagreement" was that (x17readers: pooled .674 -> .800). Each word of the reference's
# statement keywords is cut to its stem, so a claim keyed in another form of the same words agrees.
_STEM = 5


def _stemmed_statements(gold: dict[str, Any]) -> dict[str, Any]:
    """The gold with each statement's keywords as the stems of their words (at most _STEM letters; short words whole)."""
    statements = []
    for s in gold.get("statements") or []:
        words = [w for kw in s.get("keywords") or [] if isinstance(kw, str) for w in kw.split()]
        stems = list(dict.fromkeys(w[:_STEM] for w in words if len(w) >= 3)) or list(s.get("keywords") or [])
        statements.append({**s, "keywords": stems})
    return {**gold, "statements": statements}
