# One task runner, the same locally and in CI. `make demo` and `make test` set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
AREA ?= examples/fukaya

.PHONY: demo test lint format bench golden docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@echo "== opensupport validate $(AREA)"
	@$(BIN)/opensupport validate $(AREA); status=$$?; \
	 echo ""; \
	 if [ $$status -eq 0 ]; then \
	   echo "確認したもの / checked: $(AREA)/opensupport.yml と $(AREA)/data/resources.csv"; \
	   echo "結果 / result: エラーなし（警告は上の一覧）/ no errors (warnings listed above)"; \
	 else exit $$status; fi

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

golden: $(STAMP)
	$(BIN)/pytest tests/test_golden.py --update-golden -q

bench: $(STAMP)
	$(BIN)/python bench/validate.py

docs: $(STAMP)
	$(BIN)/python tools/gen_reference.py

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache
