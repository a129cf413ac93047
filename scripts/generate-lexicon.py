#!/usr/bin/env python3
"""Regenerates Sources/Engine/Sentiment/BuiltInLexiconData.swift from data/sentiment/lexicon-en.tsv.

The TSV is the lexicon's source of truth; edit it, run this, commit both. A test checks they agree.
"""
from pathlib import Path

root = Path(__file__).resolve().parent.parent
tsv = (root / "data/sentiment/lexicon-en.tsv").read_text(encoding="utf-8")
assert '"""#' not in tsv
swift = (
    "// Generated from data/sentiment/lexicon-en.tsv by scripts/generate-lexicon.py; do not edit by hand.\n"
    "// A test checks that this file and the TSV agree.\n\n"
    "/// The built-in English lexicon, as the text of `data/sentiment/lexicon-en.tsv`.\n"
    "enum BuiltInLexiconData {\n"
    '    static let tsv = #"""\n' + tsv + '"""#\n'
    "}\n"
)
(root / "Sources/Engine/Sentiment/BuiltInLexiconData.swift").write_text(swift, encoding="utf-8")
print(f"{sum(1 for l in tsv.splitlines() if l and not l.startswith('#'))} terms")
