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
import copyreg
import enum
import gc
import glob
import io
import os
import pickle
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Literal, overload

import attrs
from attrs import frozen

from articlekit import models
from articlekit.errors import ArticleError
from articlekit.models import Article
from articlekit.parse import parse_file

if TYPE_CHECKING:  # pragma: no cover
    import multiprocessing.context

__all__ = ["Failure", "OnError", "ParseFailedError", "expand_paths", "parse_many"]

#: What :func:`parse_many` does with a file that fails.
OnError = Literal["record", "raise", "skip"]

_ON_ERROR = ("record", "raise", "skip")

#: The default number of files sent to a worker at a time.
DEFAULT_CHUNKSIZE = 32

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
    """Parse a chunk in a worker and return the results packed by :func:`_pack`."""
    return _pack([_parse_one(p, strict, encoding, extract) for p in paths])


# -- moving results between processes --------------------------------------------------
#
# Pickling attrs slots classes goes through Python-level ``__getstate__``/``__setstate__``
# per object, which costs about a sixth of the parse itself; with two processes on two
# cores that is the difference between 1.6x and 1.8x. The pickler below reduces every
# model object to a call of a generated module-level function with the field values as
# arguments (setting slots through their C descriptors) and enum members to globals.


def _fast_reducer(cls: type) -> tuple[str, object, object] | None:
    """Return (name, rebuild, reduce) for an attrs slots class, or None to pickle as usual."""
    if not attrs.has(cls) or "__slots__" not in cls.__dict__:
        return None
    names = [f.name for f in attrs.fields(cls)]
    if set(cls.__dict__["__slots__"]) - set(names) - {"__weakref__"}:
        return None  # a cached hash or other private slot: let attrs handle it
    ns: dict[str, object] = {"_new": object.__new__, "_cls": cls}
    for n in names:
        ns[f"_set_{n}"] = cls.__dict__[n].__set__
    sets = "".join(f"    _set_{n}(o, {n})\n" for n in names)
    gets = "".join(f"o.{n}, " for n in names)
    name = f"_rebuild_{cls.__name__}"
    code = (
        f"def {name}({', '.join(names)}):\n    o = _new(_cls)\n{sets}    return o\n"
        f"def reduce(o):\n    return ({name}, ({gets}))\n"
    )
    exec(code, ns)
    rebuild = ns[name]
    rebuild.__module__ = __name__
    return name, rebuild, ns["reduce"]


def _enum_reduce(member: enum.Enum) -> str:
    return f"{type(member).__name__}.{member.name}"


_DISPATCH: dict[type, object] = dict(copyreg.dispatch_table)


def _install_reducers() -> None:
    for cls_name in (*models.__all__, "Failure"):
        cls = getattr(models, cls_name, None) or globals()[cls_name]
        if isinstance(cls, type) and issubclass(cls, enum.Enum):
            _DISPATCH[cls] = _enum_reduce
            continue
        made = _fast_reducer(cls)
        if made is not None:
            name, rebuild, reduce = made
            globals()[name] = rebuild
            _DISPATCH[cls] = reduce


def _pack(results: list[Article | Failure]) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _DISPATCH  # type: ignore[assignment]
    with _gc_paused():
        pickler.dump(results)
    return buffer.getvalue()


def _unpack(data: bytes) -> list[Article | Failure]:
    with _gc_paused():
        results: list[Article | Failure] = pickle.loads(data)
    return results


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while (un)pickling a chunk.

    Unpickling allocates thousands of objects, which triggers collections that double its
    cost; articles hold no reference cycles, so there is nothing for them to find.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_install_reducers()


# -- the pool --------------------------------------------------------------------------


def _chunks(paths: Iterator[str], size: int) -> Iterator[list[str]]:
    while True:
        chunk = list(islice(paths, size))
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
