// Package judgerunner serves a Go submission over the judge's protocol
// (judge/protocol.py, version 2): JSON lines in, JSON lines out, values as
// {"lean": JSON} or the flat table {"root", "objs"}.
//
// It is compiled once (in the image, or in the local cache) and linked with
// the candidate's file and a small glue file that names the entry points:
// Go cannot find an unexported function by its name at run time, so the glue
// hands them over as values and reflection does the rest.
package judgerunner

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"os"
	"sync"
)

const (
	protocolVersion = 2
	maxFrameBytes   = 64 * 1024 * 1024
	stagedInputs    = 6
	exitCPULimit    = 152
	exitMemory      = 153
	exitProtocol    = 154
	exitOutput      = 155
	textCap         = 4096
)

// errProtocol marks a frame that breaks the protocol: answered with
// "protocol_error", never a crash.
type protocolError struct{ msg string }

func (e protocolError) Error() string { return e.msg }

func protocolErrorf(msg string) error { return protocolError{msg} }

// channel is the protocol stream: requests in, frames out.  Frames come from
// the main loop, the watchdog, the print counter and concurrent calls' own
// goroutines: `writing` keeps each frame whole.
type channel struct {
	in      *bufio.Reader
	out     *os.File
	writing sync.Mutex
}

// readFrame reads one request line; io.EOF when the judge is gone.
func (c *channel) readFrame() (map[string]any, error) {
	line, err := c.readLine()
	if err != nil {
		return nil, err
	}
	return parseFrame(line)
}

func (c *channel) readLine() ([]byte, error) {
	var line []byte
	for {
		chunk, err := c.in.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxFrameBytes+1 {
			return nil, protocolErrorf("a request over the frame cap")
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil {
			if len(line) > 0 && errors.Is(err, io.EOF) {
				return line, nil
			}
			return nil, err
		}
		return line, nil
	}
}

func parseFrame(line []byte) (map[string]any, error) {
	decoder := json.NewDecoder(bytesReader(line))
	decoder.UseNumber() // ints stay exact: 2^53 and beyond come as ["i", hex]
	var message map[string]any
	if err := decoder.Decode(&message); err != nil {
		return nil, protocolErrorf("malformed frame: " + err.Error())
	}
	if message == nil {
		return nil, protocolErrorf("a frame must be a JSON object")
	}
	return message, nil
}

// send writes one frame as a single write, ASCII only (json escapes the rest).
func (c *channel) send(message map[string]any) {
	data, err := marshalASCII(message)
	if err != nil {
		data, _ = marshalASCII(map[string]any{"id": message["id"], "ok": false, "protocol_error": "unencodable answer: " + err.Error()})
	}
	if len(data) > maxFrameBytes {
		data, _ = marshalASCII(map[string]any{"id": message["id"], "ok": false, "limit": "output", "message": "the answer is over the frame cap"})
	}
	data = append(data, '\n')
	c.writing.Lock()
	defer c.writing.Unlock()
	for len(data) > 0 {
		n, err := c.out.Write(data)
		if err != nil {
			os.Exit(0) // the judge is gone
		}
		data = data[n:]
	}
}
