"""The JavaScript runner (sandboxes/javascript/runner.js) through a RunnerSession: the protocol unchanged."""

from __future__ import annotations

import math
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from judge.outcomes import LoadFailed, MemoryLimitExceeded, OutputLimitExceeded, TimeLimitExceeded, raised_by_submission
from judge.problem.model import Limits
from judge.protocol import TreeNode
from judge.sandbox.session import Handle, RunnerSession
from judge.testing import linked, linked_values, tree, tree_values
from tests.languages.support import JS, KINDS, js_sandbox

FUNCTION = [{"name": "f", "kind": "function", "methods": []}]
# A wall limit far above the CPU limit: on a loaded machine a container's half second of CPU can take seconds.
LIMITS = Limits(time=0.5, wall=20.0, memory=128, output=64)


@contextmanager
def loaded(source: str, kind: str = "local", entries: list[dict[str, Any]] = FUNCTION, limits: Limits = LIMITS) -> Iterator[RunnerSession]:
    sandbox = js_sandbox(kind)
    pod = sandbox.open(limits, JS)
    session = RunnerSession(pod, limits)
    try:
        session.start()
        session.load(textwrap.dedent(source), "solution.js", "solution", entries, sandbox.runner_limits(limits))
        yield session
    finally:
        session.close()
        pod.close()
        sandbox.close()


def call(session: RunnerSession, *args: Any, name: str = "f") -> Any:
    return session.call({"name": name}, args, {})


@pytest.mark.parametrize("kind", KINDS)
def test_a_leetcode_paste_is_found_by_its_camel_case_name(kind: str) -> None:
    source = "var twoSum = function(nums, target) { return [nums.length, target]; };"
    with loaded(source, kind, [{"name": "two_sum", "kind": "function", "methods": []}]) as session:
        assert session.aliases == {"two_sum": "twoSum"}
        assert call(session, [1, 2, 3], 9, name="two_sum") == [3, 9]


def test_module_exports_and_top_level_classes_and_consts_are_found() -> None:
    with loaded("module.exports = { f: (x) => x * 2 };") as session:
        assert call(session, 21) == 42
    with loaded("const f = (x) => x + 1;") as session:
        assert call(session, 1) == 2


@pytest.mark.parametrize(
    "value",
    [
        (1, "two"),
        {3, 1, 2},
        frozenset({"a"}),
        {1: "one", 2: [2.5]},
        {"k": None},
        2**60,
        -(2**70),
        "naïve ☃ \U0001f600",
        "lone \ud800 surrogate",
        b"\x00\xff",
        [[1, 2], [3]],
    ],
)
def test_values_cross_both_ways_as_they_were(value: Any) -> None:
    with loaded("var f = (x) => x;") as session:
        got = call(session, value)
        assert got == value and type(got) is type(value)


def test_floats_that_are_not_finite_cross() -> None:
    with loaded("var f = (x) => [x, -x, 0 / 0];") as session:
        got = call(session, math.inf)
        assert got[:2] == [math.inf, -math.inf] and math.isnan(got[2])


def test_an_in_place_change_is_written_back_and_a_returned_node_is_the_input_node() -> None:
    with loaded("var f = function(xs) { xs.sort((a, b) => a - b); };") as session:
        numbers = [3, 1, 2]
        assert call(session, numbers) is None
        assert numbers == [1, 2, 3]
    reverse = """
    var f = function(head) {
        let previous = null;
        while (head !== null) { const next = head.next; head.next = previous; previous = head; head = next; }
        return previous;
    };
    """
    with loaded(reverse) as session:
        head = linked([1, 2, 3])
        last = head.next.next
        got = call(session, head)
        assert got is last and linked_values(got) == [3, 2, 1] and head.next is None


def test_tree_nodes_have_leetcodes_shape_inside() -> None:
    source = "var f = function(root) { return new TreeNode(root.val + root.left.val, null, root.right); };"
    with loaded(source) as session:
        root = tree([1, 2, 3])
        got = call(session, root)
        assert isinstance(got, TreeNode) and got.val == 3 and got.right is root.right and tree_values(got) == [3, None, 3]


def test_objects_stay_inside_as_handles_with_camel_case_methods() -> None:
    source = """
    class Counter {
        constructor(start) { this.n = start; }
        addOne() { return ++this.n; }
    }
    """
    entries = [{"name": "Counter", "kind": "class", "methods": ["add_one"]}]
    with loaded(source, entries=entries) as session:
        counter = call(session, 5, name="Counter")
        assert isinstance(counter, Handle)
        assert session.call({"handle": counter.key, "attr": "add_one"}, (), {}) == 6
        assert session.call({"handle": counter.key, "attr": "n", "do": "get"}, (), {}) == 6


