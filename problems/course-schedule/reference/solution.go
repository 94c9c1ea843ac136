// Kahn's algorithm: take courses whose prerequisites are all taken; every
// course gets taken unless some sit on a cycle. A repeated pair counts
// twice in the in-degree and is paid off twice, so duplicates need no care.
// O(courses + pairs).
func canFinish(numCourses int, prerequisites [][]int) bool {
	unlocks := make([][]int, numCourses)
	waiting := make([]int, numCourses)
	for _, pair := range prerequisites {
		course, before := pair[0], pair[1]
		unlocks[before] = append(unlocks[before], course)
		waiting[course]++
	}
	ready := []int{}
	for course, count := range waiting {
		if count == 0 {
			ready = append(ready, course)
		}
	}
	taken := 0
	for len(ready) > 0 {
		course := ready[len(ready)-1]
		ready = ready[:len(ready)-1]
		taken++
		for _, next := range unlocks[course] {
			waiting[next]--
			if waiting[next] == 0 {
				ready = append(ready, next)
			}
		}
	}
	return taken == numCourses
}
