// fails: test_prefix_rule
// Looks only for the first differing letter: never notices a word placed before its own prefix.
class Solution {
public:
    string alienOrder(vector<string>& words) {
        vector<char> letters;
        map<char, vector<char>> later;
        map<char, int> waiting;
        for (const string& word : words)
            for (char c : word)
                if (waiting.emplace(c, 0).second) letters.push_back(c);
        set<pair<char, char>> edges;
        for (size_t w = 0; w + 1 < words.size(); ++w) {
            const string &first = words[w], &second = words[w + 1];
            size_t i = 0;
            while (i < first.size() && i < second.size() && first[i] == second[i]) ++i;
            if (i < first.size() && i < second.size() && edges.insert({first[i], second[i]}).second) {
                later[first[i]].push_back(second[i]);
                ++waiting[second[i]];
            }
        }
        deque<char> ready;
        for (char c : letters)
            if (waiting[c] == 0) ready.push_back(c);
        string order;
        while (!ready.empty()) {
            char c = ready.front();
            ready.pop_front();
            order.push_back(c);
            for (char d : later[c])
                if (--waiting[d] == 0) ready.push_back(d);
        }
        return order.size() == letters.size() ? order : "";
    }
};
