# The two commands a new user needs: `make play` and `make test`.
# Every target creates .venv (and installs the project into it) when it is missing or stale.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# The packs `make play` offers (the title lets players choose; the first starts): `make play PACK=my-pack`.
PACK   ?= scenarios/tutorial scenarios/escape-rumours
# Tests marked `slow` (fault injection at every kill point, statistical cross-checks against scipy) run
# in CI (CI=true) and with `make test-all` (or `make test SLOW=1`); a local `make test` leaves them out.
SLOW   ?= $(if $(filter true 1 yes,$(CI)),1,)
PYTEST_SELECT := $(if $(SLOW),,-m "not slow")
# pytest runs on every core (pytest-xdist), each test file on one worker (its module fixtures are made once);
# `make test JOBS=0` runs in one process (easier to debug).
JOBS   ?= auto
PYTEST_JOBS := $(if $(filter 0,$(JOBS)),,-n $(JOBS) --dist loadfile)

.PHONY: play test test-all bench fuzz soak lint schema snapshots venv clean kiosk

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,kiosk]'
	@touch $(STAMP)

venv: $(STAMP)

play: $(STAMP)
	@if $(BIN)/python -m rumours_game.ui.display_check; then $(BIN)/rumours play $(PACK); \
	else echo "No display here: play in this terminal with '$(BIN)/rumours play $(PACK) --text'."; fi

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m pytest $(PYTEST_JOBS) $(PYTEST_SELECT)

test-all:
	$(MAKE) test SLOW=1

bench: $(STAMP)
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m bench

# Long reliability runs (docs/reliability.md): many more fuzz examples; 10,000 sessions in one process.
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m pytest tests/fuzz -q

soak: $(STAMP)
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m bench.soak --sessions 10000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Rewrite the committed screen snapshots (tests/snapshots/) whose picture changed; look at them before committing.
snapshots: $(STAMP)
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m pytest -m snapshot --snapshot-update
	@git status --short tests/snapshots

kiosk: $(STAMP)
	$(BIN)/python tools/build_kiosk.py $(foreach p,$(PACK),--pack $(p)) --out dist

schema: $(STAMP)
	$(BIN)/rumours schema > scenarios/schema/pack.schema.json
	$(BIN)/rumours kiosk schema > scenarios/schema/kiosk.schema.json

clean:
	rm -rf $(VENV) build dist
