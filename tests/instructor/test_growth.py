"""The ladder in `judge validate` measures again only what could not tell."""

from __future__ import annotations

from typing import Any

import pytest

from judge.complexity.verdict import ComplexityResult
from judge.instructor import growth


def hint(verdict: str) -> ComplexityResult:
    return ComplexityResult("O(n)", "unknown", verdict, 0.0, verdict, "cpu", [])


def measured(monkeypatch: pytest.MonkeyPatch, verdicts: list[str]) -> tuple[str, int]:
    answers = iter(verdicts)
    calls = []

    def ladder(*args: Any) -> ComplexityResult:
        calls.append(args)
        return hint(next(answers))

    monkeypatch.setattr(growth, "growth_against_reference", ladder)
    result = growth.measured_growth(None, "source", None)  # type: ignore[arg-type]
    return result.verdict, len(calls)


def test_an_inconclusive_ladder_is_measured_once_more(monkeypatch: pytest.MonkeyPatch) -> None:
    assert measured(monkeypatch, ["inconclusive", "worse"]) == ("worse", 2)


def test_it_is_measured_up_to_three_times_in_all(monkeypatch: pytest.MonkeyPatch) -> None:
    assert measured(monkeypatch, ["inconclusive", "inconclusive", "worse"]) == ("worse", 3)
    assert growth.MEASUREMENTS == 3


def test_it_stays_inconclusive_after_the_last_measurement(monkeypatch: pytest.MonkeyPatch) -> None:
    assert measured(monkeypatch, ["inconclusive"] * growth.MEASUREMENTS) == ("inconclusive", growth.MEASUREMENTS)


@pytest.mark.parametrize("verdict", ["same", "worse", "better"])
def test_a_ladder_that_tells_is_not_measured_again(monkeypatch: pytest.MonkeyPatch, verdict: str) -> None:
    # "same" for a wrong/TLE solution is a failure: measuring until it says "worse" would hide it.
    assert measured(monkeypatch, [verdict, "worse"]) == (verdict, 1)
