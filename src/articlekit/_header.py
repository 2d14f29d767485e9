"""Step 2: the header line and what follows its date.

Grammar (see ``docs/format.md``)::

    header     = [WS] "date" WS+ date [WS+ remainder] EOL      ; "date" in any case
    date       = YYYY "-" MM ["-" DD]
    remainder  = headline | lead | furniture | caption | stamp | html | ""

The remainder is classified by :func:`classify`; :func:`looks_like_headline` is reused to
find a real headline on the lines after a header that held none.
"""

from __future__ import annotations

import datetime as dt
import re

from articlekit._dateline import DatelineMatch, match_dateline
from articlekit._names import is_given_name
from articlekit.models import DatePrecision, HeaderKind

__all__ = [
    "HeaderMatch",
    "classify",
    "classify_header",
    "classify_headline",
    "looks_like_headline",
    "match_header",
    "split_pipes",
]

_HEADER = re.compile(
    r"[ \t\ufeff\u00a0]*date[ \t\u00a0]+(?P<y>\d{4})-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?"
    r"(?=[ \t\u00a0|]|$)[ \t\u00a0]*",
    re.IGNORECASE,
)
_HEADER_LIKE = re.compile(r"[ \t\ufeff\u00a0]*date[ \t\u00a0]+\d", re.IGNORECASE)
_HEADER_BAD_TOKEN = re.compile(r"[ \t\ufeff\u00a0]*date[ \t\u00a0]+\S*[ \t\u00a0]*", re.IGNORECASE)


class HeaderMatch:
    """A recognised header line."""

    __slots__ = ("date", "date_end", "malformed", "precision", "text_start", "valid")

    def __init__(
        self,
        *,
        date: dt.date | None,
        precision: DatePrecision | None,
        text_start: int,
        date_end: int,
        valid: bool,
        malformed: bool,
    ) -> None:
        self.date = date
        self.precision = precision
        #: Offset where the remainder starts.
        self.text_start = text_start
        #: Offset just past the date token.
        self.date_end = date_end
        #: False when the date does not exist on the calendar.
        self.valid = valid
        #: True when the date token is not YYYY-MM[-DD].
        self.malformed = malformed


def match_header(line: str, offset: int) -> HeaderMatch | None:
    """Match a header line (*line* is its text, *offset* where it starts)."""
    m = _HEADER.match(line)
    if m is None:
        if not _HEADER_LIKE.match(line):
            return None
        bad = _HEADER_BAD_TOKEN.match(line)
        assert bad is not None
        return HeaderMatch(
            date=None,
            precision=None,
            text_start=offset + bad.end(),
            date_end=offset + bad.end(),
            valid=False,
            malformed=True,
        )
    y, mo, d = int(m["y"]), int(m["m"]), m["d"]
    try:
        if d is None:
            date = dt.date(y, mo, 1)
            precision = DatePrecision.MONTH
        else:
            date = dt.date(y, mo, int(d))
            precision = DatePrecision.DAY
        valid = True
    except ValueError:
        date, precision, valid = None, None, False
    date_end = offset + m.start("d") + len(d) if d else offset + m.end("m")
    return HeaderMatch(
        date=date,
        precision=precision,
        text_start=offset + m.end(),
        date_end=date_end,
        valid=valid,
        malformed=False,
    )


