"""Parse a corpus on a cluster with dask (``pip install 'articlekit[dask]'``).

:func:`read_articles` makes a :class:`dask.bag.Bag` of articles from local paths, globs,
directories or any fsspec URL (``s3://bucket/news/*.txt``, ``gcs://...``,
``file:///...``): each file's bytes are read through fsspec on the worker and parsed with
:func:`articlekit.parse_bytes`; the article id is the file stem.
:func:`to_dataframes` turns such a bag into dask DataFrames, one per table of
:mod:`articlekit.tables` (same columns; dates as ``datetime64``, text as pandas strings).

On one machine the default scheduler is used; on a cluster, start a
``dask.distributed`` client first and everything runs there::

    from dask.distributed import Client
    import articlekit.dask as akd

    client = Client("tcp://scheduler:8786")     # or Client() for a local cluster
    bag = akd.read_articles("s3://my-bucket/news/**/*.txt",
                            storage_options={"anon": True}, files_per_partition=200)
    frames = akd.to_dataframes(bag)
    quotes = frames["quotes"]
    top = quotes.groupby("speaker_name").size().nlargest(20).compute()
    frames["quotes"].to_parquet("s3://my-bucket/out/quotes/")

Failures follow :func:`articlekit.parse_many`'s *on_error*, except that the default is
``"raise"``: a file that cannot be read or parsed fails the computation with
:class:`~articlekit.collection.ParseFailedError` naming it. ``"skip"`` drops such files;
``"record"`` puts :class:`~articlekit.collection.Failure` objects in the bag (which
:func:`to_dataframes` leaves out).

dask and fsspec are imported when this module is imported; ``import articlekit`` never
imports it.
"""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Sequence
from typing import Any

from articlekit.collection import Failure, OnError, ParseFailedError, _reason
from articlekit.models import Article
from articlekit.parse import parse_bytes
from articlekit.tables import SCHEMA, TABLES, to_arrow

try:
    import dask.bag
    import dask.dataframe
    import fsspec
    from dask.delayed import delayed
except ImportError as exc:  # pragma: no cover - exercised without the extra
    raise ImportError(
        "articlekit.dask needs dask, fsspec, pandas and pyarrow: pip install 'articlekit[dask]'"
    ) from exc

__all__ = ["find_files", "read_articles", "to_dataframes"]


def find_files(
    urlpath: str | Sequence[str], *, storage_options: dict[str, Any] | None = None
) -> tuple[Any, list[str]]:
    """Return the fsspec filesystem and the sorted file paths named by *urlpath*.

    As in :func:`articlekit.collection.expand_paths`: directories give their ``*.txt``
    files (recursively), globs are expanded, other paths are kept as they are.
    """
    fs, _token, paths = fsspec.core.get_fs_token_paths(
        urlpath, mode="rb", storage_options=storage_options or {}, expand=False
    )
    found: list[str] = []
    for path in paths:
        if fs.isdir(path):
            found.extend(sorted(p for p in fs.find(path) if p.endswith(".txt")))
        elif any(c in path for c in "*?["):
            matches = sorted(fs.glob(path))
            for m in matches:
                if fs.isdir(m):
                    found.extend(sorted(p for p in fs.find(m) if p.endswith(".txt")))
                else:
                    found.append(m)
            if not matches:
                found.append(path)
        else:
            found.append(path)
    return fs, found


def _stem(path: str) -> str:
    name = posixpath.basename(path.rstrip("/"))
    return name.rsplit(".", 1)[0] if "." in name[1:] else name


def _load(
    path: str, *, fs: Any, strict: bool, encoding: str | None, extract: bool, on_error: str
) -> list[Article | Failure]:
    try:
        with fs.open(path, "rb") as fh:
            data = fh.read()
        article = parse_bytes(
            data, id=_stem(path), encoding=encoding, strict=strict, extract=extract, path=path
        )
        return [article]
    except Exception as exc:  # a bad file is handled as on_error says
        failure = Failure(path, _reason(path, exc), type(exc).__name__)
        if on_error == "raise":
            raise ParseFailedError(failure) from None
        return [] if on_error == "skip" else [failure]


def read_articles(
    urlpath: str | Sequence[str],
    *,
    strict: bool = False,
    encoding: str | None = None,
    extract: bool = True,
    on_error: OnError = "raise",
    files_per_partition: int = 64,
    storage_options: dict[str, Any] | None = None,
) -> dask.bag.Bag:
    """Return a bag of the articles in the files named by *urlpath*, in path order.

    *urlpath* is a path, glob, directory or fsspec URL, or a list of them;
    *storage_options* go to the fsspec filesystem. Each partition holds up to
    *files_per_partition* files. *strict*, *encoding* and *extract* are passed to
    :func:`articlekit.parse_bytes`; *on_error* is described in the module docstring.
    """
    if on_error not in ("record", "raise", "skip"):
        raise ValueError(f"on_error must be one of record, raise, skip, not {on_error!r}")
    if files_per_partition < 1:
        raise ValueError(f"files_per_partition must be at least 1, not {files_per_partition}")
    fs, paths = find_files(urlpath, storage_options=storage_options)
    load = functools.partial(
        _load, fs=fs, strict=strict, encoding=encoding, extract=extract, on_error=on_error
    )
    # dask.bag has no annotations: from_sequence is an untyped call.
    if not paths:
        empty: dask.bag.Bag = dask.bag.from_sequence([], npartitions=1)  # type: ignore[no-untyped-call]
        return empty
    files = dask.bag.from_sequence(paths, partition_size=files_per_partition)  # type: ignore[no-untyped-call]
    bag: dask.bag.Bag = files.map(load).flatten()
    return bag


def _frame(articles: list[Article | Failure], table: str) -> Any:
    kept = [a for a in articles if isinstance(a, Article)]
    return to_arrow(kept, tables=[table])[table].to_pandas(date_as_object=False)


def _meta(table: str) -> Any:
    return to_arrow([], tables=[table])[table].to_pandas(date_as_object=False)


def to_dataframes(
    bag: dask.bag.Bag, *, tables: Sequence[str] = TABLES
) -> dict[str, dask.dataframe.DataFrame]:
    """Return a dask DataFrame per table (``articles``, ``paragraphs``, ``participants``,
    ``quotes``) of the articles in *bag*, with the columns of :data:`articlekit.tables.SCHEMA`.

    One DataFrame partition is made per bag partition. Failures in the bag are left out.
    """
    for t in tables:
        if t not in SCHEMA:
            raise ValueError(f"unknown table {t!r}; expected one of {', '.join(TABLES)}")
    parts = bag.to_delayed()  # type: ignore[no-untyped-call]  # dask.bag has no annotations
    out: dict[str, dask.dataframe.DataFrame] = {}
    for t in tables:
        frames = [delayed(_frame)(p, t) for p in parts]
        out[t] = dask.dataframe.from_delayed(frames, meta=_meta(t), verify_meta=False)
    return out
