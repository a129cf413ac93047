#!/usr/bin/env python3
"""Signed Meta webhook traffic for rulesd's benchmarks and crash test (standard library only).

  webhooks.py bodies --count N --secret S            N signed WhatsApp bodies, "signature<TAB>body" per line (for wrk)
  webhooks.py send --url U --secret S --count N --rate R [--duplicates 0.1] [--stamp] [--accepted FILE]
      posts N signed WhatsApp bodies at R per second from several threads, each new message with a unique id
      and the text "n=<index> ..." (a fraction re-sent as duplicate deliveries); a body that gets no 200 (connection refused while the
      server restarts, 5xx) is retried until it does, as Meta retries. --stamp puts "t=<unix ms>" in the
      text, for end-to-end latency measured at the fake Graph API. Prints a JSON summary.
      --url may list several servers, comma-separated (several `serve` processes behind a load balancer):
      each body goes to the next in turn, and a retry to the one after (a balancer steering around a dead one).
"""
import argparse, hashlib, hmac, http.client, json, random, sys, threading, time, urllib.parse

PHONE_NUMBER_ID = "106540352200001"

def whatsapp_body(mid, wa_id, text, at):
    return json.dumps({
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": {
            "messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550100200", "phone_number_id": PHONE_NUMBER_ID},
            "contacts": [{"profile": {"name": "Customer %s" % wa_id}, "wa_id": wa_id}],
            "messages": [{"from": wa_id, "id": mid, "timestamp": str(int(at)), "type": "text", "text": {"body": text}}],
        }}]}],
    }, separators=(",", ":")).encode()

def sign(body, secret):
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()

TEXTS = ["hi! how much is the linen dress in size M?", "do you ship to Rosario?", "is the blue one still available",
         "thanks so much, it arrived and I love it", "this is the third time I ask, where is my order #48213??",
         "hola, tienen talle L?", "ok", "what time do you open on saturday"]

def bodies(args):
    now = time.time()
    out = sys.stdout.buffer
    for i in range(args.count):
        body = whatsapp_body("wamid.bench.%s.%d" % (args.run, i), str(5491100000000 + i % args.contacts), TEXTS[i % len(TEXTS)], now)
        out.write(sign(body, args.secret).encode() + b"\t" + body + b"\n")

def send(args):
    urls = [urllib.parse.urlparse(u) for u in args.url.split(",")]
    lock = threading.Lock()
    state = {"next": 0, "requests": 0, "retries": 0, "statuses": {}, "accepted": set(), "sent_bodies": []}
    start = time.time()
    rng = random.Random(args.seed)
    deadline = start + args.max_seconds

    def post(conn, body):
        sig = sign(body, args.secret)
        while time.time() < deadline:
            with lock:
                target = state.setdefault("target", 0) % len(urls)
                state["target"] = target + 1
            url = urls[target]
            try:
                if conn.get(target) is None:
                    conn[target] = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
                conn[target].request("POST", url.path, body=body, headers={"Content-Type": "application/json", "X-Hub-Signature-256": sig})
                response = conn[target].getresponse()
                response.read()
                status = response.status
            except (OSError, http.client.HTTPException):
                status = "connection"
                if conn.get(target) is not None:
                    conn[target].close()
                conn[target] = None
            with lock:
                state["requests"] += 1
                state["statuses"][str(status)] = state["statuses"].get(str(status), 0) + 1
            if status == 200:
                return True
            with lock:
                state["retries"] += 1
            time.sleep(0.05)
        return False

    def worker():
        conn = {}
        while True:
            with lock:
                i = state["next"]
                if i >= args.count:
                    break
                state["next"] += 1
                duplicate = None
                if state["sent_bodies"] and rng.random() < args.duplicates:
                    duplicate = rng.choice(state["sent_bodies"])
            wait = start + i / args.rate - time.time()
            if wait > 0:
                time.sleep(wait)
            mid = "wamid.%s.%d" % (args.run, i)
            text = "n=%d %s" % (i, TEXTS[i % len(TEXTS)])
            if args.stamp:
                text = "t=%d %s" % (int(time.time() * 1000), text)
            body = whatsapp_body(mid, str(5491100000000 + i % args.contacts), text, time.time())
            if post(conn, body):
                with lock:
                    state["accepted"].add(mid)
                    state["sent_bodies"].append(body)
            if duplicate is not None:
                post(conn, duplicate)

    threads = [threading.Thread(target=worker) for _ in range(args.threads)]
    for t in threads: t.start()
    for t in threads: t.join()
    elapsed = time.time() - start
    if args.accepted:
        with open(args.accepted, "w") as f:
            for mid in sorted(state["accepted"]):
                f.write(mid + "\n")
    print(json.dumps({"messages": args.count, "accepted": len(state["accepted"]), "requests": state["requests"],
                      "retries": state["retries"], "statuses": state["statuses"], "seconds": round(elapsed, 2),
                      "rate": round(args.count / elapsed, 1)}))

def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("bodies")
    b.add_argument("--count", type=int, required=True)
    b.add_argument("--secret", required=True)
    b.add_argument("--contacts", type=int, default=50000)
    b.add_argument("--run", default=str(int(time.time())))
    s = sub.add_parser("send")
    s.add_argument("--url", required=True)
    s.add_argument("--secret", required=True)
    s.add_argument("--count", type=int, required=True)
    s.add_argument("--rate", type=float, default=500)
    s.add_argument("--threads", type=int, default=8)
    s.add_argument("--duplicates", type=float, default=0.0)
    s.add_argument("--contacts", type=int, default=50000)
    s.add_argument("--stamp", action="store_true")
    s.add_argument("--accepted")
    s.add_argument("--seed", type=int, default=7)
    s.add_argument("--max-seconds", type=float, default=600)
    s.add_argument("--run", default=str(int(time.time())))
    args = parser.parse_args()
    {"bodies": bodies, "send": send}[args.command](args)

if __name__ == "__main__":
    main()
