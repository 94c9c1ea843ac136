package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// zygote is the container's supervisor (the same wire as Python's): per
// `fork` it answers as the case's runner would until the load arrives,
// compiles (once per source: the bytes are kept here, out of the
// submission's reach), starts a fresh binary on the channel, and when it
// ends kills what it left, empties the scratch folders and reports how it
// ended.  It never reads the channel while a case's binary runs.
func zygote(opts options, in *bufio.Reader) {
	built := map[string][]byte{}
	send(map[string]any{"id": nil, "ok": true, "ready": protocolVersion, "python": "", "runtime": "go", "zygote": true})
	for {
		line, err := in.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			return
		}
		var request map[string]any
		if json.Unmarshal(line, &request) != nil || request["op"] != "fork" {
			continue // a dead case's unread tail
		}
		before := oomKills()
		code := runCase(opts, in, built)
		killStrays()
		emptyFolder(opts.work)
		emptyFolder(os.TempDir())
		ended := map[string]any{"code": code}
		if after := oomKills(); before >= 0 && after >= 0 {
			ended["oom"] = after > before
		}
		// The judge knows this frame by its first bytes: "id" first (a map would sort "ended" first).
		report, _ := json.Marshal(ended)
		os.Stdout.Write(append(append([]byte(`{"id":null,"ended":`), report...), '}', '\n'))
	}
}

// runCase serves one case; the exit code of its binary (negative: a signal).
func runCase(opts options, in *bufio.Reader, built map[string][]byte) int {
	send(map[string]any{"id": nil, "ok": true, "ready": protocolVersion, "python": "", "runtime": "go"})
	line, request := readLoad(in)
	if request == nil {
		return 0
	}
	s := prepare(request)
	key := s.key(opts.kit)
	program, ok := built[key]
	if !ok {
		path, failure := build(opts, s, opts.work)
		if failure != nil {
			refuse(in, request, failure)
			return 0
		}
		data, err := os.ReadFile(path)
		if err != nil {
			fail(err)
		}
		program = data
		built[key] = data
	}
	binary := filepath.Join(opts.work, "judge-submission")
	if err := os.WriteFile(binary, program, 0o700); err != nil {
		fail(err)
	}
	loadFile := filepath.Join(opts.work, "judge-load.json")
	if err := os.WriteFile(loadFile, line, 0o600); err != nil {
		fail(err)
	}
	how := supervise(binary, []string{"--load=" + loadFile, "--memory=" + opts.memory}, os.TempDir())
	if how.signal != 0 {
		return -int(how.signal)
	}
	return how.code
}

// killStrays: everything of this user but this process (kill(-1) spares the caller and PID 1).
func killStrays() {
	_ = syscall.Kill(-1, syscall.SIGKILL)
	for {
		var status syscall.WaitStatus
		pid, err := syscall.Wait4(-1, &status, syscall.WNOHANG, nil)
		if err != nil || pid <= 0 {
			return
		}
	}
}

func emptyFolder(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, entry := range entries {
		_ = os.RemoveAll(filepath.Join(dir, entry.Name()))
	}
}

var oomCounters = []string{"/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"}

// oomKills is the container's count of OOM kills, or -1 where it cannot be read.
func oomKills() int {
	for _, path := range oomCounters {
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		for _, line := range strings.Split(string(data), "\n") {
			if fields := strings.Fields(line); len(fields) == 2 && fields[0] == "oom_kill" {
				n, err := strconv.Atoi(fields[1])
				if err == nil {
					return n
				}
			}
		}
	}
	return -1
}
