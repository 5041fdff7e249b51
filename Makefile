# press-extract: the two commands a fresh machine needs are `make extract` and `make test`.
# Each creates .venv when it is missing and (re)installs the project when pyproject.toml changed.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
IN     ?= data/raw
OUT    ?= data/processed
GOLD   ?= tests/gold
EVAL_OUT ?= .eval

.PHONY: extract test eval bench validate clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $(STAMP)

extract: $(STAMP)
	$(PY) -m extract run $(IN) $(OUT)

test: $(STAMP)
	$(PY) -m pytest -q

eval: $(STAMP)
	$(PY) -m extract eval $(GOLD) $(EVAL_OUT)

bench: $(STAMP)
	$(PY) scripts/bench.py

validate: $(STAMP)
	$(PY) -m extract validate $(OUT)

clean:
	rm -rf $(OUT)/* $(EVAL_OUT) .pytest_cache
