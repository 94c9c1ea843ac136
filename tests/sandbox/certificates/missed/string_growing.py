# missed: `+=` on a str
def f(nums):
    text = ""
    for x in nums:
        text += str(x)
    return text
