"""Reporters: small plugins on one event interface (start, case, finish)."""

from judge.reporters.base import Reporter
from judge.reporters.json import JsonReporter
from judge.reporters.text import TextReporter

FORMATS: dict[str, type[Reporter]] = {"text": TextReporter, "json": JsonReporter}

__all__ = ["FORMATS", "JsonReporter", "Reporter", "TextReporter"]
