// fails: test_examples, test_all_tied, test_tie_at_the_cutoff, test_prefixes_and_lengths, test_large_input, test_matches_reference
// Sorts by count alone and leaves ties to the sort's stability: tied words keep the order they
// were first seen in, which is not alphabetical.
var topKFrequent = function (words, k) {
    const counts = new Map();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a)).slice(0, k);
};
