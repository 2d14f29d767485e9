"""Temporal expressions in body paragraphs, resolved against the article date.

:func:`find_times` scans each body span with one compiled regex and resolves every hit
to an ISO value (``2018-11-15`` DAY, ``2018-11`` MONTH, ``2018`` YEAR, ``199X`` for a
decade, also YEAR precision). With no reference date only absolute expressions are kept:
full dates with a year, ISO dates, ``March 2023``, ``in 2019`` and ``the 1990s``.

What is matched, and what ``text`` covers:

* weekdays, with their modifier: ``on Thursday``, ``last Monday``, ``next Friday``,
  ``this Tuesday``, ``this past Sunday``, ``this coming Sunday``, bare ``Thursday``;
* month and day: ``Nov. 14``, ``November 14th``, ``14 November``, ``the 14th of November``
  (the ``on`` before a date is not part of the text), with a year: ``March 5, 2023``,
  ``5 March 2023``; a leading weekday joins the date: ``on Thursday, Nov. 15``;
* ISO dates ``2019-03-01``; month and year ``March 2023``;
* a month name alone after a preposition (``in November``, ``since June``,
  ``last March``) — never ``May``, which also names people and is a modal verb;
* a year after a preposition: ``in 2019``, ``since 2015``, ``by 2030`` (the preposition is
  part of the text); decades ``the 1990s``, ``the early 2000s``;
* relative days and periods: ``yesterday``, ``today``, ``tonight``, ``tomorrow``,
  ``last night``, ``this morning``, ``(earlier|later) (this|last|next) week|month|year``,
  ``three days ago``, ``a year ago``.

Not matched: clock times, numbers that are not years (``2,000 jobs``, ``$1.3 bln``,
``40 percent``, ``by 2000 people``), lower-case ``may``, ``May``/``March``/any month
without a day, a year or a preposition, ``USA Today`` and other ``<Name> Today`` titles.

Decisions:

* Tense comes from :func:`sentence_tense` at the expression's offset: the nearest tense
  cue in the expression's clause (between commas, semicolons, brackets, quotes or dashes),
  else the nearest in its sentence (within 300 characters); ``present`` without a cue.
* Weekdays: past and present tense -> the latest such day **on or before** the reference
  (an article dated Thursday saying ``on Thursday`` in the past tense means that day);
  future -> the first **strictly after**; ``last X``/``this past X`` -> latest strictly
  before; ``next X``/``this coming X`` -> first strictly after. Always within 7 days.
* Month and day without a year: past -> the reference's year, or the year before when that
  would put the date more than 7 days after the reference (as
  :func:`articlekit._dateline.resolve_month_day`); future -> the reference's year, or the
  year after when the date would be more than 7 days before the reference; present -> the
  candidate (previous, same, next year) nearest the reference.
* A month alone: past -> the latest such month on or before the reference month; future ->
  the first on or after; present -> the nearest; ``last``/``next`` -> strictly before/after.
* Weeks have no ISO precision of their own here: a week is represented by its Monday at DAY
  precision (``last week`` on 2018-11-17 -> ``2018-11-05``; ``this week`` -> ``2018-11-12``;
  ``next week`` -> ``2018-11-19``). ``N weeks ago`` is the reference minus ``7 * N`` days.
* ``this/last/next month`` (MONTH), ``this/last/next year`` (YEAR), with ``earlier`` or
  ``later`` in front, name the period; ``N months ago`` is MONTH, ``N years ago`` YEAR.
* ``last night`` is the day before the reference; ``tonight`` and ``this morning`` the
  reference itself.

Every pattern is linear: whitespace runs are bounded (``\\s{1,10}``) and tense context is
limited to 300 characters either side, so the scan is linear in the input size.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
from collections.abc import Sequence
from typing import Literal

from articlekit.models import DatePrecision, Span, TimeExpression, _span, _time_expression

__all__ = ["find_times", "sentence_tense"]

Tense = Literal["past", "future", "present"]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_S = r"\s{1,10}"  # bounded whitespace: no long backtracking on huge runs
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?"
    r"|Dec\.?)(?![\w'’])"
)
#: A month name alone, after a preposition: full names only, never May.
_MONTH_ALONE = (
    r"(?:January|February|March|April|June|July|August|September|October|November"
    r"|December)\b"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![.,:]\d|%|-?(?i:percent|per\b))"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,:]\d|-\d)"
_NOT_NUM = r"(?<![\d$£€¥.,])"
_YEAR_PREP = (
    r"(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|[Ff]rom|[Bb]efore"
    r"|[Aa]fter)"
)
_MONTH_PREP = (
    r"(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Ll]ast"
    r"|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id)"
)
_NUMBER = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"

_MONTH_WORDS = """january february march april may june july august september october
    november december jan feb mar apr jun jul aug sep sept oct nov dec""".split()
_WEEKDAY_WORDS = list(_WEEKDAYS)
_NUMBER_WORDS = list(_NUMBERS)
_PREP_WORDS = "in since until till through during before after".split()
#: The key of every word that starts with a digit, in ``_KINDS``.
_DIGITS = "#"

#: The kinds of expression, in the order ``_TIMES`` tries them: the name of the group
#: that holds the whole expression (``m.lastgroup`` of a match), its pattern, and the
#: words it can open with, lower-cased (``_DIGITS`` for a word that starts with a digit).
#: Every opening word is followed by a space, a dot, a dash or a word boundary, so the
#: whole word at an offset tells which kinds can match there.
_KINDS: list[tuple[str, str, list[str]]] = [
    # 1. a full or partial date, with an optional weekday in front
    (
        "date",
        rf"(?P<date>(?:(?:\b(?i:on|last|next|this){_S})?(?P<dwd>{_WD}),?{_S})?"
        rf"(?:(?P<m1>{_MONTH}){_S}{_NOT_NUM}(?P<d1>{_DAY})(?:,?{_S}(?P<y1>{_YEAR}))?"
        rf"|{_NOT_NUM}\b(?P<d2>{_DAY}){_S}(?:of{_S})?(?P<m2>{_MONTH})(?:,?{_S}(?P<y2>{_YEAR}))?))",
        ["on", "last", "next", "this", *_WEEKDAY_WORDS, *_MONTH_WORDS, _DIGITS],
    ),
    # 2. an ISO date
    (
        "iso",
        r"(?<![\w.-])(?P<iso>(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d))(?![\w-]|[.,:]\d)",
        [_DIGITS],
    ),
    # 3. month and year
    ("my", rf"(?P<my>(?P<m3>{_MONTH}),?{_S}(?P<y3>{_YEAR}))", _MONTH_WORDS),
    # 4. a month alone after a preposition, not followed by a number
    (
        "mon",
        rf"(?P<mon>\b(?P<mprep>{_MONTH_PREP}{_S}|[Mm]id-)(?P<m4>{_MONTH_ALONE})(?!,?{_S}\d))",
        [*_PREP_WORDS, "last", "next", "this", "early", "late", "mid"],
    ),
    # 5. a decade
    (
        "dec",
        rf"(?P<dec>(?:\b(?i:the){_S})?(?:\b(?i:early|mid|late)[-\s])?"
        rf"{_NOT_NUM}\b(?P<dy>1[6-9]\d0|20\d0)s\b)",
        ["the", "early", "mid", "late", _DIGITS],
    ),
    # 6. a year after a preposition
    (
        "yr",
        rf"(?P<yr>\b{_YEAR_PREP}{_S}(?:the{_S}year{_S})?{_NOT_NUM}(?P<y4>{_YEAR})\b)",
        [*_PREP_WORDS, "by", "from"],
    ),
    # 7. a weekday with its modifier
    (
        "wd",
        rf"(?P<wd>(?:\b(?P<wmod>(?i:on|last|next|this{_S}past|this{_S}coming|this|coming|past))"
        rf"{_S})?(?P<wday>{_WD}))",
        ["on", "last", "next", "this", "coming", "past", *_WEEKDAY_WORDS],
    ),
    # 8. relative days and periods
    (
        "rel",
        rf"\b(?P<rel>(?i:yesterday|today|tonight|tomorrow|last{_S}night"
        rf"|this{_S}(?:morning|afternoon|evening)"
        rf"|(?:(?:earlier|later){_S})?(?:this|last|next){_S}(?:week|month|year)"
        rf"|(?P<num>{_NUMBER}){_S}(?P<unit>day|week|month|year)s?{_S}ago))\b",
        [
            "yesterday", "today", "tonight", "tomorrow", "last", "this", "earlier", "later",
            "next", *_NUMBER_WORDS, _DIGITS,
        ],
    ),
]  # fmt: skip
_TIMES = re.compile("|".join(pattern for _name, pattern, _words in _KINDS))


def _kinds_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """``_TIMES`` with only the kinds *names*, in their order: where the other kinds
    cannot match, it gives the same match as ``_TIMES`` (alternatives are tried in order;
    the groups keep their names)."""
    return re.compile("|".join(pattern for name, pattern, _words in _KINDS if name in names))


def _by_opening_word() -> dict[str, re.Pattern[str]]:
    """For each opening word of ``_KINDS``, ``_TIMES`` cut down to the kinds it opens."""
    kinds: dict[str, tuple[str, ...]] = {}
    for name, _pattern, words in _KINDS:
        for word in words:
            kinds[word] = (*kinds.get(word, ()), name)
    patterns = {names: _kinds_pattern(names) for names in set(kinds.values())}
    return {word: patterns[names] for word, names in kinds.items()}


#: The pattern to try at a word, by the word (lower-cased, ``_fold``-ed): a word that is
#: not a key opens no expression.
_OPENING = _by_opening_word()
#: What follows the first digit of an expression that starts with a digit: a day and a
#: month (``14 November``, ``14th of Nov.``), four digits and a dash (ISO) or an ``s``
#: (``1990s``), or a number and a unit (``3 days ago``).
_DIGITS_TAIL = (
    r"(?:\d{3}[-s]|\d?(?:st|nd|rd|th)?\s{1,10}(?:of\s{1,10})?[JFMASOND]"
    r"|\d{0,2}\s{1,10}(?i:day|week|month|year))"
)
#: Whether a word that starts with a digit can open an expression (``_DIGITS_TAIL``).
_DIGITS_OPEN = re.compile(r"\d" + _DIGITS_TAIL)
#: The lower-case word right after ``by 2000``: unless it is one of these (or ends in
#: ``-ed`` or ``-ly``), the number counts something (``by 2000 people``) and is no year.
_WORD_AFTER = re.compile(r"[ \t\u00a0]{1,10}([a-z]+)\b")
_YEAR_FOLLOWERS = frozenset(
    """a about after against ahead alone also amid and are as at because before but by
    compared despite due during for from had has have he in into is it its it's more nearly
    of on onward onwards or over saw she since so than that the their then there these they
    this through to under until up versus vs was we when where which while will with would
    year""".split()
)
_TITLE_BEFORE = re.compile(r"[A-Z][\w&'’-]*[ \t]$")

#: The letters that (?i) matches to something other than the letter's two ASCII cases.
_FOLDS = {"i": "Ii\u0130\u0131", "k": "Kk\u212a", "s": "Ss\u017f"}
_FOLD_CHARS = "".join(cs[2:] for cs in _FOLDS.values())
_FOLD_TABLE = str.maketrans({c: k for k, cs in _FOLDS.items() for c in cs[2:]})


def _fold(text: str) -> str:
    """Lower-case *text* as a ``(?i)`` pattern compares it: ``thıs`` and ``ſunday`` read as
    ``this`` and ``sunday``, so that matched words find their table entries."""
    if text.isascii():
        return text.lower()  # (the common case, without the slower translate)
    return text.translate(_FOLD_TABLE).lower()


def _nocase_alternatives(alternatives: Sequence[str]) -> str:
    """Return ``(?i:a|b|...)`` for regex *alternatives*, grouped by their first letter.

    ``(?i:said|saw|was)`` becomes ``[Ssſ](?i:aid|aw)|[Ww](?i:as)``: the same matches (the
    alternatives of one letter keep their order, those of different letters exclude each
    other), but the regex engine skips a group on its first letter at once, where it
    must try every case-insensitive alternative. Each alternative starts with a letter
    or a ``'``, followed by its regex rest.
    """
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        groups.setdefault(alt[0].lower(), []).append(alt[1:])
    out = []
    for first, rests in groups.items():
        cls = _FOLDS.get(first, first.upper() + first) if first.isalpha() else first
        head = f"[{cls}]" if len(cls) > 1 else cls
        out.append(f"{head}(?i:{'|'.join(rests)})")
    return "|".join(out)


_DUE = r"\s{1,5}(?:due|expected|scheduled|set|slated|poised|likely|going|planning)\s{1,5}to"
_FUTURE_CUES = (
    ["will", "won't", "shall", "would", "'ll"]
    + [aux + _DUE for aux in ("is", "are", "was", "were")]
    + [r"is\s{1,5}to", r"are\s{1,5}to", r"plans?\s{1,5}to", r"intends?\s{1,5}to"]
    + ["upcoming", "next", "tomorrow"]
)
_PAST_CUES = """said was were had did told met came went took gave made held left saw won lost
    began rose fell spoke wrote sent found became brought thought kept led paid sold bought
    built struck fought ran flew fled stood agreed freed ago yesterday last earlier""".split()

#: The verb group after a future auxiliary belongs to it: ``will be held`` is future.
_FUTURE_TAIL = (
    r"(?:\s{1,5}(?:not|be|have|been)\b){0,3}"
    r"(?:\s{1,5}(?!(?:on|in|at|by|next|last|this|that)\b)[a-z]+\b)?"
)
#: A lower-case word of 4+ letters ending in -ed (not need, feed, indeed, hundred, -inded,
#: ...): the lookahead stops backtracking into shorter runs, which could not end the word
#: anyway for the \b after it.
_ED = (
    r"(?-i:[a-z]{4,}(?![a-z])(?<=ed)(?<!\bneed)(?<!\bfeed)(?<!\bseed)(?<!\bheed)(?<!\bdeed)"
    r"(?<!\bweed)(?<!\bspeed)(?<!\bbreed)(?<!\bbleed)(?<!\bgreed)(?<!\bcreed)(?<!\bsteed)"
    r"(?<!indeed)(?<!proceed)(?<!exceed)(?<!succeed)(?<!hundred)(?<!inded)(?<!sacred)"
    r"(?<!naked)(?<!wicked)(?<!kindred))"
)


def _cue_alternatives() -> str:
    """The future and past cues as one alternation, grouped by their first letter.

    Per letter the future cues (with ``_FUTURE_TAIL``) come first, then the past ones, in
    their order; cues of different letters exclude each other. So the matches are those
    of all future cues followed by all past cues, but the regex engine dispatches on the
    first letter once. Each group is named ``f`` (future) or ``p`` (past) and a key for
    the letter, so ``m.lastgroup`` tells the tense; ``_ED`` comes last, as ``ped``.
    """
    groups: dict[str, tuple[list[str], list[str]]] = {}
    for cues, side in ((_FUTURE_CUES, 0), (_PAST_CUES, 1)):
        for cue in cues:
            groups.setdefault(cue[0].lower(), ([], []))[side].append(cue[1:])
    out = []
    for first, (future, past) in groups.items():
        cls = _FOLDS.get(first, first.upper() + first) if first.isalpha() else first
        head = f"[{cls}]" if len(cls) > 1 else cls
        key = first if first.isalpha() else "q"
        parts = []
        if future:
            parts.append(f"(?P<f{key}>(?i:{'|'.join(future)})){_FUTURE_TAIL}")
        if past:
            parts.append(f"(?P<p{key}>(?i:{'|'.join(past)}))")
        out.append(f"{head}(?:{'|'.join(parts)})")
    return "|".join([*out, f"(?P<ped>{_ED})"])


# Tense cues. Future phrases come first so ``is expected to`` is not read as past, and
# they take the verb group after them so ``will be held`` is not read as past either.
# A cue starts at a word start with a letter or ``'``: the lookahead fails at word ends at
# once. Its (?i) class also holds the non-ASCII letters that (?i) words match (_FOLDS).
# ``m.lastgroup[0]`` of a match is ``f`` for a future cue, ``p`` for a past one.
_CUE = re.compile(rf"\b(?=(?i:[a-z']))(?:{_cue_alternatives()})\b")


def _cue_tense(m: re.Match[str]) -> Tense:
    """The tense of a ``_CUE`` match."""
    return "future" if m.lastgroup[0] == "f" else "past"  # type: ignore[index]


#: A clause stop: one of ``,;:()[]"“”—–``, or a dash between spaces (``\s-\s``). Written
#: to open with one character class, so the regex engine skips to the next candidate fast:
#: a space starts a stop only with ``- `` after it, any other of the marks on its own.
_CLAUSE_STOP = re.compile(r"[\s,;:()\[\]\"“”—–](?:(?<=\s)-\s|(?<!\s))")
#: (``[.!?][.!?]*`` rather than ``[.!?]+``: the same matches, found by a fast skip.)
_SENTENCE_END = re.compile(r"[.!?][.!?]*[\"'”’)\]]*(?=\s{1,10}[\"“‘(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"([A-Za-z.]{1,12})$")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt capt st jr sr inc corp ltd co no vs
    jan feb mar apr aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m""".split()
)
_WINDOW = 300
#: Longer than any cue (``is scheduled to``, ``will not be``).
_CUE_REACH = 60
#: Sentences longer than this are read only around each expression (see _tense_at).
_LONG_SENTENCE = 4 * (_WINDOW + _CUE_REACH)


