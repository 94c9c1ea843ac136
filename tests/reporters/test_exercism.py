"""Exercism's `output`: what a visible case printed, cut to the format's 500 characters."""

from __future__ import annotations

from judge.reporters.exercism import OUTPUT_CAP, exercism_output


def test_short_output_is_kept_whole() -> None:
    assert exercism_output("saw [1, 2] 7\nat 0 1") == "saw [1, 2] 7\nat 0 1"


def test_long_output_is_cut_and_says_so() -> None:
    cut = exercism_output("x" * 2000)
    assert len(cut) == OUTPUT_CAP
    assert cut.endswith("[output cut to 500 characters]") and cut.startswith("x" * 100)
