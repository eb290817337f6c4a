"""Run in a subprocess whose PYTHONPATH holds the complete generated package and `pydantic_models`
(datamodel-code-generator's output): prints, as JSON, per item [median, min, max, rounds] seconds of
reading and writing one page with each, interleaved round by round in one process.
Arguments: the page (a JSON file), our class name, the pydantic class name."""

import importlib
import json
import sys

from tooling.bench.timing import interleaved

ROUNDS = 9


def main() -> None:
    path, ours_name, pydantic_name = sys.argv[1:]
    with open(path, encoding="utf-8") as file:
        body = file.read()
    page = json.loads(body)
    ours_class = getattr(importlib.import_module("cekura_api_client.models"), ours_name)
    pydantic_class = getattr(importlib.import_module("pydantic_models"), pydantic_name)
    ours, validated = ours_class.from_dict(page), pydantic_class.model_validate(page)
    assert ours.to_dict() == page, "the page does not round-trip through our models"
    contenders = {
        "json.loads (the floor)": lambda: json.loads(body),
        "ours from_dict": lambda: ours_class.from_dict(page),
        "pydantic model_validate": lambda: pydantic_class.model_validate(page),
        "ours to_dict": ours.to_dict,
        "pydantic model_dump(mode=json)": lambda: validated.model_dump(mode="json"),
    }
    results = interleaved(contenders, rounds=ROUNDS)
    count = len(page["results"])
    print(json.dumps({name: [v.median / count, v.low / count, v.high / count, v.runs] for name, v in results.items()}))


if __name__ == "__main__":
    main()
