// fails: test_examples, test_shared_prerequisites, test_duplicate_pairs, test_separate_groups, test_large_input, test_matches_reference
// A DFS with one visited mark instead of three colours: a course reached a second time, along another
// path (a diamond) or from a later start (2, [[1, 0]]), is taken for a cycle.
class Solution {
    vector<vector<int>> needs;
    vector<bool> visited;

    bool hasCycle(int course) {
        if (visited[course]) return true;
        visited[course] = true;
        for (int before : needs[course])
            if (hasCycle(before)) return true;
        return false;
    }

public:
    bool canFinish(int numCourses, vector<vector<int>>& prerequisites) {
        needs.assign(numCourses, {});
        visited.assign(numCourses, false);
        for (const auto& pair : prerequisites) needs[pair[0]].push_back(pair[1]);
        for (int course = 0; course < numCourses; ++course)
            if (!visited[course] && hasCycle(course)) return false;
        return true;
    }
};
