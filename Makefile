# whmcs-oxide — `make demo` and `make test` are the two set-up commands (see README.md).
# Every target installs what it needs itself (idempotently), so a fresh Debian 12 machine with
# the Rust toolchain needs nothing else.

SHELL := /bin/bash
.DEFAULT_GOAL := help

CARGO ?= cargo
PHP ?= php
# The extension is copied here after the build: `cargo test` rebuilds the same crate without
# the PHP binding into target/release, which must not replace the extension PHP loads.
EXT := build/whmcs_oxide.so
SIM := target/release/oxide-sim
PHPX := $(PHP) -d extension=$(CURDIR)/$(EXT)

APT_PACKAGES := python3-venv binutils php8.2-cli php8.2-dev php8.2-sqlite3 php8.2-mysql php8.2-curl php8.2-mbstring php8.2-xml php8.2-fpm \
                php-illuminate-database phpunit clang libclang-dev python3-yaml \
                smarty4 chromium mariadb-server libjs-bootstrap4
# The real HestiaCP of tests/real-hestia: the web server and PHP that serve its API, what its
# v-* commands call (sudo, mkpasswd, jq, idn2, setfacl, the public suffix list), and the DNS and
# mail packages whose users, tools and config trees v-add-domain's DNS and mail parts need.
REAL_HESTIA_PACKAGES := nginx sudo whois jq idn2 acl publicsuffix bc zip unzip curl openssl iproute2 \
                bind9 bind9-utils exim4-daemon-heavy dovecot-imapd dovecot-pop3d

export OXIDE_EXT := $(CURDIR)/$(EXT)
export OXIDE_SIM_BIN := $(CURDIR)/$(SIM)

# ---- PHP targets beyond the host's own (issue 25). The host's PHP is Debian 12's 8.2 (above);
# PHP 8.4 is Debian 13's, in a private root made once and cached (tests/php84/make-root.sh:
# debootstrap from Debian's packages, nothing installed on the host). Everything that differs
# between the two PHPs is in this block: the root, its packages, its binaries, its API number,
# the build's own target dir (so the 8.2 build is not invalidated) and where its builds go.
# The extension is built on the host against the root's headers: ext-php-rs gets BOTH `PHP` and
# `PHP_CONFIG` of that PHP (tests/php84/php runs the root's binary by chroot; tests/php84/php-config
# prefixes its include paths with the root), with the host's toolchain (cargo, clang, Zig) as is.
PHP84_ROOT := $(HOME)/.cache/whmcs-oxide/php8.4-trixie
PHP84_PACKAGES := php8.4-cli php8.4-dev php8.4-sqlite3 php8.4-mbstring php8.4-xml php8.4-curl php8.4-mysql \
                  php8.4-fpm php-illuminate-database smarty4 nodejs
PHP84_ENV := OXIDE_PHP_ROOT=$(PHP84_ROOT) OXIDE_PHP_BIN=/usr/bin/php8.4 OXIDE_PHP_CONFIG=/usr/bin/php-config8.4 \
             PHP=$(CURDIR)/tests/php84/php PHP_CONFIG=$(CURDIR)/tests/php84/php-config
PHP84_TARGET := target/php8.4
PHP84_EXT := build/php8.4/whmcs_oxide.so
PHP84_DIST_EXT := build/dist/php8.4/whmcs_oxide.so

php84-root:
	@nice -n 10 tests/php84/make-root.sh $(PHP84_ROOT) "$(PHP84_PACKAGES)"

php84-ext: php84-root
	$(PHP84_ENV) CARGO_TARGET_DIR=$(PHP84_TARGET) nice -n 10 $(CARGO) build --release -p whmcs-oxide --features php
	@mkdir -p $(dir $(PHP84_EXT)) && cp $(PHP84_TARGET)/release/libwhmcs_oxide.so $(PHP84_EXT).tmp && mv $(PHP84_EXT).tmp $(PHP84_EXT)

