#!/usr/bin/env python3
"""The body model schemas must accept exactly the files that Unknot's BodyModel accepts.

Usage: check_body_schema.py

routines/schema/regions.schema.json and muscles.schema.json (Draft 2020-12) are run
over routines/regions.json, routines/muscles.json and every file in tests/data/body.
The app's verdict on a test file is its .expected file: good/ files have none and load,
bad/ files list the exact lines BodyModel prints for them (tst_bodymodel checks that
the app prints exactly those lines, so the two tests together compare schema and app).
A regions-*.json file is judged alone; a muscles-*.json file against routines/regions.json.

The schemas cannot express a few rules (unique ids, a region listed twice in one
referral list, a dose's seconds within its own min and max): files that break only
those are listed in APP_ONLY with the rule; the schema must accept them. Files the
strict JSON reader refuses first are listed in REFUSED_BEFORE_SCHEMA.
"""

import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator

from strictload import Refused, strict_load, verdict

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "routines" / "schema"
BODY_DATA = ROOT / "tests" / "data" / "body"

# The app's limits (BodyModel::kMaxFileBytes, the reader's depth limit).
MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 16

APP_ONLY = {
    "regions-duplicate-id.json": "two regions with the same id",
    "muscles-duplicate-id.json": "two muscles with the same id",
    "muscles-duplicate-referral.json": "a region listed twice in one referral list",
    "muscles-dose-outside-own-range.json": "a dose's seconds outside its own min and max",
}
REFUSED_BEFORE_SCHEMA = {
    "regions-duplicate-key.json": "duplicate key",
}


def load_validator(name):
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    return schema, Draft202012Validator(schema)


def check_region_ids(muscles_schema):
    in_schema = muscles_schema["$defs"]["regionId"]["enum"]
    in_model = [r["id"] for r in json.loads((ROOT / "routines" / "regions.json").read_text("utf-8"))["regions"]]
    if sorted(in_schema) != sorted(in_model) or len(in_schema) != len(set(in_schema)):
        return [f"muscles.schema.json $defs/regionId differs from routines/regions.json: "
                f"missing {sorted(set(in_model) - set(in_schema))}, "
                f"not in regions.json {sorted(set(in_schema) - set(in_model))}"]
    return []


def check_file(path, validator, app_valid):
    name = path.name
    try:
        document = strict_load(path.read_bytes(), MAX_FILE_BYTES, MAX_DEPTH)
    except Refused as refused:
        if REFUSED_BEFORE_SCHEMA.get(name) != refused.reason:
            return [f"{name}: refused before the schema for {refused.reason!r}, "
                    f"but REFUSED_BEFORE_SCHEMA says {REFUSED_BEFORE_SCHEMA.get(name)!r}"]
        return [] if not app_valid else [f"{name}: the app accepts a file it should refuse"]
    if name in REFUSED_BEFORE_SCHEMA:
        return [f"{name}: listed in REFUSED_BEFORE_SCHEMA but the strict reader accepts it"]
    schema_valid = validator.is_valid(document)
    expected_schema = True if name in APP_ONLY else app_valid
    if schema_valid != expected_schema:
        errors = "; ".join(e.message for e in validator.iter_errors(document))
        return [f"{name}: the schema says {verdict(schema_valid)}, the app says {verdict(app_valid)}"
                f"{' (APP_ONLY: ' + APP_ONLY[name] + ')' if name in APP_ONLY else ''}"
                f"{' (' + errors + ')' if errors else ''}"]
    return []


def app_verdict(path):
    expected = path.with_suffix(".expected")
    return not expected.exists() or not expected.read_text("utf-8").strip()


def main():
    _, regions = load_validator("regions")
    muscles_schema, muscles = load_validator("muscles")
    failures = check_region_ids(muscles_schema)
    files = [(ROOT / "routines" / "regions.json", True), (ROOT / "routines" / "muscles.json", True)]
    files += [(p, True) for p in sorted((BODY_DATA / "good").glob("*.json"))]
    files += [(p, False) for p in sorted((BODY_DATA / "bad").glob("*.json"))]
    names = {p.name for p, _ in files}
    for listed in sorted((set(APP_ONLY) | set(REFUSED_BEFORE_SCHEMA)) - names):
        failures.append(f"{listed}: listed but not found")
    for path, should_load in files:
        app_valid = app_verdict(path)
        if app_valid != should_load:
            failures.append(f"{path.name}: in {path.parent.name}/ but its .expected says "
                            f"{verdict(app_valid)}")
        validator = regions if path.name.startswith("regions") else muscles
        failures += check_file(path, validator, app_valid)
    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"{len(files)} files checked, {len(failures)} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
