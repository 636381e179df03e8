-- wrk script: every connection posts the same filled question form (one antiforgery cookie and token, one challenge)
-- to /hoi-dap/gui-cau-hoi, and counts the answers by status. Run by bench/questions/run.sh, which fills in BODY and COOKIE.
wrk.method = "POST"
wrk.body = os.getenv("BODY")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("COOKIE")

local counts = {}
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses")
    for status, n in pairs(s) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  for status, n in pairs(counts) do
    io.write(string.format("status %d: %d\n", status, n))
  end
end
