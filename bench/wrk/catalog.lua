-- GET /api/v1/catalog/gifts?customerId=…&page=…&size=20: a random page of the 1,000 gifts with
-- redeemability for a random customer, as the bench partner.
dofile((os.getenv("JIFEN_BENCH_DIR") or "bench") .. "/wrk/common.lua")

function request()
   return wrk.format("GET", string.format("/api/v1/catalog/gifts?customerId=%s&page=%d&size=20",
      customer(), math.random(0, pages - 1)), headers())
end
