"""The base classes of the resource client (`Cekura`, `AsyncCekura` and their resources, generated into
cekura_api_client.resources): a resource is a view of one AuthenticatedClient, built on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from .client import AuthenticatedClient

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .keywords import AuthenticatedClientOptions, OptionChanges

S = TypeVar("S")
H = TypeVar("H", bound="_Holder")
_CREDENTIALS = ("api_key", "access_token")


class _Holder:
    def __init__(
        self, *, client: AuthenticatedClient | None = None, **options: Unpack[AuthenticatedClientOptions]
    ) -> None:
        """The API key and/or OAuth access token (else CEKURA_API_KEY, CEKURA_ACCESS_TOKEN), and any other
        AuthenticatedClient option (base_url, timeout, retry...); or `client=`, an AuthenticatedClient."""
        # A credential given as None is not given: from_env reads the environment's.
        given: dict[str, Any] = {
            name: value for name, value in options.items() if value is not None or name not in _CREDENTIALS
        }
        if client is not None and given:
            raise TypeError("pass either client= or the client's options, not both")
        self.client = client if client is not None else AuthenticatedClient.from_env(**given)

    def with_options(self: H, **changes: Unpack[OptionChanges]) -> H:
        """A client like this one with the settings given changed, sharing its connections: the
        AuthenticatedClient's `with_options` (timeout, max_retries, deadline, headers, strict)."""
        return type(self)(client=self.client.with_options(**changes))

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
