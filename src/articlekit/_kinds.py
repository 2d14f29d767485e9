"""Step 3b: what each paragraph is (body, caption, byline, credit, stamp, boilerplate, ...).

Each rule looks at one paragraph's collapsed text (and its position) and either names a
kind or declines. The first rule that names a kind wins; a paragraph no rule claims is
body text.
"""

from __future__ import annotations

import re

from articlekit._dateline import match_dateline, normalise_agency
from articlekit._header import (
    _HTML,
    _LEAD_STAMP,
    _STAMP_FIELDS,
    FOREIGN_DATE_WORDS,
    _has_credit_key,
    is_caption,
    is_furniture,
    is_stamp,
    looks_like_headline,
)
from articlekit.models import ParagraphKind

__all__ = ["classify_paragraph", "is_byline", "kind_of", "parse_byline"]

_BYLINE = re.compile(
    r"(?:(?:Written|Reported|Story|Text|Compiled)\s+)?[Bb][Yy]\s*:?\s+"
    r"(?P<names>[A-Z\u00c0-\u024f][\w.'’\u00c0-\u024f-]*"
    r"(?:[ ,]+(?:and\s+|&\s+)?[A-Z\u00c0-\u024f][\w.'’\u00c0-\u024f-]*){0,11})"
    r"\s*(?:(?:[,|(\[]|\s[-–—]\s)\s*(?P<rest>.*))?$"
)
_BYLINE_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")
_CREDIT = re.compile(
    r"(?i)^\(?\s*(?:web\s+)?editor(?:s)?\s*[:：]"
    r"|^\(?reporting by\b|^\(?(?:additional )?reporting\s+(?:by|from)\b|^\(?editing by\b"
    r"|^\(?writing by\b|^\(?compiled by\b|^\(?translated by\b|^\(?edited by\b"
    r"|^source\s*:\s*[^|]{1,40}$|^\(?photo(?:s|graph)?\s*(?:by|:)"
)
_AGENCY_LINE = re.compile(
    r"^(?:[-—–]\s*)?\(?(?:AFP|AP|Reuters|Xinhua|TASS|Sputnik|UPI|Bernama|IANS|PTI|ANI|dpa|EFE|"
    r"Kyodo|Yonhap|Anadolu|WAM|SPA|CNN|AFP-JIJI|AFP/AP)\)?\.?$"
)
#: A syndication note: ``(This story has not been edited by our staff and is ...)``.
_SYNDICATION_NOTE = (
    r"\(?(?:except for the headline, |only the headline .{0,40}?; )?(?:this|the rest of the)"
    r" (?:story|article|report|copy|content) (?:has not been|was not|is|was) (?:edited"
    r"|auto-generated|published from|generated from)"
)
#: Page furniture that makes a whole paragraph, alternative by alternative (see
#: :func:`_is_boilerplate`).
_BOILERPLATE_ALTERNATIVES = (
    r"read more", r"related(?: readings?| stories| articles| news| coverage)?\s*:",
    r"don'?t miss", r"follow us", r"copyright", r"©", r"\(c\)\s*\d{4}", r"all rights reserved",
    r"sign (?:out|in|up)", r"read full article", r"next article", r"previous article",
    r"advertisement", r"advertising", r"click here", r"share (?:this|on)", r"subscribe",
    r"we use cookies", r"this (?:site|website) uses cookies", r"accept (?:all )?cookies",
    r"this video (?:has failed|is not available|cannot)", r"your browser does not support",
    r"\d+ of \d+\s*\|", r"\d+\s+(?:images|photos)$", r"more on this", r"see also", r"also read",
    r"watch:", r"source:\s*\w+\s*\|\s*\d", r"newsletter", r"get (?:the|our) .{0,40}newsletter",
    r"tags?\s*:", r"\[\w+(?: [\w-]+=[^\]]*)*\]$", r"editor'?s'? note\s*:", r"disclaimer\s*:",
    r"you may also like", r"recommended", r"most (?:read|popular)", r"print\s*$", r"email\s*$",
    r"comments?\s*\(?\d*\)?$", r"back to top", r"scroll to (?:top|continue)", r"loading\.\.\.",
    r"top stories", r"read also\b", r"also read\b", r"source link$", r"leave a (?:reply|comment)",
    r"please enter your", r"reader comments?", r"what you need to know",
    r"[•·]?\s*\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)\s+ago\b",
    r"\d+\s+comments?$", r"view comments", r"show comments", r"post a comment",
    r"log in to comment", r"continue reading", r"keep reading", r"to continue reading",
    r"subscribe to", r"already a subscriber", r"create (?:a free )?account",
    r"this content is (?:only )?available", r"you have \d+ free",
    r"for more (?:news|stories|updates)", r"download (?:the|our) app", r"join (?:us|our) on",
    r"whatsapp", r"telegram channel", r"story continues below", r"article continues",
    r"related posts?\b", r"trending now", r"popular now", r"read next", r"up next", r"more from",
    r"latest stories", _SYNDICATION_NOTE,
)  # fmt: skip
_BOILERPLATE = re.compile(f"(?i)^(?:{'|'.join(_BOILERPLATE_ALTERNATIVES)})")


