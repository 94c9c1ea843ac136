# fails: test_large_input
# Correct but O(words x roots): every word is compared with every root.
def replace_words(dictionary: list[str], sentence: str) -> str:
    out = []
    for word in sentence.split(" "):
        fits = [root for root in dictionary if word.startswith(root)]
        out.append(min(fits, key=len) if fits else word)
    return " ".join(out)
