"""Tests of articlekit.tables: flat records, the schema, CSV, Arrow and Parquet."""

from __future__ import annotations

import datetime as dt
import io
import sys

import pytest

from articlekit.models import (
    Article,
    Byline,
    Dateline,
    DatePrecision,
    Defect,
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
from articlekit.tables import SCHEMA, TABLES, TABLES_SCHEMA, to_records, write_csv

SOURCE = (
    " date 2020-05-04 Port workers end strike\n\n"
    "ROTTERDAM, May 3 (Reuters) -- Dock workers ended a strike.\n\n"
    '"We got what we asked for," union leader Anna de Vries said.\n'
)


def make_article(id: str = "a1") -> Article:
    """A small article built by hand, so that the expected rows do not depend on the parser."""
    return Article(
        id=id,
        published=dt.date(2020, 5, 4),
        published_precision=DatePrecision.DAY,
        headline="Port workers end strike",
        header=" Port workers end strike",
        header_kind=HeaderKind.HEADLINE,
        dateline=Dateline(
            places=("ROTTERDAM",),
            date_text="May 3",
            date=dt.date(2020, 5, 3),
            agency="Reuters",
            span=Span(42, 71),
        ),
        byline=Byline(authors=("Jan Smit", "Eva Berg"), agency=None, span=Span(0, 0)),
        paragraphs=(
            Paragraph(
                index=0,
                kind=ParagraphKind.BODY,
                text="Dock workers ended a strike.",
                span=Span(42, 100),
                sentences=(Span(72, 100),),
            ),
            Paragraph(
                index=1,
                kind=ParagraphKind.BODY,
                text='"We got what we asked for," union leader Anna de Vries said.',
                span=Span(102, 162),
                sentences=(Span(102, 162),),
            ),
        ),
        participants=(
            Participant(
                id="p1",
                kind=ParticipantKind.PERSON,
                name="Anna de Vries",
                aliases=("de Vries",),
                roles=("union leader",),
                gender="female",
                mentions=(Mention(text="Anna de Vries", span=Span(142, 155)),),
            ),
            Participant(id="p2", kind=ParticipantKind.GROUP, name="Dock workers"),
        ),
        quotes=(
            Quote(
                id="q1",
                kind=QuoteKind.DIRECT,
                text="We got what we asked for",
                cue="said",
                speaker="p1",
                speaker_text="union leader Anna de Vries",
                paragraph=1,
                span=Span(103, 127),
            ),
            Quote(
                id="q2",
                kind=QuoteKind.INDIRECT,
                text="the strike is over",
                paragraph=0,
                span=Span(50, 60),
            ),
        ),
        defects=(
            Defect(code="truncated", message="m", span=Span(1, 2), line=1, column=2),
            Defect(code="truncated", message="m", span=Span(3, 4), line=1, column=4),
            Defect(code="hard-wrapped", message="m", span=Span(5, 6), line=1, column=6),
        ),
        source=SOURCE,
    )


EXPECTED = {
    "articles": [
        {
            "article_id": "a1",
            "published": dt.date(2020, 5, 4),
            "published_precision": "day",
            "headline": "Port workers end strike",
            "header_kind": "headline",
            "dateline_places": "ROTTERDAM",
            "dateline_date": dt.date(2020, 5, 3),
            "agency": "Reuters",
            "byline_authors": "Jan Smit; Eva Berg",
            "byline_agency": None,
            "n_paragraphs": 2,
            "n_body_paragraphs": 2,
            "body_chars": 90,
            "n_participants": 2,
            "n_quotes": 2,
            "n_defects": 3,
            "defect_codes": "truncated; hard-wrapped",
        }
    ],
    "paragraphs": [
        {
            "article_id": "a1",
            "paragraph": 0,
            "kind": "body",
            "text": "Dock workers ended a strike.",
            "start": 42,
            "end": 100,
            "n_sentences": 1,
        },
        {
            "article_id": "a1",
            "paragraph": 1,
            "kind": "body",
            "text": '"We got what we asked for," union leader Anna de Vries said.',
            "start": 102,
            "end": 162,
            "n_sentences": 1,
        },
    ],
    "participants": [
        {
            "article_id": "a1",
            "participant_id": "p1",
            "kind": "person",
            "name": "Anna de Vries",
            "aliases": "de Vries",
            "roles": "union leader",
            "gender": "female",
            "n_mentions": 1,
            "n_quotes": 1,
        },
        {
            "article_id": "a1",
            "participant_id": "p2",
            "kind": "group",
            "name": "Dock workers",
            "aliases": None,
            "roles": None,
            "gender": None,
            "n_mentions": 0,
            "n_quotes": 0,
        },
    ],
    "quotes": [
        {
            "article_id": "a1",
            "published": dt.date(2020, 5, 4),
            "quote_id": "q1",
            "kind": "direct",
            "text": "We got what we asked for",
            "cue": "said",
            "speaker_id": "p1",
            "speaker_name": "Anna de Vries",
            "speaker_kind": "person",
            "speaker_text": "union leader Anna de Vries",
            "paragraph": 1,
            "time": None,
            "start": 103,
            "end": 127,
        },
        {
            "article_id": "a1",
            "published": dt.date(2020, 5, 4),
            "quote_id": "q2",
            "kind": "indirect",
            "text": "the strike is over",
            "cue": None,
            "speaker_id": None,
            "speaker_name": None,
            "speaker_kind": None,
            "speaker_text": None,
            "paragraph": 0,
            "time": None,
            "start": 50,
            "end": 60,
        },
    ],
}

QUOTES_CSV = (
    "article_id,published,quote_id,kind,text,cue,speaker_id,speaker_name,speaker_kind,"
    "speaker_text,paragraph,time,start,end\r\n"
    "a1,2020-05-04,q1,direct,We got what we asked for,said,p1,Anna de Vries,person,"
    "union leader Anna de Vries,1,,103,127\r\n"
    "a1,2020-05-04,q2,indirect,the strike is over,,,,,,0,,50,60\r\n"
)


class TestToRecords:
    def test_whole_records_of_a_hand_built_article(self):
        """Every table's rows hold exactly the expected values."""
        assert to_records(make_article()) == EXPECTED

    def test_empty_article_has_one_article_row_and_no_others(self):
        """An article with nothing in it gives one articles row and empty other tables."""
        records = to_records(Article(id="e"))
        assert {t: len(rows) for t, rows in records.items()} == {
            "articles": 1,
            "paragraphs": 0,
            "participants": 0,
            "quotes": 0,
        }
        assert records["articles"][0]["header_kind"] == "missing"


class TestSchema:
    def test_records_have_the_schema_columns_in_order(self):
        """Each record's keys are the table's schema columns, in order."""
        records = to_records(make_article())
        assert {t: [list(r) for r in rows][:1] for t, rows in records.items()} == {
            t: [[c.name for c in SCHEMA[t]]] for t in TABLES
        }

    def test_tables_and_types(self):
        """The four tables are listed in order and use only the three documented types."""
        assert (TABLES, TABLES_SCHEMA) == (
            ("articles", "paragraphs", "participants", "quotes"),
            "articlekit-tables/1",
        )
        assert {c.type for cols in SCHEMA.values() for c in cols} == {"string", "int64", "date"}

    def test_non_nullable_columns_are_never_none(self):
        """No non-nullable column holds None in a sparse article's rows."""
        article = make_article()
        records = to_records(article)
        nulls = [
            (t, c.name)
            for t in TABLES
            for c in SCHEMA[t]
            if not c.nullable
            for r in records[t]
            if r[c.name] is None
        ]
        assert nulls == []


class TestWriteCsv:
    def test_quotes_csv_text(self):
        """The quotes table is written with a header row, ISO dates and empty nulls."""
        out = io.StringIO()
        assert write_csv([make_article()], out) == 2
        assert out.getvalue() == QUOTES_CSV

    def test_csv_to_path(self, tmp_path):
        """Writing to a path gives the same text as writing to a stream."""
        path = tmp_path / "q.csv"
        write_csv([make_article()], path, table="quotes")
        assert path.read_bytes().decode("utf-8") == QUOTES_CSV

    def test_unknown_table(self):
        """An unknown table name raises ValueError listing the tables."""
        with pytest.raises(ValueError) as info:
            write_csv([], io.StringIO(), table="people")
        assert str(info.value) == (
            "unknown table 'people'; expected one of articles, paragraphs, participants, quotes"
        )


class TestArrow:
    def test_to_arrow_rows_and_schema(self):
        """Each Arrow table has the documented schema and the records as rows."""
        pytest.importorskip("pyarrow")
        from articlekit.tables import arrow_schema, to_arrow

        tables = to_arrow([make_article("a1"), make_article("a2")])
        assert list(tables) == list(TABLES)
        for name, table in tables.items():
            assert table.schema.equals(arrow_schema(name), check_metadata=True)
        one, two = to_records(make_article("a1")), to_records(make_article("a2"))
        rows = {t: one[t] + two[t] for t in TABLES}
        assert {t: tables[t].to_pylist() for t in TABLES} == rows

    def test_schema_metadata_and_types(self):
        """The Arrow schema carries the version, the table name, types and descriptions."""
        pa = pytest.importorskip("pyarrow")
        from articlekit.tables import arrow_schema

        schema = arrow_schema("paragraphs")
        assert schema.metadata == {
            b"articlekit.tables": b"articlekit-tables/1",
            b"articlekit.table": b"paragraphs",
        }
        assert [(f.name, f.type, f.nullable) for f in schema] == [
            ("article_id", pa.string(), True),
            ("paragraph", pa.int64(), False),
            ("kind", pa.string(), False),
            ("text", pa.string(), False),
            ("start", pa.int64(), False),
            ("end", pa.int64(), False),
            ("n_sentences", pa.int64(), False),
        ]
        assert schema.field("start").metadata == {
            b"description": b"Start offset in the source text."
        }

    def test_missing_pyarrow_names_the_extra(self, monkeypatch):
        """Without pyarrow, to_arrow raises ImportError telling how to install it."""
        from articlekit.tables import to_arrow

        monkeypatch.setitem(sys.modules, "pyarrow", None)
        with pytest.raises(ImportError) as info:
            to_arrow([make_article()])
        assert str(info.value) == (
            "articlekit needs pyarrow for Arrow and Parquet output: pip install 'articlekit[arrow]'"
        )


class TestWriteParquet:
    def test_directory_gets_all_four_tables(self, tmp_path):
        """A directory target gets one Parquet file per table that reads back equal."""
        pytest.importorskip("pyarrow")
        import pyarrow.parquet as pq

        from articlekit.tables import arrow_schema, write_parquet

        articles = [make_article(f"a{i}") for i in range(5)]
        counts = write_parquet(articles, tmp_path / "out", batch_size=2)
        assert counts == {"articles": 5, "paragraphs": 10, "participants": 10, "quotes": 10}
        for t in TABLES:
            table = pq.read_table(tmp_path / "out" / f"{t}.parquet")
            assert table.schema.equals(arrow_schema(t), check_metadata=True)
            assert table.to_pylist() == [r for a in articles for r in to_records(a)[t]]

    def test_file_gets_one_table(self, tmp_path):
        """A .parquet path holds the chosen table only."""
        pytest.importorskip("pyarrow")
        import pyarrow.parquet as pq

        from articlekit.tables import write_parquet

        path = tmp_path / "people.parquet"
        assert write_parquet([make_article()], path, table="participants") == {"participants": 2}
        assert pq.read_table(path).to_pylist() == EXPECTED["participants"]

    def test_no_articles_give_empty_typed_files(self, tmp_path):
        """Writing no articles still writes each file with its schema and no rows."""
        pytest.importorskip("pyarrow")
        import pyarrow.parquet as pq

        from articlekit.tables import arrow_schema, write_parquet

        assert write_parquet([], tmp_path / "q.parquet") == {"quotes": 0}
        table = pq.read_table(tmp_path / "q.parquet")
        assert (table.num_rows, table.schema.equals(arrow_schema("quotes"))) == (0, True)
