-- wrk script: POST /api/v1/ask rotating through questions.txt (each thread starts at its own offset).
dofile("bench/load/report.lua")

local questions = {}
local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end
for line in io.lines(os.getenv("QUESTIONS") or "bench/load/questions.txt") do
  if line ~= "" and line:sub(1, 1) ~= "#" then
    questions[#questions + 1] = '{"text":' .. json_string(line) .. '}'
  end
end

i = 0
function init(args)
  i = id * 37
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  i = i + 1
  return wrk.format(nil, nil, nil, questions[(i % #questions) + 1])
end
