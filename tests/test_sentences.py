"""Paragraph -> sentence spans."""

from __future__ import annotations

import pytest

from articlekit import parse
from articlekit._sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [s.slice(text) for s in split_sentences(text, 0, len(text))]


class TestSplitSentences:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The talks began on Nov. 14 in the capital. They ended on Friday.",
                ["The talks began on Nov. 14 in the capital.", "They ended on Friday."],
            ),
            (
                "Officials from the U.S. and Canada met. Talks went well.",
                ["Officials from the U.S. and Canada met.", "Talks went well."],
            ),
            (
                "The U.S. Army said the drill ended. Nobody was hurt.",
                ["The U.S. Army said the drill ended.", "Nobody was hurt."],
            ),
            (
                "Dr. Ilse Varga spoke first. She thanked the staff.",
                ["Dr. Ilse Varga spoke first.", "She thanked the staff."],
            ),
            (
                "A report by J. R. Tolkien-Smith was out. Critics liked it.",
                ["A report by J. R. Tolkien-Smith was out.", "Critics liked it."],
            ),
            (
                "Prices rose 2.5 percent in May. They fell 0.3 percent in June.",
                ["Prices rose 2.5 percent in May.", "They fell 0.3 percent in June."],
            ),
            (
                '"We will win," she said. "It is our time."',
                ['"We will win," she said.', '"It is our time."'],
            ),
            (
                "He said: \u201cIt is over.\u201d Then he left.",
                ["He said: \u201cIt is over.\u201d", "Then he left."],
            ),
            ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
            (
                "He met Mr. Tan at 10 a.m. The meeting lasted an hour.",
                ["He met Mr. Tan at 10 a.m.", "The meeting lasted an hour."],
            ),
            (
                "The union said in a statement.Talks will resume.",
                ["The union said in a statement.", "Talks will resume."],
            ),
            ("Founded in 1952. 200 people attended.", ["Founded in 1952.", "200 people attended."]),
            ("Wait... Then it began.", ["Wait...", "Then it began."]),
            ("No full stop at the end", ["No full stop at the end"]),
        ],
        ids=[
            "month-abbrev",
            "US-mid",
            "US-before-capital",
            "Dr",
            "initials",
            "decimals",
            "straight-quote-ends",
            "curly-quote-ends",
            "question-exclamation",
            "a.m.-ends-sentence",
            "glued",
            "digit-start",
            "ellipsis",
            "unterminated",
        ],
    )
    def test_split(self, text: str, expected: list[str]) -> None:
        """Sentences end at terminal punctuation, not at abbreviations, initials or decimals."""
        assert sentences(text) == expected

    @pytest.mark.parametrize("text", ["", "   ", "\n\t"])
    def test_empty(self, text: str) -> None:
        """Blank text has no sentences."""
        assert sentences(text) == []

    def test_offsets_are_absolute(self) -> None:
        """Spans are offsets into the whole source, not into the paragraph."""
        source = "xxxxx One. Two."
        assert [(s.start, s.end) for s in split_sentences(source, 5, len(source))] == [
            (6, 10),
            (11, 15),
        ]

    def test_sentence_spans_cross_line_wraps(self) -> None:
        """A sentence wrapped over lines is one span including the line break."""
        text = "The ferry ran aground\nnear the harbour. Nobody\nwas hurt."
        assert sentences(text) == ["The ferry ran aground\nnear the harbour.", "Nobody\nwas hurt."]


class TestParagraphSentences:
    def test_paragraph_sentences(self) -> None:
        """Every paragraph carries its sentence spans."""
        text = " date 2020-01-01 Town opens library\n\nIt opened. Dr. Ann Lee spoke.\n"
        a = parse(text, extract=False)
        assert [s.slice(text) for s in a.paragraphs[0].sentences] == [
            "It opened.",
            "Dr. Ann Lee spoke.",
        ]

    def test_dateline_not_in_first_sentence(self) -> None:
        """The sentences of the dateline paragraph start after the dateline."""
        text = " date 2019-08-25 Ship sails\n\nMOSCOW, August 24. /TASS/. A ship left. It is big.\n"
        a = parse(text, extract=False)
        assert [s.slice(text) for s in a.paragraphs[0].sentences] == ["A ship left.", "It is big."]


def test_sentence_glued_to_an_opening_quotation_mark() -> None:
    """``... in Lahore.“Asia Cup is ...``: a sentence ends before the opening mark even
    without a space."""
    text = "He spoke at the stadium in Lahore.“Asia Cup is a big event,” he said."
    a = parse(" date 2018-09-01 Team ready\n\n" + text + "\n", extract=False)
    sentences = [a.source[s.start : s.end] for s in a.paragraphs[0].sentences]
    assert sentences == [
        "He spoke at the stadium in Lahore.",
        "“Asia Cup is a big event,” he said.",
    ]
