"""Step 0 of the pipeline: bytes -> decoded, repaired text.

Decoding (UTF-8 with or without BOM, UTF-16 with BOM, a legacy fallback), repair of
mojibake and HTML entities, and the whitespace collapsing used for every ``text`` field.
Each repair returns the new text and the spans it changed, so the caller can report
defects that point into the repaired text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

__all__ = [
    "Repair",
    "collapse",
    "decode",
    "is_binary",
    "is_collapsed",
    "repair_entities",
    "repair_mojibake",
]

#: Whitespace as the format knows it: ASCII space and tab, NBSP, narrow NBSP, the
#: Unicode space separators, zero-width space and BOM left inside the text.
WS = " \t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff"
#: The same whitespace as a plain string, for ``str.strip`` and membership tests.
WS_CHARS = (
    " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u200b\u202f\u205f\u3000\ufeff"
)
_WS_RUN = re.compile(f"[{WS}\\r\\n\\f\\v\\u2028\\u2029\\x85]+")
#: ``long-\nterm``; the hyphen first, so that a search skips to the next hyphen fast.
_HYPHEN_WRAP = re.compile(f"-(?<=[^\\W\\d_]-)[{WS}]*(?:\\r\\n|\\r|\\n)[{WS}]*(?=[a-z])")

# cp1252 renderings of the bytes 0x80-0xBF: the continuation bytes of UTF-8.
_CONT = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122"
)
#: A UTF-8 sequence read as cp1252 or Latin-1: a lead byte (0xC2-0xF4) and 1-3
#: continuation bytes. Lead and continuation sets are disjoint, so no backtracking.
_MOJIBAKE = re.compile(f"(?:[\u00c2-\u00f4][{_CONT}]{{1,3}})+")
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u2122]")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


class Repair:
    """The result of one repair pass: new text, and the spans it rewrote.

    ``edits`` holds ``(old_start, old_end, new_start, new_end)`` for every replacement,
    in order, so offsets of the old text can be mapped into the new one.
    """

    __slots__ = ("edits", "text")

    def __init__(self, text: str, edits: list[tuple[int, int, int, int]]) -> None:
        self.text = text
        self.edits = edits

    def map(self, offset: int) -> int:
        """Map an offset of the text before the repair into the repaired text."""
        delta = 0
        for old_start, old_end, new_start, new_end in self.edits:
            if old_end <= offset:
                delta = new_end - old_end
            elif old_start < offset:
                return new_start
            else:
                break
        return offset + delta


def _substitute(pattern: re.Pattern[str], text: str, fix: Callable[[str], str | None]) -> Repair:
    out: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    last = 0
    new_len = 0
    for m in pattern.finditer(text):
        repl = fix(m.group())
        if repl is None or repl == m.group():
            continue
        chunk = text[last : m.start()]
        out.append(chunk)
        new_len += len(chunk)
        out.append(repl)
        edits.append((m.start(), m.end(), new_len, new_len + len(repl)))
        new_len += len(repl)
        last = m.end()
    if not edits:
        return Repair(text, [])
    out.append(text[last:])
    return Repair("".join(out), edits)


def _fix_mojibake(s: str) -> str | None:
    for enc in ("cp1252", "latin-1"):
        try:
            return s.encode(enc).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
    return None


def repair_mojibake(text: str) -> Repair:
    """Repair UTF-8 text that was decoded as cp1252 or Latin-1 (``CafÃ©`` -> ``Café``)."""
    if _MOJIBAKE_LEAD.search(text) is None:
        return Repair(text, [])
    return _substitute(_MOJIBAKE, text, _fix_mojibake)


def _fix_entity(s: str) -> str | None:
    out = html.unescape(s)
    return out if out != s else None


def repair_entities(text: str) -> Repair:
    """Decode HTML entities left in the text (``&amp;`` -> ``&``, ``&nbsp;`` -> NBSP)."""
    if "&" not in text:
        return Repair(text, [])
    return _substitute(_ENTITY, text, _fix_entity)


def is_binary(data: bytes) -> bool:
    """Whether *data* looks like a binary file rather than text.

    UTF-16 with a BOM is text. Otherwise a file is binary when more than 1% of its first
    8 KiB are NUL bytes, or more than 30% are control bytes other than whitespace.
    """
    head = data[:8192]
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    nul = head.count(0)
    if nul * 100 > len(head):
        return True
    ctrl = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return ctrl * 10 > len(head) * 3


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str | None, int]:
    """Decode file bytes.

    Returns ``(text, fallback, bad_offset)``: *fallback* names the legacy encoding used
    when the bytes were not valid in the requested (or default UTF-8) encoding, else
    None; *bad_offset* is the character offset of the first undecodable byte then.
    A UTF-8 or UTF-16 byte-order mark selects its encoding and is kept as U+FEFF
    (the parser reports and drops it).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), None, 0
    enc = encoding or "utf-8"
    if enc.lower().replace("_", "-") in ("utf-8", "utf8") and data.startswith(b"\xef\xbb\xbf"):
        return "\ufeff" + data[3:].decode("utf-8", errors="replace"), None, 0
    try:
        return data.decode(enc), None, 0
    except UnicodeDecodeError as exc:
        bad = len(data[: exc.start].decode(enc, errors="replace"))
        if encoding is not None and enc.lower() not in ("utf-8", "utf8"):
            return data.decode(enc, errors="replace"), enc, bad
    try:
        return data.decode("cp1252"), "cp1252", bad
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1", bad


def is_collapsed(s: str) -> bool:
    """Whether *s* holds no whitespace but single spaces inside (no line break, no NBSP,
    no zero-width space): then ``collapse(s)`` and ``" ".join(s.split())`` are *s*."""
    if s.isascii():
        # the ``in`` tests are quicker than ``isprintable``, which looks every character up
        return (
            "\n" not in s
            and "\t" not in s
            and "\r" not in s
            and "\x0b" not in s
            and "\x0c" not in s
            and "\x1c" not in s
            and "\x1d" not in s
            and "\x1e" not in s
            and "\x1f" not in s
            and "  " not in s
            and s[:1] != " "
            and s[-1:] != " "
        )
    # The ASCII space is the one printable whitespace character (and line breaks, NBSP
    # and the zero-width characters are unprintable).
    return s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " "


def collapse(s: str) -> str:
    """Collapse whitespace runs and hard line wraps to single spaces, and strip.

    A word hyphenated across a line break (``long-\\nterm``) keeps its hyphen and loses the
    break.
    """
    if is_collapsed(s):
        return s
    if "-" in s and ("\n" in s or "\r" in s):
        s = _HYPHEN_WRAP.sub("-", s)
    if "\u200b" in s or "\ufeff" in s or "\x1c" in s or "\x1d" in s or "\x1e" in s or "\x1f" in s:
        return _WS_RUN.sub(" ", s).strip()
    # str.split() splits on the same whitespace as _WS_RUN but for the characters above
    return " ".join(s.split())
