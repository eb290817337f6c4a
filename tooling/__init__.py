"""Hand-written tooling around the generated Cekura client: overlay, generation, spec diff, benchmarks."""
