"""Hypothesis strategies that build valid articlekit objects, for testing code that uses them.

This module imports :mod:`hypothesis`, which is not a runtime dependency of articlekit:
install the ``test`` extra (``pip install articlekit[test]``) to use it.

>>> from hypothesis import given
>>> from articlekit.strategies import articles
>>> @given(articles())
... def test_my_exporter(article): ...

:func:`articles` builds the source text first and takes every span from it, so the
objects are consistent: each paragraph's ``text`` is its span's slice (after the
dateline, for the first paragraph), every sentence, quote, cue, speaker and mention span
lies inside its paragraph and slices to the words it names. The source is in the seed
format, exactly as :func:`articlekit.format_article` writes it, so
``parse(format_article(a))`` recovers the headline, date, dateline and paragraph texts.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st

from articlekit.models import (
    Article,
    Dateline,
    DatePrecision,
    HeaderKind,
    Mention,
    Paragraph,
    ParagraphKind,
    Participant,
    ParticipantKind,
    Quote,
    QuoteKind,
    Span,
)

__all__ = [
    "articles",
    "dateline_text",
    "datelines",
    "headlines",
    "names",
    "paragraph_texts",
    "participants",
    "quotes",
]

# Plain words that no paragraph rule mistakes for furniture, credits, stamps, bylines,
# captions or datelines (no month names, digits, capitals-only words or site words).
_NOUNS = [
    "council",
    "harbour",
    "ferry",
    "village",
    "market",
    "river",
    "bridge",
    "school",
    "garden",
    "farmers",
    "workers",
    "residents",
    "officials",
    "library",
    "museum",
    "station",
    "orchard",
    "festival",
    "railway",
    "clinic",
    "choir",
    "bakery",
    "factory",
    "harvest",
    "storm",
    "budget",
    "plan",
    "tunnel",
    "road",
    "park",
    "port",
    "island",
    "valley",
]
_VERBS = [
    "opened",
    "closed",
    "visited",
    "built",
    "repaired",
    "approved",
    "planned",
    "praised",
    "delayed",
    "expanded",
    "welcomed",
    "inspected",
    "rebuilt",
    "funded",
    "reopened",
]
_OTHER = [
    "the",
    "a",
    "new",
    "old",
    "small",
    "large",
    "quiet",
    "busy",
    "near",
    "after",
    "with",
    "of",
    "on",
    "for",
    "and",
    "local",
]
_WORDS = _NOUNS + _VERBS + _OTHER

#: (given names, family names, family name first) per naming culture; invented pairings.
_CULTURES: tuple[tuple[tuple[str, ...], tuple[str, ...], bool], ...] = (
    (("Wenbin", "Yaling", "Meiyu", "Jiahao"), ("Hou", "Sun", "Lin", "Zhao"), True),
    (("Ilse", "Oskar", "Marta", "Edvin"), ("Varga", "Brandvold", "Bellini", "Lunde"), False),
    (("Nikolai", "Irina", "Pavel"), ("Orlov", "Sokolova", "Volkov"), False),
    (("Layla", "Karim", "Samir"), ("Haddad", "Nasser", "Khoury"), False),
    (("Priya", "Arjun", "Kavya"), ("Raghunathan", "Menon", "Iyer"), False),
    (("Amara", "Kwame", "Zanele"), ("Okafor", "Mensah", "Dlamini"), False),
    (("Yuki", "Haruto", "Aoi"), ("Tanaka", "Mori", "Sato"), True),
    (("José", "Lucía", "Rafael"), ("Quintero Gil", "Núñez", "Ortega"), False),
)
_PLACES = ("BEIJING", "OSLO", "NAIROBI", "LIMA", "HANOI", "QUITO", "TALLINN", "NEW DELHI")
_AGENCIES = ("Xinhua", "Reuters", "AP", "AFP", "Kyodo", "Yonhap", "UPI", "TASS")
_MONTH_TEXT = (
    ("Jan.", "January"), ("Feb.", "February"), ("March",), ("April",), ("May",), ("June",),
    ("July",), ("Aug.", "August"), ("Sept.", "September"), ("Oct.", "October"),
    ("Nov.", "November"), ("Dec.", "December"),
)  # fmt: skip


def _words(draw: st.DrawFn, low: int, high: int) -> list[str]:
    return draw(st.lists(st.sampled_from(_WORDS), min_size=low, max_size=high))


@st.composite
def names(draw: st.DrawFn) -> str:
    """A person's full name from one of several naming cultures (``Hou Wenbin``, ``Ilse Varga``)."""
    given, family, family_first = draw(st.sampled_from(_CULTURES))
    g, f = draw(st.sampled_from(given)), draw(st.sampled_from(family))
    return f"{f} {g}" if family_first else f"{g} {f}"


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """A headline: three to nine words, capitalised, no final full stop."""
    words = [draw(st.sampled_from(_NOUNS)), *_words(draw, 2, 8)]
    return " ".join([words[0].capitalize(), *words[1:]])


