"""Parse many files: :func:`parse_many`, a streaming iterator over a process pool.

>>> from articlekit import parse_many, Failure
>>> for item in parse_many(["corpus/", "extra/*.txt"], jobs=4):  # doctest: +SKIP
...     if isinstance(item, Failure):
...         print(item.path, item.reason)
...     else:
...         print(item.id, len(item.quotes))

How inputs are found (:func:`expand_paths`): a directory is walked recursively for
``*.txt`` files (sorted by path); a glob (``*``, ``?``, ``[...]``, ``**``) is expanded,
sorted; any other path is taken as it is, even when it does not exist, so that it is
reported as a failure rather than silently dropped.

How work is spread: paths are cut into chunks of *chunksize* and sent to a pool of *jobs*
worker processes. At most ``2 * jobs`` chunks are pending at any time, so memory stays
bounded however many files there are: paths are read lazily from the inputs, and
results are handed out as they arrive. ``jobs=1`` (and any run whose files fit in one
chunk) parses in this process, with no pool. Worker processes are made with the
platform's default :mod:`multiprocessing` start method (or *mp_context*); where that is
``spawn`` or ``forkserver``, a script that calls :func:`parse_many` needs the usual
``if __name__ == "__main__":`` guard.

How failures are reported: a file that cannot be read or parsed (missing, a directory,
unreadable, binary, a strict-mode defect, or an unexpected parser error) becomes a
:class:`Failure` with its path and a one-line reason, and never stops the run. *on_error*
decides what happens to it:

``"record"`` (the default)
    the :class:`Failure` is yielded in the stream, in the file's place, interleaved with
    the articles (check with ``isinstance(item, Failure)``);
``"skip"``
    it is dropped and only articles are yielded;
``"raise"``
    :class:`ParseFailedError` (carrying the failure) is raised from the iterator when the
    stream reaches that file; the pool is shut down.

If a worker process dies (killed, out of memory, a crash in C code), a new pool redoes
the chunks that were in flight one file at a time: the file that kills a worker again is
reported as a failure with the reason ``worker process died``, and the run carries on.
"""

from __future__ import annotations

import contextlib
import datetime
import enum
import gc
import glob
import itertools
import marshal
import operator
import os
import pickle
import types
import typing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

import attrs
from attrs import frozen

from articlekit.errors import ArticleError
from articlekit.models import Article
from articlekit.parse import parse_file

if TYPE_CHECKING:  # pragma: no cover
    import multiprocessing.context

__all__ = ["Failure", "OnError", "ParseFailedError", "expand_paths", "parse_many"]

#: What :func:`parse_many` does with a file that fails.
OnError = Literal["record", "raise", "skip"]

_ON_ERROR = ("record", "raise", "skip")

#: The default number of files sent to a worker at a time. Larger chunks cost the parent
#: fewer wake-ups per file (one chunk's results are more than a pipe buffer, so a worker
#: waits for the parent to read); 64 gave 1.71x for two jobs on two cores against 1.60x
#: for 32, and at most 4 chunks of 64 small files are in flight.
DEFAULT_CHUNKSIZE = 64

PathInput = str | os.PathLike[str]


@frozen(slots=True)
class Failure:
    """A file that could not be parsed, and why."""

    #: The path as it was given or found.
    path: str
    #: One line saying what went wrong (``no such file``, ``permission denied``,
    #: ``not a text file: ...``, ``3:1: header-missing: ...``).
    reason: str
    #: The name of the exception behind it (``FileNotFoundError``, ``ArticleParseError``).
    error: str = "Exception"

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


class ParseFailedError(ArticleError):
    """Raised by :func:`parse_many` with ``on_error="raise"``; ``failure`` says which file."""

    def __init__(self, failure: Failure) -> None:
        self.failure = failure
        super().__init__(str(failure))

    def __reduce__(self) -> tuple[type[ParseFailedError], tuple[Failure]]:
        return (type(self), (self.failure,))


# -- finding files -------------------------------------------------------------------


def _walk(directory: str) -> Iterator[str]:
    """Yield the ``*.txt`` files under *directory*, recursively, in sorted path order."""
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        found.extend(os.path.join(root, f) for f in files if f.endswith(".txt"))
    yield from sorted(found)


