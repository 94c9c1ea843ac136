// fails: test_self_prerequisite, test_matches_reference
// Kahn's algorithm, but drops a pair like [2, 2] as noise: a course that requires itself can
// never be taken, and that cycle of one is exactly what it forgets.
var canFinish = function (numCourses, prerequisites) {
    const unlocks = Array.from({ length: numCourses }, () => []);
    const waiting = new Array(numCourses).fill(0);
    for (const [course, before] of prerequisites) {
        if (course === before) continue;
        unlocks[before].push(course);
        waiting[course]++;
    }
    const ready = [];
    for (let c = 0; c < numCourses; c++) if (waiting[c] === 0) ready.push(c);
    let taken = 0;
    while (taken < ready.length) {
        const course = ready[taken++];
        for (const next of unlocks[course]) if (--waiting[next] === 0) ready.push(next);
    }
    return taken === numCourses;
};
