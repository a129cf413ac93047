#!/usr/bin/env python3
"""Validates chat files (JSON lines, or whole .json webhook bodies) against docs/chat-line.schema.json.

    scripts/validate-chat-lines.py FILE...     prints one line per invalid line; exit 1 when any is invalid
"""
import json
import pathlib
import sys

import jsonschema

SCHEMA = json.loads((pathlib.Path(__file__).resolve().parent.parent / "docs" / "chat-line.schema.json").read_text())


def lines(path):
    text = pathlib.Path(path).read_text(encoding="utf-8")
    if path.endswith(".json"):
        document = json.loads(text)
        for index, item in enumerate(document if isinstance(document, list) else [document]):
            yield f"{path}[{index}]", item
        return
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("//"):
            continue
        yield f"{path}:{number}", json.loads(stripped)


def main(paths):
    validator = jsonschema.Draft202012Validator(SCHEMA)
    invalid = 0
    checked = 0
    for path in paths:
        for origin, item in lines(path):
            checked += 1
            errors = sorted(validator.iter_errors(item), key=lambda error: list(error.path))
            if errors:
                invalid += 1
                print(f"{origin}: {errors[0].message}")
    print(f"{checked} lines checked, {invalid} invalid", file=sys.stderr)
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
