// Letters in order of first appearance; an edge per neighbouring pair's first
// difference; Kahn's algorithm.  A word before its own proper prefix, or a
// cycle, leaves no order: "".
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
            if (i < first.size() && i < second.size()) {
                if (edges.insert({first[i], second[i]}).second) {
                    later[first[i]].push_back(second[i]);
                    ++waiting[second[i]];
                }
            } else if (first.size() > second.size()) {
                return "";
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
