"""Parse articles: :func:`parse` for text, :func:`parse_bytes` and :func:`parse_file`.

The pipeline, one private module a step::

    bytes --_text--> text --_lines--> lines --_header--> header facts
          --_blocks--> paragraph spans --_kinds--> kinds --_sentences--> sentences
          --_dateline / bylines--> wire metadata --extract--> participants, quotes, times

Parsing is lenient by default: any ``str`` parses, and every recovery is recorded as a
:class:`~articlekit.models.Defect`. With ``strict=True`` the first defect raises
:class:`~articlekit.errors.ArticleParseError` instead.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import re
from itertools import islice
from operator import eq
from pathlib import Path

from attrs import evolve

from articlekit import _text
from articlekit._blocks import CREDIT_LINE, Blockish, split_content
from articlekit._dateline import (
    DatelineMatch,
    match_dateline,
    normalise_agency,
    resolve_month_day,
)
from articlekit._header import (
    classify_header,
    is_furniture,
    is_stamp,
    looks_like_headline,
    match_header,
    split_pipes,
)
from articlekit._kinds import kind_of, parse_byline
from articlekit._lines import Line, content_lines
from articlekit._sentences import has_rare_marks, is_one_sentence, marked_bounds
from articlekit.errors import ArticleParseError, DefectReporter
from articlekit.extract import extract_parts
from articlekit.models import (
    Article,
    Byline,
    Dateline,
    DatePrecision,
    HeaderKind,
    Paragraph,
    ParagraphKind,
    Span,
    _article,
    _paragraph,
    _span,
)
from articlekit.models import (
    _dateline as _make_dateline,
)

__all__ = ["parse", "parse_bytes", "parse_file"]

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
#: Every byte but the control characters :data:`_CONTROL` finds and 0xC3, the UTF-8 lead
#: byte of U+00C0-U+00FF, where every run of mojibake opens (U+00C2-U+00F4).
_PLAIN_BYTES = bytes(
    b for b in range(256) if not ((b < 0x20 and b not in (9, 10, 12, 13)) or b in (0x7F, 0xC3))
)


def _may_hold_damage(text: str) -> tuple[bool, bool]:
    """Whether *text* may hold mojibake, and whether it may hold control characters.

    One C pass over the UTF-8 bytes, deleting the plain ones, is a third of one regex
    scan; most texts hold neither and skip both scans (the mojibake repair, the
    control-character search).
    """
    data = text.encode("utf-8", "surrogatepass")
    odd = data.translate(None, _PLAIN_BYTES)
    if not odd:
        return False, False
    latin = odd.count(0xC3)
    return latin > 0 and _MOJIBAKE_BYTES.search(data) is not None, len(odd) > latin


#: In UTF-8 bytes, a character of U+00C2-U+00F4 before one whose lead byte is 0xC2 or
#: 0xC5-0xE2 (U+0080-U+00BF, U+0140-U+2FFF): what the lead of a run of mojibake needs
#: (U+0080-U+00BF or U+0152-U+2122 after it), searched at the speed of a byte.
_MOJIBAKE_BYTES = re.compile(rb"\xc3[\x82-\xb4][\xc2\xc5-\xe2]")


_REPAIRS = (
    ("mojibake-repaired", _text.repair_mojibake, "mojibake (UTF-8 read as Latin-1)"),
    ("html-entity-decoded", _text.repair_entities, "HTML entities"),
)
#: ``statement.Trump``: the mark first, so that a search skips to the next ``.!?`` fast.
_GLUED = re.compile(r"[.!?](?<=[a-z][a-z][.!?])(?=[A-Z][a-z][a-z])")
_MARKUP = re.compile(
    r"</?(?:p|div|span|br|strong|em|h[1-6]|a|img|script|style|li|ul)\b[^>]{0,200}>", re.I
)
_TRAILING_CREDIT = re.compile(
    r"(?:\s[-—–]{1,2}\s*|\()(?P<agency>Bernama|Xinhua|Reuters|AFP|AP|IANS|PTI|ANI|TASS|Sputnik|UPI"
    r"|Kyodo|Yonhap|Anadolu|WAM|SPA|dpa|EFE)\)?\.?$"
)
#: How far before a paragraph's end a trailing credit can start.
_CREDIT_WINDOW = 80
_HEADLINE_SEARCH = 6
#: Texts longer than this are parsed with the cyclic garbage collector paused.
_GC_PAUSE_CHARS = 1_000_000
_TERMINAL_CHARS = frozenset(".!?…\"'”’»)]:;")


def parse(
    text: str,
    *,
    id: str | None = None,
    strict: bool = False,
    extract: bool = True,
    repair: bool = True,
    path: str | None = None,
) -> Article:
    """Parse the text of one article.

    *id* names the article. With *strict*, the first defect raises
    :class:`~articlekit.errors.ArticleParseError` (line, column and a caret excerpt);
    otherwise defects are recorded on the article. *extract* runs participant, quote and
    time extraction (see :func:`articlekit.extract`). *repair* decodes HTML entities and
    repairs mojibake; spans then point into the repaired text, kept as ``source``.
    *path* is only used in error messages.
    """
    return _Parser(text, id=id, strict=strict, repair=repair, path=path).run(extract=extract)


def parse_bytes(
    data: bytes,
    *,
    id: str | None = None,
    encoding: str | None = None,
    strict: bool = False,
    extract: bool = True,
    path: str | None = None,
) -> Article:
    """Decode and parse the bytes of one article file.

    UTF-8 with or without BOM (and UTF-16 with BOM) is read as such; bytes that do not
    decode fall back to cp1252 with a ``decode-fallback`` defect. Binary input (NUL
    bytes) raises :class:`~articlekit.errors.ArticleParseError` ("not a text file").
    """
    if _text.is_binary(data):
        reporter = DefectReporter("", strict=True, path=path)
        defect = reporter.make(
            "empty-input", "not a text file: the input holds binary data (NUL bytes)", Span(0, 0)
        )
        raise ArticleParseError(defect, "", path)
    text, fallback, bad = _text.decode(data, encoding)
    return _Parser(
        text,
        id=id,
        strict=strict,
        repair=True,
        path=path,
        fallback=(fallback, bad) if fallback else None,
    ).run(extract=extract)


def parse_file(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    strict: bool = False,
    extract: bool = True,
    id: str | None = None,
) -> Article:
    """Read and parse one article file; ``id`` defaults to the file stem.

    Raises :class:`FileNotFoundError` for a missing path and
    :class:`~articlekit.errors.ArticleParseError` for binary input (and, with *strict*,
    for any defect).
    """
    p = Path(path)
    data = p.read_bytes()
    return parse_bytes(
        data,
        id=p.stem if id is None else id,
        encoding=encoding,
        strict=strict,
        extract=extract,
        path=str(p),
    )


class _Parser:
    """One parse: holds the source, the reporter, and the facts found so far."""

    def __init__(
        self,
        text: str,
        *,
        id: str | None,
        strict: bool,
        repair: bool,
        path: str | None,
        fallback: tuple[str, int] | None = None,
    ) -> None:
        if text.startswith("\ufeff"):
            text = text[1:]
            if fallback:
                fallback = (fallback[0], max(0, fallback[1] - 1))
        pending: list[tuple[str, str, int, int]] = []
        if fallback:
            pending.append(
                (
                    "decode-fallback",
                    f"the bytes are not valid UTF-8; decoded as {fallback[0]}",
                    fallback[1],
                    fallback[1] + 1,
                )
            )
        mojibake, controls = _may_hold_damage(text)
        #: Whether the text may hold control characters (unless so, ``run`` skips the search).
        self.controls = controls
        if repair and (mojibake or "&" in text):  # else neither repair changes anything
            for code, fix, what in _REPAIRS:
                if fix is _text.repair_mojibake and not mojibake:
                    continue
                result = fix(text)
                if result.edits:
                    self.controls = True  # the repaired text is searched as it is
                    pending = [(c, m, result.map(s), result.map(e)) for c, m, s, e in pending]
                    first = result.edits[0]
                    count = len(result.edits)
                    pending.append((code, f"repaired {count} run(s) of {what}", first[2], first[3]))
                    text = result.text
        self.source = text
        #: Whether the text holds ``!``, ``?`` or ``…``: else periods alone end sentences.
        self.rare_marks = has_rare_marks(text)
        self.id = id
        self.reporter = DefectReporter(text, strict=strict, path=path)
        for code, message, s, e in sorted(pending, key=lambda p: p[2]) if pending else ():
            s = min(s, len(text))
            self.reporter.report(code, message, Span(s, min(max(e, s), len(text))))

    # -- helpers ---------------------------------------------------------------------

    def _report(self, code: str, message: str, start: int, end: int) -> None:
        # ``Span(start, end)``, which raises for offsets out of order
        span = _span(start, end) if 0 <= start <= end else Span(start, end)
        self.reporter.report(code, message, span)

    # -- the pipeline ----------------------------------------------------------------

    def run(self, *, extract: bool) -> Article:
        """Parse (and with *extract*, extract from) the text.

        A text of more than ``_GC_PAUSE_CHARS`` characters (a book-length page, a dump)
        builds hundreds of thousands of objects that live until the end; the cyclic
        garbage collector, which would scan them again and again, is paused meanwhile
        (extraction leaves no cycles) and restored after, so time stays linear in size.
        """
        if len(self.source) <= _GC_PAUSE_CHARS or not gc.isenabled():
            return self._run(extract=extract)
        gc.disable()
        try:
            return self._run(extract=extract)
        finally:
            gc.enable()

    def _run(self, *, extract: bool) -> Article:
        src = self.source
        if not src or src.isspace():  # no copy, as ``src.strip()`` would make
            self._report("empty-input", "the input holds no text", 0, len(src))
            return Article(id=self.id, defects=self.reporter.sorted(), source=src)
        m = _CONTROL.search(src) if self.controls else None
        if m:
            self._report(
                "control-characters", "control characters found in the text", m.start(), m.end()
            )
        lines = content_lines(src)  # the lines that hold text
        facts = self._header(lines)
        # the body: the lines after the header line, which is the first (or none)
        body_lines = lines[1:] if facts.body_from else lines
        # whether the line right after the header line holds text
        text_follows = bool(body_lines) and body_lines[0].number == facts.body_from
        # (``— said X``: a credit line of its own, not the lead going on)
        credit_follows = text_follows and CREDIT_LINE.match(src, body_lines[0].start) is not None
        lead_block = facts.lead_block
        if lead_block is not None and facts.kind is HeaderKind.LEAD:
            # A lead on the header line is the first line of the body: hard-wrapped
            # wire copy continues it on the next line.
            body_lines = lead_block.lines + body_lines
            lead_block = None
        # a lead on the header line that stops mid-sentence goes on on the next line
        open_first = (
            facts.kind is HeaderKind.LEAD
            and facts.header is not None
            and facts.header.rstrip()[-1:] not in _TERMINAL_CHARS
            and text_follows
            and not credit_follows
        )
        blocks, has_blank, rejoined = split_content(src, body_lines, open_first=open_first)
        content = [] if has_blank else body_lines
        if not has_blank and len(content) > 1:
            first = content[0]
            self._report(
                "no-blank-lines",
                "the page has no blank lines; each line was taken as a paragraph",
                first.start,
                first.end,
            )
        if rejoined:
            self._report(
                "hard-wrapped",
                "hard-wrapped lines were joined into paragraphs",
                blocks[0].start,
                blocks[0].end,
            )
        spans = ([lead_block] if lead_block else []) + blocks
        paragraphs = self._paragraphs(spans, lead_kind=facts.lead_kind)
        headline = facts.headline
        if headline is not None and headline.endswith(("...", "…")) and paragraphs:
            # ``Nepal EC ready for commencing local p...`` / ``Nepal EC ready for ... polls``:
            # the header cut the title short; the whole of it opens the body
            whole = paragraphs[0]
            stem = headline.rstrip(".…").rstrip()
            if len(stem) >= 10 and whole.text.startswith(stem) and len(whole.text) < 200:
                headline = whole.text
                paragraphs[0] = evolve(whole, kind=ParagraphKind.HEADING)
        if headline is None:
            headline, paragraphs = _find_headline(src, paragraphs, facts.kind)
        paragraphs = _mark_repeats(paragraphs, headline)
        if "—" in src or "–" in src:
            _speech_before_credits(paragraphs)
        if headline is None and facts.kind is not HeaderKind.MISSING:
            self._report(
                "headline-missing",
                "no headline was found on the page",
                facts.text_start,
                facts.text_end,
            )
        kinds = {p.kind for p in paragraphs}  # (later steps keep every paragraph's kind)
        has_body = ParagraphKind.BODY in kinds
        if not has_body and facts.kind is not HeaderKind.MISSING:
            self._report("empty-body", "the article has no body text", len(src), len(src))
        if facts.kind is HeaderKind.MISSING:
            self._infer_date(paragraphs, facts)
        paragraphs, dateline = self._dateline(paragraphs, facts)
        # a byline is read from a byline or a credit paragraph
        bylines = ParagraphKind.BYLINE in kinds or ParagraphKind.CREDIT in kinds
        byline = self._byline(paragraphs) if bylines else None
        self._scan_damage(paragraphs)
        article = _article(
            self.id,
            facts.date,
            facts.precision,
            headline,
            facts.header,
            facts.kind,
            dateline,
            byline,
            tuple(paragraphs),
            # without extraction every defect is known now
            () if extract else self.reporter.sorted(),
            src,
        )
        if not extract:
            return article
        try:
            participants, quotes, times = extract_parts(article, reporter=self.reporter)
        except (ArticleParseError, RecursionError, MemoryError):
            raise
        except Exception as exc:  # a bug in a heuristic must not lose the article
            self._report(
                "extraction-failed",
                f"participant and quote extraction failed ({type(exc).__name__}: {exc}); "
                "the article is returned without them",
                0,
                min(len(src), 1),
            )
            participants, quotes, times = (), (), ()
        return evolve(
            article,
            participants=participants,
            quotes=quotes,
            times=times,
            defects=self.reporter.sorted(),
        )

    def _header(self, lines: list[Line]) -> _HeaderFacts:
        """``header = [WS] "date" WS+ date [WS+ remainder] EOL``, on the first non-blank line.

        *lines* are the lines that hold text (``content_lines``).
        """
        src = self.source
        facts = _HeaderFacts()
        if not lines:
            return facts
        first = lines[0]
        hm = match_header(src[first.raw_start : first.raw_end], first.raw_start)
        if hm is None:
            self._report(
                "header-missing",
                "the first line is not a ' date YYYY-MM-DD' header",
                first.start,
                first.end,
            )
            facts.body_from = 0
            return facts
        facts.body_from = first.number + 1
        if hm.malformed:
            self._report(
                "header-malformed",
                "the header date is not YYYY-MM-DD or YYYY-MM",
                first.start,
                hm.text_start,
            )
        elif not hm.valid:
            self._report(
                "date-invalid",
                "the header date does not exist on the calendar",
                first.start,
                hm.date_end,
            )
        facts.date = hm.date
        facts.precision = hm.precision
        rem_start = min(hm.text_start, first.end)
        rem_end = first.end
        while rem_start < rem_end and src[rem_start] in _text.WS_CHARS:
            rem_start += 1
        remainder = src[rem_start:rem_end]
        facts.header = remainder
        facts.text_start, facts.text_end = rem_start, rem_end
        kind, head, lead_dateline = classify_header(remainder)
        if lead_dateline is not None and remainder == remainder.strip():
            facts.lead_dateline = lead_dateline  # read from the text as it stands
        # the first line with text below, and the very next line when it holds text
        after = lines[1] if len(lines) > 1 else None
        nxt = after if after is not None and after.number == first.number + 1 else None
        continued = nxt is not None and src[nxt.start].islower()
        if kind is HeaderKind.HEADLINE and continued:
            # the next line continues it in lower case: a hard-wrapped lead, not a title
            kind = HeaderKind.LEAD
        elif (
            kind is HeaderKind.HEADLINE and len(remainder.split()) <= 3 and _title_follows(src, nxt)
        ):
            # ``Nairobi voters`` above ``Court gives nod to postpone elections``: a kicker
            kind = HeaderKind.FURNITURE
        elif kind is HeaderKind.HEADLINE and _repeated_below(src, remainder, first.end):
            # printed again below, with another title in between: a photo caption
            line = src[after.start : after.end] if after is not None else ""
            if (
                after is not None
                and line.rstrip(". ") != remainder.strip().rstrip(". ")
                and looks_like_headline(line)
            ):
                kind = HeaderKind.CAPTION
        facts.kind = kind
        if kind is HeaderKind.HEADLINE:
            assert head is not None  # classify_header gives a headline its text
            facts.headline = _text.collapse(head)
        elif kind is not HeaderKind.EMPTY:
            self._report("header-not-headline", _NOT_HEADLINE[kind], rem_start, rem_end)
            # a line of its own: a block of one line
            facts.lead_block = Line(first.number, rem_start, rem_end, rem_start, rem_end)
            facts.lead_kind = _LEAD_KINDS[kind]
        return facts

    def _infer_date(self, paragraphs: list[Paragraph], facts: _HeaderFacts) -> None:
        """Without a header, take the publication date from a stamp near the top.

        A date line (``November 14, 2024``), a source stamp
        (``Source: Xinhua| 2019-03-01 20:06:51``) or a ``Published:`` line among the first
        paragraphs gives the date, with a ``date-inferred`` defect.
        """
        src = self.source
        for p in paragraphs[:8]:
            head = src[p.span.start : min(p.span.end, p.span.start + 160)]
            if p.kind is ParagraphKind.BODY and not _STAMP_LEAD.match(head):
                continue
            found = _date_in(head)
            if found is not None:
                date, (s, e) = found
                facts.date = date
                facts.precision = DatePrecision.DAY
                self._report(
                    "date-inferred",
                    f"no header date; the publication date {date.isoformat()} was taken "
                    "from a stamp in the body",
                    p.span.start + s,
                    p.span.start + e,
                )
                return

    def _paragraphs(
        self, blocks: list[Blockish], lead_kind: ParagraphKind | None
    ) -> list[Paragraph]:
        src = self.source
        out: list[Paragraph] = []
        append = out.append
        last = len(blocks) - 1
        collapse = _text.collapse
        is_collapsed = _text.is_collapsed
        html = ParagraphKind.HTML
        rare = self.rare_marks
        for i, b in enumerate(blocks):
            start, end = b.start, b.end
            text = src[start:end]
            # ``collapse(text)``, which returns most texts as they are; a collapsed text has
            # no whitespace at its edges, which the one-sentence test below need not read
            plain = is_collapsed(text)
            if not plain:
                text = collapse(text)
            if i == 0 and lead_kind is not None:
                kind = lead_kind
            else:
                kind = kind_of(text, i < 4, i == last)  # ``classify_paragraph``
            if kind is html or ("<" in text and _MARKUP.search(text)):
                m = _MARKUP.search(src, start, end)
                if m:
                    self._report("html-markup", "raw HTML markup in the text", m.start(), m.end())
            span = _span(start, end)
            # ``_sentences(src, span, rare=rare)``, the test of ``is_one_sentence`` written
            # out: with no ``!``, ``?`` or ``…`` on the page, the period is the one mark
            # to look for before the last character (a block is never empty)
            last_at = end - 1
            if (
                # a collapsed text is its slice of the source: ``in`` reads it faster
                ("." not in text[:-1] if plain else src.find(".", start, last_at) < 0)
                and (plain or (not src[start].isspace() and not src[last_at].isspace()))
                and (
                    not rare
                    or (
                        src.find("!", start, last_at) < 0
                        and src.find("?", start, last_at) < 0
                        and src.find("…", start, last_at) < 0
                    )
                )
            ):
                append(_paragraph(i, kind, text, span, (span,)))
            else:
                sentences = _split_sentences(src, span, start, rare)
                append(_paragraph(i, kind, text, span, sentences))
        return out

    def _dateline(
        self, paragraphs: list[Paragraph], facts: _HeaderFacts
    ) -> tuple[list[Paragraph], Dateline | None]:
        """Find the dateline at the start of the first body paragraph and strip it."""
        src = self.source
        for i, p in enumerate(paragraphs[:6]):
            if p.kind is not ParagraphKind.BODY:
                continue
            text = src[p.span.start : p.span.end]
            lead = facts.lead_dateline
            # the lead on the header line, read there
            dm = lead if lead is not None and text == facts.header else match_dateline(text)
            if dm is None:
                break
            start = p.span.start
            end = start + dm.end
            # the span of the dateline excludes trailing whitespace
            dl_end = end
            while dl_end > start and src[dl_end - 1].isspace():
                dl_end -= 1
            reference = facts.date
            if reference is not None and facts.precision is DatePrecision.MONTH:
                # ``date 2023-08``: any day of the month is as good as the header date
                next_month = reference.replace(day=28) + dt.timedelta(days=4)
                reference = next_month - dt.timedelta(days=next_month.day)
            date = resolve_month_day(dm.date_text, reference) if dm.date_text else None
            if (
                dm.date_text
                and facts.date is not None
                and facts.precision is DatePrecision.DAY
                and (date is None or abs((date - facts.date).days) > 7)
            ):
                self._report(
                    "date-conflict",
                    f"the dateline date {dm.date_text!r} is more than a week away from the"
                    f" header date {facts.date.isoformat()}",
                    start,
                    dl_end,
                )
            dateline = _make_dateline(
                dm.places, dm.date_text, date, dm.agency, _span(start, dl_end)
            )
            text = _text.collapse(src[end : p.span.end])
            # the dateline is not part of the first sentence
            sentences = _sentences(src, p.span, end, rare=self.rare_marks)
            paragraphs[i] = _paragraph(p.index, p.kind, text, p.span, sentences)
            return paragraphs, dateline
        agency = _trailing_agency(src, paragraphs)
        if agency is not None:
            name, span = agency
            return paragraphs, Dateline(agency=name, span=span)
        return paragraphs, None

    def _byline(self, paragraphs: list[Paragraph]) -> Byline | None:
        for p in paragraphs[:8]:
            if p.kind is ParagraphKind.BYLINE:
                authors, agency = parse_byline(p.text)
                if not authors:
                    authors = (p.text,)
                return Byline(authors=authors, agency=agency, span=p.span)
        for p in paragraphs:
            if p.kind is not ParagraphKind.CREDIT:
                continue
            lower = p.text.lower()
            if lower.lstrip("(").startswith("reporting by"):
                after_by = p.text[lower.index("by") + 2 :]
                names = re.split(r";|\bediting\b", after_by, maxsplit=1)[0]
                authors = tuple(
                    n.strip(" .)") for n in re.split(r",|\band\b", names) if n.strip(" .)")
                )
                return Byline(authors=authors, span=p.span)
        return None

    def _scan_damage(self, paragraphs: list[Paragraph]) -> None:
        src = self.source
        body_kind = ParagraphKind.BODY
        if not paragraphs:
            return
        # glued words are looked for in body paragraphs, and the gate reads all of them
        if _may_be_glued(src, paragraphs[0].span.start, paragraphs[-1].span.end, self.rare_marks):
            for p in paragraphs:
                if p.kind is not body_kind:
                    continue
                m = _glued(src, p.span.start, p.span.end)
                if m:
                    self._report(
                        "missing-space",
                        "words are glued together where text nodes were joined",
                        m.start() - 2,
                        m.end() + 1,
                    )
        if paragraphs[-1].kind is body_kind:  # the text ends in a body paragraph
            last = paragraphs[-1]
            if (
                last.text
                and last.text[-1] not in _TERMINAL_CHARS
                and (last.text[-1].isalnum() or last.text[-1] in ",-")
                # ``... said. — Bernama``: a trailing agency credit ends the story
                and not _trailing_credit(src, last.span)
            ):
                end = last.span.end
                start = max(last.span.start, end - 1)
                self._report("truncated", "the text ends in the middle of a sentence", start, end)


#: A sentence mark before an ASCII capital, one pattern a mark: each opens with a literal,
#: which a search skips to as fast as ``str.find`` does.
_MARK_CAPITAL = tuple(re.compile(re.escape(mark) + "[A-Z]") for mark in ".!?")
#: The pattern of :data:`_MARK_CAPITAL` for the period.
_PERIOD_CAPITAL = _MARK_CAPITAL[0]


def _may_be_glued(src: str, start: int, end: int, rare: bool = True) -> bool:
    """Whether ``src[start:end]`` holds a sentence mark before an ASCII capital, as every
    match of :data:`_GLUED` does: with none from the first body paragraph to the last (most
    pages), no paragraph needs :func:`_glued`. Three searches of the page cost a fraction
    of the mark-by-mark walk through every paragraph; without *rare* the page holds no
    ``!`` or ``?`` (``has_rare_marks``), and the period's search is the one needed."""
    if not rare:
        return _PERIOD_CAPITAL.search(src, start, end) is not None
    for pattern in _MARK_CAPITAL:  # noqa: SIM110 - a loop reads more plainly than any()
        if pattern.search(src, start, end):
            return True
    return False


