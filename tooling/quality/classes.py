"""Which generated class stands for which schema, named by openapi-python-client itself.

The generator names a model after the schema's `title` when it has one, else after the component (or,
for an inline schema, after its operation and place), then applies `class_overrides` from
generator-config.yaml, and renames on clashes. Rather than re-implement that, this runs the generator's
own parser over the resolved spec with our config and reads the names it chose (2.5 s on the full spec).
"""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import EndpointCollection
from openapi_python_client.parser.properties import (
    EnumProperty,
    LiteralEnumProperty,
    ModelProperty,
    Parameters,
    Property,
    Schemas,
    build_schemas,
)
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.schema import OpenAPI

from tooling.project import CONFIG
from tooling.quality.examples import at, pointer, stands_for

JSON_TYPES = ("application/json", "+json")


@dataclass(frozen=True)
class GeneratedClass:
    """A class of the generated `models` package: a model (from_dict/to_dict) or an enum."""

    name: str
    is_enum: bool


def generator_config(path: Path = CONFIG) -> Config:
    return Config.from_sources(ConfigFile.load_from_path(path), MetaType.UV, str(path), "utf-8", True, None)


class Classes:
    """Schema pointer -> the generated class, for components and for inline request and response bodies."""

    def __init__(self, spec: dict[str, Any], config: Config | None = None) -> None:
        config = config or generator_config()
        openapi = OpenAPI.model_validate(spec)
        components = openapi.components
        schemas = Schemas()
        if components and components.schemas:
            schemas = build_schemas(components=components.schemas, schemas=schemas, config=config)
        self.spec = spec
        self.by_pointer: dict[str, GeneratedClass] = {}
        for reference, prop in schemas.classes_by_reference.items():
            self._add(reference.get_untrusted_value(), prop)
        collections, _, _ = EndpointCollection.from_data(
            data=openapi.paths or {},
            schemas=schemas,
            parameters=Parameters(),
            request_bodies=(components and components.requestBodies) or {},
            responses=(components and components.responses) or {},
            config=config,
        )
        for collection in collections.values():
            for endpoint in collection.endpoints:
                self._endpoint(endpoint)

    def _endpoint(self, endpoint: Any) -> None:
        operation = pointer("paths", endpoint.path.get_untrusted_value(), endpoint.method)
        for body in endpoint.bodies:
            media_type = body.content_type.get_untrusted_value()
            self._add(f"{operation}{pointer('requestBody', 'content', media_type, 'schema')}", body.prop)
        for response in endpoint.responses:
            status = f"{operation}{pointer('responses', response.status_code.pattern)}"
            # The generator parses the first content type it supports; here, the first JSON one.
            json_types = [name for name in at(self.spec, status).get("content", {}) if name.endswith(JSON_TYPES)]
            if json_types:
                self._add(f"{status}{pointer('content', json_types[0], 'schema')}", response.prop)

    def _add(self, where: str, prop: Property | PropertyProtocol) -> None:
        if isinstance(prop, ListProperty):
            prop = prop.inner_property
            where = f"{where}/items"
        if isinstance(prop, ModelProperty):
            self.by_pointer[where] = GeneratedClass(str(prop.class_info.name), is_enum=False)
        elif isinstance(prop, EnumProperty | LiteralEnumProperty):
            self.by_pointer[where] = GeneratedClass(str(prop.class_info.name), is_enum=True)

    def of(self, schema_pointer: str) -> tuple[GeneratedClass, bool] | None:
        """(class, is_list) for the schema at a pointer: its own class, or that of what it stands for
        (`$ref`, a one-item `allOf`, `oneOf` [X, null]); an array of such a class gives is_list."""
        schema = at(self.spec, schema_pointer)
        found = self._class(schema_pointer, schema)
        if found is not None:
            return found, False
        items = stands_for(schema)
        if items is not None and isinstance(items.get("items"), dict):
            found = self._class(f"{schema_pointer}/items", items["items"])
            if found is not None:
                return found, True
        return None

    def _class(self, where: str, schema: dict[str, Any]) -> GeneratedClass | None:
        if where in self.by_pointer:
            return self.by_pointer[where]
        target = stands_for(schema)
        if target is None or not isinstance(target.get("$ref"), str) or not target["$ref"].startswith("#/"):
            return None
        ref = target["$ref"].removeprefix("#")
        return self._class(ref, at(self.spec, ref))
