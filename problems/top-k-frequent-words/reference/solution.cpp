// Count each word, then order the distinct words by count (descending) and,
// among equal counts, alphabetically; only the first k need sorting. The
// input is only read. O(n + d log k) for d distinct words.
class Solution {
public:
    vector<string> topKFrequent(vector<string>& words, int k) {
        unordered_map<string, int> count;
        for (const string& word : words) ++count[word];
        vector<string> distinct;
        distinct.reserve(count.size());
        for (const auto& [word, _] : count) distinct.push_back(word);
        partial_sort(distinct.begin(), distinct.begin() + k, distinct.end(), [&](const string& a, const string& b) {
            int ca = count[a], cb = count[b];
            return ca != cb ? ca > cb : a < b;
        });
        distinct.resize(k);
        return distinct;
    }
};
