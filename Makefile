# cnfin — the two commands a new user needs are `make run` and `make test`.
# Both install the system libraries first (Debian/Ubuntu, apt-get) when missing.

SWIFT       ?= swift
APT_PACKAGES = liblapack-dev libopenblas-dev liblapacke-dev pkg-config zlib1g-dev libxlsxwriter-dev
SUDO        := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
RUN_ARGS    ?= summary

.PHONY: deps build release run test test-release test-emulated bench bench-quick clean help notebooks fuzz

help:
	@echo "make run    - build cnfin (release) and print the latest monthly summary"
	@echo "make test   - install dependencies, build and run the test suite"
	@echo "make test-emulated - the numerical and golden suites on emulated Nehalem and Haswell CPUs (QEMU; after make test)"
	@echo "make bench  - benchmarks side by side with statsmodels (Benchmarks/)"
	@echo "make bench-quick - the CI benchmark quick check (ratios to in-run references)"
	@echo "make fuzz   - the libFuzzer targets in Fuzz/, FUZZ_SECONDS each (default 60); FUZZ_TARGETS=... to choose"

## Install BLAS/LAPACK/LAPACKE, pkg-config, zlib and libxlsxwriter with apt-get when any is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	@echo "Building cnfin (release; the first build takes a few minutes)..." >&2
	@$(SWIFT) build -c release --quiet

## The main job on the bundled data.
run: release
	@"$$($(SWIFT) build -c release --show-bin-path)/cnfin" $(RUN_ARGS)

## Tests, plus a check that debug and release builds are free of warnings.
test: deps
	@$(SWIFT) build --build-tests 2>&1 | tee .build-test.log | grep -v "^\[" ; \
	  if grep -q "warning:" .build-test.log; then echo "error: the build has warnings"; exit 1; fi
	CNFIN_DATA=/nonexistent/cnfin-user-data $(SWIFT) test
	@rm -f .build-test.log

## The numerical and golden suites on CPUs other than this one, emulated by QEMU (.ci/emulated-cpu.sh).
test-emulated: deps
	.ci/emulated-cpu.sh

## cnfin vs statsmodels on the same data (venv from PyPI); writes Benchmarks/RESULTS.md.
bench: release
	Benchmarks/compare/run.sh

## The CI quick check: ratios to in-run references against Benchmarks/thresholds.json.
bench-quick: release
	Benchmarks/quick-check.sh

## libFuzzer targets of the parsers (Fuzz/README.md); the fuzzer runtime ships with the Swift toolchain.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?=
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh $(FUZZ_TARGETS)

## Regenerate the committed report exports (May 2023 and the latest month, zh and en).
notebooks: deps
	Notebooks-export/generate.sh

clean:
	rm -rf .build
