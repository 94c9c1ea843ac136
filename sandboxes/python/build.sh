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
# shellcheck source=../lib/build-image.sh
. "$HERE/../lib/build-image.sh"

REPO=$(cd "$HERE/../.." && pwd)

build_setup python "$@"
ensure_base python3-minimal,python3 python3

VERSION=$(docker run --rm --network none "$BASE" \
    python3 -c 'import sys; print(sys.version.split()[0])') \
    || die "cannot run python3 in $BASE"

cp "$HERE/Dockerfile" "$CTX/"
# JUDGE_PROTOCOL lets an installed judge (whose protocol.py is not at
# $REPO/judge/) point at its own copy.
PROTOCOL=${JUDGE_PROTOCOL:-$REPO/judge/protocol.py}
for f in "$HERE/runner.py" "$PROTOCOL"; do
    [ -f "$f" ] || die "missing $f"
    cp "$f" "$CTX/"
done
# The judge refuses an image whose runner is not the one it speaks to.
build_image "$(cat "$HERE/runner.py" "$PROTOCOL" | sha256sum | cut -c1-16)" org.judge.python "$VERSION"
