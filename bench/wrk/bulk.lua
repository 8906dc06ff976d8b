-- POST /api/v1/accruals/batch: 1,000 DEPOSIT accruals of 1,000.00 CNY (20 points each) over 1,000
-- distinct customers, (base + 7·n) mod customers, as bench/pgbench/bulk.sql; fresh sourceTxnIds.
-- A 200 whose items are not all 201 is counted under the pseudo-status "items-refused".
dofile((os.getenv("JIFEN_BENCH_DIR") or "bench") .. "/wrk/common.lua")

local size = tonumber(os.getenv("JIFEN_BENCH_BATCH") or "1000")

function request()
   local base = math.random(0, customers - 1)
   local batch = unique()
   local items = {}
   for n = 1, size do
      items[n] = string.format(
         '{"sourceTxnId":"wrk-%s-%d","customerId":"BC-%05d","activity":"DEPOSIT","amount":"1000.00","currency":"CNY","occurredAt":"%s"}',
         batch, n, (base + n * 7) % customers + 1, occurred_at)
   end
   return wrk.format("POST", "/api/v1/accruals/batch", headers({ ["Content-Type"] = "application/json" }),
      '{"accruals":[' .. table.concat(items, ",") .. ']}')
end

local count_status = response
function response(status, headers, body)
   if status == 200 then
      local _, created = string.gsub(body, '"status":201', "")
      if created ~= size then
         counts["items-refused"] = (counts["items-refused"] or 0) + 1
         if sample == nil then sample = "200 with " .. created .. " of " .. size .. " items created: " .. string.sub(body, 1, 300) end
         return
      end
   end
   count_status(status, headers, body)
end
