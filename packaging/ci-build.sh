#!/usr/bin/env bash
# One row (PHP version x thread safety) of the release workflow, step by step. Both the CI
# workflow (.github/workflows/release.yml: each `run:` step of its dist job is one call of this)
# and this machine (tests/release/run-workflow.sh, `make release-local`: the workflow's rows and
# steps, read from the workflow) run it, so what CI does is what can be run here.
#   packaging/ci-build.sh deps|build|pack|check PHP_VERSION nts|zts
#   packaging/ci-build.sh available PHP_VERSION nts|zts   exit 0 if this machine can run the row
#   packaging/ci-build.sh release ROWS_DIR                the release job: every row's builds in one
#                                                         universal tarball, one SHA256SUMS (in OXIDE_CI_OUT)
# The row's PHP: in CI (GITHUB_ACTIONS=true) the `php`/`php-config` on PATH (setup-php's); here
# Debian 12's 8.2 (the host), Debian 13's 8.4 (the cached root, make php84-root) and the ZTS PHPs
# built from Debian's source packages (tests/php-src/build-php.sh VERSION zts; the Makefile's
# DIST_ZTS_VERSIONS: 8.2). The builds
# are the Makefile's targets (the one place that knows versions): make dist builds the same.
# OXIDE_CI_OUT: where pack writes the row's artefacts (default dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
MAKE=${MAKE:-make}
STEP=${1:?usage: packaging/ci-build.sh deps|build|pack|check|available PHP_VERSION nts|zts}
mk() { "$MAKE" -s --no-print-directory "$@"; }
in_ci() { [ "${GITHUB_ACTIONS:-}" = true ]; }
# Runs as root where the checks need it (private mount namespaces); CI's runner user has sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -E env "PATH=$PATH" "$@"; fi; }

