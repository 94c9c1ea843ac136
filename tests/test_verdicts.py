"""Verdicts: a closed set, a fixed precedence, and codes parsed from folder names."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.verdicts import Verdict, parse, worst

# Least to most severe, as documented: resource failures outrank RE and WA,
# CE outranks every case verdict, and IE (the judge's fault) is never hidden.
ORDER = ["AC", "WA", "RE", "OLE", "MLE", "TLE", "CE", "IE"]


def test_the_set_is_closed() -> None:
    assert sorted(v.name for v in Verdict) == sorted(ORDER)


@pytest.mark.parametrize(("lower", "higher"), list(itertools.combinations(ORDER, 2)))
def test_precedence_pairs(lower: str, higher: str) -> None:
    assert Verdict[lower].severity < Verdict[higher].severity
    assert worst([Verdict[lower], Verdict[higher]]) is Verdict[higher]
    assert worst([Verdict[higher], Verdict[lower]]) is Verdict[higher]


@pytest.mark.parametrize(
    ("verdicts", "expected"),
    [
        ("", "AC"),
        ("AC", "AC"),
        ("AC AC AC", "AC"),
        ("AC WA AC", "WA"),
        ("WA RE", "RE"),
        ("RE TLE WA", "TLE"),
        ("MLE OLE", "MLE"),
        ("TLE MLE OLE RE WA AC", "TLE"),
        ("CE TLE", "CE"),
        ("AC IE WA CE", "IE"),
    ],
)
def test_worst_of_a_set(verdicts: str, expected: str) -> None:
    assert worst(Verdict[code] for code in verdicts.split()) is Verdict[expected]


@given(st.lists(st.sampled_from(list(Verdict))))
def test_worst_is_a_member_and_at_least_as_severe_as_each(verdicts: list[Verdict]) -> None:
    result = worst(verdicts)
    assert result is Verdict.AC if not verdicts else result in verdicts
    assert all(result.severity >= v.severity for v in verdicts)
    assert worst(reversed(verdicts)) is result  # order does not matter
    assert worst(iter(verdicts)) is result  # any iterable, consumed once


@pytest.mark.parametrize("code", ORDER)
def test_parse_codes_any_case(code: str) -> None:
    assert parse(code) is Verdict[code]
    assert parse(code.lower()) is Verdict[code]
    assert parse(code.title()) is Verdict[code]
    assert Verdict[code].code == code


@pytest.mark.parametrize("bad", ["XYZ", "", "A C", "accepted", "wrong answer", "W", "TLE2"])
def test_parse_rejects_unknown_codes_naming_the_valid_ones(bad: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse(bad)
    message = str(caught.value)
    assert repr(bad) in message
    assert all(code in message for code in ORDER)


def test_verdict_values_are_readable() -> None:
    assert Verdict.AC.value == "accepted"
    assert Verdict.TLE.value == "time limit exceeded"
    assert len({v.value for v in Verdict}) == len(Verdict)
