"""What 'kg ingest' tells a person about a folder: files skipped (counted; named with --verbose) and progress."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from kg.cli import cli

REPO = Path(__file__).resolve().parent.parent


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    seed = sorted((REPO / "data" / "articles").glob("*.txt"))[0]
    shutil.copy(seed, folder / seed.name)
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4")
    (folder / ".notes.txt").write_text("private", encoding="utf-8")
    return folder


def test_skipped_files_counted_then_named_with_verbose(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    quiet = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(tmp_path / "s1")])
    assert quiet.exit_code == 0, quiet.output
    assert "skipped 2 file(s) that are not articles (.txt, .md, .html); --verbose names them" in quiet.output
    assert "scan.pdf" not in quiet.output
    loud = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(tmp_path / "s2"), "--verbose"])
    assert loud.exit_code == 0, loud.output
    assert f"skipped {folder / 'scan.pdf'}" in loud.output and f"skipped {folder / '.notes.txt'}" in loud.output
    assert "ingested 1 article(s)" in loud.output


def test_progress_lines_have_rate_and_time_left(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert "extract: 1/1 articles [" in result.output and "store: 1/1 articles [" in result.output
    assert "article/s" in result.output or "s/article" in result.output
