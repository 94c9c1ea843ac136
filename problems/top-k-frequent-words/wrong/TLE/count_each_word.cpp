// fails: test_large_input
// Correct, but counts each distinct word with std::count over the whole list: O(n * distinct words).
class Solution {
public:
    vector<string> topKFrequent(vector<string>& words, int k) {
        vector<string> distinct;
        unordered_set<string> seen;
        for (const string& word : words)
            if (seen.insert(word).second) distinct.push_back(word);
        unordered_map<string, int> freq;
        for (const string& word : distinct) freq[word] = (int)count(words.begin(), words.end(), word);
        sort(distinct.begin(), distinct.end(), [&](const string& a, const string& b) {
            return freq[a] != freq[b] ? freq[a] > freq[b] : a < b;
        });
        distinct.resize(k);
        return distinct;
    }
};
