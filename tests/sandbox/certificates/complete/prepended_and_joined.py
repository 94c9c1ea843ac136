def f(nums):
    # A sequence rebuilt by `+` into one of its operands, and a join of a
    # display of strs: the count weighs each by what it copies.
    out = ()
    text = ""
    for x in nums:
        item = (x,)
        out = item + out
        word = "ab"
        text = "".join([text, word])
    return len(out) + len(text)
