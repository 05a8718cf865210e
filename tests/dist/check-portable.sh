#!/usr/bin/env bash
# Fails when an extension binary would not load on a WHMCS host with glibc BASELINE: a symbol
# version newer than GLIBC_<BASELINE>, a versioned symbol of another library, or a shared
# library beyond glibc's own and libgcc_s (PHP's own symbols are resolved from the loading PHP
# and are unversioned, so they do not show up as NEEDED).
#   tests/dist/check-portable.sh SO [BASELINE]   (BASELINE defaults to 2.28)
set -uo pipefail
SO=$1 BASELINE=${2:-2.28}
[ -r "$SO" ] || { echo "FAIL: $SO is missing"; exit 1; }
ALLOWED='^(libc\.so\.6|libm\.so\.6|libpthread\.so\.0|libdl\.so\.2|librt\.so\.1|ld-linux-x86-64\.so\.2|libgcc_s\.so\.1)$'
bad=0
needed=$(objdump -p "$SO" | awk '$1 == "NEEDED" {print $2}')
versions=$(objdump -T "$SO" | grep -Eo '\((GLIBC|GCC|[A-Z]+)_[0-9][0-9.]*\)|\b(GLIBC|GCC)_[0-9][0-9.]*\b' | tr -d '()' | sort -uV)
glibc_max=$(grep '^GLIBC_' <<<"$versions" | sed 's/^GLIBC_//' | sort -V | tail -n1)
for lib in $needed; do
    grep -Eq "$ALLOWED" <<<"$lib" || { echo "FAIL: needs shared library $lib"; bad=1; }
done
for v in $versions; do
    case $v in
        GLIBC_PRIVATE) echo "FAIL: uses GLIBC_PRIVATE symbols"; bad=1 ;;
        GLIBC_*) [ "$(printf '%s\n%s\n' "${v#GLIBC_}" "$BASELINE" | sort -V | tail -n1)" = "$BASELINE" ] \
                     || { echo "FAIL: needs $v (newer than GLIBC_$BASELINE):"; objdump -T "$SO" | grep -F "$v" | head -5; bad=1; } ;;
        GCC_*) ;; # libgcc_s's unwinder, present on every glibc system
        *) echo "FAIL: needs versioned symbols $v of a library other than glibc/libgcc_s"; bad=1 ;;
    esac
done
echo "$(basename "$SO"): $(stat -c %s "$SO") bytes, newest glibc symbol GLIBC_${glibc_max:-none}, NEEDED: $(echo $needed)"
[ $bad -eq 0 ] && echo "portable: loads with glibc $BASELINE and nothing but glibc/libgcc_s"
exit $bad
