"""Defect handling, CPython ``test_defect_handling`` style.

Every case runs three ways: lenient parsing records the defects; strict parsing raises on
the first one with an exact message (line, column, caret excerpt); and the article
recovered by lenient parsing is what the recovery promises.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from articlekit import (
    DEFECT_CODES,
    ArticleParseError,
    DatePrecision,
    HeaderKind,
    Span,
    parse,
    parse_bytes,
)
from articlekit.errors import DefectReporter, render_caret


@attrs.frozen
class Case:
    id: str
    #: Text (or bytes for decoding cases).
    data: str | bytes
    #: The defect codes lenient parsing records, in order.
    codes: list[str]
    #: The exact ``str()`` of the strict-mode error.
    error: str
    #: Attribute -> value the recovered article must have.
    recovered: dict[str, object]


GOOD = "\n\nThe council met on Monday to discuss the budget.\n"

CASES = [
    Case(
        "empty-input",
        "",
        ["empty-input"],
        "line 1:1: empty-input: the input holds no text",
        {"paragraphs": (), "header_kind": HeaderKind.MISSING},
    ),
    Case(
        "header-missing",
        "Storm cuts power to villages\n\nA storm cut power.\n",
        ["header-missing"],
        "line 1:1: header-missing: the first line is not a ' date YYYY-MM-DD' header\n"
        "Storm cuts power to villages\n"
        "~~~~~~~~~~~~~~~~~~~~~~~~~~~^",
        {"headline": "Storm cuts power to villages", "published": None},
    ),
    Case(
        "header-malformed",
        " date 2018/11/17 Council passes budget" + GOOD,
        ["header-malformed"],
        "line 1:2: header-malformed: the header date is not YYYY-MM-DD or YYYY-MM\n"
        " date 2018/11/17 Council passes budget\n"
        " ~~~~~~~~~~~~~~~^",
        {"headline": "Council passes budget", "published": None},
    ),
    Case(
        "date-invalid",
        " date 2018-02-30 Council passes budget" + GOOD,
        ["date-invalid"],
        "line 1:2: date-invalid: the header date does not exist on the calendar\n"
        " date 2018-02-30 Council passes budget\n"
        " ~~~~~~~~~~~~~~^",
        {"headline": "Council passes budget", "published": None, "published_precision": None},
    ),
    Case(
        "date-conflict",
        " date 2018-11-17 Council passes budget\n\nOSLO, Aug. 3 (Reuters) - It passed.\n",
        ["date-conflict"],
        "line 3:1: date-conflict: the dateline date 'Aug. 3' is more than a week away from"
        " the header date 2018-11-17\n"
        "OSLO, Aug. 3 (Reuters) - It passed.\n"
        "~~~~~~~~~~~~~~~~~~~~~~~^",
        {"published": dt.date(2018, 11, 17)},
    ),
    Case(
        "header-not-headline",
        " date 2018-11-17 Home>>\n\nCouncil passes budget\n\nIt passed.\n",
        ["header-not-headline"],
        "line 1:18: header-not-headline: the text after the header date is not a headline"
        " but furniture\n"
        " date 2018-11-17 Home>>\n"
        "                 ~~~~~^",
        {"headline": "Council passes budget", "header": "Home>>"},
    ),
    Case(
        "headline-missing",
        " date 2018-11-17" + GOOD,
        ["headline-missing"],
        "line 1:17: headline-missing: no headline was found on the page\n"
        " date 2018-11-17\n"
        "                ^",
        {"headline": None, "header": "", "header_kind": HeaderKind.EMPTY},
    ),
    Case(
        "decode-fallback",
        " date 2018-11-17 Caf\u00e9 plan passes".encode("cp1252") + GOOD.encode(),
        ["decode-fallback"],
        "line 1:21: decode-fallback: the bytes are not valid UTF-8; decoded as cp1252\n"
        " date 2018-11-17 Caf\u00e9 plan passes\n"
        "                    ^",
        {"headline": "Caf\u00e9 plan passes"},
    ),
    Case(
        "mojibake-repaired",
        " date 2018-11-17 Caf\u00c3\u00a9 plan passes" + GOOD,
        ["mojibake-repaired"],
        "line 1:21: mojibake-repaired: repaired 1 run(s) of mojibake (UTF-8 read as Latin-1)\n"
        " date 2018-11-17 Caf\u00e9 plan passes\n"
        "                    ^",
        {"headline": "Caf\u00e9 plan passes"},
    ),
    Case(
        "html-entity-decoded",
        " date 2018-11-17 Bread &amp; butter plan passes" + GOOD,
        ["html-entity-decoded"],
        "line 1:24: html-entity-decoded: repaired 1 run(s) of HTML entities\n"
        " date 2018-11-17 Bread & butter plan passes\n"
        "                       ^",
        {"headline": "Bread & butter plan passes"},
    ),
    Case(
        "control-characters",
        " date 2018-11-17 Council passes budget\n\nIt\x07 passed.\n",
        ["control-characters"],
        "line 3:3: control-characters: control characters found in the text\nIt\x07 passed.\n  ^",
        {"headline": "Council passes budget"},
    ),
    Case(
        "html-markup",
        " date 2018-11-17 Council passes budget\n\n<p>It passed.</p>\n\nIt was late.\n",
        ["html-markup"],
        "line 3:1: html-markup: raw HTML markup in the text\n<p>It passed.</p>\n~~^",
        {"headline": "Council passes budget"},
    ),
    Case(
        "no-blank-lines",
        " date 2018-11-17 Council passes budget\nIt passed.\nIt was late.\n",
        ["no-blank-lines"],
        "line 2:1: no-blank-lines: the page has no blank lines; each line was taken as a"
        " paragraph\n"
        "It passed.\n"
        "~~~~~~~~~^",
        {"body": "It passed.\n\nIt was late."},
    ),
    Case(
        "missing-space",
        " date 2018-11-17 Council passes budget\n\nIt passed in a vote.Talks end now.\n",
        ["missing-space"],
        "line 3:18: missing-space: words are glued together where text nodes were joined\n"
        "It passed in a vote.Talks end now.\n"
        "                 ~~~^",
        {"body": "It passed in a vote.Talks end now."},
    ),
    Case(
        "truncated",
        " date 2018-11-17 Council passes budget\n\nIt passed after a long deba",
        ["truncated"],
        "line 3:27: truncated: the text ends in the middle of a sentence\n"
        "It passed after a long deba\n"
        "                          ^",
        {"body": "It passed after a long deba"},
    ),
    Case(
        "date-inferred",
        "November 14, 2024\n\nThe council met on Monday.\n",
        ["header-missing", "date-inferred"],
        "line 1:1: header-missing: the first line is not a ' date YYYY-MM-DD' header\n"
        "November 14, 2024\n"
        "~~~~~~~~~~~~~~~~^",
        {"published": dt.date(2024, 11, 14), "published_precision": DatePrecision.DAY},
    ),
    Case(
        "empty-body",
        " date 2018-11-17 Council passes budget\n",
        ["empty-body"],
        "line 2:1: empty-body: the article has no body text\n\n^",
        {"headline": "Council passes budget", "paragraphs": ()},
    ),
]
IDS = [c.id for c in CASES]


def _parse(data: str | bytes, *, strict: bool):
    if isinstance(data, bytes):
        return parse_bytes(data, strict=strict, extract=False)
    return parse(data, strict=strict, extract=False)


class TestDefectHandling:
    @pytest.mark.parametrize("case", CASES, ids=IDS)
    def test_recorded(self, case: Case) -> None:
        """Lenient parsing records exactly the expected defects."""
        assert [d.code for d in _parse(case.data, strict=False).defects] == case.codes

    @pytest.mark.parametrize("case", CASES, ids=IDS)
    def test_raised(self, case: Case) -> None:
        """Strict parsing raises ArticleParseError with code, line, column and caret."""
        with pytest.raises(ArticleParseError) as info:
            _parse(case.data, strict=True)
        assert str(info.value) == case.error
        assert info.value.defect == _parse(case.data, strict=False).defects[0]

    @pytest.mark.parametrize("case", CASES, ids=IDS)
    def test_recovered(self, case: Case) -> None:
        """The leniently parsed article is recovered as promised."""
        a = _parse(case.data, strict=False)
        assert {name: getattr(a, name) for name in case.recovered} == case.recovered

    def test_every_reachable_code_covered(self) -> None:
        """The cases cover every catalogued code the parser (without extraction) emits."""
        not_from_parser = {
            "hard-wrapped",  # always comes with no-blank-lines: see TestSeveralDefects
            "unclosed-quote",  # quote extraction: see test_extract.py
            "mismatched-quotes",  # quote extraction: see test_extract.py
            "extraction-failed",  # extraction: see test_extract.py
        }
        assert set(DEFECT_CODES) - not_from_parser == set(IDS)

    def test_clean_input_strict(self) -> None:
        """Clean input parses in strict mode exactly as in lenient mode."""
        text = " date 2018-11-17 Council passes budget" + GOOD
        assert parse(text, strict=True, extract=False) == parse(text, extract=False)


class TestSeveralDefects:
    TEXT = (
        " date 2018-11-17 The ferry ran aground near the harbour of Sollen on Sunday,\n"
        "leaving dozens of passengers on board for hours, officials said.\n"
        "Nobody was hurt, they said.\n"
    )

    def test_recorded_in_source_order(self) -> None:
        """Several defects are recorded in source order, each with line and column."""
        a = parse(self.TEXT, extract=False)
        assert [(d.code, d.line, d.column) for d in a.defects] == [
            ("header-not-headline", 1, 18),
            ("no-blank-lines", 1, 18),
            ("headline-missing", 1, 18),
            ("hard-wrapped", 1, 18),
        ]

    def test_strict_raises_first(self) -> None:
        """Strict parsing raises on the first defect reported."""
        with pytest.raises(ArticleParseError) as info:
            parse(self.TEXT, strict=True, extract=False)
        assert info.value.defect.code == "header-not-headline"

    def test_path_in_message(self) -> None:
        """With a path, the message starts ``path:line:column``."""
        with pytest.raises(ArticleParseError) as info:
            parse("", strict=True, path="in/a.txt")
        assert str(info.value) == "in/a.txt:1:1: empty-input: the input holds no text"


class TestReporter:
    def test_lenient_collects(self) -> None:
        """A lenient reporter collects defects and sorts them by position."""
        r = DefectReporter("ab\ncd\r\nef\rgh")
        r.report("truncated", "late", Span(11, 12))
        r.report("control-characters", "early", Span(4, 5))
        assert [(d.message, d.line, d.column) for d in r.sorted()] == [
            ("early", 2, 2),
            ("late", 4, 2),
        ]

    def test_strict_raises(self) -> None:
        """A strict reporter raises instead of recording."""
        r = DefectReporter("abc", strict=True)
        with pytest.raises(ArticleParseError):
            r.report("truncated", "x", Span(2, 3))
        assert r.defects == []

    def test_unknown_code(self) -> None:
        """Only catalogued codes can be reported."""
        with pytest.raises(KeyError):
            DefectReporter("abc").report("no-such-code", "x", Span(0, 1))


class TestCaret:
    @pytest.mark.parametrize(
        ("span", "expected"),
        [
            (Span(4, 9), "The quick fox\n    ~~~~^"),
            (Span(0, 1), "The quick fox\n^"),
            (Span(13, 13), "The quick fox\n             ^"),
        ],
    )
    def test_marker(self, span: Span, expected: str) -> None:
        """Tildes under the span and a caret under its last character."""
        assert render_caret("The quick fox\nnext line", span) == expected

    def test_other_line(self) -> None:
        """The excerpt is the line holding the span start, whatever the line ending."""
        assert render_caret("one\r\ntwo words\rthree", Span(9, 14)) == "two words\n    ~~~~^"
