# missed: `+` on a str
def f(nums):
    # `text = text + piece` may grow the str in place, or copy it (another
    # reference to it): the count cannot tell, so it does not weigh it.
    text = ""
    for x in nums:
        piece = str(x % 10)
        text = text + piece
    return text
