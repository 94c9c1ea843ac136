# missed: `*=` on an int
def f(nums):
    product = 1
    for x in nums:
        product *= x + 2
    return product.bit_length()
