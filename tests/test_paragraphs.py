"""Lines -> paragraphs: blank-line runs, pages without blank lines, wraps, bullets, line ends."""

from __future__ import annotations

import pytest

from articlekit import Span, parse

H = " date 2020-01-01 Town opens new library\n"


def paragraphs(text: str) -> list[tuple[str, str, Span]]:
    """(kind, text, span) of each paragraph."""
    return [(p.kind.value, p.text, p.span) for p in parse(text, extract=False).paragraphs]


def codes(text: str) -> list[str]:
    return [d.code for d in parse(text, extract=False).defects]


class TestBlankLines:
    def test_lines_of_a_block_are_joined(self) -> None:
        """Lines without a blank between them form one paragraph, whitespace collapsed."""
        text = H + "\nOne para\nwith two lines.\n\nSecond para.\n"
        assert paragraphs(text) == [
            ("body", "One para with two lines.", Span(41, 65)),
            ("body", "Second para.", Span(67, 79)),
        ]

    def test_unwrapped_block_splits_at_lines(self) -> None:
        """A block with a line longer than any wrap width is one paragraph per line (pages
        that put blank lines after the header but none in the body)."""
        one = (
            "The town library will open its new reading room on Monday after two years of"
            " building work, the council said."
        )
        two = '"We waited a long time for this," the head librarian told reporters'
        three = "at the door of the building, which cost four million euros."
        text = H + "\n" + one + "\n" + two + "\n" + three + "\n\nSecond block.\n"
        assert [t for _k, t, _s in paragraphs(text)] == [
            one,
            two + " " + three,
            "Second block.",
        ]

    def test_wrapped_block_stays_joined(self) -> None:
        """A block of lines within a wrap width stays one paragraph, whatever starts a line."""
        text = (
            H
            + "\nThe council met on Monday with\nMayor Ilse Varga to discuss the\n"
            + "Library budget. Work starts in May.\n\nSecond para.\n"
        )
        assert [t for _k, t, _s in paragraphs(text)] == [
            "The council met on Monday with Mayor Ilse Varga to discuss the Library budget."
            " Work starts in May.",
            "Second para.",
        ]

    def test_caption_printed_twice_is_a_caption(self) -> None:
        """The same text twice in a row, the second copy with a photo credit, is a caption."""
        cap = "Mayor Ilse Varga cuts the ribbon at the new town library on Monday, May 4, 2020."
        body = (
            "The town library opened its doors on Monday after two years of building work,"
            " and hundreds of readers queued outside."
        )
        text = H + "\n" + cap + " Jan Novak / AFP\n" + cap + "\n" + body + "\n"
        assert [(k, t) for k, t, _s in paragraphs(text)] == [
            ("caption", cap + " Jan Novak / AFP"),
            ("caption", cap),
            ("body", body),
        ]

    def test_sentence_repeated_with_more_text_is_body(self) -> None:
        """A paragraph that repeats the one before and goes on with a sentence is body."""
        first = "The town library opened on Monday after two years of building work."
        text = H + "\n" + first + "\n\n" + first + " Hundreds of readers queued outside.\n"
        assert [k for k, _t, _s in paragraphs(text)] == ["body", "body"]

    @pytest.mark.parametrize("run", [1, 3, 6])
    def test_blank_runs(self, run: int) -> None:
        """Any run of blank lines separates two paragraphs, and only two."""
        text = H + "\nFirst para." + "\n" * (run + 1) + "Second para.\n"
        second = 41 + len("First para.") + run + 1
        assert paragraphs(text) == [
            ("body", "First para.", Span(41, 52)),
            ("body", "Second para.", Span(second, second + 12)),
        ]
        assert codes(text) == []

    def test_whitespace_only_lines_are_blank(self) -> None:
        """A line of spaces, tabs and NBSP counts as blank."""
        text = H + "\nFirst para.\n \t\u00a0 \nSecond para.\n"
        assert [p[1] for p in paragraphs(text)] == ["First para.", "Second para."]

    def test_span_excludes_surrounding_whitespace(self) -> None:
        """A paragraph's span starts at its first and ends after its last visible character."""
        text = H + "\n    Indented first para.   \n\n\tSecond.\n"
        assert paragraphs(text) == [
            ("body", "Indented first para.", Span(45, 65)),
            ("body", "Second.", Span(71, 78)),
        ]


