# The pipeline: openapi.yaml -> openapi.overlay.yaml -> openapi-python-client -> generated/.
# Needs only python3, make, git (and npm for the end-to-end tests): the first target that wants a tool builds .venv from
# requirements.lock (hash-checked, exact pins for the generator and ruff).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
TOOLS := $(VENV)/.installed
NODE_TOOLS := node_modules/.installed
RUN := PATH="$(BIN):$$PATH" $(BIN)/python

export UV_PYTHON_DOWNLOADS := never
export UV_NO_PROGRESS := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help
help: ## List the targets.
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

$(TOOLS): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet "uv==$$(sed -n 's/^uv==\([^ ]*\).*/\1/p' requirements.lock)"
	$(BIN)/uv pip sync --quiet --python $(BIN)/python --require-hashes requirements.lock
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps --no-build-isolation -e .
	touch $@

# Prism for the end-to-end tests, locally from package-lock.json; --ignore-scripts skips a telemetry hook.
$(NODE_TOOLS): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $@

.PHONY: tools
tools: $(TOOLS) $(NODE_TOOLS) ## Install the pinned toolchain into .venv and node_modules.

.PHONY: lock
lock: $(TOOLS) ## Re-resolve requirements.lock from pyproject.toml (then `make tools`).
	$(BIN)/uv pip compile --quiet --no-header --generate-hashes --python $(BIN)/python \
		pyproject.toml --group dev -o requirements.lock

.PHONY: generate
generate: $(TOOLS) ## Regenerate generated/ from openapi.yaml + overlay (the main job).
	$(RUN) -m tooling.pipeline.generate

.PHONY: generate-full
generate-full: $(TOOLS) ## Generate from SPEC=<a full upstream spec> into build/full/ (never into generated/).
	$(if $(SPEC),,$(error SPEC=<path to the spec> is required))
	$(RUN) -m tooling.pipeline.generate --spec "$(SPEC)" --output build/full/generated

.PHONY: check-generated
check-generated: $(TOOLS) ## Fail with a diff if generated/ is stale.
	$(RUN) -m tooling.pipeline.generate --check

.PHONY: template-deltas
template-deltas: $(TOOLS) ## Write each template override's diff from stock to build/template_deltas/ (for review).
	$(RUN) -m tooling.quality.template_deltas

.PHONY: lint
lint: $(TOOLS) ## ruff over the hand-written code, the tests and generated/; the GitHub workflow's schema.
	$(BIN)/ruff check tooling runtime tests
	$(BIN)/ruff format --check tooling runtime tests
	cd generated && $(BIN)/ruff check --no-cache . && $(BIN)/ruff format --no-cache --check .
	$(BIN)/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml

.PHONY: typecheck
typecheck: $(TOOLS) ## mypy --strict over the hand-written code, the tests and generated/.
	$(BIN)/mypy --strict

# Two workers (one per core here), each taking whole files: a file's servers and generated fixture clients are
# built once per worker, and every test binds its own free port.
PYTEST_WORKERS ?= 2

.PHONY: test
test: $(TOOLS) $(NODE_TOOLS) lint typecheck ## The whole suite: lint, types, freshness of generated/, tests, Python matrix.
	$(MAKE) --no-print-directory pytest
	$(MAKE) --no-print-directory test-matrix

.PHONY: pytest
pytest: $(TOOLS) $(NODE_TOOLS) ## make test's pytest run: the whole tree, on PYTEST_WORKERS workers; the 40 slowest tests listed (keep make test fast).
	$(RUN) -m pytest -n $(PYTEST_WORKERS) --dist loadfile --durations=40

.PHONY: test-matrix
test-matrix: $(TOOLS) ## The client's tests on Python 3.10 (lowest dependencies) and 3.13 (nox).
	$(BIN)/nox --reuse-venv no --download-python never -f noxfile.py

