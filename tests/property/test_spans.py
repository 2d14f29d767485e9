"""Span invariants of parsed articles."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from articlekit import format_article, parse
from articlekit._text import collapse
from articlekit.strategies import articles
from tests.property.test_garbage import ARTICLE_LIKE

TRIMMED = frozenset(" \t\r\n\u00a0\u3000\u2009\ufeff")


def check_spans(text: str) -> None:
    a = parse(text, extract=False)
    src = a.source
    assert src is not None
    previous_end = 0
    for p in a.paragraphs:
        # ordered, non-overlapping, trimmed
        assert previous_end <= p.span.start < p.span.end <= len(src)
        previous_end = p.span.end
        piece = p.span.slice(src)
        # trimmed of the format's whitespace (the parser keeps other controls, like \f)
        assert piece[:1] not in TRIMMED and piece[-1:] not in TRIMMED
        if a.dateline is not None and p.span.start == a.dateline.span.start:
            # an opening dateline is stripped from the text; a trailing credit is kept
            stripped = collapse(src[a.dateline.span.end : p.span.end])
            assert p.text in (stripped, collapse(piece))
        else:
            assert p.text == collapse(piece)
        sentence_end = p.span.start
        for s in p.sentences:
            assert sentence_end <= s.start < s.end <= p.span.end
            sentence_end = s.end
            assert s.slice(src).strip() == s.slice(src)
    for d in a.defects:
        assert 0 <= d.span.start <= d.span.end <= len(src)
    if a.byline is not None:
        assert any(p.span.contains(a.byline.span) for p in a.paragraphs)
    if a.dateline is not None:
        assert any(p.span.contains(a.dateline.span) for p in a.paragraphs)


class TestSpans:
    @given(ARTICLE_LIKE)
    def test_article_like(self, text: str) -> None:
        """Paragraph and sentence spans slice the source to their element, in order."""
        check_spans(text)

    @given(st.text(alphabet=st.sampled_from("ab .\n\r\t\u00a0\u201cX"), max_size=80))
    def test_small_alphabet(self, text: str) -> None:
        """The same holds for dense whitespace and punctuation."""
        check_spans(text)

    @given(articles(extracted=False))
    def test_generated(self, article) -> None:
        """The same holds for generated articles, parsed back from their source."""
        check_spans(format_article(article))