def test_an_exception_comes_back_with_its_type_message_and_line() -> None:
    source = """
    var f = function(x) {
        if (x > 1) {
            throw new RangeError("x is too big: " + x);
        }
    };
    """
    with loaded(source) as session, pytest.raises(Exception) as caught:
        call(session, 5)
    info = raised_by_submission(caught.value)
    assert info is not None and info.type_name == "RangeError" and info.message == "x is too big: 5" and info.line == 4
    assert "solution.js:4" in info.traceback


def test_a_function_the_test_passes_is_called_back() -> None:
    with loaded("var f = (g, xs) => xs.map((x) => g(x) + 1);") as session:
        assert call(session, lambda x: x * 10, [1, 2]) == [11, 21]


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("var f = function(x) {\n  let y = ;\n};", 2, "SyntaxError: Unexpected token ';'"),
        ("var g = 1;\nfunction helper() {}", None, "solution.js defines no function 'f': it defines g, helper"),
        ("throw new Error('at load');", 1, "Error: at load"),
    ],
)
def test_a_submission_that_does_not_load_says_why(source: str, line: int | None, message: str) -> None:
    with pytest.raises(LoadFailed) as caught, loaded(source):
        pass
    assert message in caught.value.message
    assert caught.value.line == line


@pytest.mark.parametrize("kind", KINDS)
def test_an_endless_loop_is_over_the_cpu_limit(kind: str) -> None:
    with loaded("var f = function() { for (;;) {} };", kind) as session, pytest.raises(TimeLimitExceeded, match="CPU-time limit"):
        call(session)


@pytest.mark.parametrize("kind", KINDS)
def test_a_full_heap_is_the_memory_limit(kind: str) -> None:
    bomb = "var f = function() { const keep = []; for (;;) keep.push(new Array(100000).fill(7)); };"
    with loaded(bomb, kind) as session, pytest.raises(MemoryLimitExceeded):
        call(session)


def test_prints_go_to_the_capped_output_never_the_protocol() -> None:
    with loaded('var f = function() { console.log(\'{"id": 1, "ok": true}\'); return 1; };') as session:
        assert call(session) == 1
    with loaded("var f = function() { for (;;) console.log('x'.repeat(1000)); };") as session, pytest.raises(OutputLimitExceeded):
        call(session)


def test_the_cpu_time_of_each_call_is_measured_and_measure_times_batches() -> None:
    source = "var f = function(n) { let s = 0; for (let i = 0; i < n; i++) s += i % 7; return s; };"
    with loaded(source) as session:
        call(session, 3_000_000)
        assert 0 < session.cpu < LIMITS.time
        measured = session.measure({"name": "f"}, (1000,), 1, time=True, count=True, cpu_budget=1.0)
        assert measured["cpu"] > 0 and measured["reps"] >= 1 and measured["count"] is None  # the work count is Python-only


@pytest.mark.parametrize(
    "definition",
    [
        "class TreeNode { constructor(val, left, right) { this.val = val; this.left = left ?? null; this.right = right ?? null; } }",
        "function TreeNode(val, left, right) { this.val = val; this.left = left || null; this.right = right || null; }",
    ],
)
def test_a_submission_may_define_its_own_tree_node(definition: str) -> None:
    with loaded(definition + "\nvar f = (root) => new TreeNode(root.val * 2, root.left, null);") as session:
        got = call(session, tree([4, 1, 9]))
        assert isinstance(got, TreeNode) and tree_values(got) == [8, 1]


@pytest.mark.parametrize("kind", KINDS)
def test_a_promise_is_awaited_and_one_that_never_settles_is_a_wall_time_out(kind: str) -> None:
    source = """
        async function f(x) { await null; return x + 1; }
        function never() { return new Promise(() => {}); }
        async function fails() { await null; throw new RangeError("no such speed"); }
    """
    entries = [{"name": n, "kind": "function", "methods": []} for n in ("f", "never", "fails")]
    limits = Limits(time=0.5, wall=3.0, memory=128, output=64)
    with loaded(source, kind, entries, limits) as session:
        assert call(session, 41) == 42
        with pytest.raises(BaseException) as raised:
            call(session, name="fails")
        info = raised_by_submission(raised.value)
        assert info is not None and info.type_name == "RangeError" and "no such speed" in info.message
        with pytest.raises(TimeLimitExceeded, match="wall-time limit"):
            call(session, name="never")
