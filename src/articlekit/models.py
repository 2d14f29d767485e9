"""The data model: what :func:`articlekit.parse` returns.

Every class is an immutable, hashable attrs class with keyword-only arguments; sequences
are tuples. Field order follows one rule: identity, content, provenance (``span``), then
defects. Every extracted object carries a :class:`Span` into :attr:`Article.source`.
"""

from __future__ import annotations

import datetime as _dt
import enum
from collections.abc import Iterable

from attrs import field, frozen

__all__ = [
    "Article",
    "Byline",
    "DatePrecision",
    "Dateline",
    "Defect",
    "HeaderKind",
    "Mention",
    "Paragraph",
    "ParagraphKind",
    "Participant",
    "ParticipantKind",
    "Quote",
    "QuoteKind",
    "Span",
    "TimeExpression",
]


def _tuple(items: Iterable[object]) -> tuple[object, ...]:
    return tuple(items)


class DatePrecision(str, enum.Enum):
    """How much of a date is known."""

    #: Year, month and day.
    DAY = "day"
    #: Year and month only (`` date 2023-08``).
    MONTH = "month"
    #: Year only (``the 1990s``, ``this year``).
    YEAR = "year"


class HeaderKind(str, enum.Enum):
    """What the text after the date on the header line turned out to be."""

    #: A real headline.
    HEADLINE = "headline"
    #: The first body paragraph, with or without a dateline.
    LEAD = "lead"
    #: Site furniture: navigation, breadcrumbs, edition pickers, icon-font dumps.
    FURNITURE = "furniture"
    #: A photo caption or credit.
    CAPTION = "caption"
    #: Another date or a clock time.
    TIMESTAMP = "timestamp"
    #: Raw HTML markup.
    HTML = "html"
    #: Nothing after the date.
    EMPTY = "empty"
    #: The file has no header line.
    MISSING = "missing"


class ParagraphKind(str, enum.Enum):
    """The role a paragraph plays on the page."""

    #: Article text.
    BODY = "body"
    #: A headline or subheading.
    HEADING = "heading"
    #: A photo caption.
    CAPTION = "caption"
    #: A byline (``By A and B``).
    BYLINE = "byline"
    #: A credit or editor line (``Editor: Name``, ``(Reporting by A; Editing by B)``).
    CREDIT = "credit"
    #: A date or time stamp line.
    TIMESTAMP = "timestamp"
    #: Navigation, cookie notices, ``Read more``, copyright lines and other page furniture.
    BOILERPLATE = "boilerplate"
    #: Raw HTML markup.
    HTML = "html"


class ParticipantKind(str, enum.Enum):
    """What kind of party a participant is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    COUNTRY = "country"
    #: An unnamed or collective source: ``police``, ``analysts``, ``a spokesperson``.
    GROUP = "group"


class QuoteKind(str, enum.Enum):
    """How speech is reported."""

    #: Content inside quotation marks.
    DIRECT = "direct"
    #: Reported speech without quotation marks.
    INDIRECT = "indirect"
    #: Reported speech with a quoted fragment inside.
    MIXED = "mixed"


@frozen(slots=True, order=True)
class Span:
    """A half-open range of character offsets into :attr:`Article.source`.

    ``Span`` is the one positional class of the model, because it is written so often
    (``Span(0, 4)``); everything else takes keyword arguments.
    """

    #: Offset of the first character.
    start: int
    #: Offset one past the last character.
    end: int

    def __attrs_post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def slice(self, source: str) -> str:
        """Return the part of *source* this span covers."""
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """Whether *other* lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@frozen(slots=True, kw_only=True)
class Defect:
    """Something wrong with the input, and how the parser recovered from it."""

    #: Stable kebab-case code from the catalogue in :mod:`articlekit.errors`.
    code: str
    #: One sentence saying what was wrong and what was done about it.
    message: str
    #: Where in the source it was found.
    span: Span
    #: 1-based line number of ``span.start``.
    line: int
    #: 1-based column number of ``span.start``.
    column: int


@frozen(slots=True, kw_only=True)
class Dateline:
    """The ``PLACE, Date (Agency) --`` opening of a wire story."""

    #: Places as written, upper case kept (``("AOMORI", "BEIJING")``, ``("KYIV", "Ukraine")``).
    places: tuple[str, ...] = field(converter=_tuple, factory=tuple)
    #: The date as written (``Nov. 14``), or None.
    date_text: str | None = None
    #: The date resolved against the header date, or None.
    date: _dt.date | None = None
    #: The normalised agency name (``Xinhua``, ``Reuters``, ``AP``), or None.
    agency: str | None = None
    #: The whole dateline including its separator.
    span: Span


