"""Run the endpoint the way a user would, sync or async, so each test covers both."""

import asyncio
import functools
from typing import Any

import trio
from cekura_api_client import AuthenticatedClient
from cekura_api_client.api.test_framework import billing_info_retrieve
from cekura_api_client.models import BillingInfo
from cekura_api_client.types import Response

MODES = ["sync", "async"]


def fetch(client: AuthenticatedClient, mode: str, **kwargs: Any) -> BillingInfo:
    """One call, sync, under asyncio ("async") or under trio ("trio")."""
    if mode == "sync":
        return billing_info_retrieve.sync(client=client, **kwargs)
    if mode == "trio":
        return trio.run(functools.partial(_fetch_async, client, **kwargs))
    return asyncio.run(_fetch_async(client, **kwargs))


async def _fetch_async(client: AuthenticatedClient, **kwargs: Any) -> BillingInfo:
    async with client:
        return await billing_info_retrieve.asyncio(client=client, **kwargs)


def fetch_detailed(client: AuthenticatedClient, mode: str) -> Response[BillingInfo]:
    if mode == "sync":
        return billing_info_retrieve.sync_detailed(client=client)
    return asyncio.run(_fetch_detailed_async(client))


async def _fetch_detailed_async(client: AuthenticatedClient) -> Response[BillingInfo]:
    async with client:
        return await billing_info_retrieve.asyncio_detailed(client=client)
