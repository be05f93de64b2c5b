"""Where the vocabulary's IRIs resolve on this server: ontology terms (``https://w3id.org/kg/ontology#Person`` →
``/ontology#Person``) and concepts of the schemes (``.../threat/terrorism`` → ``/threat/terrorism``). A pure
function of the IRI, below both the pages that link to terms (kg.web.pages) and the ones that serve them
(kg.web.terms)."""

from __future__ import annotations

BASE = "https://w3id.org/kg/"
ONTOLOGY = BASE + "ontology"
SPACES = ("threat", "status", "modality")  # concept schemes under https://w3id.org/kg/<space>/<name>


def local_path(iri: str) -> str | None:
    """This server's path for a vocabulary IRI, or None when it is not one of ours."""
    if iri == ONTOLOGY or iri.startswith(ONTOLOGY + "#"):
        return "/ontology" + iri[len(ONTOLOGY):]
    for space in SPACES:
        prefix = f"{BASE}{space}/"
        if iri.startswith(prefix) and len(iri) > len(prefix) and "#" not in iri and "?" not in iri:
            return f"/{space}/{iri[len(prefix):]}"
    return None
