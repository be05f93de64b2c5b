"""Limits enforced on what arrives, however it arrives: a body without Content-Length (chunked) is counted as it
is read, and answered 413 past the limit, exactly as one that announces its length; malformed UTF-8 is refused
in the URL as in the body.

Why a WSGI wrapper: werkzeug caps a chunked body at the limit by *stopping* there, so the application would run
the first megabyte of an update and drop the rest (``INSERT "first" ;`` + 1 MiB of spaces + ``INSERT "second"``
answered 204 and stored only "first"). Reading the body here, before Flask sees it, turns that into a 413.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from urllib.parse import unquote_to_bytes

from kg.web.errors import ProtocolError, plain

READ_CHUNK = 64 * 1024


class BodyLimit:
    """WSGI middleware: bodies sent without Content-Length are read whole up to ``limit`` bytes, then handed on
    with their length; one byte more is a 413 in the same plain format as every other error."""

    def __init__(self, app: Callable, limit: int) -> None:
        self.app, self.limit = app, limit

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        chunked = "chunked" in environ.get("HTTP_TRANSFER_ENCODING", "").lower()
        if chunked or (environ.get("CONTENT_LENGTH") in (None, "") and environ.get("wsgi.input_terminated")
                       and environ.get("REQUEST_METHOD") in ("POST", "PUT", "PATCH")):
            stream = environ["wsgi.input"]
            buf = io.BytesIO()
            while buf.tell() <= self.limit:
                chunk = stream.read(min(READ_CHUNK, self.limit + 1 - buf.tell()))
                if not chunk:
                    break
                buf.write(chunk)
            if buf.tell() > self.limit:
                return plain(f"request body over the size limit of {self.limit} bytes", 413,
                             {"Connection": "close"})(environ, start_response)
            environ["wsgi.input"] = io.BytesIO(buf.getvalue())
            environ["CONTENT_LENGTH"] = str(buf.tell())
            environ.pop("HTTP_TRANSFER_ENCODING", None)
        return self.app(environ, start_response)


def check_utf8_urlencoded(raw: str | bytes, what: str) -> None:
    """A URL query string or form body whose percent-escapes decode to malformed UTF-8 gets 400, as a raw body
    does (werkzeug would otherwise replace the bad bytes with U+FFFD and run what is left)."""
    if isinstance(raw, str):
        raw = raw.encode("latin-1", "replace")
    for pair in raw.split(b"&"):
        try:
            unquote_to_bytes(pair.replace(b"+", b" ")).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ProtocolError(f"the {what} is not valid UTF-8 (byte {exc.start} of a parameter)") from None
