-- wrk script for bench/api-bench.sh: POSTs the file named by BODY to the URL, counts a call as good only if it
-- answers HTTP 200 with "Status":0, and prints one line with the rate and the latency percentiles.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(os.getenv("BODY"), "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  wrk.headers["Content-Type"] = "application/json"
  file:close()
  bad = 0
end

function response(status, headers, body)
  if status ~= 200 or body:sub(1, 11) ~= '{"Status":0' then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("bad")
  end
  local e = summary.errors
  local failed = bad + e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("%-22s concurrency %2d  calls %6d  failed %d  %8.1f calls/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms\n",
    os.getenv("LABEL") or "", tonumber(os.getenv("CONCURRENCY") or "0"), summary.requests,
    failed, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
  -- Little's law: a closed loop of N connections completing R calls per second spends N / R seconds per call on
  -- average. wrk's own mean must agree; when it is far above, some of its latencies are not the server's (seen on
  -- 2026-12-02 at concurrency 32: p95 6.6 s beside a rate whose mean latency could not pass 140 ms).
  local concurrency = tonumber(os.getenv("CONCURRENCY") or "0")
  local littleMs = concurrency / (summary.requests / seconds) * 1000
  if concurrency > 0 and latency.mean / 1000 > 1.5 * littleMs then
    io.write(string.format(
      "    suspect latencies: wrk's mean %.1f ms, but %d connections at this rate mean %.1f ms\n",
      latency.mean / 1000, concurrency, littleMs))
  end
  if failed > 0 then
    io.write(string.format("    failed: %d answered other than HTTP 200 with \"Status\":0, %d timed out (over 2 s), %d socket errors\n",
      bad, e.timeout, e.connect + e.read + e.write))
  end
end
