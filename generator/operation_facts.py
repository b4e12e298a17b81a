"""Write ``kms_api_client/operation_facts.py``: where each operation's parameters go on the wire.

The generated functions' signatures already say which parameters an operation has, their Python names and
types (path parameters positional, ``body`` with its model, enums as enum classes). They do not say which
keyword is a header and which a query parameter, nor the wire names. This step records exactly that, from
the same spec and with the generator's own naming function, so the facade derives every per-operation fact
from the generated client and the spec instead of restating it.

Usage: ``python generator/operation_facts.py SPEC OUTPUT_PACKAGE_DIR`` (run by ``generate.sh``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

_METHODS = ("get", "put", "post", "delete", "patch")
_HEADER = '''"""Where each operation's parameters go on the wire: ``{operation: {location: [[python, wire], ...]}}``.

Written by ``generator/operation_facts.py`` from the spec during ``make generate``; do not edit.
"""

from typing import Any

PARAMETERS: dict[str, dict[str, Any]] = '''


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def operation_parameters(document: dict[str, Any]) -> dict[str, dict[str, list[list[str]]]]:
    """``{snake_case operationId: {"path"|"query"|"header": [[python name, wire name], ...]}}`` in spec order."""
    facts: dict[str, dict[str, list[list[str]]]] = {}
    for path_item in document["paths"].values():
        shared = path_item.get("parameters", [])
        for method in _METHODS:
            item = path_item.get(method)
            if item is None:
                continue
            found: dict[str, list[list[str]]] = {"path": [], "query": [], "header": []}
            for raw in [*shared, *item.get("parameters", [])]:
                parameter = _resolve(document, raw)
                wire = parameter["name"].lower() if parameter["in"] == "header" else parameter["name"]
                found[parameter["in"]].append([str(PythonIdentifier(parameter["name"], prefix="")), wire])
            facts[str(PythonIdentifier(item["operationId"], prefix=""))] = found
    return dict(sorted(facts.items()))


def main(spec: str, package: str) -> None:
    """Write the facts module into the generated package; fail if an operation has no generated module."""
    document = yaml.safe_load(Path(spec).read_text(encoding="utf-8"))
    facts = operation_parameters(document)
    generated = {module.stem for module in (Path(package) / "api").glob("*/*.py")}
    missing = [name for name in facts if name not in generated]
    if missing:
        raise SystemExit(f"operation_facts: no generated module for {missing}")
    (Path(package) / "operation_facts.py").write_text(_HEADER + json.dumps(facts, indent=4) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
