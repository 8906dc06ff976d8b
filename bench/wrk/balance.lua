-- GET /api/v1/customers/{id}/points for a random customer, as the bench partner.
dofile((os.getenv("JIFEN_BENCH_DIR") or "bench") .. "/wrk/common.lua")

function request()
   return wrk.format("GET", "/api/v1/customers/" .. customer() .. "/points", headers())
end
