"""Typed errors. Library code raises these; the CLI and the web layer translate them once, at the edge."""


class KGError(Exception):
    """A user-facing error: the message names what was wrong and where."""

    exit_code = 2

    def __init__(self, message: str = "", *, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class SourceError(KGError):
    """An input document could not be read or parsed (file, line)."""


class QueryError(KGError):
    """A SPARQL query is malformed or not allowed (position, reason)."""


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes (article, shape, focus node)."""

    exit_code = 1


class StoreError(KGError):
    """The store could not be opened or written (path, reason)."""


class StoreRefused(StoreError):
    """The store's parser refused the data written (it is not valid N-Triples/SPARQL): the data's fault, not the
    store's, so ingest sets the one article aside instead of failing its whole chunk. Nothing was written."""


class ConfigError(KGError):
    """An option or environment variable has a value that cannot work (name, value, rule)."""


class StoreBusy(StoreError):
    """Another process holds the store in a way the operation cannot share (a server, during compaction)."""
