"""Census for x23threatgrain: where the threat layer folds one wording of a concept into another concern.

    PYTHONPATH=$PWD .venv/bin/python scripts/threat_fold_census.py studied
    PYTHONPATH=$PWD .venv/bin/python scripts/threat_fold_census.py bank /work/bank78 [--sample 25 --seed 23]

studied: every fold (``_shares_word``: a bare word into a concern sharing a word; ``_fold_bare_words``: a bare
"smuggling" into a fuller wording) on the studied gold sets, with the gold threats whose keywords each side hits, so
a reader can class it: the gold lists the folded wording as its own threat (a split would be right) or keeps one.
bank: the shared-word folds over a bank whose two wordings differ, counted by report and outlet, and a seeded sample.
Print-out only; it reads private functions of kg.extract.threats.article by wrapping them, and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import kg.extract.threats.article as art  # noqa: E402
from kg.evaluate.matching import keyword_in  # noqa: E402
from kg.extract.rules import RuleExtractor  # noqa: E402
from kg.sources import load  # noqa: E402

STUDIED = ["heldout", "heldout2"] + [f"blind{i}" for i in (4, 5, 6, 7, 8, 9, 10, 11, 12, 14)]
EVENTS: list[tuple[str, str, str, str]] = []


def _spy() -> None:
    share, bare = art._shares_word, art._fold_bare_words

    def shares(term, concern):
        hit = share(term, concern)
        if hit:
            EVENTS.append(("shares-word", term, concern.wording, concern.concept))
        return hit

    def folds(concerns):
        out = bare(concerns)
        kept = {(c.wording, c.concept) for c in out}
        EVENTS.extend(("bare-word", c.term, "?", c.concept) for c in concerns if (c.wording, c.concept) not in kept)
        return out

    art._shares_word, art._fold_bare_words = shares, folds


def _events(ex: RuleExtractor, path: Path) -> list[tuple[str, str, str, str]]:
    EVENTS.clear()
    ex.extract(load(path))
    seen, out = set(), []
    for e in EVENTS:
        if (e[1].lower(), e[2].lower()) not in seen:
            seen.add((e[1].lower(), e[2].lower()))
            out.append(e)
    return out


def studied(ex: RuleExtractor) -> None:
    folders = [REPO.parent / "shared" / n for n in ("corpus", "corpus2")] + [REPO / "tests/data" / n for n in STUDIED]
    for folder, gold_dir in [(f, f) for f in folders] + [(REPO / "data/articles", REPO / "data/gold")]:
        for p in sorted(folder.glob("*.txt")):
            g = gold_dir / f"{p.stem}.gold.json"
            if not g.exists():
                continue
            golds = json.loads(g.read_text(encoding="utf-8")).get("threats") or []
            for kind, term, into, concept in _events(ex, p):
                hits = [[t["label"] for t in golds if any(keyword_in(k, w) for k in t.get("keywords") or [])]
                        for w in (term, into)]
                print(f"{folder.name}\t{p.stem}\t{kind}\t{concept}\t{term!r} -> {into!r}\n\tgold~folded {hits[0]}"
                      f"\n\tgold~kept   {hits[1]}")


def bank(ex: RuleExtractor, root: Path, sample: int, seed: int) -> None:
    rows = []
    for p in sorted(root.rglob("*.txt")):
        for kind, term, into, concept in _events(ex, p):
            t, i = term.lower(), into.lower()
            if kind == "shares-word" and t != i and not (i.startswith(t) or i.endswith(t)):
                rows.append((str(p.relative_to(root)), concept, term, into))
    outlets = {r[0].rsplit("-", 1)[-1] for r in rows}
    print(f"folds of two different wordings: {len(rows)} in {len({r[0] for r in rows})} reports, {len(outlets)} outlets")
    for r in random.Random(seed).sample(rows, min(sample, len(rows))):
        print(f"{r[0][:64]}\t{r[1]}\t{r[2]!r} -> {r[3]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=("studied", "bank"))
    parser.add_argument("root", nargs="?", type=Path)
    parser.add_argument("--sample", type=int, default=25)
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args()
    _spy()
    ex = RuleExtractor()
    if args.what == "studied":
        studied(ex)
    else:
        bank(ex, args.root, args.sample, args.seed)


if __name__ == "__main__":
    main()
