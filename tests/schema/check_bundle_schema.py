#!/usr/bin/env python3
"""The plan bundle JSON Schema must accept exactly the bundles that Unknot accepts.

Usage: check_bundle_schema.py PATH/TO/unknot

For every file in tests/data/bundles/good and tests/data/bundles/bad, the schema's
verdict (Draft 2020-12, with routines/schema/routine.schema.json for the routines
inside) must equal the app's, taken from `unknot --validate FILE.unknot` (exit 0
valid, 1 invalid). Good files must be valid and bad files invalid, for both.

Some rules cannot be written in JSON Schema. Files the app refuses before the schema
applies (REFUSED_BEFORE_SCHEMA) and files it refuses for a rule between two values
(APP_ONLY: a plan that names a routine the bundle does not carry, two routines with
one id, a routine over 1 MiB) are listed with the reason; a reader here confirms each
reason, and that no other file has one. Files over the size limits are made here.
"""

import json
import sys
import tempfile
from pathlib import Path

import strictload
from strictload import Refused, app_accepts, verdict
from jsonschema import Draft202012Validator, RefResolver

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "routines" / "schema"
CORPUS = ROOT / "tests" / "data" / "bundles"

# The app's limits (BundleFormat::kMaxFileBytes, kMaxDepth; RoutineFormat::kMaxFileBytes).
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 18
MAX_ROUTINE_BYTES = 1024 * 1024

REFUSED_BEFORE_SCHEMA = {
    "bad-empty.unknot": "empty",
    "bad-invalid-utf8.unknot": "invalid UTF-8",
    "bad-overlong-utf8.unknot": "invalid UTF-8",
    "bad-duplicate-key.unknot": "duplicate key",
    "bad-deep-nesting.unknot": "too deep",
    "bad-lone-surrogate.unknot": "lone surrogate escape",
    "bad-syntax-comment.unknot": "not JSON",
    "bad-syntax-nan.unknot": "not JSON",
    "bad-syntax-trailing-comma.unknot": "not JSON",
}

# Valid for the schema, refused by the app for a rule the schema cannot express.
APP_ONLY = {
    "bad-reference-outside.unknot": "names a routine it does not carry",
    "bad-routine-duplicate-id.unknot": "two routines with one id",
}


def strict_load(data):
    return strictload.strict_load(data, MAX_FILE_BYTES, MAX_DEPTH)


def app_only_reason(document):
    """The rule between values that the app applies and the schema cannot, if any is broken."""
    if not isinstance(document, dict):
        return None
    routines = document.get("routines")
    routines = [r for r in routines if isinstance(r, dict)] if isinstance(routines, list) else []
    ids = [r.get("id") for r in routines if isinstance(r.get("id"), str)]
    if len(ids) != len(set(ids)):
        return "two routines with one id"
    for routine in routines:
        if len(json.dumps(routine, separators=(",", ":"), ensure_ascii=False).encode()) > MAX_ROUTINE_BYTES:
            return "a routine over 1 MiB"
    plan = document.get("plan")
    rotation = plan.get("routines") if isinstance(plan, dict) else None
    if isinstance(rotation, list) and any(isinstance(i, str) and i not in ids for i in rotation):
        return "names a routine it does not carry"
    return None


