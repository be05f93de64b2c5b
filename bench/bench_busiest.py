"""Busiest-value CPU of the summary questions on the 10M store: .venv/bin/python bench/bench_busiest.py STORE [QUERY_DIR] [page]."""
import re, statistics, sys, time
from pathlib import Path
import pyoxigraph as ox
from kg.store import Store
D = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
ID = "https://w3id.org/kg/id/"
P = {"person_meetings": {"person": ox.NamedNode(ID + "person/ajit-doval")},
     "person_posts": {"person": ox.NamedNode(ID + "person/ajit-doval")},
     "pair_agreements": {"a": ox.NamedNode(ID + "country/CA"), "b": ox.NamedNode(ID + "country/IN"),
                         "from": ox.Literal("2025-01-01", datatype=D), "to": ox.Literal("2026-01-01", datatype=D)},
     "country_network": {"country": ox.NamedNode(ID + "country/IN")}}
folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("bench/queries")
def inline(q, v):
    for k, t in v.items():
        q = re.sub(rf"[?$]{k}\b", lambda _: str(t), q)
    return q
for name, v in P.items():
    q = inline((folder / f"{name}.rq").read_text(), v)
    for attempt in range(5):
        try:
            s = Store(Path(sys.argv[1]), read_only=True)
            n = len(list(s.query(q)))
            cpu = []
            for _ in range(3):
                t = time.process_time(); n = len(list(s.query(q))); cpu.append(time.process_time() - t)
            print(f"{name:18} rows {n:3}  CPU median {statistics.median(cpu)*1000:8.1f} ms", flush=True)
            break
        except OSError as e:
            print("retry", name, str(e)[:60], flush=True)
if len(sys.argv) > 3:
    from kg.config import Settings
    from kg.web import create_app
    from kg.web.pages import describe_html
    for attempt in range(5):
        try:
            s = Store(Path(sys.argv[1]), read_only=True)
            app = create_app(Settings(store=s.path)); app.extensions["kg.store"] = s
            cpu = []
            for _ in range(3):
                t = time.process_time()
                with app.test_request_context("/"):
                    describe_html(ID + "person/ajit-doval")
                cpu.append(time.process_time() - t)
            print(f"person_page  CPU runs {[round(c*1000) for c in cpu]} ms", flush=True)
            break
        except OSError as e:
            print("retry page", str(e)[:60], flush=True)
