from __future__ import annotations

import pytest

from rumours_game.survey import DEFAULT_TEXTS, survey_text
from rumours_game.survey.texts import TEXT_KEYS

LANGS = ["en", "es", "fr", "de", "el", "uk", "it", "pt"]


def test_every_language_has_every_text() -> None:
    assert set(LANGS) <= set(DEFAULT_TEXTS)
    for lang, table in DEFAULT_TEXTS.items():
        assert tuple(table) == TEXT_KEYS, lang
        assert all(text.strip() for text in table.values()), lang
        assert "{n}" in table["pass_screen"], lang


@pytest.mark.parametrize("lang", LANGS)
def test_consent_differs_per_language(lang: str) -> None:
    text = survey_text("consent", lang)
    assert text == DEFAULT_TEXTS[lang]["consent"]
    if lang != "en":
        assert text != DEFAULT_TEXTS["en"]["consent"]


def test_fallbacks_and_values() -> None:
    assert survey_text("pass_screen", "pt-BR", n=2) == "Passa o ecrã ao jogador 2"
    assert survey_text("thanks", "zz") == "Thank you!"
    with pytest.raises(KeyError):
        survey_text("nope", "en")


class _Pack:
    """The two attributes survey_text reads from a pack."""

    def __init__(self, survey: object, strings: dict[str, dict[str, str]]) -> None:
        self.survey, self.strings, self.default_language = survey, strings, "en"


def test_pack_overrides_consent_and_strings() -> None:
    from tests.survey.helpers import make_survey

    pack = _Pack(
        make_survey(consent={"en": "Our words", "fr": "Nos mots"}), {"fr": {"survey.thanks": "Merci bien"}}
    )
    assert survey_text("consent", "fr", pack) == "Nos mots"  # type: ignore[arg-type]
    assert survey_text("consent", "de", pack) == "Our words"  # type: ignore[arg-type]
    assert survey_text("thanks", "fr", pack) == "Merci bien"  # type: ignore[arg-type]
    assert survey_text("thanks", "es", pack) == "¡Gracias!"  # type: ignore[arg-type]
