def sort_list(nums: list[int]) -> list[int]:
    # Insertion sort: about n^2 / 4 shifts on random input.
    items = list(nums)
    for i in range(1, len(items)):
        value = items[i]
        j = i - 1
        while j >= 0 and items[j] > value:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = value
    return items
