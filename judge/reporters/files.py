"""Reporters that write one file when a run ends."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from judge.errors import UsageError
from judge.practice.results import RepoResult
from judge.reporters.base import Reporter


class FileReporter(Reporter):
    """Subclasses say how a result reads; this writes it, whole or not at all."""

    def __init__(self, path: Path):
        self.path = path

    def render(self, result: RepoResult) -> str:
        raise NotImplementedError

    def end_run(self, result: RepoResult) -> None:
        write_atomically(self.path, self.render(result))


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: a reader (or a
    batch resumed after a kill) never sees half a report."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise UsageError(f"cannot write the report {path}: {exc.strerror or exc}") from None
