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
# shellcheck source=../lib/build-image.sh
. "$HERE/../lib/build-image.sh"

# The runner's files, in the order judge/languages/cpp.py hashes them (its digest tags the image).
SOURCES=(json.hpp json.cpp values.hpp values.cpp call.hpp call.cpp runtime.hpp runtime.cpp
    supervisor.cpp main.cpp glue.hpp nodes.hpp prelude.hpp make-home.sh)

build_setup cpp "$@"
ensure_base g++ g++

VERSION=$(docker run --rm --network none "$BASE" g++ -dumpfullversion) || die "cannot run g++ in $BASE"

mkdir "$CTX/src"
for name in "${SOURCES[@]}"; do
    [ -f "$HERE/$name" ] || die "missing $HERE/$name"
    cp "$HERE/$name" "$CTX/src/"
done
cp "$HERE/Dockerfile" "$CTX/"
build_image "$(cd "$HERE" && cat "${SOURCES[@]}" | sha256sum | cut -c1-16)" org.judge.gxx "$VERSION"