def _opening_letter(alternative: str) -> str | None:
    """The letter an alternative opens with, or None when it opens otherwise (a digit, a
    bracket, an optional part)."""
    first = alternative[:1]
    if "a" <= first <= "z" and alternative[1:2] not in ("?", "*", "{"):
        return first
    return None


def _opening_letters(alternative: str) -> str:
    """The ASCII letters (in lower case) a text an alternative matches can open with: its
    own first letter; ``e``, ``o`` and ``t`` for the syndication note, which opens with
    ``except``, ``only``, ``this`` or ``the`` after an optional bracket; none for the
    others, which open with a digit, a bracket or a sign (``tests/property`` reads each
    from the parsed pattern)."""
    if alternative == _SYNDICATION_NOTE:
        return "eot"
    return _opening_letter(alternative) or ""


#: :data:`_BOILERPLATE` for a text that opens with an ASCII letter: the alternatives that
#: can open with that letter (``(?!)``, which matches nothing, for a letter none opens
#: with). Tried at the start of every short paragraph, the whole alternation costs ten
#: times more.
_BOILERPLATE_BY_LETTER = {
    letter: re.compile(
        "(?i)(?:"
        + (
            "|".join(a for a in _BOILERPLATE_ALTERNATIVES if letter in _opening_letters(a))
            or "(?!)"
        )
        + ")"
    )
    for letter in "abcdefghijklmnopqrstuvwxyz"
}


def _is_boilerplate(text: str) -> bool:
    """``_BOILERPLATE.match(text) is not None``, through the pattern of its first letter."""
    first = text[:1]
    if first.isascii() and first.isalpha():
        # an ASCII letter matches a letter of the pattern exactly when they are equal in
        # lower case (U+017F and U+212A, which match ``s`` and ``k``, are not ASCII)
        return _BOILERPLATE_BY_LETTER[first.lower()].match(text) is not None
    return _BOILERPLATE.match(text) is not None


_BOILER_ANYWHERE = re.compile(
    r"(?i)all rights reserved|copyright\s*©|©\s*\d{4}|\bcookie policy\b|privacy policy"
    r"|terms of (?:use|service)|\|\s*editor\s*:"
)
_TERMINAL = re.compile(r"[.!?…:;\"”’»)\]]$")
#: What :data:`_TERMINAL` finds, as endings: ``endswith`` reads the end, a search the
#: whole text (``$`` also matches before a final newline).
_TERMINAL_ENDINGS = tuple(c + nl for c in '.!?…:;"”’»)]' for nl in ("", "\n"))
#: A bullet or numbered list item (``• item``, ``- item``, ``2. item``): body, not a heading.
_LIST_ITEM = re.compile(r"(?:[•·▪●◦‣∙*–-]|\d{1,2}[.)])\s")
_WORDS = re.compile(r"[^\W_][\w'’.-]*")
_NAME_LINE = re.compile(
    r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'’-]+){1,2}"
)


_BOILER_KEYS = ("ights reserved", "opyright", "©", "ookie", "rivacy", "erms of", "ditor")