_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
#: Days of the week and months in Spanish, Italian, French, Portuguese and German, in
#: lower case, for stamps in those languages (``lunedì 20 maggio 2024``, ``Viernes 22 de
#: agosto de 2025``, ``20. Mai 2024``).
FOREIGN_DATE_WORDS = (
    "lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo "
    "junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio "
    "giugno luglio settembre ottobre dicembre "
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin "
    "juillet août octobre novembre décembre "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira janeiro fevereiro março "
    "maio junho julho setembro outubro novembro dezembro "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli "
    "oktober dezember"
).split()
_FOREIGN_WORD = "|".join(sorted(set(FOREIGN_DATE_WORDS), key=len, reverse=True))
#: A line that is only a date or a time: ``12:30``, ``March 19, 2021``, ``16.03.2023 15:34``.
STAMP = re.compile(
    r"(?i:(?:(?:updated|published|posted|last updated|date)\s*:?\s*)?"
    # a time before the date (``4:27 am, December 29, 2016``, ``07.13 - lunedì ...``)
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*[,|–-]?\s*(?=\D))?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:(?:(?:{_FOREIGN_WORD}),?\s+)?\d{{1,2}}\.?\s+(?:de\s+)?(?:{_FOREIGN_WORD})\s+"
    r"(?:de\s+)?\d{4}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}/\d{1,2}/\d{1,2}"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|(?:today|yesterday),?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)"
    r"(?:[\s,|]*(?:at\s+)?(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*"
    r"(?:[A-Z]{2,4}|GMT[+-]?\d*|UTC[+-]?\d*|BJT)?)?[\s|.]*)",
)
#: ``Published: 08:23 AM, 06 February 2020``: stamp fields opening a line.
_STAMP_FIELDS = re.compile(
    r"(?i)(?:published|updated|last updated|posted|first published)\s*(?:on|at)?\s*:?\s*"
    r"(?:\d|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
_SOCIAL_WORDS = (
    r"(?:Facebook|Twitter|Instagram|YouTube|WhatsApp|LinkedIn|Telegram|TikTok|Pinterest|"
    r"Reddit|Weibo|WeChat|Flipboard|Apple News|Google News|Email)\b"
)
_SOCIAL = re.compile(rf"\b{_SOCIAL_WORDS}")
#: :data:`_SOCIAL` without its leading ``\b``, so that a search skips to a capital: a name
#: found with the ``\b`` is found without it, and none found without it hides one (no
#: name starts inside another), so it finds at least as many.
_SOCIAL_NAMES = re.compile(_SOCIAL_WORDS)
_FURNITURE = re.compile(
    r"(?i)(?:^|\s)(?:home\s*(?:>>|>|»|/|\|)|^home(?:\s+[A-Z][\w&-]*){1,4}\s*$|tag archives?\s*:"
    r"|^posted (?:on|in|by)\b|^archives? (?:for|of)\b|^\(c\)\s|^filed under\b|>>"
    r"|edition\s*:|media player|skip to (?:main )?content|category\s*:|all rights reserved"
    r"|javascript|share this|follow us|click to share|opens? in (?:a )?new window|news alerts"
    r"|connect with us|contact us|^please support\b|^support (?:us|our journalism)\b"
    r"|^\W*\d+\s+comments?\b"  # ``/0 Comments/in , , /by``: a comment counter
    # words that also make headlines (``New search for MH370``) count only at an edge
    r"|(?:^|(?=\S+(?:\s+\S+)?\s*$))(?:languages?|top news|sign (?:in|out|up)|subscribe|log ?in"
    r"|menu|search|breaking news|latest news|trending|newsletters?|cookies?|advertisement"
    r"|share on)\b)"
)
_TEMPERATURE = re.compile(r"-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]")
#: A lower-case letter glued to a capitalised word (``SolutionsLegal``), not ``McDonald``.
_GLUED_CAPS = re.compile(r"[a-z]{3}[A-Z][a-z]{2}")
#: The capital of :data:`_GLUED_CAPS`, so that a search skips to the next capital: each
#: match of that pattern has its own capital, found by this one, so this finds at least as
#: many (and gates the count).
_GLUED_CAP = re.compile(r"[A-Z](?<=[a-z]{3}[A-Z])(?=[a-z]{2})")
_BREADCRUMB = re.compile(r"^[\w&.' -]{1,30}(?:\s+[/>»|]\s+[\w&.' -]{1,30}){2,}\s*$")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_HTML = re.compile(r"^\s*<(?:[a-zA-Z][a-zA-Z0-9]*|/[a-zA-Z]|!)[^>]{0,200}>?")
_CAPTION_VERB = re.compile(
    r"\b(?:shows?|poses?|poses for|attends?|looks? on|walks?|speaks?|gestures?|reacts?"
    r"|takes? part|is seen|are seen|pictured|waves?|holds?|performs?|visits?)\b"
)
_CAPTION_DATE = re.compile(
    rf"(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?\s*$"
)
_WORD = re.compile(r"[^\W_][\w'’.-]*")
#: :data:`_WORD` with an empty group: its ``findall`` lists an empty string a word, which
#: counts the words without copying them.
_WORD_MARK = re.compile(_WORD.pattern + "()")


def _word_count(text: str) -> int:
    """``len(_WORD.findall(text))``."""
    return len(_WORD_MARK.findall(text))


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+[\"“‘(]?[A-Z]")
_ABBREV_END = re.compile(r"(?:\b[A-Z]|\b(?:Jr|Sr|Inc|Corp|Ltd|Co|U\.S|U\.K|etc))\.$")


_CRUMB_SEP = re.compile(r"\s*(?:»|>>|>|›)\s*")
_LEAD_STAMP = re.compile(
    rf"(?i:(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d\d-\d\d)"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?)?)(?:\s+[A-Z]{2,4}\b)?[\s,|]+"
)


