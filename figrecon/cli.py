"""The figrecon command line: the only module that reads arguments, prints, or exits.

Exit codes:
  0  success
  1  some inputs were skipped (each named on standard error), the rest were processed: an input
     that cannot be read, or a document that raised while its claims were extracted,
     normalized or grouped (the message names the file, the JSONL line and the error's class; --debug or
     FIGRECON_DEBUG=1 adds the traceback)
  2  usage error, or nothing readable at all
  3  the environment lacks something figrecon needs (no English spaCy model)
"""
from __future__ import annotations

import itertools
import os
import sys
from enum import Enum
from typing import Iterator, List, Optional

import typer

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE, EXIT_ENVIRONMENT = 0, 1, 2, 3

app = typer.Typer(
    add_completion=True,
    # click's own help layout: flags shown as flags ("--all", not "--all <bool>"), and no rich
    # import on the way to --help.
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Find the figures news sources disagree on: extract numeric claims from articles, "
         "normalize them, group them by subject and show the conflicts.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


class CompareFormat(str, Enum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    json = "json"
    html = "html"


class ExtractFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class EvaluateFormat(str, Enum):
    table = "table"
    json = "json"


#: The output format an ``-o FILE`` name implies when ``--format`` is not given.
_FORMAT_BY_EXTENSION = {".md": "markdown", ".markdown": "markdown", ".csv": "csv", ".json": "json",
                        ".jsonl": "jsonl", ".html": "html", ".htm": "html", ".txt": "table"}


def _pick_format(given, output: Optional[str], kind, default):
    """``--format`` when given, else the one ``-o FILE``'s extension names, else ``default``."""
    if given is not None:
        return given
    if output:
        name = _FORMAT_BY_EXTENSION.get(os.path.splitext(output)[1].lower())
        if name is not None:
            try:
                return kind(name)
            except ValueError:
                _fail(f"{output}: this command cannot write {name}; choose one with --format")
    return default


def _version(value: bool) -> None:
    if value:
        from figrecon import __version__

        typer.echo(f"figrecon {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Show the version and exit."),
) -> None:
    """Find the figures news sources disagree on: extract numeric claims from articles,
    normalize them, group them by subject and show the conflicts."""


def _fail(message: str, code: int = EXIT_USAGE) -> None:
    typer.echo(f"figrecon: error: {message}", err=True)
    raise typer.Exit(code)


class _Run:
    """Reads inputs, reporting problems on standard error as they come, and counting them."""

    def __init__(self, paths: List[str], strict: bool, debug: bool = False):
        self.paths = paths
        self.strict = strict
        self.debug = debug or os.environ.get("FIGRECON_DEBUG", "") not in ("", "0")
        self.skipped = 0
        self.documents = 0
        self.fingerprints = None  # compare keeps each document's fingerprint here (a figrecon.spill.Spill)

    def problem(self, record) -> None:
        """Show a Skipped or Notice record on standard error (one line; the traceback with --debug)."""
        from figrecon.model import Skipped

        if isinstance(record, Skipped):
            self.skipped += 1
        typer.echo(f"figrecon: {'skipped' if isinstance(record, Skipped) else 'warning:'} {record}", err=True)
        detail = getattr(record, "detail", None)
        if detail and self.debug:
            typer.echo(detail.rstrip("\n"), err=True)
        if self.strict:
            _fail(f"stopping at the first problem (--strict): {record}", EXIT_SKIPPED)

    def documents_iter(self):
        from figrecon.model import Document, Notice, Skipped
        from figrecon.sources import read_inputs

        for record in read_inputs(self.paths):
            if isinstance(record, (Skipped, Notice)):
                self.problem(record)
            elif isinstance(record, Document):
                self.documents += 1
                if self.fingerprints is not None:
                    from figrecon.stories import Fingerprint

                    self.fingerprints.append(Fingerprint.of(record))
                yield record

    def finish(self) -> int:
        if self.skipped:
            typer.echo(f"figrecon: {self.skipped} input{'s' if self.skipped != 1 else ''} skipped, "
                       f"{self.documents} document{'s' if self.documents != 1 else ''} read", err=True)
        if self.documents == 0:
            typer.echo("figrecon: error: nothing readable in the inputs", err=True)
            return EXIT_USAGE
        return EXIT_SKIPPED if self.skipped else EXIT_OK


class _Progress:
    """A progress bar with the total and the time left, on standard error, only for a terminal."""

    def __init__(self, total: Optional[int] = None):
        self.enabled = sys.stderr.isatty()
        self.bar = None
        if not self.enabled:
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("figrecon: reading articles"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("ETA"), TimeRemainingColumn(), console=Console(stderr=True),
                            transient=True)
        self.task = self.bar.add_task("articles", total=total)
        self.started = False

    def __call__(self, done: int) -> None:
        if self.bar is None:
            return
        if not self.started:
            # Started at the first report, after --jobs has forked its workers: the bar's
            # refresh thread is never copied into a worker.
            self.bar.start()
            self.started = True
        self.bar.update(self.task, completed=done)

    def close(self) -> None:
        if self.bar is not None and self.started:
            self.bar.stop()


def _count_inputs(paths: List[str]) -> Optional[int]:
    """About how many articles the inputs hold, for the progress bar's total: one a file, one a
    line of a JSONL file, one a URL. None when unknown (standard input)."""
    from figrecon.sources import JSONL_EXTENSIONS, SUPPORTED_EXTENSIONS

    def count(path: str) -> int:
        if os.path.splitext(path)[1].lower() not in JSONL_EXTENSIONS:
            return 1
        try:
            with open(path, "rb") as handle:
                return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b"")) or 1
        except OSError:
            return 1

    total = 0
    for path in paths:
        if path == "-":
            return None
        if os.path.isdir(path):
            for folder, _, names in os.walk(path):
                total += sum(count(os.path.join(folder, n)) for n in names
                             if os.path.splitext(n)[1].lower() in SUPPORTED_EXTENSIONS)
        else:
            total += count(path)
    return total or None