def sentence_tense(text: str, at: int | None = None, end: int | None = None) -> Tense:
    """Return the tense of *text*, a sentence, from its auxiliaries and verb forms.

    Future cues are ``will``, ``would``, ``shall``, ``'ll``, ``is due/expected/set/
    scheduled to``, ``is to``, ``plans to``, ``upcoming``, ``next``, ``tomorrow``; past cues
    are ``said``, ``was``, ``were``, ``had``, ``did``, common irregular past forms, words
    ending in ``-ed``, ``ago``, ``yesterday``, ``last`` and ``earlier``.

    Without *at*, any future cue makes the sentence ``future``, else any past cue makes it
    ``past``, else it is ``present``. With *at* (an offset into *text*) and *end* (default
    *at*), the cue nearest to ``text[at:end]`` and outside it decides, looking first in the
    clause around it (bounded by commas, semicolons, colons, brackets, quotes and dashes),
    then in the whole text, and only within 300 characters; ``present`` when none is found.
    """
    if at is None:
        kinds = {_cue_tense(m) for m in _CUE.finditer(text)}
        if "future" in kinds:
            return "future"
        return "past" if kinds else "present"
    return _tense_at(text, at, at if end is None else end, 0, len(text))


def _sentence_starts(source: str, start: int, end: int) -> list[int]:
    """Return the start offsets of the sentences in ``source[start:end]``."""
    starts = [start]
    for m in _SENTENCE_END.finditer(source, start, end):
        if source[m.start()] == ".":
            w = _WORD_BEFORE.search(source, max(start, m.start() - 12), m.start())
            if w:
                word = w.group(1).lower().rstrip(".")
                if word in _ABBREVIATIONS or len(word) == 1:
                    continue
        starts.append(m.end())
    return starts


