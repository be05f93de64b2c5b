"""Synthetic news articles (~2,000 characters) from templates, for extraction and ingest benchmarks.

    from corpus_gen import articles, write_corpus
    texts = articles(1000)              # [(header dict, body text)]
    write_corpus(Path("/tmp/corpus"), 1000)   # <folder>/<nnnn>.txt with a --- header, as kg.sources reads

Deterministic for a given seed. The templates use the shapes the rule extractor handles (titles, appositives,
dates, agreements, threats, attributions) with random names, so the timing reflects real work, not misses.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

FIRST = ["Ajay", "Maria", "Liam", "Sofia", "Kenji", "Amira", "Pierre", "Grace", "Omar", "Lucia", "Arjun", "Elena",
         "Tomas", "Priya", "Jonas", "Nadia", "Samuel", "Ines", "Rahul", "Claire"]
LAST = ["Mehta", "Lopez", "Tremblay", "Rossi", "Tanaka", "Haddad", "Dubois", "Walsh", "Nasser", "Moreno", "Kapoor",
        "Novak", "Silva", "Nair", "Berg", "Karimi", "Okafor", "Costa", "Verma", "Laurent"]
STATES = [("India", "Indian", "New Delhi"), ("Canada", "Canadian", "Ottawa"), ("Australia", "Australian", "Canberra"),
          ("France", "French", "Paris"), ("Japan", "Japanese", "Tokyo"), ("Mexico", "Mexican", "Mexico City"),
          ("Germany", "German", "Berlin"), ("Brazil", "Brazilian", "Brasilia"), ("Kenya", "Kenyan", "Nairobi"),
          ("Pakistan", "Pakistani", "Islamabad"), ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid")]
TITLES = ["Foreign Minister", "Defence Minister", "National Security Advisor", "Interior Minister", "Prime Minister",
          "Home Minister", "Secretary of State"]
THREATS = ["cross-border terrorism", "fentanyl trafficking", "transnational organised crime", "cyber attacks",
           "human trafficking", "money laundering", "illegal immigration", "violent extremism", "foreign interference"]
TOPICS = ["establish liaison officers in each other's capitals", "strengthen maritime security cooperation",
          "share intelligence on {threat}", "set up a joint working group on {threat}",
          "expand defence industry collaboration", "resume the annual strategic dialogue"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

PARAGRAPHS = [
    "{city_a}, {month} {day} (PTI): {adj_a} {title_a} {name_a} held talks with {adj_b} {title_b} {name_b} in "
    "{city_b} on {weekday}, the Ministry of External Affairs (MEA) said in a statement.",
    "Both sides agreed to {topic1}. They also committed to {topic2}, as well as continuing discussions on "
    "cooperation against {threat2}.",
    "\"We have built a channel of trust and will keep working together against {threat1},\" {last_a} told reporters "
    "after the meeting. \"The next round will come soon,\" {pron_a} added.",
    "Government sources told CNN-News18 that the discussions focused on {threat1} and {threat3}, with officials "
    "describing the talks as a reset in ties between {state_a} and {state_b}.",
    "{state_b}'s envoy to {city_a}, {name_c}, said {last_b} is expected to travel to {city_a} next month to sign "
    "agreements covering energy, trade and critical minerals.",
    "According to the MEA, the two ministers reviewed progress since their last meeting in {month2} and condemned "
    "{threat3} in all its forms. Analysts said the move may ease tensions that had strained relations.",
    "The visit comes weeks after {state_a} and {state_b} signed a landmark security pact. {last_a} is likely to "
    "visit {city_b} again later this year, officials said.",
    "{adj_b} officials noted that {threat2} and {threat3} remain the main concerns, while {last_b} stressed that "
    "cooperation would be guided by respect for sovereignty and territorial integrity.",
    "Relations between the two countries had been strained for much of the past two years, with trade talks stalled "
    "and diplomats expelled on both sides. Both governments have since restored full diplomatic staffing.",
    "The ministers also exchanged views on regional and global developments, including maritime security in the "
    "Indo-Pacific and the situation in Eastern Europe, the statement said.",
]


def _person(rng: random.Random, taken: set[str]) -> str:
    while True:
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        if name not in taken:
            taken.add(name)
            return name


def article(rng: random.Random, index: int) -> tuple[dict[str, str], str]:
    (state_a, adj_a, city_a), (state_b, adj_b, city_b) = rng.sample(STATES, 2)
    taken: set[str] = set()
    name_a, name_b, name_c = (_person(rng, taken) for _ in range(3))
    threats = rng.sample(THREATS, 3)
    topic1, topic2 = (t.format(threat=rng.choice(THREATS)) for t in rng.sample(TOPICS, 2))
    published = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(600))
    values = dict(
        state_a=state_a, adj_a=adj_a, city_a=city_a, state_b=state_b, adj_b=adj_b, city_b=city_b,
        title_a=rng.choice(TITLES), title_b=rng.choice(TITLES), name_a=name_a, name_b=name_b, name_c=name_c,
        last_a=name_a.split()[1], last_b=name_b.split()[1], pron_a=rng.choice(["he", "she"]),
        month=published.strftime("%B"), day=published.day, month2=rng.choice(["March", "June", "September"]),
        weekday=rng.choice(WEEKDAYS), threat1=threats[0], threat2=threats[1], threat3=threats[2],
        topic1=topic1, topic2=topic2,
    )
    body = "\n\n".join(p.format(**values) for p in PARAGRAPHS)
    header = {"title": f"{state_a} and {state_b} agree to deepen security cooperation",
              "url": f"https://example.org/news/{index}", "publisher": "Synthetic Wire",
              "published": published.isoformat(), "author": ""}
    return header, body


def articles(n: int, *, seed: int = 7) -> list[tuple[dict[str, str], str]]:
    rng = random.Random(seed)
    return [article(rng, i) for i in range(n)]


def write_corpus(folder: Path, n: int, *, seed: int = 7) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, (header, body) in enumerate(articles(n, seed=seed)):
        path = folder / f"{i:05d}.txt"
        lines = ["---", *(f"{k}: {v}" for k, v in header.items()), "---", body, ""]
        path.write_text("\n".join(lines), encoding="utf-8")
        paths.append(path)
    return paths
