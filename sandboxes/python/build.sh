#!/usr/bin/env bash
# Build the Python sandbox image, with no container registry needed.
#
#   sandboxes/python/build.sh [--base IMAGE] [--tag TAG]
#
# Default: base judge-python-base:trixie, made here if missing (debootstrap of
# Debian trixie from this machine's own apt mirror, then `docker import`),
# tags judge-python:<runner digest> (what the judge looks for) and
# judge-python:latest; --tag TAG names it TAG only.  --base python:3.13-slim (say) skips debootstrap
# and uses that image, pulled from a registry if need be.  To remake the local
# base, `docker rmi judge-python-base:trixie` first.  Needs root and a running
# engine (sandboxes/docker-engine.sh).  Last line on stdout: TAG ID VERSION.
#
# Notes:
#   - The base image: sandboxes/lib/debian-base.sh (debootstrap, no registry).
#   - Legacy builder (DOCKER_BUILDKIT=0): Debian 12 ships no buildx, a newer
#     CLI would only fall back to it anyway, and the legacy builder uses a
#     local FROM image without asking any registry.  The CLI may print a
#     "legacy builder is deprecated" notice; it is harmless.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
LOCAL_BASE=judge-python-base:trixie
SUITE=trixie
BASE=$LOCAL_BASE
TAG=''

die() { echo "build.sh: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case $1 in
        --base) [ $# -ge 2 ] || die "--base needs a value"; BASE=$2; shift 2 ;;
        --tag) [ $# -ge 2 ] || die "--tag needs a value"; TAG=$2; shift 2 ;;
        -h|--help) sed -n '2,11s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) die "unknown argument: $1" ;;
    esac
done

export DOCKER_BUILDKIT=0
docker info >/dev/null 2>&1 || die "no docker engine; run sandboxes/docker-engine.sh"

# debootstrap + docker import, shared with the other languages' images.
# shellcheck source=../lib/debian-base.sh
. "$HERE/../lib/debian-base.sh"

CTX=''
cleanup() {
    cleanup_rootfs
    if [ -n "$CTX" ]; then rm -rf "$CTX"; fi
}
trap cleanup EXIT

make_local_base() {
    make_debian_base "$LOCAL_BASE" python3-minimal,python3 python3
}

if [ "$BASE" = "$LOCAL_BASE" ]; then
    host_suite
    LOCAL_BASE=judge-python-base:$SUITE
    BASE=$LOCAL_BASE
fi

if [ "$BASE" = "$LOCAL_BASE" ] && ! docker image inspect "$LOCAL_BASE" >/dev/null 2>&1; then
    make_local_base
fi

PYVER=$(docker run --rm --network none "$BASE" \
    python3 -c 'import sys; print(sys.version.split()[0])') \
    || die "cannot run python3 in $BASE"

CTX=$(mktemp -d)
cp "$HERE/Dockerfile" "$CTX/"
# JUDGE_PROTOCOL lets an installed judge (whose protocol.py is not at
# $REPO/judge/) point at its own copy.
PROTOCOL=${JUDGE_PROTOCOL:-$REPO/judge/protocol.py}
for f in "$HERE/runner.py" "$PROTOCOL"; do
    [ -f "$f" ] || die "missing $f"
    cp "$f" "$CTX/"
done
# The judge refuses an image whose runner is not the one it speaks to.
RUNNER_DIGEST=$(cat "$HERE/runner.py" "$PROTOCOL" | sha256sum | cut -c1-16)
# Tagged by that digest (the judge looks for its own) and as latest.
TAGS=(-t "${TAG:-judge-python:$RUNNER_DIGEST}")
[ -n "$TAG" ] || TAGS+=(-t judge-python:latest)
TAG=${TAG:-judge-python:$RUNNER_DIGEST}

t0=$SECONDS
docker build --build-arg "BASE=$BASE" --label "org.judge.python=$PYVER" \
    --label "org.judge.runner=$RUNNER_DIGEST" \
    "${TAGS[@]}" "$CTX" >&2
echo "build.sh: build took $((SECONDS - t0))s" >&2

echo "$TAG $(docker image inspect --format '{{.Id}}' "$TAG") $PYVER"