def _tense_at(source: str, start: int, end: int, lo: int, hi: int) -> Tense:
    """The tense at an expression ``source[start:end]`` in the sentence ``source[lo:hi]``
    (see :func:`sentence_tense`), reading only what it needs.

    Only two cues can decide: the last one that ends before the expression and the first
    one that starts after it. Cues are read in the clause, up to the first one after the
    expression, and in the rest of the sentence only when the clause gives no tense. Both
    are the cues a scan of the whole sentence finds: a cue holds only letters, apostrophes
    and spaces, so none crosses a clause stop, and a scan that starts at the end of one (or
    ends at the start of one) is in step with the scan of the sentence. Clause stops hold no
    letter or digit, and an expression starts and ends with one, so no stop crosses its
    ends either.
    """
    if hi - lo > _LONG_SENTENCE:
        # Only cues within _WINDOW of the expression can decide, so a very long sentence
        # (a run-on page, adversarial input) is read around the expression only; that
        # keeps the cost per expression bounded instead of growing with the sentence.
        lo = max(lo, start - _WINDOW - _CUE_REACH)
        hi = min(hi, end + _WINDOW + _CUE_REACH)
    c_lo = lo
    for stop in _CLAUSE_STOP.finditer(source, lo, start):
        c_lo = stop.end()
    next_stop = _CLAUSE_STOP.search(source, end, hi)
    c_hi = hi if next_stop is None else next_stop.start()
    before: re.Match[str] | None = None
    after: re.Match[str] | None = None
    # the clause alone (its end is the start of a stop, which no cue crosses)
    for m in _CUE.finditer(source, c_lo, c_hi):
        if m.start() >= end:
            after = m
            break
        if m.end() <= start:
            before = m
    best = _nearest(before, after, start, end)
    if best is None:
        # no tense in the clause: the nearest cue in the sentence
        if before is None:
            for m in _CUE.finditer(source, lo, c_lo):
                before = m
        if after is None and c_hi < hi:
            after = _CUE.search(source, c_hi, hi)
        best = _nearest(before, after, start, end)
    if best is None:
        return "present"
    return _cue_tense(best)


