#!/usr/bin/env bash
# Build the Go runner's kit into OUT: what compiling a submission needs, made once.
#
#   sandboxes/go/kit.sh OUT
#
# OUT gets: importcfg (the standard library packages a candidate may import,
# the judge's runner package, each as a compiled archive under OUT/pkg),
# launcher (compiles a submission and starts it, sandboxes/go/launcher), tools
# (the Go compiler's folder) and goroot.  A submission then costs one compile
# of its file and the glue, and one link: no standard library, no JSON codec.
# Used by the Dockerfile (in the image) and by judge/languages/golang.py (in the
# local cache).  Needs `go` on PATH; no network, no modules.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
OUT=${1:?usage: kit.sh OUT}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# What interview solutions import; packages a Go release lacks (slices, maps
# and cmp before 1.21) are left out by `go list -e`.
WANTED="bufio bytes cmp container/heap container/list container/ring errors fmt maps math math/big math/bits
math/rand os path path/filepath regexp sort slices strconv strings sync sync/atomic time unicode unicode/utf8"

export GO111MODULE=off CGO_ENABLED=0 GOFLAGS='' GOPATH="$WORK/gopath" GOCACHE="$WORK/cache" GOTOOLCHAIN=local
mkdir -p "$GOPATH/src"
cp -r "$HERE/judgerunner" "$GOPATH/src/judgerunner"
cd "$WORK"
# shellcheck disable=SC2086
AVAILABLE=$(go list -e -f '{{if not .Error}}{{.ImportPath}}{{end}}' $WANTED)

rm -rf "$OUT/pkg"
: >"$OUT/importcfg.new"
# shellcheck disable=SC2086
go list -export -deps -f '{{if .Export}}{{.ImportPath}} {{.Export}}{{end}}' judgerunner $AVAILABLE |
    while read -r path export; do
        mkdir -p "$OUT/pkg/$(dirname "$path")"
        cp "$export" "$OUT/pkg/$path.a"
        echo "packagefile $path=$OUT/pkg/$path.a" >>"$OUT/importcfg.new"
    done
mv "$OUT/importcfg.new" "$OUT/importcfg"
(cd "$HERE/launcher" && go build -trimpath -o "$OUT/launcher" .)
go env GOTOOLDIR >"$OUT/tools"
go env GOROOT >"$OUT/goroot"
go version >"$OUT/version"
mkdir -p "$OUT/bin"
