"""The project's paths, and the generated package's public facts that are not in the OpenAPI document (its
licence and addresses), in one place. The pipeline hands the facts to the templates (project_facts.jinja) for
the package metadata and README; docs/releasing.md states the same choices for people."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
OVERLAY = ROOT / "openapi.overlay.yaml"
SURFACE = ROOT / "openapi.surface.yaml"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
RUNTIME = ROOT / "runtime"
OUTPUT = ROOT / "generated"
BUILD = ROOT / "build"

LICENSE = "MIT"  # SPDX expression; the text is LICENSE at the root, copied into the package
REPOSITORY = "https://github.com/cekura-ai/cekura-api-client"
URLS = {
    "Homepage": "https://cekura.ai",
    "Documentation": f"{REPOSITORY}/blob/main/generated/api.md",
    "API reference": "https://docs.cekura.ai",
    "Source": REPOSITORY,
    "Changelog": f"{REPOSITORY}/blob/main/CHANGELOG.md",
    "Issues": f"{REPOSITORY}/issues",
}


def facts_template() -> str:
    """project_facts.jinja: a JSON object is a Jinja literal too."""
    facts = {"license": LICENSE, "repository": REPOSITORY, "urls": URLS}
    return f"{{% set project = {json.dumps(facts)} %}}\n"