def _nearest(
    before: re.Match[str] | None, after: re.Match[str] | None, start: int, end: int
) -> re.Match[str] | None:
    """The cue nearer to ``[start, end)`` of the two, if within :data:`_WINDOW`; the one
    before wins a tie."""
    best: re.Match[str] | None = None
    if before is not None and start - before.end() <= _WINDOW:
        best = before
    if after is not None:
        dist = after.start() - end
        if dist <= _WINDOW and (best is None or dist < start - best.end()):
            best = after
    return best


class _Context:
    """Lazy sentence lookup for the tense of expressions inside one span.

    Sentences are found only when an expression needs a tense, and only the cues of its
    sentence are read (:func:`_tense_at`). That gives the same cues as one scan of the
    whole span: a cue holds only letters, apostrophes and spaces, a clause stop is one
    mark or a spaced dash, and every sentence boundary is a ``.``, ``!`` or ``?`` (with
    closing quotes or brackets) followed by a space, so no cue or stop crosses one.
    """

    __slots__ = ("_starts", "end", "source", "start")

    def __init__(self, source: str, start: int, end: int) -> None:
        self.source = source
        self.start = start
        self.end = end
        self._starts: list[int] | None = None

    def tense(self, start: int, end: int) -> Tense:
        """Return the tense of the sentence around ``source[start:end]``."""
        starts = self._starts
        if starts is None:
            starts = self._starts = _sentence_starts(self.source, self.start, self.end)
        i = bisect.bisect_right(starts, start) - 1
        s_end = starts[i + 1] if i + 1 < len(starts) else self.end
        return _tense_at(self.source, start, end, starts[i], s_end)