# .phpt, the PHPUnit harness on SQLite (our PHPUnit 9.6, not trixie's 11) and the dist checks
# that apply, with PHP 8.4 in its root; each recorded like make test's suites ("php8.4 ...").
test-php84: php84-ext dist-ext-php84 sim
	@OXIDE_PHP84_ROOT=$(PHP84_ROOT) OXIDE_PHP84_EXT=$(CURDIR)/$(PHP84_EXT) OXIDE_PHP84_DIST_EXT=$(CURDIR)/$(PHP84_DIST_EXT) \
	    tests/php84/run.sh

# whmcs-oxide-setup (the tarballs' installer) in private roots laid out like EA4, alt-php, Remi,
# Plesk and Debian, with the real PHP 8.2 and 8.4 binaries and no -dev package; with DIST_ZTS=yes
# also the ZTS PHPs of DIST_ZTS_VERSIONS (tests/php-src) with the ZTS release builds (make dist's).
# (DIST_ZTS, DIST_ZTS_VERSIONS: see make dist below; they are set here, before any rule uses them.)
DIST_ZTS ?= yes
# 8.4 ZTS is the CI workflow's only: Debian's php8.4 source package (trixie) is not served to this
# machine (tests/php-src/build-php.sh 8.4 zts: 404 for every listed version), its binaries are.
DIST_ZTS_VERSIONS := 8.2
PHP_SRC_BUILD := tests/php-src/build-php.sh
test-setup: ext php84-ext $(if $(filter yes,$(DIST_ZTS)),$(foreach v,$(DIST_ZTS_VERSIONS),dist-ext-zts-$(v)))
	@set -o pipefail; zts=; for v in $(if $(filter yes,$(DIST_ZTS)),$(DIST_ZTS_VERSIONS)); do \
	    p=$$($(PHP_SRC_BUILD) $$v zts | tail -n1) || exit 1; zts="$$zts $$v=$$p=$(CURDIR)/build/dist/php$$v-zts/whmcs_oxide.so"; done; \
	OXIDE_PHP84_ROOT=$(PHP84_ROOT) OXIDE_SETUP_ZTS="$$zts" tests/setup/run.sh $(CURDIR)/$(EXT) $(CURDIR)/$(PHP84_EXT)

# PHP built from Debian's source package (php8.2 of bookworm, php8.4 of trixie) as debug (NTS,
# --enable-debug: Zend's leak report and assertions), zts-debug and zts (release ZTS), with only
# what the harness needs, cached under PHP_SRC/<version>-<flavour> (tests/php-src/build-php.sh;
# a private apt configuration fetches the sources, the host's is not changed). The packages
# below are its build dependencies and valgrind (make deps installs them).
PHP_SRC := $(HOME)/.cache/whmcs-oxide/php-src
PHP_SRC_PACKAGES := build-essential dpkg-dev autoconf pkg-config libxml2-dev libsqlite3-dev libssl-dev \
                    libcurl4-openssl-dev libonig-dev zlib1g-dev valgrind
php_src_version = $(firstword $(subst -, ,$(1)))
php_src_flavour = $(patsubst $(call php_src_version,$(1))-%,%,$(1))
# make php-src-8.2-debug, php-src-8.2-zts-debug, php-src-8.4-zts, ...
php-src-%: deps
	@tests/php-src/build-php.sh $(call php_src_version,$*) $(call php_src_flavour,$*) >/dev/null

