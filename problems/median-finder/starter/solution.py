class MedianFinder:
    def __init__(self) -> None:
        pass

    def add_num(self, num: int) -> None:
        """Add num to the numbers seen so far."""
        pass

    def find_median(self) -> float:
        """The median of all numbers added so far (at least one)."""
        return 0.0
