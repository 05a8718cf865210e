#!/usr/bin/env bash
# make dist's artefacts as a set: a tarball per build, the universal tarball holding every build
# (each with its BUILD-INFO naming its PHP API) and the installer, the .deb, and SHA256SUMS
# covering every artefact in dist/ and matching them. Prints what it finds; exit 1 on a miss.
# OXIDE_DIST_DIR: another folder than dist/ (a CI row's, packaging/ci-build.sh); OXIDE_DIST_BUILDS:
# the builds it must hold; OXIDE_DIST_DEB=no: a row that makes no .deb (ZTS).
set -uo pipefail
cd "$(dirname "$0")/../.."
D=${OXIDE_DIST_DIR:-dist}
bad=0
miss() { echo "  FAIL $*"; bad=1; }
universal=$(ls "$D"/whmcs-oxide-*-x86_64.tar.gz 2>/dev/null | grep -v -- '-php[0-9]' | head -n1)
[ -n "$universal" ] || miss "no universal tarball in $D/"
# The builds make dist makes on this machine (the CI workflow names its own).
for want in ${OXIDE_DIST_BUILDS:-php8.2-nts php8.4-nts php8.2-zts}; do
    ls "$D"/whmcs-oxide-*-"$want"-x86_64.tar.gz >/dev/null 2>&1 || miss "no $want tarball"
    if [ -n "$universal" ]; then
        info=$(tar -xzOf "$universal" --wildcards "*/builds/$want/BUILD-INFO" 2>/dev/null)
        grep -q '^PHP_API=20[0-9]\{6\}$' <<<"$info" || miss "the universal tarball has no $want build with its API"
        grep -qx "PHP_TS=${want##*-}" <<<"$info" || miss "the universal tarball's $want build is not marked PHP_TS=${want##*-}"
        tar -tzf "$universal" | grep "/builds/$want/whmcs_oxide.so$" >/dev/null || miss "the universal tarball has no $want .so"
    fi
done
[ -z "$universal" ] || tar -tzf "$universal" | grep '/whmcs-oxide-setup$' >/dev/null || miss "the universal tarball has no whmcs-oxide-setup"
[ "${OXIDE_DIST_DEB:-yes}" = no ] || ls "$D"/whmcs-oxide_*_amd64.deb >/dev/null 2>&1 || miss "no .deb"
listed=$(awk '{print $2}' "$D"/SHA256SUMS 2>/dev/null | LC_ALL=C sort)
present=$(cd "$D" 2>/dev/null && ls | grep -vx SHA256SUMS | LC_ALL=C sort)
[ "$listed" = "$present" ] || miss "SHA256SUMS lists [$(echo $listed)], $D/ holds [$(echo $present)]"
(cd "$D" 2>/dev/null && sha256sum --quiet -c SHA256SUMS) || miss "SHA256SUMS does not match"
[ "$bad" -eq 0 ] && echo "  ok   per-build tarballs, universal tarball (every build + installer), .deb; SHA256SUMS covers and matches all"
exit $bad
