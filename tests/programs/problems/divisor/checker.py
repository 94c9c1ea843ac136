from judge.verdicts import Verdict


def check(input: str, expected: str, output: str) -> Verdict | tuple[Verdict, str]:
    n = int(input)
    tokens = output.split()
    if len(tokens) != 1 or not tokens[0].isdigit():
        return Verdict.WA, "expected one number"
    d = int(tokens[0])
    if not 1 < d < n or n % d:
        return Verdict.WA, f"{d} is not a divisor of {n} between 1 and {n}"
    return Verdict.AC
