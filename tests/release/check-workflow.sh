#!/usr/bin/env bash
# The CI release workflow and the local run (make release-local) cannot drift apart, and make dist
# builds what the workflow's rows on this machine build. Cheap (no build): reads the workflow,
# the local plan (tests/release/run-workflow.sh --list) and the Makefile. Also shows that the
# checks can fail, on altered copies of the workflow. Prints RESULT|release workflow|passed|failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
WF=.github/workflows/release.yml
. tests/lib/check.sh
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

rows=$(tests/release/workflow.py rows "$WF")
steps=$(tests/release/workflow.py steps "$WF")
tests/release/run-workflow.sh --list > "$T/plan"

check "every run: step of the workflow is a packaging/ci-build.sh step (as many as its run: lines)" \
    bash -c "[ -n \"$steps\" ] && [ \$(grep -c '^ *run: ' $WF) -eq $(wc -l <<<"$steps") ]"
check "the workflow's matrix has 8.1 to 8.4, NTS and ZTS" \
    bash -c "[ \"\$(echo \$(printf '%s\n' \"$rows\" | LC_ALL=C sort))\" = '8.1 nts 8.1 zts 8.2 nts 8.2 zts 8.3 nts 8.3 zts 8.4 nts 8.4 zts' ]"
# The plan the local command prints, rebuilt from the workflow: each row either all dist steps in
# the workflow's order, or one "not available here" line; then the release job's steps.
expect() {
    while read -r v ts; do
        if grep -qx "php$v-$ts: not available here (.*" "$T/plan"; then grep -x "php$v-$ts: not available here (.*" "$T/plan"
        else awk -v r="php$v-$ts" '$1 == "dist" {print r, $2}' <<<"$steps"; fi
    done <<<"$rows"
    awk '$1 != "dist" {print "release", $2}' <<<"$steps"
}
check "the local command lists the workflow's rows and steps, in order, and nothing else" diff -u <(expect) "$T/plan"
check "every step the workflow names is one packaging/ci-build.sh has" bash -c '
    for s in $(awk "{print \$2}" <<<"'"$steps"'" | sort -u); do
        grep -Eq "^    ($s|[a-z|]*\|$s|$s\|[a-z|]*)\)" packaging/ci-build.sh || grep -q "^if \[ \"\$STEP\" = $s \]" packaging/ci-build.sh || { echo "no step $s"; exit 1; }
    done'
check "8.1 and 8.3 are not available here, with a reason" \
    bash -c "grep -Ex 'php8\.[13]-(nts|zts): not available here \(.+\); the CI workflow builds and tests it' $T/plan | wc -l | grep -qx 4"
# What make dist builds by default (the Makefile's OXIDE_DIST_BUILDS) is what the local run builds;
# worked out afresh, not from the environment of make test (which leaves ZTS to make test-matrix).
local_rows=$(grep -E '^php[0-9.]+-(nts|zts) build$' "$T/plan" | awk '{print $1}' | LC_ALL=C sort | xargs)
dist_rows=$(env -u OXIDE_DIST_BUILDS -u DIST_ZTS -u DIST_PHP84 make -s --no-print-directory print-OXIDE_DIST_BUILDS | xargs -n1 | LC_ALL=C sort | xargs)
check "make dist builds the rows the local run builds ($dist_rows)" bash -c "[ '$local_rows' = '$dist_rows' ]"

# The checks can fail: a workflow step that is not a ci-build.sh step is refused, a new row shows.
sed 's|^\(        run: packaging/ci-build.sh pack .*\)$|\1\n      - run: make dist DIST_PHP84=no|' "$WF" > "$T/extra-step.yml"
check "refused: a workflow with a run: step of its own (make dist)" \
    bash -c "! tests/release/workflow.py steps $T/extra-step.yml && ! tests/release/run-workflow.sh --list --workflow $T/extra-step.yml"
sed "s|php: \['8.1', '8.2', '8.3', '8.4'\]|php: ['8.1', '8.2', '8.3', '8.4', '8.5']|" "$WF" > "$T/new-row.yml"
check "a row added to the workflow appears in the local plan" \
    bash -c "tests/release/run-workflow.sh --list --workflow $T/new-row.yml | grep -qx 'php8.5-zts: not available here (.*'"
echo "RESULT|release workflow|$pass|$fail"
[ "$fail" -eq 0 ]