def expand_paths(inputs: PathInput | Iterable[PathInput]) -> Iterator[str]:
    """Yield the file paths named by *inputs*: files, directories and globs, in order.

    A single path or a string is one input. Directories are walked for ``*.txt``
    (sorted), globs are expanded (sorted, ``**`` recursive); a path that exists, or a
    glob that matches nothing, is yielded unchanged so that parsing reports it.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for item in inputs:
        path = os.fspath(item)
        if os.path.isdir(path):
            yield from _walk(path)
        elif not os.path.exists(path) and glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield path
            for m in matches:
                if os.path.isdir(m):
                    yield from _walk(m)
                else:
                    yield m
        else:
            yield path


# -- parsing one file ----------------------------------------------------------------


def _reason(path: str, exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no file matches the pattern" if glob.has_magic(path) else "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, ArticleError):
        lines = str(exc).splitlines()
        first = lines[0] if lines else type(exc).__name__
        prefix = f"{path}:"
        return first[len(prefix) :].lstrip() if first.startswith(prefix) else first
    if isinstance(exc, OSError):
        return str(exc.strerror or exc)
    message = " ".join(str(exc).split())
    kind = type(exc).__name__
    return f"unexpected {kind}: {message}" if message else f"unexpected {kind}"


def _parse_one(path: str, strict: bool, encoding: str | None, extract: bool) -> Article | Failure:
    try:
        return parse_file(path, strict=strict, encoding=encoding, extract=extract)
    except Exception as exc:  # a bad file never stops the run
        return Failure(path, _reason(path, exc), type(exc).__name__)


def _parse_chunk(paths: Sequence[str], strict: bool, encoding: str | None, extract: bool) -> bytes:
    """Parse a chunk in a worker and return the results packed by :func:`_pack`.

    The cyclic garbage collector is paused for the chunk: its young-generation passes
    cost about a tenth of the parse, and the little cyclic garbage that parsing leaves
    (some hundred objects a file) is collected once the chunk is done.
    """
    with _gc_paused():
        return _pack([_parse_one(p, strict, encoding, extract) for p in paths])


# -- moving results between processes --------------------------------------------------
#
# With two workers on two cores every microsecond spent moving a result competes with
# parsing, and the parent's share counts twice (it runs beside both workers). Pickling an
# attrs slots class goes through a Python call per object on both sides. Instead, a
# worker cuts a chunk's articles into columns, one list per field of each model class in
# the tree (every Span of every paragraph, every quote's text, ...), and sends them with
# :mod:`marshal`; the parent makes all objects of a class at once and fills each slot
# from its column with ``map`` over the slot descriptor, so that no Python frame runs per
# object. The plan of columns is derived once from the attrs field types. Anything the
# plan does not describe exactly (a subclass, an unexpected type, an object marshal does
# not know) sends the chunk as a pickle instead, so results are always equal to the
# worker's objects, types included.

_PRIMITIVE, _DATE, _ENUM, _ONE, _OPTIONAL, _STRINGS, _MANY = range(7)
_NONE = type(None)
_PRIMITIVES: frozenset[object] = frozenset({str, int, bool, float, _NONE})


class _Unsupported(Exception):
    """A type or value that the column plan does not describe."""


@frozen
class _Column:
    """How one field of a model class is carried: its kind, accessors and what it holds."""

    kind: int
    get: Callable[[Any], Any]
    set: Callable[[Any, Any], None]
    #: The types the field's values (for _MANY: the tuple items) may have.
    allowed: frozenset[type] = frozenset()
    #: The model class inside (_ONE, _OPTIONAL, _MANY).
    inner: type = object
    #: For _ENUM: member to index, and index to member (None last when optional).
    index: dict[Any, int] = attrs.field(factory=dict)
    members: tuple[Any, ...] = ()


def _kind(tp: object) -> tuple[int, type, bool]:
    """Classify a resolved field type: (kind, the class it names, optional)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        some = [a for a in typing.get_args(tp) if a is not _NONE]
        if all(a in _PRIMITIVES for a in some):
            return _PRIMITIVE, object, True
        if len(some) != 1:
            raise _Unsupported(tp)
        kind, cls, _ = _kind(some[0])
        if kind == _ONE:
            return _OPTIONAL, cls, True
        if kind in (_DATE, _ENUM):
            return kind, cls, True
        raise _Unsupported(tp)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise _Unsupported(tp)
        kind, cls, _ = _kind(args[0])
        if kind == _PRIMITIVE:
            return _STRINGS, object, False
        if kind == _ONE:
            return _MANY, cls, False
        raise _Unsupported(tp)
    if tp in _PRIMITIVES:
        return _PRIMITIVE, object, False
    if tp is datetime.date:
        return _DATE, datetime.date, False
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return _ENUM, tp, False
    if isinstance(tp, type) and attrs.has(tp):
        return _ONE, tp, False
    raise _Unsupported(tp)