def _month(name: str) -> int:
    """The number of a month name or abbreviation as ``_MONTH`` takes it (ASCII)."""
    return _MONTHS[name[:3].lower()]


# (module constants: read directly, not through the enum class)
_DAY_PRECISION = DatePrecision.DAY
_MONTH_PRECISION = DatePrecision.MONTH
_YEAR_PRECISION = DatePrecision.YEAR


def _iso_day(d: dt.date) -> tuple[str, DatePrecision]:
    return d.isoformat(), _DAY_PRECISION


def _iso_month(year: int, month: int) -> tuple[str, DatePrecision]:
    return f"{year:04d}-{month:02d}", _MONTH_PRECISION


def _iso_year(year: int) -> tuple[str, DatePrecision]:
    return f"{year:04d}", _YEAR_PRECISION


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, ref: dt.date, tense: Tense) -> dt.date | None:
    """Resolve a month and day without a year against *ref* by *tense*."""
    y = ref.year
    if tense == "past":
        order = (y, y - 1)
        for year in order:
            cand = _date(year, month, day)
            if cand is not None and (cand - ref).days <= 7:
                return cand
        return None
    if tense == "future":
        for year in (y, y + 1):
            cand = _date(year, month, day)
            if cand is not None and (ref - cand).days <= 7:
                return cand
        return None
    cands = [c for c in (_date(year, month, day) for year in (y - 1, y, y + 1)) if c]
    if not cands:
        return None
    return min(cands, key=lambda c: (abs((c - ref).days), c))


def _month_alone(month: int, ref: dt.date, mode: str) -> tuple[int, int]:
    """Resolve a month name alone: *mode* is a tense, ``last`` or ``next``."""
    y, m = ref.year, ref.month
    if mode == "last":
        return (y, month) if month < m else (y - 1, month)
    if mode == "next":
        return (y, month) if month > m else (y + 1, month)
    if mode == "this":
        return (y, month)
    if mode == "past":
        return (y, month) if month <= m else (y - 1, month)
    if mode == "future":
        return (y, month) if month >= m else (y + 1, month)
    diff = (month - m) % 12
    return (y + (m + diff > 12), month) if diff <= 6 else (y - (month > m), month)


def _weekday(wd: int, ref: dt.date, mode: str) -> dt.date:
    """Resolve a weekday: *mode* is a tense, ``last`` or ``next``."""
    if mode in ("last", "next"):
        back = (ref.weekday() - wd) % 7 or 7
        ahead = (wd - ref.weekday()) % 7 or 7
        return ref - dt.timedelta(days=back) if mode == "last" else ref + dt.timedelta(ahead)
    if mode == "future":
        return ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
    return ref - dt.timedelta(days=(ref.weekday() - wd) % 7)


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _relative(m: re.Match[str], ref: dt.date) -> tuple[str, DatePrecision] | None:
    words = _fold(m.group("rel")).split()
    if m.group("num"):
        n = int(m.group("num")) if m.group("num").isdigit() else _NUMBERS[_fold(m.group("num"))]
        unit = _fold(m.group("unit"))
        if unit == "day":
            return _iso_day(ref - dt.timedelta(days=n))
        if unit == "week":
            return _iso_day(ref - dt.timedelta(days=7 * n))
        if unit == "month":
            return _iso_month(*_shift_month(ref.year, ref.month, -n))
        return _iso_year(ref.year - n)
    first = words[0]
    if first in ("today", "tonight") or words[-1] in ("morning", "afternoon", "evening"):
        return _iso_day(ref)
    if first == "yesterday" or words == ["last", "night"]:
        return _iso_day(ref - dt.timedelta(days=1))
    if first == "tomorrow":
        return _iso_day(ref + dt.timedelta(days=1))
    if first in ("earlier", "later"):
        words = words[1:]
    which, unit = words[0], words[-1]
    delta = {"this": 0, "last": -1, "next": 1}[which]
    if unit == "week":
        return _iso_day(_monday(ref) + dt.timedelta(days=7 * delta))
    if unit == "month":
        return _iso_month(*_shift_month(ref.year, ref.month, delta))
    return _iso_year(ref.year + delta)


