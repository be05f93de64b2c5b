"""Where the project's files are: the ontology, shapes, competency queries, reference tables and seed articles.

In a checkout they are the top-level folders (ontology/, shapes/, data/); in an installed wheel the build maps the
same folders into the package as ``kg/_data/...`` (see setup.py), read through importlib.resources. This is the one
module that knows both layouts; everything else asks it.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
CHECKOUT = _PACKAGE.parent

# folder in the checkout → folder inside the package (kept in step with setup.py's DATA_FOLDERS by a test)
LAYOUT: dict[str, str] = {
    "ontology": "_data/ontology",
    "shapes": "_data/shapes",
    "data/reference": "_data/reference",
    "data/articles": "_data/articles",
}


def _packaged(inside: str) -> Path:
    # Wheels install as plain files, so the Traversable is a real path (zip imports are not supported).
    return Path(str(files("kg").joinpath(inside)))


def folder(name: str) -> Path:
    """The folder ``name`` (a key of LAYOUT, or a sub-folder such as ``ontology/queries``): the checkout's
    when kg runs from one, else the copy inside the installed package."""
    top = next((k for k in LAYOUT if name == k or name.startswith(k + "/")), None)
    if top is None:
        raise KeyError(f"{name}: not a data folder of kg (one of {', '.join(LAYOUT)})")
    in_checkout = CHECKOUT / name
    if (CHECKOUT / "pyproject.toml").is_file() and in_checkout.is_dir():
        return in_checkout
    return _packaged(LAYOUT[top] + name[len(top):])


def is_installed_copy() -> bool:
    """True when the data comes from inside the package (a wheel install), not from a checkout."""
    return not (CHECKOUT / "pyproject.toml").is_file()


def web_query(name: str) -> str:
    """The text of ``kg/web/queries/<name>.rq``: the fixed SPARQL the web layer runs (pages, search, network).

    The folder is part of the ``kg`` package, so it travels in the wheel like the templates."""
    path = files("kg").joinpath("web", "queries", f"{name}.rq")
    if not path.is_file():
        raise KeyError(f"{name}: no such web query (kg/web/queries/{name}.rq)")
    return path.read_text(encoding="utf-8")