_AGENCY_LEAD = re.compile(
    r"(?:Reuters|AFP|AP|Xinhua|Bernama|IANS|PTI|ANI|TASS|Sputnik|UPI|Kyodo|Yonhap|WAM|dpa)\b\s*[,|/-]"
)
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z\"“‘])")
_GLUED_AGENCY_NAMES = (
    "Reuters", "AFP", "Xinhua", "Bernama", "IANS", "PTI", "ANI", "TASS", "Sputnik", "UPI", "Kyodo",
    "Yonhap",
)  # fmt: skip
_GLUED_AGENCY = re.compile(rf"(?<=[a-z])(?:{'|'.join(_GLUED_AGENCY_NAMES)})$")


def split_pipes(text: str) -> str:
    """The headline part of a header line or heading.

    ``Title | 20 March 2023 | Site`` gives its first segment; a breadcrumb
    ``Home » World » Title of the story`` its last; a leading date or time stamp is
    dropped (``Friday, 1 January, 2021, 2:13 PM Title``).
    """
    text = text.strip()
    if "|" in text:
        first = text.split("|", 1)[0].strip()
        if first:
            text = first
    if "»" in text or ">" in text or "›" in text:
        crumbs = [c for c in _CRUMB_SEP.split(text) if c]
        if len(crumbs) >= 3 and len(crumbs[-1].split()) >= 4:
            text = crumbs[-1]
    m = _LEAD_STAMP.match(text)
    if m and m.end() < len(text):
        text = text[m.end() :]
    if text[:1].isdigit():
        text = _LIST_NUMBER.sub("", text)  # ``3. Japan flood: ...`` from a numbered list
    if text.endswith(_GLUED_AGENCY_NAMES):
        text = _GLUED_AGENCY.sub("", text)  # ``... PM's deptReuters``
    return text.rstrip()


def is_stamp(text: str) -> bool:
    """Whether *text* is nothing but a date, a time or an ``Updated:`` stamp."""
    return STAMP.fullmatch(text.strip()) is not None


#: :data:`CREDIT` split by alternative, each behind a substring it cannot match without:
#: one search over the text per alternative present is far cheaper than searching the
#: whole alternation at every offset.
_CREDIT_TESTS = (
    (
        "(",
        re.compile(
            r"\((?:[A-Z][\w.]*(?: [A-Z][\w.]*)?\s?Photo|Xinhua|Photo|Reuters|AFP|AP|EPA|Getty"
            r"|IANS|CFP|VCG)\s?/\s?[^()]{1,80}\)|\(Photo[^)]{0,60}\)"
        ),
    ),
    ("[Photo", re.compile(r"\[Photo(?:/| by )[^\]]{1,60}\]")),
    ("Photo", re.compile(r"\bPhotos?\s?:\s?\S|\bPhotograph\s?:|\bPhoto by\b")),
    ("/", re.compile(r"/(?:CFP|VCG|IC|GT|Xinhua|AFP|AP)\b(?!\w)")),
    ("REUTERS", re.compile(r"\bREUTERS\s?/\s?[A-Z]")),
    ("©", re.compile(r"©\s?\w")),
    ("File photo", re.compile(r"\bFile photo\b")),
    ("Getty Images", re.compile(r"\bGetty Images\b")),
    ("...more", re.compile(r"\.\.\.more\b")),
    ("Image", re.compile(r"\bImage(?: credit)?\s?:")),
    ("pic", re.compile(r"[―—–-]\s*[A-Z][\w.&'’ ]{1,30}\s(?:pic|file pic|photo)\.?\s*$")),
    # ``(Albin Mathews | EPS)``: a photographer and an agency in brackets
    ("|", re.compile(r"\(\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\|\s*[A-Z]{2,10}\s*\)")),
)


