"""Wire metadata on the development set of ``../shared/eval``: every dateline, agency,
byline and caption present is found, and no body paragraph is mis-kinded.

The expectations were written by reading each development article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from articlekit import ParagraphKind, parse_file

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"

pytestmark = pytest.mark.skipif(
    not (EVAL / "dev-01.txt").exists(), reason="the evaluation kit (../shared/eval) is not present"
)

B = ParagraphKind.BODY
#: file -> (dateline places, date, agency), byline authors, {paragraph index: non-body kind}
EXPECTED: dict[
    str,
    tuple[
        tuple[tuple[str, ...], str | None, str | None] | None,
        tuple[str, ...] | None,
        dict[int, ParagraphKind],
    ],
] = {
    "dev-01": ((("ALMATY",), "2021-03-03", "Xinhua"), None, {}),
    "dev-02": (
        (("WARSAW",), "2022-06-13", "Reuters"),
        ("Tomasz Zielinski",),
        {0: ParagraphKind.BYLINE},
    ),
    "dev-03": (
        (("FUZHOU",), "2021-04-21", "Xinhua"),
        None,
        {0: ParagraphKind.TIMESTAMP, 2: ParagraphKind.CAPTION},
    ),
    "dev-04": ((("WASHINGTON",), None, "AP"), None, {}),
    "dev-05": (None, None, {}),
    "dev-06": ((("HANOI",), "2019-10-16", "Xinhua"), None, {}),
    "dev-07": ((("MADRID",), None, "AP"), None, {}),
    "dev-08": ((("SEOUL",), "2020-11-24", "Yonhap"), None, {}),
    "dev-09": ((("HAMBURG",), "2021-08-04", None), None, {}),
    "dev-10": (None, None, {}),
    "dev-11": ((("LISBON",), "2020-01-01", None), None, {}),
    "dev-12": ((("GENEVA",), "2023-07-11", None), None, {}),
    "dev-13": ((("BEIJING",), "2024-04-09", "Xinhua"), None, {}),
    "dev-14": ((("SANTIAGO",), "2021-10-19", "Reuters"), None, {}),
    "dev-15": ((("IZMIR", "Turkey"), "2019-05-26", None), None, {}),
    "dev-16": ((("HO CHI MINH CITY",), "2020-03-11", "Xinhua"), None, {}),
    "dev-17": ((("NAIROBI",), "2022-11-02", "Reuters"), None, {}),
    "dev-18": (
        (("MUSCAT",), "2023-09-20", "Xinhua"),
        None,
        {1: ParagraphKind.CAPTION, 9: ParagraphKind.CREDIT},
    ),
    "dev-19": ((("ANNECY", "France"), "2021-11-29", None), None, {}),
    "dev-20": ((("ARKHANGELSK", "Russia"), "2018-09-05", "Xinhua"), None, {}),
    "dev-21": ((("GUAYAQUIL", "Ecuador"), "2022-05-13", None), None, {}),
    "dev-22": ((("BENGALURU", "India"), "2024-01-17", None), None, {}),
    "dev-23": ((("KOBE", "Japan"), "2019-07-07", None), None, {}),
    "dev-24": (
        (("CUIABA", "Brazil"), "2023-05-24", "Agência Meridiano"),
        None,
        {11: ParagraphKind.BOILERPLATE},
    ),
}


class TestDevWire:
    """Datelines, agencies, bylines and paragraph kinds of the development articles."""

    @pytest.mark.parametrize("name", sorted(EXPECTED))
    def test_article(self, name: str) -> None:
        """Dateline, byline and every paragraph's kind are as read from the article."""
        a = parse_file(EVAL / f"{name}.txt", extract=False)
        dateline, authors, kinds = EXPECTED[name]
        got_dl = (
            None
            if a.dateline is None
            else (
                a.dateline.places,
                a.dateline.date.isoformat() if isinstance(a.dateline.date, dt.date) else None,
                a.dateline.agency,
            )
        )
        got_kinds = {p.index: p.kind for p in a.paragraphs if p.kind is not B}
        got_authors = a.byline.authors if a.byline is not None else None
        assert (got_dl, got_authors, got_kinds) == (dateline, authors, kinds)
