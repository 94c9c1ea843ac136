// fails: test_examples, test_word_used_many_times, test_pieces_must_not_join, test_large_input, test_matches_reference
// Tries each word as the piece ending at i, but cuts it with s.substr(start, i), whose second
// argument is a LENGTH, as if it were s.substring(start, i): only a piece starting at 0 (or one
// that runs to the end of s) comes out the word's length, so later words never match.
var wordBreak = function (s, wordDict) {
    const canEnd = new Array(s.length + 1).fill(false);
    canEnd[0] = true;
    for (let i = 1; i <= s.length; i++) {
        for (const word of wordDict) {
            const start = i - word.length;
            if (start >= 0 && canEnd[start] && s.substr(start, i) === word) canEnd[i] = true;
        }
    }
    return canEnd[s.length];
};
