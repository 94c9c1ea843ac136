#!/usr/bin/env bash
# Build the Java sandbox image, with no container registry needed.
#
#   sandboxes/java/build.sh [--base IMAGE] [--tag TAG]
#
# Default: base judge-java-base:trixie, made here if missing (debootstrap of
# Debian trixie with its openjdk-21-jdk-headless package, from this machine's
# own apt mirror, then `docker import`: sandboxes/lib/debian-base.sh), tags
# judge-java:<runner digest> (what the judge looks for) and judge-java:latest;
# --tag TAG names it TAG only.  --base IMAGE uses any image with a JDK (java,
# javac) and useradd.  The runner's classes are compiled in the image, with
# class-data-sharing archives for the runner and for javac (faster starts).
# Needs root and a running engine (sandboxes/docker-engine.sh).  Last line on
# stdout: TAG ID VERSION.
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
    LOCAL_BASE=judge-java-base:$SUITE
    BASE=$LOCAL_BASE
    if ! docker image inspect "$LOCAL_BASE" >/dev/null 2>&1; then
        make_debian_base "$LOCAL_BASE" openjdk-21-jdk-headless java
    fi
fi

JAVAVER=$(docker run --rm --network none "$BASE" sh -c 'java -version 2>&1 | head -1') || die "cannot run java in $BASE"

CTX=$(mktemp -d)
cp "$HERE/Dockerfile" "$HERE/supervisor.sh" "$CTX/"
cp -r "$HERE/src" "$CTX/src"
# The judge refuses an image whose runner is not the one it speaks to: the
# digest of supervisor.sh and every source under src/, in path order
# (judge/languages/java.py's runner_files()).
RUNNER_DIGEST=$(cd "$HERE" && { cat supervisor.sh; find src -name '*.java' | LC_ALL=C sort | xargs cat; } | sha256sum | cut -c1-16)
TAGS=(-t "${TAG:-judge-java:$RUNNER_DIGEST}")
[ -n "$TAG" ] || TAGS+=(-t judge-java:latest)
TAG=${TAG:-judge-java:$RUNNER_DIGEST}

t0=$SECONDS
docker build --build-arg "BASE=$BASE" --label "org.judge.java=$JAVAVER" \
    --label "org.judge.runner=$RUNNER_DIGEST" \
    "${TAGS[@]}" "$CTX" >&2
echo "build.sh: build took $((SECONDS - t0))s" >&2

echo "$TAG $(docker image inspect --format '{{.Id}}' "$TAG") $JAVAVER"