.PHONY: dist
dist: $(TOOLS) ## Build the wheel and sdist into build/dist/, check them, install and import on PYTHONS; TAG=vX.Y.Z.
	$(RUN) -m tooling.release.distributions $(foreach python,$(or $(PYTHONS),3.10 3.13),--python $(python)) \
		$(if $(TAG),--tag "$(TAG)")

.PHONY: bump
bump: $(TOOLS) ## Version and CHANGELOG.md entry for a runtime/ or templates/ change: PART=major|minor|patch NOTE="...".
	$(if $(PART),,$(error PART=major|minor|patch is required))
	$(RUN) -m tooling.release.versions $(PART) "$(NOTE)"
	$(RUN) -m tooling.pipeline.generate

FORMAT ?= text
CLIENT_API ?= yes
# Fails on what breaks deployed clients, accepting what spec-diff-ignore.yaml accepts (FAIL_ON= IGNORE= for neither).
FAIL_ON ?= ERR
IGNORE ?= spec-diff-ignore.yaml
# make turns any failing recipe into its own exit 2, so the tool's code (1 breaking, 2 bad input or internal
# error) is printed on the last line; scripts that need it call .venv/bin/cekura-spec-diff, as the workflow does.
.PHONY: spec-diff
spec-diff: $(TOOLS) ## Compare BASE=<git ref or file> with REVISION (default openapi.yaml); FORMAT, FAIL_ON (default ERR), IGNORE (default spec-diff-ignore.yaml), CLIENT_API=no.
	$(if $(BASE),,$(error BASE=<git ref or file> is required))
	@$(RUN) -m tooling.specdiff.cli "$(BASE)" $(if $(REVISION),"$(REVISION)") --format $(FORMAT) \
		$(foreach rule,$(FAIL_ON),--fail-on $(rule)) $(if $(IGNORE),--ignore "$(IGNORE)") \
		$(if $(filter no,$(CLIENT_API)),--no-client-api) \
		|| { code=$$?; echo "spec-diff: cekura-spec-diff exited $$code ($$([ $$code = 1 ] && \
			echo 'changes at or above --fail-on' || echo 'bad input or internal error, see above'))" >&2; exit $$code; }

.PHONY: mutation
mutation: $(TOOLS) ## Mutation testing (mutmut + constant mutants; slow, not in make test): PATHS="<files>" [TESTS=...] [MIN_SCORE=90] [ONLY=mutmut|constants].
	$(if $(PATHS),,$(error PATHS=<files to mutate> is required))
	$(RUN) -m tooling.quality.mutation $(PATHS) --tests $(or $(TESTS),tests) $(if $(MIN_SCORE),--min-score $(MIN_SCORE)) $(if $(ONLY),--only $(ONLY))

.PHONY: update-spec
update-spec: $(TOOLS) ## Replace openapi.yaml with SPEC=<file>: diff, next version, CHANGELOG.md, regenerate, test.
	$(if $(SPEC),,$(error SPEC=<path to the new upstream document> is required))
	$(RUN) -m tooling.release.update_spec "$(SPEC)"

.PHONY: upstream-sync
upstream-sync: $(TOOLS) ## Fetch Cekura's published document (SOURCE=<URL or file> overrides) and update-spec if it changed.
	$(RUN) -m tooling.release.upstream_sync $(if $(SOURCE),"$(SOURCE)")

.PHONY: bench
bench: $(TOOLS) ## Regeneration, spec diff, per-call, model and import costs, side by side -> BENCHMARKS.md.
	PYTHONPATH=generated:. $(RUN) -m tooling.bench $(if $(QUICK),--quick)

.PHONY: corpus
corpus: $(TOOLS) ## Run the malformed-payload corpus through from_dict; print the outcome table.
	PYTHONPATH=generated:. $(BIN)/python -m tests.client.corpus

.PHONY: clean
clean: ## Remove the toolchain and build artefacts.
	rm -rf $(VENV) node_modules build .mypy_cache .pytest_cache .ruff_cache .hypothesis
