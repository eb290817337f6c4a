"""Values read from the OpenAPI document this package was generated from and the generator's
configuration (written by the pipeline)."""

DEFAULT_BASE_URL = "https://api.cekura.ai"
API_KEY_HEADER = "X-CEKURA-API-KEY"
DISTRIBUTION = "cekura-api-client"
VERSION = "0.1.0"
