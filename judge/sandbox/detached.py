"""Work the judge leaves to a detached process, so that it need not wait:
starting a parked container (judge/sandbox/parking.py).  Nothing here
imports the Docker SDK: `judge start` asks for a container parked ahead
and should cost no more for it."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

from judge.environment import for_child
from judge.errors import UsageError

IDLE_SECONDS = 600
ENVIRONMENT = "JUDGE_DOCKER_PARK"


def idle_seconds() -> int:
    """How long a parked container waits for the next judge: JUDGE_DOCKER_PARK, 0 for never parking."""
    raw = os.environ.get(ENVIRONMENT, "").strip()
    if not raw:
        return IDLE_SECONDS
    if not raw.isdigit():
        raise UsageError(f"{ENVIRONMENT} must be a whole number of seconds (0: never park), not {raw!r}")
    return int(raw)


def run_detached(*args: str) -> None:
    """`python -m judge.sandbox.parking ARGS` in a session of its own, its
    output nowhere: it outlives the judge, and a failure there only means
    the next judge starts a container itself."""
    package_root = str(Path(__file__).resolve().parents[2])
    path = os.pathsep.join(p for p in (package_root, os.environ.get("PYTHONPATH", "")) if p)
    with contextlib.suppress(OSError):
        subprocess.Popen(
            [sys.executable, "-m", "judge.sandbox.parking", *args],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, cwd="/", env={**for_child(), "PYTHONPATH": path},
        )  # fmt: skip


def park_ahead(problem_root: Path) -> None:
    """Park a container for a problem's first run (`judge start`), where
    Docker is there to take it (the detached process looks)."""
    run_detached("--ahead", str(problem_root))
