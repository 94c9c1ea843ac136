"""Calls and values in each language's own terms (see base.py); `Language.notation()` picks one."""

from judge.languages.notation.base import Call, Notation, infer, returns_of

__all__ = ["Call", "Notation", "infer", "returns_of"]
