"""openapi.surface.yaml: the operations that accept a customer credential are the client's surface."""

from typing import Any

from tooling.pipeline import surface

SCHEMES = {name: {"type": "http", "scheme": "bearer"} for name in ("oauth2", "supabase_session", "lambda_token")}


def document(**operations: dict[str, Any]) -> dict[str, Any]:
    schemes = {**SCHEMES, "api_key": {"type": "apiKey", "in": "header", "name": "X-CEKURA-API-KEY"}}
    paths = {f"/{name}/": {"get": operation, "parameters": []} for name, operation in operations.items()}
    return {"openapi": "3.1.0", "paths": paths, "components": {"securitySchemes": schemes}}


def test_the_rule_keeps_customer_operations_and_says_why_it_leaves_out_the_rest() -> None:
    exposed = surface.apply(
        document(
            key={"security": [{"api_key": []}, {"supabase_session": []}]},
            oauth={"security": [{"oauth2": []}]},
            dashboard={"security": [{"supabase_session": []}]},
            lambda_={"security": [{"lambda_token": []}, {"supabase_session": []}]},
            webhook={"security": []},
            hidden={"security": [{"api_key": []}], "x-docs-exclude": True},
        ),
        surface.Rule.load(),
    )
    assert sorted(exposed.document["paths"]) == ["/key/", "/oauth/"]
    assert exposed.kept == 2
    assert exposed.left_out == {
        "GET /dashboard/": "internal credentials only (supabase_session)",
        "GET /lambda_/": "internal credentials only (lambda_token, supabase_session)",
        "GET /webhook/": f"no security: {surface.NOT_A_CLIENT_CALL}",
        "GET /hidden/": "marked x-docs-exclude",
    }
    report = exposed.report()
    assert report[0] == "surface: 2 of 6 operations kept; left out:"
    assert "  - GET /hidden/: marked x-docs-exclude" in report


def test_a_document_without_the_customer_credentials_is_kept_whole() -> None:
    bare = {"openapi": "3.1.0", "paths": {"/a/": {"get": {}, "post": {}}}}
    exposed = surface.apply(bare, surface.Rule.load())
    assert exposed.document == bare
    assert exposed.report() == ["surface: 2 of 2 operations kept"]