def _glued(src: str, start: int, end: int) -> re.Match[str] | None:
    """``_GLUED.search(src, start, end)``: a mark glued to a capital has three letters
    after it, the first of them an ASCII capital. The marks are found with ``find``
    (most paragraphs hold a few or none) and the pattern is tried at those before a
    capital; the search tries the character class at every offset."""
    found: re.Match[str] | None = None
    for mark in ".!?":
        at = src.find(mark, start, end - 3)
        while at >= 0:
            if "A" <= src[at + 1] <= "Z":
                m = _GLUED.match(src, at, end)
                if m is not None:
                    if found is None or at < found.start():
                        found = m
                    break  # the first of this mark; an earlier one of another may follow
            at = src.find(mark, at + 1, end - 3)
    return found


def _sentences(
    src: str, span: Span, start: int | None = None, *, rare: bool = True
) -> tuple[Span, ...]:
    """The sentences of the paragraph at *span* (from *start* on, when given): a paragraph
    of one sentence, most of them, has its own span for it. Without *rare*, the page
    holds no ``!``, ``?`` or ``…`` (:func:`has_rare_marks`)."""
    if start is None:
        if is_one_sentence(src, span.start, span.end):
            return (span,)
        start = span.start
    elif is_one_sentence(src, start, span.end):
        return (_span(start, span.end),)
    return _split_sentences(src, span, start, rare)


