"""Wire metadata: datelines, agencies, bylines and credits."""

from __future__ import annotations

import datetime as dt

import pytest

from articlekit import Byline, Dateline, Span, parse

HEAD = " date 2018-11-17 Talks end with a joint statement\n\n"


def dateline_of(first: str, header: str = HEAD) -> tuple[Dateline | None, str, list[str]]:
    """The dateline, the first paragraph's text and the defect codes."""
    a = parse(header + first + "\n\nThe second paragraph follows.\n", extract=False)
    return a.dateline, a.paragraphs[0].text, [d.code for d in a.defects]


def dl(
    places: tuple[str, ...],
    date_text: str | None,
    date: dt.date | None,
    agency: str | None,
    text: str,
) -> Dateline:
    """The expected dateline for *text* placed right after HEAD."""
    start = len(HEAD)
    return Dateline(
        places=places,
        date_text=date_text,
        date=date,
        agency=agency,
        span=Span(start, start + len(text)),
    )


BODY = "The talks went well."


class TestDatelineStyles:
    @pytest.mark.parametrize(
        ("prefix", "places", "date_text", "date", "agency"),
        [
            (
                "BEIJING, Nov. 14 (Xinhua) --",
                ("BEIJING",),
                "Nov. 14",
                dt.date(2018, 11, 14),
                "Xinhua",
            ),
            (
                "WASHINGTON, Nov. 15 (Reuters) -",
                ("WASHINGTON",),
                "Nov. 15",
                dt.date(2018, 11, 15),
                "Reuters",
            ),
            (
                "NEW YORK, Nov. 14 (Reuters) -",
                ("NEW YORK",),
                "Nov. 14",
                dt.date(2018, 11, 14),
                "Reuters",
            ),
            ("(Reuters) -", (), None, None, "Reuters"),
            ("DUBAI, (Gulf Wire / WAM - 15 Nov 2018)", ("DUBAI",), None, None, "WAM"),
            ("PARIS (AP) \u2014", ("PARIS",), None, None, "AP"),
            (
                "MOSCOW, November 16. /TASS/.",
                ("MOSCOW",),
                "November 16",
                dt.date(2018, 11, 16),
                "TASS",
            ),
            ("BEIJING (Sputnik) \u2013", ("BEIJING",), None, None, "Sputnik"),
            ("Nov. 16 (UPI) --", (), "Nov. 16", dt.date(2018, 11, 16), "UPI"),
            ("BEIJING:", ("BEIJING",), None, None, None),
            ("PARIS, NOV 12:", ("PARIS",), "NOV 12", dt.date(2018, 11, 12), None),
            (
                "Beijing (China) [India], November 16 :",
                ("Beijing", "China", "India"),
                "November 16",
                dt.date(2018, 11, 16),
                None,
            ),
            ("OSLO, Nov. 16", ("OSLO",), "Nov. 16", dt.date(2018, 11, 16), None),
            (
                "AOMORI/BEIJING, Nov. 16 (Xinhua) --",
                ("AOMORI", "BEIJING"),
                "Nov. 16",
                dt.date(2018, 11, 16),
                "Xinhua",
            ),
            ("KYIV, Ukraine \u2014", ("KYIV", "Ukraine"), None, None, None),
            (
                "BEIJING, Nov. 14 (XINHUA) --",
                ("BEIJING",),
                "Nov. 14",
                dt.date(2018, 11, 14),
                "Xinhua",
            ),
            ("OSLO, Nov.14 --", ("OSLO",), "Nov.14", dt.date(2018, 11, 14), None),
            ("TROMSO Norway Nov 14", ("TROMSO", "Norway"), "Nov 14", dt.date(2018, 11, 14), None),
        ],
        ids=[
            "xinhua",
            "reuters-place",
            "two-word-place",
            "reuters-bare",
            "credits-parenthesis",
            "ap",
            "tass",
            "sputnik",
            "upi",
            "colon",
            "upper-date-colon",
            "ani",
            "no-separator",
            "compound",
            "region",
            "agency-upper-case",
            "month-glued-to-day",
            "region-without-comma",
        ],
    )
    def test_style(
        self,
        prefix: str,
        places: tuple[str, ...],
        date_text: str | None,
        date: dt.date | None,
        agency: str | None,
    ) -> None:
        """Each dateline style gives places, date, normalised agency and span; the text loses it."""
        assert dateline_of(f"{prefix} {BODY}") == (
            dl(places, date_text, date, agency, prefix),
            BODY,
            [],
        )

    def test_title_case_colon_before_a_lead(self) -> None:
        """``New Delhi:`` before a full lead is a dateline (before a short title it is not)."""
        lead = (
            "The health ministry said on Sunday that no new cases had been reported in ten "
            "states over the past day."
        )
        a = parse(f" date 2020-05-10 Cases fall\n\nNew Delhi: {lead}\n", extract=False)
        assert (a.dateline.places if a.dateline else None, a.paragraphs[0].text) == (
            ("New Delhi",),
            lead,
        )

    def test_cnn_glued(self) -> None:
        """``(CNN)The``: the agency is glued to the first word."""
        assert dateline_of("(CNN)The talks went well.") == (
            dl((), None, None, "CNN", "(CNN)"),
            BODY,
            [],
        )

    @pytest.mark.parametrize(
        "text",
        [
            "The talks went well, officials said.",
            "UN officials said the talks went well.",
            "NATO said the talks went well.",
            "I think the talks went well.",
            "(Photo) The talks went well.",
            "A US-led coalition said the talks went well.",
            "AN ABC-funded study found the talks went well.",
            "FILE PHOTO: Delegates leave the hall after the talks.",
            "PHOTO: Delegates leave the hall after the talks.",
        ],
    )
    def test_no_dateline(self, text: str) -> None:
        """Ordinary openings are not datelines."""
        assert dateline_of(text) == (None, text, [])

    def test_dateline_kept_in_span(self) -> None:
        """The first paragraph's span still covers the dateline; its text does not."""
        a = parse(HEAD + "BEIJING, Nov. 14 (Xinhua) -- " + BODY + "\n", extract=False)
        p = a.paragraphs[0]
        assert (p.text, p.span.slice(a.source)) == (BODY, "BEIJING, Nov. 14 (Xinhua) -- " + BODY)
        assert a.dateline is not None and p.span.contains(a.dateline.span)

    def test_dateline_after_byline(self) -> None:
        """The dateline is found on the first body paragraph, after a byline."""
        text = HEAD + "By Ann Lee\n\nBEIJING, Nov. 14 (Xinhua) -- " + BODY + "\n"
        a = parse(text, extract=False)
        assert (a.dateline.places, a.dateline.agency, a.paragraphs[1].text) == (
            ("BEIJING",),
            "Xinhua",
            BODY,
        )


