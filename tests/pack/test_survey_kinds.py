"""Survey item kinds: old packs stay valid, shipped packs measure discernment, validate warns without facts."""

from __future__ import annotations

import shutil
from pathlib import Path

from rumours_game.pack import check_pack, load_pack
from rumours_game.survey.plan import plan_items
from tests.conftest import SCENARIOS


def test_shipped_packs_have_fact_items_for_their_rumours() -> None:
    for name in ("tutorial", "template", "escape-rumours"):
        pack = load_pack(SCENARIOS / name)
        assert pack.survey is not None
        kinds = {item.kind for item in pack.survey.items}
        assert {"rumour", "fact"} <= kinds, name
        facts = [item for item in pack.survey.items if item.kind == "fact"]
        assert all(item.rumour for item in facts), f"{name}: every fact item names the rumour it answers"
        for item in facts:  # translated into every language of the pack
            if isinstance(item.statement, dict):
                assert set(item.statement) == set(pack.languages), f"{name}: {item.id}"


def test_an_old_pack_without_kinds_is_all_rumour_items_and_warned(tmp_path: Path) -> None:
    pack = tmp_path / "old"
    shutil.copytree(SCENARIOS / "template", pack)
    survey = (pack / "survey.yaml").read_text(encoding="utf-8")
    survey = "\n".join(line for line in survey.splitlines() if "kind:" not in line) + "\n"
    (pack / "survey.yaml").write_text(survey, encoding="utf-8")
    result = check_pack(pack)
    assert result.pack is not None and result.pack.survey is not None
    assert {item.kind for item in result.pack.survey.items} == {"rumour"}
    warnings = [p for p in result.problems if p.code == "survey-no-facts"]
    assert len(warnings) == 1 and warnings[0].severity == "warning"
    assert warnings[0].file == "survey.yaml" and warnings[0].line > 1


def test_plan_items_carry_kind_and_a_statement_hash() -> None:
    pack = load_pack(SCENARIOS / "tutorial")
    assert pack.survey is not None
    items = {item.id: item for item in plan_items(pack.survey)}
    assert items["s-one-in-ten"].kind == "fact" and items["s-attention"].kind == "check"
    assert items["s-neighbours"].kind == "attitude"
    hashes = {item.item_hash for item in items.values()}
    assert len(hashes) == len(items) and all(len(h) == 16 for h in hashes)