#: Photo credits: ``(Xinhua/Name)``, ``[Photo/Xinhua]``, ``Photo: Name/GT``, ``/CFP``,
#: ``(AP Photo/Name)``, ``REUTERS/Name``, ``Photograph: Name/AP``, ``© Reuters / Name``: the
#: alternatives of :data:`_CREDIT_TESTS` in one pattern (for the position of a credit).
CREDIT = re.compile("|".join(pattern.pattern for _, pattern in _CREDIT_TESTS))


def _has_credit_key(text: str) -> bool:
    """Whether *text* may hold a key of :data:`_CREDIT_TESTS`: ``hoto`` stands for the
    three keys that hold it and ``Image`` for ``Getty Images``. Most paragraphs hold
    none and skip the loop; ``in`` tests are quicker than one search for the keys."""
    return (
        "(" in text
        or "/" in text
        or "hoto" in text
        or "Image" in text
        or "REUTERS" in text
        or "©" in text
        or "...more" in text
        or "pic" in text
        or "|" in text
    )


def is_caption(text: str) -> bool:
    """Whether *text* reads as a photo caption or credit."""
    if _has_credit_key(text):
        for key, pattern in _CREDIT_TESTS:
            if key in text and pattern.search(text):
                return True  # ``CREDIT.search(text)``, one alternative at a time
    # a date at the end: the copy made by ``rstrip`` is quicker than a loop of tests
    return text.rstrip(" .")[-4:].isdigit() and bool(
        _CAPTION_DATE.search(text) and _CAPTION_VERB.search(text)
    )


#: A desk or staff credit standing alone: ``Observer Report``, ``Web Desk``, ``Agencies``.
_DESK_CREDIT = re.compile(
    r"(?i)^\s*(?:[\w&.'’-]+\s+){0,3}(?:report|desk|reporter|correspondent|staff|agencies|"
    r"bureau|news service|wire)s?\s*$"
)


#: Endings without which :data:`_DESK_CREDIT` cannot match (compared in lower case).
_DESK_ENDINGS = tuple(
    w + s
    for w in ("report", "desk", "reporter", "correspondent", "staff", "agencies", "bureau",
              "news service", "wire")
    for s in ("", "s")
)  # fmt: skip
#: Lower-case words without one of which :data:`_FURNITURE` cannot match.
_FURNITURE_KEYS = (
    "home", "archive", "posted ", "(c)", "filed under", ">>", "language", "edition", "top news",
    "media player", "skip to", "sign ", "subscribe", "log", "menu", "search", "category",
    "breaking news", "latest news", "trending", "newsletter", "all rights reserved", "cookie",
    "javascript", "advertisement", "share this", "follow us", "click to share", "share on",
    "new window", "news alerts", "connect with us", "contact us", "please support",
    "support us", "support our journalism", " comment",
)  # fmt: skip


def _has_furniture_key(lower: str) -> bool:
    """Whether *lower* holds one of :data:`_FURNITURE_KEYS`, written out: ``in`` tests beat
    one search, and a chain of them a loop."""
    return (
        "home" in lower or "archive" in lower or "posted " in lower or "(c)" in lower
        or "filed under" in lower or ">>" in lower or "language" in lower
        or "edition" in lower or "top news" in lower or "media player" in lower
        or "skip to" in lower or "sign " in lower or "subscribe" in lower or "log" in lower
        or "menu" in lower or "search" in lower or "category" in lower
        or "breaking news" in lower or "latest news" in lower or "trending" in lower
        or "newsletter" in lower or "all rights reserved" in lower or "cookie" in lower
        or "javascript" in lower or "advertisement" in lower or "share this" in lower
        or "follow us" in lower or "click to share" in lower or "share on" in lower
        or "new window" in lower or "news alerts" in lower or "connect with us" in lower
        or "contact us" in lower or "please support" in lower or "support us" in lower
        or "support our journalism" in lower or " comment" in lower
    )  # fmt: skip


