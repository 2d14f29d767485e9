"""Round trips over generated articles."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import assume, given
from hypothesis import strategies as st

from articlekit import (
    ArticleDataError,
    format_article,
    from_dict,
    from_json,
    parse,
    to_dict,
    to_json,
)
from articlekit.strategies import (
    articles,
    dateline_text,
    datelines,
    headlines,
    paragraph_texts,
    participants,
    quotes,
)


class TestSerialisation:
    @given(articles())
    def test_dict_round_trip(self, article) -> None:
        """``from_dict(to_dict(a)) == a`` for articles with quotes and participants."""
        assert from_dict(to_dict(article)) == article

    @given(articles())
    def test_json_round_trip(self, article) -> None:
        """``from_json(to_json(a)) == a``, source included."""
        back = from_json(to_json(article, include_source=True))
        assert (back, back.source) == (article, article.source)

    @given(participants(), quotes())
    def test_standalone_objects(self, participant, quote) -> None:
        """Standalone participants and quotes survive a round trip inside an article."""
        from articlekit import Article

        a = Article(participants=[participant], quotes=[quote])
        assert from_dict(to_dict(a)) == a


class TestFormatParse:
    @given(articles(extracted=False))
    def test_parse_format_keeps_content(self, article) -> None:
        """``parse(format_article(a))`` keeps headline, date, precision, dateline and texts."""
        # a paragraph that repeats the headline is read as a heading, by design
        norm = " ".join((article.headline or "").lower().split())
        assume(
            all(" ".join(p.text.lower().split()).rstrip(" .") != norm for p in article.paragraphs)
        )
        # a paragraph printed twice in a row is read as a caption's two copies, by design
        texts = [" ".join(p.text.lower().split()) for p in article.paragraphs]
        assume(all(x != y for x, y in itertools.pairwise(texts)))
        out = format_article(article)
        back = parse(out, extract=False)
        assert (
            back.headline,
            back.published,
            back.published_precision,
            back.dateline,
            [p.text for p in back.paragraphs],
            [p.kind for p in back.paragraphs],
            back.defects,
        ) == (
            article.headline,
            article.published,
            article.published_precision,
            article.dateline,
            [p.text for p in article.paragraphs],
            [p.kind for p in article.paragraphs],
            (),
        )

    @given(articles(extracted=False))
    def test_source_is_seed_format(self, article) -> None:
        """Generated sources are exactly what ``format_article`` writes."""
        assert format_article(article) == article.source

    @given(
        st.dates(dt.date(1990, 1, 8), dt.date(2040, 12, 31)).flatmap(
            lambda d: st.tuples(st.just(d), datelines(reference=d))
        ),
        headlines(),
        paragraph_texts(),
    )
    def test_dateline_round_trip(self, ref_and_dateline, headline, body) -> None:
        """A generated dateline in front of a body parses back to the same Dateline."""
        ref, dl = ref_and_dateline
        prefix = f" date {ref.isoformat()} {headline}\n\n"
        text = f"{prefix}{dateline_text(dl)} {body}\n"
        a = parse(text, extract=False)
        start = len(prefix)
        assert (a.dateline, a.paragraphs[0].text, a.defects) == (
            type(dl)(
                places=dl.places,
                date_text=dl.date_text,
                date=dl.date,
                agency=dl.agency,
                span=type(dl.span)(start, start + len(dl.span)),
            ),
            body,
            (),
        )


class TestDataErrors:
    @given(st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=4))
    def test_garbage_dicts_rejected(self, data) -> None:
        """Arbitrary dicts raise ArticleDataError, never another exception."""
        try:
            from_dict({"schema": "articlekit/1", **data})
        except ArticleDataError as exc:
            assert exc.errors
