"""Issue 7, item 6: every command with bad values answers one line and a non-zero exit, never a traceback
(regressions: tracebacks for --graph 'not an iri', --output into a missing folder, --port 99999,
KG_QUERY_TIMEOUT=abc, a corrupt CURRENT file; exit 139 for 100,000 nested parentheses; --timeout -1 and
--max-rows -5 accepted)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.store import Store

REPO = Path(__file__).resolve().parent.parent
DEEP = "SELECT * WHERE { FILTER(" + "(" * 100_000 + "1" + ")" * 100_000 + ") }"


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("cli-bad")
    good = root / "store"
    with Store(good) as store:
        store.replace_graphs({"https://w3id.org/kg/graph/a": "<http://x/s> <http://x/p> \"o\" .\n"})
    corrupt = root / "corrupt"
    shutil.copytree(good, corrupt)
    (corrupt / "CURRENT").write_text("not a manifest name\n")
    (root / "deep.rq").write_text(DEEP)
    return {"good": good, "corrupt": corrupt, "root": root}


CASES = [  # (args, environment, words the one line must contain)
    (["export", "--store", "{good}", "--format", "ttl", "--graph", "not an iri"], {}, "--graph"),
    (["export", "--store", "{good}", "--format", "ttl", "--output", "{root}/missing/x.ttl"], {}, "does not exist"),
    (["export", "--store", "{good}", "--format", "pdf"], {}, "--format"),
    (["serve", "--store", "{good}", "--port", "99999"], {}, "--port"),
    (["serve", "--store", "{good}", "--port", "abc"], {}, "--port"),
    (["serve", "--store", "{good}", "--timeout", "-1"], {}, "--timeout"),
    (["serve", "--store", "{good}", "--max-rows", "-5"], {}, "--max-rows"),
    (["serve", "--store", "{good}", "--workers", "0"], {}, "--workers"),
    (["serve", "--store", "{corrupt}", "--port", "0"], {}, "Corruption"),
    (["query", "ASK {}", "--store", "{good}"], {"KG_QUERY_TIMEOUT": "abc"}, "KG_QUERY_TIMEOUT"),
    (["query", "ASK {}", "--store", "{good}"], {"KG_MAX_ROWS": "-5"}, "max-rows"),
    (["query", "ASK {}", "--store", "{corrupt}"], {}, "Corruption"),
    (["query", "{root}/deep.rq", "--store", "{good}"], {}, "nested"),
    (["query", "{root}/deep.rq", "--store", "{good}", "--allow-service"], {}, "nested"),
    (["query", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "--store", "{good}"], {},
     "--allow-service"),
    (["query", "ASK {}", "--store", "{good}", "--format", "yaml"], {}, "--format"),
    (["ingest", "{root}/nothing-here", "--store", "{good}"], {}, "no such file"),
    (["ingest", "--store", "{good}"], {}, "PATHS"),
    (["eval", "{root}/nothing-here"], {}, "CORPUS"),
    (["quarantine", "--store", "{corrupt}", "--bogus"], {}, "--bogus"),
    (["no-such-command"], {}, "no-such-command"),
    (["ingest", "{root}/deep.rq", "--store", "{good}"], {"KG_MAX_ARTICLE_BYTES": "lots"}, "KG_MAX_ARTICLE_BYTES"),
]


@pytest.mark.parametrize("args, env, words", CASES, ids=[" ".join(c[0][:3]) + str(c[1]) for c in CASES])
def test_bad_values_get_one_line(stores, args, env, words) -> None:
    for name, path in stores.items():
        args = [a.replace("{" + name + "}", str(path)) for a in args]
    environment = {k: v for k, v in os.environ.items() if not k.startswith("KG_")} | env
    result = subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args], cwd=REPO,
                            capture_output=True, text=True, env=environment, timeout=60)
    assert result.returncode not in (0, 70) and result.returncode > 0, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:"), result.stderr
    assert words in lines[0], lines[0]
