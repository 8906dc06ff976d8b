-- POST /api/v1/accruals: a DEPOSIT of 1,000.00 CNY (20 points) for a random customer, with a
-- fresh sourceTxnId per request, as core banking.
dofile((os.getenv("JIFEN_BENCH_DIR") or "bench") .. "/wrk/common.lua")

function request()
   local body = string.format(
      '{"sourceTxnId":"wrk-%s","customerId":"%s","activity":"DEPOSIT","amount":"1000.00","currency":"CNY","occurredAt":"%s"}',
      unique(), customer(), occurred_at)
   return wrk.format("POST", "/api/v1/accruals", headers({ ["Content-Type"] = "application/json" }), body)
end
