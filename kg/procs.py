"""Child processes that never outlive their parent: query processes of a killed server worker, extraction
workers of a killed ``kg ingest``."""

from __future__ import annotations

import os


def die_with_parent() -> None:
    """SIGKILL this process when its parent, the forkserver, exits, so that a runaway query never outlives the
    server worker that gunicorn killed or restarted (Linux PR_SET_PDEATHSIG).

    The forkserver exits when the last holder of its "alive" pipe closes it, and multiprocessing hands that
    pipe to every child; a child busy in a query would keep it open, so the children close their copy.
    """
    try:
        from multiprocessing import forkserver

        server = forkserver._forkserver  # private, stable since Python 3.4; absence only loses this guarantee
        if server._forkserver_alive_fd is not None:
            os.close(server._forkserver_alive_fd)
            server._forkserver_alive_fd = None
    except (AttributeError, OSError):
        pass
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG, SIGKILL
    except (OSError, AttributeError):
        pass  # not Linux: idle processes still exit when the server worker's end of the pipe closes
