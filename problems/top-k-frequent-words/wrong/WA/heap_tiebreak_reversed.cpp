// fails: test_examples, test_k_is_one, test_all_tied, test_tie_at_the_cutoff, test_prefixes_and_lengths, test_large_input, test_matches_reference
// A size-k heap whose top is the weakest word, but the comparator orders ties the same way as
// counts (a.second > b.second): among equal counts the alphabetically SMALLER word is popped, the
// one that should stay, and the answer lists ties in reverse alphabetical order.
class Solution {
public:
    vector<string> topKFrequent(vector<string>& words, int k) {
        unordered_map<string, int> count;
        for (const string& word : words) ++count[word];
        auto weaker = [](const pair<int, string>& a, const pair<int, string>& b) {
            return a.first > b.first || (a.first == b.first && a.second > b.second);
        };
        priority_queue<pair<int, string>, vector<pair<int, string>>, decltype(weaker)> heap(weaker);
        for (const auto& [word, c] : count) {
            heap.emplace(c, word);
            if ((int)heap.size() > k) heap.pop();
        }
        vector<string> top;
        while (!heap.empty()) {
            top.push_back(heap.top().second);
            heap.pop();
        }
        reverse(top.begin(), top.end());
        return top;
    }
};
