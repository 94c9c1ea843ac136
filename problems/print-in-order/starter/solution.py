class Foo:
    def __init__(self) -> None:
        pass

    def first(self) -> None:
        """Record "first"."""
        pass

    def second(self) -> None:
        """Wait until first() has run, then record "second"."""
        pass

    def third(self) -> None:
        """Wait until second() has run, then record "third"."""
        pass

    def log(self) -> list[str]:
        """The names recorded so far, in the order they were recorded."""
        return []
