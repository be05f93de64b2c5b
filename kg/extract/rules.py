"""The default extractor: a rule-based pipeline over news English, with nothing downloaded at run time."""

from __future__ import annotations

from kg.extract import agreements, context, events, organizations, persons, statements, threats
from kg.extract.calibration import calibrate
from kg.extract.model import Extraction
from kg.extract.person_states import called_on_host_states, outlet_home_states, visitor_states
from kg.sources import Document

VERSION = "kg.rules/1"


class RuleExtractor:
    """sentences → countries → organisations → people → events → agreements → threats → statements → the outlet's
    own officials' states."""

    name = VERSION

    def extract(self, document: Document) -> Extraction:
        ctx = context.build(document)
        organizations.find(ctx)      # before people: "MEA spokesperson" needs the MEA
        persons.find(ctx)
        organizations.after_people(ctx)  # "Umerov reported ...": a person of the report is no outlet
        found_events = events.find(ctx)
        found_agreements = agreements.find(ctx, found_events)
        found_threats = threats.find(ctx)
        found_statements = statements.find(ctx, found_events)
        called_on_host_states(ctx)   # after the events, as the outlet's state: the host a visitor called on
        visitor_states(ctx)          # ... and the visitor a host received
        outlet_home_states(ctx)      # last: what the readers above decided on the home state stands
        return calibrate(Extraction(
            extractor=self.name,
            countries=list(ctx.country_counts),
            persons=list(ctx.persons.values()),
            organizations=list(ctx.organizations.values()),
            events=found_events,
            agreements=found_agreements,
            threats=found_threats,
            statements=found_statements,
        ))
