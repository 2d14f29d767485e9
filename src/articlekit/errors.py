"""Errors that are raised, and the catalogue of defects that are recorded.

Lenient parsing (the default) recovers from every problem and records a
:class:`~articlekit.models.Defect`. Strict parsing raises :class:`ArticleParseError` on the
first one instead. Both go through :class:`DefectReporter`, the one place that decides.
"""

from __future__ import annotations

import bisect
import re

from articlekit.models import Defect, Span, _defect

__all__ = [
    "DEFECT_CODES",
    "ArticleError",
    "ArticleParseError",
    "DefectReporter",
    "render_caret",
]

#: Every defect code, with the sentence the documentation gives for it. Codes are stable:
#: they are added, never renamed.
DEFECT_CODES: dict[str, str] = {
    "empty-input": "The input holds no text at all.",
    "header-missing": "The first line is not a ` date YYYY-MM-DD` header.",
    "header-malformed": (
        "The first line looks like a header but its date is not YYYY-MM-DD or YYYY-MM."
    ),
    "date-invalid": "The header date does not exist on the calendar (2018-02-30).",
    "date-inferred": (
        "There was no header date; the publication date was taken from a stamp in the body."
    ),
    "date-conflict": "The dateline date is more than a week away from the header date.",
    "header-not-headline": (
        "The text after the header date is not a headline "
        "(a lead, furniture, a caption, a stamp or HTML)."
    ),
    "headline-missing": "No headline was found on the page.",
    "decode-fallback": ("The bytes are not valid UTF-8; they were decoded with a legacy encoding."),
    "mojibake-repaired": (
        "Text decoded with the wrong encoding (UTF-8 read as Latin-1) was repaired."
    ),
    "html-entity-decoded": "HTML entities such as `&amp;` or `&nbsp;` were decoded.",
    "control-characters": "Control characters other than tab and newline were found.",
    "html-markup": "Raw HTML markup was found in the text.",
    "no-blank-lines": "The page has no blank lines; each line was taken as a paragraph.",
    "hard-wrapped": "Lines were hard-wrapped; they were joined into paragraphs.",
    "missing-space": "Words were glued together where text nodes were joined (`statement.Trump`).",
    "truncated": "The text ends in the middle of a word or sentence.",
    "unclosed-quote": "A quotation mark opens and never closes.",
    "mismatched-quotes": "A quotation is opened and closed with marks that do not pair.",
    "empty-body": "The article has a header but no body text.",
    "extraction-failed": (
        "Participant, quote or time extraction raised an unexpected error; the article is "
        "returned parsed but without them. Please report it with the input."
    ),
}


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class ArticleError(Exception):
    """The root of every error articlekit raises."""


def _line_bounds(source: str, offset: int) -> tuple[int, int]:
    """Return the start and end offsets of the line holding *offset*."""
    line_start = max(source.rfind("\n", 0, offset), source.rfind("\r", 0, offset)) + 1
    ends = [i for i in (source.find("\n", offset), source.find("\r", offset)) if i >= 0]
    return line_start, (min(ends) if ends else len(source))


def render_caret(source: str, span: Span) -> str:
    """Return the source line holding *span* with a ``~~~^`` marker under it.

    The marker is the shape packaging's ``ParserSyntaxError`` uses: tildes under the span
    and a caret under its last character.
    """
    line_start, line_end = _line_bounds(source, span.start)
    text = source[line_start:line_end]
    shown = text if len(text) <= 120 else text[: max(0, span.start - line_start) + 60]
    col = span.start - line_start
    width = max(1, min(span.end, line_end) - span.start)
    width = min(width, max(1, len(shown) - col)) if col < len(shown) else 1
    marker = " " * col + "~" * (width - 1) + "^"
    return f"{shown}\n{marker}"


class ArticleParseError(ArticleError, ValueError):
    """Raised by strict parsing on the first defect, and for input that is not text.

    ``str(error)`` names the defect code, line and column and shows the offending line with
    a caret under the problem.
    """

    def __init__(self, defect: Defect, source: str = "", path: str | None = None) -> None:
        self.defect = defect
        self.source = source
        self.path = path
        super().__init__(self._render())

    def _render(self) -> str:
        d = self.defect
        where = f"{self.path}:" if self.path else "line "
        head = f"{where}{d.line}:{d.column}: {d.code}: {d.message}"
        if not self.source:
            return head
        return f"{head}\n{render_caret(self.source, d.span)}"


class DefectReporter:
    """Collects defects, or raises on the first one when strict.

    The one place where the policy is applied: parser rules never append defects
    themselves, they call :meth:`report`.
    """

    __slots__ = ("_line_starts", "defects", "path", "source", "strict")

    def __init__(self, source: str, *, strict: bool = False, path: str | None = None) -> None:
        self.source = source
        self.strict = strict
        self.path = path
        self.defects: list[Defect] = []
        self._line_starts: list[int] | None = None

    def _position(self, offset: int) -> tuple[int, int]:
        source = self.source
        if "\r" not in source:
            # ``\n`` alone breaks lines: counting is quicker than indexing the line starts
            return source.count("\n", 0, offset) + 1, offset - source.rfind("\n", 0, offset)
        if self._line_starts is None:
            self._line_starts = [0, *[m.end() for m in _LINE_BREAK.finditer(self.source)]]
        idx = bisect.bisect_right(self._line_starts, offset) - 1
        return idx + 1, offset - self._line_starts[idx] + 1

    def make(self, code: str, message: str, span: Span) -> Defect:
        """Build a defect with line and column computed from *span*."""
        if code not in DEFECT_CODES:  # pragma: no cover - a programming error
            raise KeyError(f"unknown defect code {code!r}")
        line, column = self._position(span.start)
        return _defect(code, message, span, line, column)

    def report(self, code: str, message: str, span: Span) -> None:
        """Record a defect, or raise :class:`ArticleParseError` when strict."""
        defect = self.make(code, message, span)
        if self.strict:
            raise ArticleParseError(defect, self.source, self.path)
        self.defects.append(defect)

    def sorted(self) -> tuple[Defect, ...]:
        """The defects recorded so far, in source order (stable for equal offsets)."""
        if len(self.defects) < 2:
            return tuple(self.defects)  # (most pages): nothing to order
        return tuple(sorted(self.defects, key=lambda d: (d.span.start, d.span.end)))