def _resolve(
    m: re.Match[str], ref: dt.date | None, ctx: _Context
) -> tuple[str, DatePrecision] | None:
    """Return the ISO value and precision of one match, or None to drop it."""
    kind = m.lastgroup  # the kind: the group around the whole expression closes last
    if kind == "date":
        month = _month(m.group("m1") or m.group("m2"))
        day = int((m.group("d1") or m.group("d2")).rstrip("stndrh"))
        year = m.group("y1") or m.group("y2")
        if year:
            d = _date(int(year), month, day)
            return _iso_day(d) if d else None
        if ref is None:
            return None
        d = _month_day(month, day, ref, "past")
        if d != _month_day(month, day, ref, "future") or d != _month_day(
            month, day, ref, "present"
        ):
            # the tense decides (it is read only then: a date within a week of the
            # reference is the same in every tense)
            d = _month_day(month, day, ref, ctx.tense(m.start(), m.end()))
        return _iso_day(d) if d else None
    if kind == "iso":
        d = _date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return _iso_day(d) if d else None
    if kind == "my":
        return _iso_month(int(m.group("y3")), _month(m.group("m3")))
    if kind == "dec":
        return m.group("dy")[:3] + "X", _YEAR_PRECISION
    if kind == "yr":
        after = _WORD_AFTER.match(ctx.source, m.end(), ctx.end)
        if after:
            word = after.group(1)
            if word not in _YEAR_FOLLOWERS and not word.endswith(("ed", "ly")):
                return None
        return _iso_year(int(m.group("y4")))
    if ref is None:
        return None
    if kind == "mon":
        prep = _fold(m.group("mprep")).strip(" -\t\r\n\u00a0")
        month = _month(m.group("m4"))
        if prep in ("last", "next", "this"):
            return _iso_month(*_month_alone(month, ref, prep))
        ym = _month_alone(month, ref, "past")
        if ym != _month_alone(month, ref, "future") or ym != _month_alone(month, ref, "present"):
            ym = _month_alone(month, ref, ctx.tense(m.start(), m.end()))  # the tense decides
        return _iso_month(*ym)
    if kind == "wd":
        mod = " ".join(_fold(m.group("wmod") or "").split())
        if mod in ("last", "this past", "past"):
            mode = "last"
        elif mod in ("next", "this coming", "coming"):
            mode = "next"
        else:
            mode = ctx.tense(m.start(), m.end())
        return _iso_day(_weekday(_WEEKDAYS[m.group("wday").lower()], ref, mode))
    if kind == "rel":
        word = m.group("rel")
        lo = max(ctx.start, m.start() - 40)
        if word == "Today" and _TITLE_BEFORE.search(ctx.source, lo, m.start()):
            return None  # ``USA Today``, ``China Today``: a title, not a day
        return _relative(m, ref)
    raise AssertionError(kind)  # pragma: no cover


#: Every expression holds one of these: a digit, a month or weekday name, or a relative
#: word. The big pattern is tried only near them, which is much faster than trying it at
#: every offset and finds the same matches (no expression starts more than
#: ``_LEAD`` characters before its first anchor). The anchors of ``source[start:end]`` are
#: the starts of the matches of ``_ANCHOR.finditer(source, start, end)``;
#: :class:`_Anchors` finds the same offsets faster.
_ANCHOR = re.compile(
    # the lookahead holds every anchor's first character (none of y, t, l, n, e, a folds to
    # a non-ASCII letter under (?i)): most offsets fail on it at once
    r"(?=[\dJFMASONDTWYLEytlnea])"
    r"(?:\d+|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|(?i:yesterday|today|tonight|tomorrow|this|last|next|earlier|later|ago)\b))"
)
_LEAD = 40
_WORDS_BEFORE = 4
_TAIL = 120

#: What to try at an anchor: its offset, the pattern to match there (None: no expression
#: starts there) and how far before it (0: nowhere) a word can open an expression that
#: holds it (``_AFTER_WORDS``).
_Entry = tuple[int, "re.Pattern[str] | None", int]

#: The anchors worth trying, in two of ``_ANCHOR``'s kinds: runs of digits that can
#: open an expression (``_DIGITS_TAIL``) or be a year (four digits), and month and
#: weekday names at a word start (``Jan``, ``January``, ``Sunday``, also ``Month``): the
#: whole word, which must be a key of ``_OPENING`` or ``_AFTER_WORDS``. Other anchors give
#: no expression and are left out (see :func:`_scan`).
#: The pattern opens with one character class, so the regex engine skips to the next
#: digit or capital of those letters in a fast loop (non-ASCII characters are let in too:
#: they may be digits). After the first letter, ``(?<!\w.)`` is ``\b`` before it, and the
#: next two letters pick the name, whose capital a lookbehind checks.
_ANCHOR_SCAN = re.compile(
    r"[0-9ADFJMNOSTW\u0660-\U0010ffff]"
    rf"(?:(?<=\d)(?<!\d\d)(?:(?P<open>(?={_DIGITS_TAIL}))\d*|\d{{3}}(?!\d))"
    r"|(?<!\w.)(?P<name>(?:an(?<=Jan)(?i:uary)?|eb(?<=Feb)(?i:ruary)?|ar(?<=Mar)(?i:ch)?"
    r"|pr(?<=Apr)(?i:il)?|ay(?<=May)|un(?:(?<=Jun)(?i:e)?|(?<=Sun)(?i:day))"
    r"|ul(?<=Jul)(?i:y)?|ug(?<=Aug)(?i:ust)?|ep(?<=Sep)(?i:tember|t)?|ct(?<=Oct)(?i:ober)?"
    r"|ov(?<=Nov)(?i:ember)?|ec(?<=Dec)(?i:ember)?|on(?<=Mon)(?i:day|ths?)"
    r"|ue(?<=Tue)(?i:sday)|ed(?<=Wed)(?i:nesday)|hu(?<=Thu)(?i:rsday)|ri(?<=Fri)(?i:day)"
    r"|at(?<=Sat)(?i:urday))(?!\w)))"
)
#: ``_ANCHOR``'s third kind: relative words, whole, in any case.
_RELATIVE_WORDS = (
    "yesterday", "today", "tonight", "tomorrow", "this", "last", "next", "earlier", "later",
    "ago",
)  # fmt: skip


