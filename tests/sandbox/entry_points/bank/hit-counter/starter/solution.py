class HitCounter:
    def add_hit(self, page: str) -> None:
        raise NotImplementedError("write your solution here")

    def hits_of(self, page: str) -> int:
        raise NotImplementedError("write your solution here")
