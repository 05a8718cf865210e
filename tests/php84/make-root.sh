#!/usr/bin/env bash
# Makes (once) the Debian 13 (trixie) root that PHP 8.4 runs in for `make test-php84`:
# debootstrap --variant=minbase, then trixie's PHP 8.4 packages the harness needs. The root is
# cached in $1 (the Makefile's PHP84_ROOT); a stamp holding the package list marks it complete,
# so a second run with the same list does nothing. Nothing on the host changes: debootstrap
# comes from its Debian package unpacked into the cache (not installed), and every mount it and
# apt make is in a private mount namespace that goes when this script ends.
#   tests/php84/make-root.sh ROOT "PACKAGES..."
set -euo pipefail
ROOT=${1:?root dir}
PACKAGES=${2:?package list}
SUITE=trixie
MIRROR=${OXIDE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
STAMP=$ROOT/.whmcs-oxide-complete
want="$SUITE $PACKAGES"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ]; then
    exit 0
fi
[ "$(id -u)" -eq 0 ] || { echo "make-root: needs root (chroot, private mount namespace)" >&2; exit 3; }
CACHE=$(dirname "$ROOT")
mkdir -p "$CACHE"
# debootstrap, unpacked from its .deb (the host's apt lists name it; nothing is installed).
DBS=$CACHE/debootstrap
if [ ! -x "$DBS/usr/sbin/debootstrap" ]; then
    tmp=$(mktemp -d)
    (cd "$tmp" && apt-get download -q debootstrap >/dev/null 2>&1) || { apt-get update -qq && (cd "$tmp" && apt-get download -q debootstrap >/dev/null 2>&1); }
    rm -rf "$DBS" && dpkg-deb -x "$tmp"/debootstrap_*.deb "$DBS" && rm -rf "$tmp"
fi
if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    # Made beside, then moved in: a broken run leaves no half root behind. (A changed package
    # list only installs what is new: apt-get install is idempotent.)
    rm -rf "$ROOT.new"
    echo "make-root: debootstrap $SUITE into $ROOT (minbase)"
    unshare --mount --propagation private -- env DEBOOTSTRAP_DIR="$DBS/usr/share/debootstrap" \
        "$DBS/usr/sbin/debootstrap" --variant=minbase \
        --keyring=/usr/share/keyrings/debian-archive-keyring.gpg "$SUITE" "$ROOT.new" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 \
        || { tail -20 "$CACHE/debootstrap.log"; tail -20 "$ROOT.new/debootstrap/debootstrap.log" 2>/dev/null; exit 1; }
    rm -rf "$ROOT" && mv "$ROOT.new" "$ROOT"
fi
# Daemons that packages bring (php8.4-fpm) are not started; the namespace's /proc and /dev go
# with it.
printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"
chmod 755 "$ROOT/usr/sbin/policy-rc.d"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
echo "make-root: apt-get install $PACKAGES"
unshare --mount --pid --fork --mount-proc --propagation private -- bash -c '
    set -e
    ROOT=$1; shift
    mount -t proc proc "$ROOT/proc"
    mount --rbind /dev "$ROOT/dev"
    chroot "$ROOT" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        sh -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $* >/dev/null && apt-get clean"
' _ "$ROOT" $PACKAGES > "$CACHE/php84-apt.log" 2>&1 || { tail -30 "$CACHE/php84-apt.log"; exit 1; }
echo "$want" > "$STAMP"
echo "make-root: $ROOT ready ($(chroot "$ROOT" php8.4 -r 'echo PHP_VERSION;'))"