def check_file(unknot, validator, path, expected):
    failures = []
    name = path.name
    try:
        document = strict_load(path.read_bytes())
        refused = None
    except Refused as error:
        document, refused = None, error.reason
    if refused != REFUSED_BEFORE_SCHEMA.get(name):
        failures.append(f"{name}: refused before the schema for {refused!r}, but "
                        f"REFUSED_BEFORE_SCHEMA says {REFUSED_BEFORE_SCHEMA.get(name)!r}")
    app_valid = app_accepts(unknot, path)
    if expected is not None and app_valid != expected:
        failures.append(f"{name}: should be {verdict(expected)}, the app says {verdict(app_valid)}")
    if refused is not None:
        return failures
    only_app = app_only_reason(document)
    schema_valid = validator.is_valid(document)
    if name in APP_ONLY:
        if only_app != APP_ONLY[name]:
            failures.append(f"{name}: breaks the app-only rule {only_app!r}, but APP_ONLY says "
                            f"{APP_ONLY[name]!r}")
        if not schema_valid:
            failures.append(f"{name}: listed in APP_ONLY, so the schema should accept it")
    elif schema_valid and only_app is not None:
        failures.append(f"{name}: the schema accepts it and the app-only rule {only_app!r} "
                        "refuses it; list it in APP_ONLY")
    schema_and_rules = schema_valid and only_app is None
    if schema_and_rules != app_valid:
        errors = "; ".join(e.message[:200] for e in validator.iter_errors(document))
        failures.append(f"{name}: the schema and the app-only rules say "
                        f"{verdict(schema_and_rules)}, the app says {verdict(app_valid)}"
                        f"{' (' + errors + ')' if errors else ''}")
    return failures


def minimal_bundle():
    return json.loads((CORPUS / "good" / "minimal.unknot").read_text("utf-8"))


def check_made_files(unknot, validator):
    """Files over a size limit, made here rather than kept in the repository."""
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        # A valid bundle padded with spaces: only its size is wrong.
        big = Path(folder) / "big.unknot"
        text = json.dumps(minimal_bundle()).encode()
        big.write_bytes(text + b" " * (MAX_FILE_BYTES + 1 - len(text)))
        try:
            strict_load(big.read_bytes())
            failures.append(f"{big.name}: a file over {MAX_FILE_BYTES} bytes was not refused here")
        except Refused:
            pass
        if app_accepts(unknot, big):
            failures.append(f"the app accepts a bundle over {MAX_FILE_BYTES} bytes")
        # Under 2 MiB, but one routine inside is over 1 MiB: the schema cannot see it.
        document = minimal_bundle()
        routine = document["routines"][0]
        # 100 steps of 2000 four-byte characters with five long cues each: about 1.2 MiB.
        routine["steps"] = routine["steps"] * 50
        for index, step in enumerate(routine["steps"]):
            step["title"] = f"Step {index}"
            step["instructions"] = "\U0001F642" * 2000
            step["cues"] = [{"at": at, "text": "\U0001F642" * 200} for at in range(5)]
        routine_large = Path(folder) / "routine-large.unknot"
        routine_large.write_text(json.dumps(document, separators=(",", ":"), ensure_ascii=False), "utf-8")
        if not validator.is_valid(document) or app_only_reason(document) != "a routine over 1 MiB":
            failures.append(f"{routine_large.name}: should pass the schema and break the 1 MiB "
                            "routine limit only")
        if app_accepts(unknot, routine_large):
            failures.append("the app accepts a routine over 1 MiB inside a bundle")
    return failures


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    unknot = sys.argv[1]
    routine_schema = json.loads((SCHEMAS / "routine.schema.json").read_text("utf-8"))
    bundle_schema = json.loads((SCHEMAS / "bundle.schema.json").read_text("utf-8"))
    for schema in (routine_schema, bundle_schema):
        Draft202012Validator.check_schema(schema)
    resolver = RefResolver.from_schema(bundle_schema,
                                       store={routine_schema["$id"]: routine_schema})
    validator = Draft202012Validator(bundle_schema, resolver=resolver)

    files = [(p, True) for p in sorted((CORPUS / "good").glob("*.unknot"))]
    files += [(p, False) for p in sorted((CORPUS / "bad").glob("*.unknot"))]
    names = {path.name for path, _ in files}
    failures = [f"{name}: listed but not found"
                for name in sorted((set(REFUSED_BEFORE_SCHEMA) | set(APP_ONLY)) - names)]
    for path, expected in files:
        failures += check_file(unknot, validator, path, expected)
    failures += check_made_files(unknot, validator)

    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"{len(files) + 2} bundles checked, {len(failures)} disagreements")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
