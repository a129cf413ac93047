#!/usr/bin/env python3
"""Writes the dry-run benchmark's workload: RULES keyword rules in `rulesd bench`'s shape (each `contains any`
of KEYWORDS/RULES keywords — one word, a two-word phrase every tenth, a prefix every tenth —, a third `and not
tagged`, a cooldown, a reply and a tag; `option max_replies = 5 per 1h`) and MESSAGES chat lines of about 30
words from CONTACTS contacts, each mentioning about two keywords.

    scripts/dry-run-workload.py DIR [--rules 1000] [--keywords 10000] [--messages 100000] [--contacts 5000]
writes DIR/rules/bench.rules and DIR/chat.jsonl.
"""
import argparse
import json
import pathlib
import random


def keyword(index):
    if index % 10 == 0:
        return f"kw{index} phrase"
    if index % 10 == 1:
        return f"pre{index}*"
    return f"kw{index}"


FILLER = ("hello hi there i would like to know if you have the dress in blue and what is your best offer for two of "
          "them please thanks also when can it arrive my city tomorrow or next week ok great envío señora so nice "
          "size colour price cost shipping").split()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dir")
    parser.add_argument("--rules", type=int, default=1000)
    parser.add_argument("--keywords", type=int, default=10000)
    parser.add_argument("--messages", type=int, default=100000)
    parser.add_argument("--contacts", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    out = pathlib.Path(args.dir)
    (out / "rules").mkdir(parents=True, exist_ok=True)
    keywords = [keyword(i) for i in range(args.keywords)]
    per_rule = max(1, args.keywords // args.rules)
    lines = ['option max_replies = 5 per 1h']
    for index in range(args.rules):
        words = [keywords[(index * per_rule + k) % len(keywords)] for k in range(per_rule)]
        listed = ", ".join(f'"{w}"' for w in words)
        guard = f' and not tagged "t{index % 50}"' if index % 3 == 0 else ""
        lines.append(f'rule "r{index}" priority {index % 7} cooldown {index % 4 + 1}h')
        lines.append(f"  when message contains any {listed}{guard}")
        lines.append(f'  then\n    reply "Answer {index}"\n    tag "t{index % 50}"\nend')
    (out / "rules" / "bench.rules").write_text("\n".join(lines) + "\n")

    rng = random.Random(args.seed)
    start = 1795000000
    with open(out / "chat.jsonl", "w") as chat:
        for index in range(args.messages):
            words = [rng.choice(FILLER) for _ in range(28)]
            for _ in range(2):
                k = keywords[rng.randrange(len(keywords))]
                k = k[:-1] + "ing" if k.endswith("*") else k
                words.insert(rng.randrange(len(words) + 1), k)
            at = start + index * 7
            line = {"id": f"m{index}", "at": f"{__import__('time').strftime('%Y-%m-%dT%H:%M:%S', __import__('time').gmtime(at))}Z",
                    "channel": "instagram" if index % 2 == 0 else "whatsapp", "account": "acct",
                    "contact": f"c{rng.randrange(args.contacts)}", "kind": "text", "text": " ".join(words)}
            chat.write(json.dumps(line, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
