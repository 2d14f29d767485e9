"""Step 1: text -> lines.

Line offsets are computed once; every later rule works on them. A line ends at ``\\n``,
``\\r\\n`` or a lone ``\\r``; its ``end`` excludes the terminator. A line is blank when it
holds only whitespace (NBSP and the other Unicode spaces included).
"""

from __future__ import annotations

import re

from articlekit._text import WS

__all__ = ["Line", "scan_lines"]

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_LEAD_WS = re.compile(f"[{WS}]*")
_TRAIL_WS = re.compile(f"[{WS}]*$")


class Line:
    """One line of the source: content offsets (whitespace trimmed) and its number."""

    __slots__ = ("end", "number", "raw_end", "raw_start", "start")

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

    @property
    def blank(self) -> bool:
        """Whether the line holds only whitespace."""
        return self.start >= self.end

    @property
    def indent(self) -> int:
        """How many whitespace characters precede the content."""
        return self.start - self.raw_start

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Line({self.number}, {self.start}, {self.end})"


def scan_lines(source: str, start: int = 0) -> list[Line]:
    """Split *source* from offset *start* into lines with trimmed content offsets."""
    lines: list[Line] = []
    n = len(source)
    pos = start
    number = 0
    lead_match = _LEAD_WS.match
    while pos < n:
        m = _LINE.match(source, pos)
        assert m is not None  # the pattern matches the empty string
        text_end = m.end()
        raw_end = text_end
        if raw_end > pos and source[raw_end - 1] == "\n":
            raw_end -= 1
        if raw_end > pos and source[raw_end - 1] == "\r":
            raw_end -= 1
        lm = lead_match(source, pos, raw_end)
        s = lm.end() if lm else pos
        e = raw_end
        while e > s and source[e - 1] in _WS_SET:
            e -= 1
        lines.append(Line(number, pos, raw_end, s, e))
        number += 1
        if text_end == pos:  # pragma: no cover - defensive: no progress
            break
        pos = text_end
    return lines


_WS_SET = frozenset(
    " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\ufeff"
)
