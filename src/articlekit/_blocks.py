"""Step 3: lines -> blocks -> paragraph spans.

Grammar (see ``docs/format.md``)::

    body      = { blank } { block { blank } }
    block     = line { line }                 ; no blank line inside
    blank     = line of whitespace only

On a page with blank lines every block is a paragraph (a bullet list is split into one
paragraph per item; a block with a line longer than any wrap width is split at its lines
as below). On a page without blank lines every line is a paragraph, except that
hard-wrapped wire copy is re-joined: a line continues the one before when it starts in
lower case, or when its first word would not have fitted on the line before.
"""

from __future__ import annotations

import re

from articlekit._lines import Line

__all__ = ["Block", "Blockish", "split_blocks", "split_content"]

_BULLET = re.compile(r"[•·▪●◦‣∙*–-]\s|\d{1,2}[.)]\s")
_FIRST_WORD = re.compile(r"\S+")
#: A credit line that opens with a dash (``— said Oskar Brandvold.``): it credits the
#: unmarked speech above it, so it continues nothing.
CREDIT_LINE = re.compile(r"[—–]\s*(?:said|says|added|stated)\b")
_TERMINAL_END = re.compile(r"[.!?:;\"”’)\]]$")


class Block:
    """A paragraph's span, as the lines it covers."""

    __slots__ = ("end", "lines", "start")

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.start = lines[0].start
        self.end = lines[-1].end


#: A paragraph's lines: a :class:`Block`, or a :class:`Line` standing alone for the block
#: of that one line (it has the ``start``, ``end`` and ``lines`` of one): most paragraphs
#: are one line, and need no block made for them.
Blockish = Block | Line

_BULLET_CHARS = frozenset("•·▪●◦‣∙*–-")


def _is_bullet(source: str, line: Line) -> bool:
    c = source[line.start : line.start + 1]
    if c not in _BULLET_CHARS and not c.isdigit():
        return False  # what every bullet opens with, tested without the pattern
    return _BULLET.match(source, line.start, line.end) is not None


def _wrap_width(source: str, lines: list[Line]) -> int | None:
    """Return the wrap width when the lines look hard-wrapped, else None.

    Hard-wrapped copy has most lines within a few characters of one maximum width
    between 40 and 100 characters.
    """
    lengths = sorted(ln.end - ln.start for ln in lines if not ln.blank)
    if len(lengths) < 4:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1] if len(lengths) >= 10 else lengths[-1]
    if not 40 <= width <= 100:
        return None
    near = sum(1 for n in lengths if width * 0.75 <= n <= width + 2)
    return width if near * 2 >= len(lengths) else None


def _continues(source: str, prev: Line, line: Line, width: int | None) -> bool:
    """Whether *line* continues the paragraph that *prev* is part of."""
    first = source[line.start : line.start + 1]
    if _is_bullet(source, line):
        return False
    if first in "—–" and CREDIT_LINE.match(source, line.start, line.end):
        return False  # ``— said X``: a credit line after unmarked speech
    prev_text_end = source[prev.end - 1 : prev.end]
    if first.islower() and not _TERMINAL_END.match(prev_text_end):
        return True
    if width is None:
        return False
    if line.indent >= 2 and line.indent > prev.indent and not first.islower():
        return False  # an indented line opens a paragraph of wrapped copy
    m = _FIRST_WORD.match(source, line.start, line.end)
    first_len = (m.end() - m.start()) if m else 0
    prev_len = prev.end - prev.start
    fitted = prev_len + 1 + first_len <= width
    return not fitted


def split_blocks(
    source: str, lines: list[Line], *, open_first: bool = False
) -> tuple[list[Blockish], bool, bool]:
    """Group body lines into paragraph blocks.

    With *open_first*, the first line is a lead cut off mid-sentence (``LONDON — British
    Prime minister Boris``), and the line right after it continues it.
    Returns ``(blocks, has_blank_lines, rejoined_wraps)``.
    """
    return split_content(source, [ln for ln in lines if not ln.blank], open_first=open_first)


def split_content(
    source: str, content: list[Line], *, open_first: bool = False
) -> tuple[list[Blockish], bool, bool]:
    """:func:`split_blocks` of the lines that hold text (``content_lines``), in order."""
    if not content:
        return [], False, False
    first_i = content[0].number
    last_i = content[-1].number
    # a blank line between the first and the last line with text: the lines are numbered
    # one after another, so fewer lines with text than lines from the first to the last
    has_blank = last_i - first_i + 1 > len(content)
    blocks: list[Blockish] = []
    rejoined = False
    if has_blank:
        # the runs of lines between blank lines: lines with text numbered one after another
        run: list[Line] = [content[0]]
        after = content[0].number + 1
        for ln in content[1:]:
            if ln.number != after:
                if len(run) == 1:
                    blocks.append(run[0])  # one line: what ``_split_block`` returns
                else:
                    blocks.extend(_split_block(source, run))
                run = [ln]
            else:
                run.append(ln)
            after = ln.number + 1
        blocks.extend(_split_block(source, run))
        _join_open_first(blocks, open_first)
        return blocks, True, False
    width = _wrap_width(source, content)
    cur: list[Line] = [content[0]]
    for ln in content[1:]:
        if _continues(source, cur[-1], ln, width):
            cur.append(ln)
            rejoined = True
        else:
            blocks.append(Block(cur))
            cur = [ln]
    blocks.append(Block(cur))
    return blocks, False, _join_open_first(blocks, open_first) or rejoined


def _join_open_first(blocks: list[Blockish], open_first: bool) -> bool:
    """With *open_first*, join the first line, when it stands alone, to the block right
    after it (no blank line between); return whether it did."""
    if (
        open_first
        and len(blocks) > 1
        and len(blocks[0].lines) == 1
        and blocks[0].lines[0].number + 1 == blocks[1].lines[0].number
    ):
        blocks[:2] = [Block(blocks[0].lines + blocks[1].lines)]
        return True
    return False


#: Longer than any hard-wrap width: a block with a line this long was not hard-wrapped.
_UNWRAPPED = 100


def _split_block(source: str, run: list[Line]) -> list[Blockish]:
    """Split a block at bullets, and at every line break of a block that is not wrapped.

    Pages that mix styles put blank lines after the header but none in the body. A block
    with a line longer than any wrap width was not hard-wrapped, so its lines are
    paragraphs as on a page without blank lines (a line in lower case after one that does
    not end a sentence still continues it).
    """
    if len(run) == 1:
        return [run[0]]  # one line: no bullets to split at, no line breaks
    out: list[Blockish] = []
    for block in _split_bullets(source, run):
        if all(ln.end - ln.start <= _UNWRAPPED for ln in block.lines):
            out.append(block)
            continue
        cur: list[Line] = [block.lines[0]]
        for ln in block.lines[1:]:
            if not _continues(source, cur[-1], ln, None):
                out.append(Block(cur))
                cur = []
            cur.append(ln)
        out.append(Block(cur))
    return out


def _split_bullets(source: str, run: list[Line]) -> list[Block]:
    """Split a block into one block per bullet item; other blocks stay whole."""
    if len(run) == 1 or not any(_is_bullet(source, ln) for ln in run[1:]):
        return [Block(run)]
    out: list[Block] = []
    cur: list[Line] = []
    for ln in run:
        if cur and _is_bullet(source, ln):
            out.append(Block(cur))
            cur = []
        cur.append(ln)
    out.append(Block(cur))
    return out
