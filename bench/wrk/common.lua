-- Shared by the bench/wrk scripts: thread ids, random customers and gifts, unique keys, the
-- Bearer token, per-status counts, and one machine-readable result line for bench/run.
-- Environment: JIFEN_BENCH_TOKEN, JIFEN_BENCH_RUN (unique per run and row), JIFEN_BENCH_CUSTOMERS,
-- JIFEN_BENCH_GIFTS, JIFEN_BENCH_PAGES, JIFEN_BENCH_OCCURRED_AT.

local threads = {}
local counter = 0

function setup(thread)
   thread:set("tid", #threads + 1)
   table.insert(threads, thread)
end

token = os.getenv("JIFEN_BENCH_TOKEN") or error("JIFEN_BENCH_TOKEN is not set")
run = os.getenv("JIFEN_BENCH_RUN") or tostring(os.time())
customers = tonumber(os.getenv("JIFEN_BENCH_CUSTOMERS") or "10000")
gifts = tonumber(os.getenv("JIFEN_BENCH_GIFTS") or "1000")
pages = tonumber(os.getenv("JIFEN_BENCH_PAGES") or "50")
occurred_at = os.getenv("JIFEN_BENCH_OCCURRED_AT") or os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 60)

counts = {}
sample = nil

function init(args)
   math.randomseed(os.time() * 1000 + (tid or 0) * 7919)
   for _ = 1, 10 do math.random() end
end

function customer()
   return string.format("BC-%05d", math.random(1, customers))
end

function gift()
   return string.format("BG-%04d", math.random(1, gifts))
end

-- unique across runs, rows, wrk threads and requests: <run>-<thread>-<n>
function unique()
   counter = counter + 1
   return string.format("%s-%d-%d", run, tid or 0, counter)
end

function headers(extra)
   local h = { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" }
   for k, v in pairs(extra or {}) do h[k] = v end
   return h
end

function response(status, headers, body)
   counts[status] = (counts[status] or 0) + 1
   if status >= 300 and sample == nil then
      sample = status .. " " .. string.sub(body or "", 1, 300)
   end
end

function done(summary, latency, requests)
   local statuses, total = {}, {}
   local samples = {}
   for _, thread in ipairs(threads) do
      local c = thread:get("counts") or {}
      for status, n in pairs(c) do total[status] = (total[status] or 0) + n end
      local s = thread:get("sample")
      if s then table.insert(samples, s) end
   end
   for status, n in pairs(total) do table.insert(statuses, status .. ":" .. n) end
   table.sort(statuses)
   local e = summary.errors
   io.write(string.format(
      "JIFEN_RESULT requests=%d duration_us=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d socket=%d statuses=%s\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      e.status, e.connect + e.read + e.write + e.timeout, table.concat(statuses, ",")))
   for _, s in ipairs(samples) do
      io.write("JIFEN_SAMPLE " .. string.gsub(s, "\n", " ") .. "\n")
   end
end