def _has_boiler_key(text: str) -> bool:
    """Whether *text* holds one of :data:`_BOILER_KEYS` (written out: quicker than a loop)."""
    return (
        "ights reserved" in text
        or "opyright" in text
        or "©" in text
        or "ookie" in text
        or "rivacy" in text
        or "erms of" in text
        or "ditor" in text
    )


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """``_DIGIT.search(text) is not None``: ten ``in`` tests are quicker than the search,
    which is needed only for the digits of other scripts in non-ASCII text."""
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
        or (not text.isascii() and _DIGIT.search(text) is not None)
    )


#: ``(Xinhua) 09:21``: an agency stamp.
_AGENCY_STAMP = re.compile(r"\(?(?:Xinhua|[A-Z][\w ]{1,20})\)\s*\d{1,2}:\d{2}")


def _caption_shaped(text: str, n_words: int) -> bool:
    """A credit makes a caption only at a short paragraph's edge, never after a dateline."""
    if match_dateline(text) is not None:
        return False
    if n_words <= 30:
        return True
    head, tail = text[:60], text[-80:]
    return is_caption(head) or is_caption(tail)


def is_byline(text: str) -> bool:
    """Whether *text* is a byline (``By A and B``, ``Written by A | Outlet``)."""
    if len(text) > 160:
        return False
    m = _BYLINE.match(text)
    return m is not None


def parse_byline(text: str) -> tuple[tuple[str, ...], str | None]:
    """Return the author names and the agency or outlet named in a byline."""
    m = _BYLINE.match(text)
    if not m:
        return (), None
    names = [n.strip(" .") for n in _BYLINE_SPLIT.split(m["names"]) if n.strip(" .")]
    agency: str | None = None
    rest = m["rest"] or ""
    if rest:
        first = re.split(r"[|)\]]", rest, maxsplit=1)[0].strip()
        if first and not is_stamp(first) and not first.lower().startswith("updated"):
            agency = normalise_agency(first)
    # ``By Name (Xinhua)``: the agency was taken as the last "name"
    return tuple(names), agency


#: Rules that open with a pattern matched at the text's start, as bits of a mask: the
#: prose openings (:data:`_PROSE_RULES`) name the rules that can match after each.
_R_STAMP = 1  # STAMP (``is_stamp``)
_R_FIELDS = 2  # _STAMP_FIELDS
_R_LEAD_STAMP = 4  # _LEAD_STAMP
_R_AGENCY_STAMP = 8  # _AGENCY_STAMP
_R_BOILERPLATE = 16  # _BOILERPLATE
_R_CREDIT = 32  # _CREDIT
_R_BYLINE = 64  # _BYLINE


#: The capitals and three-letter openings of :data:`FOREIGN_DATE_WORDS` (ASCII only:
#: an opening outside ASCII is tried on every rule).
_FOREIGN_INITIALS = "".join(sorted({w[0].upper() for w in FOREIGN_DATE_WORDS}))
_FOREIGN_OPENINGS = sorted({w[:3] for w in FOREIGN_DATE_WORDS if w[:3].isascii()})


