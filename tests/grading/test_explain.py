"""Messages in the test's terms: a failed visible assertion shows the test's
own line, what its call returned, the expected value and the test's variables;
a hidden case of the statement's examples shows its (public) data; the summary
shows points when cases carry them."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.grading.explain import pytest_details
from tests.cli_support import SANDBOXES, assert_no_traceback, judge, usable
from tests.conftest import BANK, TESTS

LRU_WRONG = BANK / "lru-cache" / "wrong" / "WA" / "get_does_not_refresh.py"
HIT_COUNTER_BANK = TESTS / "sandbox" / "entry_points" / "bank"


def case_block(output: str, title: str) -> list[str]:
    """The lines under one case of the text report."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().split(maxsplit=1)[1:] == [title])  # after the verdict badge
    block = []
    for line in lines[start + 1 :]:
        if not line.startswith("        "):
            break
        block.append(line.strip())
    return block


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_failed_assertion_reads_in_the_tests_terms(sandbox: str) -> None:
    result = judge("submit", "lru-cache", LRU_WRONG, "--sandbox", usable(sandbox), "--no-complexity")
    assert_no_traceback(result, 1)
    assert case_block(result.output, "test_example") == [
        "test_visible.py, line 10: assert cache.get(2) == -1",
        "cache.get(2) returned 2; expected -1",
    ]
    assert "<submission's" not in result.output
    # The statement's examples are public: their hidden case shows its data too.
    assert case_block(result.output, "hidden: test_examples (examples)") == [
        "test_hidden.py, line 25: assert cache.get(2) == -1",
        "cache.get(2) returned 2; expected -1",
    ]
    # Other hidden cases still show nothing of theirs.
    assert case_block(result.output, "hidden: test_get_refreshes_recency (get refreshes recency)") == ["wrong answer"]
    assert "7/12 cases, 7/15 points, score 47%" in result.output


def test_the_tests_variables_are_shown() -> None:
    wrong = Path(__file__).parent / "explained" / "counts_to_two.py"
    result = judge("--problems", HIT_COUNTER_BANK, "test", "hit-counter", wrong, "--sandbox", "local")
    assert_no_traceback(result, 1)
    assert case_block(result.output, "test_each_page_counted") == [
        "test_visible.py, line 18: assert counter.hits_of(page) == times",
        "counter.hits_of(page) returned 2; expected 3",
        "with page = 'b', times = 3",
    ]
    assert "points" not in result.output  # every case is worth 1: no points to speak of


def test_list_differences_pytest_found_are_kept(tmp_path: Path) -> None:
    wrong = tmp_path / "answer.py"
    wrong.write_text("def two_sum(nums, target):\n    return [0, 1, 2] if nums == [3, 2, 4] else [0, 1]\n")
    result = judge("test", "two-sum", wrong, "--sandbox", "local")
    assert_no_traceback(result, 1)
    block = case_block(result.output, "test_pair_not_at_start")
    assert block[:2] == [
        "test_visible.py, line 14: assert two_sum([3, 2, 4], 6) == [1, 2]",
        "two_sum([3, 2, 4], 6) returned [0, 1, 2]; expected [1, 2]",
    ]
    assert any("index 0" in line for line in block[2:]), block


def test_pytest_details_drop_the_substituted_line_and_where_lines() -> None:
    text = "assert [0, 1] == [1, 2]\nAt index 0 diff: 0 != 1\n\n+  where [0, 1] = <submission's two_sum>([3, 2, 4], 6)"
    assert pytest_details(text) == ["At index 0 diff: 0 != 1"]
