"""No network for this process: a seccomp filter that makes every non-local socket fail with EPERM.

The query guard (kg.web.guard) refuses SERVICE, LOAD and foreign FROM on a parse of the text; this is the layer
under it, so that a query the guard misjudges still cannot reach a listener. Oxigraph opens its HTTP connections
from Rust, out of Python's reach, but every connection starts with the ``socket`` system call, which the kernel
can refuse: the filter allows ``socket(AF_UNIX, …)`` (the pipes to the server worker and name-service lookups
need nothing else) and answers EPERM to every other family, and to ``io_uring_setup`` (io_uring can open sockets
without the ``socket`` call). System calls of another ABI (32-bit ``int 0x80``, whose ``socketcall`` multiplexes
sockets) are refused whole. A filter cannot be removed once set and is inherited by every child.

Linux only (x86_64 and aarch64); elsewhere :func:`deny_network` returns False and the guard alone holds the line.
Hand-written because the filter is nine instructions; libseccomp's Python binding is not on PyPI.
"""

from __future__ import annotations

import ctypes
import errno
import platform
import socket
import struct
import sys

# AUDIT_ARCH_* and the native numbers of socket and io_uring_setup per machine (linux/audit.h, unistd.h).
_ARCHES = {"x86_64": (0xC000003E, 41, 425), "aarch64": (0xC00000B7, 198, 425)}

_PR_SET_NO_NEW_PRIVS, _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER = 38, 22, 2
_LD_W_ABS, _JEQ, _RET = 0x20, 0x15, 0x06
_ALLOW, _ERRNO = 0x7FFF0000, 0x00050000 | errno.EPERM
_ARCH, _NR, _ARG0 = 4, 0, 16   # offsets in struct seccomp_data (arg0's low word on little-endian machines)

_active = False


class _Filter(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _program(arch: int, nr_socket: int, nr_io_uring: int) -> bytes:
    def op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
        return struct.pack("HBBI", code, jt, jf, k)

    return b"".join([
        op(_LD_W_ABS, _ARCH), op(_JEQ, arch, 1, 0), op(_RET, _ERRNO),        # another ABI: refused
        op(_LD_W_ABS, _NR), op(_JEQ, nr_io_uring, 0, 1), op(_RET, _ERRNO),   # io_uring: refused
        op(_JEQ, nr_socket, 1, 0), op(_RET, _ALLOW),                        # not socket(): allowed
        op(_LD_W_ABS, _ARG0), op(_JEQ, socket.AF_UNIX, 0, 1), op(_RET, _ALLOW),
        op(_RET, _ERRNO),                                                   # socket(AF_INET…): EPERM
    ])


def deny_network() -> bool:
    """Install the filter in this process (and its future children); True when it is in force."""
    global _active
    if _active:
        return True
    arch = _ARCHES.get(platform.machine())
    if not sys.platform.startswith("linux") or arch is None or sys.byteorder != "little":
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return False
    code = _program(*arch)
    buffer = ctypes.create_string_buffer(code, len(code))
    prog = _Filter(len(code) // 8, ctypes.addressof(buffer))
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
        return False
    _active = True
    return True


def network_denied() -> bool:
    """Whether :func:`deny_network` is in force in this process."""
    return _active