@st.composite
def _sentences(draw: st.DrawFn) -> str:
    words = [draw(st.sampled_from(_NOUNS)), *_words(draw, 2, 12)]
    return " ".join([words[0].capitalize(), *words[1:]]) + "."


@st.composite
def paragraph_texts(draw: st.DrawFn) -> str:
    """A body paragraph: one to three plain sentences, each ending in a full stop."""
    return " ".join(draw(st.lists(_sentences(), min_size=1, max_size=3)))


def _date_text(date: dt.date, spelling: int) -> str:
    forms = _MONTH_TEXT[date.month - 1]
    return f"{forms[spelling % len(forms)]} {date.day}"


@st.composite
def datelines(draw: st.DrawFn, reference: dt.date | None = None) -> Dateline:
    """A ``PLACE, Month Day (Agency) --`` dateline whose span covers it at offset 0.

    With *reference* (the header date), the date falls in the week before it, so that
    parsing resolves it to the same day; render it with :func:`dateline_text`.
    """
    if reference is None:
        reference = draw(st.dates(dt.date(1990, 1, 8), dt.date(2040, 12, 31)))
    date = reference - dt.timedelta(days=draw(st.integers(0, 6)))
    place = draw(st.sampled_from(_PLACES))
    agency = draw(st.sampled_from(_AGENCIES))
    date_text = _date_text(date, draw(st.integers(0, 1)))
    text = f"{place}, {date_text} ({agency}) --"
    return Dateline(
        places=(place,), date_text=date_text, date=date, agency=agency, span=Span(0, len(text))
    )


def dateline_text(dateline: Dateline) -> str:
    """Render a dateline drawn from :func:`datelines` as it appears in the source."""
    return f"{dateline.places[0]}, {dateline.date_text} ({dateline.agency}) --"


def _span(draw: st.DrawFn, limit: int) -> Span:
    start = draw(st.integers(0, limit))
    return Span(start, draw(st.integers(start, limit)))


@st.composite
def participants(draw: st.DrawFn, id: str = "p1") -> Participant:
    """A standalone person participant with valid (not source-bound) mention spans."""
    name = draw(names())
    mentions = sorted(
        (Mention(text=name, span=_span(draw, 10_000)) for _ in range(draw(st.integers(0, 3)))),
        key=lambda m: (m.span.start, m.span.end),
    )
    return Participant(
        id=id,
        kind=ParticipantKind.PERSON,
        name=name,
        aliases=(name.split()[-1],),
        roles=tuple(draw(st.lists(st.sampled_from(("mayor", "director", "Dr.")), max_size=2))),
        gender=draw(st.sampled_from((None, "male", "female"))),
        mentions=mentions,
    )


@st.composite
def quotes(draw: st.DrawFn, id: str = "q1") -> Quote:
    """A standalone direct or indirect quote with valid (not source-bound) spans."""
    text = draw(paragraph_texts())
    span = _span(draw, 10_000)
    return Quote(
        id=id,
        kind=draw(st.sampled_from(tuple(QuoteKind))),
        text=text,
        cue=draw(st.sampled_from((None, "said", "told reporters"))),
        speaker=draw(st.sampled_from((None, "p1"))),
        speaker_text=draw(st.one_of(st.none(), names())),
        paragraph=draw(st.integers(0, 20)),
        time=draw(st.one_of(st.none(), st.dates().map(dt.date.isoformat))),
        span=span,
        cue_span=draw(st.one_of(st.none(), st.just(Span(span.end, span.end)))),
        speaker_span=None,
    )


