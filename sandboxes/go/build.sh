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
SUITE=trixie
LOCAL_BASE=''
BASE=''
TAG=''

die() { echo "build.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case $1 in
        --base) [ $# -ge 2 ] || die "--base needs a value"; BASE=$2; shift 2 ;;
        --tag) [ $# -ge 2 ] || die "--tag needs a value"; TAG=$2; shift 2 ;;
        -h|--help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) die "unknown argument: $1" ;;
    esac
done

export DOCKER_BUILDKIT=0  # the legacy builder uses a local FROM image without asking a registry
docker info >/dev/null 2>&1 || die "no docker engine; run sandboxes/docker-engine.sh"

# shellcheck source=../lib/debian-base.sh
. "$HERE/../lib/debian-base.sh"

CTX=''
cleanup() {
    cleanup_rootfs
    if [ -n "$CTX" ]; then rm -rf "$CTX"; fi
}
trap cleanup EXIT

if [ -z "$BASE" ]; then
    host_suite
    LOCAL_BASE=judge-go-base:$SUITE
    BASE=$LOCAL_BASE
    if ! docker image inspect "$LOCAL_BASE" >/dev/null 2>&1; then
        make_debian_base "$LOCAL_BASE" golang-go go
    fi
fi

GOVER=$(docker run --rm --network none "$BASE" go env GOVERSION) || die "cannot run go in $BASE"
GOVER=${GOVER#go}

CTX=$(mktemp -d)
# The files whose digest tags the image, in judge/languages/golang.py's order
# (runner_files: kit.sh, judgerunner/*.go, launcher/*.go, Dockerfile; sorted as C sorts).
export LC_ALL=C
FILES=("$HERE/kit.sh" "$HERE"/judgerunner/*.go "$HERE"/launcher/*.go "$HERE/Dockerfile")
for f in "${FILES[@]}"; do [ -f "$f" ] || die "missing $f"; done
cp -r "$HERE/Dockerfile" "$HERE/kit.sh" "$HERE/judgerunner" "$HERE/launcher" "$CTX/"
# The judge refuses an image whose runner is not the one it speaks to
# (judge/languages/base.py: the first 16 hex digits of the files' sha256).
RUNNER_DIGEST=$(cat "${FILES[@]}" | sha256sum | cut -c1-16)
TAGS=(-t "${TAG:-judge-go:$RUNNER_DIGEST}")
[ -n "$TAG" ] || TAGS+=(-t judge-go:latest)
TAG=${TAG:-judge-go:$RUNNER_DIGEST}

t0=$SECONDS
docker build --build-arg "BASE=$BASE" --label "org.judge.go=$GOVER" \
    --label "org.judge.runner=$RUNNER_DIGEST" \
    "${TAGS[@]}" "$CTX" >&2
echo "build.sh: build took $((SECONDS - t0))s" >&2

echo "$TAG $(docker image inspect --format '{{.Id}}' "$TAG") $GOVER"
