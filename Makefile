# The two set-up commands of the README: `make run` and `make test`. Everything else hangs off
# these targets; nothing needs installing by hand beyond Python 3.11+ (and Qt's OS libraries,
# which `boligreg.oscheck` names if they are missing).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.stamp-install

.PHONY: run test bench lint check-os screenshot dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

check-os: $(STAMP)
	@$(BIN)/python -m boligreg.oscheck $(OSCHECK_ARGS)

run: OSCHECK_ARGS = --window
run: check-os
	$(BIN)/boligreg $(ARGS)

# The lint gate (ruff and mypy) runs first: a type error fails `make test` and so CI (.ci/run).
test: check-os lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: check-os
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(ARGS)

# The frozen one-folder app (PyInstaller): dist/boligreg/boligreg (window) and boligreg-cli,
# then its smoke test (demo, info, audit, factsheet, offscreen start).
dist: check-os
	$(BIN)/python distribution/frozen.py build --dist dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python distribution/frozen.py smoke dist/boligreg

# ruff over the repository; mypy over boligreg/ with check_untyped_defs ([tool.mypy] in
# pyproject.toml), 0 errors.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

screenshot: check-os
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m boligreg.ui.screenshot docs/screenshots

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache .mypy_cache
