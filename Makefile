# Ponder: `make run` installs and opens the app, `make test` installs and runs every test.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# the exact pin in pyproject.toml (tests/test_typecheck.py checks they agree)
LLAMA_VERSION := 0.3.36

# llama-cpp-python is built from source, always portable: a native (host-CPU-tuned) build
# crashes on Xeons with AMX on any prompt longer than one token, and an
# installer must run on CPUs other than the one that built it.
# GPU=cuda adds CUDA offload (needs the CUDA toolkit); GPU=metal for Apple GPUs.
GPU ?= cpu
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF
ifneq ($(shell uname -m),arm64)
ifneq ($(shell uname -m),aarch64)
LLAMA_CMAKE_ARGS += -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON
endif
endif
ifeq ($(GPU),cuda)
LLAMA_CMAKE_ARGS += -DGGML_CUDA=on -DGGML_CUDA_NO_VMM=ON
endif
ifeq ($(GPU),metal)
LLAMA_CMAKE_ARGS += -DGGML_METAL=on
endif
WHEELHOUSE := .cache/wheels/$(GPU)
LLAMA_WHEEL := $(WHEELHOUSE)/.llama-cpp-python-$(LLAMA_VERSION)

.PHONY: run test bench lint dist clean translations

# The interface's translations: assets/translations/*.ts (the sources translators edit) compiled
# to the .qm files the app loads, whenever a .ts changes.
TS := $(wildcard assets/translations/ponder_*.ts)
QM := $(TS:.ts=.qm)

run: $(VENV)/.app $(QM)
	$(BIN)/ponder

test: $(VENV)/.dev $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests

translations: $(VENV)/.dev $(QM)

assets/translations/%.qm: assets/translations/%.ts | $(BIN)/python
	$(BIN)/pyside6-lrelease -silent $< -qm $@

bench: $(VENV)/.dev
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

# The Linux packages (.tar.gz, .deb) in dist/, from the same portable llama.cpp build.
dist: $(VENV)/.dev $(QM)
	$(BIN)/python installers/build.py linux --gpu $(GPU)

lint: $(VENV)/.dev
	$(BIN)/ruff check app ui engine tests
	$(BIN)/mypy app ui engine

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# Built once per version and GPU kind into a project-local wheelhouse, never
# taken from pip's shared cache (which may hold a native build).
$(LLAMA_WHEEL): | $(BIN)/python
	mkdir -p $(WHEELHOUSE)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=$$(getconf _NPROCESSORS_ONLN) \
		$(BIN)/python -m pip wheel --no-cache-dir --no-deps --no-binary llama-cpp-python \
		"llama-cpp-python==$(LLAMA_VERSION)" -w $(WHEELHOUSE)
	touch $@

$(VENV)/.llama: $(LLAMA_WHEEL)
	$(BIN)/python -m pip install -q --force-reinstall --no-deps $(WHEELHOUSE)/llama_cpp_python-$(LLAMA_VERSION)-*.whl
	touch $@

$(VENV)/.app: pyproject.toml $(VENV)/.llama
	$(BIN)/python -m pip install -q -e ".[starter]"
	touch $@

$(VENV)/.dev: pyproject.toml $(VENV)/.llama
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

clean:
	rm -rf $(VENV) .cache .pytest_cache
