// The Go runner's launcher: it compiles a submission and starts it.
//
//	launcher --kit=DIR --memory=MiB            one case (the local sandbox): ready, read the load,
//	                                           compile (cached in DIR/bin), exec the binary
//	launcher --kit=DIR --memory=MiB --zygote   the container's supervisor: a fresh binary per `fork`
//
// Compiling is its own phase: the Go compiler and linker run here, under
// their own wall limit and output cap, before any call, so their time never
// counts toward a call's.  The judge's runner package (judgerunner) and the
// standard library were compiled once into DIR (kit.sh): a submission costs
// one compile of its own file and the glue, and one link.
//
// A compile error answers the load as a CompileError with the compiler's
// first diagnostics and the line in the candidate's file.  A missing entry
// point (the glue names twoSum and the file has none) is a MissingEntryPoint.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

const (
	protocolVersion = 2
	compileWall     = 60 * time.Second
	diagnosticsCap  = 64 * 1024
	maxFrameBytes   = 64 * 1024 * 1024
)

type options struct {
	kit, memory, work string
	output            uint64 // bytes the submission may print: the file-size limit once compiled (0: as it is)
	zygote            bool
}

func main() {
	opts := options{work: os.TempDir()}
	for _, arg := range os.Args[1:] {
		switch {
		case strings.HasPrefix(arg, "--kit="):
			opts.kit = strings.TrimPrefix(arg, "--kit=")
		case strings.HasPrefix(arg, "--memory="):
			opts.memory = strings.TrimPrefix(arg, "--memory=")
		case strings.HasPrefix(arg, "--work="):
			opts.work = strings.TrimPrefix(arg, "--work=")
		case strings.HasPrefix(arg, "--output="):
			opts.output, _ = strconv.ParseUint(strings.TrimPrefix(arg, "--output="), 10, 64)
		case arg == "--zygote":
			opts.zygote = true
		}
	}
	// One byte at a time: whatever follows the load belongs to the binary
	// that will read the same descriptor, so nothing may be read ahead.
	in := bufio.NewReaderSize(unbuffered{os.Stdin}, 16)
	if opts.zygote {
		zygote(opts, in)
		return
	}
	send(map[string]any{"id": nil, "ok": true, "ready": protocolVersion, "python": "", "runtime": "go"})
	line, request := readLoad(in)
	if request == nil {
		return
	}
	binary, failure := compileCached(opts, request)
	if failure != nil {
		refuse(in, request, failure)
		return
	}
	run(opts, binary, line)
}

type unbuffered struct{ file *os.File }

func (u unbuffered) Read(buffer []byte) (int, error) {
	if len(buffer) > 1 {
		buffer = buffer[:1]
	}
	return u.file.Read(buffer)
}

func send(message map[string]any) {
	data, _ := json.Marshal(message)
	os.Stdout.Write(append(data, '\n'))
}

// readLoad reads requests until the load; anything else before it is a protocol error.
func readLoad(in *bufio.Reader) ([]byte, map[string]any) {
	for {
		line, err := in.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			return nil, nil
		}
		var request map[string]any
		decoder := json.NewDecoder(bytes.NewReader(line))
		decoder.UseNumber()
		if decoder.Decode(&request) != nil || request == nil {
			send(map[string]any{"id": nil, "ok": false, "protocol_error": "malformed frame"})
			continue
		}
		switch request["op"] {
		case "load":
			return line, request
		case "exit":
			return nil, nil
		case "ping":
			send(map[string]any{"id": request["id"], "ok": true, "value": map[string]any{"lean": nil}})
		default:
			send(map[string]any{"id": request["id"], "ok": false, "protocol_error": "load first"})
		}
	}
}

// refuse answers a load that failed to compile, then every request after it, until the judge leaves.
func refuse(in *bufio.Reader, request map[string]any, failure map[string]any) {
	send(map[string]any{"id": request["id"], "ok": false, "error": failure, "cpu": 0.0})
	for {
		line, err := in.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			return
		}
		var next map[string]any
		if json.Unmarshal(line, &next) == nil && next["op"] == "exit" {
			return
		}
		send(map[string]any{"id": next["id"], "ok": false, "protocol_error": "the submission did not compile"})
	}
}

// run starts the submission's binary, which answers the load itself, and
// leaves as it ended.  Not exec: this process stays, to keep the Go runtime's
// crash reports from counting as the submission's output (supervise).
func run(opts options, binary string, line []byte) {
	loadFile := filepath.Join(opts.work, fmt.Sprintf("judge-load-%d.json", os.Getpid()))
	if err := os.WriteFile(loadFile, line, 0o600); err != nil {
		fail(err)
	}
	if opts.output > 0 {
		// The linker needed a larger file-size limit than the output cap; the submission gets the cap.
		limit := syscall.Rlimit{Cur: opts.output, Max: opts.output}
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
			fail(err)
		}
	}
	leave(supervise(binary, []string{"--load=" + loadFile, "--memory=" + opts.memory}, ""))
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "launcher:", err)
	os.Exit(154)
}

