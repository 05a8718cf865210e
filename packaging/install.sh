#!/bin/sh
# Installs whmcs-oxide from this tarball: the PHP extension, its ini, and (with --whmcs) the
# module folders into a WHMCS. Everything is checked before anything is copied; every change is
# printed, written to a list, and undone by --uninstall.
#
#   ./install.sh [--php-config PATH] [--whmcs WHMCS_DIR]
#   ./install.sh --check [--php-config PATH]     checks only, changes nothing
#   ./install.sh --uninstall                     undoes what the last install did
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
STATE_DIR=${WHMCS_OXIDE_STATE_DIR:-/var/lib/whmcs-oxide}
LIST=$STATE_DIR/installed.list

# What this build is for (written by make dist).
. "$HERE/BUILD-INFO"

die() { echo "install.sh: $*" >&2; echo "install.sh: nothing was changed" >&2; exit 1; }
say() { echo "install.sh: $*"; }

uninstall() {
    [ -f "$LIST" ] || { echo "install.sh: no install recorded in $LIST; nothing to undo"; exit 0; }
    # Reverse order: the ini is disabled before the extension file goes.
    tac "$LIST" | while read -r kind path; do
        case $kind in
            enmod) phpdismod -v "$path" -s ALL whmcs_oxide 2>/dev/null || true
                   # phpenmod/phpdismod remember the module per SAPI; forget it and their empty folders.
                   rm -f /var/lib/php/modules/"$path"/*/*_by_*/whmcs_oxide
                   rmdir /var/lib/php/modules/"$path"/*/*_by_* 2>/dev/null || true
                   say "disabled whmcs_oxide (phpdismod -v $path -s ALL whmcs_oxide)" ;;
            file) rm -f "$path" && say "removed $path" ;;
            dir) rm -rf "$path" && say "removed $path" ;;
        esac
    done
    rm -f "$LIST"; rmdir "$STATE_DIR" 2>/dev/null || true
    say "uninstalled; reload PHP-FPM/Apache so running workers drop the extension"
    exit 0
}

PHP_CONFIG=
WHMCS=
MODE=install
while [ $# -gt 0 ]; do
    case $1 in
        --php-config) PHP_CONFIG=$2; shift 2 ;;
        --whmcs) WHMCS=$2; shift 2 ;;
        --check) MODE=check; shift ;;
        --uninstall) uninstall ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) die "unknown argument $1 (see --help)" ;;
    esac
done

# ---- checks: nothing is copied unless all pass
if [ -z "$PHP_CONFIG" ]; then
    for c in "php-config$PHP_VERSION" php-config; do
        command -v "$c" >/dev/null 2>&1 && { PHP_CONFIG=$(command -v "$c"); break; }
    done
fi
[ -n "$PHP_CONFIG" ] && [ -x "$PHP_CONFIG" ] || die "php-config not found (install php$PHP_VERSION-dev, or pass --php-config PATH of the PHP that runs WHMCS)"
PHP=$("$PHP_CONFIG" --php-binary)
[ -x "$PHP" ] || die "$PHP_CONFIG names $PHP as its PHP binary, which is missing"
have_version=$("$PHP_CONFIG" --version | cut -d. -f1,2)
have_api=$("$PHP_CONFIG" --phpapi)
if "$PHP" -n -r 'exit(PHP_ZTS ? 0 : 1);'; then have_ts=zts; else have_ts=nts; fi
[ "$have_version" = "$PHP_VERSION" ] || die "this build is for PHP $PHP_VERSION; $PHP is PHP $have_version (download the php$have_version-$have_ts build)"
[ "$have_api" = "$PHP_API" ] || die "this build is for PHP API $PHP_API; $PHP has API $have_api"
[ "$have_ts" = "$PHP_TS" ] || die "this build is $PHP_TS (thread safety $( [ "$PHP_TS" = zts ] && echo enabled || echo disabled)); $PHP is $have_ts"
glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | awk '{print $2}')
if [ -n "$glibc" ] && [ "$(printf '%s\n%s\n' "$GLIBC_BASELINE" "$glibc" | sort -V | head -n1)" != "$GLIBC_BASELINE" ]; then
    die "this build needs glibc $GLIBC_BASELINE or newer; this system has $glibc"
fi
# The proof: this PHP loads this file (-n: without the system's ini, so an older copy already
# enabled there does not stand in for it).
loaded=$("$PHP" -n -d "extension=$HERE/whmcs_oxide.so" -r 'echo phpversion("whmcs_oxide");' 2>&1) || loaded=
[ "$loaded" = "$VERSION" ] || die "$PHP cannot load $HERE/whmcs_oxide.so: $loaded"
if [ -n "$WHMCS" ] && [ ! -d "$WHMCS/modules/servers" ]; then
    die "$WHMCS does not look like a WHMCS install (no modules/servers)"
fi
if command -v dpkg-query >/dev/null 2>&1 && dpkg-query -W -f='${Status}' whmcs-oxide 2>/dev/null | grep -q 'install ok installed'; then
    die "the whmcs-oxide .deb package is installed; upgrade it with the new .deb instead (or remove it first)"
fi
EXT_DIR=$("$PHP_CONFIG" --extension-dir)
say "checks passed: PHP $have_version ($have_ts, API $have_api), glibc ${glibc:-?}, $PHP loads whmcs_oxide $VERSION"
[ "$MODE" = check ] && { say "--check: nothing was changed"; exit 0; }

# ---- install
[ "$(id -u)" -eq 0 ] || die "run as root to write $EXT_DIR"
mkdir -p "$STATE_DIR"
: > "$LIST.new"
record() { echo "$1 $2" >> "$LIST.new"; }

# A new file renamed over the old one: running PHP workers keep the file they mapped, and
# the next reload maps the new one (copying over it in place could crash them).
cp "$HERE/whmcs_oxide.so" "$EXT_DIR/.whmcs_oxide.so.new"
chmod 0644 "$EXT_DIR/.whmcs_oxide.so.new"
mv -f "$EXT_DIR/.whmcs_oxide.so.new" "$EXT_DIR/whmcs_oxide.so"
record file "$EXT_DIR/whmcs_oxide.so"
say "installed $EXT_DIR/whmcs_oxide.so"

MODS=/etc/php/$PHP_VERSION/mods-available
SCAN=$("$PHP" --ini | sed -n 's/^Scan for additional .ini files in: //p')
if [ -d "$MODS" ] && command -v phpenmod >/dev/null 2>&1; then
    # Debian/Ubuntu: mods-available + phpenmod, for every SAPI (CLI for the cron, FPM/Apache).
    cp "$HERE/whmcs_oxide.ini" "$MODS/whmcs_oxide.ini"
    record file "$MODS/whmcs_oxide.ini"
    phpenmod -v "$PHP_VERSION" -s ALL whmcs_oxide
    record enmod "$PHP_VERSION"
    say "wrote $MODS/whmcs_oxide.ini and enabled it (phpenmod -v $PHP_VERSION -s ALL whmcs_oxide)"
elif [ -n "$SCAN" ] && [ "$SCAN" != "(none)" ] && [ -d "$SCAN" ]; then
    # RHEL/AlmaLinux/CloudLinux and others: the PHP's scan directory (/etc/php.d, ...).
    cp "$HERE/whmcs_oxide.ini" "$SCAN/50-whmcs_oxide.ini"
    record file "$SCAN/50-whmcs_oxide.ini"
    say "wrote $SCAN/50-whmcs_oxide.ini"
else
    say "this PHP has no ini scan directory: add 'extension=whmcs_oxide.so' to its php.ini yourself"
fi

if [ -n "$WHMCS" ]; then
    for m in "$HERE"/modules/servers/oxide_*; do
        name=$(basename "$m")
        rm -rf "$WHMCS/modules/servers/.$name.new"
        cp -R "$m" "$WHMCS/modules/servers/.$name.new"
        chown -R --reference="$WHMCS/modules/servers" "$WHMCS/modules/servers/.$name.new" 2>/dev/null || true
        rm -rf "$WHMCS/modules/servers/$name"
        mv "$WHMCS/modules/servers/.$name.new" "$WHMCS/modules/servers/$name"
        record dir "$WHMCS/modules/servers/$name"
        say "installed $WHMCS/modules/servers/$name"
    done
fi
mv "$LIST.new" "$LIST"
say "recorded in $LIST"
say "next: reload (not restart) PHP-FPM so running requests finish, e.g. systemctl reload php$PHP_VERSION-fpm;"
say "      check with: php --ri whmcs_oxide"
say "undo: $HERE/install.sh --uninstall"
