"""Where the judge's data lives: inside an installed wheel, or in a checkout."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    # A wheel carries the folders under judge/_bank/; a checkout has them
    # beside the package.
    bundled = PACKAGE_DIR / "_bank" / name
    return bundled if bundled.is_dir() else PACKAGE_DIR.parent / name


def default_bank() -> Path:
    """The problem bank: $JUDGE_PROBLEMS, else the one shipped with judge."""
    override = os.environ.get("JUDGE_PROBLEMS")
    return Path(override) if override else _data_dir("problems")


def runner_path() -> Path:
    return _data_dir("sandboxes") / "python" / "runner.py"


def sandbox_dir(language: str) -> Path:
    """A language's runner, Dockerfile and build script: sandboxes/<language>/."""
    return _data_dir("sandboxes") / language


def protocol_path() -> Path:
    return PACKAGE_DIR / "protocol.py"


def cache_root() -> Path:
    """Where the judge keeps what it builds once on this machine: $JUDGE_CACHE,
    else $XDG_CACHE_HOME/judge, else ~/.cache/judge."""
    override = os.environ.get("JUDGE_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "judge"
