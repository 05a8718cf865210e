# The ok / no / check trio of the shell test scripts, sourced by each (also inside the private
# roots, where it is copied beside them): every check prints one line and counts into pass /
# fail; a failing check shows the end of what its command printed (CHECK_TAIL lines).
pass=0 fail=0
ok() { echo "  ok   $1"; pass=$((pass + 1)); }
no() { echo "  FAIL $1"; fail=$((fail + 1)); }
check() { # description command...
    local d=$1 out
    shift
    out=$(mktemp)
    if "$@" >"$out" 2>&1; then ok "$d"; else no "$d"; sed 's/^/       /' "$out" | tail -n "${CHECK_TAIL:-20}"; fi
    rm -f "$out"
}
