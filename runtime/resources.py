"""The base classes of the resource client (`Cekura`, `AsyncCekura` and their resources, generated into
cekura_api_client.resources): a resource is a view of one AuthenticatedClient, built on first use."""

from __future__ import annotations

from typing import Any, TypeVar

from .client import AuthenticatedClient

S = TypeVar("S")


def _client(api_key: str | None, access_token: str | None, options: dict[str, Any]) -> AuthenticatedClient:
    given = {"api_key": api_key, "access_token": access_token}
    return AuthenticatedClient.from_env(
        **{name: value for name, value in given.items() if value is not None}, **options
    )


class _Holder:
    def __init__(
        self,
        *,
        api_key: str | None = None,
        access_token: str | None = None,
        client: AuthenticatedClient | None = None,
        **options: Any,
    ) -> None:
        """The API key and/or OAuth access token (else CEKURA_API_KEY, CEKURA_ACCESS_TOKEN), and any other
        AuthenticatedClient option (base_url, timeout, retry...); or `client=`, an AuthenticatedClient."""
        if client is not None and (api_key or access_token or options):
            raise TypeError("pass either client= or the client's options, not both")
        self.client = client if client is not None else _client(api_key, access_token, options)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(client={self.client!r})"


class SyncAPIClient(_Holder):
    def close(self) -> None:
        """Close the connections (the client stays usable: a later call opens new ones)."""
        self.client.close()

    def __enter__(self: S) -> S:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncAPIClient(_Holder):
    async def close(self) -> None:
        """Close the connections (the client stays usable: a later call opens new ones)."""
        await self.client.aclose()

    async def __aenter__(self: S) -> S:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class Resource:
    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"
