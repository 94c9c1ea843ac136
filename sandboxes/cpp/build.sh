#!/usr/bin/env bash
# Build the C++ (g++) sandbox image, with no container registry needed.
#
#   sandboxes/cpp/build.sh [--base IMAGE] [--tag TAG]
#
# Default: base judge-cpp-base:trixie, made here if missing (debootstrap of
# Debian trixie with its g++ package, from this machine's own apt mirror,
# then `docker import`: sandboxes/lib/debian-base.sh), tags
# judge-cpp:<runner digest> (what the judge looks for) and judge-cpp:latest;
# --tag TAG names it TAG only.  --base IMAGE uses any image with g++, ar and
# useradd instead.  The image compiles the runner once (make-home.sh:
# libjudge.a, judge-cpp, the precompiled prelude) into /opt/judge.  Needs
# root and a running engine (sandboxes/docker-engine.sh).  Last line on
# stdout: TAG ID VERSION.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SUITE=trixie
BASE=''
TAG=''
# The runner's files, in the order judge/languages/cpp.py hashes them (its digest tags the image).
SOURCES=(json.hpp json.cpp values.hpp values.cpp call.hpp call.cpp runtime.hpp runtime.cpp
    supervisor.cpp main.cpp glue.hpp nodes.hpp prelude.hpp make-home.sh)

die() { echo "build.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case $1 in
        --base) [ $# -ge 2 ] || die "--base needs a value"; BASE=$2; shift 2 ;;
        --tag) [ $# -ge 2 ] || die "--tag needs a value"; TAG=$2; shift 2 ;;
        -h|--help) sed -n '2,14s/^# \{0,1\}//p' "$0"; exit 0 ;;
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
    BASE=judge-cpp-base:$SUITE
    if ! docker image inspect "$BASE" >/dev/null 2>&1; then
        make_debian_base "$BASE" g++ g++
    fi
fi

GXXVER=$(docker run --rm --network none "$BASE" g++ -dumpfullversion) || die "cannot run g++ in $BASE"

CTX=$(mktemp -d)
mkdir "$CTX/src"
for name in "${SOURCES[@]}"; do
    [ -f "$HERE/$name" ] || die "missing $HERE/$name"
    cp "$HERE/$name" "$CTX/src/"
done
cp "$HERE/Dockerfile" "$CTX/"
RUNNER_DIGEST=$(cd "$HERE" && cat "${SOURCES[@]}" | sha256sum | cut -c1-16)
TAGS=(-t "${TAG:-judge-cpp:$RUNNER_DIGEST}")
[ -n "$TAG" ] || TAGS+=(-t judge-cpp:latest)
TAG=${TAG:-judge-cpp:$RUNNER_DIGEST}

t0=$SECONDS
docker build --build-arg "BASE=$BASE" --label "org.judge.gxx=$GXXVER" \
    --label "org.judge.runner=$RUNNER_DIGEST" \
    "${TAGS[@]}" "$CTX" >&2
echo "build.sh: build took $((SECONDS - t0))s" >&2

echo "$TAG $(docker image inspect --format '{{.Id}}' "$TAG") $GXXVER"
