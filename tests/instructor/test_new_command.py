"""`judge new`: a scaffold that loads, that validate says is unfinished, file by
file, and that validates once filled in, end to end through the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from judge.cli import cli
from judge.problem.loader import load_problem

SIGNATURE = "merge_intervals(intervals: list[list[int]]) -> list[list[int]]"

REFERENCE = """def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
"""

WRONG_ANSWER = """# fails: test_edge_cases
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:  # touching intervals stay apart
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
"""

STATEMENT = """# Merge Intervals

Merge every overlapping (or touching) pair of intervals `[start, end]`; return them sorted.

## Examples

```python
>>> merge_intervals([[1, 3], [2, 6], [8, 10]])
[[1, 6], [8, 10]]
>>> merge_intervals([[1, 4], [4, 5]])
[[1, 5]]
```
"""

PAIRS = "st.lists(st.tuples(st.integers(-100, 100), st.integers(0, 20)).map(lambda p: [p[0], p[0] + p[1]]), max_size=20)"


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], env={"JUDGE_PROBLEMS": None})


def fill(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_new_then_fill_in_then_validate(tmp_path: Path) -> None:
    bank = tmp_path / "bank"
    bank.mkdir()
    made = run("--problems", bank, "new", "merge-intervals", "--function", SIGNATURE)
    assert made.exit_code == 0, made.output
    root = bank / "merge-intervals"
    assert load_problem(root).entries[0].name == "merge_intervals"

    unfinished = run("--problems", bank, "validate", "merge-intervals", "--sandbox", "local")
    assert unfinished.exit_code == 1, unfinished.output
    assert "Traceback" not in unfinished.output
    for relative in ("problem.toml", "statement.md", "reference/solution.py", "tests/test_visible.py", "hidden/test_hidden.py"):
        assert f"fill in {relative}" in unfinished.output
    assert "not run until every TODO(judge) marker" in unfinished.output

    (root / "reference" / "solution.py").write_text(REFERENCE)
    (root / "wrong" / "WA" / "wrong_answer.py").write_text(WRONG_ANSWER)
    (root / "wrong" / "TLE" / "too_slow.py").unlink()
    (root / "statement.md").write_text(STATEMENT)
    toml = root / "problem.toml"
    fill(toml, 'difficulty = "medium"  # TODO(judge): easy | medium | hard', 'difficulty = "medium"')
    fill(toml, 'topics = ["todo"]  # TODO(judge): the topics, like "arrays", "hash map"', 'topics = ["sorting", "intervals"]')
    fill(toml, 'complexity = "O(n)"  # TODO(judge): the reference\'s class, like "O(n log n)"', 'complexity = "O(n log n)"')
    fill(
        toml,
        'category = "edge cases"  # TODO(judge): one [cases.<test>] per hidden test, its category shown to candidates',
        'category = "touching"',
    )
    fill(root / "tests" / "test_visible.py", "assert solution.merge_intervals(...) == ...  # TODO(judge): the statement's first example",
         "assert solution.merge_intervals([[1, 3], [2, 6], [8, 10]]) == [[1, 6], [8, 10]]")  # fmt: skip
    hidden = root / "hidden" / "test_hidden.py"
    fill(hidden, "assert solution.merge_intervals(...) == ...  # TODO(judge): the statement's examples",
         "assert solution.merge_intervals([[1, 3], [2, 6], [8, 10]]) == [[1, 6], [8, 10]]")  # fmt: skip
    edge = "assert solution.merge_intervals(...) == ...  # TODO(judge): empty input, duplicates, extremes (a test per category)"
    fill(hidden, edge, "assert solution.merge_intervals([[1, 4], [4, 5]]) == [[1, 5]]")
    fill(hidden, "st.lists(st.lists(st.integers(-100, 100), max_size=20), max_size=20)", PAIRS)
    generator = root / "generator.py"
    fill(generator, "    # TODO(judge): inputs of size n that make the reference work as its class says\n", "")
    fill(generator, "for _ in range(2)]", "for _ in range(1)] * 2")

    done = run("--problems", bank, "validate", "merge-intervals", "--sandbox", "local")
    assert done.exit_code == 0, done.output
    for name in ("reference is accepted", "wrong/WA/wrong_answer.py gets WA", "ladder: the reference grows like itself", "0 failed checks"):
        assert name in done.output


def test_new_class_scaffold_loads_and_lists_its_markers(tmp_path: Path) -> None:
    made = run("--problems", tmp_path, "new", "lru", "--class", "LRUCache(capacity: int)",
               "--method", "get(self, key: int) -> int", "--method", "put(key: int, value: int) -> None")  # fmt: skip
    assert made.exit_code == 0, made.output
    problem = load_problem(tmp_path / "lru")
    assert problem.entries[0].kind == "class" and [m.name for m in problem.entries[0].methods] == ["get", "put"]
    reference = (tmp_path / "lru" / "reference" / "solution.py").read_text()
    assert "def put(self, key: int, value: int) -> None:" in reference  # self added where the option left it out
    assert "make_input(n: int, rng: random.Random)" in (tmp_path / "lru" / "generator.py").read_text()
    validated = run("--problems", tmp_path, "validate", "lru", "--sandbox", "local")
    assert validated.exit_code == 1 and "fill in reference/solution.py" in validated.output


@pytest.mark.parametrize(
    ("args", "phrase"),
    [
        (["Bad_Slug", "--function", "f(x: int) -> int"], "slug 'Bad_Slug'"),
        (["ok", "--function", "f(x: int -> int"], "--function 'f(x: int -> int' is not a signature"),
        (["ok"], "exactly one of --function"),
        (["ok", "--function", "f()", "--class", "C()"], "exactly one of --function"),
        (["ok", "--class", "C()"], "--class needs at least one --method"),
        (["ok", "--function", "f()", "--method", "g(self)"], "--method goes with --class"),
        (["exists", "--function", "f()"], "already exists"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, args: list[str], phrase: str) -> None:
    (tmp_path / "exists").mkdir()
    result = run("--problems", tmp_path, "new", *args)
    assert result.exit_code == 2, result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and phrase in errors[0], result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["exists"]  # nothing written


def test_without_problems_option_the_bank_is_dot_problems(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    refused = run("new", "x", "--function", "f()")
    assert refused.exit_code == 2 and "no ./problems folder here" in refused.output
    (tmp_path / "problems").mkdir()
    assert run("new", "x", "--function", "f()").exit_code == 0
    assert (tmp_path / "problems" / "x" / "problem.toml").is_file()


LRU_REFERENCE = """from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key: int, value: int) -> None:
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)
"""

LRU_STATEMENT = """# LRU Cache