class TestHeaderLeadCutMidSentence:
    @pytest.mark.parametrize("blank_after", ["", "\n\nThe board meets on Friday.\n"])
    def test_next_line_continues_the_lead(self, blank_after: str) -> None:
        """A lead on the header line that stops mid-sentence goes on on the next line, on
        pages with and without blank lines."""
        text = (
            " date 2020-03-23 OSLO — Mayor Oskar\nBrandvold will open the bridge on Monday, "
            "officials said.\n" + blank_after
        )
        texts = [p.text for p in parse(text, extract=False).paragraphs]
        # (the dateline ``OSLO —`` is not part of the paragraph's text)
        assert texts[0] == "Mayor Oskar Brandvold will open the bridge on Monday, officials said."

    def test_finished_lead_is_not_joined(self) -> None:
        """A lead that ends its sentence keeps the next line apart."""
        text = " date 2020-03-23 OSLO — The bridge opens on Monday.\nBrandvold cut the ribbon.\n"
        texts = [p.text for p in parse(text, extract=False).paragraphs]
        assert texts == ["The bridge opens on Monday.", "Brandvold cut the ribbon."]


class TestNoBlankLines:
    def test_each_line_a_paragraph(self) -> None:
        """Without blank lines each line is a paragraph, with a ``no-blank-lines`` defect."""
        text = H + "First para.\nSecond para.\nThird para.\n"
        assert paragraphs(text) == [
            ("body", "First para.", Span(40, 51)),
            ("body", "Second para.", Span(52, 64)),
            ("body", "Third para.", Span(65, 76)),
        ]
        assert codes(text) == ["no-blank-lines"]

    def test_single_line_page(self) -> None:
        """A whole page on one line is one paragraph and no defect."""
        text = H + "\nThe whole page on one line. It has many sentences. Like this one."
        assert [p[1] for p in paragraphs(text)] == [
            "The whole page on one line. It has many sentences. Like this one."
        ]
        assert codes(text) == []

    def test_lower_case_start_continues(self) -> None:
        """A line that starts in lower case continues the paragraph before it."""
        text = H + "The ferry ran aground\nnear the harbour on Sunday.\nNobody was hurt.\n"
        assert [p[1] for p in paragraphs(text)] == [
            "The ferry ran aground near the harbour on Sunday.",
            "Nobody was hurt.",
        ]
        assert codes(text) == ["no-blank-lines", "hard-wrapped"]

    def test_hard_wrapped_wire_copy(self) -> None:
        """Wire copy wrapped at about 60 characters is re-joined into its paragraphs."""
        lines = [
            "The ferry ran aground near the harbour on Sunday, leaving",
            "dozens of passengers stranded for hours on the deck, the",
            "coast guard said on Monday evening after rescue teams arrived.",
            "Officials said an investigation into the cause had begun.",
            "A spokesman for the operator declined to comment further on",
            "the incident.",
        ]
        text = H + "\n".join(lines) + "\n"
        assert [p[1] for p in paragraphs(text)] == [
            " ".join(lines[:4]),
            " ".join(lines[4:]),
        ]
        assert codes(text) == ["no-blank-lines", "hard-wrapped"]


class TestHyphenWrap:
    def test_hyphenated_word_across_lines(self) -> None:
        """A word hyphenated across a line break keeps its hyphen and loses the break."""
        text = H + "\nA long-\nterm plan was agreed.\n\nEnd.\n"
        assert paragraphs(text)[0][1] == "A long-term plan was agreed."


class TestBullets:
    def test_bullet_items_split(self) -> None:
        """Each bullet item of a block is its own body paragraph."""
        text = H + "\nChanges:\n  \u2022 one\n  \u2022 two\n\nEnd.\n"
        assert paragraphs(text) == [
            ("body", "Changes:", Span(41, 49)),
            ("body", "\u2022 one", Span(52, 57)),
            ("body", "\u2022 two", Span(60, 65)),
            ("body", "End.", Span(67, 71)),
        ]

    @pytest.mark.parametrize("marks", [("- ", "- "), ("1. ", "2. "), ("* ", "* ")])
    def test_list_items_are_body(self, marks: tuple[str, str]) -> None:
        """Dash, star and numbered list items are body text, not headings."""
        text = H + f"\n{marks[0]}Apples from the hills\n{marks[1]}Pears from the valley\n\nEnd.\n"
        assert [(p[0], p[1]) for p in paragraphs(text)] == [
            ("body", f"{marks[0]}Apples from the hills"),
            ("body", f"{marks[1]}Pears from the valley"),
            ("body", "End."),
        ]


