#!/usr/bin/env python3
"""Scores the hand-rated DM sets with rulesd's scorer (and the English ones with VADER) and prints Pearson r
and 3-class accuracy per set.

Usage: scripts/sentiment-eval.py [path/to/rulesd] [--dev] [--worst N]
  --dev       only the sets used while tuning (dm-eval, es-eval, pt-eval); the held-out sets stay unread
  --worst N   also print the N messages furthest from their rating in each set
Each text is scored as `rulesd sentiment` does: in the language rulesd tells it is written in.
Needs (for the VADER column): pip install vadersentiment
"""
import math
import subprocess
import sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
arguments = sys.argv[1:]
worst = int(arguments[arguments.index("--worst") + 1]) if "--worst" in arguments else 0
if "--worst" in arguments:
    del arguments[arguments.index("--worst"):arguments.index("--worst") + 2]
dev = "--dev" in arguments
arguments = [a for a in arguments if a != "--dev"]
binary = arguments[0] if arguments else str(root / ".build/release/rulesd")
sets = ["dm-eval.tsv", "es-eval.tsv", "pt-eval.tsv"] if dev else [
    "dm-eval.tsv", "dm-holdout.tsv", "es-eval.tsv", "es-holdout.tsv", "pt-eval.tsv", "pt-holdout.tsv"]

def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy)


def label(score, threshold=0.05):
    return 1 if score > threshold else -1 if score < -threshold else 0


def accuracy(scores, ratings):
    truth = [label(r, 0) for r in ratings]
    return sum(1 for s, t in zip(scores, truth) if label(s) == t) / len(truth)



def load(path):
    ratings, texts = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rating, text = line.split("\t", 1)
        ratings.append(float(rating))
        texts.append(text)
    return ratings, texts


try:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    analyzer = SentimentIntensityAnalyzer()
except ImportError:
    analyzer = None
    print("(VADER not installed: pip install vadersentiment)", file=sys.stderr)

for name in sets:
    data = root / "Tests/EngineTests/Fixtures/Sentiment" / name
    ratings, texts = load(data)
    out = subprocess.run([binary, "sentiment"], input="\n".join(texts) + "\n", capture_output=True, text=True, check=True)
    ours = [float(line.split("\t", 1)[0]) for line in out.stdout.splitlines() if not line.startswith(" ")]
    assert len(ours) == len(texts), (len(ours), len(texts))
    rows = [("rulesd", ours)]
    if analyzer and name.startswith("dm-"):
        rows.append(("VADER", [analyzer.polarity_scores(t)["compound"] for t in texts]))
    print(f"{len(texts)} messages from {data.relative_to(root)}")
    print(f"  {'scorer':8} {'pearson r':>10} {'3-class accuracy':>18}")
    for scorer, scores in rows:
        print(f"  {scorer:8} {pearson(scores, ratings):10.3f} {accuracy(scores, ratings):18.3f}")
    if worst:
        far = sorted(zip(ours, ratings, texts), key=lambda row: -abs(row[0] - row[1] / 4))[:worst]
        for score, rating, text in far:
            print(f"    {score:+.2f} rated {rating:+.1f}  {text}")
