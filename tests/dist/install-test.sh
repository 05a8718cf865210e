#!/usr/bin/env bash
# Installs the release artefacts (dist/*.deb, dist/*.tar.gz) into a fresh root and removes them
# again, checking each step (install-checks.sh). The root is an overlay of the host's / with a
# tmpfs on top, in a mount and PID namespace of this process alone (as tests/real-hestia): dpkg,
# phpenmod and install.sh write only into that tmpfs, which goes when the test ends. Where
# that isolation cannot be made it refuses (exit 3) before doing anything.
#   tests/dist/install-test.sh   (after make dist; prints RESULT|name|passed|failed lines)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
refuse() { echo "install-test: refusing to start: $*" >&2; exit 3; }
[ "$(id -u)" -eq 0 ] || refuse "it needs root for a private mount and PID namespace"
command -v unshare >/dev/null || refuse "unshare (util-linux) is missing"
# OXIDE_DIST_DIR: a CI row's folder (packaging/ci-build.sh) instead of dist/.
D=$(cd "$REPO" && realpath -m "${OXIDE_DIST_DIR:-dist}")
deb=$(ls "$D"/whmcs-oxide_*_amd64.deb 2>/dev/null | head -n1 || true)
# The host PHP's own tarball (the universal one is tested by tests/setup in its layouts).
phpv=$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION, PHP_ZTS ? "-zts" : "-nts";')
tarball=$(ls "$D"/whmcs-oxide-*-php"$phpv"-x86_64.tar.gz 2>/dev/null | head -n1 || true)
[ -n "$tarball" ] || refuse "no php$phpv artefacts in $D (make dist)"
[ -n "$deb" ] || deb=none # a ZTS row ships no .deb
(cd "$D" && sha256sum --quiet -c SHA256SUMS) || refuse "$D/SHA256SUMS does not match the artefacts"
exec unshare --mount --pid --fork --mount-proc --propagation private -- \
    bash "$HERE/install-inside.sh" "$REPO" "$deb" "$tarball"