class TestLineEnds:
    BASE = H + "\nFirst para.\n\nSecond para.\n"

    @pytest.mark.parametrize(
        ("newline", "offset"), [("\n", 0), ("\r\n", 2), ("\r", 0)], ids=["LF", "CRLF", "CR"]
    )
    def test_line_terminators(self, newline: str, offset: int) -> None:
        """LF, CRLF and lone CR pages give the same paragraphs; spans count every character."""
        text = self.BASE.replace("\n", newline)
        result = paragraphs(text)
        assert result == [
            ("body", "First para.", Span(41 + offset, 52 + offset)),
            ("body", "Second para.", Span(54 + 2 * offset, 66 + 2 * offset)),
        ]
        assert [span.slice(text) for _, _, span in result] == ["First para.", "Second para."]

    def test_bom_removed_before_offsets(self) -> None:
        """A leading BOM is dropped; spans point into the text after it."""
        a = parse("\ufeff" + self.BASE, extract=False)
        assert (a.source, a.headline, [p.span for p in a.paragraphs]) == (
            self.BASE,
            "Town opens new library",
            [Span(41, 52), Span(54, 66)],
        )

    def test_nbsp_and_tabs_collapse(self) -> None:
        """NBSP and tab runs inside a paragraph collapse to one space."""
        text = H + "\n\u00a0 First\u00a0\u00a0para.\u00a0\n\u00a0\nSecond\tpara.\n"
        assert paragraphs(text) == [
            ("body", "First para.", Span(43, 55)),
            ("body", "Second para.", Span(59, 71)),
        ]


class TestIndentedWrappedCopy:
    def test_indented_line_opens_a_paragraph(self) -> None:
        """In hard-wrapped copy an indented line starts a new paragraph."""
        body = (
            "    The ferry link between the two islands will resume on Wednesday\n"
            "after repairs to the pier, the operator said on Monday in a short\n"
            "statement to the local press and the harbour office of the town.\n"
            "    The state will cover half of the cost of the repairs, officials\n"
            "said, and the rest will come from the budget of the county council.\n"
        )
        texts = [t for _k, t, _s in paragraphs(H + body)]
        assert texts == [
            "The ferry link between the two islands will resume on Wednesday after repairs "
            "to the pier, the operator said on Monday in a short statement to the local press "
            "and the harbour office of the town.",
            "The state will cover half of the cost of the repairs, officials said, and the rest "
            "will come from the budget of the county council.",
        ]


class TestStampParagraphs:
    @pytest.mark.parametrize(
        "stamp",
        [
            "Published: 12th January 2019 04:58 AM | Last Updated: 12th January 2019 04:58 AM",
            "Xinhua) 16:40, June 19, 2023",
            "Wed Sep 18, 2019 September 18, 2019",
        ],
    )
    def test_stamp_lines(self, stamp: str) -> None:
        """Stamp lines of many shapes are timestamp paragraphs, not body text."""
        kinds = [k for k, _t, _s in paragraphs(H + "\n" + stamp + "\n\nThe library opened.\n")]
        assert kinds == ["timestamp", "body"]


class TestSyndicationNotes:
    @pytest.mark.parametrize(
        "note",
        [
            "(This story has not been edited by our staff and is auto-generated from a feed.)",
            "(Except for the headline, this story has not been edited by the desk and is"
            " published from a syndicated feed.)",
            "This article was auto-generated from an agency wire.",
        ],
    )
    def test_note_is_boilerplate(self, note: str) -> None:
        """A syndication note closing the page is boilerplate, not body text."""
        text = H + "\nThe library opens on Monday.\n\nIt has ten thousand books.\n\n" + note + "\n"
        assert [k for k, _t, _s in paragraphs(text)] == ["body", "body", "boilerplate"]

    def test_story_sentence_is_body(self) -> None:
        """A body sentence about a story is not mistaken for the note."""
        text = H + "\nThe story was first reported by a local radio station on Monday.\n"
        assert [k for k, _t, _s in paragraphs(text)] == ["body"]
