"""Issue 8's veto and gate audit: what each named veto of statements, agreements and threats drops, scored.

    nice .venv/bin/python scripts/veto_audit.py [--sets corpus,blind4,...] [--json FILE]

One pass over the studied gold sets with every veto of kg.extract.statement_vetoes.VETOES,
kg.extract.agreement_vetoes.WORD_VETOES / ACTOR_VETOES and kg.extract.threats._VETOES *recorded instead of applied*:
a candidate a veto would have dropped is kept, its kg:rule prefixed "VETO.<veto>." (the first veto that fires), and
the ordinary scorer judges it. Per veto: how often it fired (candidates that became facts), how many of those facts
match gold (would-be TP) and how many do not (would-be FP). A would-be TP can be a second match for a gold fact
another fact already matches only when greedy matching prefers it; the figures are a first sort, and every loosening
is confirmed by an ordinary run (python3 /tmp/tasks/evalall.py) before it is kept.

The runtime extractor is untouched: the hooks are installed by this script, in its own process. Judge sets are never
read here (only the studied sets below).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.evaluate import rule_counts  # noqa: E402
from kg.evaluate.report import Counts  # noqa: E402
from kg.extract import statement_vetoes, statements, threats, triggers  # noqa: E402
from kg.extract.triggers import subject as trigger_subject  # noqa: E402  (reads the inline veto patterns)
from kg.extract.agreements import instruments, lists  # noqa: E402
from kg.extract.agreements import steps as agreements  # noqa: E402  (reads the veto tables)
from kg.extract.threats import article as threat_article  # noqa: E402  (calls vetoed)

STUDIED = {"corpus": REPO.parent / "shared" / "corpus", "corpus2": REPO.parent / "shared" / "corpus2",
           "heldout": REPO / "tests/data/heldout", "heldout2": REPO / "tests/data/heldout2"}
STUDIED |= {f"blind{i}": REPO / f"tests/data/blind{i}" for i in (4, 5, 6, 7, 8, 9, 10, 11, 12, 14)}
FIRED: Counter[str] = Counter()   # candidates each veto met (before merging into facts)
FIRED_IN: dict[str, set[Path]] = {}   # the articles where each veto fired
CATEGORY = {"statement": "statements", "agreement": "agreements", "threat": "threats", "gate": "statements"}
STATE = {"mode": "normal", "off": "", "article": None}   # "record": tag instead of veto; "off": one veto not applied
SHOW = False  # --show: the candidate's words ride in its tagged rule, so each can be listed with its verdict
# Vetoes written inline in kg.extract.triggers.speaker_verb (a pattern each): switched off by a pattern that never
# matches, measured by ablation only.
NEVER = re.compile(r"(?!x)x")
INLINE = {"gate:relative-clause-credit": "_RELATIVE", "gate:said-this": "_SAID_THIS",
          "gate:inverted-document": "_INVERTED_DOCUMENT"}


def _tag(rule: str, veto: str, words: str = "") -> str:
    family, _, name = rule.partition("/")
    tagged = f"{family}/VETO.{veto}.{name}" if name else f"VETO.{veto}.{rule}"
    return f"{tagged} | {words[:90]}" if SHOW and words else tagged


def _first(prefix: str, entries, *args) -> str | None:
    """The first veto of the table that fires, as the current mode applies them (recorded when recording)."""
    for name, veto in entries:
        key = f"{prefix}:{name}"
        if STATE["mode"] == "off" and STATE["off"] == key:
            continue
        if veto(*args):
            if STATE["mode"] == "record":
                FIRED[key] += 1
                FIRED_IN.setdefault(key, set()).add(STATE["article"])
            return name
    return None


def install() -> None:
    """The veto tables of the three modules read through _first, so that a run records, applies, or leaves one out."""
    vetoes = statement_vetoes.VETOES

    def reported(c, _vetoes=()):
        for _name, trigger in triggers.TRIGGERS:
            found = trigger(c)
            if found and triggers.outlet(c, found.speaker):
                found = triggers.outlet_relays(c, found)
            if found:
                hit = _first("statement", vetoes, c, found)
                if hit and STATE["mode"] == "record":
                    return replace(found, rule=_tag(found.rule, hit, found.words))
                if not hit:
                    return found
        return None

    statements.triggers = _Proxy(triggers, reported=reported)

    flagged: dict[tuple[int, int], str] = {}

    def table(entries):
        def apply(ctx, c) -> bool:
            hit = _first("agreement", entries, ctx, c)
            if hit and STATE["mode"] == "record":
                flagged.setdefault((c.sentence.start, c.m.start()), hit)
                return False
            return hit is not None
        return (("audit", apply),)

    agreements.WORD_VETOES = table(agreements.WORD_VETOES)
    agreements.ACTOR_VETOES = table(agreements.ACTOR_VETOES)
    draft = agreements._Draft

    def make_draft(*args, **kwargs):
        d = draft(*args, **kwargs)
        clause = kwargs.get("clause")
        if STATE["mode"] == "record" and clause and (clause[0], clause[1]) in flagged:
            d.rule = f"VETO.{flagged[(clause[0], clause[1])]}.{d.rule}" + (f" | {d.description[:90]}" if SHOW else "")
        return d

    for part in (agreements, instruments, lists):   # the parts that make drafts
        part._Draft = make_draft
    threat_vetoes = list(threats._VETOES)

    def vetoed(m, scene):
        hit = _first("threat", threat_vetoes, m, scene)
        if hit and STATE["mode"] == "record":
            m.rule = _tag(m.rule, hit, m.sentence.text[max(0, m.start - 40):m.end + 30])
            return None
        return hit

    threat_article.vetoed = vetoed


class _Proxy:
    """A module seen through one replaced attribute."""

    def __init__(self, module, **override):
        self._module, self._override = module, override

    def __getattr__(self, name):
        return self._override.get(name, getattr(self._module, name))


def _evaluate(articles: list[Path]) -> tuple[dict[Path, dict[str, Counts]], list]:
    """Per article, the scorer's counts (as kg.batch.evaluate_corpus computes them), and every judged fact."""
    from kg import evaluate
    from kg.config import QUERIES_DIR
    from kg.extract import get_extractor
    from kg.pipeline import ingest
    from kg.store import Store

    chosen = get_extractor("rules")
    counts, judged = {}, []
    for article in articles:
        STATE["article"] = article
        store = Store(None)
        ingest([article], store=store, extractor=chosen)
        score = evaluate.score_article(evaluate.load_gold(evaluate.gold_path(article, article.parent)),
                                       evaluate.run_queries_for_eval(store, QUERIES_DIR), article=article.stem)
        score.judge(evaluate.support_for_eval(store))
        counts[article] = dict(score.counts)
        judged += score.judged
    return counts, judged


