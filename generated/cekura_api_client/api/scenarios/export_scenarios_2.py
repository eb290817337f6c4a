from io import BytesIO
from typing import Any, cast

import httpx

from ...client import AuthenticatedClient, Client
from ...models.export_scenarios_2_export_type import ExportScenarios2ExportType, ExportScenarios2ExportTypeLiteral
from ...models.export_scenarios_2_response_400 import ExportScenarios2Response400
from ...models.export_scenarios_2_response_404 import ExportScenarios2Response404
from ...runtime.calls import (
    checked,
    http_status,
    raise_for_status,
    send,
    send_async,
    send_to_file,
    send_to_file_async,
    unexpected_status,
)
from ...runtime.downloads import Destination
from ...runtime.options import RequestOptions
from ...runtime.query import given
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    scenario_ids: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    export_type: ExportScenarios2ExportType | ExportScenarios2ExportTypeLiteral | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["scenario_ids"] = scenario_ids

    params["agent_id"] = agent_id

    params["project_id"] = project_id

    params["export_type"] = export_type

    params = given(
        params,
        enums={"export_type": ExportScenarios2ExportType},
        ints=("agent_id", "project_id"),
        required=("scenario_ids",),
        texts=("scenario_ids",),
    )

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/test_framework/v1/scenarios/export_scenarios/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> File | ExportScenarios2Response400 | ExportScenarios2Response404 | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = ExportScenarios2Response400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ExportScenarios2Response404.from_dict(response.json())

        return response_404

    unexpected_status(client, response)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[File | ExportScenarios2Response400 | ExportScenarios2Response404]:
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
    scenario_ids: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    export_type: ExportScenarios2ExportType | ExportScenarios2ExportTypeLiteral | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[File | ExportScenarios2Response400 | ExportScenarios2Response404]:
    """Export scenarios to CSV/Excel/JSON

     Export selected scenarios as a spreadsheet or as a test-suite spec file. Supports filtering by
    scenario IDs, agent, and project. Use `export_type=json` to get a spec you can keep in your
    repository and run from CI via `scenarios_run_json`.

    Args:
        scenario_ids (str): Comma-separated list of scenario IDs to export. Example: '1,2,3'
        agent_id (int | Unset): Filter scenarios by agent ID (either agent_id or project_id is
            required)
        project_id (int | Unset): Filter scenarios by project ID (either agent_id or project_id is
            required)
        export_type (ExportScenarios2ExportType | Unset): Export format. 'csv' and 'xlsx' produce
            spreadsheets; 'json' produces a test-suite spec file you can commit to a repository and
            run from CI. Default: 'csv'
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[File | ExportScenarios2Response400 | ExportScenarios2Response404]
    """

    kwargs = _get_kwargs(
        scenario_ids=scenario_ids,
        agent_id=agent_id,
        project_id=project_id,
        export_type=export_type,
    )

    response = send(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    scenario_ids: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    export_type: ExportScenarios2ExportType | ExportScenarios2ExportTypeLiteral | Unset = UNSET,
    options: RequestOptions | None = None,
) -> File:
    """Export scenarios to CSV/Excel/JSON

     Export selected scenarios as a spreadsheet or as a test-suite spec file. Supports filtering by
    scenario IDs, agent, and project. Use `export_type=json` to get a spec you can keep in your
    repository and run from CI via `scenarios_run_json`.

    Args:
        scenario_ids (str): Comma-separated list of scenario IDs to export. Example: '1,2,3'
        agent_id (int | Unset): Filter scenarios by agent ID (either agent_id or project_id is
            required)
        project_id (int | Unset): Filter scenarios by project ID (either agent_id or project_id is
            required)
        export_type (ExportScenarios2ExportType | Unset): Export format. 'csv' and 'xlsx' produce
            spreadsheets; 'json' produces a test-suite spec file you can commit to a repository and
            run from CI. Default: 'csv'
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        File
    """

    response = send(
        client,
        _get_kwargs(
            scenario_ids=scenario_ids,
            agent_id=agent_id,
            project_id=project_id,
            export_type=export_type,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(File, checked(response, lambda: _parse_response(client=client, response=response)))


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    scenario_ids: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    export_type: ExportScenarios2ExportType | ExportScenarios2ExportTypeLiteral | Unset = UNSET,
    options: RequestOptions | None = None,
) -> Response[File | ExportScenarios2Response400 | ExportScenarios2Response404]:
    """Export scenarios to CSV/Excel/JSON

     Export selected scenarios as a spreadsheet or as a test-suite spec file. Supports filtering by
    scenario IDs, agent, and project. Use `export_type=json` to get a spec you can keep in your
    repository and run from CI via `scenarios_run_json`.

    Args:
        scenario_ids (str): Comma-separated list of scenario IDs to export. Example: '1,2,3'
        agent_id (int | Unset): Filter scenarios by agent ID (either agent_id or project_id is
            required)
        project_id (int | Unset): Filter scenarios by project ID (either agent_id or project_id is
            required)
        export_type (ExportScenarios2ExportType | Unset): Export format. 'csv' and 'xlsx' produce
            spreadsheets; 'json' produces a test-suite spec file you can commit to a repository and
            run from CI. Default: 'csv'
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        Response[File | ExportScenarios2Response400 | ExportScenarios2Response404]
    """

    kwargs = _get_kwargs(
        scenario_ids=scenario_ids,
        agent_id=agent_id,
        project_id=project_id,
        export_type=export_type,
    )

    response = await send_async(client, kwargs, security=_SECURITY, options=options)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    scenario_ids: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    export_type: ExportScenarios2ExportType | ExportScenarios2ExportTypeLiteral | Unset = UNSET,
    options: RequestOptions | None = None,
) -> File:
    """Export scenarios to CSV/Excel/JSON

     Export selected scenarios as a spreadsheet or as a test-suite spec file. Supports filtering by
    scenario IDs, agent, and project. Use `export_type=json` to get a spec you can keep in your
    repository and run from CI via `scenarios_run_json`.

    Args:
        scenario_ids (str): Comma-separated list of scenario IDs to export. Example: '1,2,3'
        agent_id (int | Unset): Filter scenarios by agent ID (either agent_id or project_id is
            required)
        project_id (int | Unset): Filter scenarios by project ID (either agent_id or project_id is
            required)
        export_type (ExportScenarios2ExportType | Unset): Export format. 'csv' and 'xlsx' produce
            spreadsheets; 'json' produces a test-suite spec file you can commit to a repository and
            run from CI. Default: 'csv'
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        File
    """

    response = await send_async(
        client,
        _get_kwargs(
            scenario_ids=scenario_ids,
            agent_id=agent_id,
            project_id=project_id,
            export_type=export_type,
        ),
        security=_SECURITY,
        options=options,
    )
    raise_for_status(response, _SUCCESSES)
    return cast(File, checked(response, lambda: _parse_response(client=client, response=response)))


