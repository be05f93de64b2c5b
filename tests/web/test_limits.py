"""Issue 7, item 3: every limit is enforced on what arrives, however it arrives, and every refusal is one plain
line (regressions: a chunked body over the limit was cut and run; 413 was an HTML page; malformed UTF-8 in a GET
query ran while the same bytes in a body got 400)."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import pytest
import requests
from web_support import EX_GRAPH, TOKEN, make_store, start_server, stop_server

LIMIT = 1_000_000  # Settings.max_request_bytes


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    live = start_server(make_store(tmp_path_factory.mktemp("limits") / "store"), update_token=TOKEN, timeout=20)
    yield live
    stop_server(live.process)


def _raw(server, data: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send raw bytes, read the whole answer (the server closes or says its length)."""
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        try:
            sock.sendall(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered before reading everything: its answer is still there to read
        sock.shutdown(socket.SHUT_WR)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        except ConnectionResetError:
            pass
    raw = b"".join(chunks)
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return int(lines[0].split()[1]), headers, body


def _chunked(server, path: str, content_type: str, body: bytes, headers: str = "") -> tuple[int, dict, bytes]:
    host = urlsplit(server.url).netloc
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(body[i:i + 65536]), body[i:i + 65536])
                      for i in range(0, len(body), 65536))
    request = (f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: {content_type}\r\n"
               f"Transfer-Encoding: chunked\r\nConnection: close\r\n{headers}\r\n").encode() + chunks + b"0\r\n\r\n"
    return _raw(server, request)


def _count(server, text: str) -> int:
    query = f'SELECT (COUNT(*) AS ?n) {{ GRAPH ?g {{ ?s ?p "{text}" }} }}'
    resp = requests.get(server.endpoint, params={"query": query}, headers={"Accept": "application/json"})
    return int(resp.json()["results"]["bindings"][0]["n"]["value"])


def _plain_line(headers: dict, body: bytes) -> None:
    assert headers["content-type"].startswith("text/plain"), headers
    assert body.decode().count("\n") == 1 and b"<" not in body, body


def test_chunked_update_over_the_limit_is_413_and_runs_nothing(server) -> None:
    auth = f"Authorization: Bearer {TOKEN}\r\n"
    update = (f'INSERT DATA {{ GRAPH <{EX_GRAPH}> {{ <http://x/s> <http://x/p> "first" }} }} ;'.encode()
              + b" " * (1 << 20)
              + f'INSERT DATA {{ GRAPH <{EX_GRAPH}> {{ <http://x/s> <http://x/p> "second" }} }}'.encode())
    status, headers, body = _chunked(server, "/sparql", "application/sparql-update", update, auth)
    assert status == 413
    _plain_line(headers, body)
    assert _count(server, "first") == 0 and _count(server, "second") == 0


def test_chunked_body_under_the_limit_runs_whole(server) -> None:
    auth = f"Authorization: Bearer {TOKEN}\r\n"
    update = (f'INSERT DATA {{ GRAPH <{EX_GRAPH}> {{ <http://x/s> <http://x/p> "third" }} }} ;'.encode()
              + b" " * 200_000
              + f'INSERT DATA {{ GRAPH <{EX_GRAPH}> {{ <http://x/s> <http://x/p> "fourth" }} }}'.encode())
    status, _, body = _chunked(server, "/sparql", "application/sparql-update", update, auth)
    assert status == 204, body
    assert _count(server, "third") == 1 and _count(server, "fourth") == 1


def test_chunked_query_and_form(server) -> None:
    status, _, body = _chunked(server, "/sparql", "application/sparql-query", b"ASK {}")
    assert status == 200 and b"true" in body
    status, headers, body = _chunked(server, "/sparql", "application/x-www-form-urlencoded",
                                     b"query=ASK%20%7B%7D" + b"+" * (LIMIT + 10))
    assert status == 413
    _plain_line(headers, body)


def test_413_with_content_length_is_plain(server) -> None:
    resp = requests.post(server.endpoint, data=b"ASK {}" + b" " * (LIMIT + 10),
                         headers={"Content-Type": "application/sparql-query"})
    assert resp.status_code == 413
    _plain_line({"content-type": resp.headers["Content-Type"]}, resp.content)


def test_414_and_431_are_plain(server) -> None:
    resp = requests.get(server.endpoint, params={"query": "ASK {}" + " " * 20_000})
    assert resp.status_code == 414
    _plain_line({"content-type": resp.headers["Content-Type"]}, resp.content)
    host = urlsplit(server.url).netloc
    status, headers, body = _raw(server, (f"GET /sparql HTTP/1.1\r\nHost: {host}\r\nX-Big: {'a' * 40_000}\r\n"
                                          "Connection: close\r\n\r\n").encode())
    assert status in (400, 431)
    _plain_line(headers, body)
    status, headers, body = _raw(server, b"GET /sparql?query=" + b"a" * (2 << 20) + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert status in (400, 414)
    _plain_line(headers, body)


@pytest.mark.parametrize("channel", ["get", "form", "body"])
def test_malformed_utf8_is_400_in_every_channel(server, channel) -> None:
    bad = b"ASK { FILTER(\"\xff\xfe\" != \"\") }"
    if channel == "get":
        from urllib.parse import quote_from_bytes

        resp = requests.get(f"{server.endpoint}?query={quote_from_bytes(bad)}")
    elif channel == "form":
        from urllib.parse import quote_from_bytes

        resp = requests.post(server.endpoint, data=b"query=" + quote_from_bytes(bad).encode(),
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    else:
        resp = requests.post(server.endpoint, data=bad, headers={"Content-Type": "application/sparql-query"})
    assert resp.status_code == 400, resp.text
    assert "UTF-8" in resp.text and resp.text.count("\n") == 1
