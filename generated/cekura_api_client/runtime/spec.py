"""Values read from the OpenAPI document this package was generated from (written by the pipeline)."""

DEFAULT_BASE_URL = "https://api.cekura.ai"
API_KEY_HEADER = "X-CEKURA-API-KEY"
