"""The data model."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from articlekit import (
    Article,
    Byline,
    Dateline,
    Defect,
    Mention,
    Paragraph,
    ParagraphKind,
    Participant,
    ParticipantKind,
    Quote,
    QuoteKind,
    Span,
)


class TestSpan:
    def test_positional(self) -> None:
        """A span is built from two positional offsets."""
        assert (Span(2, 5).start, Span(2, 5).end) == (2, 5)

    def test_slice(self) -> None:
        """``slice`` returns the half-open range of the source."""
        assert Span(4, 9).slice("The quick fox") == "quick"

    def test_len(self) -> None:
        """The length of a span is end minus start."""
        assert len(Span(3, 10)) == 7

    def test_empty_allowed(self) -> None:
        """An empty span is valid and slices to the empty string."""
        assert Span(3, 3).slice("abcdef") == ""

    @pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
    def test_invalid(self, start: int, end: int) -> None:
        """A negative start or an end before the start is rejected."""
        with pytest.raises(ValueError, match=r"^invalid span \[" + str(start)):
            Span(start, end)

    def test_contains(self) -> None:
        """``contains`` is inclusive at both ends and false for overlaps."""
        outer = Span(10, 20)
        assert [
            outer.contains(s) for s in (Span(10, 20), Span(12, 15), Span(5, 12), Span(19, 21))
        ] == [
            True,
            True,
            False,
            False,
        ]

    def test_frozen(self) -> None:
        """Spans cannot be modified."""
        span = Span(1, 2)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            span.start = 0  # type: ignore[misc]

    def test_hashable_and_equal_by_value(self) -> None:
        """Equal spans hash equal, so they work as set members and dict keys."""
        assert {Span(1, 2), Span(1, 2), Span(2, 3)} == {Span(1, 2), Span(2, 3)}


class TestKeywordOnly:
    @pytest.mark.parametrize(
        "cls", [Article, Byline, Dateline, Defect, Mention, Paragraph, Participant, Quote]
    )
    def test_positional_rejected(self, cls: type) -> None:
        """Every model except Span takes keyword arguments only."""
        with pytest.raises(TypeError):
            cls("x")


class TestTuples:
    def test_lists_become_tuples(self) -> None:
        """Sequence fields convert lists to tuples, so instances stay hashable."""
        p = Participant(
            id="p1",
            kind=ParticipantKind.PERSON,
            name="Ilse Varga",
            aliases=["Varga"],
            roles=["mayor"],
            mentions=[Mention(text="Varga", span=Span(0, 5))],
        )
        assert (p.aliases, p.roles, p.mentions) == (
            ("Varga",),
            ("mayor",),
            (Mention(text="Varga", span=Span(0, 5)),),
        )
        assert hash(p) == hash(attrs.evolve(p))

    def test_article_hashable(self) -> None:
        """A whole article with nested objects is hashable and frozen."""
        a = Article(
            id="a",
            published=dt.date(2020, 1, 2),
            paragraphs=[
                Paragraph(
                    index=0,
                    kind=ParagraphKind.BODY,
                    text="Hi.",
                    span=Span(0, 3),
                    sentences=[Span(0, 3)],
                )
            ],
            quotes=[
                Quote(id="q1", kind=QuoteKind.DIRECT, text="Hi.", paragraph=0, span=Span(0, 3))
            ],
        )
        assert hash(a) == hash(attrs.evolve(a))
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            a.id = "b"  # type: ignore[misc]


class TestArticle:
    def _article(self) -> Article:
        return Article(
            paragraphs=[
                Paragraph(index=0, kind=ParagraphKind.HEADING, text="Title", span=Span(0, 5)),
                Paragraph(index=1, kind=ParagraphKind.BODY, text="One.", span=Span(7, 11)),
                Paragraph(index=2, kind=ParagraphKind.CAPTION, text="Pic.", span=Span(13, 17)),
                Paragraph(index=3, kind=ParagraphKind.BODY, text="Two.", span=Span(19, 23)),
            ],
            participants=[
                Participant(id="p1", kind=ParticipantKind.PERSON, name="Ann Lee"),
                Participant(id="p2", kind=ParticipantKind.GROUP, name="police"),
            ],
        )

    def test_defaults(self) -> None:
        """An empty article has no header, no date and MISSING header kind."""
        a = Article()
        assert (
            a.id,
            a.published,
            a.headline,
            a.header,
            a.header_kind.value,
            a.paragraphs,
            a.defects,
        ) == (
            None,
            None,
            None,
            None,
            "missing",
            (),
            (),
        )

    def test_body_joins_body_paragraphs(self) -> None:
        """``body`` joins only body paragraphs, separated by a blank line."""
        assert self._article().body == "One.\n\nTwo."

    def test_participant_lookup(self) -> None:
        """``participant`` finds a participant by id, or returns None."""
        a = self._article()
        assert (a.participant("p2"), a.participant("p9")) == (a.participants[1], None)

    def test_source_not_compared(self) -> None:
        """Two articles that differ only in ``source`` are equal."""
        assert Article(id="x", source="one") == Article(id="x", source="two")

    def test_source_not_in_repr(self) -> None:
        """The (possibly long) source text is left out of the repr."""
        assert "secret" not in repr(Article(source="secret"))


def test_fast_constructors_equal_the_public_ones() -> None:
    """The parser's constructors build what the validating ones build."""
    from articlekit import models
    from articlekit.models import HeaderKind

    span = models._span(3, 9)
    assert span == Span(3, 9)
    d = models._dateline(("KYIV",), "Nov. 14", None, "AFP", span)
    assert d == Dateline(places=("KYIV",), date_text="Nov. 14", agency="AFP", span=Span(3, 9))
    p = models._paragraph(0, ParagraphKind.BODY, "Text.", span, (span,))
    assert p == Paragraph(
        index=0, kind=ParagraphKind.BODY, text="Text.", span=span, sentences=[span]
    )
    a = models._article(
        "x", None, None, "Head", "Head", HeaderKind.HEADLINE, d, None, (p,), (), "source"
    )
    b = Article(
        id="x", headline="Head", header="Head", header_kind=HeaderKind.HEADLINE, dateline=d,
        paragraphs=[p], source="source",
    )  # fmt: skip
    assert a == b and a.source == b.source
    d2 = models._defect("truncated", "x", span, 1, 4)
    assert d2 == Defect(code="truncated", message="x", span=span, line=1, column=4)
    assert [getattr(a, f.name) for f in Article.__attrs_attrs__] == [
        getattr(b, f.name) for f in Article.__attrs_attrs__
    ]
