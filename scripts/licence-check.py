"""Every crate linked into the binaries has a licence the .deb's copyright file covers.

Reads `cargo tree -f '{p}|{l}'` lines on stdin and the copyright file named on the command
line. A crate's SPDX expression must be satisfiable by the licences the file gives a
"License:" paragraph to: "A OR B" needs one of them, "A AND B" both. Exit 1 with the crates
that are not covered.
"""
import re
import sys


def covered(expr, have):
    expr = expr.replace("/", " OR ").strip()
    while expr.startswith("(") and expr.endswith(")"):
        expr = expr[1:-1].strip()
    depth, parts, current, op = 0, [], "", None
    for token in re.split(r"(\(|\)|\s+)", expr):
        depth += token == "("
        depth -= token == ")"
        if depth == 0 and token in ("OR", "AND"):
            parts.append(current)
            current, op = "", op or token
            continue
        current += token
    parts.append(current)
    if len(parts) > 1:
        check = any if op == "OR" else all
        return check(covered(p, have) for p in parts)
    return expr.split(" WITH ")[0].strip() in have


def main():
    have = set(re.findall(r"^License: (\S+)", open(sys.argv[1]).read(), re.M))
    missing = set()
    for line in sys.stdin:
        name, _, licence = line.strip().partition("|")
        licence = licence.replace(" (*)", "").strip()
        if not name or name.startswith("centinela"):
            continue
        if not licence or not covered(licence, have):
            missing.add(name + ": " + (licence or "(no licence given)"))
    if missing:
        print("not covered by " + sys.argv[1] + ":", file=sys.stderr)
        for m in sorted(missing):
            print("  " + m, file=sys.stderr)
        sys.exit(1)
    print("all linked crates covered by: " + ", ".join(sorted(have)))


main()
