"""Web fixtures: a fresh store and app per test (Flask's test client), and a real ``kg serve`` (gunicorn) for the
live tests, started on 127.0.0.1 on a free port (port 0; the URL is read from the line it prints)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from web_support import TOKEN, LiveServer, make_store, start_server, stop_server

from kg.config import Settings
from kg.web import close_app, create_app


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return make_store(tmp_path / "store")


@pytest.fixture
def make_app() -> Iterator[Callable[..., object]]:
    """make_app(store_path, **settings) → a Flask app; its query processes are stopped after the test."""
    apps = []

    def factory(store, **overrides: object):  # a store folder, or a RemoteLocation (the remote backend)
        from kg.remote import is_remote

        settings = (Settings(store=Path(".kg-remote"), remote=store, **overrides) if is_remote(store)
                    else Settings(store=store, **overrides))
        app = create_app(settings)
        app.config["TESTING"] = True
        apps.append(app)
        return app

    yield factory
    for app in apps:
        close_app(app)


@pytest.fixture
def app(make_app, store_path):
    return make_app(store_path)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[LiveServer]:
    server = start_server(make_store(tmp_path / "live-store"), update_token=TOKEN, timeout=20)
    yield server
    stop_server(server.process)


@pytest.fixture(params=["embedded", "virtuoso"])
def backend_store(request, tmp_path: Path) -> Callable[[dict[str, str]], object]:
    """backend_store(graphs) → a store holding ``graphs`` (IRI → N-Triples) on each backend in turn: an embedded
    folder, then the session's Virtuoso (skipped with the reason where it is not installed)."""
    if request.param == "embedded":
        return lambda graphs: make_store(tmp_path / "store", graphs)
    location = request.getfixturevalue("remote")

    def load(graphs: dict[str, str]):
        from kg.store import open_store

        with open_store(location) as store:
            store.replace_graphs(graphs)
        return location

    return load
