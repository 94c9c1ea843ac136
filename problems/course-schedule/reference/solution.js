/**
 * Kahn's algorithm: take courses whose prerequisites are all taken, one at a
 * time; every course gets taken exactly when no prerequisites form a cycle.
 * A queue, not recursion, so a chain 100,000 courses long is fine.
 * O(courses + pairs).
 * @param {number} numCourses
 * @param {number[][]} prerequisites
 * @return {boolean}
 */
var canFinish = function (numCourses, prerequisites) {
    const unlocks = Array.from({ length: numCourses }, () => []);
    const waiting = new Array(numCourses).fill(0); // prerequisites not yet taken, duplicates included
    for (const [course, before] of prerequisites) {
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
