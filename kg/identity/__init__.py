"""Cross-report identity: copies of one report, one canonical event or agreement behind many mentions,
how many independent outlets report each, where they disagree, and one preferred label per person.

Runs after the article graphs are stored (kg.pipeline), on the documents just ingested, and touches only
what those documents can be linked to, found through literal block keys: the cost of one article does not
grow with the store. Everything it writes lives in named graphs under https://w3id.org/kg/identity/, each
recomputed from scratch for the blocks an ingest touches; article graphs are never changed.

- ``identity/keys/<doc>``: the document's normalised-text hash, MinHash signature and LSH band keys, and
  each mention's block keys (participant or party pair × date bucket).
- ``identity/report/<hash>``: a report and its copies (``<doc> prov:specializationOf <report>``).
- ``identity/event/<hash>``, ``identity/agreement/<hash>``: one canonical resource, its mentions
  (``<mention> prov:specializationOf <canonical>``), sources, counts, first-reported date and conflicts.
- ``identity/person/<slug>``: the person's preferred label and the others as aliases.
"""

from __future__ import annotations

from kg.identity.resolve import ResolveReport, document_keys, forget, resolve, resolve_stored

__all__ = ["ResolveReport", "document_keys", "forget", "resolve", "resolve_stored"]
