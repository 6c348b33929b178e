"""A small survey used by the survey, store and index tests."""

from __future__ import annotations

from rumours_game.pack.models import AttentionCheck, Ending, Endings, Pack, Room, Scale, Survey, SurveyItem


def make_survey(*, age_bands: tuple[str, ...] = (), consent: object = None) -> Survey:
    """Three items (one reverse coded, one on a 7-point scale) and an attention check."""
    return Survey(
        scale=Scale(points=5, anchors={1: "Disagree", 5: "Agree"}),
        items=[
            SurveyItem(id="jobs", statement="They take our jobs", rumour="jobs"),
            SurveyItem(id="enrich", statement="Diversity enriches us", reverse_coded=True),
            SurveyItem(
                id="crime",
                statement="They bring crime",
                rumour="crime",
                scale=Scale(points=7, anchors={1: "No", 7: "Yes"}),
            ),
        ],
        attention_check=AttentionCheck(id="check", statement="Choose 4", expect=4),
        age_bands=list(age_bands),
        consent=consent,
    )


def make_pack(survey: Survey | None = None, *, pack_id: str = "demo", version: str = "1.0") -> Pack:
    """The smallest valid pack, carrying ``survey`` (the default survey when None)."""
    return Pack(
        id=pack_id,
        title="Demo",
        summary="A test pack",
        version=version,
        format_version=1,
        languages=["en", "es"],
        default_language="en",
        authors=["Test group"],
        minutes=10,
        licence="CC-BY-4.0",
        rooms=[Room(id="hall", name="Hall")],
        endings=Endings(escaped=Ending(title="Out", text="You escaped")),
        survey=survey if survey is not None else make_survey(),
    )
