"""Step 4: paragraphs -> sentences.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes and brackets after it)
followed by whitespace and a capital, a digit or an opening quote, unless the word before
the period is an abbreviation (``Nov.``, ``Dr.``, ``U.S.``) or an initial (``P.``).
Glued sentences (``statement.Trump``) are split too. Decimals never split (no space).
"""

from __future__ import annotations

import re

from articlekit.models import Span, _span

__all__ = [
    "ABBREVIATIONS",
    "has_rare_marks",
    "is_one_sentence",
    "marked_bounds",
    "sentence_bounds",
    "split_sentences",
]

#: Lower-cased words that take a period and do not end a sentence.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen col lt capt cmdr adm maj sgt st mt ft jr sr inc
    corp ltd co bros no nos vs etc al approx dept est fig govt jan feb mar apr aug sep
    sept oct nov dec mon tue tues wed thu thur thurs fri sat sun rev hon pres supt insp
    det cpl pvt messrs mme mlle esq op ed vol pp ave blvd rd gen lieut sec u.s u.k u.n
    e.u u.s.a u.a.e d.c n.y l.a a.m p.m i.e e.g ph.d b.c a.d
    """.split()
)
#: ``[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9...])|[.!?][\"”’»]?(?=[A-Z][a-z])``, written
#: with one leading character class so that a search skips to the next mark fast.
_TERMINAL = re.compile(
    r"[.!?…](?:[.!?…]*[\"'”’»)\]]*(?=[ \t\u00a0\r\n]+[\"'“‘«(\[]?[A-Z0-9À-ÖØ-Þ])"
    # (glued to the next sentence: ``... Lahore.“Asia Cup is ...``)
    r"|(?<=[.!?])[\"”’»]?(?=[A-Z][a-z]|“[A-Z]))"
)
#: :data:`_TERMINAL` for text whose one sentence mark is the period (no ``!``, ``?`` or
#: ``…``): opening with a literal, a search skips from period to period at the speed of
#: ``str.find`` instead of testing a class at every character.
_TERMINAL_PERIOD = re.compile(r"\." + _TERMINAL.pattern.removeprefix("[.!?…]"))
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")
#: What :data:`_WORD_BEFORE` takes besides letters and digits (``\w`` is ``isalnum`` and ``_``).
_WORD_PUNCTUATION = "_.'’-"


def _is_abbreviation(text: str, dot: int, lo: int = 0) -> bool:
    """Whether the period at *dot* belongs to an abbreviation or an initial.

    The word before it is read from ``text[lo:dot]`` (at most 20 characters of it).
    """
    if dot - _LONGEST > lo and text[dot - _LONGEST - 1 : dot].isalpha():
        # more letters than in any abbreviation, and no initial: most words that end a
        # sentence
        return False
    # ``_WORD_BEFORE.search(text, max(lo, dot - 20), dot)``, read backwards from the period:
    # the search tries every offset of the window
    first = max(lo, dot - 20)
    if dot > first and text[dot - 1] == "\n":
        dot -= 1  # (the search's ``$`` also matches before a final line break)
    # most words are letters after a space (or the window's edge): the word is the letters
    space = text.rfind(" ", first, dot)
    letters = text[space + 1 if space >= 0 else first : dot]
    if letters.isalpha():
        word = letters.lower()  # no period in it: no initials, no ``a.m``
        return (word in ABBREVIATIONS and word != "etc") or len(word) == 1
    at = dot
    while at > first and (text[at - 1].isalnum() or text[at - 1] in _WORD_PUNCTUATION):
        at -= 1
    if at == dot:
        return False
    word = text[at:dot].lower().rstrip(".")
    if not word:
        return False
    if word in ABBREVIATIONS:
        return word not in ("a.m", "p.m", "etc")
    # initials: ``P.``, ``J.R.R.``
    return (len(word) == 1 and word.isalpha()) or bool(_INITIALS.fullmatch(word))


_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
#: The length of the longest abbreviation (less than the window of 20 characters read).
_LONGEST = max(map(len, ABBREVIATIONS))


def split_sentences(source: str, start: int, end: int) -> list[Span]:
    """Return sentence spans for ``source[start:end]`` (trimmed, in order, non-empty)."""
    return [_span(a, b) for a, b in sentence_bounds(source, start, end)]


def _no_mark_before(source: str, start: int, last: int) -> bool:
    """Whether ``source[start:last]`` holds no sentence mark. A sentence ends at a mark
    with text after it: with no mark before its last character (most paragraphs), a text
    is one sentence."""
    return (
        source.find(".", start, last) < 0
        and source.find("!", start, last) < 0
        and source.find("?", start, last) < 0
        and source.find("…", start, last) < 0
    )


def is_one_sentence(source: str, start: int, end: int) -> bool:
    """Whether :func:`sentence_bounds` is ``[(start, end)]`` by the quick test: no mark
    before the last character, no whitespace at either edge."""
    last = end - 1
    return (
        start < end
        and not source[start].isspace()
        and not source[last].isspace()
        # ``_no_mark_before(source, start, last)``, written out: one call less a paragraph
        and source.find(".", start, last) < 0
        and source.find("!", start, last) < 0
        and source.find("?", start, last) < 0
        and source.find("…", start, last) < 0
    )


def sentence_bounds(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`split_sentences` as ``(start, end)`` offsets, for callers that need no spans."""
    if _no_mark_before(source, start, end - 1):
        out: list[tuple[int, int]] = []
        _append_trimmed(out, source, start, end)
        return out
    return marked_bounds(source, start, end)


def has_rare_marks(text: str) -> bool:
    """Whether *text* holds a sentence mark other than the period (``!``, ``?``, ``…``):
    most pages hold none, and their sentences end at periods alone."""
    return "!" in text or "?" in text or "…" in text


def marked_bounds(source: str, start: int, end: int, *, rare: bool = True) -> list[tuple[int, int]]:
    """:func:`sentence_bounds` without the test for a text with no sentence mark before
    its last character (which this finds one sentence as well, more slowly).

    Without *rare*, the caller knows that ``source[start:end]`` holds no ``!``, ``?`` or
    ``…`` (:func:`has_rare_marks`), and the search looks for periods alone.
    """
    out: list[tuple[int, int]] = []
    cur = start
    for m in (_TERMINAL if rare else _TERMINAL_PERIOD).finditer(source, start, end):
        dot = m.start()
        if source[dot] == "." and _is_abbreviation(source, dot, start):
            continue
        # ``_append_trimmed(out, source, cur, m.end())``, written out
        a, b = cur, m.end()
        cur = b
        while a < b and source[a].isspace():
            a += 1
        while b > a and source[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    _append_trimmed(out, source, cur, end)
    return out


def _append_trimmed(out: list[tuple[int, int]], source: str, a: int, b: int) -> None:
    """Append ``source[a:b]`` without its surrounding whitespace, unless that is all."""
    # a sentence after the first opens after the space that ended the one before: the
    # edges are read in place, without copying the sentence to strip it
    while a < b and source[a].isspace():
        a += 1
    while b > a and source[b - 1].isspace():
        b -= 1
    if a < b:
        out.append((a, b))