def _plan(root: type) -> dict[type, list[_Column]]:
    """Return the columns of *root* and of every model class under it."""
    plans: dict[type, list[_Column]] = {}

    def add(cls: type) -> None:
        if cls in plans:
            return
        if "__slots__" not in cls.__dict__:
            raise _Unsupported(cls)
        fields = attrs.fields(cls)
        hints = typing.get_type_hints(cls)
        if set(cls.__dict__["__slots__"]) - {f.name for f in fields} - {"__weakref__"}:
            raise _Unsupported(cls)  # a cached hash or another private slot
        columns: list[_Column] = []
        plans[cls] = columns
        for f in fields:
            kind, inner, optional = _kind(hints[f.name])
            get, put = operator.attrgetter(f.name), cls.__dict__[f.name].__set__
            allowed = frozenset({inner, _NONE} if optional else {inner})
            if kind == _ENUM:
                members: list[Any] = list(inner)  # type: ignore[call-overload]
                if optional:
                    members.append(None)
                if len(members) > 256:
                    raise _Unsupported(inner)
                index = {m: i for i, m in enumerate(members)}
                columns.append(_Column(kind, get, put, allowed, inner, index, tuple(members)))
            elif kind in (_ONE, _OPTIONAL, _MANY):
                add(inner)
                columns.append(_Column(kind, get, put, allowed, inner))
            else:
                columns.append(_Column(kind, get, put, allowed))

    add(root)
    return plans


def _check(values: list[Any], allowed: frozenset[type]) -> None:
    if values and not set(map(type, values)) <= allowed:
        raise _Unsupported(set(map(type, values)) - allowed)


_TUPLE = frozenset({tuple})


def _encode(plans: dict[type, list[_Column]], cls: type, objs: list[Any], out: list[Any]) -> None:
    """Append the columns of *objs* (all exactly of *cls*) and of their parts to *out*."""
    for c in plans[cls]:
        values = list(map(c.get, objs))
        if c.kind == _PRIMITIVE:
            out.append(values)  # marshal refuses what it cannot carry exactly
        elif c.kind == _ENUM:
            _check(values, c.allowed)
            out.append(bytes(map(c.index.__getitem__, values)))
        elif c.kind == _DATE:
            _check(values, c.allowed)
            out.append([None if v is None else v.toordinal() for v in values])
        elif c.kind == _ONE:
            _check(values, c.allowed)
            _encode(plans, c.inner, values, out)
        elif c.kind == _OPTIONAL:
            _check(values, c.allowed)
            out.append(bytes(v is not None for v in values))
            _encode(plans, c.inner, [v for v in values if v is not None], out)
        else:  # _STRINGS, _MANY: the tuples' lengths, then all their items in a row
            _check(values, _TUPLE)
            out.append(list(map(len, values)))
            items = list(itertools.chain.from_iterable(values))
            if c.kind == _STRINGS:
                out.append(items)
            else:
                _check(items, c.allowed)
                _encode(plans, c.inner, items, out)


def _decode(
    plans: dict[type, list[_Column]], cls: type, n: int, columns: Iterator[Any]
) -> list[Any]:
    """Make *n* objects of *cls* from the columns that :func:`_encode` wrote."""
    objs: list[Any] = list(map(object.__new__, itertools.repeat(cls, n)))
    for c in plans[cls]:
        values: Iterable[Any]
        if c.kind == _PRIMITIVE:
            values = next(columns)
        elif c.kind == _ENUM:
            values = map(c.members.__getitem__, next(columns))
        elif c.kind == _DATE:
            values = [None if v is None else _fromordinal(v) for v in next(columns)]
        elif c.kind == _ONE:
            values = _decode(plans, c.inner, n, columns)
        elif c.kind == _OPTIONAL:
            present = next(columns)
            made = iter(_decode(plans, c.inner, sum(present), columns))
            values = [next(made) if p else None for p in present]
        else:
            lengths = next(columns)
            if c.kind == _STRINGS:
                items = next(columns)
            else:
                items = _decode(plans, c.inner, sum(lengths), columns)
            values = map(tuple, map(itertools.islice, itertools.repeat(iter(items)), lengths))
        deque(map(c.set, objs, values), 0)
    return objs