#: The characters ``\s`` matches in ASCII.
_ASCII_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
#: Keys of :data:`_FURNITURE_KEYS` that also stand inside words (``research``,
#: ``technology``), with the words that :data:`_FURNITURE` reads for them, each only at the
#: start of a word (at the start of the text or after a space).
_WORD_KEYS = {"search": ("search",), "log": ("login", "log in")}


def _may_be_furniture(lower: str) -> bool:
    """:func:`_has_furniture_key`, except that in ASCII text the keys of
    :data:`_WORD_KEYS` count only as the words the pattern reads for them, at the start of
    a word: ``research`` and ``logistics`` skip its search. (Outside ASCII, case folding
    pairs more characters, and every key counts.)"""
    if not _has_furniture_key(lower):
        return False
    if not lower.isascii() or not ("search" in lower or "log" in lower):
        return True
    keys = {k for k in _FURNITURE_KEYS if k in lower}
    for key, words in _WORD_KEYS.items():
        if key in keys and not any(
            lower.startswith(w) or any(c + w in lower for c in _ASCII_SPACES) for w in words
        ):
            keys.discard(key)  # inside words only
    return bool(keys)


#: An outlet's name with its city in brackets standing alone (``The East African
#: (Nairobi)``), as syndication pages print it above the title.
_OUTLET_CITY = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w&'’.-]*\s+){0,3}[A-Z][\w&'’.-]*\s*\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?\)\s*"
)


#: A place and a date standing alone (``Ludhiana, April 26``, ``NEW DELHI, 26 April``).
_PLACE_DATE_LINE = re.compile(
    r"\s*(?:[A-Z][\w.'’-]*\s){0,2}[A-Z][\w.'’-]*,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?\s*[:.—–-]?\s*"
)


def is_furniture(text: str) -> bool:
    """Whether *text* is site navigation, a breadcrumb or an icon-font dump."""
    return _furniture(text, _word_count(text))


def _furniture(text: str, n_words: int) -> bool:
    """:func:`is_furniture` for a text of *n_words* words (:data:`_WORD`)."""
    if not n_words or (not text.isascii() and _PRIVATE_USE.search(text)):
        return True
    if n_words <= 6 and text.rstrip().endswith(")") and _OUTLET_CITY.fullmatch(text):
        return True  # ``The East African (Nairobi)``: the outlet, not a title
    if len(_SOCIAL_NAMES.findall(text)) >= 3 and len(_SOCIAL.findall(text)) >= 3:
        return True  # ``Apple News Facebook Twitter Instagram``: share buttons
    if len(_GLUED_CAP.findall(text)) >= 3 and len(_GLUED_CAPS.findall(text)) >= 3:
        return True  # ``FinancialGovernment SolutionsLegalReuters``: a menu without spaces
    if n_words <= 3 and _TEMPERATURE.fullmatch(text.strip()):
        return True  # ``9.5 C``: a weather widget
    if ("/" in text or ">" in text or "»" in text or "|" in text) and _BREADCRUMB.match(text):
        return True
    lower = text.lower()
    if lower.rstrip().endswith(_DESK_ENDINGS) and _DESK_CREDIT.match(text):
        return True
    return n_words <= 12 and _may_be_furniture(lower) and _FURNITURE.search(text) is not None


def is_lead(text: str) -> bool:
    """Whether *text* reads as the first paragraph of a story rather than a headline."""
    return _lead(text, _word_count(text))


def _lead(text: str, words: int) -> bool:
    """:func:`is_lead` for a text of *words* words (:data:`_WORD`)."""
    return match_dateline(text) is not None or _lead_shaped(text, words)


def _lead_shaped(text: str, words: int) -> bool:
    """:func:`_lead` for a text that opens with no dateline."""
    if words >= 30:
        return True
    stripped = text.rstrip()
    ends_sentence = stripped.endswith((".", ".”", '."', ".’")) and not _ABBREV_END.search(stripped)
    if words >= 14 and (ends_sentence or _SENTENCE_END.search(text)):
        return True
    return words >= 20 and ends_sentence


