#!/usr/bin/env bash
# `make release-local`: the CI release workflow (.github/workflows/release.yml) run here, for
# every matrix row this machine can serve (8.2 and 8.4, NTS and ZTS; 8.1 and 8.3 get a "not
# available here" line). Rows and steps are read from the workflow itself (tests/release/workflow.py),
# whose every `run:` step is a packaging/ci-build.sh call: each row runs those steps in order (a
# failed step ends its row, as in CI), into target/release-local/rows/<row>/, then the release
# job's steps make target/release-local/dist/ (universal tarball of every row's build, SHA256SUMS).
#   tests/release/run-workflow.sh [--list] [--workflow FILE]
#   --list   print the plan ("<row> <step>" per step, the reason for a row not run) and stop
set -uo pipefail
cd "$(dirname "$0")/../.."
WF=.github/workflows/release.yml LIST=
while [ $# -gt 0 ]; do
    case $1 in
        --list) LIST=1; shift ;;
        --workflow) WF=$2; shift 2 ;;
        *) echo "usage: tests/release/run-workflow.sh [--list] [--workflow FILE]" >&2; exit 2 ;;
    esac
done
rows=$(tests/release/workflow.py rows "$WF") || exit 1
steps=$(tests/release/workflow.py steps "$WF") || exit 1
row_steps=$(awk '$1 == "dist" {print $2}' <<<"$steps")
release_steps=$(awk '$1 != "dist" {print $2}' <<<"$steps")
OUT=target/release-local

if [ -n "$LIST" ]; then
    while read -r v ts; do
        if why=$(packaging/ci-build.sh available "$v" "$ts"); then
            for s in $row_steps; do echo "php$v-$ts $s"; done
        else
            echo "$why"
        fi
    done <<<"$rows"
    for s in $release_steps; do echo "release $s"; done
    exit 0
fi

rm -rf "$OUT" && mkdir -p "$OUT/logs" "$OUT/rows"
summary=() bad=0 ran=0
step() { # name log command...: one step, timed, its log's tail on failure
    local name=$1 log=$2 t0 rc; shift 2
    t0=$(date +%s)
    "$@" > "$log" 2>&1; rc=$?
    if [ $rc -eq 0 ]; then
        summary+=("$(printf '%-16s %-8s ok    %4d s' "${name% *}" "${name#* }" $(( $(date +%s) - t0 )))")
    else
        summary+=("$(printf '%-16s %-8s FAIL  %4d s  (%s)' "${name% *}" "${name#* }" $(( $(date +%s) - t0 )) "$log")")
        tail -n 30 "$log"; bad=$((bad + 1))
    fi
    echo "${summary[-1]}"
    return $rc
}
while read -r v ts; do
    row=php$v-$ts
    if ! why=$(packaging/ci-build.sh available "$v" "$ts"); then
        echo "$why"; summary+=("$(printf '%-16s %-8s %s' "$row" "-" "not available here")"); continue
    fi
    ran=$((ran + 1))
    for s in $row_steps; do
        step "$row $s" "$OUT/logs/$row-$s.log" env OXIDE_CI_OUT="$OUT/rows/$row" nice -n 5 packaging/ci-build.sh "$s" "$v" "$ts" || break
    done
done <<<"$rows"
if [ "$bad" -eq 0 ] && [ "$ran" -gt 0 ]; then
    for s in $release_steps; do
        step "release $s" "$OUT/logs/release-$s.log" env OXIDE_CI_OUT="$OUT/dist" packaging/ci-build.sh "$s" "$OUT/rows" || break
    done
fi
echo
echo "== release workflow, run here ($WF)"
printf '  %s\n' "${summary[@]}"
[ "$ran" -gt 0 ] || { echo "no row of the workflow can run here"; exit 1; }
[ "$bad" -eq 0 ] && echo "artefacts: $OUT/dist/"
[ "$bad" -eq 0 ]