# The extension for such a PHP: ext-php-rs needs BOTH its PHP (php -i: debug, ZTS) and its
# php-config (headers); each in its own target dir (the main build is not invalidated), the first
# one's dependencies copied into the next (only ext-php-rs's bindings and the crate rebuild).
# (8.4: the Debian mirror here serves no php8.4 source files; build-php.sh 8.4 says so.)
PHP_SRC_TESTED := 8.2-debug 8.2-zts-debug
ext-php-src-%: php-src-%
	@[ -d target/php$* ] || [ ! -d target/php$(firstword $(PHP_SRC_TESTED)) ] || cp -a target/php$(firstword $(PHP_SRC_TESTED)) target/php$*
	PHP=$(PHP_SRC)/$*/bin/php PHP_CONFIG=$(PHP_SRC)/$*/bin/php-config CARGO_TARGET_DIR=target/php$* \
	    nice -n 10 $(CARGO) build --release -p whmcs-oxide --features php
	@mkdir -p build/php$* && cp target/php$*/release/libwhmcs_oxide.so build/php$*/whmcs_oxide.so.tmp && \
	    mv build/php$*/whmcs_oxide.so.tmp build/php$*/whmcs_oxide.so

# .phpt by that PHP's own run-tests.php, the PHPUnit subset that calls every exported function,
# a planted leak; any leak report or failed assertion fails (tests/php-src/run.sh).
test-php-src-%: ext-php-src-% sim
	@OXIDE_PHP_SRC_PREFIX=$(PHP_SRC)/$* OXIDE_PHP_SRC_EXT=$(CURDIR)/build/php$*/whmcs_oxide.so tests/php-src/run.sh $*

# valgrind (USE_ZEND_ALLOC=0, pcre.jit=0) over the .phpt suite and one lifecycle per module with
# the debug NTS PHP; tests/php-src/valgrind.supp holds the known false positives.
test-valgrind: ext-php-src-8.2-debug sim
	@OXIDE_PHP_SRC_PREFIX=$(PHP_SRC)/8.2-debug OXIDE_PHP_SRC_EXT=$(CURDIR)/build/php8.2-debug/whmcs_oxide.so tests/php-src/valgrind.sh 8.2-debug

# Beyond make test's 20 minutes (CI runs both): PHP 8.4, the debug and ZTS PHPs, valgrind; one
# summary over their own results (target/test-logs/matrix).
test-matrix: build
	@tests/matrix.sh $(PHP_SRC_TESTED)

# The ZTS half of the release, which make test leaves out: make dist with the ZTS builds, its
# artefacts (every build, marked NTS/ZTS as its .so says) and the installer giving a real ZTS PHP
# its ZTS build (make test-setup with DIST_ZTS=yes). RESULT| lines, as tests/dist/run.sh.
test-zts-release: dist sim
	@if tests/dist/check-artefacts.sh; then echo "RESULT|dist artefacts with ZTS|1|0"; else echo "RESULT|dist artefacts with ZTS|0|1"; fi
	@$(MAKE) -s test-setup

# ---- Release artefacts (make dist). Everything version-specific is here; the CI workflow
# (.github/workflows/release.yml) runs the same targets for its matrix row through packaging/ci-build.sh.
PHP_VERSION ?= 8.2
PHP_TS ?= nts
PHP_CONFIG ?= php-config
# The oldest glibc the shipped binary loads on: RHEL/AlmaLinux/CloudLinux 8 (cPanel hosts).
GLIBC_BASELINE := 2.28
# Zig links against glibc $(GLIBC_BASELINE)'s symbol versions (cargo-zigbuild). bindgen (in
# ext-php-rs's build script) then parses PHP's headers with Zig's clang headers, which need a
# libclang as new as Zig's clang: Debian 12's libclang 14 cannot, so libclang comes from PyPI
# too, the same LLVM major (18) as Zig 0.13. Both live in a private venv, not the system python.
ZIG_VERSION := 0.13.0
LIBCLANG_VERSION := 18.1.1
ZIGBUILD_VERSION := 0.24.1
ZIG_VENV := $(HOME)/.cache/whmcs-oxide/zig-$(ZIG_VERSION)-libclang-$(LIBCLANG_VERSION)
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)
DEB_MAINTAINER ?= whmcs-oxide maintainers <whmcs-oxide@invalid>
DIST_EXT := build/dist/whmcs_oxide.so
DIST_TRIPLE := x86_64-unknown-linux-gnu
# The commit's date, so the same commit gives the same artefacts (build.rs, tar, dpkg-deb).
SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct)

