// fails: test_examples, test_shared_prerequisites, test_large_input, test_matches_reference
// A DFS with one visited mark instead of three colours: a course reached a second time, along another
// path (a diamond) or from a later start (2, [[1, 0]]), is taken for a cycle.
func canFinish(numCourses int, prerequisites [][]int) bool {
	needs := make([][]int, numCourses)
	for _, pair := range prerequisites {
		needs[pair[0]] = append(needs[pair[0]], pair[1])
	}
	visited := make([]bool, numCourses)
	var hasCycle func(course int) bool
	hasCycle = func(course int) bool {
		if visited[course] {
			return true
		}
		visited[course] = true
		for _, before := range needs[course] {
			if hasCycle(before) {
				return true
			}
		}
		return false
	}
	for course := 0; course < numCourses; course++ {
		if !visited[course] && hasCycle(course) {
			return false
		}
	}
	return true
}
