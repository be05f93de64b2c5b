"""A real Virtuoso (Debian's virtuoso-opensource) for the tests and benchmarks: its own ports and database folder
under a temporary directory, a random dba password handed over through the environment, stopped afterwards."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

BINARY = "virtuoso-t"
INSTALL_HINT = "Virtuoso is not installed (make test runs scripts/install-virtuoso.sh: apt-get install virtuoso-opensource)"

INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx

[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {db}, {load_dirs}
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
MaxQueryMem = 1G
ThreadsPerQuery = 2
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/

[HTTPServer]
ServerPort = {http_port}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 8
ServerThreads = 8
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
; our backend pages its own reads; the server must not truncate silently at its default 10,000 rows
ResultSetMaxRows = 100000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
MaxSortedTopRows = 100000000
"""


def _terminate_with_parent() -> None:
    """SIGTERM the server when the test run or benchmark that started it dies, even by SIGKILL (Linux)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").prctl(1, 15)  # PR_SET_PDEATHSIG, SIGTERM
    except (OSError, AttributeError):
        pass


def available() -> bool:
    return shutil.which(BINARY) is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Virtuoso:
    folder: Path
    http_port: int
    sql_port: int
    password: str
    process: subprocess.Popen

    @property
    def url(self) -> str:
        """The --store location kg is given (credentials travel in KG_STORE_USER / KG_STORE_PASSWORD)."""
        return f"sparql+http://127.0.0.1:{self.http_port}/sparql"

    @property
    def env(self) -> dict[str, str]:
        return {"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": self.password}

    def isql(self, sql: str) -> str:
        out = subprocess.run(["isql-vt", str(self.sql_port), "dba", self.password, f"EXEC={sql}"],
                             capture_output=True, text=True, timeout=600)
        if out.returncode or "*** Error" in out.stdout + out.stderr:
            raise RuntimeError(f"isql failed: {out.stdout[-500:]} {out.stderr[-500:]}")
        return out.stdout

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    def disk_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.folder.glob("virtuoso*.db"))


def start(folder: Path, *, memory_mb: int = 1024, load_dirs: tuple[Path, ...] = (), wait: float = 120.0) -> Virtuoso:
    """A fresh Virtuoso with its database in ``folder``; ``load_dirs`` may be read by ld_dir (bulk loading)."""
    folder.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    buffers = max(memory_mb * 1024 * 1024 // 8192 * 2 // 3, 10_000)  # Virtuoso's own sizing rule: 2/3 of RAM given
    (folder / "virtuoso.ini").write_text(INI.format(
        db=folder, sql_port=sql_port, http_port=http_port, buffers=buffers, dirty=buffers * 3 // 4,
        load_dirs=", ".join(str(d) for d in load_dirs) or str(folder)), encoding="utf-8")
    password = secrets.token_hex(8)
    log = open(folder / "stdout.log", "wb")
    process = subprocess.Popen([BINARY, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
                               cwd=folder, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
                               preexec_fn=_terminate_with_parent)
    server = Virtuoso(folder, http_port, sql_port, password, process)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited ({process.returncode}): "
                               f"{(folder / 'virtuoso.log').read_text(errors='replace')[-800:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{http_port}/sparql?query=ASK%7B%7D", timeout=2):
                pass
        except (urllib.error.URLError, OSError):
            time.sleep(0.5)
            continue
        # a fresh database's dba password is 'dba': replaced at once (SQL and HTTP logins share it)
        out = subprocess.run(["isql-vt", str(sql_port), "dba", "dba",
                              f"EXEC=USER_CHANGE_PASSWORD('dba', 'dba', '{password}');"],
                             capture_output=True, text=True, timeout=60)
        if out.returncode or "*** Error" in out.stdout + out.stderr:
            server.stop()
            raise RuntimeError(f"cannot set the dba password: {out.stdout[-300:]}")
        return server
    server.stop()
    raise RuntimeError(f"virtuoso-t did not answer on port {http_port} within {wait:g} s")


if __name__ == "__main__":  # a server to try things by hand: python tests/virtuoso_support.py /tmp/v
    import sys

    v = start(Path(sys.argv[1]))
    print(v.url, v.env, flush=True)
    try:
        v.process.wait()
    except KeyboardInterrupt:
        v.stop()
