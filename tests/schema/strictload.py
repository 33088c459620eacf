"""What the schema checks share: a reader that refuses what the app's StrictJson
refuses (before any schema applies), and the app's own verdict from --validate."""

import json
import math
import os
import subprocess


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


def strict_load(data, max_bytes, max_depth):
    """Reads a file as the app's StrictJson does, raising Refused where it would."""
    if len(data) > max_bytes:
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
    if depth(value) > max_depth:
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
