"""The default extractor: a rule-based pipeline over news English, with nothing downloaded at run time."""

from __future__ import annotations

from kg.extract import agreements, context, events, learned, organizations, persons, statements, threats
from kg.extract.calibration import calibrate
from kg.extract.model import Extraction
from kg.sources import Document

VERSION = "kg.rules/1"


class RuleExtractor:
    """sentences → countries → organisations → people → events → agreements → threats → statements."""

    name = VERSION

    def __init__(self, *, learned_models: dict[str, learned.Model] | None = None) -> None:
        self.learned_models = learned_models  # None: the shipped ones (data/reference/learned_weights.json)

    def extract(self, document: Document) -> Extraction:
        ctx = context.build(document)
        organizations.find(ctx)      # before people: "MEA spokesperson" needs the MEA
        persons.find(ctx)
        found_events = events.find(ctx)
        found_agreements = agreements.find(ctx, found_events)
        found_threats = threats.find(ctx)
        found_statements = statements.find(ctx, found_events)
        more_agreements, more_statements = learned.find(ctx, found_events, agreements=found_agreements,
                                                        statements=found_statements, models=self.learned_models)
        return calibrate(Extraction(
            extractor=self.name,
            countries=list(ctx.country_counts),
            persons=list(ctx.persons.values()),
            organizations=list(ctx.organizations.values()),
            events=found_events,
            agreements=found_agreements + more_agreements,
            threats=found_threats,
            statements=found_statements + more_statements,
        ))
