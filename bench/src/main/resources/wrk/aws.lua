-- The benchmark's wrk script: AWS JSON 1.1 GetSecretValue or PutSecretValue requests, and a count of answers for each
-- second since a given moment (the server's process start), so one wrk run gives a warm-up curve.
-- Arguments (after --): OP (get|put) START_EPOCH_MS PREFIX N THREADS RUN
--   get: reads AWSCURRENT of PREFIX-0 .. PREFIX-(N-1) in turn (the benchmark creates them first)
--   put: each thread writes N new versions, with fresh ClientRequestTokens (RUN makes them unique), to each of its
--        own secrets PREFIX-t<thread>-0, -1, ... in turn, and creates them as it goes: the CreateSecret of a secret
--        is sent N+2 requests before the first write to it, so it has been answered by then (the benchmark creates
--        the first two of each thread). The curve counts every write (about one answer in N+1 is a CreateSecret).
-- done() prints one line "rotor-bench key=value ..." that the benchmark parses.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_usec; } rotor_timeval;
int gettimeofday(rotor_timeval *tv, void *tz);
]]
local tv = ffi.new("rotor_timeval")

local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  thread:set("id", next_id)
  table.insert(threads, thread)
end

local op, start_ms, prefix, n, nthreads, run
local sent = 0
ok = {}
failed = {}

function init(args)
  op, start_ms, prefix = args[1], tonumber(args[2]), args[3]
  n, nthreads, run = tonumber(args[4]), tonumber(args[5]), tonumber(args[6])
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/x-amz-json-1.1"
  wrk.headers["X-Amz-Target"] = "secretsmanager.GetSecretValue"
  -- SigV4-shaped: moto routes on the region in the credential scope; neither server checks the signature.
  wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/secretsmanager/"
      .. "aws4_request, SignedHeaders=content-type;host;x-amz-target, Signature=0000000000000000"
end

local function token()
  return string.format("%08x-%04x-4000-8000-%012x", run, id, sent)
end

local function value()
  return '"{\\"username\\":\\"app\\",\\"password\\":\\"' .. token() .. '\\"}"'
end

-- the put sequence of a thread: blocks of [N writes to k, create k+2] for k = 0, 1, ... (the benchmark creates
-- secrets 0 and 1 of each thread before it starts wrk). The first request is a write: wrk calls request() once before
-- the run to check the script, and drops that request (a dropped CreateSecret would fail all writes to its secret).
local function write_request()
  local position = sent - 1
  local block, offset = math.floor(position / (n + 1)), position % (n + 1)
  local create = offset == n
  local secret = create and block + 2 or block
  local name = prefix .. "-t" .. id .. "-" .. secret
  if create then
    wrk.headers["X-Amz-Target"] = "secretsmanager.CreateSecret"
    return wrk.format(nil, nil, nil, '{"Name":"' .. name .. '","ClientRequestToken":"' .. token()
        .. '","SecretString":' .. value() .. '}')
  end
  wrk.headers["X-Amz-Target"] = "secretsmanager.PutSecretValue"
  return wrk.format(nil, nil, nil, '{"SecretId":"' .. name .. '","ClientRequestToken":"' .. token()
      .. '","SecretString":' .. value() .. '}')
end

function request()
  sent = sent + 1
  if op == "put" then
    return write_request()
  end
  local secret = prefix .. "-" .. (((sent - 1) * nthreads + id - 1) % n)
  return wrk.format(nil, nil, nil, '{"SecretId":"' .. secret .. '"}')
end

function response(status, headers, body)
  local second = math.floor((now_ms() - start_ms) / 1000)
  if status == 200 then
    ok[second] = (ok[second] or 0) + 1
  else
    failed[second] = (failed[second] or 0) + 1
  end
end

function done(summary, latency, requests)
  local okSum, failedSum, last = {}, {}, -1
  for _, thread in ipairs(threads) do
    for second, n in pairs(thread:get("ok")) do
      okSum[second] = (okSum[second] or 0) + n
      if second > last then last = second end
    end
    for second, n in pairs(thread:get("failed")) do
      failedSum[second] = (failedSum[second] or 0) + n
      if second > last then last = second end
    end
  end
  local ok_list, failed_list = {}, {}
  for second = 0, last do
    table.insert(ok_list, tostring(okSum[second] or 0))
    table.insert(failed_list, tostring(failedSum[second] or 0))
  end
  local e = summary.errors
  io.write(string.format("rotor-bench requests=%d duration_us=%d p50_us=%d p99_us=%d socket_errors=%d"
      .. " ok_per_second=%s failed_per_second=%s\n", summary.requests, summary.duration, latency:percentile(50),
      latency:percentile(99), e.connect + e.read + e.write + e.timeout, table.concat(ok_list, ","),
      table.concat(failed_list, ",")))
end
