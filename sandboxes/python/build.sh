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
#   - Debian 12's debootstrap (1.0.128) knows trixie and its keyring
#     (debian-archive-keyring 2023.3+deb12u2) has the trixie keys, so the
#     Release signature is verified ("Valid Release signature").
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

ROOTFS='' CTX=''
cleanup() {
    if [ -n "$ROOTFS" ]; then
        # debootstrap can leave proc/sys mounted in the target if it fails.
        umount -R "$ROOTFS/proc" "$ROOTFS/sys" 2>/dev/null || true
        rm -rf --one-file-system "$ROOTFS"
    fi
    if [ -n "$CTX" ]; then rm -rf "$CTX"; fi
}
trap cleanup EXIT

# The first enabled Debian archive URI in this machine's apt sources (deb822
# .sources files, then one-line .list files), so that no mirror is named here.
# Prefers a URI ending in /debian; else the first that is not a security one.
debian_mirror() {
    {
        awk '
            function flush() { if (deb && on) for (i = 1; i <= n; i++) print u[i]; deb = 0; on = 1; n = 0 }
            BEGIN { on = 1 }
            FNR == 1 { flush() }
            /^[[:space:]]*$/ { flush(); next }
            tolower($1) == "types:" { for (i = 2; i <= NF; i++) if ($i == "deb") deb = 1 }
            tolower($1) == "enabled:" { on = (tolower($2) != "no") }
            tolower($1) == "uris:" { for (i = 2; i <= NF; i++) u[++n] = $i }
            END { flush() }
        ' /etc/apt/sources.list.d/*.sources 2>/dev/null || true
        cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
            | sed -n 's/^[[:space:]]*deb[[:space:]]\+\(\[[^]]*\][[:space:]]*\)\{0,1\}\([^[:space:]]\+\).*/\2/p' || true
    } | awk '/\/debian\/?$/ && !best { best = $0 } !/security/ && !other { other = $0 }
             END { if (best) print best; else if (other) print other }'
}

make_local_base() {
    local t0 mirror
    t0=$SECONDS
    if ! command -v debootstrap >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null; }
    fi
    mirror=$(debian_mirror)
    [ -n "$mirror" ] || die "no Debian mirror found in /etc/apt/sources*"
    ROOTFS=$(mktemp -d /var/tmp/judge-rootfs.XXXXXX)
    echo "build.sh: debootstrap $SUITE from $mirror ..." >&2
    debootstrap --variant=minbase --include=python3-minimal,python3 \
        "$SUITE" "$ROOTFS" "$mirror" >"$ROOTFS.log" 2>&1 \
        || die "debootstrap failed; see $ROOTFS.log"
    grep -q '^I: Valid Release signature' "$ROOTFS.log" \
        || die "debootstrap did not verify the Release signature; see $ROOTFS.log"
    rm -f "$ROOTFS.log"
    echo "build.sh: debootstrap took $((SECONDS - t0))s" >&2

    # Slim it, and drop what describes the build host (its mirror, hostname,
    # resolver): the sandbox has no network and no use for apt's lists.
    rm -rf "${ROOTFS:?}"/var/cache/apt/* "$ROOTFS"/var/lib/apt/lists/* \
        "$ROOTFS"/usr/share/doc/* "$ROOTFS"/usr/share/man/* \
        "$ROOTFS"/usr/share/info/* "$ROOTFS"/usr/share/locale/* \
        "$ROOTFS"/var/log/* "$ROOTFS"/etc/apt/sources.list \
        "$ROOTFS"/etc/apt/sources.list.d/* "$ROOTFS"/etc/resolv.conf
    : >"$ROOTFS/etc/hostname"

    t0=$SECONDS
    # An imported image has no config: give it PATH and a default command.
    tar --numeric-owner -C "$ROOTFS" -c . | docker import \
        --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
        --change 'ENV LANG=C.UTF-8' \
        --change 'CMD ["python3"]' \
        --message "debootstrap --variant=minbase $SUITE + python3" \
        - "$LOCAL_BASE" >/dev/null
    echo "build.sh: import took $((SECONDS - t0))s" >&2
    cleanup
    ROOTFS=
}

# An Ubuntu host (GitHub's hosted runners, where a practice repo's workflow
# builds this image) has an Ubuntu mirror, not a Debian one: bootstrap the
# host's own Ubuntu release from it instead of trixie.  Still no registry.
if [ "$BASE" = "$LOCAL_BASE" ] && [ "$(. /etc/os-release 2>/dev/null && echo "${ID:-}")" = ubuntu ]; then
    SUITE=$(. /etc/os-release && echo "$VERSION_CODENAME")
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