.PHONY: help deps build ext sim test demo docs docs-check real-hestia install stubs stubs-check lint bench fuzz clean \
        zig-toolchain dist-ext dist dist-pack release-local test-dist php84-root php84-ext test-php84 dist-ext-php84 test-setup \
        test-valgrind test-matrix test-zts-release

help:
	@echo "make demo    build, start the panel simulators and run every module's lifecycle through the WHMCS host harness"
	@echo "make test    install what the tests need, build, run cargo tests, PHPUnit (simulators and the real HestiaCP), .phpt, browser; print a summary"
	@echo "make real-hestia   start a real HestiaCP in a private root; prints URL, access key and pin (Ctrl-C stops it)"
	@echo "make install WHMCS_DIR=/path/to/whmcs   install the extension, its ini and the module folders"
	@echo "make dist    the release: portable (glibc $(GLIBC_BASELINE)) extension for PHP 8.2 NTS and ZTS and 8.4 NTS (DIST_ZTS=no: no ZTS), tarballs, .deb and SHA256SUMS in dist/"
	@echo "make test-dist   make dist, then the suites against the dist binary and install tests in a private root"
	@echo "make release-local   the CI release workflow's steps for the PHPs this machine has (8.2 NTS and ZTS, 8.4 NTS)"
	@echo "make test-matrix   beyond make test (CI runs both): test-php84, test-zts-release (make dist with ZTS, installer on a ZTS PHP), test-php-src-8.2-debug, test-php-src-8.2-zts-debug, test-valgrind; a summary"
	@echo "make test-php84  .phpt, PHPUnit harness and dist checks with PHP 8.4 in a Debian 13 root"
	@echo "make test-php-src-8.2-debug (or -8.2-zts-debug)   .phpt and a PHPUnit subset calling every function on a debug PHP built from Debian's source; fails on any leak report or assertion"
	@echo "make test-valgrind   valgrind (USE_ZEND_ALLOC=0) over .phpt and one lifecycle per module, debug PHP 8.2"
	@echo "make php-src-8.2-debug (-zts-debug, -zts; 8.4-…)   build that PHP from Debian's source package into ~/.cache/whmcs-oxide/php-src"
	@echo "make test-setup  the installer (whmcs-oxide-setup) in EA4, alt-php, Remi, Plesk and Debian layouts"
	@echo "make stubs   regenerate stubs/whmcs_oxide.stub.php from the built extension"
	@echo "make lint    cargo fmt --check and clippy -D warnings"
	@echo "make bench   benchmarks (BENCH=bench_latency: one alone); keeps the results in docs/bench/ and writes the README's figures"
	@echo "make docs    write the README's figures from the tests' pins and docs/bench; make docs-check fails when they differ"
	@echo "make fuzz    cargo fuzz targets for every parser, FUZZ_SECONDS each"

