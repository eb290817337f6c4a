"""cekura-spec-diff (also `make spec-diff`): what changed between two versions of the API spec.

Exit codes: 0 no change at or above --fail-on (or no --fail-on); 1 changes at or above --fail-on;
2 bad input (unreadable file, invalid YAML/JSON or OpenAPI, unknown git ref, bad ignore file), or an
internal error of the tool: never 1, which CI would read as "breaking changes".
"""

import argparse
import sys
import traceback
from pathlib import Path

from tooling.pipeline import surface
from tooling.pipeline.documents import DocumentError
from tooling.project import OVERLAY, SPEC
from tooling.specdiff import annotations, ignore, render
from tooling.specdiff.changes import VERDICTS, Level
from tooling.specdiff.operations import diff_specs
from tooling.specdiff.sources import SourceError, load

EXIT_OK, EXIT_BREAKING, EXIT_BAD_INPUT = 0, 1, 2
LEVELS = [level.name for level in Level if level != Level.NONE]


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(
        prog="cekura-spec-diff", description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    cli.add_argument("base", help="the old spec: a file, or a git ref (`main`, `HEAD~1`, `v1:openapi.yaml`)")
    cli.add_argument("revision", nargs="?", default=str(SPEC), help="the new spec (default: openapi.yaml)")
    cli.add_argument(
        "--format",
        choices=["text", "markdown", "json", "github"],
        default="text",
        help="github: annotations on the revision's lines (in GitHub Actions), then the markdown report",
    )
    cli.add_argument("--json-out", type=Path, help="also write the JSON report to this file (CI's artifact)")
    cli.add_argument(
        "--fail-on",
        action="append",
        type=fail_on,
        default=[],
        metavar="[wire:|source:]LEVEL",
        help="exit 1 on changes at this level or above, for the wire verdict (the default) or the source\n"
        "verdict; repeat for both, e.g. --fail-on ERR --fail-on source:ERR",
    )
    cli.add_argument("--ignore", type=Path, help="YAML file of accepted changes (id, where, reason)")
    cli.add_argument("--overlay", type=Path, default=OVERLAY, help="overlay applied to both sides")
    cli.add_argument("--no-overlay", action="store_true", help="compare the documents as they are")
    cli.add_argument(
        "--whole-document",
        action="store_true",
        help="compare every operation, also those the client leaves out (openapi.surface.yaml)",
    )
    cli.add_argument("--no-client-api", action="store_true", help="skip the generated clients' Python API diff")
    cli.add_argument("--reach", action="store_true", help="text: list the operations reaching each change")
    return cli


def fail_on(value: str) -> tuple[str, Level]:
    verdict, _, level = value.rpartition(":")
    if verdict not in ("", *VERDICTS) or level not in LEVELS:
        raise argparse.ArgumentTypeError(f"{value!r}: expected LEVEL, wire:LEVEL or source:LEVEL ({', '.join(LEVELS)})")
    return verdict or "wire", Level[level]


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        report = build(args)
    except (SourceError, DocumentError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as error:  # a bug of ours must not read as "breaking changes found" (exit 1)
        traceback.print_exc()
        print(f"error: internal error comparing {args.base} with {args.revision}: {error!r}", file=sys.stderr)
        return EXIT_BAD_INPUT
    output = {
        "text": lambda: render.text(report, colour=sys.stdout.isatty(), reach=args.reach),
        "markdown": lambda: render.markdown(report),
        "json": lambda: render.as_json(report),
        "github": lambda: "\n".join([*annotations_of(report, args.revision), "", render.markdown(report)]),
    }[args.format]()
    print(output)
    if args.json_out:
        args.json_out.write_text(render.as_json(report) + "\n", encoding="utf-8")
    failing = [(verdict, level) for verdict, level in args.fail_on if report.worst(verdict) >= level]
    return EXIT_BREAKING if failing else EXIT_OK


def annotations_of(report: render.Report, revision: str) -> list[str]:
    """Annotations on the revision's file when it is one (a git ref's lines are not the pull request's)."""
    path = Path(revision)
    lines = annotations.line_map(path.read_text(encoding="utf-8")) if path.is_file() else {}
    return annotations.annotate(report.all(), report.revision, lines)


def build(args: argparse.Namespace) -> render.Report:
    overlay = None if args.no_overlay else args.overlay
    base, revision = load(args.base, overlay), load(args.revision, overlay)
    rule = None if args.whole_document else surface.Rule.load()
    surface_notices = [*base.surface_notice(rule), *revision.surface_notice(rule)] if rule else []
    for notice in base.notices + revision.notices + surface_notices:
        print(f"notice: {notice}", file=sys.stderr)
    ledger = ignore.Ledger(ignore.load(args.ignore) if args.ignore else [])
    spec_changes = ledger.keep(diff_specs(base.document, revision.document, rule))
    client, note = None, "skipped (--no-client-api)" if args.no_client_api else ""
    if not args.no_client_api:
        # Imported only when used: it loads griffe and the generation pipeline.
        from tooling.specdiff.clientapi import ClientDiffError, diff_client_api

        try:
            client = ledger.keep(diff_client_api(base.document, revision.document))
        except ClientDiffError as error:
            note = str(error)
    stale = ledger.stale(client_compared=client is not None)
    return render.Report(base.label, revision.label, spec_changes, client, note, ledger.accepted, stale)


if __name__ == "__main__":
    sys.exit(main())
