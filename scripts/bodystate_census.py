"""x20bodystate census: people with no state whose post names a body (the role's organisation, or an acronym in its title),
one line per role, with the body's kind and state, into a JSON file for classing by hand.

    .venv/bin/python scripts/bodystate_census.py [BANK_DIR] [OUT.json]
"""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg import sources
from kg.extract.rules import RuleExtractor
ex = RuleExtractor()
out = []
for path in sources.discover([Path(sys.argv[1] if len(sys.argv) > 1 else '/work/devbank')]):
    doc = sources.load(path)
    r = ex.extract(doc)
    orgs = {o.key: o for o in r.organizations}
    for p in r.persons:
        if p.country: continue
        for ro in p.roles:
            org = orgs.get(ro.organization) if ro.organization else None
            acr = re.findall(r"\b[A-Z]{2,6}\b", ro.title)
            if org is None and not acr: continue
            out.append(dict(doc=path.name, person=p.name, title=ro.title, org=org.name if org else None,
                            org_kind=org.kind if org else None, org_country=org.country if org else None,
                            sent=ro.support.evidence[0].text[:300] if ro.support.evidence else ""))
json.dump(out, open(sys.argv[2] if len(sys.argv) > 2 else 'bodystate_census.json','w'), indent=1)
print(len(out), len({o['doc'] for o in out}))