class _Builder:
    """Accumulates source text and the spans of what is written."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def write(self, text: str) -> Span:
        self.parts.append(text)
        start = self.pos
        self.pos += len(text)
        return Span(start, self.pos)

    @property
    def text(self) -> str:
        return "".join(self.parts)


@st.composite
def articles(draw: st.DrawFn, *, extracted: bool = True) -> Article:
    """A parsed-looking article whose spans all point into its ``source``.

    The header holds a headline; a dateline may open the first paragraph; paragraphs
    mix plain sentences with quote sentences (`` “...,” Name said.``). With *extracted*,
    each quote has a speaker participant whose mentions are the names in the text.
    """
    precision = draw(st.sampled_from((DatePrecision.DAY, DatePrecision.MONTH)))
    day = draw(st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
    published = day if precision is DatePrecision.DAY else day.replace(day=1)
    header_date = (
        published.isoformat() if precision is DatePrecision.DAY else published.isoformat()[:7]
    )
    headline = draw(headlines())
    dateline: Dateline | None = None
    if draw(st.booleans()):
        ref = published
        if precision is DatePrecision.MONTH:  # any day of that month resolves back to it
            ref = published + dt.timedelta(days=draw(st.integers(6, 27)))
        dateline = draw(datelines(reference=ref))

    b = _Builder()
    b.write(f" date {header_date} {headline}\n\n")
    speakers: dict[str, Participant] = {}
    mentions: dict[str, list[Mention]] = {}
    found_quotes: list[Quote] = []
    paragraphs: list[Paragraph] = []
    n = draw(st.integers(1, 5))
    for index in range(n):
        if index:
            b.write("\n\n")
        start = b.pos
        if index == 0 and dateline is not None:
            dl_span = b.write(dateline_text(dateline))
            dateline = Dateline(
                places=dateline.places,
                date_text=dateline.date_text,
                date=dateline.date,
                agency=dateline.agency,
                span=dl_span,
            )
            b.write(" ")
        text_start = b.pos
        sentences: list[Span] = []
        for k in range(draw(st.integers(1, 3))):
            if k:
                b.write(" ")
            if extracted and draw(st.booleans()):
                name = draw(names())
                sent_start = b.write("\u201c").start
                content = draw(_sentences())[:-1] + ","
                q_span = b.write(content)
                b.write("\u201d ")
                n_span = b.write(name)
                b.write(" ")
                cue_span = b.write("said")
                sent_end = b.write(".").end
                sentences.append(Span(sent_start, sent_end))
                pid = speakers[name].id if name in speakers else f"p{len(speakers) + 1}"
                if name not in speakers:
                    speakers[name] = Participant(
                        id=pid, kind=ParticipantKind.PERSON, name=name, aliases=(name.split()[-1],)
                    )
                mentions.setdefault(name, []).append(Mention(text=name, span=n_span))
                found_quotes.append(
                    Quote(
                        id=f"q{len(found_quotes) + 1}",
                        kind=QuoteKind.DIRECT,
                        text=content,
                        cue="said",
                        speaker=pid,
                        speaker_text=name,
                        paragraph=index,
                        span=q_span,
                        cue_span=cue_span,
                        speaker_span=n_span,
                    )
                )
            else:
                sentences.append(b.write(draw(_sentences())))
        end = b.pos
        source_so_far = b.text
        paragraphs.append(
            Paragraph(
                index=index,
                kind=ParagraphKind.BODY,
                text=source_so_far[text_start:end],
                span=Span(start, end),
                sentences=sentences,
            )
        )
    b.write("\n")
    people = [
        Participant(
            id=p.id,
            kind=p.kind,
            name=p.name,
            aliases=p.aliases,
            mentions=mentions[name],
        )
        for name, p in speakers.items()
    ]
    fields: dict[str, Any] = {}
    if draw(st.booleans()):
        fields["id"] = draw(st.text(st.characters(codec="utf-8"), min_size=1, max_size=12))
    return Article(
        published=published,
        published_precision=precision,
        headline=headline,
        header=headline,
        header_kind=HeaderKind.HEADLINE,
        dateline=dateline,
        paragraphs=paragraphs,
        participants=people,
        quotes=found_quotes,
        source=b.text,
        **fields,
    )
