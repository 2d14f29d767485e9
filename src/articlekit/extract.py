"""Extraction: participants, quotes and time expressions from a parsed article.

:func:`articlekit.parse` calls :func:`extract` unless ``extract=False``; call it yourself
to extract from an article parsed without it. Only body paragraphs are read (captions,
bylines, credits and boilerplate never produce participants or quotes), and the dateline
is skipped.
"""

from __future__ import annotations

import bisect
import re

from attrs import evolve

from articlekit import _text
from articlekit._dateline import match_dateline
from articlekit._header import CREDIT
from articlekit._mentions import build_registry
from articlekit._quotes import QuoteIssue, find_quotes
from articlekit._times import find_times
from articlekit.errors import DefectReporter
from articlekit.models import (
    Article,
    Paragraph,
    ParagraphKind,
    Participant,
    Quote,
    Span,
    TimeExpression,
    _checked_span,
    _quote,
    _span,
)

__all__ = ["extract"]

# (module constants: read directly, not through the enum class, once per paragraph)
_BODY = ParagraphKind.BODY
_CAPTION = ParagraphKind.CAPTION


def _body_spans(article: Article) -> list[tuple[int, Span]]:
    """(paragraph index, span to read) for every body paragraph, past the dateline."""
    out = []
    dl = article.dateline
    src = article.source or ""
    headline = article.headline
    for p in article.paragraphs:
        if p.kind is not _BODY:
            continue
        span = p.span
        start = span.start
        if dl is not None and span.start == dl.span.start and dl.span.end <= span.end:
            start = dl.span.end
        elif _may_open_dateline(src, span.start, span.end):
            # digests and live pages open later paragraphs with datelines too
            m = match_dateline(src[span.start : min(span.end, span.start + 200)])
            if m is not None and (m.agency or (m.places and m.places[0].isupper())):
                start = span.start + m.end
        while start < span.end and (src[start].isspace() or src[start] in "-—–:"):
            start += 1
        if headline is not None and src.startswith(headline[:20], start):
            # ``TITLE\nAugust 25, 2014 / 1:06 PM``: the title repeated on a line of its own
            # over the page's stamp lines is no body text (a headline says nothing)
            line_end = src.find("\n", start, span.end)
            if line_end > 0 and _text.collapse(src[start:line_end]).strip() == headline:
                start = line_end + 1
                while start < span.end and src[start].isspace():
                    start += 1
        # cheap substring tests skip the regexes where they cannot match
        if src.find("|", start, span.end) >= 0:
            meta = _LEADING_META.match(src, start, span.end)
            if meta is not None:
                start = meta.end()  # ``By: | Tokyo | Published: July 12, 2018 9:02 AM The ...``
        end = span.end
        credit = _CREDIT_TAIL.search(src, start, end)
        if credit is not None:
            end = credit.start()  # ``(Reporting by A; Editing by B)``: credits, not people
        elif src[end - 1 : end].isupper():
            caps = _CAPS_NAME_TAIL.search(src, start, end)
            if caps is not None:
                end = caps.start()  # ``... it added. FRANCIS EARL CUETO``: the reporter
        if src.find("ditor", start, end) >= 0:
            editor = _EDITOR_PAREN.search(src, start, end)
            if editor is not None:
                end = editor.start()  # ``(Web editor: A, B) Add your comment``: page end
        if (
            src.find("Read", start, end) >= 0
            or src.find("READ", start, end) >= 0
            or src.find("Also", start, end) >= 0
        ):
            teaser = _GLUED_TEASER.search(src, start, end)
            if teaser is not None:
                end = teaser.start()  # ``... Also Read - Other Story Title``: a glued link
        out.append((p.index, _span(start, max(start, end))))  # (start >= 0)
    return out


def _may_open_dateline(src: str, start: int, end: int) -> bool:
    """Whether the paragraph ``src[start:end]`` may open with a dateline that
    :func:`_body_spans` takes: one naming an agency, or places in upper case.

    An agency is written in brackets or between slashes, so it needs a ``(`` or ``/`` in
    the 200 characters read; places in upper case open the text, so its second character
    is no lower-case letter, and a text that opens with no capital (or bracket, or slash)
    holds no dateline at all. (Most paragraphs open with a word like ``The``.)
    """
    c = src[start : start + 1]
    if c == "(" or c == "/":
        return True
    if not c.isupper():
        return False
    if not src[start + 1 : start + 2].islower():
        return True
    stop = min(end, start + 200)
    return src.find("(", start, stop) >= 0 or src.find("/", start, stop) >= 0


_CREDIT_TAIL = re.compile(
    r"\(\s*(?:(?:additional\s+)?reporting|editing|writing|compiled|edited|written|"
    r"translated)\s+by\b[^()]*\)?\s*$",
    re.I,
)


