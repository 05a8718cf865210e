# Sourced by tests/php-src/run.sh and valgrind.sh after they set NAME (<version>-<flavour>), S
# (their suite prefix) and L (their log dir): the PHP and extension under test
# (OXIDE_PHP_SRC_PREFIX, OXIDE_PHP_SRC_EXT), results into $OXIDE_RESULTS_DIR (run alone: into L,
# with a summary at the end: `finish`).
PREFIX=${OXIDE_PHP_SRC_PREFIX:?} EXT=${OXIDE_PHP_SRC_EXT:?}
PHP=$PREFIX/bin/php
rm -rf "$L" && mkdir -p "$L"
alone=
if [ -z "${OXIDE_RESULTS_DIR:-}" ]; then
    alone=1; export OXIDE_RESULTS_DIR=$L
fi
RESULTS() { php tests/results.php "$@"; }
finish() { [ -z "$alone" ] || RESULTS summary; }
[ -x "$PHP" ] && [ -f "$EXT" ] || { echo "no PHP at $PREFIX or no extension $EXT"; RESULTS check "$S" "PHP $NAME and its extension are built" fail; exit 1; }
