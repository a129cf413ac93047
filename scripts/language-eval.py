#!/usr/bin/env python3
"""Scores rulesd's language identifier on the hand-labelled DM set and prints its accuracy.

Usage: scripts/language-eval.py [path/to/rulesd]   (default: .build/release/rulesd)
The set, Tests/EngineTests/Fixtures/Language/lang-eval.tsv, was written and labelled independently of the
identifier and its training text; it is never used to build the model (its first reading's misses of
`none` led to the shared-word list: see data/language/README.md). -v lists the misses.
"""
import subprocess
import sys
from collections import Counter
from pathlib import Path

root = Path(__file__).resolve().parent.parent
binary = sys.argv[1] if len(sys.argv) > 1 else str(root / ".build/release/rulesd")
rows = []
for line in (root / "Tests/EngineTests/Fixtures/Language/lang-eval.tsv").read_text(encoding="utf-8").splitlines():
    if line.strip() and not line.startswith("#"):
        label, text = line.split("\t", 1)
        rows.append((label, text))
out = subprocess.run([binary, "lang"], input="\n".join(t for _, t in rows) + "\n", capture_output=True, text=True, check=True)
guesses = [l.split("\t", 2)[0] for l in out.stdout.splitlines()]
assert len(guesses) == len(rows), (len(guesses), len(rows))
right = Counter()
total = Counter()
wrong = []
for (label, text), guess in zip(rows, guesses):
    short = len(text.split()) < 6
    for key in ("all", label) + (("under 6 words",) if short else ()):
        total[key] += 1
        right[key] += guess == label
    if guess != label:
        wrong.append(f"  {label} read as {guess}: {text}")
for key in ["all", "under 6 words", "en", "es", "pt", "none"]:
    print(f"{key:>14}: {right[key]}/{total[key]} = {right[key] / total[key]:.3f}")
if "-v" in sys.argv:
    print("\n".join(wrong))
