"""A schema that carries files (`format: binary`) and is offered as both JSON and multipart (Django REST
framework documents each body under JSON, form and multipart): JSON cannot carry a file, and one generated
class cannot be both bodies. The multipart bodies get the schema as it is, named `<Schema>Upload`; the schema
itself, which the JSON and form bodies keep, loses its file properties (`<Schema>File` where the schema's
own name ends in Upload). The client then offers both bodies,
the class the caller passes choosing the content type (templates/ours/endpoint_macros.jinja, sent_bodies)."""

from collections.abc import Iterator
from typing import Any

from tooling.pipeline.documents import DocumentError

JSON, MULTIPART = "application/json", "multipart/form-data"
SCHEMAS = "#/components/schemas/"
SUFFIX = "Upload"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def separate(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with a `<Schema>Upload` for each file-carrying schema an operation offers both as JSON and
    as multipart, every multipart body of the schema referring to it; `document` itself where there is none.
    Nothing in `document` is changed."""
    schemas = document.get("components", {}).get("schemas", {})
    names = sorted({name for content in _contents(document) if (name := _shared(content, schemas))})
    if not names:
        return document
    upload = {name: name + ("File" if name.endswith(SUFFIX) else SUFFIX) for name in names}
    clashes = [new for new in upload.values() if new in schemas]
    if clashes:
        raise DocumentError(f"cannot name the multipart bodies: the document already has {', '.join(clashes)}")
    uploads = {SCHEMAS + name: SCHEMAS + new for name, new in upload.items()}
    separated = {name: _without_files(schemas[name]) for name in names}
    separated |= {new: schemas[name] for name, new in upload.items()}
    paths = {path: _item(item, uploads) for path, item in document.get("paths", {}).items()}
    components = {**document["components"], "schemas": {**schemas, **separated}}
    return {**document, "paths": paths, "components": components}


def _contents(document: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in document.get("paths", {}).values():
        for method in METHODS:
            yield item.get(method, {}).get("requestBody", {}).get("content", {})


def _shared(content: dict[str, Any], schemas: dict[str, Any]) -> str | None:
    """The name of the schema `content` offers as both JSON and multipart, if it carries files."""
    reference = content.get(MULTIPART, {}).get("schema", {}).get("$ref", "")
    if not reference.startswith(SCHEMAS) or content.get(JSON, {}).get("schema", {}).get("$ref") != reference:
        return None
    name = reference.removeprefix(SCHEMAS)
    return name if _files(schemas.get(name, {})) else None


def _files(schema: dict[str, Any]) -> set[str]:
    """The names of the schema's properties that are files or arrays of files."""
    return {
        name
        for name, value in schema.get("properties", {}).items()
        if "binary" in (value.get("format"), value.get("items", {}).get("format"))
    }


def _without_files(schema: dict[str, Any]) -> dict[str, Any]:
    files = _files(schema)
    kept = {**schema, "properties": {k: v for k, v in schema["properties"].items() if k not in files}}
    if "required" in schema:
        kept["required"] = [name for name in schema["required"] if name not in files]
    return kept


def _item(item: dict[str, Any], uploads: dict[str, str]) -> dict[str, Any]:
    return {key: _operation(value, uploads) if key in METHODS else value for key, value in item.items()}


def _operation(operation: dict[str, Any], uploads: dict[str, str]) -> dict[str, Any]:
    body = operation.get("requestBody", {})
    multipart = body.get("content", {}).get(MULTIPART, {})
    upload = uploads.get(multipart.get("schema", {}).get("$ref", ""))
    if upload is None:
        return operation
    content = {**body["content"], MULTIPART: {**multipart, "schema": {"$ref": upload}}}
    return {**operation, "requestBody": {**body, "content": content}}
