"""Generate a synthetic graph shaped like kg's own, in N-Quads, for benchmarks.

One named graph per article (https://w3id.org/kg/graph/<doc-id>), ~55 quads each, using the same IRIs,
classes and properties as kg/build.py: the document and its ingest activity, the countries, persons with their
posts, a meeting with participants, 1-3 agreements reached at it, a threat mention, a statement, and the
evidence sentences (kg:Sentence with a Web Annotation quote selector) behind the facts. Persons, organisations,
countries and places are reused across articles with a Zipf law, as real news reuses a few actors a lot.

    .venv/bin/python bench/gen_graph.py --quads 1000000 --out bench/out/graph-1m.nq
"""

from __future__ import annotations

import argparse
import random
import sys
from itertools import accumulate
from pathlib import Path

KG = "https://w3id.org/kg/ontology#"
ID = "https://w3id.org/kg/id/"
GRAPH = "https://w3id.org/kg/graph/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
OA = "http://www.w3.org/ns/oa#"
XSD = "http://www.w3.org/2001/XMLSchema#"

COUNTRIES = [("IN", "India"), ("CA", "Canada"), ("US", "United States"), ("CN", "China"), ("PK", "Pakistan"),
             ("GB", "United Kingdom"), ("FR", "France"), ("DE", "Germany"), ("JP", "Japan"), ("AU", "Australia"),
             ("RU", "Russia"), ("BD", "Bangladesh"), ("LK", "Sri Lanka"), ("NP", "Nepal"), ("AE", "United Arab Emirates"),
             ("SA", "Saudi Arabia"), ("IR", "Iran"), ("AF", "Afghanistan"), ("IL", "Israel"), ("EG", "Egypt"),
             ("BR", "Brazil"), ("ZA", "South Africa"), ("ID", "Indonesia"), ("SG", "Singapore"), ("KR", "South Korea"),
             ("IT", "Italy"), ("ES", "Spain"), ("MX", "Mexico"), ("TR", "Turkey"), ("UA", "Ukraine")]
TITLES = ["National Security Advisor", "Foreign Minister", "Prime Minister", "Home Minister", "Defence Minister",
          "Ambassador", "High Commissioner", "Foreign Secretary", "Intelligence Chief", "Police Commissioner"]
THREATS = ["terrorism", "drug-trafficking", "organised-crime", "extremism", "cybercrime", "separatism",
           "illegal-migration", "arms-trafficking", "money-laundering", "espionage"]
STATUSES = ["agreed", "committed", "discussed", "expected", "signed"]
MODALITIES = ["asserted", "reported", "hedged", "expected", "alleged"]
KINDS = [("Meeting", "meeting"), ("Visit", "visit"), ("Talks", "talks"), ("Summit", "summit"), ("Call", "call")]
FIRST = ["Ajit", "Nathalie", "Anita", "Rahul", "Marie", "John", "Wei", "Imran", "Sophie", "Hans", "Yuki", "Olga",
         "Carlos", "Amir", "Priya", "David", "Fatima", "Kenji", "Laura", "Mehmet"]
LAST = ["Doval", "Drouin", "Anand", "Jaishankar", "Dubois", "Smith", "Zhang", "Khan", "Martin", "Muller", "Tanaka",
        "Ivanova", "Garcia", "Rahimi", "Sharma", "Brown", "Hassan", "Sato", "Rossi", "Yilmaz"]
ORGS = ["Ministry of External Affairs", "Ministry of Home Affairs", "National Security Council", "Police",
        "Intelligence Bureau", "Ministry of Defence"]
PLACES = ["New Delhi", "Ottawa", "Washington", "Beijing", "London", "Paris", "Berlin", "Tokyo", "Canberra",
          "Moscow", "Dhaka", "Colombo", "Dubai", "Riyadh", "Singapore", "Geneva", "Brussels", "Kananaskis"]


def lit(value: str, datatype: str | None = None) -> str:
    text = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"^^<{datatype}>' if datatype else f'"{text}"'


def zipf_choice(rng: random.Random, n: int, s: float = 1.1) -> int:
    """An index in [0, n) drawn with a Zipf law (index 0 most frequent)."""
    cum = _WEIGHTS.get((n, s))
    if cum is None:  # cumulative once: the same draws as weights=, without an O(n) sum per call
        cum = _WEIGHTS[(n, s)] = list(accumulate(1.0 / (k + 1) ** s for k in range(n)))
    return rng.choices(range(n), cum_weights=cum)[0]


