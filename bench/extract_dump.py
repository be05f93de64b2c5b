"""Dump every article's extraction to JSON, or check a fresh dump against a saved one (speed work: same output).

    .venv/bin/python bench/extract_dump.py write /tmp/extract-before.json
    .venv/bin/python bench/extract_dump.py check /tmp/extract-before.json

Covers ../shared/corpus, ../shared/corpus2, every set under tests/data/ and the generated bench corpus
(--synthetic articles). `check` exits 1 and names the first differing articles when any byte differs.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from bench_extract import documents  # noqa: E402

from kg import sources  # noqa: E402
from kg.extract.rules import RuleExtractor  # noqa: E402

FOLDERS = [REPO.parent / "shared" / "corpus", REPO.parent / "shared" / "corpus2",
           *sorted(p for p in (REPO / "tests" / "data").iterdir() if p.is_dir())]


def dump(synthetic: int) -> dict[str, str]:
    """'<folder>/<file>' → the extraction as canonical JSON text."""
    extractor = RuleExtractor()
    docs = [(f"{folder.name}/{path.name}", sources.load(path))
            for folder in FOLDERS for path in sources.discover([folder])]
    docs += [(f"synthetic/{d.id}", d) for d in documents(synthetic)]
    return {key: json.dumps(dataclasses.asdict(extractor.extract(doc)), sort_keys=True, default=str)
            for key, doc in docs}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["write", "check"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--synthetic", type=int, default=300)
    args = parser.parse_args()
    fresh = dump(args.synthetic)
    if args.mode == "write":
        args.file.write_text(json.dumps(fresh, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {len(fresh)} extractions to {args.file}")
        return
    saved = json.loads(args.file.read_text(encoding="utf-8"))
    differ = sorted(k for k in saved.keys() | fresh.keys() if saved.get(k) != fresh.get(k))
    if differ:
        print(f"{len(differ)} of {len(saved)} extractions differ: {', '.join(differ[:10])}")
        sys.exit(1)
    print(f"identical: {len(fresh)} extractions")


if __name__ == "__main__":
    main()
