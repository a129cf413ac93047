#!/usr/bin/env python3
"""The Python peer of `rulesd dry-run` for the benchmark of scripts/bench-dry-run.sh: decides the workload's
keyword rules (scripts/dry-run-workload.py) for each chat line with ahocorasick-rs and a whole-word check, with
rulesd's semantics — priority order, cooldowns that start only when the rule's reply was sent, `not tagged`,
one reply per message, `max_replies = 5 per 1h` — and writes one JSON line per message: {"id", "fired", "reply"}.

    dry-run-peer.py RULES_FILE CHAT.jsonl > decisions.jsonl
"""
import json
import re
import sys
import unicodedata
from datetime import datetime

import ahocorasick_rs

RULE = re.compile(r'rule "([^"]+)" priority (-?\d+) cooldown (\d+)h\n  when message contains any (.*?)( and not tagged "([^"]+)")?\n'
                  r'  then\n    reply "([^"]*)"\n    tag "([^"]+)"\nend')


def normalize(text):
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


def main(rules_path, chat_path):
    rules = []
    for match in RULE.finditer(open(rules_path).read()):
        name, priority, hours, listed, _, excluded, reply, tag = match.groups()
        rules.append({"name": name, "priority": int(priority), "cooldown": int(hours) * 3600,
                      "keywords": re.findall(r'"([^"]+)"', listed), "excluded": excluded, "reply": reply, "tag": tag})
    order = sorted(range(len(rules)), key=lambda i: -rules[i]["priority"])  # stable: file order within a priority
    patterns, owners, prefix = [], [], []
    for index, rule in enumerate(rules):
        for word in rule["keywords"]:
            patterns.append(word.rstrip("*"))
            owners.append(index)
            prefix.append(word.endswith("*"))
    automaton = ahocorasick_rs.AhoCorasick(patterns)
    states = {}
    out = sys.stdout
    for line in open(chat_path, encoding="utf-8"):
        message = json.loads(line)
        now = datetime.fromisoformat(message["at"].replace("Z", "+00:00")).timestamp()
        text = normalize(message.get("text") or "")
        matched = set()
        for pattern, start, end in automaton.find_matches_as_indexes(text, overlapping=True):
            if start > 0 and text[start - 1].isalnum():
                continue
            if not prefix[pattern] and end < len(text) and text[end].isalnum():
                continue
            matched.add(owners[pattern])
        contact = (message["channel"], message.get("account", ""), message["contact"])
        state = states.setdefault(contact, {"tags": set(), "cooldowns": {}, "replies": []})
        state["cooldowns"] = {r: u for r, u in state["cooldowns"].items() if u > now}
        state["replies"] = [t for t in state["replies"] if t > now - 3600]
        fired, replied = [], None
        for index in order:
            if index not in matched:
                continue
            rule = rules[index]
            if state["cooldowns"].get(rule["name"], 0) > now:
                continue
            if rule["excluded"] and rule["excluded"] in state["tags"]:
                continue
            fired.append(rule["name"])
            sent = False
            if replied is None and len(state["replies"]) < 5:
                replied = rule["reply"]
                state["replies"].append(now)
                sent = True
            state["tags"].add(rule["tag"])
            if sent:
                state["cooldowns"][rule["name"]] = now + rule["cooldown"]
        out.write(json.dumps({"id": message["id"], "fired": fired, "reply": replied}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
