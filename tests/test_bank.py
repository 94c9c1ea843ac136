"""Every problem of the bank, proved: one test per folder of problems/ with a problem.toml.

The reference is accepted, every wrong/<VERDICT>/*.py gets VERDICT and fails the
cases on its `# fails:` line, the starter loads but is neither AC nor CE nor IE,
the statement's examples hold, and every hidden case has a category.  The bank
is read at collection time, so a problem added by anyone is tested on the next run.
"""

from __future__ import annotations

import inspect
import os
from pathlib import Path

import pytest

from judge.problem.loader import load_problem, wrong_solutions
from judge.sandbox.base import Sandbox
from judge.sandbox.local import LocalSandbox
from judge.validate import validate
from tests.conftest import BANK, concurrency_problems, waits_out_wall_limits
from tests.docker_support import docker_sandbox_or_skip

PROBLEMS = sorted(p for p in BANK.iterdir() if (p / "problem.toml").is_file())


def test_the_bank_is_not_empty() -> None:
    assert any(p.name == "two-sum" for p in PROBLEMS)


# In CI (JUDGE_REQUIRE_DOCKER=1) the whole bank is proved on Docker, the
# boundary, and on the local sandbox only these: the first eight problems and
# the concurrency ones, which use what differs between the two (a fork server
# and rlimits, threads, wall waits).  Elsewhere every problem runs on both.
LOCAL_IN_CI = {
    "two-sum", "alien-dictionary", "clone-binary-tree", "count-inversions", "longest-unique-substring", "lru-cache",
    "path-sum-k", "subset-sum", "bounded-blocking-queue", "print-in-order", "read-write-lock", "thread-safe-counter",
}  # fmt: skip
IN_CI = os.environ.get("JUDGE_REQUIRE_DOCKER") == "1"
CASES = [
    pytest.param(folder, kind, id=f"{folder.name}-{kind}", marks=[pytest.mark.docker] if kind == "docker" else [])
    for folder in PROBLEMS
    for kind in ("local", "docker")
    if kind == "docker" or not IN_CI or folder.name in LOCAL_IN_CI
]


def test_the_concurrency_proofs_share_one_worker_by_their_ids() -> None:
    # tests/conftest.py's scheduler knows them by id: an id it no longer
    # matched would put their minute-long waits back on the cores.
    concurrency = concurrency_problems()
    assert concurrency >= {"bounded-blocking-queue", "print-in-order", "read-write-lock", "thread-safe-counter"}
    for case in CASES:
        folder = case.values[0]
        assert isinstance(folder, Path) and isinstance(case.id, str)
        nodeid = f"tests/test_bank.py::test_problem_validates[{case.id}]"
        assert waits_out_wall_limits(nodeid, concurrency) == (folder.name in concurrency), nodeid
    cpp = "tests/languages/test_bank_cpp.py::test_cpp_solutions_validate[print-in-order-docker]"
    assert waits_out_wall_limits(cpp, concurrency)
    assert not waits_out_wall_limits(cpp.replace("print-in-order", "two-sum"), concurrency)


def test_xdist_still_groups_by_the_method_the_scheduler_overrides() -> None:
    # The scheduler overrides a private method of xdist's: should a release rename
    # it, the override would be silently ignored and the waits spread over the cores.
    from xdist.scheduler import LoadGroupScheduling, LoadScopeScheduling

    assert "self._split_scope(" in inspect.getsource(LoadScopeScheduling)
    assert issubclass(LoadGroupScheduling, LoadScopeScheduling)


def open_sandbox(name: str) -> Sandbox:
    return LocalSandbox() if name == "local" else docker_sandbox_or_skip()


def test_ci_proves_the_local_sandbox_on_real_problems() -> None:
    assert {p.name for p in PROBLEMS} >= LOCAL_IN_CI


@pytest.mark.parametrize(("folder", "sandbox_name"), CASES)
def test_problem_validates(folder: Path, sandbox_name: str) -> None:
    problem = load_problem(folder)
    sandbox = open_sandbox(sandbox_name)
    try:
        checks = validate(problem, sandbox)
    finally:
        sandbox.close()
    failed = [f"{c.name}: {c.detail}" for c in checks if not c.ok]
    assert not failed, f"{problem.slug}: {len(failed)} failed checks\n  " + "\n  ".join(failed)

    # validate() must have looked at everything it promises to
    names = [c.name for c in checks]
    assert "reference is accepted" in names
    assert "starter loads and is rejected" in names
    assert "statement examples hold" in names
    for wrong in wrong_solutions(problem):
        assert f"wrong/{wrong.verdict.name}/{wrong.path.name} gets {wrong.verdict.name}" in names
        if wrong.fails:
            assert any(n.startswith(f"wrong/{wrong.verdict.name}/{wrong.path.name} fails ") for n in names)