// -- compiling -------------------------------------------------------------

type submission struct {
	filename, source, glue, nodes string
}

func prepare(request map[string]any) submission {
	filename, _ := request["filename"].(string)
	if filename == "" || strings.ContainsAny(filename, "/\\") {
		filename = "solution.go"
	}
	source, _ := request["source"].(string)
	return submission{filename: filename, source: withPackageMain(source, filename), glue: glue(request), nodes: nodes(source)}
}

var packageClause = regexp.MustCompile(`(?m)^[ \t]*package[ \t]+([A-Za-z_][A-Za-z0-9_]*)`)

// withPackageMain: a LeetCode paste has no package clause; one that names
// another package is made main.  Line numbers stay the candidate's own.
func withPackageMain(source, filename string) string {
	if loc := packageClause.FindStringSubmatchIndex(source); loc != nil {
		return source[:loc[2]] + "main" + source[loc[3]:]
	}
	return "package main\n//line " + filename + ":1\n" + source
}

var ownType = regexp.MustCompile(`(?m)^[ \t]*type[ \t]+(TreeNode|ListNode)\b`)

// glue is the judge's glue file (the load's "glue": the entry points as
// values, made from the problem's signatures), or one made here from the
// load's entries (two_sum -> twoSum, a class -> Constructor).
func glue(request map[string]any) string {
	if text, ok := request["glue"].(string); ok && text != "" {
		return text
	}
	var functions, classes []string
	entries, _ := request["entries"].([]any)
	for _, raw := range entries {
		entry, _ := raw.(map[string]any)
		name, _ := entry["name"].(string)
		if !identifier.MatchString(name) {
			continue
		}
		if entry["kind"] == "class" {
			classes = append(classes, fmt.Sprintf("%q: Constructor", name))
		} else {
			functions = append(functions, fmt.Sprintf("%q: %s", name, spelling(name)))
		}
	}
	filename, _ := request["filename"].(string)
	return fmt.Sprintf("package main\n\nimport judgerunner \"judgerunner\"\n\nfunc main() {\n\tjudgerunner.Serve(judgerunner.Entries{Filename: %q, Functions: map[string]any{%s}, Classes: map[string]any{%s}})\n}\n",
		filename, strings.Join(functions, ", "), strings.Join(classes, ", "))
}

// nodes gives the submission LeetCode's TreeNode and ListNode, unless it pastes its own.
func nodes(source string) string {
	defined := map[string]bool{}
	for _, match := range ownType.FindAllStringSubmatch(source, -1) {
		defined[match[1]] = true
	}
	var out strings.Builder
	out.WriteString("package main\n\nimport judgerunner \"judgerunner\"\n\n")
	for _, node := range []string{"TreeNode", "ListNode"} {
		if !defined[node] {
			fmt.Fprintf(&out, "type %s = judgerunner.%s\n\n", node, node)
		}
	}
	out.WriteString("var _ judgerunner.Entries\n")
	return out.String()
}

var identifier = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

func spelling(name string) string {
	parts := strings.Split(name, "_")
	if len(parts) == 1 || parts[0] == "" {
		return name
	}
	out := parts[0]
	for _, part := range parts[1:] {
		if part != "" {
			out += strings.ToUpper(part[:1]) + part[1:]
		}
	}
	return out
}

func (s submission) key(kit string) string {
	digest := sha256.New()
	for _, part := range []string{kit, s.filename, s.source, s.glue, s.nodes} {
		digest.Write([]byte(part))
		digest.Write([]byte{0})
	}
	return hex.EncodeToString(digest.Sum(nil))[:32]
}

// compileCached builds the binary once per source: the cases after the first reuse it.
func compileCached(opts options, request map[string]any) (string, map[string]any) {
	s := prepare(request)
	binary := filepath.Join(opts.kit, "bin", s.key(opts.kit))
	if _, err := os.Stat(binary); err == nil {
		now := time.Now()
		_ = os.Chtimes(binary, now, now) // recently used: the judge keeps the newest binaries
		return binary, nil
	}
	if err := os.MkdirAll(filepath.Dir(binary), 0o755); err != nil {
		fail(err)
	}
	built, failure := build(opts, s, filepath.Dir(binary))
	if failure != nil {
		return "", failure
	}
	if err := os.Rename(built, binary); err != nil {
		fail(err)
	}
	return binary, nil
}

