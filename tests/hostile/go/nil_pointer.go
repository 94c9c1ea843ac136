// verdict: RE
// Dereferences a nil pointer: a runtime panic, reported as the call's exception.
type box struct{ value int }

func solve(n int) int {
	var b *box
	return b.value + n
}