# The topics of a backend interview loop: every one in at least MIN_PER_TOPIC problems.
CANONICAL_TOPICS = (
    "hash map", "arrays and strings", "two pointers", "sliding window", "binary search", "sorting",
    "stacks and queues", "linked lists", "trees", "graphs", "heaps", "backtracking", "dynamic programming",
    "greedy and intervals", "tries", "bit manipulation", "design", "concurrency",
)  # fmt: skip
MIN_PER_TOPIC = 4
MIN_PROBLEMS = 60


def test_the_bank_covers_every_topic_of_a_backend_loop() -> None:
    problems = [load_problem(folder) for folder in PROBLEMS]
    assert len(problems) >= MIN_PROBLEMS
    counts = {topic: sum(topic in p.topics for p in problems) for topic in CANONICAL_TOPICS}
    thin = {topic: count for topic, count in counts.items() if count < MIN_PER_TOPIC}
    assert not thin, f"topics in fewer than {MIN_PER_TOPIC} problems: {thin}"
    unlabelled = [p.slug for p in problems if not set(p.topics) & set(CANONICAL_TOPICS)]
    assert not unlabelled, f"problems with no canonical topic: {unlabelled}"


def test_difficulties_are_spread_about_30_50_20() -> None:
    problems = [load_problem(folder) for folder in PROBLEMS]
    share = {level: sum(p.difficulty == level for p in problems) / len(problems) for level in ("easy", "medium", "hard")}
    assert 0.2 <= share["easy"] <= 0.4, share
    assert 0.4 <= share["medium"] <= 0.6, share
    assert 0.12 <= share["hard"] <= 0.28, share


# The problems the bank promises by name, with exactly these signatures (as problem.toml writes them).
NAMED = {
    "merge-intervals": ["merge_intervals(intervals: list[list[int]]) -> list[list[int]]"],
    "top-k-frequent-words": ["top_k_frequent(words: list[str], k: int) -> list[str]"],
    "median-finder": ["MedianFinder()", "add_num(self, num: int) -> None", "find_median(self) -> float"],
    "number-of-islands": ["num_islands(grid: list[list[str]]) -> int"],
    "course-schedule": ["can_finish(num_courses: int, prerequisites: list[list[int]]) -> bool"],
    "word-ladder": ["ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int"],
    "network-delay": ["network_delay_time(times: list[list[int]], n: int, k: int) -> int"],
    "min-window-substring": ["min_window(s: str, t: str) -> str"],
    "container-with-most-water": ["max_area(height: list[int]) -> int"],
    "three-sum": ["three_sum(nums: list[int]) -> list[list[int]]"],
    "search-rotated-array": ["search_rotated(nums: list[int], target: int) -> int"],
    "combination-sum": ["combination_sum(candidates: list[int], target: int) -> list[list[int]]"],
    "word-break": ["word_break(s: str, word_dict: list[str]) -> bool"],
    "edit-distance": ["edit_distance(word1: str, word2: str) -> int"],
    "longest-increasing-subsequence": ["length_of_lis(nums: list[int]) -> int"],
    "serialize-binary-tree": ["serialize(root: TreeNode | None) -> str", "deserialize(data: str) -> TreeNode | None"],
    "lowest-common-ancestor": ["lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int"],
    "lfu-cache": ["LFUCache(capacity: int)", "get(self, key: int) -> int", "put(self, key: int, value: int) -> None"],
    "time-based-kv-store": [
        "TimeMap()",
        "set(self, key: str, value: str, timestamp: int) -> None",
        "get(self, key: str, timestamp: int) -> str",
    ],
    "rate-limiter": ["RateLimiter(limit: int, window: int)", "allow(self, client: str, timestamp: int) -> bool"],
    "bounded-blocking-queue": [
        "BoundedBlockingQueue(capacity: int)",
        "enqueue(self, element: int) -> None",
        "dequeue(self) -> int",
        "size(self) -> int",
    ],
}


def signatures(folder: Path) -> list[str]:
    problem = load_problem(folder)
    found = []
    for entry in problem.entries:
        found.append(entry.callable.signature)
        found += [method.signature for method in entry.methods]
    return [" ".join(s.split()) for s in found]


@pytest.mark.parametrize("slug", sorted(NAMED))
def test_named_problems_have_exactly_their_signatures(slug: str) -> None:
    folder = BANK / slug
    assert (folder / "problem.toml").is_file(), f"{slug} is missing from the bank"
    assert signatures(folder) == NAMED[slug]