#: A name in capitals after the story's last sentence: the reporter's credit.
_CAPS_NAME_TAIL = re.compile(r"(?<=[.!?\"”’])\s+(?:[A-Z][A-Z'’.-]+\s+){1,3}[A-Z][A-Z'’-]+\s*$")
#: Byline and stamp fields glued to the start of a paragraph, ending in a clock time.
_LEADING_META = re.compile(
    r"(?:By\b:?[^|\n]{0,60})?(?:\|[^|\n]{0,60}){1,5}?\|?\s*"
    r"(?:Published|Updated|Posted|Last updated)\s*:?[^|\n]{0,40}?"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}\b)?\s*"
)
#: An editor credit in brackets: the story's text ends before it.
_EDITOR_PAREN = re.compile(r"[(\[]\s*(?:[Ww]eb\s+)?[Ee]ditors?\s*[:：][^()\[\]]{0,120}[)\]]")
#: A glued link to another story (every match holds ``Read``, ``READ`` or ``Also``).
_GLUED_TEASER = re.compile(
    r"\b(?:Also [Rr]ead|ALSO READ|READ ALSO|Read [Aa]lso|Read [Mm]ore)\s*[-:–—|]"
)


def _caption_spans(article: Article) -> list[Span]:
    """Caption text before its photo credit: people named there are participants too."""
    src = article.source or ""
    out = []
    for p in article.paragraphs:
        if p.kind is not _CAPTION:
            continue
        m = CREDIT.search(src, p.span.start, p.span.end)
        end = m.start() if m is not None else p.span.end
        if end > p.span.start:
            out.append(_span(p.span.start, end))  # (end > start)
    return out


def _span_key(span: Span) -> tuple[int, int]:
    return span.start, span.end


def extract(article: Article, *, reporter: DefectReporter | None = None) -> Article:
    """Return *article* with participants, quotes and times filled in.

    Needs ``article.source``; an article without it is returned unchanged.
    """
    if not article.source:
        return article
    participants, quotes, times = extract_parts(article, reporter=reporter)
    return evolve(article, participants=participants, quotes=quotes, times=times)


def extract_parts(
    article: Article, *, reporter: DefectReporter | None = None
) -> tuple[tuple[Participant, ...], tuple[Quote, ...], tuple[TimeExpression, ...]]:
    """The participants, quotes and times :func:`extract` fills in (none without
    ``article.source``); the parser builds its article once with them."""
    source = article.source
    if not source:
        return (), (), ()
    body = _body_spans(article)
    dl = article.dateline
    reference = dl.date if dl is not None and dl.date is not None else article.published
    spans = [s for _i, s in body]
    times = find_times(source, spans, reference)
    captions = _caption_spans(article)
    # a key sort is the Span order (start, end) without calling Span.__lt__
    reg = build_registry(source, sorted(spans + captions, key=_span_key), captions)
    issues: list[QuoteIssue] = []
    raw = find_quotes(source, body, reg, issues)
    if reporter is not None:
        for issue in issues:
            what = (
                "a quotation mark opens and never closes"
                if issue.code == "unclosed-quote"
                else "a quotation is opened and closed with marks that do not pair"
            )
            reporter.report(issue.code, what, Span(issue.start, issue.end))
    participants = reg.participants()
    # (an entity has mentions when it has mention offsets: those made participants)
    ids = {id(e): f"p{e.order}" for e in reg.entities if e.starts}
    paragraphs = {p.index: p for p in article.paragraphs}
    found_times = _Times(times)
    quotes = []
    for n, q in enumerate(sorted(raw, key=lambda q: q.pieces[0][0]), 1):
        pieces = q.pieces
        a = pieces[0][0]
        if len(pieces) == 1:  # the common case, without the generators
            b = pieces[0][1]
            text = _text.collapse(source[a:b])
        else:
            b = max(e for _s, e in pieces)
            text = " ".join(_text.collapse(source[s:e]) for s, e in pieces)
        text = text.rstrip(",;: ")
        span = _checked_span(a, b)
        speaker = ids.get(id(q.entity)) if q.entity is not None else None
        quotes.append(
            _quote(
                f"q{n}",
                q.kind,
                text,
                q.cue,
                speaker,
                q.speaker_text,
                q.paragraph,
                found_times.event_time(paragraphs[q.paragraph], (q.cue_span or span).start),
                span,
                q.cue_span,
                q.speaker_span,
            )
        )
    reg.release()  # (no reference cycles left for the garbage collector to find)
    return participants, tuple(quotes), tuple(times)


class _Times:
    """Time expressions found in the body, searchable by sentence."""

    def __init__(self, times: list[TimeExpression]) -> None:
        self.times = times
        self.starts = [t.span.start for t in times]
        self._sentence_starts: dict[int, list[int]] = {}

    def event_time(self, paragraph: Paragraph, at: int) -> str | None:
        """The value of the first time expression in the sentence holding offset *at*."""
        times = self.times
        sentences = paragraph.sentences
        if not times or not sentences:
            return None
        # no expression starts in the paragraph's sentences: none lies in the one at *at*
        # (and their offsets are not needed)
        j = bisect.bisect_left(self.starts, sentences[0].start)
        if j == len(times) or times[j].span.start >= sentences[-1].end:
            return None
        starts = self._sentence_starts.get(paragraph.index)
        if starts is None:
            starts = self._sentence_starts[paragraph.index] = [s.start for s in sentences]
        k = bisect.bisect_right(starts, at) - 1
        if k < 0 or at >= sentences[k].end:
            return None
        sentence = sentences[k]
        j = bisect.bisect_left(self.starts, sentence.start)
        if j < len(self.times) and self.times[j].span.end <= sentence.end:
            return self.times[j].value
        return None
