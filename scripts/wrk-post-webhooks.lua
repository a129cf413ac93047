-- wrk script: POSTs pre-signed webhook bodies (scripts/webhooks.py bodies), each thread its own share, so
-- every request carries a new message id until the file runs out. Environment: BODIES (the file), THREADS.
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
end

function init(args)
  signatures, bodies, n = {}, {}, 0
  local threads = tonumber(os.getenv("THREADS") or "1")
  local i = 0
  for line in io.lines(os.getenv("BODIES")) do
    if i % threads == index then
      local tab = line:find("\t", 1, true)
      signatures[#signatures + 1] = line:sub(1, tab - 1)
      bodies[#bodies + 1] = line:sub(tab + 1)
    end
    i = i + 1
  end
end

function request()
  n = n % #bodies + 1
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["X-Hub-Signature-256"] = signatures[n]}, bodies[n])
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d seconds=%.3f non2xx=%d connect_errors=%d timeouts=%d p50_ms=%.2f p99_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, summary.errors.status, summary.errors.connect, summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
