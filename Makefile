# The project's verbs. Each target is a thin wrapper; a fresh clone needs only python3 (3.11+) and make.
PYTHON ?= python3
VENV := .venv
BIN := $(CURDIR)/$(VENV)/bin
STAMP := $(VENV)/.installed
SPEC := spec/kms.yaml
export PATH := $(BIN):$(PATH)

.PHONY: venv generate check-generated lint typecheck test pytest fuzz mock demo bench bench-oci bench-envelope soak spec-clients clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,mock]'
	touch $(STAMP)

venv: $(STAMP)

generate: venv
	generator/generate.sh generated

check-generated: venv
	generator/check.sh

lint: venv
	ruff check kms_facade kms_mock tests bench demo
	ruff format --check kms_facade kms_mock tests bench demo
	python -m openapi_spec_validator $(SPEC)
	generator/lint-spec.sh $(SPEC)

typecheck: venv
	mypy

pytest: venv
	python -m pytest

test: check-generated lint typecheck pytest

fuzz: venv
	python -m tests.fuzz_campaign

mock: venv
	@echo "Point a client at it: KmsManagementClient(config, \"http://127.0.0.1:8080\"), or curl it (signatures"
	@echo "are not checked here; python -m kms_mock --port 8080 --oci-config ~/.oci/config checks them). Ctrl-C stops it."
	python -m kms_mock --host 127.0.0.1 --port 8080 --auth off

AUTH ?= api_key
demo: venv
	python -m demo $(AUTH)

spec-clients: venv
	clients/run.sh

bench: venv
	python -m bench $(ARGS)

# The same run plus the official SDK's rows (installed into a throw-away venv; needs PyPI). Never in CI.
bench-oci: venv
	python -m bench --against-oci $(ARGS)

# 1 GiB through the envelope helper and back in constant memory: MiB/s and peak RSS (MIB=N for another size).
MIB ?= 1024
bench-envelope: venv
	python -m bench.envelope --mib $(MIB)

# 64 threads sharing one sync client: 2 minutes against the canned server, then 10 against the mock.
soak: venv
	python -m bench.soak $(ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .spec-clients
