"""Step 1: text -> lines.

Line offsets are computed once; every later rule works on them. A line ends at ``\\n``,
``\\r\\n`` or a lone ``\\r``; its ``end`` excludes the terminator. A line is blank when it
holds only whitespace (NBSP and the other Unicode spaces included).
"""

from __future__ import annotations

import re

from articlekit._text import WS_CHARS as _WS_CHARS

__all__ = ["Line", "content_lines", "scan_lines"]


class Line:
    """One line of the source: content offsets (whitespace trimmed) and its number."""

    __slots__ = ("blank", "end", "number", "raw_end", "raw_start", "start")

    def __init__(self, number: int, raw_start: int, raw_end: int, start: int, end: int) -> None:
        #: 0-based line number.
        self.number = number
        #: Offset of the line's first character.
        self.raw_start = raw_start
        #: Offset of the line terminator (or end of text).
        self.raw_end = raw_end
        #: Offset of the first non-whitespace character (== end when blank).
        self.start = start
        #: Offset one past the last non-whitespace character.
        self.end = end
        #: Whether the line holds only whitespace.
        self.blank = start >= end

    @property
    def lines(self) -> list[Line]:
        """The line as a block of one line (``_blocks.Block`` has the same ``start``,
        ``end`` and ``lines``): a paragraph of one line needs no block of its own."""
        return [self]

    @property
    def indent(self) -> int:
        """How many whitespace characters precede the content."""
        return self.start - self.raw_start

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Line({self.number}, {self.start}, {self.end})"


def scan_lines(source: str, start: int = 0) -> list[Line]:
    """Split *source* from offset *start* into lines with trimmed content offsets."""
    ws = _WS_CHARS
    lines: list[Line] = []
    append = lines.append
    pos = start
    if "\r" not in source:  # every break one ``\n``: the loop below without ``seps``
        for number, text in enumerate(source[start:].split("\n")):
            if not text:  # an empty line: every other line of most pages
                append(Line(number, pos, pos, pos, pos))
                pos += 1
                continue
            raw_end = pos + len(text)
            if text[0] in ws or text[-1] in ws:
                stripped = text.lstrip(ws)
                s = raw_end - len(stripped)
                e = s + len(stripped.rstrip(ws)) if stripped else s
                append(Line(number, pos, raw_end, s, e))
            else:  # no whitespace at either edge: most lines
                append(Line(number, pos, raw_end, pos, raw_end))
            pos = raw_end + 1
    else:
        texts = _BREAK.split(source[start:])
        seps = [m.end() - m.start() for m in _BREAK.finditer(source, start)] + [0]
        for number, text in enumerate(texts):
            raw_end = pos + len(text)
            stripped = text.lstrip(ws)
            s = raw_end - len(stripped)
            e = s + len(stripped.rstrip(ws)) if stripped else s
            append(Line(number, pos, raw_end, s, e))
            pos = raw_end + seps[number]
    if lines and lines[-1].raw_start == len(source):
        lines.pop()  # nothing after the last line break: no line there
    return lines


def content_lines(source: str) -> list[Line]:
    """The lines of :func:`scan_lines` that hold text, numbered as there: a gap in the
    numbers is a blank line. Every other line of most pages is blank, and a blank line
    costs one test here instead of a :class:`Line`."""
    if "\r" in source:
        return [ln for ln in scan_lines(source) if not ln.blank]
    ws = _WS_CHARS
    lines: list[Line] = []
    append = lines.append
    pos = 0
    for number, text in enumerate(source.split("\n")):
        if not text:
            pos += 1
            continue
        raw_end = pos + len(text)
        if text[0] in ws or text[-1] in ws:
            stripped = text.lstrip(ws)
            if stripped:  # else a line of whitespace: blank
                s = raw_end - len(stripped)
                append(Line(number, pos, raw_end, s, s + len(stripped.rstrip(ws))))
        else:
            append(Line(number, pos, raw_end, pos, raw_end))
        pos = raw_end + 1
    return lines


_BREAK = re.compile(r"\r\n|\r|\n")