@frozen(slots=True, kw_only=True)
class Byline:
    """Who wrote or filed the story."""

    #: Author names in order.
    authors: tuple[str, ...] = field(converter=_tuple, factory=tuple)
    #: The agency or outlet named in the byline, or None.
    agency: str | None = None
    #: The byline text.
    span: Span


@frozen(slots=True, kw_only=True)
class Mention:
    """One reference to a participant in the text."""

    #: The words as written (``Guo``, ``he``, ``the minister``).
    text: str
    #: Where they are.
    span: Span
    #: True when the mention is in a photo caption rather than in body text.
    caption: bool = False


@frozen(slots=True, kw_only=True)
class Participant:
    """A person, organisation, country or group that takes part in the story."""

    #: Article-local identifier (``p1``, ``p2``, ...).
    id: str
    #: What kind of party this is.
    kind: ParticipantKind
    #: The fullest name the article gives, without titles (``Guo Shengkun``).
    name: str
    #: Other names used (``Guo``, ``CPC``).
    aliases: tuple[str, ...] = field(converter=_tuple, factory=tuple)
    #: Roles and titles as written (``Secretary of Russia's Security Council``, ``Dr.``).
    roles: tuple[str, ...] = field(converter=_tuple, factory=tuple)
    #: ``"male"``, ``"female"`` or None: evidence from pronouns and honorifics.
    gender: str | None = None
    #: Every reference, in source order.
    mentions: tuple[Mention, ...] = field(converter=_tuple, factory=tuple)


@frozen(slots=True, kw_only=True)
class Quote:
    """One act of attributed speech."""

    #: Article-local identifier (``q1``, ``q2``, ...).
    id: str
    #: Direct, indirect or mixed.
    kind: QuoteKind
    #: The content, whitespace collapsed, without the attribution frame.
    text: str
    #: The attributing verb or phrase as written (``said``, ``called for``), or None.
    cue: str | None = None
    #: The id of the speaking participant, or None when unresolved.
    speaker: str | None = None
    #: The words that name the speaker (``he``, ``Guo``, ``the minister``), or None.
    speaker_text: str | None = None
    #: Index of the paragraph the quote starts in.
    paragraph: int
    #: ISO date of the event the quote's sentence states, or None.
    time: str | None = None
    #: The content in the source (for split quotes, from the first to the last fragment).
    span: Span
    #: The cue in the source, or None.
    cue_span: Span | None = None
    #: The speaker words in the source, or None.
    speaker_span: Span | None = None


@frozen(slots=True, kw_only=True)
class TimeExpression:
    """A temporal expression in the text, resolved against the article date."""

    #: The words as written (``on Thursday``, ``Nov. 14``).
    text: str
    #: ISO value: ``2018-11-15``, ``2018-11``, ``2018`` or ``199X`` for a decade.
    value: str
    #: How much of the value is known.
    precision: DatePrecision
    #: Where the words are.
    span: Span


@frozen(slots=True, kw_only=True)
class Paragraph:
    """A block of text on the page, with its sentences."""

    #: 0-based position among the article's paragraphs (the header line is not one).
    index: int
    #: The paragraph's role.
    kind: ParagraphKind
    #: The source slice with whitespace runs and hard line wraps collapsed.
    text: str
    #: The paragraph in the source.
    span: Span
    #: One span per sentence, in order, inside ``span``.
    sentences: tuple[Span, ...] = field(converter=_tuple, factory=tuple)


# Fast constructors for the parser. A frozen slots class refuses ``setattr``; its attrs
# ``__init__`` goes round that with ``object.__setattr__`` per field. Setting each slot
# through its descriptor does the same for a third of the cost, without the validation.
_new = object.__new__
_span_start = Span.__dict__["start"].__set__
_span_end = Span.__dict__["end"].__set__
_par_index = Paragraph.__dict__["index"].__set__
_par_kind = Paragraph.__dict__["kind"].__set__
_par_text = Paragraph.__dict__["text"].__set__
_par_span = Paragraph.__dict__["span"].__set__
_par_sentences = Paragraph.__dict__["sentences"].__set__


def _span(start: int, end: int) -> Span:
    """``Span(start, end)`` for offsets the parser knows valid (``0 <= start <= end``)."""
    span: Span = _new(Span)
    _span_start(span, start)
    _span_end(span, end)
    return span


def _paragraph(
    index: int, kind: ParagraphKind, text: str, span: Span, sentences: tuple[Span, ...]
) -> Paragraph:
    """``Paragraph(...)`` for values the parser built, *sentences* a tuple already."""
    p: Paragraph = _new(Paragraph)
    _par_index(p, index)
    _par_kind(p, kind)
    _par_text(p, text)
    _par_span(p, span)
    _par_sentences(p, sentences)
    return p


