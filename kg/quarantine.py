"""The quarantine report: articles an ingest set aside, each with its reasons, kept beside the store.

``kg ingest`` lands every valid article and records the others here (file, article id, and per reason which
fact, which shape, the sentence); ``kg quarantine`` lists them. An article that lands later — fixed and
ingested again — leaves the report. The file is JSON in the store folder (``kg-quarantine.json``), written whole
and renamed into place, so a reader never sees half of it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.errors import StoreError

FILE_NAME = "kg-quarantine.json"


@dataclass(frozen=True)
class Rejected:
    """An article set aside: where it is, its id when it got that far, and why (one line per reason)."""

    path: str
    doc_id: str | None
    reasons: tuple[str, ...]
    at: str = field(default="")

    def line(self) -> str:
        first = self.reasons[0] if self.reasons else "rejected"
        more = f" (and {len(self.reasons) - 1} more)" if len(self.reasons) > 1 else ""
        return f"{first}{more}"


def _file(store_path: Path) -> Path:
    return Path(store_path) / FILE_NAME


def load(store_path: Path) -> list[Rejected]:
    path = _file(store_path)
    if not path.exists():
        return []
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
        return [Rejected(r["path"], r.get("doc_id"), tuple(r["reasons"]), r.get("at", "")) for r in rows]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StoreError(f"{path}: unreadable quarantine report ({exc}); delete it and ingest again") from None


def update(store_path: Path, *, rejected: list[Rejected], landed: list[str], at: dt.datetime) -> list[Rejected]:
    """Add this run's rejected articles (replacing older entries for the same file) and drop the files that
    landed; returns the whole report as it now stands."""
    stamp = at.isoformat()
    keep = {r.path: r for r in load(store_path)}
    for path in landed:
        keep.pop(path, None)
    for r in rejected:
        keep[r.path] = Rejected(r.path, r.doc_id, r.reasons, stamp)
    rows = sorted(keep.values(), key=lambda r: r.path)
    target = _file(store_path)
    if not rows:
        target.unlink(missing_ok=True)
        return []
    target.parent.mkdir(parents=True, exist_ok=True)  # a remote store's local state folder may be new
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps([asdict(r) for r in rows], indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, target)
    return rows
