"""`--report junit=PATH`: JUnit XML, one <testsuite> per problem, one <testcase> per case.

The shape is the strict Ant/Jenkins one (tests/practice/schemas/judge-junit.xsd): every
suite has <properties>, <system-out> and <system-err>, and each test case at
most one of <failure> (WA and the limits), <error> (RE, CE, IE) or <skipped>
(unsolved or missing).
"""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from judge.practice.model import RunPlan
from judge.practice.results import ProblemOutcome, RepoResult
from judge.reporters.cases import case_detail, case_names, case_title, describe_ungraded
from judge.reporters.files import FileReporter
from judge.results import CaseResult
from judge.verdicts import Verdict

ERRORS = (Verdict.RE, Verdict.CE, Verdict.IE)  # the rest of the failures are <failure>
# Characters XML 1.0 cannot carry, even escaped: a submission's message may hold any.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


class JUnitReporter(FileReporter):
    timestamp: str | None = None

    def begin_run(self, plan: RunPlan) -> None:
        self.timestamp = _now()

    def render(self, result: RepoResult) -> str:
        root = ET.Element("testsuites")
        stamp, host = self.timestamp or _now(), socket.gethostname() or "localhost"
        for index, outcome in enumerate(result.outcomes):
            root.append(_suite(index, outcome, result.repo, stamp, host))
        ET.indent(root)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _now() -> str:
    # The schema wants a local-looking time without a zone: UTC, said nowhere else.
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _suite(index: int, outcome: ProblemOutcome, repo: str, stamp: str, host: str) -> ET.Element:
    cases = _testcases(outcome)
    suite = ET.Element(
        "testsuite",
        package=_token(repo) or "practice",
        id=str(index),
        name=outcome.problem,
        timestamp=stamp,
        hostname=_token(host) or "localhost",
        tests=str(len(cases)),
        failures=str(sum(c.find("failure") is not None for c in cases)),
        errors=str(sum(c.find("error") is not None for c in cases)),
        skipped=str(sum(c.find("skipped") is not None for c in cases)),
        time=f"{outcome.result.duration if outcome.result else 0.0:.3f}",
    )
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("solution", outcome.path),
        ("status", outcome.status.value),
        ("verdict", outcome.label),
        ("score", str(outcome.score)),
    ):
        ET.SubElement(properties, "property", name=name, value=_text(value))
    suite.extend(cases)
    ET.SubElement(suite, "system-out").text = ""
    ET.SubElement(suite, "system-err").text = ""
    return suite


def _testcases(outcome: ProblemOutcome) -> list[ET.Element]:
    result = outcome.result
    if result is None:
        case = _testcase("solution", outcome.problem, 0.0)
        ET.SubElement(case, "skipped", message=_text(describe_ungraded(outcome)))
        return [case]
    cases = [_case_element(case, name, outcome.problem) for case, name in zip(result.cases, case_names(result), strict=True)]
    if result.message:  # the verdict is the submission's, not a case's (CE, IE)
        case = _testcase("solution", outcome.problem, 0.0)
        _fail(case, result.verdict, _text(result.message), _text(result.message))
        cases.append(case)
    return cases


def _case_element(case: CaseResult, name: str, problem: str) -> ET.Element:
    element = _testcase(case_title(case, name), f"{problem}.{case.visibility}", case.cpu)
    if case.verdict is not Verdict.AC:
        detail = _text(case_detail(case))
        _fail(element, case.verdict, detail.splitlines()[0] if detail else case.verdict.value, detail)
    return element


def _testcase(name: str, classname: str, seconds: float) -> ET.Element:
    return ET.Element("testcase", name=_token(name) or "case", classname=_token(classname) or "judge", time=f"{seconds:.3f}")


def _fail(case: ET.Element, verdict: Verdict, message: str, detail: str) -> None:
    tag = "error" if verdict in ERRORS else "failure"
    ET.SubElement(case, tag, message=f"{verdict.name}: {message}", type=verdict.name).text = detail


def _token(text: str) -> str:
    """xs:token: no line breaks or tabs, no leading, trailing or doubled spaces."""
    return " ".join(_text(text).split())


def _text(text: str) -> str:
    return NOT_XML.sub("\ufffd", text)