# ---- the release job: rows' artefacts (one folder per row, as actions/download-artifact gives
# them) into dist/: every per-build tarball, one universal tarball holding every build, each
# row's .deb named after its PHP, and one SHA256SUMS.
if [ "$STEP" = release ]; then
    ROWS=${2:?usage: packaging/ci-build.sh release ROWS_DIR}
    W=$(mktemp -d)
    trap 'rm -rf "$W"' EXIT
    builds=
    for t in "$ROWS"/*/whmcs-oxide-*-php*-x86_64.tar.gz; do
        [ -f "$t" ] || continue
        tar -xzf "$t" -C "$W"
    done
    for so in "$W"/*/builds/*/whmcs_oxide.so; do
        [ -f "$so" ] || continue
        name=$(basename "$(dirname "$so")")
        case " $builds " in *" $name="*) ;; *) builds="$builds $name=$so" ;; esac
    done
    [ -n "$builds" ] || { echo "release: no per-build tarballs under $ROWS" >&2; exit 1; }
    first=${builds# }; first=${first%% *}; rest=${builds# }; rest=${rest#"$first"}
    fname=${first%%=*}; v=${fname#php}; v=${v%-*}
    OUT=${OXIDE_CI_OUT:-dist}
    mk dist-pack DIST_SO="${first#*=}" DIST_EXTRA_BUILDS="$rest" PHP_VERSION="$v" PHP_TS="${fname##*-}" MAKE_DEB=no DIST_OUT="$OUT"
    version=$(mk print-VERSION)
    for d in "$ROWS"/*/; do
        deb=$(ls "$d"whmcs-oxide_*_amd64.deb 2>/dev/null | head -n1) || true
        [ -n "$deb" ] || continue
        php=$(dpkg-deb -f "$deb" Depends | sed -n 's/.*php\([0-9.]*\)-common.*/\1/p')
        cp "$deb" "$OUT/whmcs-oxide_${version}+php${php}_amd64.deb"
    done
    (cd "$OUT" && rm -f SHA256SUMS && sha256sum $(ls ./*.tar.gz ./*.deb 2>/dev/null | sed 's|^\./||') > SHA256SUMS && cat SHA256SUMS)
    exit 0
fi

V=${2:?PHP version}
TS=${3:?nts or zts}
ROW=php$V-$TS
OUT=${OXIDE_CI_OUT:-dist}
unavailable() { echo "$ROW: not available here ($1); the CI workflow builds and tests it"; exit 2; }

# The row's PHP (PHP_BIN, PHP_CONF), the make target that builds it and where the .so lands.
# Commands are run through RUN (the 8.4 root's PHP runs by chroot with its root in the env).
RUN=()
if in_ci; then
    PHP_BIN=$(command -v php) PHP_CONF=$(command -v php-config)
    TARGET=dist-ext SO=build/dist/whmcs_oxide.so
else
    case $ROW in
        php8.2-nts)
            [ -x /usr/bin/php8.2 ] && [ -x /usr/bin/php-config8.2 ] || unavailable "no /usr/bin/php8.2 and php-config8.2 (make deps)"
            [ "$(readlink -f "$(command -v php)")" = "$(readlink -f /usr/bin/php8.2)" ] || unavailable "the php on PATH is not 8.2"
            PHP_BIN=/usr/bin/php8.2 PHP_CONF=/usr/bin/php-config8.2 TARGET=dist-ext SO=build/dist/whmcs_oxide.so ;;
        php8.4-nts)
            root=$(mk print-PHP84_ROOT)
            RUN=(env "OXIDE_PHP_ROOT=$root" OXIDE_PHP_BIN=/usr/bin/php8.4 OXIDE_PHP_CONFIG=/usr/bin/php-config8.4)
            PHP_BIN=$PWD/tests/php84/php PHP_CONF=$PWD/tests/php84/php-config
            TARGET=dist-ext-php84 SO=build/dist/php8.4/whmcs_oxide.so ;;
        php8.2-zts|php8.4-zts)
            # The ZTS PHPs built here from Debian's source packages: the Makefile's DIST_ZTS_VERSIONS.
            case " $(mk print-DIST_ZTS_VERSIONS) " in
                *" $V "*) ;;
                *) unavailable "no ZTS PHP $V: Debian's php$V source package is not served to this machine, see DIST_ZTS_VERSIONS" ;;
            esac
            [ -x tests/php-src/build-php.sh ] || unavailable "no tests/php-src/build-php.sh to build a ZTS PHP"
            TARGET=dist-ext-zts-$V SO=build/dist/$ROW/whmcs_oxide.so PHP_BIN= PHP_CONF= ;;
        *) unavailable "Debian 12 and 13 ship PHP 8.2 and 8.4 only" ;;
    esac
fi
# The ZTS PHP is built (once, cached) when first needed: not for `available`.
zts_php() {
    if [ -z "$PHP_BIN" ]; then
        local prefix
        prefix=$(nice -n 10 tests/php-src/build-php.sh "$V" zts | tail -n1)
        PHP_BIN=$prefix/bin/php PHP_CONF=$prefix/bin/php-config
    fi
}

case $STEP in
    available) echo "$ROW: available here" ;;
    deps)
        if in_ci; then
            # What the Makefile's `deps` installs on Debian 12, for the runner's Ubuntu: bindgen's
            # clang, objdump, a venv for Zig, and the WHMCS harness's Laravel database layer
            # (php-illuminate-database: Debian's/Ubuntu's, under /usr/share/php).
            sudo apt-get update -qq
            sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                clang libclang-dev binutils python3-venv php-illuminate-database
            test -f /usr/share/php/Illuminate/Database/autoload.php
            mk zig-toolchain DIST_DEPS=
        else
            mk zig-toolchain
        fi ;;
    build)
        zts_php
        # ext-php-rs reads the PHP it builds for from BOTH `PHP` (php -i: version, ZTS, debug)
        # and `PHP_CONFIG` (headers); the 8.4 and ZTS targets set their own.
        "${RUN[@]}" env PHP="$PHP_BIN" PHP_CONFIG="$PHP_CONF" "$MAKE" -s --no-print-directory "$TARGET" $(in_ci && echo DIST_DEPS=)
        # The .so is for this PHP: the same extension build id ("API20220829,TS") as the PHP's own.
        want=$("${RUN[@]}" "$PHP_BIN" -n -i | sed -n 's/^PHP Extension Build => //p')
        got=$(strings "$SO" | grep -m1 '^API[0-9]\{8\},' || true)
        [ -n "$want" ] && [ "$want" = "$got" ] || { echo "$ROW: $SO was built for '$got', the row's PHP is '$want'" >&2; exit 1; }
        echo "$ROW: $SO ($got)" ;;
    pack)
        zts_php
        "${RUN[@]}" "$MAKE" -s --no-print-directory dist-pack DIST_SO="$SO" DIST_EXTRA_BUILDS= PHP_VERSION="$V" PHP_TS="$TS" \
            PHP_CONFIG="$PHP_CONF" DIST_OUT="$OUT" ;;
    check)
        zts_php
        deb=$([ "$TS" = nts ] && echo yes || echo no)
        OXIDE_DIST_DIR=$OUT OXIDE_DIST_BUILDS=$ROW OXIDE_DIST_DEB=$deb tests/dist/check-artefacts.sh
        php_on_path=$(readlink -f "$(command -v php)")
        if [ "$(readlink -f "$PHP_BIN")" = "$php_on_path" ]; then
            # The row's PHP is the one on PATH (every CI row; the host's 8.2 here): the full release
            # checks (portability, .phpt, PHPUnit subset, installing the row's artefacts).
            cargo build --release -p whmcs-oxide --features php
            mkdir -p build && cp target/release/libwhmcs_oxide.so build/whmcs_oxide.so
            cargo build --release -p oxide-sim --bins
            as_root env OXIDE_DIST_EXT="$PWD/$SO" OXIDE_DIST_DIR="$OUT" OXIDE_DIST_BUILDS="$ROW" OXIDE_DIST_DEB="$deb" tests/dist/run.sh
        else
            # A PHP beside the host's: portability, and that PHP loads the build and names it.
            tests/dist/check-portable.sh "$SO" "$(mk print-GLIBC_BASELINE)"
            so_dir=$(cd "$(dirname "$SO")" && pwd)
            if [ ${#RUN[@]} -gt 0 ]; then
                # The root's PHP sees the build through a bind mount in a private mount namespace.
                root=$(mk print-PHP84_ROOT)
                info=$(unshare --mount --propagation private -- sh -c \
                    "mount --bind '$so_dir' '$root/mnt' && chroot '$root' /usr/bin/php8.4 -n -d extension=/mnt/whmcs_oxide.so --ri whmcs_oxide")
            else
                info=$("$PHP_BIN" -n -d "extension=$so_dir/whmcs_oxide.so" --ri whmcs_oxide)
            fi
            printf '%s\n' "$info" | grep -E '^(Version|Target) => ' || { printf '%s\n' "$info"; exit 1; }
            printf '%s\n' "$info" | grep -q "^Target => PHP API [0-9]*, $([ "$TS" = zts ] && echo ZTS || echo NTS)," ||
                { echo "$ROW: the loaded build does not say $TS"; exit 1; }
            # A PHP built from source has its own test runner: the .phpt suite, no failure, no skip.
            rt=$(dirname "$PHP_BIN")/../lib/php/build/run-tests.php
            if [ ${#RUN[@]} -eq 0 ] && [ -f "$rt" ]; then
                log=$(mktemp)
                NO_INTERACTION=1 TEST_PHP_EXECUTABLE=$PHP_BIN "$PHP_BIN" -n "$rt" -q -n -d "extension=$so_dir/whmcs_oxide.so" tests/phpt > "$log" 2>&1 || true
                grep -E '^Tests (passed|failed|skipped)' "$log"
                grep -Eq '^Tests failed *: *0 ' "$log" && grep -Eq '^Tests skipped *: *0 ' "$log" &&
                    grep -Eq '^Tests passed *: *[1-9]' "$log" || { cat "$log"; exit 1; }
                rm -f "$log"
            fi
            echo "$ROW: loads in $PHP_BIN (more on this PHP: $([ "$TS" = zts ] && echo "make test-setup, the installer" || echo "make test-php84, the suites"))"
        fi ;;
    *) echo "packaging/ci-build.sh: unknown step $STEP" >&2; exit 2 ;;
esac
