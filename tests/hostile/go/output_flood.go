// verdict: OLE
// Prints far past the output limit.
import "fmt"

func solve(n int) int {
	for i := 0; i < 10000000; i++ {
		fmt.Println("flooding the judge's output with text it never asked for")
	}
	return n + 1
}