@frozen(slots=True, kw_only=True)
class Article:
    """A parsed news article."""

    #: Identifier, by default the file stem.
    id: str | None = None
    #: Publication date from the header line (or inferred, with a defect), or None.
    published: _dt.date | None = None
    #: ``day`` or ``month`` for a header date, None without one.
    published_precision: DatePrecision | None = None
    #: The real headline, or None when the page has none we can find.
    headline: str | None = None
    #: The raw text after the date on the header line, or None without a header.
    header: str | None = None
    #: What ``header`` turned out to be.
    header_kind: HeaderKind = HeaderKind.MISSING
    #: The dateline of the first body paragraph, or None.
    dateline: Dateline | None = None
    #: The byline, or None.
    byline: Byline | None = None
    #: All paragraphs of the body, of every kind, in source order.
    paragraphs: tuple[Paragraph, ...] = field(converter=_tuple, factory=tuple)
    #: People, organisations, countries and groups, in order of first mention.
    participants: tuple[Participant, ...] = field(converter=_tuple, factory=tuple)
    #: Attributed speech, in source order.
    quotes: tuple[Quote, ...] = field(converter=_tuple, factory=tuple)
    #: Temporal expressions of the body, resolved.
    times: tuple[TimeExpression, ...] = field(converter=_tuple, factory=tuple)
    #: What was wrong with the input, in source order.
    defects: tuple[Defect, ...] = field(converter=_tuple, factory=tuple)
    #: The decoded (and repaired) text that every span points into; not compared, not
    #: serialised unless asked.
    source: str | None = field(default=None, eq=False, repr=False)

    @property
    def body(self) -> str:
        """The clean body text: body paragraphs joined by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs if p.kind is ParagraphKind.BODY)

    def participant(self, id: str) -> Participant | None:
        """Return the participant with this id, or None."""
        for p in self.participants:
            if p.id == id:
                return p
        return None


_dl_places = Dateline.__dict__["places"].__set__
_dl_date_text = Dateline.__dict__["date_text"].__set__
_dl_date = Dateline.__dict__["date"].__set__
_dl_agency = Dateline.__dict__["agency"].__set__
_dl_span = Dateline.__dict__["span"].__set__
_art_id = Article.__dict__["id"].__set__
_art_published = Article.__dict__["published"].__set__
_art_precision = Article.__dict__["published_precision"].__set__
_art_headline = Article.__dict__["headline"].__set__
_art_header = Article.__dict__["header"].__set__
_art_header_kind = Article.__dict__["header_kind"].__set__
_art_dateline = Article.__dict__["dateline"].__set__
_art_byline = Article.__dict__["byline"].__set__
_art_paragraphs = Article.__dict__["paragraphs"].__set__
_art_participants = Article.__dict__["participants"].__set__
_art_quotes = Article.__dict__["quotes"].__set__
_art_times = Article.__dict__["times"].__set__
_art_defects = Article.__dict__["defects"].__set__
_art_source = Article.__dict__["source"].__set__

_def_code = Defect.__dict__["code"].__set__
_def_message = Defect.__dict__["message"].__set__
_def_span = Defect.__dict__["span"].__set__
_def_line = Defect.__dict__["line"].__set__
_def_column = Defect.__dict__["column"].__set__


def _defect(code: str, message: str, span: Span, line: int, column: int) -> Defect:
    """``Defect(...)`` for values the parser built."""
    defect: Defect = _new(Defect)
    _def_code(defect, code)
    _def_message(defect, message)
    _def_span(defect, span)
    _def_line(defect, line)
    _def_column(defect, column)
    return defect


def _dateline(
    places: tuple[str, ...],
    date_text: str | None,
    date: _dt.date | None,
    agency: str | None,
    span: Span,
) -> Dateline:
    """``Dateline(...)`` for values the parser built, *places* a tuple already."""
    dateline: Dateline = _new(Dateline)
    _dl_places(dateline, places)
    _dl_date_text(dateline, date_text)
    _dl_date(dateline, date)
    _dl_agency(dateline, agency)
    _dl_span(dateline, span)
    return dateline


def _article(
    id: str | None,
    published: _dt.date | None,
    published_precision: DatePrecision | None,
    headline: str | None,
    header: str | None,
    header_kind: HeaderKind,
    dateline: Dateline | None,
    byline: Byline | None,
    paragraphs: tuple[Paragraph, ...],
    defects: tuple[Defect, ...],
    source: str,
) -> Article:
    """``Article(...)`` without extraction results, for values the parser built (tuples
    already)."""
    article: Article = _new(Article)
    _art_id(article, id)
    _art_published(article, published)
    _art_precision(article, published_precision)
    _art_headline(article, headline)
    _art_header(article, header)
    _art_header_kind(article, header_kind)
    _art_dateline(article, dateline)
    _art_byline(article, byline)
    _art_paragraphs(article, paragraphs)
    _art_participants(article, ())
    _art_quotes(article, ())
    _art_times(article, ())
    _art_defects(article, defects)
    _art_source(article, source)
    return article


# Fast constructors for extraction (see ``_span`` above): the extractor builds every
# mention, participant, quote and time expression of an article, with values it made,
# sequences as tuples already; the attrs ``__init__`` would only convert and set them.
_men_text = Mention.__dict__["text"].__set__
_men_span = Mention.__dict__["span"].__set__
_men_caption = Mention.__dict__["caption"].__set__
_pt_id = Participant.__dict__["id"].__set__
_pt_kind = Participant.__dict__["kind"].__set__
_pt_name = Participant.__dict__["name"].__set__
_pt_aliases = Participant.__dict__["aliases"].__set__
_pt_roles = Participant.__dict__["roles"].__set__
_pt_gender = Participant.__dict__["gender"].__set__
_pt_mentions = Participant.__dict__["mentions"].__set__
_q_id = Quote.__dict__["id"].__set__
_q_kind = Quote.__dict__["kind"].__set__
_q_text = Quote.__dict__["text"].__set__
_q_cue = Quote.__dict__["cue"].__set__
_q_speaker = Quote.__dict__["speaker"].__set__
_q_speaker_text = Quote.__dict__["speaker_text"].__set__
_q_paragraph = Quote.__dict__["paragraph"].__set__
_q_time = Quote.__dict__["time"].__set__
_q_span = Quote.__dict__["span"].__set__
_q_cue_span = Quote.__dict__["cue_span"].__set__
_q_speaker_span = Quote.__dict__["speaker_span"].__set__
_te_text = TimeExpression.__dict__["text"].__set__
_te_value = TimeExpression.__dict__["value"].__set__
_te_precision = TimeExpression.__dict__["precision"].__set__
_te_span = TimeExpression.__dict__["span"].__set__


def _checked_span(start: int, end: int) -> Span:
    """``Span(start, end)``: the fast ``_span`` for valid offsets, the validating
    constructor (which raises) for others."""
    if 0 <= start <= end:
        span: Span = _new(Span)
        _span_start(span, start)
        _span_end(span, end)
        return span
    return Span(start, end)


def _mention_at(source: str, start: int, end: int, caption: bool) -> Mention:
    """``Mention(text=source[start:end], span=Span(start, end), caption=caption)`` for
    offsets the extractor found (invalid ones raise as ``Span`` does)."""
    if not 0 <= start <= end:
        Span(start, end)  # (raises)
    span: Span = _new(Span)
    _span_start(span, start)
    _span_end(span, end)
    mention: Mention = _new(Mention)
    _men_text(mention, source[start:end])
    _men_span(mention, span)
    _men_caption(mention, caption)
    return mention


def _participant(
    id: str,
    kind: ParticipantKind,
    name: str,
    aliases: tuple[str, ...],
    roles: tuple[str, ...],
    gender: str | None,
    mentions: tuple[Mention, ...],
) -> Participant:
    """``Participant(...)`` for values the extractor built (tuples already)."""
    p: Participant = _new(Participant)
    _pt_id(p, id)
    _pt_kind(p, kind)
    _pt_name(p, name)
    _pt_aliases(p, aliases)
    _pt_roles(p, roles)
    _pt_gender(p, gender)
    _pt_mentions(p, mentions)
    return p


def _quote(
    id: str,
    kind: QuoteKind,
    text: str,
    cue: str | None,
    speaker: str | None,
    speaker_text: str | None,
    paragraph: int,
    time: str | None,
    span: Span,
    cue_span: Span | None,
    speaker_span: Span | None,
) -> Quote:
    """``Quote(...)`` for values the extractor built."""
    q: Quote = _new(Quote)
    _q_id(q, id)
    _q_kind(q, kind)
    _q_text(q, text)
    _q_cue(q, cue)
    _q_speaker(q, speaker)
    _q_speaker_text(q, speaker_text)
    _q_paragraph(q, paragraph)
    _q_time(q, time)
    _q_span(q, span)
    _q_cue_span(q, cue_span)
    _q_speaker_span(q, speaker_span)
    return q


def _time_expression(text: str, value: str, precision: DatePrecision, span: Span) -> TimeExpression:
    """``TimeExpression(...)`` for values the extractor built."""
    t: TimeExpression = _new(TimeExpression)
    _te_text(t, text)
    _te_value(t, value)
    _te_precision(t, precision)
    _te_span(t, span)
    return t
