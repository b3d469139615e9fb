-- Shared by ask.lua and ping.lua (wrk runs them from the project's root): numbers the threads, counts
-- non-200 answers, and prints one machine-readable line at the end (latencies in microseconds).
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

bad = 0
function response(status, headers, body)
  if status ~= 200 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local non200 = 0
  for _, t in ipairs(threads) do non200 = non200 + t:get("bad") end
  local e = summary.errors
  io.write(string.format("RESULT requests=%d seconds=%.3f p50=%d p99=%d max=%d non200=%d sockerr=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99), latency.max,
    non200, e.connect + e.read + e.write + e.timeout))
end
