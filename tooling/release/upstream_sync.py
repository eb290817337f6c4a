"""`make upstream-sync [SOURCE=<URL or file>]`: take Cekura's published OpenAPI document and, when its bytes
differ from openapi.yaml's, run the update-spec path (tooling/release/update_spec.py): vendor it byte for byte, diff,
next version, CHANGELOG.md entry, regenerate.

Upstream publishes JSON and openapi.yaml holds those bytes unchanged (JSON is YAML; the name stayed when the
excerpt that was YAML gave way to the complete document), so "differs" is a byte comparison and the sha256 in
openapi.provenance.yaml is the published file's. A fetch that fails, or a document that is not OpenAPI 3.x,
changes nothing and says why (exit 2); so does a regeneration that fails (exit 1, after update-spec put
everything back).

For the upstream-sync workflow it writes build/upstream-sync/pull-request.md (the pull request's body:
the markdown spec diff under the changelog entry) and, under GitHub Actions, its step outputs (changed,
version, bump, wire, source, labels, title).
"""

import argparse
import datetime
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

from tooling.project import ROOT, SPEC
from tooling.release import update_spec, versions
from tooling.specdiff.sources import SourceError, load

# Where Cekura publishes the document: the default branch of its public docs repository. The one place
# it is written; SOURCE= (make), the argument, or the workflow's `url` input override it.
DEFAULT_URL = "https://raw.githubusercontent.com/cekura-ai/docs/main/openapi.json"
WORK = ROOT / "build" / "upstream-sync"
TIMEOUT = 60.0  # seconds, per read
LIMIT = 64 * 1024 * 1024  # the complete document is ~3 MB
LABELS = {"major": "spec: breaking", "minor": "spec: additions", "patch": "spec: documentation"}
UPGRADE_NOW = "upgrade now"  # wire ERR: deployed clients break against the API as now served
BODY_LIMIT = 65_536  # GitHub's limit for a pull request's body


class FetchError(Exception):
    """The document could not be fetched or read; the message says why."""


def fetch(source: str) -> bytes:
    """The bytes at an http(s) URL or in a file."""
    if not source.startswith(("http://", "https://")):
        try:
            return Path(source).read_bytes()
        except OSError as error:
            raise FetchError(f"cannot read {source}: {error.strerror or error}") from None
    request = urllib.request.Request(source, headers={"User-Agent": "cekura-api-client upstream-sync"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            body: bytes = response.read(LIMIT + 1)
    except urllib.error.HTTPError as error:
        raise FetchError(f"{source} answered HTTP {error.code} {error.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise FetchError(f"cannot fetch {source}: {getattr(error, 'reason', error)}") from None
    if len(body) > LIMIT:
        raise FetchError(f"{source} is larger than {LIMIT // 2**20} MiB")
    return body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", default=DEFAULT_URL, help=f"URL or file (default {DEFAULT_URL})")
    parser.add_argument("--no-client-api", action="store_true", help="skip the client API section of the diff")
    args = parser.parse_args(argv)
    try:
        body = fetch(args.source)
    except FetchError as error:
        return _unchanged(f"{error}")
    WORK.mkdir(parents=True, exist_ok=True)
    # Named by the day it was fetched: openapi.provenance.yaml takes that as the publication date.
    fetched = WORK / f"openapi-{datetime.datetime.now(datetime.UTC).date().isoformat()}.json"
    fetched.write_bytes(body)
    try:
        load(str(fetched), overlay_path=None)
    except SourceError as error:
        return _unchanged(f"the fetched document is not usable: {error}")
    if body == SPEC.read_bytes():
        print(f"openapi.yaml is up to date with {args.source}")
        _outputs({"changed": "false"})
        return 0
    code = update_spec.main(
        [str(fetched), "--source", args.source, "--no-tests", *(["--no-client-api"] * args.no_client_api)]
    )
    if code != 0:
        _outputs({"changed": "false"})
        return code
    return _describe(args.source)


def _unchanged(why: str) -> int:
    print(f"error: {why}\nopenapi.yaml and generated/ were left unchanged.", file=sys.stderr)
    _outputs({"changed": "false"})
    return 2


def _describe(source: str) -> int:
    """The pull request's body, labels and title, from what update-spec left in build/update-spec/."""
    outcome = json.loads((update_spec.OUTCOME / "outcome.json").read_text(encoding="utf-8"))
    labels = [LABELS[outcome["bump"]], *([UPGRADE_NOW] if outcome["wire"] == "ERR" else [])]
    kind = LABELS[outcome["bump"]].removeprefix("spec: ")
    title = f"Upstream spec update: {outcome['previous_version']} -> {outcome['version']} ({kind})"
    entry = versions.CHANGELOG.read_text(encoding="utf-8").split("\n## ", 2)[1]
    body = [
        f"Cekura's published document ({source}) differs from `openapi.yaml`: vendored byte for byte, "
        f"regenerated, version {outcome['version']}. Opened by the upstream-sync workflow.",
        "",
        f"<details><summary>CHANGELOG.md entry</summary>\n\n## {entry.strip()}\n\n</details>",
        "",
        (update_spec.OUTCOME / "spec-diff.md").read_text(encoding="utf-8"),
    ]
    if len("\n".join(body)) > BODY_LIMIT:  # the spec diff alone stays under it
        body[2] = "The CHANGELOG.md entry is in the pull request's changes."
    (WORK / "pull-request.md").write_text("\n".join(body), encoding="utf-8")
    print(f"\n{title}; labels: {', '.join(labels)}; body: {WORK / 'pull-request.md'}")
    _outputs({"changed": "true", **outcome, "labels": ",".join(labels), "title": title})
    return 0


def _outputs(values: dict[str, str]) -> None:
    """Step outputs for the workflow (only under GitHub Actions)."""
    target = os.environ.get("GITHUB_OUTPUT")
    if target:
        with open(target, "a", encoding="utf-8") as outputs:
            outputs.writelines(f"{name}={value}\n" for name, value in values.items())


if __name__ == "__main__":
    sys.exit(main())