deps:
	@missing=$$(for p in $(APT_PACKAGES) $(REAL_HESTIA_PACKAGES) $(PHP_SRC_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	    echo "installing Debian packages:" $$missing; \
	    guard=; if [ ! -e /usr/sbin/policy-rc.d ]; then \
	        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && guard=1; fi; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; rc=$$?; \
	    [ -z "$$guard" ] || rm -f /usr/sbin/policy-rc.d; \
	    [ $$rc -eq 0 ] || exit $$rc; \
	fi
	@# (policy-rc.d above: the daemons these packages bring are not started on the host; the
	@# real-HestiaCP fixture runs its own nginx and php-fpm inside its private root.)
	@# The browser test's driver (playwright-core, pinned by tests/browser/package-lock.json);
	@# it drives Debian's chromium, it never downloads a browser.
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null; }
	@[ -d tests/browser/node_modules/playwright-core ] && [ -d tests/browser/node_modules/axe-core ] || \
	    (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

ext: deps
	$(CARGO) build --release -p whmcs-oxide --features php
	@mkdir -p build && cp target/release/libwhmcs_oxide.so $(EXT).tmp && mv $(EXT).tmp $(EXT)

sim:
	$(CARGO) build --release -p oxide-sim --bins

build: ext sim

# The release build (make dist) runs inside tests/run-all.sh, in the background of the first
# suites, without the ZTS builds (building a ZTS PHP from source does not fit make test's 20
# minutes): make test-matrix builds and checks those (test-zts-release).
test: export DIST_ZTS = no
test: build
	@tests/run-all.sh

demo: build
	@$(PHPX) tests/demo/run.php

# A real HestiaCP (../shared/upstream's tarball) in a private root on REAL_HESTIA_PORT; it and
# everything it made vanish when it stops. Nothing outside the private root changes.
REAL_HESTIA_PORT ?= 8083
real-hestia: deps
	@tests/real-hestia/run.sh $(REAL_HESTIA_PORT) | jq -r --unbuffered '"HestiaCP \(.hestia) is up (set up in \(.setup_ms) ms)\n  API:        \(.url)\n  Access key: \(.key_id):\(.secret)\n  pin=\(.sha256)\n  admin / \(.admin_password)\nWHMCS server record: hostname 127.0.0.1, port \(.port), Access Hash = the key line and the pin line.\nCtrl-C (or Ctrl-D) stops it."'

stubs: ext
	@$(PHPX) stubs/generate.php > stubs/whmcs_oxide.stub.php
	@echo "wrote stubs/whmcs_oxide.stub.php"

stubs-check: ext
	@$(PHPX) stubs/generate.php | diff -u stubs/whmcs_oxide.stub.php - \
	    && echo "stubs match the built extension" \
	    || { echo "stubs/whmcs_oxide.stub.php is stale: run make stubs"; exit 1; }

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --release --workspace -- -D warnings
	$(CARGO) clippy --release -p whmcs-oxide --features php -- -D warnings

install: ext
	@test -n "$(WHMCS_DIR)" || { echo "usage: make install WHMCS_DIR=/path/to/whmcs"; exit 1; }
	@test -d "$(WHMCS_DIR)/modules/servers" || { echo "$(WHMCS_DIR) does not look like a WHMCS install (no modules/servers)"; exit 1; }
	install -m 0755 $(EXT) "$$(php-config --extension-dir)/whmcs_oxide.so"
	@for d in /etc/php/8.2/mods-available; do \
	    [ -d $$d ] && printf '; whmcs-oxide: WHMCS server modules in Rust\nextension=whmcs_oxide.so\n' > $$d/whmcs_oxide.ini; done
	@command -v phpenmod >/dev/null && phpenmod whmcs_oxide || true
	@for m in php/modules/servers/oxide_*; do \
	    cp -R $$m "$(WHMCS_DIR)/modules/servers/"; echo "installed $$(basename $$m)"; done
	@echo "restart PHP-FPM/Apache, then check: php --ri whmcs_oxide"

bench: build dist
	@tests/bench/run.sh

# The README's round-trip table and bench section are written, never typed: from the request-path
# tests' pins (docs/round-trips.json names the rows) and the last make bench (docs/bench/*.json).
docs:
	@php tests/docs/readme.php write

docs-check:
	@php tests/docs/readme.php check

# Fuzzing (cargo fuzz / libFuzzer): every parser of panel answers, every module function with
# arbitrary $params, and the text rules, each for FUZZ_SECONDS. Uses a nightly toolchain when
# rustup has one, else the stable one with RUSTC_BOOTSTRAP (cargo fuzz needs -Z flags).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := panel_responses whmcs_params text_rules list_stream cpanel_readers storegrid_contract hestia_listing panel_numbers
fuzz:
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	@if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then tc=+nightly; else tc=; export RUSTC_BOOTSTRAP=1; fi; \
	cd fuzz && for t in $(FUZZ_TARGETS); do \
	    echo "== fuzz $$t for $(FUZZ_SECONDS) s"; \
	    cargo $$tc fuzz run --release $$t -- -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=4096 || exit 1; \
	done; echo "fuzzing ran clean"

clean:
	$(CARGO) clean
	rm -rf build dist

# cargo-zigbuild from crates.io, Zig and libclang from PyPI (see ZIG_VERSION above). CI runners
# bring their own packages and set DIST_DEPS= (the Debian `deps` list is this machine's).
DIST_DEPS ?= deps
zig-toolchain: $(DIST_DEPS)
	@$(CARGO) zigbuild --version 2>/dev/null | grep -q ' $(ZIGBUILD_VERSION)$$' || \
	    $(CARGO) install cargo-zigbuild --version $(ZIGBUILD_VERSION) --locked
	@[ -x $(ZIG_VENV)/bin/python ] && $(ZIG_VENV)/bin/python -m ziglang version 2>/dev/null | grep -qx '$(ZIG_VERSION)' || { \
	    rm -rf $(ZIG_VENV) && python3 -m venv $(ZIG_VENV) && \
	    $(ZIG_VENV)/bin/pip install -q --disable-pip-version-check ziglang==$(ZIG_VERSION) libclang==$(LIBCLANG_VERSION); }

# The shipped binary: profile `dist` (fat LTO, one codegen unit, stripped), linked by Zig
# against glibc $(GLIBC_BASELINE); its own target dir, so the test build is not rebuilt.
ZIGBUILD = env CARGO_ZIGBUILD_PYTHON_PATH=$(ZIG_VENV)/bin/python \
	LIBCLANG_PATH=$$(echo $(ZIG_VENV)/lib/python3*/site-packages/clang/native) \
	OXIDE_GLIBC_BASELINE=$(GLIBC_BASELINE) SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) \
	    $(CARGO) zigbuild --profile dist -p whmcs-oxide --features php --target $(DIST_TRIPLE).$(GLIBC_BASELINE)
dist-ext: zig-toolchain
	$(ZIGBUILD)
	@mkdir -p build/dist && cp target/$(DIST_TRIPLE)/dist/libwhmcs_oxide.so $(DIST_EXT).tmp && mv $(DIST_EXT).tmp $(DIST_EXT)
	@tests/dist/check-portable.sh $(DIST_EXT) $(GLIBC_BASELINE)

# The same for PHP 8.4 (its headers from the PHP 8.4 root; its own target dir).
dist-ext-php84: zig-toolchain php84-root
	$(PHP84_ENV) CARGO_TARGET_DIR=$(PHP84_TARGET) nice -n 10 $(ZIGBUILD)
	@mkdir -p $(dir $(PHP84_DIST_EXT)) && cp $(PHP84_TARGET)/$(DIST_TRIPLE)/dist/libwhmcs_oxide.so $(PHP84_DIST_EXT).tmp && mv $(PHP84_DIST_EXT).tmp $(PHP84_DIST_EXT)
	@tests/dist/check-portable.sh $(PHP84_DIST_EXT) $(GLIBC_BASELINE)

# ZTS builds (thread-safe PHP: Apache's worker/event MPM with mod_php, FrankenPHP, some EA4 and
# Plesk PHPs): the ZTS PHP is built from Debian's source package of that PHP version by
# tests/php-src/build-php.sh (flavour zts: release, non-debug; cached under ~/.cache, locked, so
# it is built once per machine); the extension is built against it like the 8.4 one, with BOTH
# its `php` and `php-config` (ext-php-rs reads ZTS/debug from `php -i`) and its own target dir.
dist-ext-zts-%: zig-toolchain
	@set -o pipefail; prefix=$$(nice -n 10 $(PHP_SRC_BUILD) $* zts | tail -n1) && [ -x "$$prefix/bin/php" ] || { echo "no ZTS PHP $* ($(PHP_SRC_BUILD) $* zts)"; exit 1; }; \
	    PHP=$$prefix/bin/php PHP_CONFIG=$$prefix/bin/php-config CARGO_TARGET_DIR=target/php$*-zts nice -n 10 $(ZIGBUILD)
	@mkdir -p build/dist/php$*-zts && cp target/php$*-zts/$(DIST_TRIPLE)/dist/libwhmcs_oxide.so build/dist/php$*-zts/whmcs_oxide.so.tmp && \
	    mv build/dist/php$*-zts/whmcs_oxide.so.tmp build/dist/php$*-zts/whmcs_oxide.so
	@tests/dist/check-portable.sh build/dist/php$*-zts/whmcs_oxide.so $(GLIBC_BASELINE)

# Per-build tarballs, the universal tarball (every build + whmcs-oxide-setup), the host PHP's
# .deb, SHA256SUMS.
# DIST_PHP84=no: the host PHP's build alone (a CI row that has no PHP 8.4 root).
# DIST_ZTS=no: no ZTS builds (DIST_ZTS_VERSIONS are built, see test-setup above; a CI row builds
# its own PHP's alone, see packaging/ci-build.sh).
DIST_PHP84 ?= yes
DIST_EXTRA_BUILDS := $(if $(filter yes,$(DIST_PHP84)),php8.4-nts=$(PHP84_DIST_EXT)) \
                     $(if $(filter yes,$(DIST_ZTS)),$(foreach v,$(DIST_ZTS_VERSIONS),php$(v)-zts=build/dist/php$(v)-zts/whmcs_oxide.so))
# What tests/dist/check-artefacts.sh (make test, make test-dist) expects dist/ to hold.
export OXIDE_DIST_BUILDS ?= php$(PHP_VERSION)-$(PHP_TS) $(foreach b,$(DIST_EXTRA_BUILDS),$(firstword $(subst =, ,$(b))))
dist: dist-ext $(if $(filter yes,$(DIST_PHP84)),dist-ext-php84) $(if $(filter yes,$(DIST_ZTS)),$(foreach v,$(DIST_ZTS_VERSIONS),dist-ext-zts-$(v)))
	@$(DIST_PACK)
# Packing alone, of builds made before: what packaging/ci-build.sh's pack step runs for one CI row
# (DIST_SO, DIST_EXTRA_BUILDS=, PHP_VERSION, PHP_TS, PHP_CONFIG of the row; DIST_OUT its folder).
DIST_SO ?= $(DIST_EXT)
DIST_OUT ?= dist
DIST_PACK = SO=$(DIST_SO) EXTRA_BUILDS="$(strip $(DIST_EXTRA_BUILDS))" VERSION=$(VERSION) PHP_VERSION=$(PHP_VERSION) PHP_TS=$(PHP_TS) \
	    PHP_CONFIG=$(PHP_CONFIG) OUT=$(DIST_OUT) $(if $(MAKE_DEB),MAKE_DEB=$(MAKE_DEB)) \
	    GLIBC_BASELINE=$(GLIBC_BASELINE) SOURCE_DATE_EPOCH=$(SOURCE_DATE_EPOCH) DEB_MAINTAINER="$(DEB_MAINTAINER)" \
	    packaging/make-dist.sh
dist-pack:
	@$(DIST_PACK)

# The CI release workflow's steps (packaging/ci-build.sh) for every row this machine can run:
# 8.2 NTS and ZTS, 8.4 NTS (the other rows: "not available here"); artefacts in target/release-local/.
release-local: deps
	@tests/release/run-workflow.sh

# A Makefile value, for scripts (packaging/ci-build.sh): make -s print-GLIBC_BASELINE
print-%:
	@echo '$($*)'

# The release checks alone (make test runs them too): portability, .phpt and PHPUnit against
# the dist binary, and installing the .deb and the tarball into a private root.
test-dist: dist sim
	@OXIDE_DIST_EXT=$(CURDIR)/$(DIST_EXT) tests/dist/run.sh