def _split_sentences(src: str, span: Span, start: int, rare: bool) -> tuple[Span, ...]:
    """:func:`_sentences` of a paragraph the quick test found a mark or an edge in."""
    bounds = marked_bounds(src, start, span.end, rare=rare)
    if len(bounds) == 1 and bounds[0][0] == span.start and bounds[0][1] == span.end:
        return (span,)
    return tuple([_span(a, b) for a, b in bounds])


#: The message of the ``header-not-headline`` defect for each kind of header text.
_NOT_HEADLINE = {
    kind: f"the text after the header date is not a headline but {kind.value}"
    for kind in HeaderKind
}
#: The kind of the paragraph that a header text which is no headline makes.
_LEAD_KINDS = {
    HeaderKind.LEAD: ParagraphKind.BODY,
    HeaderKind.CAPTION: ParagraphKind.CAPTION,
    HeaderKind.TIMESTAMP: ParagraphKind.TIMESTAMP,
    HeaderKind.HTML: ParagraphKind.HTML,
    HeaderKind.FURNITURE: ParagraphKind.BOILERPLATE,
}


class _HeaderFacts:
    __slots__ = (
        "body_from",
        "date",
        "header",
        "headline",
        "kind",
        "lead_block",
        "lead_dateline",
        "lead_kind",
        "precision",
        "text_end",
        "text_start",
    )

    def __init__(self) -> None:
        self.body_from = 0
        self.date: dt.date | None = None
        self.precision: DatePrecision | None = None
        self.header: str | None = None
        self.headline: str | None = None
        self.kind = HeaderKind.MISSING
        self.lead_block: Blockish | None = None
        #: The dateline the header text opens with, when it is a lead.
        self.lead_dateline: DatelineMatch | None = None
        self.lead_kind: ParagraphKind | None = None
        self.text_start = 0
        self.text_end = 0