A cache of at most `capacity` keys that evicts the least recently used one.

```python
>>> cache = LRUCache(1)
>>> cache.put(1, 10)
>>> cache.get(1)
10
>>> cache.put(2, 20)
>>> cache.get(1)
-1
```
"""


def test_new_class_then_fill_in_then_validate_with_a_class_ladder(tmp_path: Path) -> None:
    made = run("--problems", tmp_path, "new", "lru-cache", "--class", "LRUCache(capacity: int)",
               "--method", "get(self, key: int) -> int", "--method", "put(self, key: int, value: int) -> None")  # fmt: skip
    assert made.exit_code == 0, made.output
    root = tmp_path / "lru-cache"
    assert load_problem(root).ladder is not None
    (root / "reference" / "solution.py").write_text(LRU_REFERENCE)
    (root / "wrong" / "WA" / "wrong_answer.py").write_text(LRU_REFERENCE.replace("self.items.popitem(last=False)", "pass"))
    (root / "wrong" / "TLE" / "too_slow.py").unlink()
    (root / "statement.md").write_text(LRU_STATEMENT)
    toml = root / "problem.toml"
    fill(toml, 'difficulty = "medium"  # TODO(judge): easy | medium | hard', 'difficulty = "medium"')
    fill(toml, 'topics = ["todo"]  # TODO(judge): the topics, like "arrays", "hash map"', 'topics = ["design"]')
    fill(toml, '  # TODO(judge): the reference\'s class, like "O(n log n) per operation"', "")
    fill(toml, "  # TODO(judge): one [cases.<test>] per hidden test, its category shown to candidates", "")
    example = "assert solution.LRUCache(...).get(...) == ..."
    fill(
        root / "tests" / "test_visible.py",
        f"{example}  # TODO(judge): the statement's first example",
        "assert solution.LRUCache(1).get(1) == -1",
    )
    hidden = root / "hidden" / "test_hidden.py"
    fill(hidden, f"{example}  # TODO(judge): the statement's examples", "assert solution.LRUCache(2).get(7) == -1")
    fill(
        hidden,
        f"{example}  # TODO(judge): empty input, duplicates, extremes (a test per category)",
        "assert solution.LRUCache(1).get(0) == -1",
    )
    fill(hidden, "ctor_args=st.tuples(st.integers(-100, 100))", "ctor_args=st.tuples(st.integers(1, 4))")
    fill(root / "generator.py", "    # TODO(judge): a constructor and n operations that make the reference work as its class says\n", "")

    done = run("--problems", tmp_path, "validate", "lru-cache", "--sandbox", "local")
    assert done.exit_code == 0, done.output
    said = " ".join(done.output.split())
    assert "ok lru-cache: ladder: the reference grows like itself same" in said
    assert "ok lru-cache: wrong/WA/wrong_answer.py gets WA" in said
