import threading


class Foo:
    # One condition and the number of steps done so far: each step waits
    # until the steps before it are done, runs, and wakes the others.
    def __init__(self) -> None:
        self.steps: list[str] = []
        self.turn = threading.Condition()

    def first(self) -> None:
        self._run(0, "first")

    def second(self) -> None:
        self._run(1, "second")

    def third(self) -> None:
        self._run(2, "third")

    def log(self) -> list[str]:
        with self.turn:
            return list(self.steps)

    def _run(self, position: int, name: str) -> None:
        with self.turn:
            self.turn.wait_for(lambda: len(self.steps) == position)
            self.steps.append(name)
            self.turn.notify_all()