_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}  # fmt: skip
_DATE_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_DATE_MDY = re.compile(r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_DATE_DMY = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b")
_DATE_DOTS = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")
#: A body paragraph that opens with a stamp: ``Published: ...``, ``(Xinhua) 09:21, ...``.
_STAMP_LEAD = re.compile(
    r"(?i)\s*(?:published|updated|posted|source\s*:|date\s*:|\(\w+\)\s*\d{1,2}:\d\d)"
)


def _date_in(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The first calendar date written in *text*, with its offsets."""
    found: list[tuple[int, int, dt.date]] = []

    def add(m: re.Match[str], y: int, mo: int | None, d: int) -> None:
        date = _mkdate(y, mo, d) if mo else None
        if date is not None:
            found.append((m.start(), m.end(), date))

    for m in _DATE_ISO.finditer(text):
        add(m, int(m[1]), int(m[2]), int(m[3]))
    for m in _DATE_MDY.finditer(text):
        add(m, int(m[3]), _MONTHS.get(m[1][:3].lower()), int(m[2]))
    for m in _DATE_DMY.finditer(text):
        add(m, int(m[3]), _MONTHS.get(m[2][:3].lower()), int(m[1]))
    for m in _DATE_DOTS.finditer(text):
        add(m, int(m[3]), int(m[2]), int(m[1]))
    if not found:
        return None
    s, e, date = min(found, key=lambda f: (f[0], f[1]))
    return date, (s, e)


def _mkdate(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d) if 1900 <= y <= 2100 else None
    except ValueError:
        return None


def _norm(text: str) -> str:
    low = text.lower()
    # Paragraph texts are collapsed already, nearly always: what ``" ".join(low.split())``
    # would return.
    if not _text.is_collapsed(low):
        low = " ".join(low.split())
    return low.rstrip(" .")


def _mark_repeats(paragraphs: list[Paragraph], headline: str | None) -> list[Paragraph]:
    """Give repeated captions, bylines and headlines the kind of their first copy.

    Pages print captions and byline blocks twice, and the headline again at the top of
    the body; the copies are no body text.
    """
    seen: dict[str, ParagraphKind] = {}
    # The first characters of the keys in ``seen``: a key opens with its text's first
    # character in lower case, so a body paragraph that opens with another one repeats
    # nothing and needs no key (an empty key, of a text of dots, opens with nothing).
    firsts: set[str] = set()
    if headline:
        key = _norm(headline)
        seen[key] = ParagraphKind.HEADING
        firsts.add(key[:1])
    out = list(paragraphs)
    body, caption, byline = ParagraphKind.BODY, ParagraphKind.CAPTION, ParagraphKind.BYLINE
    for i, p in enumerate(out):
        kind = p.kind
        if kind is body:
            if not firsts:
                continue
            text = p.text
            first = text[:1]
            if first.isspace():
                first = text.lstrip()[:1]
            if "" in firsts or first.lower()[:1] in firsts:
                key = _norm(text)
                if key in seen:
                    out[i] = evolve(p, kind=seen[key])
        elif kind is caption or kind is byline:
            key = _norm(p.text)
            if key not in seen:
                seen[key] = kind
                firsts.add(key[:1])
    return _mark_twins(out)


def _speech_before_credits(paragraphs: list[Paragraph]) -> None:
    """A short line above a ``— said X`` credit line is speech printed without quotation
    marks, not a heading."""
    for i in range(len(paragraphs) - 1):
        p = paragraphs[i]
        if p.kind is ParagraphKind.HEADING and CREDIT_LINE.match(paragraphs[i + 1].text):
            paragraphs[i] = evolve(p, kind=ParagraphKind.BODY)


_CURLY = str.maketrans("‘’“”", "''\"\"")


def _mark_twins(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Mark a body paragraph printed twice in a row, whole or with a credit added, as a
    caption: pages print a photo's caption under the photo and again in its alt text, and
    an article does not repeat its own sentence back to back."""
    out = list(paragraphs)
    body, caption = ParagraphKind.BODY, ParagraphKind.CAPTION
    # the cheap test first: twins open alike (curly quotes as straight ones)
    heads = [h if (h := p.text[:8].lower()).isascii() else h.translate(_CURLY) for p in out]
    if not any(map(eq, heads, islice(heads, 1, None))):
        return out  # no two paragraphs in a row open alike
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if not (
            (a.kind is body and (b.kind is body or b.kind is caption))
            or (a.kind is caption and b.kind is body)
        ):
            continue
        if heads[i - 1] != heads[i]:
            continue
        ka, kb = _norm(a.text.translate(_CURLY)), _norm(b.text.translate(_CURLY))
        short, long = sorted((ka, kb), key=len)
        if short.count(" ") < 5 or not long.startswith(short):
            continue
        added = (a.text if len(ka) > len(kb) else b.text)[len(short) :].strip(" .")
        if added and (len(added) > 60 or not _CREDIT_TAIL.search(added)):
            continue  # more than a photo credit was added: a paragraph goes on
        out[i - 1] = evolve(a, kind=ParagraphKind.CAPTION)
        out[i] = evolve(b, kind=ParagraphKind.CAPTION)
    return out


#: What a photo credit appended to a caption's copy looks like (``Jane Roe / AFP``).
_CREDIT_TAIL = re.compile(r"[/©|(]|\b(?i:photo|image|credit|file|getty|pool)\b|\b[A-Z]{2,}\b")


def _title_follows(src: str, after: Line | None) -> bool:
    """Whether the very next line *after* the header (None when it is blank or there is
    none) is a longer headline than the header's few words: the header is then a kicker
    or section label above the title."""
    if after is None:
        return False
    line = src[after.start : after.end]
    return len(line.split()) >= 5 and not line.endswith(".") and looks_like_headline(line)


def _repeated_below(src: str, text: str, start: int) -> bool:
    """Whether *text* stands again as a whole line within the next few lines."""
    words = text.split()
    if len(words) < 3:
        return False
    target = " ".join(words).rstrip(".")
    first, last = words[0], words[-1].rstrip(".")
    stop = start + 1500
    # a repeat holds every word (the last without its stops), each found in place
    for word in (first, last, *words[1:-1]):
        if src.find(word, start, stop) < 0:
            return False
    window = src[start:stop]
    return any(
        first in line and last in line and " ".join(line.split()).rstrip(".") == target
        for line in window.splitlines()
    )


def _find_headline(
    src: str, paragraphs: list[Paragraph], header_kind: HeaderKind
) -> tuple[str | None, list[Paragraph]]:
    """Find a real headline among the first paragraphs, before the body starts.

    Non-body paragraphs (captions, stamps, furniture, bylines) are skipped; the search
    stops at the first body paragraph that reads as text. The paragraph found becomes a
    ``heading``.
    """
    first = 1 if header_kind is HeaderKind.LEAD else 0
    for i, p in enumerate(paragraphs[first:_HEADLINE_SEARCH], start=first):
        title = _title_below_stamps(src, p)
        if title is not None:
            if p.kind is ParagraphKind.BODY:
                # ``Sunday, May 27, 2018`` / ``South Korea says ...``: the block is the title
                # with its stamps, no text of the story
                paragraphs[i] = evolve(p, kind=ParagraphKind.HEADING)
            return title, paragraphs
        if p.kind in (ParagraphKind.HEADING, ParagraphKind.BODY):
            # a short body line ending in a full stop is a sentence, not a headline; one
            # ending in a colon introduces what follows
            sentence = p.kind is ParagraphKind.BODY and p.text.endswith((".", ":"))
            one_line = src.find("\n", p.span.start, p.span.end) < 0
            if (
                not sentence
                # a headline is one line: ``Cyprus Mail\nCyprus featured`` is a masthead
                and one_line
                and i + 1 < len(paragraphs)
                and (
                    looks_like_headline(p.text)
                    # a title right above the byline: ``Ramaphosa Rams Home ... - -`` / ``By X``
                    or (
                        paragraphs[i + 1].kind is ParagraphKind.BYLINE
                        and not p.text.endswith(".")
                        and 4 <= len(p.text.split()) <= 30
                    )
                )
            ):
                paragraphs[i] = evolve(p, kind=ParagraphKind.HEADING)
                return split_pipes(p.text), paragraphs
            unfinished = not p.text.endswith((".", "!", "?", '"', "”", "’"))
            n_words = len(p.text.split())
            if p.kind is ParagraphKind.BODY and not (
                n_words <= 3 or (unfinished and n_words <= 30)
            ):
                return None, paragraphs  # body text began; labels and widget text do not count
    return None, paragraphs


def _title_below_stamps(src: str, p: Paragraph) -> str | None:
    """``Tuesday, 18 January, 2022`` / ``SUST students now demand VC's removal``: a block of
    stamp or widget lines that ends in a title line gives that title."""
    if p.kind not in _TITLE_BLOCK_KINDS or src.find("\n", p.span.start, p.span.end) < 0:
        return None
    lines = [ln.strip() for ln in src[p.span.start : p.span.end].splitlines() if ln.strip()]
    *top, last = lines
    if (
        top
        and len(top) <= 3
        and all(is_stamp(ln) or is_furniture(ln) for ln in top)
        and not last.endswith(".")
        and looks_like_headline(last)
    ):
        return split_pipes(last)
    return None


_TITLE_BLOCK_KINDS = frozenset(
    (ParagraphKind.TIMESTAMP, ParagraphKind.BOILERPLATE, ParagraphKind.HEADING, ParagraphKind.BODY)
)


def _trailing_credit(src: str, span: Span) -> re.Match[str] | None:
    """A ``— Bernama`` or ``(Xinhua)`` credit ending the paragraph at *span*."""
    return _TRAILING_CREDIT.search(src, max(span.start, span.end - _CREDIT_WINDOW), span.end)


def _trailing_agency(src: str, paragraphs: list[Paragraph]) -> tuple[str, Span] | None:
    """A trailing credit (``... — Bernama``, a last line ``AFP``) names the agency.

    The span is the credit line, or the ``— Bernama`` tail of the last body paragraph.
    """
    for p in reversed(paragraphs[-3:]):
        if p.kind is ParagraphKind.CREDIT:
            t = p.text.strip("()-—–. ")
            if t and " " not in t:
                return normalise_agency(t), p.span
        if p.kind is ParagraphKind.BODY:
            m = _trailing_credit(src, p.span)
            if m:
                start = m.start()
                while src[start].isspace():
                    start += 1
                return normalise_agency(m["agency"]), Span(start, m.end())
            return None
    return None
