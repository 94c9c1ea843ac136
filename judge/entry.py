"""The `judge` command's entry point, before anything heavy is imported.

The judge runs with PYTHONHASHSEED=0: hypothesis' shrinking walks sets of
strings, so without a fixed seed the same submission could shrink to
another (equally small) counterexample on the next run.  A process started
without it starts again with it, and does so here, before importing the
CLI (pytest, hypothesis, rich: half a second that a re-exec after them
paid twice on every command).
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    pin_hash_seed()
    from judge.cli import main as cli_main

    cli_main()


def pin_hash_seed() -> None:
    """Start again as `python -m judge` with PYTHONHASHSEED=0, unless it is set."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, "-m", "judge", *sys.argv[1:]])
