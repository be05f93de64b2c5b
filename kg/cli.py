"""Thin click commands: each parses options and makes one library call. Errors become exit codes here only."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from kg.config import DATA_DIR, Settings
from kg.errors import KGError
from kg.export import EXPORT_CHOICES, RESULT_CHOICES

STORE_HELP = "Store folder (default .kg-store; KG_STORE overrides)."


def _settings(**overrides: object) -> Settings:
    return Settings.from_env(**overrides)


def _open(settings: Settings, *, read_only: bool = False):
    from kg.store import Store

    return Store(settings.store, read_only=read_only)


def _progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty() or done == total or done % 50 == 0:
        click.echo(f"\r{stage}: {done}/{total}", err=True, nl=done == total)


def _ingest(paths: list[Path], store_dir: Path | None, extractor: str) -> None:
    from kg.pipeline import ingest

    settings = _settings(store=store_dir)
    started = time.perf_counter()
    with _open(settings) as store:
        report = ingest(paths, store=store, extractor=extractor, progress=_progress)
        total = len(store)
    click.echo(f"ingested {report.documents} article(s) into {settings.store} "
               f"({total} quads in store) in {time.perf_counter() - started:.2f}s", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def cli() -> None:
    """kg: a knowledge graph of security and diplomatic relations, built from news reports."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option("--extractor", default="rules", show_default=True, help="Which extractor to run.")
def ingest(paths: tuple[Path, ...], store_dir: Path | None, extractor: str) -> None:
    """Ingest article files or folders (.txt with a --- header, .html); re-ingesting replaces an article's graph."""
    _ingest(list(paths), store_dir, extractor)


@cli.command()
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option("--extractor", default="rules", show_default=True, help="Which extractor to run.")
def build(store_dir: Path | None, extractor: str) -> None:
    """Ingest every article under data/articles."""
    _ingest([DATA_DIR / "articles"], store_dir, extractor)


@cli.command()
@click.argument("query")
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", *RESULT_CHOICES]), default="table",
              show_default=True, help="Output: a table, or a W3C SPARQL 1.1 results format.")
@click.option("--allow-service", is_flag=True,
              help="Let SERVICE clauses fetch from other endpoints (refused by default: no outbound requests).")
def query(query: str, store_dir: Path | None, fmt: str, allow_service: bool) -> None:
    """Run a SPARQL query: a string, or the path of a .rq file."""
    from kg.export import render_table, serialize_results
    from kg.sandbox import deny_network
    from kg.web.guard import NotAllowed, check_query

    path = Path(query)
    if query.endswith((".rq", ".sparql")) or (len(query) < 256 and path.is_file()):
        if not path.is_file():
            raise KGError(f"{query}: no such query file")
        query = path.read_text(encoding="utf-8")
    if not allow_service:
        try:
            check_query(query)
        except NotAllowed as exc:
            raise KGError(f"{exc}; pass --allow-service to let this query fetch from other endpoints") from None
        deny_network()  # and should the check ever be wrong, the kernel refuses the connection
    with _open(_settings(store=store_dir), read_only=True) as store:
        result = store.query(query)
        if fmt == "table" and not _is_triples(result):
            click.echo(render_table(result))  # type: ignore[arg-type]
        else:
            sys.stdout.buffer.write(serialize_results(result, fmt))


def _is_triples(result: object) -> bool:
    import pyoxigraph as ox

    return isinstance(result, ox.QueryTriples)


@cli.command()
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(EXPORT_CHOICES), required=True,
              help="RDF format; trig and nq keep one named graph per article.")
@click.option("--output", type=click.Path(path_type=Path), help="File to write (default: standard output).")
@click.option("--graph", help="Only this named graph.")
def export(store_dir: Path | None, fmt: str, output: Path | None, graph: str | None) -> None:
    """Export the graph for Gephi, Jupyter or another store."""
    from kg.export import export as do_export

    with _open(_settings(store=store_dir), read_only=True) as store:
        data = do_export(store, fmt, graph=graph)
    if output:
        output.write_bytes(data)
        click.echo(f"wrote {len(data)} bytes to {output}", err=True)
    else:
        sys.stdout.buffer.write(data)


@cli.command()
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help=STORE_HELP)
def validate(store_dir: Path | None) -> None:
    """Validate every article graph against the SHACL shapes; exit 1 with a report if any does not conform."""
    from kg.batch import validate_store

    with _open(_settings(store=store_dir), read_only=True) as store:
        report = validate_store(store)
    click.echo(report.text())
    if not report.conforms:
        sys.exit(1)


@cli.command()
@click.option("--store", "store_dir", type=click.Path(path_type=Path), help=STORE_HELP)
@click.option("--host", default=None, help="Interface to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port (default 8000).")
@click.option("--workers", type=int, default=None, help="WSGI worker processes (default 2).")
@click.option("--timeout", "query_timeout", type=float, default=None, help="Hard time limit per query, seconds (default 30).")
@click.option("--max-rows", type=int, default=None, help="Row cap per result, announced to clients (default 10000).")
@click.option("--update-token", default=None, envvar="KG_UPDATE_TOKEN",
              help="Enable SPARQL Update for clients sending 'Authorization: Bearer TOKEN'.")
def serve(store_dir: Path | None, host: str | None, port: int | None, workers: int | None,
          query_timeout: float | None, max_rows: int | None, update_token: str | None) -> None:
    """Serve the SPARQL endpoint, query UI and linked-data pages (see kg/web/server.py for the knobs)."""
    from kg.web.server import run

    settings = _settings(store=store_dir, host=host, port=port, workers=workers, query_timeout=query_timeout,
                         max_rows=max_rows, update_token=update_token)
    if not (settings.store / "CURRENT").exists():
        raise KGError(f"{settings.store}: no store here (run 'kg build' first)")
    run(settings)


@cli.command(name="eval")
@click.argument("corpus", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path, exists=True, file_okay=False),
              help="Folder of <slug>.gold.json (default: the corpus folder).")
@click.option("--extractor", default="rules", show_default=True)
@click.option("--verbose", "-v", is_flag=True, help="List each article's misses and false positives.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--identity", "identity_gold", type=click.Path(path_type=Path, exists=True, dir_okay=False),
              help="Score cross-report identity (pairwise 'same event/agreement') against this gold file instead.")
def eval_(corpus: Path, gold_dir: Path | None, extractor: str, verbose: bool, as_json: bool,
          identity_gold: Path | None) -> None:
    """Score extraction against gold: precision, recall and F1 per category, through the competency queries."""
    from kg.batch import evaluate_corpus, evaluate_identity

    if identity_gold:
        click.echo("\n".join(s.text() for s in evaluate_identity(identity_gold, extractor=extractor)))
        return

    report = evaluate_corpus(corpus, gold_dir=gold_dir or corpus, extractor=extractor)
    click.echo(report.to_json() if as_json else report.to_text(verbose=verbose))


def main() -> None:
    try:
        code = cli.main(standalone_mode=False)
        if isinstance(code, int) and code:
            sys.exit(code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KGError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except BrokenPipeError:
        sys.exit(0)
    except KeyboardInterrupt:
        sys.exit(130)