def looks_like_headline(text: str) -> bool:
    """Whether *text* can be a headline: short, starts like a title, not a sentence run."""
    return _title_shaped(split_pipes(text.strip()), checked=None)


def _title_shaped(text: str, *, checked: str | None, checked_count: int | None = None) -> bool:
    """:func:`looks_like_headline` after :func:`split_pipes`; when *text* equals *checked*,
    the caller has already found it is no stamp, caption or lead, and *checked_count* is
    its number of words (:data:`_WORD`)."""
    if not text:
        return False
    first = text.lstrip("\"'“‘«([")[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False
    n = checked_count if checked_count is not None and text == checked else _word_count(text)
    if _furniture(text, n) or ("<" in text and _HTML.match(text)):
        return False
    if text != checked and (is_stamp(text) or is_caption(text) or _lead(text, n)):
        return False
    if n < 2 or (n <= 3 and all(w[:1].isupper() for w in _WORD.findall(text))):
        return False  # ``World News``, ``New Delhi``, ``Lav Agarwal``: labels and names
    if _AGENCY_LEAD.match(text):
        return False  # ``Reuters, ALGIERS and DUBAI``: a credit
    if "," in text and n <= 7 and _PLACE_DATE_LINE.fullmatch(text):
        return False  # ``Ludhiana, April 26``: a dateline standing alone
    if n <= 10 and _is_name_list(text):
        return False  # ``Emir Olivares y Alma E. Muñoz``: the authors, a byline
    return (
        not text.lstrip("[(")
        .lower()
        .startswith(("by ", "editor", "source:", "reporting by", "written by"))
    )


#: Two to four names joined by ``and`` (or ``y``, ``e``, ``et``, ``und``, ``&``, commas).
_NAME_LIST = re.compile(
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"(?:\s*,\s*|\s+(?:and|y|e|et|und|&)\s+)"
    r"([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"(?:(?:\s*,\s*|\s+(?:and|y|e|et|und|&)\s+)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})){0,2}"
)


_FOREIGN_AND = re.compile(r"\s(?:y|e|et|und)\s")


def _is_name_list(text: str) -> bool:
    """Whether *text* lists two or more people (each a given name, then more names)."""
    m = _NAME_LIST.fullmatch(text.strip())
    if m is None:
        return False
    given = [is_given_name(g.split()[0]) for g in m.groups() if g]
    # every name opens with a given name; after another language's ``and`` (no English
    # title-case headline has one), one given name is enough
    return all(given) or (any(given) and _FOREIGN_AND.search(text) is not None)


def classify(text: str) -> HeaderKind:
    """Classify the remainder of the header line."""
    return classify_headline(text)[0]


def classify_headline(text: str) -> tuple[HeaderKind, str | None]:
    """:func:`classify`, and for a headline its :func:`split_pipes` part."""
    kind, head, _ = classify_header(text)
    return kind, head


def classify_header(text: str) -> tuple[HeaderKind, str | None, DatelineMatch | None]:
    """:func:`classify_headline`, and the dateline that a lead opens with (None for any
    other kind): the parser reads the lead as the first paragraph again."""
    t = text.strip()
    if not t:
        return HeaderKind.EMPTY, None, None
    if "<" in t and _HTML.match(t):  # the markup opens with ``<``
        return HeaderKind.HTML, None, None
    if is_stamp(t) or (_STAMP_FIELDS.match(t) and len(t.split()) <= 25):
        return HeaderKind.TIMESTAMP, None, None
    dateline = match_dateline(t)
    if dateline is not None:
        return HeaderKind.LEAD, None, dateline
    if is_caption(t):
        return HeaderKind.CAPTION, None, None
    n_words = _word_count(t)
    if _lead_shaped(t, n_words):  # ``is_lead(t)``: the dateline was tested above
        return HeaderKind.LEAD, None, None
    head = split_pipes(t)
    if _title_shaped(head, checked=t, checked_count=n_words):
        return HeaderKind.HEADLINE, head, None
    return HeaderKind.FURNITURE, None, None