def audit(names: list[str]) -> dict:
    install()
    articles = [p for name in names for p in sorted(STUDIED[name].glob("*.txt"))
                if p.with_name(p.stem + ".gold.json").exists()]
    STATE["mode"] = "record"
    _, judged = _evaluate(articles)
    tagged: dict[str, dict[str, int]] = {}
    for rule, n in rule_counts(judged).items():
        if "VETO." not in rule:
            continue
        veto = rule.split("VETO.")[1].split(".")[0].split(" | ")[0]
        row = tagged.setdefault(f"{rule.split('/')[0]}:{veto}", {"facts": 0, "tp": 0, "fp": 0})
        row["facts"] += n.tp + n.fp
        row["tp"] += n.tp
        row["fp"] += n.fp
    shown = {rule: (n.tp, n.fp) for rule, n in rule_counts(judged).items() if " | " in rule}
    # Ablation: each veto left out alone, on the articles where it fired, against the ordinary run there.
    STATE["mode"] = "normal"
    base, _ = _evaluate(articles)
    for key, attribute in INLINE.items():
        FIRED_IN[key] = set(articles)
    net: dict[str, dict[str, int]] = {}
    for key, where in sorted(FIRED_IN.items()):
        STATE["mode"], STATE["off"] = "off", key
        saved = getattr(trigger_subject, INLINE[key]) if key in INLINE else None
        if saved is not None:
            setattr(trigger_subject, INLINE[key], NEVER)
        after, _ = _evaluate(sorted(where))
        if saved is not None:
            setattr(trigger_subject, INLINE[key], saved)
        cat = CATEGORY[key.split(":")[0]]
        net[key] = {f: sum(getattr(after[a][cat], f) - getattr(base[a][cat], f) for a in where)
                    for f in ("tp", "fp", "fn")}
    totals = {c: {f: sum(getattr(base[a][c], f) for a in articles) for f in ("tp", "fp", "fn")}
              for c in ("statements", "agreements", "threats")}
    return {"fired": dict(FIRED), "tagged": tagged, "net": net, "shown": shown, "totals": totals}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(STUDIED))
    ap.add_argument("--json")
    ap.add_argument("--show", action="store_true", help="list every vetoed candidate with its verdict")
    a = ap.parse_args()
    global SHOW
    SHOW = a.show
    out = audit(a.sets.split(","))
    print("studied sum:", out["totals"])
    print(f"{'veto':36} {'fired':>5} {'facts':>5} {'TP':>4} {'FP':>4}   {'net dTP':>7} {'dFP':>4} {'dFN':>4}")
    for key in sorted(out["net"]):
        row = out["tagged"].get(key, {"facts": 0, "tp": 0, "fp": 0})
        n = out["net"][key]
        fired = out["fired"].get(key, "-")
        print(f"{key:36} {fired:>5} {row['facts']:5} {row['tp']:4} {row['fp']:4}   {n['tp']:+7} {n['fp']:+4} {n['fn']:+4}")
    if a.show:
        for rule, n in sorted(out["shown"].items()):
            print(f"{'TP' if n[0] else 'FP'}{'+' if n[0] and n[1] else ''} {rule}")
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=1, default=str))


if __name__ == "__main__":
    main()
