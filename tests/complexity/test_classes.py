import pytest

from judge.complexity.classes import Growth, name_exponent, parse_label


@pytest.mark.parametrize(
    ("label", "growth"),
    [
        ("O(1)", Growth(0)),
        ("O(log n)", Growth(0, 1)),
        ("O(n)", Growth(1)),
        ("O(n log n)", Growth(1, 1)),
        ("O(n^2)", Growth(2)),
        ("O(n**3)", Growth(3)),
        ("O(2^n)", Growth(0, 0, exponential=True)),
    ],
)
def test_labels_parse_and_name_back(label: str, growth: Growth) -> None:
    assert parse_label(label) == growth
    assert parse_label(growth.name()) == growth


@pytest.mark.parametrize("label", ["O(n * S)", "n^2", "O(total length)", "O()"])
def test_unknown_labels_are_refused(label: str) -> None:
    with pytest.raises(ValueError, match="complexity label"):
        parse_label(label)


def test_a_log_factor_is_hedged_only_at_the_reference_degree() -> None:
    assert name_exponent(2.0, parse_label("O(n log n)")) == ("O(n^2)", "")
    assert name_exponent(1.05, parse_label("O(n log n)")) == ("O(n log n)", "possibly O(n)")
    assert name_exponent(1.0, parse_label("O(n)")) == ("O(n)", "possibly O(n log n)")
    assert name_exponent(6.0, parse_label("O(n)"))[0] == "O(2^n)"
