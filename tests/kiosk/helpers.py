"""A headless app in kiosk mode on the tutorial pack, with a clock the test moves."""

from __future__ import annotations

from pathlib import Path

from rumours_game.kiosk.config import KioskConfig
from rumours_game.kiosk.game import Kiosk
from rumours_game.pack import load_pack
from rumours_game.store import Store
from rumours_game.ui.driver import Driver, Plan
from rumours_game.ui.run import make_app

from ..ui.helpers import TUTORIAL

PIN = "2468"


class FakeClock:
    """Seconds that pass only when the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def kiosk_app(
    data_dir: Path,
    config: KioskConfig | None = None,
    clock: FakeClock | None = None,
    more: tuple[Path, ...] = (),
):
    """(kiosk, driver, store, clock): the tutorial in kiosk mode recording into ``data_dir`` (``more``: other
    packs the kiosk offers after it)."""
    config = config or KioskConfig()
    clock = clock or FakeClock()
    pack = load_pack(TUTORIAL)
    store = Store.open(data_dir, kiosk_id=config.kiosk_id)
    plan = Plan(pack, pack.walkthroughs[0], "en")
    app = make_app(pack, TUTORIAL, "en", store, (1280, 720), headless=True, seed=plan.seed)
    packs = [(TUTORIAL, pack), *((path, load_pack(path)) for path in more)]
    kiosk = Kiosk(app, config, packs, data_dir, store.kiosk_id, clock)
    return kiosk, Driver(app, plan), store, clock


def frames(app, n: int = 2) -> None:
    for _ in range(n):
        app.frame(1 / 60)
