# Two entry points: `make run` and `make test`. Both install what they need,
# idempotently, on a fresh Debian machine (root, or a user with sudo).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
DEMO_OUT ?= demo-out

# Debian packages: Hangul font (and Noto CJK / DejaVu for Chinese and
# Vietnamese, which the Hangul font lacks), PC/SC stack with the virtual reader, build
# tools for pyscard, speech, QR decoding for tests, Qt's runtime libraries,
# PostgreSQL for the multi-kiosk tests (libpq5: the kiosk pings a server
# whose errors are not in English), Xvfb for display tests, cupsd and
# libcups (pycups builds against it) for the CUPS printer tests.
APT_PACKAGES := python3 python3-venv python3-dev build-essential swig \
	fonts-nanum fonts-noto-cjk fonts-dejavu-core libpcsclite-dev pcscd pcsc-tools vsmartcard-vpcd \
	espeak-ng sox libzbar0 speech-dispatcher speech-dispatcher-espeak-ng \
	libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 \
	libxcb-randr0 libxcb-render-util0 libxcb-image0 libnss3 libasound2 \
	libpulse0 libgstreamer1.0-0 gstreamer1.0-plugins-base \
	postgresql libpq5 xvfb cups-daemon libcups2-dev

.PHONY: run test sysdeps venv translations bytecode lint typecheck contracts pytest audit faults services demo bench clean

run: sysdeps venv translations bytecode
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(BIN)/kiosk run; \
	else \
		echo "No display found: running the scripted demo headless into $(DEMO_OUT)/"; \
		QT_QPA_PLATFORM=offscreen $(BIN)/kiosk demo --out $(DEMO_OUT) && \
		echo "Screens: $(DEMO_OUT)/screens  Printouts: $(DEMO_OUT)/printouts  Journal: $(DEMO_OUT)/journal.jsonl"; \
	fi

test: sysdeps venv translations bytecode lint typecheck contracts services pytest audit faults

sysdeps: .make/sysdeps.stamp
.make/sysdeps.stamp: Makefile
	@mkdir -p .make
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@touch $@

venv: .make/venv.stamp
.make/venv.stamp: pyproject.toml .make/sysdeps.stamp
	@mkdir -p .make
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

translations: venv
	@$(BIN)/python -m tools.i18n compile

# The project is installed editable, so nothing compiled its modules; where
# Python may not write __pycache__ (PYTHONDONTWRITEBYTECODE, or a read-only
# install) every start would compile them again (about 0.15 s of startup).
# compileall only rewrites what changed.
bytecode: venv
	@$(BIN)/python -m compileall -q -j 0 kiosk drivers ui tools

lint: venv
	$(BIN)/ruff check kiosk drivers ui tests scripts tools
	$(BIN)/ruff format --check kiosk drivers ui tests scripts tools

typecheck: venv
	$(BIN)/mypy

contracts: venv
	$(BIN)/lint-imports

services: sysdeps
	@bash scripts/test-services.sh start

pytest: venv
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:randomly; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest collected no tests"; exit 1; fi; exit $$rc

# Every screen x theme x language measured against docs/accessibility.md.
audit: venv translations
	@QT_QPA_PLATFORM=offscreen $(BIN)/kiosk audit-a11y --out .make/a11y

# Every fault the kiosk was broken with on purpose (tools/faults): one JSON
# line; fails when a case did not hold or anything was lost or leaked.
faults: venv translations services
	@QT_QPA_PLATFORM=offscreen $(BIN)/python -m tools.faults --json

demo: venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk demo --out $(DEMO_OUT)

bench: venv translations
	QT_QPA_PLATFORM=offscreen $(BIN)/kiosk bench --json

clean:
	rm -rf .make $(DEMO_OUT) build *.egg-info
