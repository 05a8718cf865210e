#!/usr/bin/env bash
# Lays out an installable release folder (what the tarballs hold), for make-dist.sh and the
# installer tests (tests/setup):
#   packaging/layout.sh DIR VERSION GLIBC_BASELINE BUILD...
# BUILD is NAME=SO (NAME php8.4-nts: PHP version and thread safety); its API number is read
# from the .so's "API<n>" module build id. DIR gets whmcs-oxide-setup (the installer), install.sh
# (the same), builds/NAME/{whmcs_oxide.so,BUILD-INFO}, whmcs_oxide.ini, modules/servers/oxide_*,
# LICENSE and BUILD-INFO.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=$1 VERSION=$2 GLIBC=$3
shift 3
mkdir -p "$DIR/modules/servers" "$DIR/builds"
install -m 0755 packaging/whmcs-oxide-setup "$DIR/whmcs-oxide-setup"
install -m 0755 packaging/install.sh "$DIR/install.sh"
cp -R php/modules/servers/oxide_* "$DIR/modules/servers/"
cp packaging/whmcs_oxide.ini LICENSE "$DIR/"
names=
for b in "$@"; do
    name=${b%%=*} so=${b#*=}
    # The Zend module entry's build id ("API20220829,NTS"): what PHP itself compares at load.
    id=$(strings "$so" | grep -m1 '^API[0-9]\{8\},\(NTS\|TS\)' || true)
    api=$(printf '%s' "$id" | sed -n 's/^API\([0-9]\{8\}\),.*/\1/p')
    [ -n "$api" ] || { echo "layout: no PHP API build id in $so" >&2; exit 1; }
    ver=${name#php}; ver=${ver%-*}; ts=${name##*-}
    # The name says what the installer matches a PHP against: it must be what the .so is
    # (PHP spells thread safety ",TS" / ",NTS" in the build id; a debug build is not shipped).
    case $ts,$id in
        nts,API*,NTS|zts,API*,TS) ;;
        *) echo "layout: $name is named $ts but $so was built for $id" >&2; exit 1 ;;
    esac
    mkdir -p "$DIR/builds/$name"
    install -m 0644 "$so" "$DIR/builds/$name/whmcs_oxide.so"
    printf 'PHP_VERSION=%s\nPHP_API=%s\nPHP_TS=%s\nPHP_DEBUG=no\n' "$ver" "$api" "$ts" > "$DIR/builds/$name/BUILD-INFO"
    names="$names $name"
done
cat > "$DIR/BUILD-INFO" <<INFO
VERSION=$VERSION
REVISION=$(git rev-parse --short=12 HEAD)
BUILDS="${names# }"
GLIBC_BASELINE=$GLIBC
INFO
