// verdict: RE
// Writes through a wild pointer: a fault Go cannot recover from, the runner dies.
import "unsafe"

func solve(n int) int {
	address := uintptr(8)
	*(*int)(unsafe.Pointer(address)) = n
	return n + 1
}
