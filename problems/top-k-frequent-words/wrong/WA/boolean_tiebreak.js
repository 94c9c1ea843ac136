// fails: test_examples, test_all_tied, test_tie_at_the_cutoff, test_prefixes_and_lengths, test_large_input, test_matches_reference
// Breaks ties with `a > b`, a boolean: true reads as 1, but false reads as 0 ("equal"), never as
// -1, so the sort may leave a tied pair in the order the words were first seen.
var topKFrequent = function (words, k) {
    const counts = new Map();
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    return [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a > b).slice(0, k);
};