def _is_word_char(c: str) -> bool:
    """Whether ``re`` counts the one character *c* as a word character (``\\w``)."""
    return c.isalnum() or c == "_"


@functools.lru_cache(maxsize=512)
def _word_entry(word: str) -> tuple[re.Pattern[str] | None, int]:
    """The pattern to try at a letter *word* (whole), and its reach in
    ``_AFTER_WORDS``."""
    key = word.lower() if word.isascii() else _fold(word)
    return _OPENING.get(key), _AFTER_WORDS.get(key, 0)


class _Anchors:
    """The anchors of one source worth trying, found once and handed out per span.

    ``_ANCHOR.finditer`` tries its pattern at every offset. This finds the anchors with
    one fast-skipping regex over the whole source for digits and names
    (``_ANCHOR_SCAN``), and ``str.find`` of each relative word in the lower-cased source.
    ``lower()`` keeps every offset and maps each letter that ``(?i)`` matches to an ASCII
    letter to that letter, once the four letters that fold specially (``_FOLDS``: ``İ``
    would even grow to two characters) are translated first.

    Read over the whole source, a word is never cut short by a span. A span that cuts one
    at its end, or starts inside a run of digits, gets its anchors from ``_ANCHOR`` itself
    (:func:`_span_entries`).
    """

    __slots__ = ("entries", "starts")

    def __init__(self, source: str, lo: int, hi: int) -> None:
        """Find the anchors in ``source[lo:hi]``, which holds every span asked for."""
        digits = _OPENING[_DIGITS]
        entries: list[_Entry] = []
        for m in _ANCHOR_SCAN.finditer(source, lo, hi):
            p = m.start()
            name = m.group("name")
            if name is not None:
                pattern, reach = _word_entry(source[p : m.end()])
                entries.append((p, pattern, reach))
            elif m.group("open") is not None:
                entries.append((p, digits, _LEAD if m.end() - p == 4 else 0))
            else:
                entries.append((p, None, _LEAD))  # four digits that open nothing
        text = source[lo:hi]
        low = text.lower()
        if not text.isascii() and any(c in text for c in _FOLD_CHARS):
            low = text.translate(_FOLD_TABLE).lower()
        words: list[_Entry] = []
        n_source = len(source)
        for word, pattern, reach in _RELATIVE_ENTRIES:
            i = low.find(word)
            while i >= 0:
                # a whole word: no word character before or after it
                p = lo + i
                j = p + len(word)
                if (p == 0 or not ((c := source[p - 1]).isalnum() or c == "_")) and (
                    j >= n_source or not ((c := source[j]).isalnum() or c == "_")
                ):
                    words.append((p, pattern, reach))
                i = low.find(word, i + 1)
        if words:
            entries += words
            entries.sort(key=_first)
        self.entries = entries
        self.starts = [e[0] for e in entries]

    def within(self, source: str, start: int, end: int) -> list[_Entry]:
        """The anchors worth trying in ``source[start:end]``, ascending."""
        starts = self.starts
        i = bisect.bisect_left(starts, start)
        j = bisect.bisect_left(starts, end)
        if (
            end < len(source)
            and ((c := source[end]).isalnum() or c == "_")
            and ((c := source[end - 1]).isalnum() or c == "_")
        ):
            return _span_entries(source, start, end)  # the span cuts a word
        if start > 0 and source[start].isdecimal() and source[start - 1].isdecimal():
            return _span_entries(source, start, end)  # the span starts in a run of digits
        return self.entries[i:j]


#: An entry's offset, its sort key.
_first = operator.itemgetter(0)


def _span_entries(source: str, start: int, end: int) -> list[_Entry]:
    """The anchors worth trying in ``source[start:end]``, from ``_ANCHOR`` itself."""
    out: list[_Entry] = []
    for a in _ANCHOR.finditer(source, start, end):
        p = a.start()
        word = _RUN.match(source, p, end).group()  # type: ignore[union-attr]
        if word[0].isdecimal():
            four = _DIGIT_RUN.match(word).end() == 4  # type: ignore[union-attr]
            reach = _LEAD if four else 0
            pattern = _pattern_at(source, p, word, end, end)
        else:
            pattern = _pattern_at(source, p, word, min(end, p + _TAIL), end)
            reach = _word_entry(word)[1]
        if pattern is not None or reach:
            out.append((p, pattern, reach))
    return out


#: A word (a run of word characters) and where it starts, in the window before an anchor.
_WORD = re.compile(r"\b\w+")


