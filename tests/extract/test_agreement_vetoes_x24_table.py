"""x24agprec, pointer-back: an instrument described only by a pointer back ("the aforementioned cooperation agreement",
"an MOU on that cooperation", "a cooperation agreement in this sector") names nothing of its own; its sentence joins the
report's instrument already named, or it is dropped. Sentences are invented for this file."""

from __future__ import annotations

import pytest

from kg.extract.agreement_vetoes import points_back

# (description, only a pointer back)
DESCRIPTIONS = [
    ("aforementioned cooperation agreement", True),
    ("the above-mentioned memorandum", True),
    ("memorandum of understanding (MOU) on that cooperation", True),
    ("memorandum of understanding in that regard", True),
    ("cooperation agreement in this sector today", True),
    ("the agreements reached at our talks in Accra and Lomé", True),
    ("terms of the agreement signed with Togo", True),
    ("the agreement", True),
    ("aforementioned agreement on cadet exchanges", False),   # a matter of its own
    ("a defence agreement in this sector", False),            # a field named
    ("memorandum of understanding (MoU)", False),             # a bare instrument, no pointer
    ("agreement on maritime patrols", False),
    ("the Lomé agreement", False),
    ("genuine partnership with the region in this regard", False),   # no instrument
]


@pytest.mark.parametrize(("desc", "pointer"), DESCRIPTIONS)
def test_points_back(desc, pointer):
    assert points_back(desc) is pointer


def test_pointer_joins_the_instrument(extract):
    x, _ = extract("Ghana and Togo signed an agreement on joint maritime patrols in Accra on Monday. "
                   "The aforementioned cooperation agreement was signed by the two defence ministers.")
    descs = [a.description for a in x.agreements]
    assert not any("aforementioned" in d for d in descs), descs
    assert any("maritime patrols" in d for d in descs), descs


def test_pointer_with_nothing_named_is_dropped(extract):
    x, _ = extract("Ghana and Togo held talks in Accra on Monday. "
                   "The two defence ministers also signed a memorandum of understanding in that regard.")
    assert not any("in that regard" in a.description for a in x.agreements), [a.description for a in x.agreements]


def test_bare_definite_alone_stays(extract):
    x, _ = extract("Ghana and Togo met in Lome. The protocol was signed by both interior ministers.")
    assert any("protocol" in a.description for a in x.agreements)
