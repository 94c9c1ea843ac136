// fails: test_input_not_modified
// Counts by sorting the words so that equal ones sit together: the answer is right, but
// sort(words.begin(), words.end()) sorts the caller's vector in place, and the caller sees it reordered.
class Solution {
public:
    vector<string> topKFrequent(vector<string>& words, int k) {
        sort(words.begin(), words.end());
        vector<pair<string, int>> runs;
        for (const string& word : words) {
            if (!runs.empty() && runs.back().first == word) ++runs.back().second;
            else runs.emplace_back(word, 1);
        }
        // Stable: the runs are in alphabetical order, which settles ties.
        stable_sort(runs.begin(), runs.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        vector<string> top;
        for (int i = 0; i < k; ++i) top.push_back(runs[i].first);
        return top;
    }
};
