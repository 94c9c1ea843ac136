#!/usr/bin/env bash
# Build the Go sandbox image, with no container registry needed.
#
#   sandboxes/go/build.sh [--base IMAGE] [--tag TAG]
#
# Default: base judge-go-base:trixie, made here if missing (debootstrap
# of Debian trixie with its golang-go package, from this machine's own apt mirror,
# then `docker import`: sandboxes/lib/debian-base.sh), tags
# judge-go:<runner digest> (what the judge looks for) and
# judge-go:latest; --tag TAG names it TAG only.  --base IMAGE uses any
# image with go and useradd instead.  Needs root and a running engine
# (sandboxes/docker-engine.sh).  Last line on stdout: TAG ID VERSION.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lib/build-image.sh
. "$HERE/../lib/build-image.sh"

build_setup go "$@"
ensure_base golang-go go

VERSION=$(docker run --rm --network none "$BASE" go env GOVERSION) || die "cannot run go in $BASE"
VERSION=${VERSION#go}

# The files whose digest tags the image, in judge/languages/golang.py's order
# (runner_files: kit.sh, judgerunner/*.go, launcher/*.go, Dockerfile; sorted as C sorts).
export LC_ALL=C
FILES=("$HERE/kit.sh" "$HERE"/judgerunner/*.go "$HERE"/launcher/*.go "$HERE/Dockerfile")
for f in "${FILES[@]}"; do [ -f "$f" ] || die "missing $f"; done
cp -r "$HERE/Dockerfile" "$HERE/kit.sh" "$HERE/judgerunner" "$HERE/launcher" "$CTX/"
# The judge refuses an image whose runner is not the one it speaks to
# (judge/languages/base.py: the first 16 hex digits of the files' sha256).
build_image "$(cat "${FILES[@]}" | sha256sum | cut -c1-16)" org.judge.go "$VERSION"