_fromordinal = datetime.date.fromordinal

try:
    _PLANS: dict[type, list[_Column]] | None = _plan(Article)
except _Unsupported:  # pragma: no cover - a model field the plan cannot carry
    _PLANS = None


def _pack(results: list[Article | Failure]) -> bytes:
    """Pack a worker's results: articles as marshalled columns, anything else pickled."""
    with _gc_paused():
        if _PLANS is not None:
            articles: list[object] = [r for r in results if type(r) is Article]
            others = [r for r in results if type(r) is not Article]
            try:
                columns: list[object] = []
                _encode(_PLANS, Article, articles, columns)
                where = [i for i, r in enumerate(results) if type(r) is Article] if others else None
                rest = pickle.dumps(others, pickle.HIGHEST_PROTOCOL) if others else b""
                return marshal.dumps((len(articles), columns, where, rest))
            except (_Unsupported, ValueError, KeyError):
                pass  # something the columns do not carry exactly: pickle the chunk
        return marshal.dumps(pickle.dumps(results, pickle.HIGHEST_PROTOCOL))


def _unpack(data: bytes) -> list[Article | Failure]:
    """Rebuild the results that :func:`_pack` packed, in their order."""
    with _gc_paused():
        packed = marshal.loads(data)
        if isinstance(packed, bytes):
            results: list[Article | Failure] = pickle.loads(packed)
            return results
        assert _PLANS is not None
        n, columns, where, rest = packed
        articles: list[Article | Failure] = _decode(_PLANS, Article, n, iter(columns))
        if where is None:
            return articles
        results = pickle.loads(rest)
        for i, article in zip(where, articles, strict=True):
            results.insert(i, article)
        return results


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while (un)packing a chunk.

    Unpacking allocates thousands of objects, which triggers collections that double its
    cost; articles hold no reference cycles, so there is nothing for them to find.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# -- the pool --------------------------------------------------------------------------


def _chunks(paths: Iterator[str], size: int) -> Iterator[list[str]]:
    while True:
        chunk = list(itertools.islice(paths, size))
        if not chunk:
            return
        yield chunk


@overload
def parse_many(
    inputs: PathInput | Iterable[PathInput],
    *,
    jobs: int | None = ...,
    strict: bool = ...,
    on_error: Literal["record"] = ...,
    ordered: bool = ...,
    chunksize: int = ...,
    encoding: str | None = ...,
    extract: bool = ...,
    mp_context: multiprocessing.context.BaseContext | None = ...,
) -> Iterator[Article | Failure]: ...


@overload
def parse_many(
    inputs: PathInput | Iterable[PathInput],
    *,
    jobs: int | None = ...,
    strict: bool = ...,
    on_error: Literal["raise", "skip"],
    ordered: bool = ...,
    chunksize: int = ...,
    encoding: str | None = ...,
    extract: bool = ...,
    mp_context: multiprocessing.context.BaseContext | None = ...,
) -> Iterator[Article]: ...


def parse_many(
    inputs: PathInput | Iterable[PathInput],
    *,
    jobs: int | None = None,
    strict: bool = False,
    on_error: OnError = "record",
    ordered: bool = True,
    chunksize: int = DEFAULT_CHUNKSIZE,
    encoding: str | None = None,
    extract: bool = True,
    mp_context: multiprocessing.context.BaseContext | None = None,
) -> Iterator[Article | Failure]:
    """Parse every file named by *inputs* and yield the articles as they are ready.

    *inputs* are files, directories and globs (see :func:`expand_paths`). *jobs* is the
    number of worker processes (None: one per CPU; 1: parse in this process). With
    *ordered* (the default) articles come in input order; otherwise in the order they
    finish, which keeps every worker busy when files differ much in size. *chunksize*
    files go to a worker at a time. *strict*, *encoding* and *extract* are passed to
    :func:`~articlekit.parse_file`; each article's id is its file stem.

    A file that fails is handled as *on_error* says: ``"record"`` yields a
    :class:`Failure` in its place, ``"skip"`` drops it, ``"raise"`` raises
    :class:`ParseFailedError`. Arguments are checked before anything is read.
    """
    if on_error not in _ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(_ON_ERROR)}, not {on_error!r}")
    if jobs is None:
        jobs = _cpu_count()
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
    items = _run(
        expand_paths(inputs),
        jobs=jobs,
        ordered=ordered,
        chunksize=chunksize,
        args=(strict, encoding, extract),
        mp_context=mp_context,
    )
    return _apply_policy(items, on_error)


