// Kahn's algorithm: take courses whose prerequisites are all taken; every
// course gets taken unless some sit on a cycle. A repeated pair counts
// twice in the in-degree and is paid off twice, so duplicates need no care.
// O(courses + pairs).
class Solution {
public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        vector<vector<int>> unlocks(numCourses);
        vector<int> waiting(numCourses, 0);
        for (const auto& pair : prerequisites) {
            unlocks[pair[1]].push_back(pair[0]);
            ++waiting[pair[0]];
        }
        queue<int> ready;
        for (int course = 0; course < numCourses; ++course)
            if (waiting[course] == 0) ready.push(course);
        int taken = 0;
        while (!ready.empty()) {
            int course = ready.front();
            ready.pop();
            ++taken;
            for (int next : unlocks[course])
                if (--waiting[next] == 0) ready.push(next);
        }
        return taken == numCourses;
    }
};
