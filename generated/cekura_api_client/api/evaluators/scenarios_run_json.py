from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.scenarios_run_json_response_200 import ScenariosRunJsonResponse200
from ...models.scenarios_run_json_response_400 import ScenariosRunJsonResponse400
from ...models.test_suite_spec_upload import TestSuiteSpecUpload
from ...models.test_suite_spec_upload_file import TestSuiteSpecUploadFile
from ...runtime.calls import checked, http_status, raise_for_status, send, send_async, unexpected_status
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...runtime.serialization import request_body
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TestSuiteSpecUpload | TestSuiteSpecUploadFile | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["dry_run"] = dry_run

    params = given(params, bools=("dry_run",))

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/test_framework/v1/scenarios-external/run_scenarios_json/",
        "params": params,
    }

    with request_body(_kwargs):
        if isinstance(body, TestSuiteSpecUpload):
            if not isinstance(body, Unset):
                _kwargs["json"] = body.to_dict()

            headers["Content-Type"] = "application/json"
        else:
            if not isinstance(body, Unset):
                _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ScenariosRunJsonResponse200 | ScenariosRunJsonResponse400 | None:
    if response.status_code == 200:
        response_200 = ScenariosRunJsonResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ScenariosRunJsonResponse400.from_dict(response.json())

        return response_400

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ScenariosRunJsonResponse200 | ScenariosRunJsonResponse400]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=checked(response, lambda: _parse_response(client=client, response=response)),
    )


