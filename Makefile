# Two commands for a fresh clone:  make serve  and  make test
# Everything runs in .venv, created on first use from the pinned requirements.txt.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < requirements.txt | cut -d' ' -f1)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve test build check offline bench clean

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	rm -f $(VENV)/.installed-*
	touch $@

## serve: build the site and serve it with live reload at http://127.0.0.1:8000
serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

## test: run the whole test suite (a run that collects no test is a failure)
test: $(STAMP)
	@$(BIN)/python -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "make test: pytest collected no tests; that is a failure" >&2; exit 1; fi; \
	exit $$status

## build: strict build of the online edition into site/
build: $(STAMP)
	$(BIN)/mkdocs build --strict

## offline: the offline edition, zipped, in dist/ (opens from file://, no network)
offline: $(STAMP)
	$(BIN)/mkdocs build --strict -f mkdocs.offline.yml
	$(BIN)/python -m scripts.offline site-offline dist/neutrality-pact-edition-offline.zip

## bench: page weight, Lighthouse and build time against plain Material (never a test)
bench: $(STAMP)
	$(BIN)/python -m scripts.bench $(BENCH_ARGS)

## check: validate the primary-source corpus and the data files without building
check: $(STAMP)
	$(BIN)/python -m scripts.sources check

clean:
	rm -rf site site-offline dist .cache
