// fails: test_duplicate_pairs, test_large_input, test_matches_reference
// Keeps each course's followers in an unordered_set but counts every pair toward the in-degree:
// a repeated pair is stored once, paid off once, and its course never becomes ready.
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<unordered_set<int>> unlocks(numCourses);
        vector<int> indegree(numCourses, 0);
        for (const auto& pair : prerequisites) {
            unlocks[pair[1]].insert(pair[0]);
            ++indegree[pair[0]];
        }
        queue<int> ready;
        for (int course = 0; course < numCourses; ++course)
            if (indegree[course] == 0) ready.push(course);
        int taken = 0;
        while (!ready.empty()) {
            int course = ready.front();
            ready.pop();
            ++taken;
            for (int next : unlocks[course])
                if (--indegree[next] == 0) ready.push(next);
        }
        return taken == numCourses;
    }
};
