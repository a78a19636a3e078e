#!/usr/bin/env python3
"""Validates openapi/estate-api.yaml as OpenAPI 3.1 (the server bundles the file as a resource
and serves it at /openapi.yaml and, converted, at /openapi.json).

    python3 scripts/check-openapi.py           validate
    python3 scripts/check-openapi.py --paths   print "METHOD /path" per operation, sorted

Needs PyYAML and openapi-spec-validator (pip install openapi-spec-validator pyyaml)."""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "openapi/estate-api.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
INSTALL = "pip install openapi-spec-validator pyyaml"


def load():
    """The document parsed, validated as OpenAPI 3.1."""
    try:
        import yaml
        from openapi_spec_validator import validate
    except ImportError as error:
        sys.exit(f"check-openapi: {error.name or 'a module'} is missing; run: {INSTALL}")
    if not SOURCE.exists():
        sys.exit(f"check-openapi: {SOURCE.relative_to(ROOT)} does not exist")
    try:
        doc = yaml.safe_load(SOURCE.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        sys.exit(f"check-openapi: {SOURCE.relative_to(ROOT)} is not valid YAML: {error}")
    try:
        validate(doc)
    except Exception as error:  # the validator's own error types differ between versions
        sys.exit(f"check-openapi: {SOURCE.relative_to(ROOT)} is not a valid OpenAPI document: {error}")
    return doc


def operations(doc):
    """Every operation as "METHOD /path", sorted."""
    out = []
    for path, item in (doc.get("paths") or {}).items():
        for method in METHODS:
            if method in (item or {}):
                out.append(f"{method.upper()} {path}")
    return sorted(out)


def main():
    arguments = sys.argv[1:]
    unknown = [a for a in arguments if a != "--paths"]
    if unknown:
        sys.exit(f"check-openapi: unknown argument {unknown[0]}; use --paths or nothing")
    doc = load()
    if "--paths" in arguments:
        print("\n".join(operations(doc)))


if __name__ == "__main__":
    main()