def _claims(run: _Run, base_currency: str, jobs: int, command: str) -> Iterator:
    """The claims of the run's inputs, through the stages ``command`` runs (``figrecon.stages``:
    the spaCy components that run follow from them)."""
    from figrecon import memory, stages
    from figrecon.model import Claim
    from figrecon.nlp import ModelMissing, require
    from figrecon.parallel import records_parallel

    memory.settle()  # before the model is loaded, and inherited by forked workers
    try:
        require()  # loaded where a sentence needs a parse (with --jobs, before the workers fork)
    except ModelMissing as error:
        _fail(str(error), EXIT_ENVIRONMENT)
    progress = _Progress(_count_inputs(run.paths) if sys.stderr.isatty() else None)
    try:
        for record in records_parallel(run.documents_iter(), jobs, base_currency, on_progress=progress,
                                       entities=stages.runs_names(command)):
            if isinstance(record, Claim):
                yield record
            else:
                run.problem(record)
    finally:
        progress.close()


def _check_currency(code: str) -> str:
    from figrecon.currency import known

    code = code.upper()
    if not known(code):
        _fail(f"unknown --base-currency {code!r}: give an ISO 4217 code with known rates, e.g. USD, EUR, GBP")
    return code


def _write(chunks, output: Optional[str], excel: bool = False) -> None:
    """Write rendered chunks to ``output`` or standard output; a closed pipe ends quietly.

    ``excel`` starts the output with a UTF-8 byte order mark, which spreadsheet programs need
    to read "’" and "£" as UTF-8."""
    if excel:
        chunks = _with_bom(chunks)
    if output:
        try:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                for chunk in chunks:
                    handle.write(chunk)
        except OSError as error:
            _fail(f"cannot write {output}: {error.strerror or error}")
        return
    try:
        for chunk in chunks:
            sys.stdout.write(chunk)
        sys.stdout.flush()
    except BrokenPipeError:
        # `figrecon compare corpus/ | head -1`: the reader has gone; stop without a traceback.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK)


def _with_bom(chunks):
    yield "\ufeff"
    yield from chunks


def _width(output: Optional[str]) -> int:
    """The terminal's width for a table on a terminal; 120 columns for a file or a pipe."""
    if output is None and sys.stdout.isatty():
        import shutil

        return max(60, shutil.get_terminal_size().columns)
    return 120


PATHS = typer.Argument(..., help="Files, directories (read recursively), http(s) URLs, or - for standard input.")
EXCEL = typer.Option(False, "--excel", help="Start the output with a UTF-8 byte order mark, so that spreadsheets read it right.")


