# Two entry points: `make run` and `make test`. Both install what they need,
# idempotently, on a fresh Debian machine (root, or a user with sudo).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
DEMO_OUT ?= demo-out

# Debian packages the kiosk needs to run: Python with the build tools for
# pyscard, the Hangul font (and Noto CJK / DejaVu for Chinese and
# Vietnamese, which it lacks, and fontconfig, whose fc-match finds them for
# the printer), the PC/SC daemon, speech (espeak-ng and speech-dispatcher
# for Qt's voices), QR decoding for `kiosk verify`, Qt's runtime libraries
# (libwayland-* for its Wayland plugin under cage, libxrandr2 for its ffmpeg
# media plugin that plays the voice clips), and libpq5 (the kiosk pings a
# PostgreSQL server whose errors are not in English). Nothing here may rely
# on APT_TEST: `make run` installs this list alone.
APT_RUNTIME := python3 python3-venv python3-dev build-essential swig \
	fonts-nanum fonts-noto-cjk fonts-dejavu-core fontconfig libpcsclite-dev pcscd \
	espeak-ng libzbar0 speech-dispatcher speech-dispatcher-espeak-ng \
	libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-render-util0 libxcb-image0 libnss3 libasound2 \
	libwayland-cursor0 libwayland-egl1 libxrandr2 \
	libpulse0 libgstreamer1.0-0 gstreamer1.0-plugins-base libpq5
# And what only the tests use: the virtual card reader and pcsc_scan, sox
# (audio checks), a PostgreSQL server, Xvfb, cupsd and libcups (pycups
# builds against it), cage with systemd-analyze to verify the units in
# deploy/, and chromium, which Playwright drives for the status page's
# browser test (tests/web; no browser is downloaded).
APT_TEST := vsmartcard-vpcd pcsc-tools sox postgresql xvfb cups-daemon libcups2-dev \
	cage systemd chromium

.PHONY: run test apt sysdeps sysdeps-test venv venv-dev translations bytecode lint typecheck contracts pytest screens-then-audit pytest-rest audit faults services demo bench clean

run: sysdeps venv translations bytecode
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BIN)/kiosk run; \
	else \
		echo "No display found: running the scripted demo headless into $(DEMO_OUT)/"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/kiosk demo --out $(DEMO_OUT) && \
		echo "Screens: $(DEMO_OUT)/screens  Printouts: $(DEMO_OUT)/printouts  Journal: $(DEMO_OUT)/journal.jsonl"; \
	fi

# The suite and the accessibility audit keep both cores busy for minutes, in
# two halves of about equal length that share nothing, each one's output
# printed whole when it ends: the screen tests (tests/ui) then the audit, both
# on mock devices only; and the rest of the suite, the one half that uses the
# test services (some of its tests restart pcscd or PostgreSQL), followed by
# the screen tests in SCREENS_BESIDE (mock devices too, but for the two that
# use the PostgreSQL server, which must not run while the rest restarts it),
# which would otherwise leave that half idle while the audit runs. The fault matrix runs after
# them: it and the suite both use the one virtual card reader.
test: sysdeps-test venv-dev translations bytecode lint typecheck contracts services
	@$(MAKE) --no-print-directory -j2 --output-sync=target screens-then-audit pytest-rest
	@$(MAKE) --no-print-directory faults

sysdeps: .make/sysdeps.stamp
.make/sysdeps.stamp: Makefile
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_RUNTIME)"
	@touch $@

sysdeps-test: .make/sysdeps-test.stamp
.make/sysdeps-test.stamp: Makefile .make/sysdeps.stamp
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_TEST)"
	@touch $@

# Installs whichever of $(PACKAGES) are missing (one apt-get run).
apt:
	@mkdir -p .make
	@missing=""; for p in $(PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# `make run` installs the kiosk and what it needs at run time; `make test`
# adds the dev tools (pytest, ruff, mypy, import-linter) and the optional
# PostgreSQL and CUPS drivers the tests exercise.
venv: .make/venv.stamp
.make/venv.stamp: pyproject.toml .make/sysdeps.stamp
	@mkdir -p .make
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	@touch $@

venv-dev: .make/venv-dev.stamp
.make/venv-dev.stamp: pyproject.toml .make/venv.stamp .make/sysdeps-test.stamp
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

translations: venv
	@$(BIN)/python -m tools.i18n compile

# The project is installed editable, so nothing compiled its modules; where
# Python may not write __pycache__ (PYTHONDONTWRITEBYTECODE, or a read-only
# install) every start would compile them again (about 0.15 s of startup).
# compileall only rewrites what changed.
bytecode: venv
	@$(BIN)/python -m compileall -q -j 0 kiosk drivers ui web tools

lint: venv-dev
	$(BIN)/ruff check kiosk drivers ui web tests scripts tools
	$(BIN)/ruff format --check kiosk drivers ui web tests scripts tools

typecheck: venv-dev
	$(BIN)/mypy

contracts: venv-dev
	$(BIN)/lint-imports

# Not as root, pcscd starts (and the tests restart it) through `sudo -n`:
# sudo -v asks for the password here, once, if the first venv build outlasted
# sudo's cached credentials, instead of leaving every card test to skip.
services: sysdeps-test
	@$(if $(SUDO),$(SUDO) -v || echo "services: no sudo credentials; pcscd cannot be started and the card tests will skip")
	@bash scripts/test-services.sh start

# The whole suite, or the part PYTEST_ARGS names. Exit code 5 means pytest
# collected nothing: a broken suite, not a pass.
pytest: venv-dev
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:randomly $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$rc

# About a minute of screen tests, moved to the other half to even the two out.
SCREENS_BESIDE := tests/ui/test_tech.py tests/ui/test_speech_qt.py tests/ui/test_display_window.py \
	tests/ui/test_worker_unheld.py tests/ui/test_counter_window.py tests/ui/test_printing_faults.py

screens-then-audit: venv-dev translations
	@$(MAKE) --no-print-directory pytest \
		PYTEST_ARGS="tests/ui $(addprefix --ignore=,$(SCREENS_BESIDE))"
	@$(MAKE) --no-print-directory audit

pytest-rest: venv-dev
	@$(MAKE) --no-print-directory pytest PYTEST_ARGS=--ignore=tests/ui
	@$(MAKE) --no-print-directory pytest PYTEST_ARGS="$(SCREENS_BESIDE)"

# Every screen x theme x language measured against docs/accessibility.md.
audit: venv-dev translations
	@QT_QPA_PLATFORM=offscreen $(BIN)/kiosk audit-a11y --out .make/a11y

# Every fault the kiosk was broken with on purpose (tools/faults): one JSON
# line; fails when a case did not hold or anything was lost or leaked.
faults: venv-dev translations services
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.faults --json

demo: venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk demo --out $(DEMO_OUT)

bench: venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk bench --json

clean:
	rm -rf .make $(DEMO_OUT) build *.egg-info
