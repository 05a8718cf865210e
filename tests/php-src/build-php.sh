#!/usr/bin/env bash
# Builds PHP from Debian's source package, once, into a cached prefix, and prints that prefix.
#   tests/php-src/build-php.sh <8.2|8.4> <debug|zts-debug|zts>
#     debug      NTS, --enable-debug (Zend's leak report and assertions)
#     zts-debug  ZTS, --enable-debug
#     zts        ZTS release build (what a ZTS host runs)
# Afterwards <prefix>/bin/php, <prefix>/bin/php-config and <prefix>/lib/php/build/run-tests.php
# (that PHP's own test runner) exist. Prefix: $OXIDE_CACHE/php-src/<version>-<flavour>/
# (OXIDE_CACHE defaults to ~/.cache/whmcs-oxide). Only what the harness and tests need is built
# (--disable-all plus the extensions below); PHPUnit 9.6 wants dom, json, libxml, mbstring, xml,
# xmlwriter, tokenizer; the harness wants pdo_sqlite, curl (simulator control), posix, pcntl, and
# Smarty's mb_str_replace mbstring's regex functions (oniguruma); the vpncp client area calendar.
#
# Sources: php8.2 from bookworm, php8.4 from trixie, both as Debian source packages (`apt-get
# source`, Debian's patches applied) through a private apt configuration under the cache (its own
# sources list, lists and archives): the host's apt configuration is not read for sources and not
# changed. Cached: a stamp in the prefix holds the source version and configure options; the same
# again is not rebuilt. The Debian source index is refreshed at most once a day
# (OXIDE_PHP_SRC_REFRESH=1: now). Two runs for one flavour take turns (flock); a build happens in a
# temporary directory and its installed tree is moved into place at once, so a broken build leaves
# the previous prefix (or none) behind. Build dependencies: the host's Debian packages listed in
# the Makefile's PHP_SRC_PACKAGES (make deps installs them).
set -euo pipefail
VERSION=${1:?usage: build-php.sh <8.2|8.4> <debug|zts-debug|zts>}
FLAVOUR=${2:?usage: build-php.sh <8.2|8.4> <debug|zts-debug|zts>}
case "$VERSION" in
    8.2) SUITES="bookworm bookworm-updates" SEC=bookworm-security ;;
    8.4) SUITES="trixie trixie-updates" SEC=trixie-security ;;
    *) echo "build-php: PHP $VERSION: only 8.2 (bookworm) and 8.4 (trixie) have Debian sources here" >&2; exit 2 ;;
esac
case "$FLAVOUR" in
    # zend_test (shared, loaded only on request): its zend_leak_bytes() plants a real leak, so
    # the tests show that our runner fails on a leak report (tests/php-src/planted/).
    debug) FLAGS="--enable-debug --enable-zend-test=shared" ;;
    zts-debug) FLAGS="--enable-debug --enable-zts --enable-zend-test=shared" ;;
    zts) FLAGS="--enable-zts" ;;
    *) echo "build-php: flavour $FLAVOUR: one of debug, zts-debug, zts" >&2; exit 2 ;;
