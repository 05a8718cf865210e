#!/bin/sh
# The tarball's installer is whmcs-oxide-setup, beside this file: it finds every PHP on the
# host and installs the build that fits each (see its --help). install.sh is kept as a name.
exec "$(dirname "$0")/whmcs-oxide-setup" "$@"
