def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Every combination of candidates (each reusable) summing to target, each ascending, sorted."""
    return []