def _scan(source: str, start: int, end: int, entries: list[_Entry]) -> list[re.Match[str]]:
    """The matches of ``_TIMES`` in ``source[start:end]`` found from the anchors *entries*.

    For each anchor past the last match, the pattern is anchored (``match``) at the word
    starts up to ``_LEAD`` characters before it, leftmost first, and then at the anchor
    itself; the first match that reaches past the anchor is taken. Of those word starts,
    only the last ``_WORDS_BEFORE`` are tried, and of them only the ones whose word can
    open an expression.

    Most of those tries cannot succeed, and are skipped (the matches stay the same):

    * A match does not depend on the anchor it is tried for: no match reaches more than
      about 90 characters past its start (the window is ``_TAIL``). So a word before the
      previous anchor was tried for that anchor already (or lies out of reach) and gave no
      match past it; it gives none past this anchor either. Only words after the previous
      anchor are tried, and they are no anchors themselves.
    * An expression that starts with such a word, not an anchor (``on``, ``in``, ``the``,
      ``three``), holds as its first anchor a weekday (``on Monday``), a month (``since
      June``), a year or decade of four digits (``in 2019``, ``the 1990s``), ``Month`` or
      ``ago`` (``three months ago``). For other anchors no word before is tried. Before a
      weekday, a month or ``Month`` the word is the one just before it, after a space
      (``_NEAR``).
    * At the anchor itself, ``_TIMES`` is cut down to the kinds its word can open
      (:func:`_pattern_at`), and not tried when there are none.
    * So an anchor where no expression starts, and that cannot be the first anchor of one
      that starts before it, gives nothing: it is left out of *entries*. The window of the
      next anchor then reaches back past it, which adds no match: an expression that
      starts in that stretch, with a word that is no anchor, has its first anchor before
      the one left out, and it was tried there.
    """
    out: list[re.Match[str]] = []
    pos = start
    last = -1  # the previous anchor
    for p, pattern, reach in entries:
        before, last = last, p
        if p < pos:
            continue
        hi = min(end, p + _TAIL)
        # (offset, pattern) to try, leftmost first: the last words before the anchor that
        # can open an expression, then the anchor
        tries: list[tuple[int, re.Pattern[str]]] = []
        lo = max(pos, p - reach, before + 1)
        if reach and lo < p:
            for w in list(_WORD.finditer(source, lo, p))[-_WORDS_BEFORE:]:
                word = w.group()
                opening = _OPENING.get(word.lower())
                if opening is None:
                    if word.isascii() and not word[0].isdecimal():
                        continue  # the common case: a word that opens nothing
                elif w.end() < p or not _is_word_char(source[p]):
                    tries.append((w.start(), opening))
                    continue
                if w.end() == p and _is_word_char(source[p]):
                    word = _RUN.match(source, w.start(), end).group()  # type: ignore[union-attr]
                opening = _pattern_at(source, w.start(), word, hi, end)
                if opening is not None:
                    tries.append((w.start(), opening))
        if pattern is not None:
            tries.append((p, pattern))
        for q, opening in tries:
            m = opening.match(source, q, hi)
            while m is not None and m.end() == hi < end:
                hi = min(end, hi + _TAIL)  # the window may have cut the match short
                m = opening.match(source, q, hi)
            if m is not None and m.end() > p:
                out.append(m)
                pos = m.end()
                break
    return out


#: The words (lower-cased, ``_fold``-ed) that can be the first anchor of an expression
#: that starts with a word that is no anchor (so can a run of four digits, ``_LEAD``), and
#: how far before them that word can start: ``on``, ``coming``, ``past``, a preposition,
#: ``early``, ``late``, ``mid`` or a number word, then 1 to 10 spaces, before a weekday, a
#: month or ``Month``: at most ``_NEAR`` characters (``through``); before ``ago`` a number
#: and a unit (``twelve months ago``).
_NEAR = 17
_AFTER_WORDS = {
    **dict.fromkeys([*_WEEKDAY_WORDS, *_MONTH_WORDS, "month", "months"], _NEAR),
    "ago": _LEAD,
}
_DIGIT_RUN = re.compile(r"\d+")
#: The relative words with what to try at each.
_RELATIVE_ENTRIES = [(word, *_word_entry(word)) for word in _RELATIVE_WORDS]
_SPAN_KEY = operator.attrgetter("start", "end")


#: The whole word at an offset.
_RUN = re.compile(r"\w+")


def _pattern_at(source: str, q: int, word: str, hi: int, end: int) -> re.Pattern[str] | None:
    """The pattern to try at *q*, where the whole *word* starts: ``_TIMES`` cut down to
    the kinds that *word* can open, or None when no expression can start at *q*.

    ``_TIMES`` itself when a word of letters runs past *hi*, the end of the window the
    match is tried in (where the regex sees it cut short). A word of digits opens only
    the kinds that start with a digit, wherever it is cut, and only when the digits are
    followed by one of the characters they need.
    """
    if word[0].isdecimal():
        return _OPENING[_DIGITS] if _DIGITS_OPEN.match(source, q, end) else None
    if q + len(word) > hi:
        return _TIMES
    return _OPENING.get(word.lower() if word.isascii() else _fold(word))


def find_times(
    source: str, spans: Sequence[Span], reference: dt.date | None
) -> list[TimeExpression]:
    """Find and resolve temporal expressions in ``source[span]`` for each span.

    *spans* are the body paragraphs; the result is in source order (spans are sorted
    first), one :class:`TimeExpression` per expression, each with ``text`` equal to
    ``source[span.start:span.end]``. With *reference* None only absolute expressions that
    need no reference are returned. See the module docstring for what is matched and how
    each form is resolved.
    """
    found: list[TimeExpression] = []
    table: _Anchors | None = None
    n_source = len(source)
    spans = sorted(spans, key=_SPAN_KEY)
    for span in spans:
        start = span.start
        end = span.end if span.end < n_source else n_source
        if start >= end:
            continue
        if table is None:
            # the anchors from this span's start to the last span's end, read once
            table = _Anchors(source, start, min(max(s.end for s in spans), n_source))
        entries = table.within(source, start, end)
        if not entries:
            continue
        matches = _scan(source, start, end, entries)
        if not matches:
            continue
        ctx = _Context(source, start, end)
        for m in matches:
            resolved = _resolve(m, reference, ctx)
            if resolved is None:
                continue
            value, precision = resolved
            found.append(_time_expression(m.group(), value, precision, _span(m.start(), m.end())))
    return found
