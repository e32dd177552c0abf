# One task runner, the same locally and in CI. `make demo` and `make test` set everything up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
AREA ?= examples/fukaya

.PHONY: demo test lint format bench golden screens docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	@echo "== 1/2 opensupport validate $(AREA)"
	@$(BIN)/opensupport validate $(AREA)
	@echo ""
	@echo "== 2/2 opensupport build $(AREA)"
	@$(BIN)/opensupport build $(AREA)
	@echo ""
	@echo "確認したもの / checked: $(AREA)/opensupport.yml, $(AREA)/data/resources.csv (エラーなし / no errors)"
	@echo "サイト / website:      $(AREA)/_site/index.html"
	@echo "オープンデータ / data: $(AREA)/_site/data/ (datapackage.json, GeoJSON, HSDS, 公共施設一覧, iCalendar, DCAT, CKAN)"
	@echo "見るには / to open:    $(BIN)/opensupport serve $(AREA)   → http://127.0.0.1:8000/"

# axe-core for the accessibility tests: npm, test tooling only, into a gitignored node_modules.
AXE := node_modules/axe-core/axe.min.js
$(AXE):
	npm install --no-save --no-audit --no-fund --silent axe-core@4

test: $(STAMP) $(AXE)
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
	$(BIN)/python bench/site.py

screens: $(STAMP) $(AXE)
	$(BIN)/pytest tests/browser/test_screens.py --update-screens -q

docs: $(STAMP)
	$(BIN)/python tools/gen_reference.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict -d site

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache
