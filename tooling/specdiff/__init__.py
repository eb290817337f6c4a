"""Spec diff for CI: what changed between two versions of the API, judged by what each change does to a
client generated from the older one."""
