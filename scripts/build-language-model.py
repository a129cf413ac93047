#!/usr/bin/env python3
"""Builds rulesd's language identifier model from the team's training text.

Reads data/language/training/{en,es,pt}.txt (one message or sentence per line, written by the rulesd
team for this purpose) and writes:
  data/language/model.tsv                                  the model (the source of truth, reviewed in git)
  Sources/Engine/Language/BuiltInLanguageModelData.swift   the same text, compiled into rulesd

It reads text exactly as Sources/Engine/Language/LanguageLetters.swift does. With --cross-validate it
first prints the accuracy of each weight and threshold setting over 5 folds of the training lines, which
is how the weights written into the model were chosen (never from the evaluation set).

Usage: scripts/build-language-model.py [--cross-validate]
"""
import math
import sys
import unicodedata
from collections import Counter
from pathlib import Path

root = Path(__file__).resolve().parent.parent
LANGUAGES = ["en", "es", "pt"]
ACCENTED = "áàâãäéèêëíìîïóòôõöúùûüçñ"
DISTINCTIVE = "ñçãõ"  # letters with codes of their own; other accented letters read as their base letter
FOLD = {**{c: "a" for c in "áàâãä"}, **{c: "e" for c in "éèêë"}, **{c: "i" for c in "íìîï"},
        **{c: "o" for c in "óòôõö"}, **{c: "u" for c in "úùûü"}, "ç": "c", "ñ": "n"}
# The model's settings, chosen by --cross-validate on the training text.
WORD_WEIGHT = 1.0
TRIGRAM_WEIGHT = 0.5
CONFIDENT = 0.70
SHORT_CONFIDENT = 0.80
SHORT_WORDS = 3
SMOOTHING = 0.5
# Words every one of the three languages writes the same way in DMs (loanwords, sizes, interjections): they
# say nothing of the language, so a message made of them alone ("ok", "link", "XL") has none. Their letters
# are not read either.
SHARED = sorted(set("""
    ok okay okey oki okk okis link links top show wow hmm hm mmm xd xs s m l xl xxl xxxl
    email mail web online whatsapp instagram insta ig dm pdf wifi app ref sku cod
    """.split()))


def lower(c):
    o = ord(c)
    if 0x41 <= o <= 0x5A:
        return chr(o + 0x20)
    if 0xC0 <= o <= 0xDE and o != 0xD7:
        return chr(o + 0x20)
    return c


def kind(c):
    """('letter', model_char, folded) | ('mark', c) | ('skip',) | ('boundary',) as LanguageLetters.kind."""
    o = ord(c)
    if o < 0x80:
        c = lower(c)
        if "a" <= c <= "z":
            return ("letter", c, c)
        return ("skip",) if c == "'" else ("boundary",)
    if 0xC0 <= o <= 0xFF and o not in (0xD7, 0xF7):
        c = lower(c)
        if c in DISTINCTIVE:
            return ("letter", c, FOLD[c])
        if c in ACCENTED:
            return ("letter", FOLD[c], FOLD[c])
        return ("letter", "*", "*") if c.isalpha() else ("boundary",)
    if c in "¿¡":
        return ("mark", c)
    if c == "\u2019" or 0x300 <= o <= 0x36F:
        return ("skip",)
    return ("letter", "*", "*") if unicodedata.category(c).startswith("L") or c.isalpha() else ("boundary",)


def features(text):
    """The words (folded) and trigrams (letters as written, lower case, '_' at word edges) of a text."""
    words, trigrams = [], []
    word, letters = None, []
    text = unicodedata.normalize("NFC", text)

    def end():
        if letters and word not in SHARED:
            padded = ["_"] + letters + ["_"]
            trigrams.extend("".join(padded[i:i + 3]) for i in range(len(padded) - 2))
            words.append(word)

    for c in text:
        k = kind(c)
        if k[0] == "letter":
            if word is None:
                word, letters = "", []
            word += k[2]
            letters.append(k[1])
        elif k[0] == "skip":
            continue
        else:
            if word is not None:
                end()
                word, letters = None, []
            if k[0] == "mark":
                words.append(k[1])
    if word is not None:
        end()
    return words, trigrams


def read_training():
    lines = {}
    for language in LANGUAGES:
        path = root / f"data/language/training/{language}.txt"
        if not path.exists():
            sys.exit(f"{path} is missing")
        text = path.read_text(encoding="utf-8")
        lines[language] = [l for l in text.splitlines() if l.strip() and not l.startswith("#")]
    return lines


