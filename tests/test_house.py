"""Issue 10, item 8: the house where the web layer and the CLI live. The SPARQL the web layer runs is in one
folder (kg/web/queries), loaded through kg.resources, never beside the templates or inline in a module; every
setting is a typed field of Settings; every command taking a store takes the same --store option."""

from __future__ import annotations

import dataclasses
import re
import typing
from pathlib import Path

import click
import pytest

from kg import cli
from kg.config import Settings
from kg.resources import web_query

KG = Path(__file__).resolve().parent.parent / "kg"
QUERIES = KG / "web" / "queries"


def test_web_sparql_lives_in_one_folder_apart_from_templates() -> None:
    assert not list((KG / "web" / "templates").glob("*.rq"))
    names = {p.stem for p in QUERIES.glob("*.rq")}
    assert names
    used = set()
    for module in (KG / "web").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert not re.search(r"\bSELECT\b[^\n]*\bWHERE\b", text), f"{module.name} holds inline SPARQL"
        used |= set(re.findall(r"""(?:select|sparql|_select|_sparql|run|q|_rows)\(\s*(?:store,\s*)?["']([\w-]+)["']""", text))
    assert used and used <= names, used - names      # every name a module asks for is a file
    assert names <= used, names - used                # and every file is asked for


def test_web_query_is_read_through_resources() -> None:
    assert web_query("network_nodes") == (QUERIES / "network_nodes.rq").read_text(encoding="utf-8")
    with pytest.raises(KeyError, match="no-such-query"):
        web_query("no-such-query")


def test_every_setting_is_a_typed_field() -> None:
    hints = typing.get_type_hints(Settings)
    for f in dataclasses.fields(Settings):
        assert f.name in hints
        assert hints[f.name] not in (dict, typing.Any) and typing.get_origin(hints[f.name]) is not dict, f.name
    assert "extra" not in {f.name for f in dataclasses.fields(Settings)}


def test_every_store_option_is_the_shared_one() -> None:
    seen = []

    def walk(command: click.Command, path: str) -> None:
        for p in command.params:
            if "--store" in getattr(p, "opts", ()):
                seen.append(path)
                assert (p.name, p.help, p.opts) == ("store_dir", cli.STORE_HELP, ["--store"]), path
                assert isinstance(p.type, click.Path), path
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}")

    walk(cli.cli, "kg")
    assert {"kg ingest", "kg query", "kg serve", "kg feed add"} <= set(seen)
