-- wrk script: POST /api/v1/ask rotating through questions.txt (each thread starts at its own offset),
-- counting non-200 answers; done() prints one machine-readable line (latencies in microseconds).
local questions = {}
local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end
for line in io.lines(os.getenv("QUESTIONS") or "bench/load/questions.txt") do
  if line ~= "" and line:sub(1, 1) ~= "#" then
    questions[#questions + 1] = '{"text":' .. json_string(line) .. '}'
  end
end

local threads = {}
function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end

i, bad = 0, 0
function init(args)
  i = id * 37
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  i = i + 1
  return wrk.format(nil, nil, nil, questions[(i % #questions) + 1])
end

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
