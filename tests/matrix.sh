#!/usr/bin/env bash
# make test-matrix: the PHPs beyond make test's 20 minutes, which CI runs after make test.
#   tests/matrix.sh <version>-<flavour>...   (the debug and ZTS PHPs built from source)
# PHP 8.4 NTS (make test-php84), the ZTS release builds (make test-zts-release), each debug/ZTS PHP (make test-php-src-<name>: .phpt by its own
# run-tests.php, the PHPUnit subset that calls every exported function, 0 leak reports and 0
# failed assertions) and valgrind with the debug NTS PHP (make test-valgrind). Keeps going after
# a failure; one summary over its own results (target/test-logs/matrix), non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
LOGS=$PWD/target/test-logs/matrix
rm -rf "$LOGS" && mkdir -p "$LOGS"
export OXIDE_RESULTS_DIR=$LOGS
RESULTS() { php tests/results.php "$@"; }
t0=$(date +%s)
step() { # name target: a make target, its output in LOGS/name.log; a failing exit status is a failure
    local s=$(date +%s)
    echo "== $1 (make $2)"
    ${MAKE:-make} -s "$2" 2>&1 | tee "$LOGS/$1.log"
    [ "${PIPESTATUS[0]}" -eq 0 ] || RESULTS check "$1" "make $2 exit status" fail
    echo "$1 took $(( $(date +%s) - s )) s"
}
step php8.4 test-php84
# make dist with the ZTS builds and the installer on a ZTS PHP; its RESULT| lines are its checks.
step zts-release test-zts-release
while IFS='|' read -r _ name p f; do
    for ((i = 1; i <= p; i++)); do RESULTS check "$name" "$name #$i" pass; done
    for ((i = 1; i <= f; i++)); do RESULTS check "$name" "$name failure #$i" fail; done
done < <(grep '^RESULT|' "$LOGS/zts-release.log")
grep -q '^RESULT|' "$LOGS/zts-release.log" || RESULTS check zts-release "RESULT lines from make test-zts-release" fail
for name in "$@"; do
    step "php$name" "test-php-src-$name"
done
step valgrind test-valgrind
echo
echo "make test-matrix took $(( $(date +%s) - t0 )) s"
RESULTS summary
