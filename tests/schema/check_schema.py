#!/usr/bin/env python3
"""The routine JSON Schema must accept exactly the files that Unknot accepts.

Usage: check_schema.py PATH/TO/unknot

For every file in tests/data/good, tests/data/bad and routines/*.json (the body model
files aside), the schema's verdict (Draft 2020-12) must equal the app's, taken from
`unknot --validate FILE` (exit 0 valid, 1 invalid). Files that the app refuses before
the schema applies are listed in REFUSED_BEFORE_SCHEMA with the reason, and a strict
reader here confirms that each is refused for that reason and no other file is.
Good files must be valid and bad files invalid, for both. The schema's region and
muscle ids must be exactly those of routines/regions.json and routines/muscles.json.
"""

import json
import sys
import tempfile
from pathlib import Path

import strictload
from strictload import Refused, app_accepts, verdict
from jsonschema import Draft202012Validator

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_PATH = ROOT / "routines" / "schema" / "routine.schema.json"
BODY_MODEL_FILES = {"regions.json", "muscles.json"}

# The app's file-level limits (RoutineFormat::kMaxFileBytes, RoutineFormat::kMaxDepth).
MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 16

# Files the app refuses before judging their content, so the schema never sees them.
REFUSED_BEFORE_SCHEMA = {
    "bad-empty.json": "empty",
    "bad-invalid-utf8.json": "invalid UTF-8",
    "bad-duplicate-key.json": "duplicate key",
    "bad-deep-nesting.json": "too deep",
    "bad-lone-surrogate.json": "lone surrogate escape",
    "bad-syntax-comment.json": "not JSON",
    "bad-syntax-missing-brace.json": "not JSON",
    "bad-syntax-single-quotes.json": "not JSON",
    "bad-syntax-trailing-comma.json": "not JSON",
    "bad-number-nan.json": "not JSON",
}


def strict_load(data):
    return strictload.strict_load(data, MAX_FILE_BYTES, MAX_DEPTH)


def routine_files():
    """(path, expected verdict or None when any verdict is fine)"""
    files = [(p, True) for p in sorted((ROOT / "tests" / "data" / "good").glob("*.json"))]
    files += [(p, False) for p in sorted((ROOT / "tests" / "data" / "bad").glob("*.json"))]
    files += [(p, None) for p in sorted((ROOT / "routines").glob("*.json"))
              if p.name not in BODY_MODEL_FILES]
    return files


def check_file(unknot, validator, path, expected, listed_reason):
    """Returns a list of failure messages for one file."""
    failures = []
    try:
        document = strict_load(path.read_bytes())
        refused_reason = None
    except Refused as refused:
        refused_reason = refused.reason
    app_valid = app_accepts(unknot, path)
    if refused_reason != listed_reason:
        failures.append(f"{path.name}: refused before the schema for {refused_reason!r}, "
                        f"but REFUSED_BEFORE_SCHEMA says {listed_reason!r}")
    if refused_reason is not None:
        if app_valid:
            failures.append(f"{path.name}: the app accepts a file it should refuse ({refused_reason})")
        return failures
    schema_valid = validator.is_valid(document)
    if schema_valid != app_valid:
        errors = "; ".join(e.message for e in validator.iter_errors(document))
        failures.append(f"{path.name}: the schema says {verdict(schema_valid)}, the app says "
                        f"{verdict(app_valid)}{' (' + errors + ')' if errors else ''}")
    if expected is not None and schema_valid != expected:
        failures.append(f"{path.name}: should be {verdict(expected)}, the schema says {verdict(schema_valid)}")
    return failures


# The 1 MiB limit is checked with a file made here rather than kept in the repository:
# a valid routine padded with spaces, so the size is the only thing wrong with it.
def check_file_over_limit(unknot):
    routine = (ROOT / "tests" / "data" / "good" / "minimal.json").read_bytes()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.json"
        path.write_bytes(routine + b" " * (MAX_FILE_BYTES + 1 - len(routine)))
        try:
            strict_load(path.read_bytes())
            return [f"{path.name}: a file over {MAX_FILE_BYTES} bytes was not refused here"]
        except Refused:
            pass
        if app_accepts(unknot, path):
            return [f"the app accepts a file over {MAX_FILE_BYTES} bytes"]
    return []


def body_model_ids(name, key):
    return [entry["id"] for entry in json.loads((ROOT / "routines" / name).read_text("utf-8"))[key]]


def check_vocabulary(schema):
    failures = []
    for name, key, definition in (("regions.json", "regions", "regionId"),
                                  ("muscles.json", "muscles", "muscleId")):
        in_schema = schema["$defs"][definition]["enum"]
        in_model = body_model_ids(name, key)
        if sorted(in_schema) != sorted(in_model) or len(in_schema) != len(set(in_schema)):
            missing = sorted(set(in_model) - set(in_schema))
            extra = sorted(set(in_schema) - set(in_model))
            failures.append(f"$defs/{definition} differs from routines/{name}: "
                            f"missing {missing}, not in the body model {extra}")
    return failures


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    unknot = sys.argv[1]
    schema = json.loads(SCHEMA_PATH.read_text("utf-8"))
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)

    failures = check_vocabulary(schema)
    files = routine_files()
    names = {path.name for path, _ in files}
    failures += [f"{name}: listed in REFUSED_BEFORE_SCHEMA but not found"
                 for name in sorted(set(REFUSED_BEFORE_SCHEMA) - names)]
    for path, expected in files:
        failures += check_file(unknot, validator, path, expected, REFUSED_BEFORE_SCHEMA.get(path.name))
    failures += check_file_over_limit(unknot)

    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"{len(files) + 1} files checked, {len(failures)} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
