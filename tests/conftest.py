"""Shared fixtures: the repository's paths, a local sandbox, the two-sum problem;
and a time limit on every test phase."""

from __future__ import annotations

import faulthandler
import os
import re
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from judge.problem.bank import Bank
from judge.problem.loader import load_problem
from judge.problem.model import Limits, Problem
from judge.sandbox.local import LocalSandbox

REPO = Path(__file__).resolve().parents[1]
TESTS = REPO / "tests"
BANK = REPO / "problems"
TWO_SUM = BANK / "two-sum"
VALID_PROBLEM = TESTS / "problem" / "valid" / "add-one"
BROKEN_PROBLEMS = TESTS / "problem" / "broken"

# Small limits keep the sandbox tests fast: wall = 2 * time + 1 = 2 s.
SMALL_LIMITS = Limits(time=0.5, memory=128, output=64)

NO_CACHE = shutil.ignore_patterns("__pycache__", "*.pyc")

# Problem folders used as data hold their own tests/test_*.py: they are not ours to collect.
collect_ignore_glob = [
    "problem/valid/*",
    "problem/broken/*",
    "grading/submissions/*",
    "sandbox/entry_points/*",
    "sandbox/printing_bank/*",
    "grading/concurrency/*",
    "grading/generality/*",
    "instructor/fixtures/*",  # an Exercism track in miniature: its *_test.py files are the importer's data
]


@pytest.fixture(autouse=True)
def private_history(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`judge test`, `submit` and `run` keep a history: each test its own, never the user's."""
    home = tmp_path_factory.mktemp("judge-home")
    monkeypatch.setenv("JUDGE_HOME", str(home))
    # Nor does a CLI test leave a Docker container parked for a next run
    # (judge/sandbox/parking.py): the tests of parking ask for it themselves.
    monkeypatch.setenv("JUDGE_DOCKER_PARK", "0")
    return home


@pytest.fixture
def local_sandbox() -> Iterator[LocalSandbox]:
    sandbox = LocalSandbox()
    yield sandbox
    sandbox.close()


@pytest.fixture(scope="session")
def two_sum() -> Problem:
    return load_problem(TWO_SUM)


@pytest.fixture
def valid_problem_dir(tmp_path: Path) -> Path:
    """A private copy of the minimal valid problem, free to break."""
    target = tmp_path / VALID_PROBLEM.name
    shutil.copytree(VALID_PROBLEM, target, ignore=NO_CACHE)
    return target


@pytest.fixture
def bank_copy(tmp_path: Path) -> Path:
    """A bank of two problems: a copy of two-sum (easy) and add-one (medium)."""
    bank = tmp_path / "bank"
    bank.mkdir()
    shutil.copytree(TWO_SUM, bank / "two-sum", ignore=NO_CACHE)
    shutil.copytree(VALID_PROBLEM, bank / "add-one", ignore=NO_CACHE)
    return bank


# The bank's concurrency problems: their wrong solutions deadlock, and each
# deadlocked call waits out its wall limit, so proving one takes about a
# minute of mostly idle wall time, on each sandbox and in each language (a
# quarter of the suite's test time in CI).  Under xdist (`make test`: one
# worker more than the cores, `--dist loadgroup`) they are one unit of work,
# sent first to one worker, while the others do the rest: the waits overlap
# the work instead of holding a core.  The scheduler groups them by their
# test ids (the xdist_group mark names a group through an item attribute
# that pytest 9 no longer reads).
WAITING_GROUP = "waits-out-wall-limits"
BANK_PROOF = re.compile(r"^tests/(test_bank|languages/test_bank_[a-z]+)\.py::test_\w+\[(?P<slug>[a-z0-9-]+)-(local|docker)\]$")


def concurrency_problems() -> frozenset[str]:
    """The bank's folders that load and have the concurrency topic (a broken one is test_bank's to report)."""
    return frozenset(p.root.name for p in Bank(BANK).scan().problems if "concurrency" in p.topics)


def waits_out_wall_limits(nodeid: str, concurrency: frozenset[str]) -> bool:
    """Whether a test proves a concurrency problem of the bank (on either sandbox, in any language)."""
    proof = BANK_PROOF.match(nodeid)
    return proof is not None and proof["slug"] in concurrency


@pytest.hookimpl(optionalhook=True)  # xdist's hook: a run without xdist has none
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadgroup":
        return None  # xdist's own
    from xdist.scheduler import LoadGroupScheduling

    concurrency = concurrency_problems()

    class WaitsApart(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return WAITING_GROUP if waits_out_wall_limits(nodeid, concurrency) else super()._split_scope(nodeid)

    return WaitsApart(config, log)


# A hung test must fail with its stacks printed, not run CI into its own time
# limit with nothing to show.  The slowest test takes well under a minute.
PHASE_TIME_LIMIT = int(os.environ.get("JUDGE_TEST_TIME_LIMIT", "300"))


class PhaseTimedOut(Exception):
    pass


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    return (yield from time_limited(item, "setup"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    return (yield from time_limited(item, "call"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    return (yield from time_limited(item, "teardown"))


def time_limited(item: pytest.Item, phase: str) -> Iterator[None]:
    def on_alarm(signum: int, frame: FrameType | None) -> None:
        faulthandler.dump_traceback(all_threads=True)
        raise PhaseTimedOut(f"{item.nodeid}: {phase} still running after {PHASE_TIME_LIMIT} s (stacks above)")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(PHASE_TIME_LIMIT)
    try:
        return (yield)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
