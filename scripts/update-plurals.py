#!/usr/bin/env python3
"""Keeps i18n/unknot_en.ts, the English plural forms, in step with the code.

Qt writes a "%n session(s)" text as "1 session" and "3 sessions" only through a
translation with plural forms; without one a person reads "3 session(s)". This
script asks lupdate for every plural text in app/ and qml/ and writes its two
English forms: "word(s)" becomes "word" for one and "words" for any other count.

    scripts/update-plurals.py          rewrite i18n/unknot_en.ts
    scripts/update-plurals.py --check  exit 1 when the file is out of date
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_FILE = os.path.join(ROOT, "i18n", "unknot_en.ts")
PLURAL_WORD = re.compile(r"(\w+)\(s\)")


def find_lupdate():
    for candidate in (shutil.which("lupdate6"), "/usr/lib/qt6/bin/lupdate", shutil.which("lupdate")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    sys.exit("lupdate not found: install qt6-l10n-tools (scripts/setup.sh does)")


def plural_texts():
    """Every plural source text in the code, by context, as lupdate finds them."""
    with tempfile.TemporaryDirectory() as tmp:
        scratch = os.path.join(tmp, "plurals.ts")
        subprocess.run([find_lupdate(), "app", "qml", "-pluralonly", "-locations", "none",
                        "-source-language", "en", "-target-language", "en", "-ts", scratch],
                       cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        tree = ET.parse(scratch)
    texts = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            texts.append((name, message.findtext("source")))
    return sorted(texts)


def english_forms(source):
    return PLURAL_WORD.sub(r"\1", source), PLURAL_WORD.sub(r"\1s", source)


def render(texts):
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<!-- Made by scripts/update-plurals.py: English plural forms. -->',
           '<TS version="2.1" language="en" sourcelanguage="en">']
    for context in sorted({name for name, _ in texts}):
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for name, source in texts:
            if name != context:
                continue
            one, other = english_forms(source)
            out += ['    <message numerus="yes">',
                    f"        <source>{escape(source)}</source>",
                    "        <translation>",
                    f"            <numerusform>{escape(one)}</numerusform>",
                    f"            <numerusform>{escape(other)}</numerusform>",
                    "        </translation>",
                    "    </message>"]
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    wanted = render(plural_texts())
    if "--check" in sys.argv[1:]:
        current = open(TS_FILE, encoding="utf-8").read() if os.path.exists(TS_FILE) else ""
        if current != wanted:
            print("i18n/unknot_en.ts is out of date with the plural texts in the code: "
                  "run scripts/update-plurals.py", file=sys.stderr)
            return 1
        return 0
    os.makedirs(os.path.dirname(TS_FILE), exist_ok=True)
    with open(TS_FILE, "w", encoding="utf-8") as f:
        f.write(wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
