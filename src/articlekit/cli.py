"""The ``articlekit`` command.

::

    articlekit parse PATH... [--jsonl] [--pretty] [-o FILE] [--strict] [--source]
    articlekit check PATH... [--strict]
    articlekit quotes PATH... [--format table|json|csv]
    articlekit people PATH... [--format table|json|csv]
    articlekit schema
    articlekit convert PATH... -o OUT [--jobs N] [--table TABLE] [--strict] [--quiet]

Exit codes: 0 success; 1 ``check --strict`` found defects, or ``convert`` could not
parse some files; 2 bad input (a missing or unreadable file, binary data, strict-mode
parse errors, a bad output path) with one line on stderr.

``convert`` parses files, directories (walked for ``*.txt``) and globs with a pool of
``--jobs`` processes (default: one per CPU) and streams the result to OUT, whose
extension picks the format:

- ``.jsonl`` / ``.jsonl.gz``: one serialised article per line (gzip-compressed);
- ``.csv``: one table of :mod:`articlekit.tables`, chosen by ``--table`` (default
  ``quotes``: one row per quote with the article id and date and the speaker's name);
- ``.parquet``: the same, as a Parquet file (needs ``pip install 'articlekit[arrow]'``).

``--table all`` writes the four tables beside OUT: ``out.csv`` gives ``out.articles.csv``,
``out.paragraphs.csv``, ``out.participants.csv`` and ``out.quotes.csv``. Output is
written to a temporary file and renamed when complete. A file that cannot be parsed is
reported on stderr (``articlekit: PATH: reason``) and skipped; the run goes on and exits
1 at the end. On a terminal, a progress bar with files/s and ETA is drawn on stderr
(``--quiet`` turns it and the closing summary off).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gzip
import json
import os
import shutil
import sys
import textwrap
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from articlekit import __version__
from articlekit.collection import Failure, expand_paths, parse_many
from articlekit.errors import ArticleError
from articlekit.models import Article
from articlekit.parse import parse_file
from articlekit.serialize import json_schema, to_dict, to_json
from articlekit.tables import TABLES

__all__ = ["main"]


class _CliError(Exception):
    """A problem to report in one line and exit 2."""


def _articles(paths: Sequence[str], *, strict: bool) -> Iterator[Article]:
    for path in paths:
        try:
            yield parse_file(path, strict=strict)
        except FileNotFoundError:
            raise _CliError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise _CliError(f"{path}: is a directory") from None
        except PermissionError:
            raise _CliError(f"{path}: permission denied") from None
        except ArticleError as exc:
            first = str(exc).splitlines()[0]
            if not first.startswith(path):
                first = f"{path}: {first}"
            raise _CliError(first) from None
        except OSError as exc:
            raise _CliError(f"{path}: {exc.strerror or exc}") from None


def _open_out(target: str | None) -> IO[str]:
    if target is None or target == "-":
        return sys.stdout
    try:
        return open(target, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise _CliError(f"{target}: cannot write: {exc.strerror or exc}") from None


def _cmd_parse(args: argparse.Namespace) -> int:
    out = _open_out(args.output)
    try:
        jsonl = args.jsonl or (len(args.paths) > 1 and not args.pretty)
        indent = 2 if args.pretty else None
        if jsonl:
            for article in _articles(args.paths, strict=args.strict):
                out.write(to_json(article, include_source=args.source) + "\n")
        else:
            docs = [
                to_dict(a, include_source=args.source)
                for a in _articles(args.paths, strict=args.strict)
            ]
            value = docs[0] if len(docs) == 1 else docs
            out.write(json.dumps(value, ensure_ascii=False, indent=indent) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    found = 0
    for path, article in zip(args.paths, _articles(args.paths, strict=False), strict=True):
        if not article.defects:
            print(f"{path}: ok")
            continue
        for d in article.defects:
            found += 1
            print(f"{path}:{d.line}:{d.column}: {d.code}: {d.message}")
    return 1 if (args.strict and found) else 0


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), indent=2))
    return 0


def _width() -> int:
    return max(60, shutil.get_terminal_size((100, 24)).columns)


def _table(rows: list[list[str]], headers: list[str], weights: list[int]) -> str:
    """Render rows as a plain-text table wrapped to the terminal width."""
    total = _width() - 3 * (len(headers) - 1)
    widths = [max(8, total * w // sum(weights)) for w in weights]
    lines = []

    def emit(cells: list[str]) -> None:
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths, strict=True)]
        for i in range(max(len(w) for w in wrapped)):
            parts = [(w[i] if i < len(w) else "").ljust(widths[k]) for k, w in enumerate(wrapped)]
            lines.append(" | ".join(parts).rstrip())

    emit(headers)
    lines.append("-+-".join("-" * w for w in widths))
    for r in rows:
        emit(r)
    return "\n".join(lines)


def _emit_records(
    args: argparse.Namespace,
    records: list[dict[str, object]],
    headers: list[str],
    weights: list[int],
) -> None:
    if args.format == "json":
        for r in records:
            print(json.dumps(r, ensure_ascii=False))
    elif args.format == "csv":
        fields = list(records[0].keys()) if records else headers
        writer = csv.DictWriter(sys.stdout, fieldnames=fields)
        writer.writeheader()
        for r in records:
            writer.writerow({k: ("; ".join(v) if isinstance(v, list) else v) for k, v in r.items()})
    else:
        rows = [
            [str("; ".join(v) if isinstance(v, list) else v) for k, v in r.items() if k in headers]
            for r in records
        ]
        print(_table(rows, headers, weights))


def _cmd_quotes(args: argparse.Namespace) -> int:
    records: list[dict[str, object]] = []
    for path, a in zip(args.paths, _articles(args.paths, strict=False), strict=True):
        names = {p.id: p.name for p in a.participants}
        for q in a.quotes:
            records.append(
                {
                    "file": Path(path).name,
                    "paragraph": q.paragraph,
                    "speaker": names.get(q.speaker or "", q.speaker_text or ""),
                    "cue": q.cue or "",
                    "kind": q.kind.value,
                    "quote": q.text,
                }
            )
    _emit_records(args, records, ["speaker", "cue", "quote"], [2, 1, 6])
    return 0


def _cmd_people(args: argparse.Namespace) -> int:
    records: list[dict[str, object]] = []
    for path, a in zip(args.paths, _articles(args.paths, strict=False), strict=True):
        for p in a.participants:
            records.append(
                {
                    "file": Path(path).name,
                    "name": p.name,
                    "kind": p.kind.value,
                    "roles": list(p.roles),
                    "mentions": len(p.mentions),
                }
            )
    _emit_records(args, records, ["name", "kind", "roles", "mentions"], [3, 1, 6, 1])
    return 0


# -- convert ---------------------------------------------------------------------------

_FORMATS = (".jsonl.gz", ".jsonl", ".csv", ".parquet")


def _format_of(out: str) -> str:
    lower = out.lower()
    for ext in _FORMATS:
        if lower.endswith(ext) and len(out) > len(ext) and not out.endswith(("/", os.sep)):
            return ext
    raise _CliError(f"{out}: unsupported output; name a file ending in {', '.join(_FORMATS)}")


def _targets(out: str, ext: str, table: str) -> dict[str, str]:
    """Map each table to write (or ``articles`` for JSON Lines) to its output path."""
    if ext in (".jsonl", ".jsonl.gz"):
        return {"articles": out}
    if table != "all":
        return {table: out}
    stem = out[: -len(ext)]
    return {t: f"{stem}.{t}{ext}" for t in TABLES}


def _check_target(path: str) -> None:
    if os.path.isdir(path):
        raise _CliError(f"{path}: is a directory")
    parent = os.path.dirname(path) or "."
    if not os.path.isdir(parent):
        raise _CliError(f"{path}: no such directory: {parent}")
    if not os.access(parent, os.W_OK):
        raise _CliError(f"{path}: cannot write: permission denied")


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class _Progress:
    """A one-line progress bar on a terminal: ``[####----] 40% 400/1000 files 812/s ETA 0:01``."""

    def __init__(self, total: int, stream: IO[str], *, enabled: bool) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def update(self, done: int, failed: int, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        total = max(self.total, 1)
        frac = min(done / total, 1.0)
        eta = _duration((self.total - done) / rate) if rate > 0 and done else "?"
        tail = (
            f" {frac:4.0%} {done}/{self.total} files"
            + (f", {failed} failed" if failed else "")
            + f"  {rate:.0f} files/s  ETA {eta}"
        )
        columns = shutil.get_terminal_size((80, 24)).columns
        width = max(10, min(40, columns - len(tail) - 3))
        filled = int(frac * width)
        line = f"[{'#' * filled}{'-' * (width - filled)}]{tail}"
        self.stream.write("\r" + line[: columns - 1] + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.enabled and self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False


def _open_targets(
    paths: dict[str, str], ext: str, stack: contextlib.ExitStack
) -> tuple[dict[str, Any], dict[str, str]]:
    """Open a temporary file beside each target; return the handles and temp paths."""
    handles: dict[str, Any] = {}
    temps: dict[str, str] = {}
    for t, path in paths.items():
        directory, name = os.path.split(path)
        tmp = os.path.join(directory, f".{name}.{os.getpid()}.part")
        try:
            fh = _open_tmp(tmp, ext)
        except OSError as exc:
            raise _CliError(f"{path}: cannot write: {exc.strerror or exc}") from None
        temps[t] = tmp
        stack.callback(_remove, tmp)
        handles[t] = stack.enter_context(fh)
    return handles, temps


def _open_tmp(tmp: str, ext: str) -> Any:
    # The caller enters the file on its ExitStack.
    if ext == ".jsonl.gz":
        return gzip.open(tmp, "wt", encoding="utf-8", newline="\n", compresslevel=6)
    if ext == ".jsonl":
        return open(tmp, "w", encoding="utf-8", newline="\n")
    if ext == ".csv":
        return open(tmp, "w", encoding="utf-8", newline="")
    return open(tmp, "wb")


def _remove(path: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def _cmd_convert(args: argparse.Namespace) -> int:
    ext = _format_of(args.output)
    if args.jobs is not None and args.jobs < 1:
        raise _CliError(f"--jobs must be at least 1, not {args.jobs}")
    if ext in (".jsonl", ".jsonl.gz") and args.table_given:
        raise _CliError("--table applies to .csv and .parquet output only")
    if ext == ".parquet":
        try:
            from articlekit.tables import _parquet

            _parquet()
        except ImportError as exc:
            raise _CliError(str(exc)) from None
    targets = _targets(args.output, ext, args.table)
    for path in targets.values():
        _check_target(path)
    paths = list(expand_paths(args.paths))
    err = sys.stderr
    progress = _Progress(len(paths), err, enabled=not args.quiet and err.isatty())
    stats = {"files": 0, "articles": 0, "quotes": 0, "defects": 0, "failures": 0}

    def articles() -> Iterator[Article]:
        for item in parse_many(paths, jobs=args.jobs, strict=args.strict):
            stats["files"] += 1
            if isinstance(item, Failure):
                stats["failures"] += 1
                progress.clear()
                print(f"articlekit: {item}", file=err)
            else:
                stats["articles"] += 1
                stats["quotes"] += len(item.quotes)
                stats["defects"] += len(item.defects)
                yield item
            progress.update(stats["files"], stats["failures"])

    start = time.monotonic()
    with contextlib.ExitStack() as stack:
        handles, temps = _open_targets(targets, ext, stack)
        try:
            _write(articles(), handles, ext)
        except OSError as exc:
            progress.clear()
            raise _CliError(f"{args.output}: cannot write: {exc.strerror or exc}") from None
        finally:
            progress.update(stats["files"], stats["failures"], force=True)
            progress.clear()
        for fh in handles.values():
            fh.close()
        for t, tmp in temps.items():
            os.replace(tmp, targets[t])
    elapsed = time.monotonic() - start
    if not args.quiet:
        written = ", ".join(targets.values())
        rate = stats["files"] / elapsed if elapsed > 0 else 0.0
        print(
            f"articlekit: {stats['files']} files: {stats['articles']} articles, "
            f"{stats['quotes']} quotes, {stats['defects']} defects, "
            f"{stats['failures']} failures -> {written} "
            f"({elapsed:.1f} s, {rate:.0f} files/s)",
            file=err,
        )
    return 1 if stats["failures"] else 0


def _write(articles: Iterator[Article], handles: dict[str, Any], ext: str) -> None:
    if ext in (".jsonl", ".jsonl.gz"):
        fh = handles["articles"]
        for article in articles:
            fh.write(to_json(article))
            fh.write("\n")
    elif ext == ".csv":
        from articlekit.tables import _write_csv_files

        _write_csv_files(articles, handles)
    else:
        from articlekit.tables import _write_parquet_files

        _write_parquet_files(articles, handles, batch_size=500, compression="zstd")


class _StoreTable(argparse.Action):
    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        namespace.table = values
        namespace.table_given = True


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``articlekit`` command."""
    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Turn news articles saved as plain text into structured JSON.",
    )
    parser.add_argument("--version", action="version", version=f"articlekit {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("parse", help="parse files and print JSON")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--jsonl", action="store_true", help="one JSON document per line")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--strict", action="store_true", help="fail on the first defect")
    p.add_argument("--source", action="store_true", help="include the source text")
    p.set_defaults(func=_cmd_parse)

    c = sub.add_parser("check", help="list the defects of each file")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--strict", action="store_true", help="exit 1 when any file has defects")
    c.set_defaults(func=_cmd_check)

    for name, func, what in (
        ("quotes", _cmd_quotes, "list who said what"),
        ("people", _cmd_people, "list participants"),
    ):
        q = sub.add_parser(name, help=what)
        q.add_argument("paths", nargs="+", metavar="PATH")
        q.add_argument("--format", choices=("table", "json", "csv"), default="table")
        q.set_defaults(func=func)

    s = sub.add_parser("schema", help="print the JSON Schema of the output")
    s.set_defaults(func=_cmd_schema)

    v = sub.add_parser(
        "convert",
        help="parse many files in parallel into JSON Lines, CSV or Parquet",
        description=(
            "Parse files, directories (walked for *.txt) and globs into OUT: .jsonl, "
            ".jsonl.gz (articles), .csv or .parquet (one table, see --table). "
            "Exit 1 if any file could not be parsed."
        ),
    )
    v.add_argument("paths", nargs="+", metavar="PATH")
    v.add_argument("-o", "--output", required=True, metavar="OUT", help="the output file")
    v.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="worker processes (default: one per CPU; 1: no pool)",
    )
    v.add_argument(
        "--table",
        choices=(*TABLES, "all"),
        default="quotes",
        action=_StoreTable,
        help="the table for .csv and .parquet output (default: quotes; "
        "all: one file per table beside OUT)",
    )
    v.add_argument("--strict", action="store_true", help="count a file with defects as failed")
    v.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    v.set_defaults(func=_cmd_convert, table_given=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
        return code
    except _CliError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (``articlekit parse ... | head``): stop quietly, and point
        # stdout at /dev/null so that the interpreter's final flush does not complain.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