class TestDatelineDate:
    @pytest.mark.parametrize(
        ("header", "date_text", "expected"),
        [
            ("2018-11-17", "Nov. 14", dt.date(2018, 11, 14)),
            ("2019-01-02", "Dec. 30", dt.date(2018, 12, 30)),
            ("2018-12-30", "Jan. 2", dt.date(2019, 1, 2)),
            ("2023-08", "Aug. 24", dt.date(2023, 8, 24)),
        ],
        ids=["same-year", "back-over-new-year", "forward-over-new-year", "month-header"],
    )
    def test_resolved_against_header(self, header: str, date_text: str, expected: dt.date) -> None:
        """A month and day resolve to the year that puts them near the header date."""
        d, _, codes = dateline_of(
            f"BEIJING, {date_text} (Xinhua) -- {BODY}", f" date {header} A title for it\n\n"
        )
        assert (d.date, codes) == (expected, [])

    def test_without_header_date(self) -> None:
        """Without a header date the dateline date stays unresolved."""
        d, _, codes = dateline_of(f"BEIJING, Nov. 14 (Xinhua) -- {BODY}", "")
        assert (d.date_text, d.date, codes) == ("Nov. 14", None, ["header-missing"])

    def test_conflict(self) -> None:
        """A dateline months before the header date is resolved and reported as a conflict."""
        text = HEAD + f"TOKYO, Aug. 3 (Kyodo) -- {BODY}\n"
        a = parse(text, extract=False)
        assert a.dateline.date == dt.date(2018, 8, 3)
        assert [(d.code, d.message, d.span.slice(text)) for d in a.defects] == [
            (
                "date-conflict",
                "the dateline date 'Aug. 3' is more than a week away"
                " from the header date 2018-11-17",
                "TOKYO, Aug. 3 (Kyodo) --",
            )
        ]

    def test_conflict_unresolvable(self) -> None:
        """A dateline in the future of the header date has no date and is a conflict."""
        a = parse(HEAD + f"TOKYO, Nov. 30 (Kyodo) -- {BODY}\n", extract=False)
        assert (a.dateline.date, [d.code for d in a.defects]) == (None, ["date-conflict"])


