"""Every check id, with its source verdict (what it does to code written against a regenerated client).

The wire verdict depends on the context (a removed success response is ERR, a removed 404 INFO), so the
rules decide it where they find the change; the source verdict is a property of the check alone.
Levels are names here so that this registry has no imports. The tests require every id to be produced
by a fixture pair, and every id produced to be registered.
"""

from typing import NamedTuple


class Check(NamedTuple):
    source: str
    about: str


CHECKS: dict[str, Check] = {
    # Operations.
    "api-operation-added": Check("INFO", "a new function"),
    "api-operation-removed": Check("ERR", "its function is gone"),
    "api-operation-removed-after-deprecation": Check("ERR", "its function is gone (it was deprecated first)"),
    "api-operation-id-changed": Check("ERR", "the function's module is renamed"),
    "api-tag-changed": Check("ERR", "the function moves to another module"),
    "api-name-restyled": Check("NONE", "operationId or tag restyled (`-` for `_`, case): the same Python names"),
    "api-operation-left-surface": Check("ERR", "its function leaves the package; the endpoint stays"),
    "api-operation-entered-surface": Check("INFO", "a new function for an endpoint that was there"),
    "api-operation-deprecated": Check("INFO", "the function is marked deprecated"),
    "api-operation-undeprecated": Check("INFO", "the deprecation is lifted"),
    "api-security-changed": Check("INFO", "other credentials are needed"),
    "api-security-added": Check("NONE", "another scheme is accepted"),
    "api-security-removed": Check("NONE", "a scheme is no longer accepted"),
    # Parameters and request bodies.
    "request-parameter-added": Check("INFO", "a new optional argument"),
    "request-parameter-added-required": Check("ERR", "a new required argument"),
    "request-parameter-removed": Check("ERR", "the argument is gone"),
    "request-parameter-became-required": Check("ERR", "the argument is now required"),
    "request-parameter-became-optional": Check("INFO", "the argument is now optional"),
    "request-parameter-default-changed": Check("WARN", "an omitted argument sends another value"),
    "request-body-added": Check("WARN", "a new body argument"),
    "request-body-removed": Check("ERR", "the body argument is gone"),
    "request-body-became-required": Check("ERR", "the body argument is now required"),
    "request-media-type-added": Check("INFO", "the body accepts another type"),
    "request-media-type-removed": Check("WARN", "the body's type narrows"),
    "response-media-type-added": Check("INFO", "the parsed type widens"),
    "response-media-type-removed": Check("WARN", "the parsed type changes"),
    "response-status-added": Check("INFO", "the return type widens"),
    "response-status-removed": Check("WARN", "the return type changes"),
    # References that point nowhere: the client cannot be regenerated.
    "request-ref-unresolved": Check("ERR", "the generator fails on it"),
    "response-ref-unresolved": Check("ERR", "the generator fails on it"),
    "request-ref-resolved": Check("INFO", "the client can be generated again"),
    "response-ref-resolved": Check("INFO", "the client can be generated again"),
    # Schemas, in requests and in responses.
    "request-became-nullable": Check("INFO", "the type admits None"),
    "request-became-not-nullable": Check("WARN", "None is no longer admitted"),
    "response-became-nullable": Check("WARN", "the attribute may be None"),
    "response-became-not-nullable": Check("INFO", "the attribute is never None"),
    "request-type-changed": Check("WARN", "the argument's type changes"),
    "response-type-changed": Check("WARN", "the attribute's type changes"),
    "request-format-changed": Check("WARN", "the argument's type may change"),
    "response-format-changed": Check("WARN", "the attribute's type may change"),
    "request-enum-added": Check("WARN", "a string becomes an enum"),
    "response-enum-added": Check("WARN", "a string becomes an enum"),
    "request-enum-removed": Check("WARN", "an enum becomes a string"),
    "response-enum-removed": Check("WARN", "an enum becomes a string"),
    "request-enum-value-added": Check("INFO", "a new enum member"),
    "response-enum-value-added": Check("INFO", "a new enum member"),
    "request-enum-value-removed": Check("ERR", "the enum member is gone"),
    "response-enum-value-removed": Check("ERR", "the enum member is gone"),
    "request-constraint-changed": Check("NONE", "the client does not check constraints"),
    "response-constraint-changed": Check("NONE", "the client does not check constraints"),
    "request-variant-added": Check("INFO", "the union widens"),
    "response-variant-added": Check("INFO", "the union widens"),
    "request-variant-removed": Check("WARN", "the union narrows"),
    "response-variant-removed": Check("WARN", "the union narrows"),
    "request-property-added": Check("INFO", "a new optional model argument"),
    "request-required-property-added": Check("ERR", "a new required model argument"),
    "request-property-removed": Check("ERR", "the model argument is gone"),
    "request-property-became-required": Check("ERR", "the model argument is now required"),
    "request-property-became-optional": Check("INFO", "the model argument is now optional"),
    "response-property-added": Check("INFO", "a new model attribute"),
    "response-required-property-removed": Check("ERR", "the model attribute is gone"),
    "response-optional-property-removed": Check("ERR", "the model attribute is gone"),
    "response-property-became-optional": Check("WARN", "the attribute may be Unset"),
    "response-property-became-required": Check("INFO", "the attribute is always set"),
    "request-property-became-read-only": Check("WARN", "the model attribute is no longer sent"),
    "request-property-became-not-read-only": Check("INFO", "the model attribute is now sent"),
    "request-required-property-became-not-read-only": Check("ERR", "a new required model argument"),
    "response-property-became-write-only": Check("WARN", "the attribute is no longer returned"),
    "response-property-became-not-write-only": Check("INFO", "the attribute is now returned"),
    "request-content-encoding-changed": Check("WARN", "the string is encoded another way"),
    "response-content-encoding-changed": Check("WARN", "the string is decoded another way"),
    # The document as a whole.
    "server-default-changed": Check("INFO", "the default base URL changes"),
    "server-added": Check("NONE", "another server is documented"),
    "security-scheme-added": Check("NONE", "a new scheme"),
    "security-scheme-removed": Check("INFO", "the scheme's credentials no longer apply"),
    "security-scheme-changed": Check("INFO", "the scheme's credentials change"),
    "component-added": Check("INFO", "a new model class"),
    "component-removed": Check("ERR", "the model class is gone"),
    # The generated client's Python API (griffe's breakage kinds): source breaks by definition.
    **{
        f"client-{kind}": Check("ERR", about)
        for kind, about in {
            "parameter-moved": "a parameter moved",
            "parameter-removed": "a parameter is gone",
            "parameter-changed-kind": "a parameter changed kind",
            "parameter-changed-default": "a parameter's default changed",
            "parameter-changed-required": "a parameter became required",
            "parameter-added-required": "a required parameter was added",
            "return-changed-type": "the return type changed",
            "object-removed": "a public object is gone",
            "object-changed-kind": "an object changed kind",
            "attribute-changed-type": "an attribute's type changed",
            "attribute-changed-value": "an attribute's value changed",
            "class-removed-base": "a base class was removed",
        }.items()
    },
}
