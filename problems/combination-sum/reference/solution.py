def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    # Build each combination in ascending order: after taking candidates[i],
    # take only candidates[i:] (itself again, or larger). Sorted candidates
    # make the output come out sorted, and let a too-large candidate end the
    # loop early: every later one is larger still.
    values = sorted(candidates)
    found: list[list[int]] = []
    chosen: list[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            found.append(chosen.copy())
            return
        for i in range(start, len(values)):
            if values[i] > remaining:
                break
            chosen.append(values[i])
            extend(i, remaining - values[i])
            chosen.pop()

    extend(0, target)
    return found
