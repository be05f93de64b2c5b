"""A non-editable install works outside the checkout: the wheel carries the ontology, shapes, competency queries,
reference tables and seed articles (kg.resources finds them inside the package), and ``kg build`` runs there.

The wheel is built from a copy of the checkout (the checkout gets no build/ folder) with the test environment's
setuptools, offline. The fresh venv has no pip and no packages of its own; it sees the test environment's
third-party packages through a .pth file (dependencies, not kg: that .pth does not run the editable-install hook),
so the ``kg`` it runs can only be the one the wheel installed.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from kg.resources import LAYOUT

REPO = Path(__file__).resolve().parent.parent
SKIP = shutil.ignore_patterns(".git", ".venv", ".hypothesis", ".kg-store", "build", "dist", "*.egg-info", "__pycache__",
                              "node_modules", ".pytest_cache", "tests", "bench", "notebooks")


def _setup_py_folders() -> dict[str, str]:
    tree = ast.parse((REPO / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "DATA_FOLDERS":
            return ast.literal_eval(node.value)
    raise AssertionError("setup.py has no DATA_FOLDERS")


def test_setup_py_ships_every_folder_resources_reads() -> None:
    shipped = {folder: package.removeprefix("kg.").replace(".", "/") for package, folder in _setup_py_folders().items()}
    for folder, inside in LAYOUT.items():
        assert shipped.get(folder) == inside, folder
    for folder in LAYOUT:  # sub-folders too: setuptools copies one package (folder) at a time
        for sub in (REPO / folder).rglob("*"):
            if sub.is_dir() and sub.name != "__pycache__":
                assert str(sub.relative_to(REPO)) in shipped, f"{sub.relative_to(REPO)} is not in setup.py"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    pytest.importorskip("setuptools", minversion="77", reason="the wheel is built offline with setuptools>=77")
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(REPO, source, ignore=SKIP)
    out = subprocess.run([sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
                          "--no-index", "-w", str(work / "dist")], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    return next((work / "dist").glob("kg-*.whl")), out.stdout + out.stderr


def test_wheel_builds_without_warnings(wheel) -> None:
    _, log = wheel
    lines = [line for line in log.splitlines() if "warning" in line.lower() and "Location '" not in line]
    assert lines == []


def test_wheel_carries_the_data(wheel) -> None:
    path, _ = wheel
    names = set(zipfile.ZipFile(path).namelist())
    for folder, inside in LAYOUT.items():
        for f in (REPO / folder).rglob("*"):
            if f.is_file():
                assert f"kg/{inside}/{f.relative_to(REPO / folder)}" in names, f
    assert "kg/web/templates/resource.html" in names and "kg/web/static/vendor/yasgui/LICENSE" in names
    web_queries = {f"kg/web/queries/{f.name}" for f in (REPO / "kg" / "web" / "queries").glob("*.rq")}
    assert web_queries and web_queries <= names  # the SPARQL the web layer runs travels with it


def test_installed_wheel_builds_the_seeds_outside_the_checkout(wheel, tmp_path: Path) -> None:
    path, _ = wheel
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             capture_output=True, text=True, check=True).stdout.strip()
    (Path(purelib) / "_kg_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    out = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                          "--no-index", str(path)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "PYTHON"))}
    where = subprocess.run([str(python), "-c", "import kg.resources as r; print(r.__file__, r.is_installed_copy())"],
                           capture_output=True, text=True, cwd=elsewhere, env=env, check=True).stdout
    assert where.startswith(purelib) and where.split()[-1] == "True", where

    kg = str(venv / "bin" / "kg")
    built = subprocess.run([kg, "build", "--store", "store"], capture_output=True, text=True, cwd=elsewhere,
                           env=env, timeout=600)
    assert built.returncode == 0, built.stderr
    seeds = len(list((REPO / "data" / "articles").glob("*.txt")))
    assert f"ingested {seeds} article(s)" in built.stderr
    # the packaged competency queries answer on the packaged seeds
    rows = subprocess.run([kg, "query", str(Path(purelib) / "kg/_data/ontology/queries/people.rq"), "--store",
                           "store", "--format", "csv"], capture_output=True, text=True, cwd=elsewhere, env=env,
                          timeout=120)
    assert rows.returncode == 0, rows.stderr
    assert len(rows.stdout.strip().splitlines()) > 1
    valid = subprocess.run([kg, "validate", "--store", "store"], capture_output=True, text=True, cwd=elsewhere,
                           env=env, timeout=300)
    assert valid.returncode == 0, valid.stdout + valid.stderr
