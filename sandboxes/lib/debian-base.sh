# Shared by sandboxes/<language>/build.sh (sourced, not run): a base image
# made with debootstrap from this machine's own apt mirror and `docker
# import`, so that no container registry is needed.
#
#   SUITE=trixie; host_suite          # an Ubuntu host bootstraps its own release instead
#   make_debian_base TAG PACKAGES CMD  # PACKAGES comma-separated (debootstrap --include)
#
# Needs root, a running engine, and the caller's die() (message, exit 1).
# Notes:
#   - Debian 12's debootstrap (1.0.128) knows trixie and its keyring
#     (debian-archive-keyring 2023.3+deb12u2) has the trixie keys, so the
#     Release signature is verified ("Valid Release signature").

ROOTFS=''

cleanup_rootfs() {
    if [ -n "$ROOTFS" ]; then
        # debootstrap can leave proc/sys mounted in the target if it fails.
        umount -R "$ROOTFS/proc" "$ROOTFS/sys" 2>/dev/null || true
        rm -rf --one-file-system "$ROOTFS"
        ROOTFS=''
    fi
}

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

# An Ubuntu host (GitHub's hosted runners) has an Ubuntu mirror, not a Debian
# one: bootstrap the host's own Ubuntu release from it instead.  Still no registry.
host_suite() {
    if [ "$(. /etc/os-release 2>/dev/null && echo "${ID:-}")" = ubuntu ]; then
        SUITE=$(. /etc/os-release && echo "$VERSION_CODENAME")
    fi
}

make_debian_base() {
    local tag=$1 include=$2 cmd=$3 t0 mirror
    t0=$SECONDS
    if ! command -v debootstrap >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null \
            || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null; }
    fi
    mirror=$(debian_mirror)
    [ -n "$mirror" ] || die "no Debian mirror found in /etc/apt/sources*"
    # A mirror can drop one download among the hundreds of five parallel
    # builds ("Couldn't download packages: bash" failed a CI run): each
    # attempt starts from an empty root, three in all.
    local attempt
    for attempt in 1 2 3; do
        ROOTFS=$(mktemp -d /var/tmp/judge-rootfs.XXXXXX)
        echo "build.sh: debootstrap $SUITE ($include) from $mirror ..." >&2
        if debootstrap --variant=minbase --include="$include" \
            "$SUITE" "$ROOTFS" "$mirror" >"$ROOTFS.log" 2>&1; then
            break
        fi
        [ "$attempt" -lt 3 ] || die "debootstrap failed 3 times; see $ROOTFS.log"
        echo "build.sh: debootstrap failed ($(tail -n 1 "$ROOTFS.log")); again in $((attempt * 10)) s" >&2
        rm -f "$ROOTFS.log"
        cleanup_rootfs
        sleep $((attempt * 10))
    done
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
        --change "CMD [\"$cmd\"]" \
        --message "debootstrap --variant=minbase $SUITE + $include" \
        - "$tag" >/dev/null
    echo "build.sh: import took $((SECONDS - t0))s" >&2
    cleanup_rootfs
}