class TestTrailingAgency:
    def test_dash_credit(self) -> None:
        """``... — Bernama`` at the end names the agency; the credit is the span; no truncation."""
        text = HEAD + "The board launched an app.\n\nIt is free, the board said. \u2014 Bernama\n"
        a = parse(text, extract=False)
        assert (a.dateline, [d.code for d in a.defects]) == (
            Dateline(agency="Bernama", span=Span(text.index("\u2014"), len(text) - 1)),
            [],
        )

    def test_last_line(self) -> None:
        """A last line holding only an agency name is a credit naming the agency."""
        text = HEAD + "Residents used sleighs.\n\nAFP\n"
        a = parse(text, extract=False)
        assert (a.dateline, [p.kind.value for p in a.paragraphs]) == (
            Dateline(agency="AFP", span=Span(len(text) - 4, len(text) - 1)),
            ["body", "credit"],
        )

    def test_opening_dateline_wins(self) -> None:
        """An opening dateline is kept even when a trailing credit follows."""
        a = parse(HEAD + f"PARIS (AP) \u2014 {BODY}\n\nAFP\n", extract=False)
        assert (a.dateline.places, a.dateline.agency) == (("PARIS",), "AP")


def byline_of(text: str) -> tuple[Byline | None, list[str]]:
    a = parse(HEAD + text + "\n", extract=False)
    return a.byline, [p.kind.value for p in a.paragraphs]


class TestBylines:
    @pytest.mark.parametrize(
        ("line", "authors", "agency"),
        [
            ("By Kemal Ardic and Sun Yaling (Xinhua)", ("Kemal Ardic", "Sun Yaling"), "Xinhua"),
            (
                "By Tomasz Kedzia and Anwen Price | China Daily | Updated: 2015-10-31 07:58",
                ("Tomasz Kedzia", "Anwen Price"),
                "China Daily",
            ),
            ("By Ann Lee, Bo Chen and Cy Dee", ("Ann Lee", "Bo Chen", "Cy Dee"), None),
            ("by Hanna Ostrova", ("Hanna Ostrova",), None),
            ("Written by Rafael Quintero", ("Rafael Quintero",), None),
            ("Priya Raghunathan", ("Priya Raghunathan",), None),
            ("By Staff Reporter - 15 July 2021", ("Staff Reporter",), None),
        ],
        ids=[
            "xinhua",
            "china-daily",
            "three",
            "lower-case",
            "written-by",
            "bare-name",
            "dash-date",
        ],
    )
    def test_byline_paragraph(
        self, line: str, authors: tuple[str, ...], agency: str | None
    ) -> None:
        """A byline paragraph near the top gives authors and agency."""
        start = len(HEAD)
        assert byline_of(f"{line}\n\nThe talks went well.") == (
            Byline(authors=authors, agency=agency, span=Span(start, start + len(line))),
            ["byline", "body"],
        )

    def test_reporting_credit(self) -> None:
        """``(Reporting by A and B; Editing\\nby C)``: the reporters are the authors."""
        credit = "(Reporting by Maren Tolle and Arvid Sund; Editing\nby Clara Onwu)"
        start = len(HEAD) + len("The talks went well.\n\n")
        assert byline_of(f"The talks went well.\n\n{credit}") == (
            Byline(authors=("Maren Tolle", "Arvid Sund"), span=Span(start, start + len(credit))),
            ["body", "credit"],
        )

    def test_editing_by_line_is_not_a_byline(self) -> None:
        """On a page without blank lines, a wrapped ``by C)`` line joins the credit above it."""
        text = "The talks went well.\n(Reporting by Maren Tolle; Editing\nby Clara Onwu)"
        byline, kinds = byline_of(text)
        assert (byline.authors, kinds) == (("Maren Tolle",), ["body", "credit"])

    @pytest.mark.parametrize(
        "line",
        [
            "Editor: Li Xia",
            "(Web editor: Zhao Lin, Mei Ruo)",
            "Editor:Li Xia",
            "(Editing by Clara Onwu)",
        ],
    )
    def test_editor_lines_are_credits(self, line: str) -> None:
        """Editor lines are credits and give no byline."""
        assert byline_of(f"The talks went well.\n\n{line}") == (None, ["body", "credit"])
