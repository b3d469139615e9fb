-- wrk script: GET /api/v1/ping, reported as ask.lua reports.
dofile("bench/load/report.lua")