@app.command()
def compare(
    paths: List[str] = PATHS,
    format: Optional[CompareFormat] = typer.Option(None, "--format", "-f", help="Output format [default: from the --output extension, else table]."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output (.md, .csv, .json, .html pick the format)."),
    excel: bool = EXCEL,
    all_groups: bool = typer.Option(False, "--all", help="Also show groups whose figures agree."),
    base_currency: str = typer.Option("USD", "--base-currency", help="ISO code money is converted to, at each article's date."),
    tolerance: float = typer.Option(0.05, "--tolerance", help="Relative slack before two intervals count as conflicting."),
    explain: bool = typer.Option(False, "--explain", help="Say why claims were grouped and why pairs conflict."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first input that cannot be read or processed."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes; output is identical whatever the number."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of a document that could not be processed "
                               "(also FIGRECON_DEBUG=1), for a bug report."),
) -> None:
    """Group numeric claims by subject across sources and show the ones that conflict.

    Example:

        figrecon compare corpus/ --output report.html
    """
    from figrecon import render, stories
    from figrecon.reconcile import group

    format = _pick_format(format, output, CompareFormat, CompareFormat.table)
    if tolerance < 0:
        _fail("--tolerance must be zero or more")
    base = _check_currency(base_currency)
    run = _Run(paths, strict, debug)
    from figrecon.model import failure
    from figrecon.spill import Spill

    try:
        # stories are split on small per-document fingerprints (stories.py), kept on disk until then
        prints = run.fingerprints = Spill()
        groups = group(_claims(run, base, jobs, "compare"), tolerance=tolerance,
                       stories=lambda: stories.split(prints),
                       on_failure=lambda doc, error: run.problem(failure(doc, None, "grouping claims", error)))
    except OSError as error:  # fingerprints and claims wait in temporary files (figrecon.spill)
        _fail(f"cannot write a temporary file for grouping ({error.strerror or error}): "
              "set TMPDIR to a writable folder", EXIT_ENVIRONMENT)
    # groups are built as they are written, so a large input never holds them all at once
    shown = (g for g in groups if all_groups or (g.conflict and len(g.sources) > 1))
    first = next(shown, None)
    shown = itertools.chain([first], shown) if first is not None else iter(())
    if format is CompareFormat.table:
        chunks = render.render_table(shown, explain, width=_width(output))
        if first is None and run.documents:
            chunks = iter(["No conflicting figures found (use --all to list every group).\n"])
    elif format is CompareFormat.markdown:
        chunks = render.render_markdown(shown, explain)
    elif format is CompareFormat.csv:
        chunks = render.render_csv(shown)
    elif format is CompareFormat.html:
        from figrecon.report import render_html

        chunks = render_html(shown, documents=run.documents, all_groups=all_groups, explain_groups=explain)
    else:
        chunks = render.render_json(shown, explain)
    _write(chunks, output, excel)
    raise typer.Exit(run.finish())


@app.command()
def extract(
    paths: List[str] = PATHS,
    format: Optional[ExtractFormat] = typer.Option(None, "--format", "-f", help="Output format [default: from the --output extension, else table]."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output (.csv, .json, .jsonl pick the format)."),
    excel: bool = EXCEL,
    base_currency: str = typer.Option("USD", "--base-currency", help="ISO code money is converted to."),
    strict: bool = typer.Option(False, "--strict", help="Stop at the first input that cannot be read or processed."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes; output is identical whatever the number."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback of a document that could not be processed "
                               "(also FIGRECON_DEBUG=1), for a bug report."),
    explain: bool = typer.Option(False, "--explain", help="Name the grammar rules that read each claim (table, json, jsonl)."),
) -> None:
    """List every numeric claim in the articles, with its interval, unit, subject and source.

    Example:

        figrecon extract corpus/ --format jsonl > claims.jsonl
        figrecon extract article.md --explain
    """
    from figrecon import render

    format = _pick_format(format, output, ExtractFormat, ExtractFormat.table)
    base = _check_currency(base_currency)
    run = _Run(paths, strict, debug)
    claims = _claims(run, base, jobs, "extract")
    renderers = {
        ExtractFormat.table: lambda: render.render_claims_table(list(claims), width=_width(output),
                                                                explain_rules=explain),
        ExtractFormat.csv: lambda: render.render_claims_csv(claims),
        ExtractFormat.json: lambda: render.render_claims_json(claims, explain),
        ExtractFormat.jsonl: lambda: render.render_claims_jsonl(claims, explain),
    }
    _write(renderers[format](), output, excel)
    raise typer.Exit(run.finish())


@app.command()
def evaluate(
    gold: str = typer.Argument(..., help="A NewsQuant-style JSON file: [{text, quantities: [...]}]."),
    format: EvaluateFormat = typer.Option(EvaluateFormat.table, "--format", "-f", help="Output format."),
) -> None:
    """Score the extractor on a gold file: precision, recall and F1 for value, unit, change, concept.

    Example:

        figrecon evaluate ../shared/benchmarks/newsquant-dev.json
    """
    import json

    from figrecon.evaluate import load_gold, score
    from figrecon.extract import extract_text
    from figrecon.nlp import ModelMissing, load

    try:
        sentences = load_gold(gold)
    except FileNotFoundError:
        _fail(f"{gold}: no such file")
    except (ValueError, KeyError, TypeError) as error:
        _fail(f"{gold}: not a NewsQuant-style gold file ({error})")
    try:
        nlp = load()
    except ModelMissing as error:
        _fail(str(error), EXIT_ENVIRONMENT)
    from figrecon import stages

    names = stages.runs_names("evaluate")
    report = score(sentences, lambda text: extract_text(text, nlp, entities=names))
    data = report.to_dict()
    if format is EvaluateFormat.json:
        _write([json.dumps(data, indent=2) + "\n"], None)
        return
    from tabulate import tabulate

    rows = []
    for name, value in data.items():
        if isinstance(value, dict) and "f1" in value:
            rows.append([name, value.get("precision"), value.get("recall"), value.get("f1"),
                         value.get("tp"), value.get("predicted"), value.get("gold")])
    _write([tabulate(rows, headers=["metric", "precision", "recall", "F1", "tp", "predicted", "gold"],
                     floatfmt=".1f") + "\n"], None)


def main() -> None:
    """Console entry point."""
    app()
