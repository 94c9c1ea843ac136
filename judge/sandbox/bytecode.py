"""The Python runner started from its compiled bytecode.

A script is compiled afresh at every start (Python caches only what it
imports), and the runner is 1,800 lines: 15 ms of every submission's fork
server or zygote went to compiling it.  So the runner is started by a
one-line launcher that asks the import system for its code (the cached
bytecode when it matches the source, else a compile, as an import would),
and runs it as `__main__` with the argv and `__file__` a script would have.

The runner never writes bytecode (PYTHONDONTWRITEBYTECODE, and a read-only
root in its image): the trusted side writes it, here for the local sandbox
and at image build for Docker.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import py_compile
from pathlib import Path

# sys.argv is ['-c', runner, args...]; dropping '-c' leaves what
# `python runner.py args...` would have seen.
LAUNCHER = (
    "import sys;from importlib.machinery import SourceFileLoader as _L;del sys.argv[0];__file__=sys.argv[0];"
    "exec(_L('__main__',__file__).get_code('__main__'))"
)


def launch(python: str, flags: list[str], runner: str, args: list[str]) -> list[str]:
    """The command that runs `runner` (a path) with `args`, from its bytecode when cached."""
    return [python, *flags, "-c", LAUNCHER, runner, *args]


@functools.cache
def cache_bytecode(source: Path) -> None:
    """Write `source`'s bytecode where its import looks for it, unless it is
    there and fresh.  Best effort: a folder the judge may not write to (an
    installed package) only costs the compile at every start."""
    with contextlib.suppress(OSError, py_compile.PyCompileError, ValueError):
        cached = Path(importlib.util.cache_from_source(str(source)))
        if _fresh(cached, source):
            return
        # TIMESTAMP whatever SOURCE_DATE_EPOCH says: a hash-checked file
        # would be hashed at every start, and this check would never match.
        py_compile.compile(str(source), cfile=str(cached), doraise=True, invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP)


def _fresh(cached: Path, source: Path) -> bool:
    """Whether `cached` holds the bytecode of `source` as it is now (the
    header the import system checks: magic, flags, mtime, size)."""
    try:
        with cached.open("rb") as file:
            header = file.read(16)
    except OSError:
        return False
    stat = os.stat(source)
    expected = importlib.util.MAGIC_NUMBER + bytes(4) + _u32(int(stat.st_mtime)) + _u32(stat.st_size)
    return header == expected


def _u32(value: int) -> bytes:
    return (value & 0xFFFFFFFF).to_bytes(4, "little")
