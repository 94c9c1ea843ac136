#!/usr/bin/env bash
# Build the JavaScript (Node) sandbox image, with no container registry needed.
#
#   sandboxes/javascript/build.sh [--base IMAGE] [--tag TAG]
#
# Default: base judge-javascript-base:trixie, made here if missing (debootstrap
# of Debian trixie with its nodejs package, from this machine's own apt mirror,
# then `docker import`: sandboxes/lib/debian-base.sh), tags
# judge-javascript:<runner digest> (what the judge looks for) and
# judge-javascript:latest; --tag TAG names it TAG only.  --base IMAGE uses any
# image with node and useradd instead.  Needs root and a running engine
# (sandboxes/docker-engine.sh).  Last line on stdout: TAG ID VERSION.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../lib/build-image.sh
. "$HERE/../lib/build-image.sh"

build_setup javascript "$@"
ensure_base nodejs node

VERSION=$(docker run --rm --network none "$BASE" node --version) || die "cannot run node in $BASE"
VERSION=${VERSION#v}

[ -f "$HERE/runner.js" ] || die "missing $HERE/runner.js"
cp "$HERE/Dockerfile" "$HERE/runner.js" "$CTX/"
# The judge refuses an image whose runner is not the one it speaks to
# (judge/languages/base.py: the first 16 hex digits of runner.js's sha256).
build_image "$(sha256sum <"$HERE/runner.js" | cut -c1-16)" org.judge.node "$VERSION"
