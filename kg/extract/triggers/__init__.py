"""Triggers of reported speech in one sentence: a table of named rows, each a function that finds one wording
("..., according to X", "X said that ...", "..., a claim X has denied") and says who is credited with which words.

The rows are tried in order and the first that answers wins; each answer names its row, and the statement it
becomes carries that name as kg:rule ("statement/according-to"). Vetoes sit with their row (a credit inside a
relative clause, a participle, a verb without the complement that makes it speech, see kg.extract.reporting).
Quotations are handled apart, in kg.extract.statements, before these rows.

The parts, in the order data flows (each imports only from those before it):

* ``patterns``: the verb classes and wording patterns the rows read;
* ``leads``: where a credit's words begin and end (settings, leads before "that", split-by-credit);
* ``clause``: what a row reads (Clause) and returns (Found), and the credits rows share (outlets, nested speakers);
* ``credited``: rows whose credit stands apart from the words ("according to X", "..., X said.", "said X");
* ``subject``: rows where the clause's subject speaks through its verb, with speaker_verb's inline vetoes;
* ``driver``: the table TRIGGERS, ``reported`` that applies it, and an outlet's report relayed to its speaker.

A script that patches a name for a run (TRIGGERS, resolve, an inline veto pattern) patches the part that reads it.
"""

from kg.extract.triggers.clause import Clause, Found, is_denial, nested, outlet, person_speaking
from kg.extract.triggers.driver import TRIGGERS, outlet_relays, reported
from kg.extract.triggers.leads import lead_before_words, setting_only
from kg.extract.triggers.patterns import CHARACTERISED, SPEECH_VERBS, VERBS
from kg.extract.triggers.subject import speaker_verb

__all__ = ["CHARACTERISED", "SPEECH_VERBS", "TRIGGERS", "VERBS", "Clause", "Found", "is_denial", "lead_before_words",
           "nested", "outlet", "outlet_relays", "person_speaking", "reported", "setting_only", "speaker_verb"]
