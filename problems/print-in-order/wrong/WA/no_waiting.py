# fails: test_reverse_order, test_second_before_first, test_third_before_second, test_every_call_order
# Never waits: each step records its name as soon as it is called, so the log follows the order the calls arrive in.
class Foo:
    def __init__(self) -> None:
        self.steps: list[str] = []

    def first(self) -> None:
        self.steps.append("first")

    def second(self) -> None:
        self.steps.append("second")

    def third(self) -> None:
        self.steps.append("third")

    def log(self) -> list[str]:
        return list(self.steps)
