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
# shellcheck source=../lib/build-image.sh
. "$HERE/../lib/build-image.sh"

build_setup java "$@"
ensure_base openjdk-21-jdk-headless java

VERSION=$(docker run --rm --network none "$BASE" sh -c 'java -version 2>&1 | head -1') || die "cannot run java in $BASE"

cp "$HERE/Dockerfile" "$HERE/supervisor.sh" "$CTX/"
cp -r "$HERE/src" "$CTX/src"
# The judge refuses an image whose runner is not the one it speaks to: the
# digest of supervisor.sh and every source under src/, in path order
# (judge/languages/java.py's runner_files()).
build_image "$(cd "$HERE" && { cat supervisor.sh; find src -name '*.java' | LC_ALL=C sort | xargs cat; } | sha256sum | cut -c1-16)" \
    org.judge.java "$VERSION"
