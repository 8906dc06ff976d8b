-- POST /api/v1/orders: an e-voucher order for a random funded customer and a random gift among
-- the first JIFEN_BENCH_GIFTS (1,000, or 10 for the hot row), with a fresh Idempotency-Key per
-- request, as the bench partner.
dofile((os.getenv("JIFEN_BENCH_DIR") or "bench") .. "/wrk/common.lua")

function request()
   local body = string.format(
      '{"customerId":"%s","giftId":"%s","quantity":1,"fulfilment":{"channel":"E_VOUCHER"}}', customer(), gift())
   return wrk.format("POST", "/api/v1/orders",
      headers({ ["Content-Type"] = "application/json", ["Idempotency-Key"] = "wrk-" .. unique() }), body)
end