def sync_to_file(
    file: Destination,
    *,
    client: AuthenticatedClient,
    scenario_ids: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    export_type: ExportScenarios2ExportType | ExportScenarios2ExportTypeLiteral | Unset = UNSET,
    options: RequestOptions | None = None,
) -> int:
    """Export scenarios to CSV/Excel/JSON

     Export selected scenarios as a spreadsheet or as a test-suite spec file. Supports filtering by
    scenario IDs, agent, and project. Use `export_type=json` to get a spec you can keep in your
    repository and run from CI via `scenarios_run_json`.

    Writes the body to `file` as it arrives, never holding it whole in memory (a path is written only once
    the download is complete).

    Args:
        file (Destination): A path (str or os.PathLike), or a file object opened for binary writing.
        scenario_ids (str): Comma-separated list of scenario IDs to export. Example: '1,2,3'
        agent_id (int | Unset): Filter scenarios by agent ID (either agent_id or project_id is
            required)
        project_id (int | Unset): Filter scenarios by project ID (either agent_id or project_id is
            required)
        export_type (ExportScenarios2ExportType | Unset): Export format. 'csv' and 'xlsx' produce
            spreadsheets; 'json' produces a test-suite spec file you can commit to a repository and
            run from CI. Default: 'csv'
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        int: The number of bytes written.
    """

    return send_to_file(
        client,
        _get_kwargs(
            scenario_ids=scenario_ids,
            agent_id=agent_id,
            project_id=project_id,
            export_type=export_type,
        ),
        file,
        security=_SECURITY,
        options=options,
        documented=_SUCCESSES,
    )


async def asyncio_to_file(
    file: Destination,
    *,
    client: AuthenticatedClient,
    scenario_ids: str,
    agent_id: int | Unset = UNSET,
    project_id: int | Unset = UNSET,
    export_type: ExportScenarios2ExportType | ExportScenarios2ExportTypeLiteral | Unset = UNSET,
    options: RequestOptions | None = None,
) -> int:
    """Export scenarios to CSV/Excel/JSON

     Export selected scenarios as a spreadsheet or as a test-suite spec file. Supports filtering by
    scenario IDs, agent, and project. Use `export_type=json` to get a spec you can keep in your
    repository and run from CI via `scenarios_run_json`.

    Writes the body to `file` as it arrives, never holding it whole in memory (a path is written only once
    the download is complete).

    Args:
        file (Destination): A path (str or os.PathLike), or a file object opened for binary writing.
        scenario_ids (str): Comma-separated list of scenario IDs to export. Example: '1,2,3'
        agent_id (int | Unset): Filter scenarios by agent ID (either agent_id or project_id is
            required)
        project_id (int | Unset): Filter scenarios by project ID (either agent_id or project_id is
            required)
        export_type (ExportScenarios2ExportType | Unset): Export format. 'csv' and 'xlsx' produce
            spreadsheets; 'json' produces a test-suite spec file you can commit to a repository and
            run from CI. Default: 'csv'
        options (RequestOptions | None): This call's timeout, retries, extra headers, query and body.

    Raises:
        errors.APIStatusError: For a status that is not a success; its subclass names the status.
        errors.ResponseValidationError: If a success body is not JSON or does not fit the schema.
        errors.APIConnectionError: If no response came (errors.APITimeoutError: in time), after retries.

    Returns:
        int: The number of bytes written.
    """

    return await send_to_file_async(
        client,
        _get_kwargs(
            scenario_ids=scenario_ids,
            agent_id=agent_id,
            project_id=project_id,
            export_type=export_type,
        ),
        file,
        security=_SECURITY,
        options=options,
        documented=_SUCCESSES,
    )
