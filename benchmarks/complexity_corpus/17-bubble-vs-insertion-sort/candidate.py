def sort_list(nums: list[int]) -> list[int]:
    # Bubble sort with an early exit: Theta(n^2) compares on random input.
    items = list(nums)
    n = len(items)
    for end in range(n - 1, 0, -1):
        swapped = False
        for i in range(end):
            if items[i] > items[i + 1]:
                items[i], items[i + 1] = items[i + 1], items[i]
                swapped = True
        if not swapped:
            break
    return items