_SECURITY: tuple[str, ...] = (
    "api_key",
    "oauth2",
)
_SUCCESSES: tuple[int, ...] | None = (200,)


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TestSuiteSpecUpload | TestSuiteSpecUploadFile | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunJsonResponse200 | ScenariosRunJsonResponse400]:
    """Run test cases from a JSON spec file

     Run agent test cases straight from a JSON spec, without creating evaluators. Keep the spec in your
    repository and post it from CI.

    The spec describes only what to test. Pick the target with `agent_id` and `channel` on the request —
    `voice` for a phone call (default), `text` for chat, or `elevenlabs`, `livekit_v2`, or `pipecat_v2`
    for the matching WebRTC connection — so one file runs unchanged against any agent or environment.
    LiveKit and Pipecat connection overrides belong in the request's `livekit_data` or `pipecat_data`,
    never in the spec.

    Pass `dry_run=true` to validate only: the response describes the run that would happen (test cases,
    total runs, estimated cost) and nothing is created or charged. Use that on every commit, and the
    real call on the branches you want tested.

    Every problem in a spec is reported at once, keyed by its location in the file (for example
    `scenarios[3].metrics[1]`). Metrics must already exist and be enabled for the target agent;
    personalities and test profiles can be referenced by ID or defined inline.

    Fetch the schema this endpoint accepts from `scenarios_json_schema`.

    **Cost:** voice- or text-simulation rate per run. Test cases from a spec are removed automatically
    once no run needs them.

    Args:
        dry_run (bool | Unset): Validate and price the spec without running or charging anything.
        body (TestSuiteSpecUpload | TestSuiteSpecUploadFile): TestSuiteSpecUpload is sent as
            application/json, TestSuiteSpecUploadFile is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunJsonResponse200 | ScenariosRunJsonResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TestSuiteSpecUpload | TestSuiteSpecUploadFile | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenariosRunJsonResponse200:
    """Run test cases from a JSON spec file

     Run agent test cases straight from a JSON spec, without creating evaluators. Keep the spec in your
    repository and post it from CI.

    The spec describes only what to test. Pick the target with `agent_id` and `channel` on the request —
    `voice` for a phone call (default), `text` for chat, or `elevenlabs`, `livekit_v2`, or `pipecat_v2`
    for the matching WebRTC connection — so one file runs unchanged against any agent or environment.
    LiveKit and Pipecat connection overrides belong in the request's `livekit_data` or `pipecat_data`,
    never in the spec.

    Pass `dry_run=true` to validate only: the response describes the run that would happen (test cases,
    total runs, estimated cost) and nothing is created or charged. Use that on every commit, and the
    real call on the branches you want tested.

    Every problem in a spec is reported at once, keyed by its location in the file (for example
    `scenarios[3].metrics[1]`). Metrics must already exist and be enabled for the target agent;
    personalities and test profiles can be referenced by ID or defined inline.

    Fetch the schema this endpoint accepts from `scenarios_json_schema`.

    **Cost:** voice- or text-simulation rate per run. Test cases from a spec are removed automatically
    once no run needs them.

    Args:
        dry_run (bool | Unset): Validate and price the spec without running or charging anything.
        body (TestSuiteSpecUpload | TestSuiteSpecUploadFile): TestSuiteSpecUpload is sent as
            application/json, TestSuiteSpecUploadFile is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunJsonResponse200
    """

    response = send(
        client,
        _get_kwargs(
            body=body,
            dry_run=dry_run,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        ScenariosRunJsonResponse200, checked(response, lambda: _parse_response(client=client, response=response))
    )


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TestSuiteSpecUpload | TestSuiteSpecUploadFile | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[ScenariosRunJsonResponse200 | ScenariosRunJsonResponse400]:
    """Run test cases from a JSON spec file

     Run agent test cases straight from a JSON spec, without creating evaluators. Keep the spec in your
    repository and post it from CI.

    The spec describes only what to test. Pick the target with `agent_id` and `channel` on the request —
    `voice` for a phone call (default), `text` for chat, or `elevenlabs`, `livekit_v2`, or `pipecat_v2`
    for the matching WebRTC connection — so one file runs unchanged against any agent or environment.
    LiveKit and Pipecat connection overrides belong in the request's `livekit_data` or `pipecat_data`,
    never in the spec.

    Pass `dry_run=true` to validate only: the response describes the run that would happen (test cases,
    total runs, estimated cost) and nothing is created or charged. Use that on every commit, and the
    real call on the branches you want tested.

    Every problem in a spec is reported at once, keyed by its location in the file (for example
    `scenarios[3].metrics[1]`). Metrics must already exist and be enabled for the target agent;
    personalities and test profiles can be referenced by ID or defined inline.

    Fetch the schema this endpoint accepts from `scenarios_json_schema`.

    **Cost:** voice- or text-simulation rate per run. Test cases from a spec are removed automatically
    once no run needs them.

    Args:
        dry_run (bool | Unset): Validate and price the spec without running or charging anything.
        body (TestSuiteSpecUpload | TestSuiteSpecUploadFile): TestSuiteSpecUpload is sent as
            application/json, TestSuiteSpecUploadFile is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[ScenariosRunJsonResponse200 | ScenariosRunJsonResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
        dry_run=dry_run,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TestSuiteSpecUpload | TestSuiteSpecUploadFile | Unset = UNSET,
    dry_run: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> ScenariosRunJsonResponse200:
    """Run test cases from a JSON spec file

     Run agent test cases straight from a JSON spec, without creating evaluators. Keep the spec in your
    repository and post it from CI.

    The spec describes only what to test. Pick the target with `agent_id` and `channel` on the request —
    `voice` for a phone call (default), `text` for chat, or `elevenlabs`, `livekit_v2`, or `pipecat_v2`
    for the matching WebRTC connection — so one file runs unchanged against any agent or environment.
    LiveKit and Pipecat connection overrides belong in the request's `livekit_data` or `pipecat_data`,
    never in the spec.

    Pass `dry_run=true` to validate only: the response describes the run that would happen (test cases,
    total runs, estimated cost) and nothing is created or charged. Use that on every commit, and the
    real call on the branches you want tested.

    Every problem in a spec is reported at once, keyed by its location in the file (for example
    `scenarios[3].metrics[1]`). Metrics must already exist and be enabled for the target agent;
    personalities and test profiles can be referenced by ID or defined inline.

    Fetch the schema this endpoint accepts from `scenarios_json_schema`.

    **Cost:** voice- or text-simulation rate per run. Test cases from a spec are removed automatically
    once no run needs them.

    Args:
        dry_run (bool | Unset): Validate and price the spec without running or charging anything.
        body (TestSuiteSpecUpload | TestSuiteSpecUploadFile): TestSuiteSpecUpload is sent as
            application/json, TestSuiteSpecUploadFile is sent as multipart/form-data.
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        ScenariosRunJsonResponse200
    """

    response = await send_async(
        client,
        _get_kwargs(
            body=body,
            dry_run=dry_run,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(
        ScenariosRunJsonResponse200, checked(response, lambda: _parse_response(client=client, response=response))
    )
