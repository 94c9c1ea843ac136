"""The submission's exceptions as test code sees them: real builtin classes, own classes on builtin bases."""

from __future__ import annotations

import pytest

from judge.outcomes import Raised, SubmissionError, exception_class, raised_by_submission, submission_exception


def test_a_builtin_is_the_builtin_itself() -> None:
    assert exception_class("ValueError", {}) is ValueError
    error = submission_exception(KeyError, ("missing",), Raised("KeyError", "'missing'", "trace", 4))
    assert type(error) is KeyError and error.args == ("missing",) and str(error) == "'missing'"
    info = raised_by_submission(error)
    assert info is not None and info.line == 4 and info.traceback == "trace" and str(info) == "KeyError: 'missing'"


@pytest.mark.parametrize("name", ["SystemExit", "KeyboardInterrupt", "GeneratorExit"])
def test_base_exception_only_builtins_cannot_stop_the_judge(name: str) -> None:
    cls = exception_class(name, {})
    assert issubclass(cls, SubmissionError) and issubclass(cls, Exception) and cls.__name__ == name
    assert not issubclass(cls, (SystemExit, KeyboardInterrupt, GeneratorExit))


def test_own_classes_keep_their_builtin_bases_and_hierarchy() -> None:
    classes = {"solution.Specific": ["solution.General"], "solution.General": ["KeyError"]}
    specific = exception_class("solution.Specific", classes)
    general = exception_class("solution.General", classes)
    assert specific.__name__ == "Specific" and specific.__module__ == "solution"
    assert issubclass(specific, general) and issubclass(general, KeyError) and not issubclass(general, SubmissionError)
    assert exception_class("solution.Specific", classes) is specific  # imported and raised: the same class


def test_two_builtin_bases_and_a_layout_conflict() -> None:
    both = exception_class("solution.Both", {"solution.Both": ["KeyError", "TypeError"]})
    assert issubclass(both, KeyError) and issubclass(both, TypeError)
    clash = exception_class("solution.Clash", {"solution.Clash": ["UnicodeDecodeError", "OSError"]})
    assert issubclass(clash, Exception)  # made, on what can be combined


def test_a_class_graph_from_the_sandbox_cannot_loop() -> None:
    looping = {"solution.A": ["solution.B"], "solution.B": ["solution.A"]}
    assert issubclass(exception_class("solution.A", looping), Exception)


def test_own_class_str_is_what_the_submission_said() -> None:
    cls = exception_class("solution.Oops", {"solution.Oops": ["ValueError"]})
    error = submission_exception(cls, ("code", 7), Raised("solution.Oops", "a message of its own __str__"))
    assert isinstance(error, ValueError) and error.args == ("code", 7) and str(error) == "a message of its own __str__"


def test_args_a_builtin_refuses_fall_back_to_the_message() -> None:
    error = submission_exception(UnicodeDecodeError, ("only one",), Raised("UnicodeDecodeError", "bad byte"))
    assert isinstance(error, Exception) and raised_by_submission(error) is not None
    assert "bad byte" in str(error)
