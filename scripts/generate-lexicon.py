#!/usr/bin/env python3
"""Regenerates Sources/Engine/Sentiment/BuiltInLexiconData.swift from data/sentiment/lexicon-{en,es,pt}.tsv.

The TSVs are the lexicons' source of truth; edit them, run this, commit all. A test checks they agree.
"""
from pathlib import Path

root = Path(__file__).resolve().parent.parent
names = {"en": "english", "es": "spanish", "pt": "portuguese"}
parts = []
for code, name in names.items():
    path = root / f"data/sentiment/lexicon-{code}.tsv"
    tsv = path.read_text(encoding="utf-8") if path.exists() else ""
    assert '"""#' not in tsv
    parts.append(
        f"    /// The text of `data/sentiment/lexicon-{code}.tsv`.\n"
        f'    static let {name} = #"""\n' + tsv + '"""#\n'
    )
    print(f"{code}: {sum(1 for l in tsv.splitlines() if l.strip() and not l.startswith('#'))} terms")
swift = (
    "// Generated from data/sentiment/lexicon-*.tsv by scripts/generate-lexicon.py; do not edit by hand.\n"
    "// A test checks that this file and the TSVs agree.\n\n"
    "/// The built-in lexicons: English, Spanish and Portuguese (each language's own words; emoji and\n"
    "/// emoticons are the English file's, shared by all).\n"
    "enum BuiltInLexiconData {\n" + "\n".join(parts) + "}\n"
)
(root / "Sources/Engine/Sentiment/BuiltInLexiconData.swift").write_text(swift, encoding="utf-8")
