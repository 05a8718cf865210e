#!/usr/bin/env bash
# Packs the dist builds of the extension into the release artefacts (called by `make dist`):
#   dist/whmcs-oxide-<version>-php<X.Y>-<nts|zts>-x86_64.tar.gz   one per build (installer inside)
#   dist/whmcs-oxide-<version>-x86_64.tar.gz                       every build + the installer
#   dist/whmcs-oxide_<version>_amd64.deb                           (Debian/Ubuntu, PHP X.Y)
#   dist/SHA256SUMS                                                all of them
# Inputs come from the Makefile (the one place that knows versions): SO, VERSION, PHP_VERSION,
# PHP_TS, PHP_CONFIG (the host's PHP: the .deb), EXTRA_BUILDS ("php8.4-nts=PATH.so ..."),
# GLIBC_BASELINE, SOURCE_DATE_EPOCH, DEB_MAINTAINER; OUT (default dist: a CI row's own folder,
# packaging/ci-build.sh) and MAKE_DEB (default: yes for an NTS PHP_TS; no: tarballs only). Each tarball is packaging/layout.sh's folder:
# whmcs-oxide-setup finds every PHP on the host and installs the build that fits it.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SO:?}" "${VERSION:?}" "${PHP_VERSION:?}" "${PHP_TS:?}" "${GLIBC_BASELINE:?}" "${SOURCE_DATE_EPOCH:?}" "${DEB_MAINTAINER:?}"
EXTRA_BUILDS=${EXTRA_BUILDS:-}
OUT=${OUT:-dist}
# The .deb is for Debian/Ubuntu's PHP, which is NTS (a ZTS row ships the tarballs only).
MAKE_DEB=${MAKE_DEB:-$([ "$PHP_TS" = nts ] && echo yes || echo no)}
NAME=whmcs-oxide-$VERSION-php$PHP_VERSION-$PHP_TS-x86_64
UNIVERSAL=whmcs-oxide-$VERSION-x86_64
DEB=whmcs-oxide_${VERSION}_amd64.deb
SHARE=/usr/share/whmcs-oxide
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"
rm -f "$OUT"/whmcs-oxide-"$VERSION"-*.tar.gz "$OUT/$DEB" "$OUT"/SHA256SUMS

# Byte-for-byte the same archive from the same commit: sorted names, fixed times and owners.
pack() { # dir-in-WORK output
    tar -C "$WORK" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner -cf - "$1" | gzip -9n > "$2"
}
# The README's "Install a release" section, which is what an admin holding a tarball needs.
readme() { # title
    echo "# whmcs-oxide $VERSION ($1, glibc $GLIBC_BASELINE or newer)"
    echo
    sed -n '/^## Install a release/,/^## /p' README.md | sed '$d'
    echo "Configuring each module and building from source: README.md of the source repository."
}

# ---- tarballs: one per build, and the universal one with all
ALL="php$PHP_VERSION-$PHP_TS=$SO $EXTRA_BUILDS"
TARBALLS=
for b in $ALL; do
    name=${b%%=*}
    packaging/layout.sh "$WORK/whmcs-oxide-$VERSION-$name-x86_64" "$VERSION" "$GLIBC_BASELINE" "$b"
    readme "PHP ${name#php} build" > "$WORK/whmcs-oxide-$VERSION-$name-x86_64/README.md"
    pack "whmcs-oxide-$VERSION-$name-x86_64" "$OUT/whmcs-oxide-$VERSION-$name-x86_64.tar.gz"
    TARBALLS="$TARBALLS whmcs-oxide-$VERSION-$name-x86_64.tar.gz"
done
# shellcheck disable=SC2086 # one word per build
packaging/layout.sh "$WORK/$UNIVERSAL" "$VERSION" "$GLIBC_BASELINE" $ALL
readme "every build: $(ls "$WORK/$UNIVERSAL/builds" | tr '\n' ' ' | sed 's/ $//')" > "$WORK/$UNIVERSAL/README.md"
pack "$UNIVERSAL" "$OUT/$UNIVERSAL.tar.gz"
TARBALLS="$TARBALLS $UNIVERSAL.tar.gz"
T=$WORK/$NAME

# ---- .deb: for Debian/Ubuntu's PHP X.Y (PHP_CONFIG names it)
if [ "$MAKE_DEB" = yes ]; then
: "${PHP_CONFIG:?}"
PHP_API=$("$PHP_CONFIG" --phpapi)
EXT_DIR=$("$PHP_CONFIG" --extension-dir)
D=$WORK/deb
mkdir -p "$D/DEBIAN" "$D$EXT_DIR" "$D/etc/php/$PHP_VERSION/mods-available" "$D$SHARE/modules/servers" \
    "$D/usr/bin" "$D/usr/share/doc/whmcs-oxide"
install -m 0644 "$SO" "$D$EXT_DIR/whmcs_oxide.so"
install -m 0644 packaging/whmcs_oxide.ini "$D/etc/php/$PHP_VERSION/mods-available/whmcs_oxide.ini"
cp -R php/modules/servers/oxide_* "$D$SHARE/modules/servers/"
sed "s|@SHARE_DIR@|$SHARE|g" packaging/whmcs-oxide-install > "$D/usr/bin/whmcs-oxide-install"
chmod 0755 "$D/usr/bin/whmcs-oxide-install"
cp LICENSE "$D/usr/share/doc/whmcs-oxide/copyright"
cp "$T/README.md" "$D/usr/share/doc/whmcs-oxide/README.md"
for s in postinst prerm postrm; do
    sed "s|@PHP_VERSION@|$PHP_VERSION|g" "packaging/deb/$s" > "$D/DEBIAN/$s"
    chmod 0755 "$D/DEBIAN/$s"
done
echo "/etc/php/$PHP_VERSION/mods-available/whmcs_oxide.ini" > "$D/DEBIAN/conffiles"
cat > "$D/DEBIAN/control" <<EOF
Package: whmcs-oxide
Version: $VERSION
Architecture: amd64
Maintainer: $DEB_MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$D" | cut -f1)
Depends: php$PHP_VERSION-common, libc6 (>= $GLIBC_BASELINE)
Section: php
Priority: optional
Description: WHMCS server modules in Rust as one PHP extension (PHP $PHP_VERSION, API $PHP_API)
 oxide_hestiacp, oxide_cpanel, oxide_vpncp and oxide_storegrid: WHMCS provisioning
 modules for HestiaCP, cPanel/WHM, puqVPNcp and StoreGrid, in the extension whmcs_oxide.so.
 whmcs-oxide-install WHMCS_DIR copies the module folders into a WHMCS.
EOF
find "$D" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
dpkg-deb --root-owner-group -Zxz --build "$D" "$OUT/$DEB" >/dev/null
fi

# shellcheck disable=SC2086
(cd "$OUT" && sha256sum $TARBALLS $(ls "$DEB" 2>/dev/null) > SHA256SUMS)
ls -l "$OUT"/
