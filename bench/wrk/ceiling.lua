-- GET /health/live, no token: Liberty's HTTP and servlet layers and nothing of ours, no SQL. The
-- ceiling no API row can pass on this machine, with wrk sharing its cores.
dofile((os.getenv("JIFEN_BENCH_DIR") or "bench") .. "/wrk/common.lua")

function request()
   return wrk.format("GET", "/health/live", { ["Accept"] = "application/json" })
end