def _cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _apply_policy(items: Iterator[Article | Failure], on_error: str) -> Iterator[Article | Failure]:
    try:
        for item in items:
            if isinstance(item, Failure):
                if on_error == "skip":
                    continue
                if on_error == "raise":
                    raise ParseFailedError(item)
            yield item
    finally:
        close = getattr(items, "close", None)
        if close is not None:
            close()


def _run(
    paths: Iterator[str],
    *,
    jobs: int,
    ordered: bool,
    chunksize: int,
    args: tuple[bool, str | None, bool],
    mp_context: multiprocessing.context.BaseContext | None,
) -> Iterator[Article | Failure]:
    chunks = _chunks(paths, chunksize)
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None) if jobs > 1 else None
    if second is None:
        # One process: no pool (jobs=1, or everything fits in one chunk).
        for path in first:
            yield _parse_one(path, *args)
        for chunk in chunks:
            for path in chunk:
                yield _parse_one(path, *args)
        return
    pending = _chain([first, second], chunks)
    yield from _pooled(pending, jobs=jobs, ordered=ordered, args=args, mp_context=mp_context)


def _chain(head: list[list[str]], rest: Iterator[list[str]]) -> Iterator[list[str]]:
    yield from head
    yield from rest


def _pooled(
    chunks: Iterator[list[str]],
    *,
    jobs: int,
    ordered: bool,
    args: tuple[bool, str | None, bool],
    mp_context: multiprocessing.context.BaseContext | None,
) -> Iterator[Article | Failure]:
    # Imported here: multiprocessing is only needed once there is a pool.
    import concurrent.futures as cf
    from concurrent.futures.process import BrokenProcessPool

    window = 2 * jobs

    def new_pool() -> cf.ProcessPoolExecutor:
        return cf.ProcessPoolExecutor(max_workers=jobs, mp_context=mp_context)

    executor = new_pool()
    inflight: deque[tuple[list[str], cf.Future[bytes]]] = deque()

    def submit(chunk: list[str]) -> None:
        try:
            future = executor.submit(_parse_chunk, chunk, *args)
        except BrokenProcessPool as exc:  # the pool broke since the last result
            future = cf.Future()
            future.set_exception(exc)
        inflight.append((chunk, future))

    def refill() -> None:
        while len(inflight) < window:
            chunk = next(chunks, None)
            if chunk is None:
                return
            submit(chunk)

    try:
        refill()
        while inflight:
            if ordered:
                chunk, future = inflight.popleft()
            else:
                done, _ = cf.wait([f for _, f in inflight], return_when=cf.FIRST_COMPLETED)
                index = next(i for i, (_, f) in enumerate(inflight) if f in done)
                chunk, future = inflight[index]
                del inflight[index]
            try:
                results = _unpack(future.result())
            except BrokenProcessPool:
                # A worker died and took the pool with it. Redo the chunks that were in
                # flight one file at a time in a new pool, so that only the file that
                # kills a worker is reported, then carry on as before.
                lost = [(chunk, future), *inflight]
                inflight.clear()
                executor.shutdown(wait=True, cancel_futures=True)
                executor = new_pool()
                redone = []
                for c, f in lost:
                    out: list[Article | Failure] = []
                    if f.done() and not f.cancelled() and f.exception() is None:
                        redone.append((c, _unpack(f.result())))  # finished before the break
                        continue
                    for path in c:
                        try:
                            one = executor.submit(_parse_chunk, [path], *args)
                            out.extend(_unpack(one.result()))
                        except BrokenProcessPool:
                            out.append(Failure(path, "worker process died", "BrokenProcessPool"))
                            executor.shutdown(wait=True, cancel_futures=True)
                            executor = new_pool()
                    redone.append((c, out))
                results = redone[0][1]
                for c, out in reversed(redone[1:]):
                    ready: cf.Future[bytes] = cf.Future()
                    ready.set_result(_pack(out))
                    inflight.appendleft((c, ready))
            refill()
            yield from results
            del results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
