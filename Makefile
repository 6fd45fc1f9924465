# The two commands of the README: `make lab` (work) and `make test` (check).
# Both create the virtual environment on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)

.PHONY: lab test score release benchmark clean-venv

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Extra JupyterLab options, e.g. `make lab LAB_ARGS=--no-browser`; root (a
# container) needs --allow-root, which Jupyter otherwise refuses.
LAB_ARGS ?=
ROOT_ARGS := $(if $(filter 0,$(shell id -u)),--allow-root)

# Candidates get a JupyterLab where the course's tracked files are read-only
# and nbgrader's instructor tools and the news pop-up are hidden
# (autograder/front/candidate_lab/); `make lab INSTRUCTOR=1` opens the plain one.
INSTRUCTOR ?=
LAB_ENV := $(if $(INSTRUCTOR),,JUPYTER_CONFIG_PATH="$(CURDIR)/autograder/front/candidate_lab$${JUPYTER_CONFIG_PATH:+:$$JUPYTER_CONFIG_PATH}")

## Create/update your workspace (never overwrites your files) and open JupyterLab.
lab: $(STAMP)
	$(BIN)/readiness start
	$(LAB_ENV) $(BIN)/jupyter lab --ServerApp.root_dir=. $(ROOT_ARGS) $(LAB_ARGS) \
		--LabApp.default_url=/lab/tree/notebooks/00_commencer_ici.ipynb \
		--ContentsManager.hide_globs="['__pycache__', '*.pyc', '.ipynb_checkpoints', 'source', 'release']"

## Run the whole test suite (what CI runs): one test process per core, the
## tests of a file in the same process (they share fixtures and, for the
## browser tests, a JupyterLab); the slowest tests are listed at the end.
test: $(STAMP)
	$(BIN)/python -m pytest --nbval-lax -n auto --dist loadfile --durations=20 tests source notebooks

## Grade your workspace and write the HTML report next to it.
score: $(STAMP)
	$(BIN)/readiness score --html workspace/rapport.html --json workspace/rapport.json

## Regenerate release/ from source/ with nbgrader (instructors).
release: $(STAMP)
	$(BIN)/python -m autograder.front.release

## Compare `readiness score` with `nbgrader autograde`.
benchmark: $(STAMP)
	$(BIN)/python benchmarks/bench_grading.py

clean-venv:
	rm -rf $(VENV)