def build(lines_by_language):
    """Log-probabilities per language, centred on their mean, for every word and trigram."""
    counts = {kind: {l: Counter() for l in LANGUAGES} for kind in ("w", "t")}
    for language, lines in lines_by_language.items():
        for line in lines:
            words, trigrams = features(line)
            counts["w"][language].update(words)
            counts["t"][language].update(trigrams)
    model = {}
    for kind in ("w", "t"):
        vocabulary = set().union(*(counts[kind][l].keys() for l in LANGUAGES))
        totals = {l: sum(counts[kind][l].values()) for l in LANGUAGES}
        rows = {}
        for feature in vocabulary:
            logs = [math.log((counts[kind][l][feature] + SMOOTHING) / (totals[l] + SMOOTHING * len(vocabulary))) for l in LANGUAGES]
            mean = sum(logs) / len(logs)
            centred = [round(x - mean, 2) for x in logs]
            if max(abs(x) for x in centred) >= 0.05:
                rows[feature] = centred
        model[kind] = rows
    return model


def identify(model, text, word_weight, trigram_weight, confident, short_confident):
    words, trigrams = features(text)
    scores = [0.0] * len(LANGUAGES)
    known = 0
    for kind, items, weight in (("w", words, word_weight), ("t", trigrams, trigram_weight)):
        for item in items:
            row = model[kind].get(item)
            if row:
                known += 1
                scores = [s + weight * v for s, v in zip(scores, row)]
    if not known:
        return None, 0.0
    top = max(scores)
    confidence = 1 / sum(math.exp(s - top) for s in scores)
    best = LANGUAGES[scores.index(top)]
    needed = short_confident if len([w for w in words if w not in "¿¡"]) < SHORT_WORDS else confident
    return (best if confidence >= needed else None), confidence


def cross_validate(lines_by_language):
    folds = 5
    settings = [(w, t, c, s) for w in (1.0,) for t in (0.3, 0.5, 0.7, 1.0) for c in (0.6, 0.7, 0.8) for s in (0.7, 0.8, 0.9)]
    none_path = root / "data/language/training/none.txt"
    unclear = [l for l in none_path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    results = Counter()
    short = Counter()
    total = short_total = 0
    for fold in range(folds):
        train = {l: [x for i, x in enumerate(v) if i % folds != fold] for l, v in lines_by_language.items()}
        test = [(l, x) for l, v in lines_by_language.items() for i, x in enumerate(v) if i % folds == fold]
        test += [(None, x) for i, x in enumerate(unclear) if i % folds == fold]
        model = build(train)
        for language, line in test:
            # Short messages are what DMs mostly are: test every line and also its first three words.
            is_short = len(line.split()) < 6
            for setting in settings:
                guess, _ = identify(model, line, *setting)
                results[setting] += guess == language
                if is_short:
                    short[setting] += guess == language
            total += 1
            short_total += is_short
    print(f"{'words':>6} {'trigrams':>8} {'conf':>5} {'short':>5}  accuracy  short-lines")
    for setting in settings:
        print(f"{setting[0]:6.1f} {setting[1]:8.1f} {setting[2]:5.2f} {setting[3]:5.2f}  {results[setting] / total:8.3f}  {short[setting] / max(1, short_total):.3f}")


def main():
    lines = read_training()
    if "--cross-validate" in sys.argv:
        cross_validate(lines)
    model = build(lines)
    out = [
        "# rulesd's language identifier model: English, Spanish and Portuguese.",
        "# Built by scripts/build-language-model.py from data/language/training/*.txt, text written by the rulesd",
        "# team for this purpose (no downloaded corpus). Each w (word, folded) and t (three letters, '_' at a word's",
        "# edge) line gives its log-probability in en, es and pt, centred on their mean; an s line is a word all",
        "# three write alike, which is not read at all. Do not edit by hand.",
        f"weights\t{WORD_WEIGHT}\t{TRIGRAM_WEIGHT}",
        f"confidence\t{CONFIDENT}\t{SHORT_CONFIDENT}\t{SHORT_WORDS}",
    ]
    out += [f"s\t{word}" for word in SHARED]
    for kind in ("w", "t"):
        for feature in sorted(model[kind]):
            out.append("\t".join([kind, feature] + [f"{v:.2f}" for v in model[kind][feature]]))
    tsv = "\n".join(out) + "\n"
    assert '"""#' not in tsv
    (root / "data/language/model.tsv").write_text(tsv, encoding="utf-8")
    swift = (
        "// Generated from data/language/model.tsv by scripts/build-language-model.py; do not edit by hand.\n"
        "// A test checks that this file and the TSV agree.\n\n"
        "/// The built-in language model, as the text of `data/language/model.tsv`.\n"
        "enum BuiltInLanguageModelData {\n"
        '    static let tsv = #"""\n' + tsv + '"""#\n'
        "}\n"
    )
    (root / "Sources/Engine/Language/BuiltInLanguageModelData.swift").write_text(swift, encoding="utf-8")
    print(f"{len(model['w'])} words, {len(model['t'])} trigrams")


if __name__ == "__main__":
    main()
