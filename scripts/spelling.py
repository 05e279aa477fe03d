#!/usr/bin/env python3
"""Spelling check of the catalogue (issue 17): every message of locales/<lang>/*.ftl through
hunspell (Debian's hunspell-en-us and hunspell-es, es_MX), with the project's own words
(locales/words-<lang>.txt: drug names, units, names in the practice situations).

  scripts/spelling.py              check; exit 1 listing each unknown word and its message
  scripts/spelling.py --self-test  plant a misspelling in a copy and make sure it is caught
"""
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = {"en": "en_US", "es-MX": "es_MX"}


def messages(text):
    """(id, words) for each message; placeables and variant keys left out."""
    out, current = [], None
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        m = re.match(r"^([a-zA-Z][\w-]*) *=(.*)$", line)
        if m:
            current = [m.group(1), m.group(2)]
            out.append(current)
        elif current and line[0].isspace():
            current[1] += " " + re.sub(r"^\s*\*?\[[^\]]*\]", "", line)
    cleaned = []
    for mid, value in out:
        prev = None
        while prev != value:  # innermost placeables first: { $n ->, { $x }, { other-id }
            prev = value
            value = re.sub(r"\{[^{}]*\}", " ", value)
        value = re.sub(r"\{\s*\$\w+\s*->|[{}]", " ", value)
        value = re.sub(r"</?b>", " ", value)  # the documents' bold marks
        cleaned.append((mid, value))
    return cleaned


def unknown(folder, dictionary, locales=os.path.join(ROOT, "locales")):
    """Words hunspell does not know, with the message they are in."""
    words_file = os.path.join(locales, f"words-{folder}.txt")
    all_messages = []
    for name in sorted(os.listdir(os.path.join(locales, folder))):
        if name.endswith(".ftl"):
            with open(os.path.join(locales, folder, name), encoding="utf-8") as f:
                all_messages += [(name, mid, value) for mid, value in messages(f.read())]
    # One hunspell run for the whole language, then each unknown word traced to its messages.
    cmd = ["hunspell", "-d", dictionary, "-l", "-i", "utf-8"]
    if os.path.exists(words_file):
        cmd += ["-p", words_file]
    text = "\n".join(value for _, _, value in all_messages)
    res = subprocess.run(cmd, input=text, capture_output=True, text=True, check=True)
    found = []
    for w in sorted(set(res.stdout.split())):
        pattern = re.compile(r"(?<!\w)" + re.escape(w) + r"(?!\w)")
        for name, mid, value in all_messages:
            if pattern.search(value):
                found.append(f"locales/{folder}/{name} {mid}: {w}")
    return found


def check(locales=os.path.join(ROOT, "locales")):
    bad = []
    for folder, dictionary in LANGS.items():
        bad += unknown(folder, dictionary, locales)
    return bad


def self_test():
    import shutil
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "locales")
        shutil.copytree(os.path.join(ROOT, "locales"), copy)
        with open(os.path.join(copy, "es-MX", "app.ftl"), "a", encoding="utf-8") as f:
            f.write("planted-misspelling = La temperatrua está alta.\n")
        bad = check(copy)
        if not any(b.endswith("planted-misspelling: temperatrua") for b in bad):
            print("spelling self-test: a planted misspelling was NOT caught", file=sys.stderr)
            return 1
    print("spelling self-test: a planted misspelling is caught")
    return 0


if __name__ == "__main__":
    if "--self-test" in sys.argv:
        sys.exit(self_test())
    bad = check()
    if bad:
        print(f"{len(bad)} words hunspell does not know (fix them, or add a real word to "
              "locales/words-<lang>.txt):", file=sys.stderr)
        print("\n".join(bad), file=sys.stderr)
        sys.exit(1)
    print("spelling: every catalogue word is known in its language")
