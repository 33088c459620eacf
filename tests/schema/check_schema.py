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
import math
import os
import subprocess
import sys
import tempfile
from pathlib import Path

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


class Refused(Exception):
    """The app's strict reader would refuse this file before the schema applies."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def no_duplicate_keys(pairs):
    keys = [key for key, _ in pairs]
    if len(keys) != len(set(keys)):
        raise Refused("duplicate key")
    return dict(pairs)


def refuse_constant(name):
    # Python's json reads NaN and Infinity; JSON has neither.
    raise Refused("not JSON")


def finite_number(text):
    # A number too large for a double is refused by the app's reader.
    if math.isinf(float(text)):
        raise Refused("not JSON")
    return float(text) if any(c in text for c in ".eE") else int(text)


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


def has_lone_surrogate(value):
    if isinstance(value, str):
        return any(0xD800 <= ord(c) <= 0xDFFF for c in value)
    if isinstance(value, dict):
        return any(has_lone_surrogate(k) or has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(has_lone_surrogate(v) for v in value)
    return False


def strict_load(data):
    """Reads a file as the app's StrictJson does, raising Refused where it would."""
    if len(data) > MAX_FILE_BYTES:
        raise Refused("too large")
    try:
        text = data.decode("utf-8")  # strict: no surrogates, no overlong forms
    except UnicodeDecodeError:
        raise Refused("invalid UTF-8") from None
    text = text.removeprefix("\ufeff")
    if not text.strip(" \t\r\n"):
        raise Refused("empty")
    try:
        value = json.loads(text, object_pairs_hook=no_duplicate_keys, parse_constant=refuse_constant,
                           parse_float=finite_number, parse_int=finite_number)
    except json.JSONDecodeError:
        raise Refused("not JSON") from None
    if depth(value) > MAX_DEPTH:
        raise Refused("too deep")
    # Python's json accepts "\ud83d" on its own; the app does not.
    if has_lone_surrogate(value):
        raise Refused("lone surrogate escape")
    return value


def app_accepts(unknot, path):
    run = subprocess.run([unknot, "--validate", str(path)], capture_output=True, text=True,
                         timeout=60, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    if run.returncode not in (0, 1):
        raise RuntimeError(f"{unknot} --validate {path} exited with {run.returncode}:\n"
                           f"{run.stdout}{run.stderr}")
    return run.returncode == 0


def verdict(valid):
    return "valid" if valid else "invalid"


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
