"""`press-extract` (also `python -m extract`): a thin click shell over the library.

Each command maps its flags onto `Settings` (one place: `_settings`), calls one library function and
prints a short result; library errors become one-line `click` errors, never tracebacks.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import ExtractError
from .settings import Settings


def _settings(**kw) -> Settings:
    try:
        return Settings.from_env(**kw)
    except ExtractError as e:
        raise click.ClickException(str(e)) from None


def _model_option(f):
    return click.option("--model", default=None, help="spaCy model package name or path (default: models/base_model.json).")(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="press-extract")
def cli():
    """Turn diplomatic press pages into Parquet tables (see CONTRACT.md)."""


@cli.command("run")
@click.argument("in_dir", type=click.Path(file_okay=False, path_type=Path))
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--batch", default=None, help="Batch (partition) name; default: the input folder's name.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Worker processes (each loads the model once).")
@click.option("--force", is_flag=True, help="Reprocess documents already written for this batch.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")
@_model_option
def run_cmd(in_dir, out_dir, batch, workers, force, progress, model):
    """Process the pages in IN_DIR (.txt, .html, .jsonl) into tables under OUT_DIR.

    Example: press-extract run data/raw data/processed --workers 2
    """
    from .pipeline import run

    s = _settings(in_dir=in_dir, out_dir=out_dir, batch=batch, workers=workers, force=force, progress=progress, model=model)
    try:
        summary = run(s)
    except ExtractError as e:
        raise click.ClickException(str(e)) from None
    _print_summary(summary, out_dir)


def _print_summary(summary, out_dir: Path) -> None:
    rows = summary.rows
    click.echo(f"press-extract: batch {summary.batch!r} -> {out_dir}")
    state = "rewritten" if summary.rewritten else "unchanged, nothing rewritten"
    click.echo(f"  inputs {summary.n_inputs}  processed {summary.n_processed}  skipped (unchanged) {summary.n_skipped}  [{state}]")
    width = max(len(t) for t in rows) if rows else 10
    for t, n in rows.items():
        click.echo(f"  {t:<{width}}  {n:>7}")
    rate = summary.n_processed / summary.seconds if summary.seconds > 0 else 0.0
    click.echo(f"  errors {summary.n_errors}   time {summary.seconds:.1f}s   ({rate:.1f} docs/s)")
    if summary.n_errors:
        click.echo(f"  see {out_dir}/errors/{summary.batch}/ for the error rows")


@cli.command("validate")
@click.argument("out_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
def validate_cmd(out_dir):
    """Check the tables under OUT_DIR against the contract (schemas, offsets, codes, keys).

    Example: press-extract validate data/processed
    """
    from .validate import validate

    problems = validate(out_dir)
    for p in problems:
        click.echo(f"  {p}")
    if problems:
        raise click.ClickException(f"{len(problems)} contract violation(s) in {out_dir}")
    click.echo(f"{out_dir}: all tables match the contract")


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List false positives and misses per document.")
@click.option("--subset", default=None, help="Only gold pages of these spec batches (comma-separated, e.g. b07,b08).")
@_model_option
def eval_cmd(gold_dir, out_dir, as_json, show_errors, subset, model):
    """Run the pipeline on GOLD_DIR/docs into OUT_DIR and score it against GOLD_DIR/gold.jsonl.

    Example: press-extract eval tests/gold .eval --errors
    """
    from .evaluate import evaluate, format_errors, format_table

    try:
        report = evaluate(gold_dir, out_dir, model=model, subset=subset.split(",") if subset else None)
    except ExtractError as e:
        raise click.ClickException(str(e)) from None
    if as_json:
        click.echo(json.dumps({k: v for k, v in report.items() if k != "errors"}, indent=2))
    else:
        click.echo(format_table(report))
    if show_errors:
        click.echo(format_errors(report))


def main():
    try:
        cli(prog_name="press-extract")
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