def _rules_after(first: str) -> int:
    """The rules of :data:`_PROSE_RULES` whose pattern can match a text opening with
    *first*, an ASCII capital or a double quote (``tests/property/test_fast_paths.py``
    checks each set against the parsed pattern)."""
    mask = 0
    for bit, openings in (
        # updated, published, posted, last, date; days; months (and those of
        # :data:`FOREIGN_DATE_WORDS`)
        (_R_STAMP, "ADFJLMNOPSTUWY" + _FOREIGN_INITIALS),
        (_R_FIELDS, "FLPU"),  # first published, last updated, published, posted, updated
        (_R_LEAD_STAMP, "ADFJMNOSTW"),  # days of the week; months
        (_R_AGENCY_STAMP, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),  # ``[A-Z]`` (Xinhua)
        (_R_BOILERPLATE, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"),  # :data:`_BOILERPLATE_BY_LETTER`
        (_R_CREDIT, "ACEPRSTW"),  # additional, compiled, editor, ..., photo, writing
        (_R_BYLINE, "BCRSTW"),  # By; Compiled, Reported, Story, Text, Written by
    ):
        if first in openings:
            mask |= bit
    return mask


#: The openings of plain prose (an ASCII capital, a double quote), each with the mask of
#: the rules that can match after it; any other opening takes every rule.
_PROSE_RULES = {c: _rules_after(c) for c in 'ABCDEFGHIJKLMNOPQRSTUVWXYZ"\u201c'}


def _literal_opening(alternative: str) -> str | None:
    """The first three characters of a :data:`_BOILERPLATE_ALTERNATIVES` alternative that
    opens with three literal letters, spaces or apostrophes, none made optional by the
    character after it; else None (the alternative opens with no letter)."""
    head = alternative[:3]
    literal = all("a" <= c <= "z" or c in " '" for c in head)
    if len(head) == 3 and literal and not any(c in "?*{" for c in alternative[1:4]):
        return head
    return None


_MONTHS_AND_DAYS = "jan feb mar apr may jun jul aug sep oct nov dec mon tue wed thu fri sat sun"
#: The openings, three characters in lower case, of the texts that the rules of a few
#: opening words can match after a capital: a text that opens otherwise, in ASCII, skips
#: those patterns (``tests/property/test_fast_paths.py`` reads each set from the parsed
#: pattern). A byline opens with ``by`` and a space or a colon; boilerplate with the
#: first three letters of an alternative, or with those of the syndication note
#: (``except``, ``only``, ``this``, ``the``).
_RULE_OPENINGS = {
    _R_BOILERPLATE: [
        "exc", "onl", "thi", "the",
        *(o for a in _BOILERPLATE_ALTERNATIVES if (o := _literal_opening(a)) is not None),
    ],
    _R_STAMP: [*f"{_MONTHS_AND_DAYS} upd pub pos las dat tod yes".split(), *_FOREIGN_OPENINGS],
    _R_FIELDS: "fir las pos pub upd".split(),
    _R_LEAD_STAMP: _MONTHS_AND_DAYS.split(),
    _R_CREDIT: "add com edi pho rep sou tra web wri".split(),
    _R_BYLINE: ["com", "rep", "sto", "tex", "wri", "by:",
                *("by" + c for c in "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f ")],  # ASCII whitespace
}  # fmt: skip
#: The rule that opens with any capital: no table of openings.
_ANY_OPENING = _R_AGENCY_STAMP
#: The rules an opening of :data:`_RULE_OPENINGS` admits (the others admit only
#: :data:`_ANY_OPENING`).
_OPENING_RULES = {
    opening: _ANY_OPENING | sum(bit for bit, table in _RULE_OPENINGS.items() if opening in table)
    for openings in _RULE_OPENINGS.values()
    for opening in openings
}
#: Endings of plain prose. Each is a terminal ending (no furniture, no heading) and none
#: can end a bare name line (:data:`_NAME_LINE` ends in a letter, ``'``, ``’`` or ``-``),
#: a stamp a caption date ends (``rstrip(" .")`` keeps a quote, ``?`` or ``!``) or the
#: HTML pattern needs.
_PROSE_ENDINGS = (".", '"', "\u201d", "?", "!")
#: :data:`_PROSE_ENDINGS`, each one character, as a set.
_PROSE_ENDS = frozenset(_PROSE_ENDINGS)


def classify_paragraph(text: str, *, index: int, near_top: bool, last: bool) -> ParagraphKind:
    """Name the kind of one paragraph from its collapsed text.

    *near_top* is true for the first few paragraphs (where bare name bylines and
    headings live); *last* for the final paragraph (where a lone agency credit lives).

    """
    return kind_of(text, near_top, last)


def kind_of(text: str, near_top: bool, last: bool) -> ParagraphKind:
    """:func:`classify_paragraph`, with positional arguments for the parser's loop.

    Plain prose, nearly every paragraph, opens with a capital or a double quote and ends
    with a sentence mark or a closing quote: that rules out the HTML, furniture, name and
    heading rules, and the opening rules out most rules matched at the start (the mask of
    :data:`_PROSE_RULES`). The rules left are tried in the order of
    :func:`_classify_all`, which decides every other paragraph.
    """
    mask = _PROSE_RULES.get(text[:1])
    if mask is None or text[-1] not in _PROSE_ENDS:  # (a text with an opening is not empty)
        return _classify_all(text, near_top=near_top, last=last)
    n_words = text.count(" ") + 1
    if mask:
        opening = text[:3]
        if len(opening) == 3 and opening.isascii():  # the rules that can open so
            mask &= _OPENING_RULES.get(opening.lower(), _ANY_OPENING)
        # the digit test only where a rule that needs a digit can match
        digit = (
            n_words <= 40
            and (mask & (_R_STAMP | _R_LEAD_STAMP) or ")" in text)
            and _has_digit(text)
        )
        if digit and mask & _R_STAMP and is_stamp(text):
            return ParagraphKind.TIMESTAMP
        if mask & _R_FIELDS and n_words <= 25 and _STAMP_FIELDS.match(text):
            return ParagraphKind.TIMESTAMP
        if (
            digit
            and mask & _R_LEAD_STAMP
            and n_words <= 15
            and _LEAD_STAMP.match(text)
            and not text.rstrip().endswith(".")
        ):
            return ParagraphKind.TIMESTAMP
        if digit and mask & _R_AGENCY_STAMP and ")" in text and _AGENCY_STAMP.match(text):
            return ParagraphKind.TIMESTAMP
        if (
            mask & _R_BOILERPLATE
            and n_words <= 30
            and _BOILERPLATE_BY_LETTER[text[0].lower()].match(text)  # ``_is_boilerplate``
        ):
            return ParagraphKind.BOILERPLATE
    if n_words <= 60 and _has_boiler_key(text) and _BOILER_ANYWHERE.search(text):
        return ParagraphKind.BOILERPLATE
    if mask & _R_CREDIT and n_words <= 30 and _CREDIT.match(text):
        return ParagraphKind.CREDIT
    # an agency line is one word: a name, with no space before the mark that ends it
    if last and n_words == 1 and _AGENCY_LINE.match(text):
        return ParagraphKind.CREDIT
    if mask & _R_BYLINE and n_words <= 25 and is_byline(text):
        return ParagraphKind.BYLINE
    if (
        n_words <= 90
        # what ``is_caption`` needs: a credit key, or a date at the end (the text without
        # its final spaces and stops ends in a digit)
        and (_has_credit_key(text) or text.rstrip(" .")[-1:].isdigit())
        and is_caption(text)
        and _caption_shaped(text, n_words)
    ):
        return ParagraphKind.CAPTION
    return ParagraphKind.BODY


def _classify_all(text: str, *, near_top: bool, last: bool) -> ParagraphKind:
    """:func:`classify_paragraph` by every rule, in order."""
    if "<" in text and _HTML.match(text):
        return ParagraphKind.HTML
    n_words = text.count(" ") + 1  # text is whitespace-collapsed
    # every date or clock-time stamp holds a digit
    digit = n_words <= 40 and _has_digit(text)
    if digit and is_stamp(text):
        return ParagraphKind.TIMESTAMP
    if n_words <= 25 and _STAMP_FIELDS.match(text):
        return ParagraphKind.TIMESTAMP  # ``Published: ... | Last Updated: ... | A+A-``
    if digit and n_words <= 15 and _LEAD_STAMP.match(text) and not text.rstrip().endswith("."):
        return ParagraphKind.TIMESTAMP  # ``Wed Sep 18, 2019 September 18, 2019``
    if digit and ")" in text and _AGENCY_STAMP.match(text):
        return ParagraphKind.TIMESTAMP
    if n_words <= 30 and _is_boilerplate(text):
        return ParagraphKind.BOILERPLATE
    if n_words <= 60 and _has_boiler_key(text) and _BOILER_ANYWHERE.search(text):
        return ParagraphKind.BOILERPLATE
    if n_words <= 30 and _CREDIT.match(text):
        return ParagraphKind.CREDIT
    if last and _AGENCY_LINE.match(text):
        return ParagraphKind.CREDIT
    if n_words <= 25 and is_byline(text):
        return ParagraphKind.BYLINE
    if n_words <= 90 and is_caption(text) and _caption_shaped(text, n_words):
        return ParagraphKind.CAPTION
    if n_words <= 12 and is_furniture(text) and not text.endswith(_TERMINAL_ENDINGS):
        return ParagraphKind.BOILERPLATE
    if near_top and n_words <= 4 and _NAME_LINE.fullmatch(text):
        return ParagraphKind.BYLINE
    if (
        n_words <= 14
        and not last  # a heading heads something
        and not text.endswith(_TERMINAL_ENDINGS)
        and not _LIST_ITEM.match(text)
        and looks_like_headline(text)
    ):
        return ParagraphKind.HEADING
    return ParagraphKind.BODY
