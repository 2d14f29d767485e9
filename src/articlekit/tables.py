"""Flat tables of articles: records, CSV, and Arrow / Parquet (``pip install 'articlekit[arrow]'``).

:func:`to_records` turns one article into four lists of flat records (dicts whose values
are ``str``, ``int``, :class:`datetime.date` or None), one list per table:

``articles``
    one row per article;
``paragraphs``
    one row per paragraph, of every kind;
``participants``
    one row per participant;
``quotes``
    one row per quote, carrying the article id and date and the speaker's name and
    kind, so that one table is enough for most analyses.

Every row starts with ``article_id``; ``(article_id, paragraph)``,
``(article_id, participant_id)`` and ``(article_id, quote_id)`` are keys, and
``quotes.speaker_id`` refers to ``participants.participant_id`` within an article.
Multi-valued text (aliases, roles, authors, places, defect codes) is joined with ``"; "``
so that every column is a scalar and CSV holds the same data as Parquet.

The columns of each table are listed, in order, with their type, nullability and
meaning, in :data:`SCHEMA` (also in the ``columns`` table below); :data:`TABLES_SCHEMA`
names this version. Columns are only ever added, at the end, under a new version.

======================  ========  ======================================================
type                    Arrow     Python value in a record
======================  ========  ======================================================
``string``              string    ``str``
``int64``               int64     ``int``
``date``                date32    :class:`datetime.date`
======================  ========  ======================================================

:func:`to_arrow` builds :class:`pyarrow.Table` objects with exactly this schema (each field
carries its description as metadata), :func:`write_parquet` streams articles into
Parquet files in batches, and :func:`write_csv` streams one table into a CSV file.
pyarrow is imported only by those two functions, and only when called.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import IO, TYPE_CHECKING, Any

from attrs import frozen

from articlekit.models import Article

if TYPE_CHECKING:  # pragma: no cover
    import pyarrow

__all__ = [
    "SCHEMA",
    "TABLES",
    "TABLES_SCHEMA",
    "Column",
    "arrow_schema",
    "to_arrow",
    "to_records",
    "write_csv",
    "write_parquet",
]

#: The version of the table layout, stored in the metadata of every Arrow table and
#: Parquet file under the key ``articlekit.tables``.
TABLES_SCHEMA = "articlekit-tables/1"

#: The table names, in the order :func:`to_records` returns them.
TABLES: tuple[str, ...] = ("articles", "paragraphs", "participants", "quotes")

#: What joins multi-valued text in one cell.
SEPARATOR = "; "


@frozen(slots=True)
class Column:
    """One column of a table."""

    #: The column name.
    name: str
    #: ``string``, ``int64`` or ``date``.
    type: str
    #: Whether the value may be None (null).
    nullable: bool
    #: What the column holds.
    description: str


_ID = Column("article_id", "string", True, "The article id (the file stem), or null.")

#: Every table's columns, in order.
SCHEMA: dict[str, tuple[Column, ...]] = {
    "articles": (
        _ID,
        Column("published", "date", True, "Publication date from the header line."),
        Column("published_precision", "string", True, "day or month, null without a date."),
        Column("headline", "string", True, "The headline, or null when none was found."),
        Column("header_kind", "string", False, "What the text after the header date was."),
        Column("dateline_places", "string", True, "Dateline places, joined with '; '."),
        Column("dateline_date", "date", True, "The dateline date resolved against the header."),
        Column("agency", "string", True, "The dateline agency (Xinhua, Reuters, AP...)."),
        Column("byline_authors", "string", True, "Byline authors, joined with '; '."),
        Column("byline_agency", "string", True, "The agency or outlet of the byline."),
        Column("n_paragraphs", "int64", False, "Number of paragraphs of every kind."),
        Column("n_body_paragraphs", "int64", False, "Number of body paragraphs."),
        Column("body_chars", "int64", False, "Length of the body text in characters."),
        Column("n_participants", "int64", False, "Number of participants."),
        Column("n_quotes", "int64", False, "Number of quotes."),
        Column("n_defects", "int64", False, "Number of defects."),
        Column("defect_codes", "string", True, "Distinct defect codes in order, joined with '; '."),
    ),
    "paragraphs": (
        _ID,
        Column("paragraph", "int64", False, "0-based index of the paragraph."),
        Column("kind", "string", False, "body, heading, caption, byline, credit, timestamp, ..."),
        Column("text", "string", False, "The paragraph text, whitespace collapsed."),
        Column("start", "int64", False, "Start offset in the source text."),
        Column("end", "int64", False, "End offset (exclusive) in the source text."),
        Column("n_sentences", "int64", False, "Number of sentences."),
    ),
    "participants": (
        _ID,
        Column("participant_id", "string", False, "Article-local id (p1, p2, ...)."),
        Column("kind", "string", False, "person, organization, country or group."),
        Column("name", "string", False, "The fullest name the article gives."),
        Column("aliases", "string", True, "Other names used, joined with '; '."),
        Column("roles", "string", True, "Roles and titles as written, joined with '; '."),
        Column("gender", "string", True, "male, female or null."),
        Column("n_mentions", "int64", False, "Number of mentions."),
        Column("n_quotes", "int64", False, "Number of quotes attributed to the participant."),
    ),
    "quotes": (
        _ID,
        Column("published", "date", True, "The article's publication date."),
        Column("quote_id", "string", False, "Article-local id (q1, q2, ...)."),
        Column("kind", "string", False, "direct, indirect or mixed."),
        Column("text", "string", False, "The quoted or reported content."),
        Column("cue", "string", True, "The attributing verb or phrase (said, told)."),
        Column("speaker_id", "string", True, "The speaking participant's id, or null."),
        Column("speaker_name", "string", True, "The speaking participant's name, or null."),
        Column("speaker_kind", "string", True, "The speaking participant's kind, or null."),
        Column("speaker_text", "string", True, "The words that name the speaker (he, Guo)."),
        Column("paragraph", "int64", False, "Index of the paragraph the quote starts in."),
        Column("time", "string", True, "ISO date of the event the sentence states."),
        Column("start", "int64", False, "Start offset of the content in the source."),
        Column("end", "int64", False, "End offset (exclusive) of the content in the source."),
    ),
}


def _join(items: Iterable[str]) -> str | None:
    joined = SEPARATOR.join(items)
    return joined or None


def to_records(article: Article) -> dict[str, list[dict[str, Any]]]:
    """Return the rows of *article* for each table, keyed by table name.

    >>> import articlekit
    >>> a = articlekit.parse(' date 2018-11-17 Title\\n\\nText.\\n', id='a1')
    >>> to_records(a)['paragraphs'][0]['text']
    'Text.'
    """
    aid = article.id
    names = {p.id: p for p in article.participants}
    spoken: dict[str, int] = {}
    for q in article.quotes:
        if q.speaker is not None:
            spoken[q.speaker] = spoken.get(q.speaker, 0) + 1
    dl = article.dateline
    by = article.byline
    body = article.body
    articles = [
        {
            "article_id": aid,
            "published": article.published,
            "published_precision": (
                article.published_precision.value if article.published_precision else None
            ),
            "headline": article.headline,
            "header_kind": article.header_kind.value,
            "dateline_places": _join(dl.places) if dl else None,
            "dateline_date": dl.date if dl else None,
            "agency": dl.agency if dl else None,
            "byline_authors": _join(by.authors) if by else None,
            "byline_agency": by.agency if by else None,
            "n_paragraphs": len(article.paragraphs),
            "n_body_paragraphs": sum(1 for p in article.paragraphs if p.kind.value == "body"),
            "body_chars": len(body),
            "n_participants": len(article.participants),
            "n_quotes": len(article.quotes),
            "n_defects": len(article.defects),
            "defect_codes": _join(dict.fromkeys(d.code for d in article.defects)),
        }
    ]
    paragraphs = [
        {
            "article_id": aid,
            "paragraph": p.index,
            "kind": p.kind.value,
            "text": p.text,
            "start": p.span.start,
            "end": p.span.end,
            "n_sentences": len(p.sentences),
        }
        for p in article.paragraphs
    ]
    participants = [
        {
            "article_id": aid,
            "participant_id": p.id,
            "kind": p.kind.value,
            "name": p.name,
            "aliases": _join(p.aliases),
            "roles": _join(p.roles),
            "gender": p.gender,
            "n_mentions": len(p.mentions),
            "n_quotes": spoken.get(p.id, 0),
        }
        for p in article.participants
    ]
    quotes = []
    for q in article.quotes:
        speaker = names.get(q.speaker) if q.speaker is not None else None
        quotes.append(
            {
                "article_id": aid,
                "published": article.published,
                "quote_id": q.id,
                "kind": q.kind.value,
                "text": q.text,
                "cue": q.cue,
                "speaker_id": q.speaker,
                "speaker_name": speaker.name if speaker else None,
                "speaker_kind": speaker.kind.value if speaker else None,
                "speaker_text": q.speaker_text,
                "paragraph": q.paragraph,
                "time": q.time,
                "start": q.span.start,
                "end": q.span.end,
            }
        )
    return {
        "articles": articles,
        "paragraphs": paragraphs,
        "participants": participants,
        "quotes": quotes,
    }


def _check_table(table: str) -> None:
    if table not in SCHEMA:
        raise ValueError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")


# -- CSV ---------------------------------------------------------------------------------


def write_csv(
    articles: Iterable[Article],
    target: str | os.PathLike[str] | IO[str],
    *,
    table: str = "quotes",
) -> int:
    """Write one table of *articles* as CSV (header row first); return the number of rows.

    Dates are ISO 8601, nulls are empty cells. Articles are written as they come.
    """
    _check_table(table)
    if isinstance(target, (str, os.PathLike)):
        with open(target, "w", encoding="utf-8", newline="") as fh:
            return write_csv(articles, fh, table=table)
    return _write_csv_files(articles, {table: target})[table]


def _write_csv_files(articles: Iterable[Article], files: Mapping[str, IO[str]]) -> dict[str, int]:
    """Stream *articles* into one CSV text stream per table; return the rows per table."""
    writers = {}
    for t, fh in files.items():
        writers[t] = csv.writer(fh)
        writers[t].writerow([c.name for c in SCHEMA[t]])
    counts = dict.fromkeys(files, 0)
    for article in articles:
        records = to_records(article)
        for t, writer in writers.items():
            rows = records[t]
            writer.writerows(["" if v is None else _cell(v) for v in row.values()] for row in rows)
            counts[t] += len(rows)
    return counts


def _cell(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


# -- Arrow and Parquet ---------------------------------------------------------------


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError as exc:
        raise ImportError(
            "articlekit needs pyarrow for Arrow and Parquet output: pip install 'articlekit[arrow]'"
        ) from exc
    return pyarrow


def _parquet() -> Any:
    _pyarrow()
    import pyarrow.parquet

    return pyarrow.parquet


def arrow_schema(table: str) -> pyarrow.Schema:
    """Return the :class:`pyarrow.Schema` of *table*, with column descriptions as metadata."""
    _check_table(table)
    pa = _pyarrow()
    types = {"string": pa.string(), "int64": pa.int64(), "date": pa.date32()}
    fields = [
        pa.field(
            c.name,
            types[c.type],
            nullable=c.nullable,
            metadata={"description": c.description},
        )
        for c in SCHEMA[table]
    ]
    schema: pyarrow.Schema = pa.schema(
        fields, metadata={"articlekit.tables": TABLES_SCHEMA, "articlekit.table": table}
    )
    return schema


def _batch_tables(
    records: dict[str, list[dict[str, Any]]], tables: Iterable[str]
) -> dict[str, Any]:
    pa = _pyarrow()
    out = {}
    for name in tables:
        schema = arrow_schema(name)
        rows = records[name]
        columns = {c.name: [r[c.name] for r in rows] for c in SCHEMA[name]}
        out[name] = pa.Table.from_pydict(columns, schema=schema)
    return out


def _collect(articles: Iterable[Article], tables: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    wanted = list(tables)
    merged: dict[str, list[dict[str, Any]]] = {t: [] for t in wanted}
    for article in articles:
        records = to_records(article)
        for t in wanted:
            merged[t].extend(records[t])
    return merged


def to_arrow(
    articles: Iterable[Article], *, tables: Iterable[str] = TABLES
) -> dict[str, pyarrow.Table]:
    """Return a :class:`pyarrow.Table` per table (all four by default) holding *articles*.

    Everything is built in memory; use :func:`write_parquet` to stream to disk.
    Raises :class:`ImportError` naming ``pip install 'articlekit[arrow]'`` without pyarrow.
    """
    wanted = list(tables)
    for t in wanted:
        _check_table(t)
    _pyarrow()
    return _batch_tables(_collect(articles, wanted), wanted)


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def write_parquet(
    articles: Iterable[Article],
    path_or_dir: str | os.PathLike[str],
    *,
    table: str | None = None,
    batch_size: int = 1000,
    compression: str = "zstd",
) -> dict[str, int]:
    """Write *articles* to Parquet; return the number of rows written per table.

    A path ending in ``.parquet`` is one file holding one table: *table*, by default
    ``quotes``. Any other path is a directory (made if needed) that gets
    ``articles.parquet``, ``paragraphs.parquet``, ``participants.parquet`` and
    ``quotes.parquet`` (or only *table*'s file when given). Articles are written in
    row groups of *batch_size* articles, so memory stays bounded.
    """
    pq = _parquet()
    target = os.fspath(path_or_dir)
    if table is not None:
        _check_table(table)
    if target.endswith(".parquet"):
        files = {table or "quotes": target}
    else:
        os.makedirs(target, exist_ok=True)
        names = [table] if table else list(TABLES)
        files = {t: os.path.join(target, f"{t}.parquet") for t in names}
    return _write_parquet_files(
        articles, files, batch_size=batch_size, compression=compression, pq=pq
    )


def _write_parquet_files(
    articles: Iterable[Article],
    files: Mapping[str, str | IO[bytes]],
    *,
    batch_size: int,
    compression: str,
    pq: Any = None,
) -> dict[str, int]:
    """Stream *articles* into one Parquet file (path or binary stream) per table."""
    pq = pq or _parquet()
    writers = {
        t: pq.ParquetWriter(where, arrow_schema(t), compression=compression)
        for t, where in files.items()
    }
    counts = dict.fromkeys(files, 0)
    try:
        for batch in _batches(articles, batch_size):
            for t, tbl in _batch_tables(_collect(batch, files), files).items():
                writers[t].write_table(tbl)
                counts[t] += tbl.num_rows
    finally:
        for w in writers.values():
            w.close()
    return counts
