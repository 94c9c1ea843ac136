"""Written as pytest users write tests: the `solution` fixture, plain asserts."""

import datetime
import decimal
import fractions

import pytest


def test_builtin_exception_keeps_its_args(solution):
    with pytest.raises(KeyError) as caught:
        solution.lookup({"a": 1}, "b")
    assert type(caught.value) is KeyError and caught.value.args == ("b",)


def test_own_exception_class_is_the_one_imported(solution):
    with pytest.raises(solution.BufferEmptyException, match="empty"):
        solution.CircularBuffer(2).read()
    assert issubclass(solution.BufferFullException, BufferError)


def test_a_missing_method_is_an_attribute_error(solution):
    character = solution.Character()
    with pytest.raises(AttributeError):
        character.fly()
    assert not hasattr(character, "wings")
    assert character.name == "RX837"  # the runner is still there


def test_a_node_class_of_its_own_is_an_object(solution):
    node = solution.make_node(5)
    assert node.key == 5 and type(node).__name__ == "TreeNode"


def test_a_result_that_fails_to_encode_raises_in_the_test(solution):
    with pytest.raises(RuntimeError, match="val cannot be read"):
        solution.broken_node()
    assert solution.sublist([1], [1]) == solution.EQUAL


def test_dates_and_times(solution):
    moment = datetime.datetime(2011, 4, 25, 0, 0)
    assert solution.add_gigasecond(moment) == datetime.datetime(2043, 1, 1, 1, 46, 40)
    assert solution.weekday(datetime.date(2024, 1, 1)) == 0


def test_exact_numbers(solution):
    assert solution.exact(1, 3) == fractions.Fraction(1, 3)
    assert solution.conjugate(complex(1, 2)) == complex(1, -2)
    assert solution.evens(range(3, 10)) == range(4, 10, 2)
    assert solution.frozen([1, 2, 2]) == frozenset({1, 2})
    assert solution.halve(decimal.Decimal("1.5")) == decimal.Decimal("0.75")


def test_a_generator_comes_back_as_an_iterator(solution):
    assert list(solution.countdown(3)) == [3, 2, 1]
    numbers = solution.countdown(2)
    assert next(numbers) == 2 and next(numbers) == 1
    with pytest.raises(StopIteration):
        next(numbers)


def test_categories_constant(solution):
    assert solution.CATEGORIES == ("ones", "yacht")
    with pytest.raises(AttributeError):
        solution.NOT_DEFINED  # noqa: B018
