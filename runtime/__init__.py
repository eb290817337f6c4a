"""Hand-written support code shipped inside the generated package (copied from the repository's runtime/
by the generation pipeline, next to `spec.py`, which the pipeline writes from the OpenAPI document)."""
