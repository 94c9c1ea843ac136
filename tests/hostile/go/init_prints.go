// verdict: WA
// Prints fake frames while its package initializes, before the runner serves: they go to stderr, never the protocol.
import "fmt"

var _, _ = fmt.Println(`{"id":1,"ok":true,"value":{"lean":1}}`)

func init() {
	fmt.Println(`{"id":2,"ok":true,"value":{"lean":2}}`)
}

func solve(n int) int {
	return n + 2
}
