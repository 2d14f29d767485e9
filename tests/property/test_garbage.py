"""Lenient parsing of arbitrary text never raises; strict raises exactly on defects."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from articlekit import ArticleParseError, parse, parse_bytes

#: Text that looks like articles: header fragments, quotes, dashes, CR, NBSP, controls.
PIECES = st.sampled_from(
    [
        " date 2018-11-17 ", "date 2018-02-30", " date 2023-08", "\n", "\r\n", "\r", "\n\n\n",
        "\u00a0", "\t", "\x00", "\x07", "\ufeff", "\u201c", "\u201d", '"', "'", "\u00ab",
        "(Xinhua) --", "BEIJING, Nov. 14 (Xinhua) -- ", "(CNN)", "By Ann Lee", "Editing\nby",
        "Home>>", "<p>", "&amp;", "Caf\u00c3\u00a9", "Nov.", "U.S.", " said.", "The council",
        "\u2022 ", "12:30", "\u2014 Bernama", "AFP", "Photo: X/GT", "Read more", "a", "A", ".",
    ]
)  # fmt: skip
ARTICLE_LIKE = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)


class TestNeverRaises:
    @given(st.text())
    @example("")
    @example("\r\r\r")
    @example(" date 2018-11-17")
    @example(" date 2018-11-17 \u201cUnclosed")
    def test_any_text(self, text: str) -> None:
        """Lenient parsing of any text returns an article, and extraction never fails."""
        assert "extraction-failed" not in [d.code for d in parse(text).defects]

    @given(ARTICLE_LIKE)
    def test_article_like_text(self, text: str) -> None:
        """Lenient parsing of article-like fragments returns an article; extraction works."""
        assert "extraction-failed" not in [d.code for d in parse(text).defects]

    @given(st.binary(max_size=300))
    def test_any_bytes(self, data: bytes) -> None:
        """Bytes either parse or raise ArticleParseError (binary input), nothing else."""
        try:
            parse_bytes(data)
        except ArticleParseError as exc:
            assert "not a text file" in str(exc)


class TestStrictMatchesLenient:
    @given(ARTICLE_LIKE)
    def test_strict_raises_iff_defect(self, text: str) -> None:
        """Strict raises exactly when lenient records a defect, and on the first one."""
        lenient = parse(text, extract=False)
        try:
            strict = parse(text, strict=True, extract=False)
        except ArticleParseError as exc:
            assert exc.defect in lenient.defects
        else:
            assert (lenient.defects, strict) == ((), lenient)

    @given(ARTICLE_LIKE)
    def test_strict_raises_iff_defect_with_extraction(self, text: str) -> None:
        """With extraction too, strict raises exactly when lenient records a defect."""
        lenient = parse(text)
        try:
            strict = parse(text, strict=True)
        except ArticleParseError as exc:
            assert exc.defect in lenient.defects
        else:
            assert (lenient.defects, strict) == ((), lenient)
