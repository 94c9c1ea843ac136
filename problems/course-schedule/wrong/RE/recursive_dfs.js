// fails: test_large_input
// Three-colour depth-first search, by recursion: right, but a chain of 100,000 courses is
// 100,000 nested calls, and the call stack runs out (RangeError) long before.
var canFinish = function (numCourses, prerequisites) {
    const unlocks = Array.from({ length: numCourses }, () => []);
    for (const [course, before] of prerequisites) unlocks[before].push(course);
    const state = new Array(numCourses).fill(0); // 0 unseen, 1 on the current path, 2 done
    const closesCycle = (course) => {
        if (state[course] !== 0) return state[course] === 1;
        state[course] = 1;
        for (const next of unlocks[course]) if (closesCycle(next)) return true;
        state[course] = 2;
        return false;
    };
    for (let c = 0; c < numCourses; c++) if (closesCycle(c)) return false;
    return true;
};