_WEIGHTS: dict[tuple[int, float], list[float]] = {}


def _nation(k: int) -> int:
    """A person's country, fixed per person; the most cited persons come from the most cited countries."""
    return k % len(COUNTRIES) if k < 60 else (k * 7) % len(COUNTRIES)


class Article:
    """The quads of one article's named graph."""

    def __init__(self, index: int, rng: random.Random, n_persons: int) -> None:
        self.doc_id = f"synthetic-{index:07d}"
        self.g = f"<{GRAPH}{self.doc_id}>"
        self.lines: list[str] = []
        self.rng = rng
        self.n_persons = n_persons
        self.offset = 0

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"<{s}> <{p}> {o} {self.g} .\n")

    def sentence(self, fact: str, text: str) -> str:
        start, end = self.offset, self.offset + len(text)
        self.offset = end + 1
        iri = f"{ID}sentence/{self.doc_id}/{start}-{end}"
        self.add(fact, KG + "evidence", f"<{iri}>")
        self.add(iri, RDF_TYPE, f"<{KG}Sentence>")
        self.add(iri, OA + "hasSource", f"<{ID}doc/{self.doc_id}>")
        self.add(iri, OA + "hasSelector", f"<{iri}/position>")
        self.add(iri, OA + "hasSelector", f"<{iri}/quote>")
        self.add(f"{iri}/position", OA + "start", lit(str(start), XSD + "nonNegativeInteger"))
        self.add(f"{iri}/position", OA + "end", lit(str(end), XSD + "nonNegativeInteger"))
        self.add(f"{iri}/quote", OA + "exact", lit(text))
        return iri

    def country(self, code: str, name: str) -> str:
        iri = f"{ID}country/{code}"
        self.add(iri, RDF_TYPE, f"<{KG}Country>")
        self.add(iri, RDFS + "label", lit(name))
        return iri

    def build(self) -> list[str]:
        rng, d = self.rng, self.doc_id
        doc = f"{ID}doc/{d}"
        day = f"20{24 + rng.randrange(3)}-{1 + rng.randrange(12):02d}-{1 + rng.randrange(28):02d}"
        k1 = zipf_choice(rng, self.n_persons)
        k2 = zipf_choice(rng, self.n_persons)
        while _nation(k2) == _nation(k1):
            k2 = (k2 + 1) % self.n_persons
        (c1, n1), (c2, n2) = COUNTRIES[_nation(k1)], COUNTRIES[_nation(k2)]
        place = PLACES[zipf_choice(rng, len(PLACES))]
        # the document and its ingest
        self.add(doc, RDF_TYPE, f"<{KG}Document>")
        self.add(doc, DCT + "title", lit(f"{n1} and {n2} discuss security cooperation in {place}"))
        self.add(doc, DCT + "publisher", lit(rng.choice(["The Daily", "Newswire", "Courier", "Gazette"])))
        self.add(doc, SCHEMA + "url", lit(f"https://news.example/{d}", XSD + "anyURI"))
        self.add(doc, DCT + "issued", lit(day, XSD + "date"))
        self.add(self.g[1:-1], RDF_TYPE, f"<{KG}ArticleGraph>")
        self.add(self.g[1:-1], PROV + "wasDerivedFrom", f"<{doc}>")
        cty1, cty2 = self.country(c1, n1), self.country(c2, n2)
        # two persons with a post each
        persons = []
        for k, code, cty in ((k1, c1, cty1), (k2, c2, cty2)):
            name = f"{FIRST[k % len(FIRST)]} {LAST[(k // len(FIRST)) % len(LAST)]}" + (f" {k}" if k >= 400 else "")
            iri = f"{ID}person/{name.lower().replace(' ', '-')}"
            title = TITLES[k % len(TITLES)]
            post = f"{ID}post/{code.lower()}/{title.lower().replace(' ', '-')}"
            self.add(iri, RDF_TYPE, f"<{KG}Person>")
            self.add(iri, RDFS + "label", lit(name))
            self.add(iri, KG + "nationality", f"<{cty}>")
            self.add(iri, ORG + "holds", f"<{post}>")
            self.add(post, RDF_TYPE, f"<{KG}Post>")
            self.add(post, RDFS + "label", lit(title))
            persons.append((iri, name, title, n1 if cty == cty1 else n2))
        # a government body of the first country (the body the first person serves in)
        body = f"{ID}org/{c1.lower()}-{ORGS[k1 % len(ORGS)].lower().replace(' ', '-')}"
        self.add(body, RDF_TYPE, f"<{KG}GovernmentBody>")
        self.add(body, RDFS + "label", lit(f"{ORGS[k1 % len(ORGS)]} ({n1})"))
        self.add(body, KG + "country", f"<{cty1}>")
        # the meeting
        cls, kind = KINDS[zipf_choice(rng, len(KINDS), 1.5)]
        event = f"{ID}event/{d}/0"
        self.add(event, RDF_TYPE, f"<{KG}{cls}>")
        self.add(event, RDFS + "label", lit(f"{kind.capitalize()}: {persons[0][1]}, {persons[1][1]} ({day})"))
        for p in persons:
            self.add(event, KG + "participant", f"<{p[0]}>")
        self.add(event, SCHEMA + "startDate", lit(day, XSD + "date"))
        self.add(event, SCHEMA + "location", f"<{ID}place/{place.lower().replace(' ', '-')}>")
        self.sentence(event, f"{persons[0][2]} {persons[0][1]} met {persons[1][3]}'s {persons[1][2]} "
                             f"{persons[1][1]} in {place} on {day}.")
        # agreements reached at it
        for i in range(rng.choice((1, 1, 2, 3))):
            agr, topic = f"{ID}agreement/{d}/{i}", THREATS[zipf_choice(rng, len(THREATS))]
            self.add(agr, RDF_TYPE, f"<{KG}Agreement>")
            self.add(agr, DCT + "description", lit(f"cooperate against {topic.replace('-', ' ')}"))
            self.add(agr, KG + "status", f"<https://w3id.org/kg/status/{rng.choice(STATUSES)}>")
            self.add(agr, KG + "party", f"<{cty1}>")
            self.add(agr, KG + "party", f"<{cty2}>")
            self.add(agr, KG + "reachedAt", f"<{event}>")
            self.add(agr, KG + "threat", f"<https://w3id.org/kg/threat/{topic}>")
        # a threat mention and a statement
        topic = THREATS[zipf_choice(rng, len(THREATS))]
        mention = f"{ID}threat-mention/{d}/0"
        self.add(mention, RDF_TYPE, f"<{KG}ThreatMention>")
        self.add(mention, KG + "threat", f"<https://w3id.org/kg/threat/{topic}>")
        self.add(mention, KG + "wording", lit(topic.replace("-", " ")))
        self.add(mention, RDFS + "label", lit(topic.replace("-", " ")))
        statement = f"{ID}statement/{d}/0"
        words = f"Both sides agreed to deepen cooperation on {topic.replace('-', ' ')}."
        self.add(statement, RDF_TYPE, f"<{KG}Statement>")
        self.add(statement, KG + "speaker", f"<{persons[0][0]}>")
        self.add(statement, SCHEMA + "text", lit(words))
        self.add(statement, KG + "modality", f"<https://w3id.org/kg/modality/{rng.choice(MODALITIES)}>")
        quote = self.sentence(statement, f'"{words}" {persons[0][1]} said.')
        self.add(mention, KG + "evidence", f"<{quote}>")  # as the extractor does: the sentence naming the threat
        self.add(event, KG + "rule", lit("synthetic/meeting"))
        return self.lines


def generate(*, quads: int, seed: int = 42, persons: int = 2000):
    """Yield N-Quads lines, article by article, until at least ``quads`` lines were produced."""
    rng = random.Random(seed)
    produced, index = 0, 0
    while produced < quads:
        lines = Article(index, rng, persons).build()
        produced += len(lines)
        index += 1
        yield from lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quads", type=int, default=1_000_000, help="at least this many quads (default 1,000,000)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--persons", type=int, default=2000, help="size of the person pool (Zipf-reused)")
    ap.add_argument("--out", type=Path, default=None, help="N-Quads file (default: standard output)")
    args = ap.parse_args(argv)
    out = args.out.open("w", encoding="utf-8") if args.out else sys.stdout
    n = 0
    graphs = set()
    try:
        for line in generate(quads=args.quads, seed=args.seed, persons=args.persons):
            out.write(line)
            n += 1
            graphs.add(line.rsplit(" ", 2)[-2])
    finally:
        if args.out:
            out.close()
    print(f"gen_graph: {n} quads in {len(graphs)} article graphs ({n / max(len(graphs), 1):.1f} per article)",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