esac
MIRROR=${OXIDE_DEBIAN_MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${OXIDE_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
CACHE=${OXIDE_CACHE:-$HOME/.cache/whmcs-oxide}
TOP=$CACHE/php-src
PREFIX=$TOP/$VERSION-$FLAVOUR
mkdir -p "$TOP/apt/lists/partial" "$TOP/apt/archives/partial" "$TOP/apt/parts.d" "$TOP/dl"

EXTS=(--enable-cli --disable-cgi --disable-phpdbg
    --enable-calendar --enable-ctype --enable-dom --enable-filter --enable-mbstring
    --enable-pdo --with-pdo-sqlite --with-sqlite3 --enable-session --enable-simplexml
    --enable-tokenizer --enable-xml --enable-xmlreader --enable-xmlwriter --with-libxml
    --enable-posix --enable-pcntl --enable-phar --with-curl --with-openssl --with-zlib)
CONFIGURE="--prefix=$PREFIX --disable-all $FLAGS ${EXTS[*]} --with-config-file-path=$PREFIX/etc --with-config-file-scan-dir=$PREFIX/etc/conf.d"

# The private apt configuration: deb-src of the one Debian release this PHP comes from.
APT_OPTS=(-o "Dir::Etc::SourceList=$TOP/apt/sources.list-$VERSION" -o "Dir::Etc::SourceParts=$TOP/apt/parts.d"
    -o "Dir::State::Lists=$TOP/apt/lists-$VERSION" -o "Dir::Cache=$TOP/apt" -o "Dir::Cache::archives=$TOP/apt/archives"
    -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=" -o "APT::Sandbox::User=$(id -un)")
APT=(apt-get -q "${APT_OPTS[@]}")
source_versions() { # newest first
    apt-cache "${APT_OPTS[@]}" showsrc "php$VERSION" 2>/dev/null | sed -n 's/^Version: //p' | sort -rV
}

# Source index and package: one at a time per PHP version (both flavours share them).
exec 8> "$TOP/.source-$VERSION.lock"
flock 8
{
    for s in $SUITES; do echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR $s main"; done
    echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $SECURITY_MIRROR $SEC main"
} > "$TOP/apt/sources.list-$VERSION"
mkdir -p "$TOP/apt/lists-$VERSION/partial"
stamp_lists=$TOP/apt/lists-$VERSION/.updated
if [ -n "${OXIDE_PHP_SRC_REFRESH:-}" ] || [ -z "$(find "$stamp_lists" -mmin -1440 2>/dev/null)" ]; then
    if "${APT[@]}" update > "$TOP/apt-update-$VERSION.log" 2>&1; then
        touch "$stamp_lists"
    elif [ -z "$(source_versions)" ]; then
        cat "$TOP/apt-update-$VERSION.log" >&2; echo "build-php: no Debian source index for php$VERSION" >&2; exit 1
    else
        echo "build-php: source index not refreshed (offline?); using the one from $(date -r "$stamp_lists")" >&2
    fi
fi
# The newest version whose source can be fetched (a mirror may list a security update whose
# files it does not serve); one that could not be fetched is tried again after the next refresh.
SRCVER=
for v in $(source_versions); do
    DL=$TOP/dl/php$VERSION-$v
    if [ -f "$DL/.complete" ]; then SRCVER=$v; break; fi
    [ ! -f "$DL.unavailable" ] || [ "$DL.unavailable" -ot "$stamp_lists" ] || continue
    rm -rf "$DL" && mkdir -p "$DL"
    if (cd "$DL" && "${APT[@]}" source --download-only "php$VERSION=$v") > "$TOP/apt-source-$VERSION.log" 2>&1; then
        touch "$DL/.complete"; SRCVER=$v; break
    fi
    echo "build-php: php$VERSION $v listed but not fetched; trying an older one" >&2
    rm -rf "$DL"; touch "$DL.unavailable"
done
[ -n "$SRCVER" ] || { tail -20 "$TOP/apt-source-$VERSION.log" >&2; echo "build-php: no source package php$VERSION could be fetched" >&2; exit 1; }
flock -u 8

WANT="php$VERSION $SRCVER $CONFIGURE"
if [ -f "$PREFIX/.whmcs-oxide-built" ] && [ "$(cat "$PREFIX/.whmcs-oxide-built")" = "$WANT" ] && [ -x "$PREFIX/bin/php" ]; then
    echo "$PREFIX"
    exit 0
fi

exec 9> "$TOP/.$VERSION-$FLAVOUR.lock"
flock 9
# Built by another run while this one waited.
if [ -f "$PREFIX/.whmcs-oxide-built" ] && [ "$(cat "$PREFIX/.whmcs-oxide-built")" = "$WANT" ] && [ -x "$PREFIX/bin/php" ]; then
    echo "$PREFIX"
    exit 0
fi
rm -rf "$TOP/build-$VERSION-$FLAVOUR".* # a killed run's leftovers (this lock is held)
WORK=$(mktemp -d "$TOP/build-$VERSION-$FLAVOUR.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
LOG=$TOP/build-$VERSION-$FLAVOUR.log
t0=$(date +%s)
echo "build-php: PHP $VERSION $FLAVOUR from Debian source php$VERSION $SRCVER (log: $LOG)" >&2
(
    set -x
    dpkg-source --no-check -x "$DL"/*.dsc "$WORK/src"
    cd "$WORK/src"
    # Debian's patches touch configure inputs: configure is made again from them.
    PHP_AUTOCONF=autoconf ./buildconf --force
    # shellcheck disable=SC2086 # CONFIGURE is a list of options without spaces in any one
    ./configure $CONFIGURE
    nice -n 10 make -j"${OXIDE_PHP_SRC_JOBS:-2}"
    make install INSTALL_ROOT="$WORK/stage"
    mkdir -p "$WORK/stage$PREFIX/lib/php/build" "$WORK/stage$PREFIX/etc/conf.d"
    cp run-tests.php "$WORK/stage$PREFIX/lib/php/build/run-tests.php"
) > "$LOG" 2>&1 || { tail -40 "$LOG" >&2; echo "build-php: PHP $VERSION $FLAVOUR failed (log: $LOG)" >&2; exit 1; }
echo "$WANT" > "$WORK/stage$PREFIX/.whmcs-oxide-built"
# Into place at once: the old prefix aside, the new one in, the old one gone.
rm -rf "$PREFIX.old"
[ ! -e "$PREFIX" ] || mv "$PREFIX" "$PREFIX.old"
mv "$WORK/stage$PREFIX" "$PREFIX"
rm -rf "$PREFIX.old"
echo "build-php: PHP $VERSION $FLAVOUR built in $(( $(date +%s) - t0 )) s: $("$PREFIX/bin/php" -r 'echo PHP_VERSION, PHP_ZTS ? " ZTS" : " NTS", PHP_DEBUG ? " debug" : "";')" >&2
echo "$PREFIX"
