"""Agreements and commitments between states: what, between whom, how far along; one record per agreement.

The parts, in the order data flows (each imports only from those before it):

* ``draft``: the draft every part fills, status ranks, and the helpers that cut and compare descriptions;
* ``clauses``: each trigger row's match in a sentence, its object read after the verb or before it;
* ``readings``: a clause's status, what its pronoun stands for, the earlier deal it names again;
* ``instruments``: instruments read without a trigger (of an earlier year, by name, with counterparts, included);
* ``lists``: enumerated outcomes (after a colon, an umbrella's members, bullets);
* ``merge``: the same agreement reported twice is one;
* ``records``: drafts into Agreement records (references folded, wording trimmed, parties repaired);
* ``steps``: ``find``, the named clause, sentence and filing rows over one shared run.

The trigger and veto tables themselves live apart, in kg.extract.agreement_lexicon and kg.extract.agreement_vetoes.
"""

from kg.extract.agreements.clauses import _TRIGGER_ROWS
from kg.extract.agreements.draft import STATUS_RANK
from kg.extract.agreements.steps import find

__all__ = ["STATUS_RANK", "find"]
