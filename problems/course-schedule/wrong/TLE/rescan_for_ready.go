// fails: test_large_input
// Correct, but scans every course for a ready one after each course it takes: O(courses^2).
func canFinish(numCourses int, prerequisites [][]int) bool {
	unlocks := make([][]int, numCourses)
	waiting := make([]int, numCourses)
	for _, pair := range prerequisites {
		unlocks[pair[1]] = append(unlocks[pair[1]], pair[0])
		waiting[pair[0]]++
	}
	taken := make([]bool, numCourses)
	for count := 0; count < numCourses; count++ {
		next := -1
		for course := 0; course < numCourses; course++ {
			if !taken[course] && waiting[course] == 0 {
				next = course
				break
			}
		}
		if next < 0 {
			return false
		}
		taken[next] = true
		for _, course := range unlocks[next] {
			waiting[course]--
		}
	}
	return true
}