// build compiles and links in a fresh folder; the binary's path (in `into`), or the load's error.
func build(opts options, s submission, into string) (string, map[string]any) {
	dir, err := os.MkdirTemp(opts.work, "judge-go-build-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	if err := os.WriteFile(filepath.Join(dir, s.filename), []byte(s.source), 0o600); err != nil {
		fail(err)
	}
	for name, text := range map[string]string{"judge_glue.go": s.glue, "judge_nodes.go": s.nodes} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			fail(err)
		}
	}
	tools := readKitFile(opts.kit, "tools")
	importcfg := filepath.Join(opts.kit, "importcfg")
	ctx, cancel := context.WithTimeout(context.Background(), compileWall)
	defer cancel()
	steps := [][]string{
		{filepath.Join(tools, "compile"), "-p", "main", "-complete", "-importcfg", importcfg, "-o", "main.a", "-pack", s.filename, "judge_glue.go", "judge_nodes.go"},
		{filepath.Join(tools, "link"), "-importcfg", importcfg, "-buildmode=exe", "-s", "-w", "-o", "prog", "main.a"},
	}
	for _, argv := range steps {
		command := exec.CommandContext(ctx, argv[0], argv[1:]...)
		command.Dir = dir
		command.Env = append(os.Environ(), "GOROOT="+readKitFile(opts.kit, "goroot"), "GOCACHE=off")
		var output cappedBuffer
		command.Stdout, command.Stderr = &output, &output
		if err := command.Run(); err != nil {
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return "", failure("CompileError", fmt.Sprintf("compiling took longer than %s", compileWall), nil)
			}
			return "", diagnose(s, output.String(), err)
		}
	}
	keep, err := os.CreateTemp(into, "judge-go-binary-")
	if err != nil {
		fail(err)
	}
	keep.Close()
	if err := os.Rename(filepath.Join(dir, "prog"), keep.Name()); err != nil {
		fail(err)
	}
	return keep.Name(), nil
}

func readKitFile(kit, name string) string {
	data, err := os.ReadFile(filepath.Join(kit, name))
	if err != nil {
		fail(err)
	}
	return strings.TrimSpace(string(data))
}

type cappedBuffer struct{ bytes.Buffer }

func (c *cappedBuffer) Write(data []byte) (int, error) {
	if room := diagnosticsCap - c.Len(); room > 0 {
		if len(data) > room {
			c.Buffer.Write(data[:room])
		} else {
			c.Buffer.Write(data)
		}
	}
	return len(data), nil
}

var diagnostic = regexp.MustCompile(`(?m)^(?:\./)?([^:\s]+\.go):(\d+):(?:(\d+):)?\s*(.*)$`)
var undefined = regexp.MustCompile(`^undefined: (\w+)`)

// diagnose turns the compiler's output into the load's error: the first
// diagnostics, the line of the first one in the candidate's file.
func diagnose(s submission, output string, err error) map[string]any {
	var lines []string
	var line any
	for _, match := range diagnostic.FindAllStringSubmatch(output, -1) {
		if match[1] == "judge_glue.go" {
			if missing := undefined.FindStringSubmatch(match[4]); missing != nil {
				return missingEntry(s, missing[1])
			}
			continue
		}
		if line == nil && match[1] == s.filename {
			line, _ = strconv.Atoi(match[2])
		}
		if len(lines) < 10 {
			lines = append(lines, fmt.Sprintf("%s:%s: %s", match[1], match[2], match[4]))
		}
	}
	if len(lines) == 0 {
		lines = append(lines, strings.TrimSpace(output), err.Error())
	}
	return failure("CompileError", strings.Join(lines, "\n"), line)
}

var declared = regexp.MustCompile(`(?m)^func\s+(?:\([^)]*\)\s*)?([A-Za-z_]\w*)`)

func missingEntry(s submission, name string) map[string]any {
	var names []string
	seen := map[string]bool{}
	for _, match := range declared.FindAllStringSubmatch(s.source, -1) {
		if !seen[match[1]] {
			seen[match[1]] = true
			names = append(names, match[1])
		}
	}
	sort.Strings(names)
	known := ": it defines no function"
	if len(names) > 0 {
		known = ": it defines " + strings.Join(names, ", ")
	}
	what := "function '" + name + "'"
	if name == "Constructor" {
		what = "func Constructor(...) (the class's constructor, as LeetCode's Go names it)"
	}
	return failure("MissingEntryPoint", s.filename+" defines no "+what+known, nil)
}

func failure(kind, message string, line any) map[string]any {
	return map[string]any{"type": kind, "message": message, "traceback": "", "line": line, "column": nil, "classes": []any{}, "args": nil, "loading": true}
}
